"""The file store's change feed (store/changes.py): another connection's commits, which cases, and when it
cannot say which."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from medunit.store.changes import CHANGES_KEPT, LocalChangeFeed
from medunit.store.database import Database, open_database
from medunit.store.schema import migrate


@pytest.fixture
def two(tmp_path: Path) -> Iterator[tuple[Database, Database]]:
    """Two connections to one store: this workstation's and another's."""
    key = os.urandom(32)
    mine = open_database(tmp_path / "s.db", key, create=True)
    migrate(mine)
    other = open_database(tmp_path / "s.db", key)
    yield mine, other
    other.close()
    mine.close()


def _add_case(db: Database, n: int) -> int:
    with db.transaction():
        db.execute(
            "INSERT INTO persons (reference, given_names, family_name, date_of_birth)"
            " VALUES (?, 'A', 'B', '1980-01-01')",
            (f"P-{n}",),
        )
        person = db.execute("SELECT last_insert_rowid()").fetchone()[0]
        db.execute(
            "INSERT INTO cases (reference, person_id, case_type, status, question, received_at, created_at, created_by)"
            " VALUES (?, ?, 'claim', 'new', '', '2026-11-20', '2026-11-20', 'x')",
            (f"GD-{n}", person),
        )
        return int(db.execute("SELECT id FROM cases WHERE reference = ?", (f"GD-{n}",)).fetchone()[0])


def test_another_connections_changes_are_named(two: tuple[Database, Database]) -> None:
    mine, other = two
    feed = LocalChangeFeed(mine)
    assert not feed.poll()
    first = _add_case(other, 1)
    assert feed.poll().case_ids == {str(first)}  # type: ignore[union-attr]
    assert not feed.poll()  # asked once, answered once
    with other.transaction():
        other.execute("UPDATE cases SET status = 'closed' WHERE id = ?", (first,))
    assert feed.poll().case_ids == {str(first)}  # type: ignore[union-attr]
    with other.transaction():  # the person's name shows in the list
        other.execute("UPDATE persons SET family_name = 'C'")
    assert feed.poll().case_ids == {str(first)}  # type: ignore[union-attr]
    with other.transaction():  # who may see a restricted case changes what the list shows
        other.execute("INSERT INTO case_access VALUES (?, 'dr.x')", (first,))
    assert feed.poll().case_ids == {str(first)}  # type: ignore[union-attr]
    with other.transaction():
        other.execute("DELETE FROM case_access")
        other.execute("DELETE FROM cases")
    assert feed.poll().case_ids == {str(first)}  # type: ignore[union-attr]


def test_commits_that_change_no_listed_column_are_no_change(two: tuple[Database, Database]) -> None:
    mine, other = two
    case = _add_case(other, 1)
    feed = LocalChangeFeed(mine)
    with other.transaction():  # the sealed question is no list column (sealing an old store rewrites it)
        other.execute("UPDATE cases SET question = 'sealed' WHERE id = ?", (case,))
        other.execute("INSERT INTO meta (key, value) VALUES ('x', 'y')")
    assert not feed.poll()


def test_a_feed_that_missed_the_kept_window_is_told_everything(two: tuple[Database, Database]) -> None:
    mine, other = two
    feed = LocalChangeFeed(mine)
    case = _add_case(other, 1)
    with other.transaction():
        for i in range(CHANGES_KEPT + 300):
            other.execute("UPDATE cases SET status = ? WHERE id = ?", (f"s{i}", case))
    kept = other.execute("SELECT count(*) FROM case_changes").fetchone()[0]
    assert kept <= CHANGES_KEPT + 256  # pruned
    changes = feed.poll()
    assert changes and changes.everything
    assert not feed.poll()


def test_a_busy_connection_is_not_waited_for(two: tuple[Database, Database]) -> None:
    mine, other = two
    feed = LocalChangeFeed(mine)
    _add_case(other, 1)
    with mine.lock:  # a worker thread holds the connection (the GUI thread must not wait on it)
        import threading

        answers: list[object] = []
        t = threading.Thread(target=lambda: answers.append(feed.poll()))
        t.start()
        t.join(5)
        assert answers == [None]
    assert feed.poll()

"""store/rowlock.py's edges: tables that are not editable, a row removed meanwhile, a row nobody stamped,
a stamp that is not a moment, and the display name and local time of a real stamp."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from medunit.store import rowlock
from medunit.store.database import Database
from tests.support.unit import Unit, make_unit


@pytest.fixture
def db(store_dir: Path, policy) -> Iterator[Database]:  # type: ignore[no-untyped-def]
    unit: Unit = make_unit(store_dir, policy)
    try:
        yield unit.sessions[next(iter(unit.sessions))].vault.db
    finally:
        unit.close()


def test_only_editable_tables(db: Database) -> None:
    for call in (
        lambda: rowlock.version(db, "access_log", ("id", 1)),
        lambda: rowlock.update(db, "meta", ("key", "x"), "value = ?", ("y",), expected=1, by="a", at="t"),
        lambda: rowlock.changed_error(db, "consents", ("id", 1)),
    ):
        with pytest.raises(ValueError, match="not an editable table"):
            call()


def test_a_row_removed_meanwhile(db: Database) -> None:
    assert rowlock.version(db, "cases", ("id", 999_999)) == 0
    with db.transaction(), pytest.raises(rowlock.RowChangedError, match="removed by someone else"):
        rowlock.update(db, "cases", ("id", 999_999), "status = ?", ("closed",), expected=None, by="a", at="t")


def test_a_row_nobody_stamped(db: Database) -> None:
    """Persons have no maker column: a stale version of a never-changed person names nobody."""
    person = int(db.execute("SELECT min(id) FROM persons").fetchone()[0])
    with db.transaction(), pytest.raises(rowlock.RowChangedError, match="changed by someone else meanwhile"):
        rowlock.update(db, "persons", ("id", person), "bsn = bsn", (), expected=7, by="a", at="t")


def test_the_stamp_names_the_display_name_and_local_time(db: Database) -> None:
    db.execute("UPDATE users SET display_name = 'Dr. A. Jansen' WHERE name = 'dr.jansen'")
    error = rowlock.stamp_error(db, "dr.jansen", "2026-07-01T12:05:00+00:00")
    assert error.message == "Changed by Dr. A. Jansen at 01-07-2026 14:05; reload."  # CEST
    assert error.params == {"user": "Dr. A. Jansen", "time": "01-07-2026 14:05"}
    winter = rowlock.stamp_error(db, "gone.user", "2026-01-10T08:00:00Z")
    assert winter.message == "Changed by gone.user at 10-01-2026 09:00; reload."  # a removed user: the name
    assert (
        rowlock.stamp_error(db, "dr.jansen", "2026-07-01").message == "Changed by Dr. A. Jansen at 2026-07-01; reload."
    )
    assert rowlock.stamp_error(db, None, None).template == rowlock.CHANGED_UNKNOWN

"""The unit server's change feed (store/pg/changes.py) on a real PostgreSQL cluster: a workstation LISTENing
on its own connection is told which case another connection's commit changed, without waiting on the
server, never for a rollback, and after losing its connection it says "everything may have changed"."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import psycopg
import pytest

from medunit.store.changes import CaseChanges
from medunit.store.pg import ddl
from medunit.store.pg.changes import ServerChangeFeed
from tests.support.pg import Cluster


@pytest.fixture
def database(pg_cluster: Cluster) -> Iterator[Callable[[], psycopg.Connection[Any]]]:
    """A fresh unit server schema (store/pg/ddl.py, the NOTIFY triggers included); yields a way to connect
    to it as the DBA."""
    name = "changes_" + uuid.uuid4().hex[:10]
    pg_cluster.createdb(name)
    with psycopg.connect(pg_cluster.conninfo(dbname=name), autocommit=True) as conn, conn.transaction():
        ddl.install(conn, name)
    yield lambda: psycopg.connect(pg_cluster.conninfo(dbname=name), autocommit=True)


def _add_case(conn: psycopg.Connection[Any], n: int) -> str:
    with conn.transaction():
        person = conn.execute(
            "INSERT INTO medunit.persons (reference, given_names, family_name, date_of_birth) "
            "VALUES (%s, 'A', 'B', '1980-01-01') RETURNING id",
            (f"P-{n}",),
        ).fetchone()
        assert person is not None
        conn.execute(
            "INSERT INTO medunit.cases (id, reference, person_id, case_type, status, question, received_at,"
            " created_at, created_by) VALUES (%s, %s, %s, 'claim', 'new', '', '2026-11-20', '2026-11-20', 'x')",
            (n, f"GD-{n}", person[0]),
        )
        return str(n)


def _wait(feed: ServerChangeFeed, until: Callable[[set[str], bool], bool]) -> tuple[set[str], bool]:
    """Poll as the GUI's timer does (every 50 ms here) until ``until`` holds, for at most 10 s."""
    seen: set[str] = set()
    everything = False
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        changes = feed.poll()
        if changes:
            seen |= changes.case_ids
            everything |= changes.everything
        if until(seen, everything):
            break
        time.sleep(0.05)
    return seen, everything


def test_another_connections_commit_is_notified(database: Callable[[], psycopg.Connection[Any]]) -> None:
    feed = ServerChangeFeed(database)
    try:
        assert feed.poll() == CaseChanges()  # nothing yet, and no waiting for it
        with database() as other:
            first = _add_case(other, 1)
            second = _add_case(other, 2)
            assert _wait(feed, lambda seen, _: {first, second} <= seen) == ({first, second}, False)
            with other.transaction():
                other.execute(
                    "UPDATE medunit.cases SET status = 'closed', row_version = row_version + 1 WHERE id = %s",
                    (int(first),),
                )
                other.execute(
                    "UPDATE medunit.cases SET question = 'sealed', row_version = row_version + 1 WHERE id = %s",
                    (int(second),),
                )
            assert _wait(feed, lambda seen, _: first in seen) == ({first}, False)  # the question is not listed
            with other.transaction():
                other.execute(
                    "UPDATE medunit.persons SET family_name = 'C', row_version = row_version + 1 "
                    "WHERE reference = 'P-2'"
                )
            assert _wait(feed, lambda seen, _: bool(seen)) == ({second}, False)
            with other.transaction():
                other.execute("INSERT INTO medunit.case_access VALUES (%s, 'dr.x')", (int(second),))
            assert _wait(feed, lambda seen, _: bool(seen)) == ({second}, False)
            with other.transaction():
                other.execute("DELETE FROM medunit.cases WHERE id = %s", (int(second),))
            assert _wait(feed, lambda seen, _: bool(seen)) == ({second}, False)
    finally:
        feed.close()


def test_a_rolled_back_change_is_not_notified(database: Callable[[], psycopg.Connection[Any]]) -> None:
    feed = ServerChangeFeed(database)
    try:
        with database() as other:
            with pytest.raises(psycopg.errors.UniqueViolation), other.transaction():
                _add_case(other, 1)
                _add_case(other, 1)  # the same case again: the whole transaction rolls back, case 1 with it
            marker = _add_case(other, 2)  # a later commit, so the poll below has something to wait for
        seen, _ = _wait(feed, lambda seen, _: marker in seen)
        assert seen == {marker}
    finally:
        feed.close()


def test_a_lost_connection_is_reopened_and_says_everything(
    database: Callable[[], psycopg.Connection[Any]], pg_cluster: Cluster
) -> None:
    feed = ServerChangeFeed(database)
    try:
        with database() as dba:
            pid = dba.execute("SELECT pid FROM pg_stat_activity WHERE query ILIKE 'LISTEN%%'").fetchone()
            assert pid is not None
            dba.execute("SELECT pg_terminate_backend(%s)", (pid[0],))
            _seen, everything = _wait(feed, lambda _, everything: everything)
            assert everything  # notifications sent while it was gone are lost: read the whole list once
            case = _add_case(dba, 3)
            assert _wait(feed, lambda seen, _: case in seen)[0] == {case}  # and it listens again
    finally:
        feed.close()

"""The server connection's own edges, as a user meets them: a busy server, a lost connection, a file-store
operation asked of the server; each a message in words, nothing half written."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest

from medunit.errors import ConflictError, StorageError
from medunit.store.pg.database import PgDatabase
from tests.support.pg import Cluster


@pytest.fixture
def dbs(pg_cluster: Cluster) -> Iterator[tuple[PgDatabase, PgDatabase]]:
    """Two connections to one database, as two workstations (the DBA's login: the rules are not the point)."""
    name = "conn_edges"
    with psycopg.connect(pg_cluster.conninfo(), autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name}")
        admin.execute(f"CREATE DATABASE {name}")
    pair = tuple(
        PgDatabase(psycopg.connect(pg_cluster.conninfo(dbname=name), autocommit=True), f"test/{name}") for _ in range(2)
    )
    pair[0].execute("CREATE TABLE t (id bigint PRIMARY KEY, v text)")
    yield pair[0], pair[1]
    for db in pair:
        db.close()


def _kill(pg_cluster: Cluster, db: PgDatabase) -> None:
    with psycopg.connect(pg_cluster.conninfo(), autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (db.raw.info.backend_pid,))


def test_a_second_writer_waits_then_is_told_the_server_is_busy(dbs: tuple[PgDatabase, PgDatabase]) -> None:
    first, second = dbs
    second.execute("SET lock_timeout = '200ms'")
    with first.transaction():
        first.execute("INSERT INTO t VALUES (?, ?)", (1, "a"))
        with pytest.raises(ConflictError, match="busy with another workstation"), second.transaction():
            second.execute("INSERT INTO t VALUES (?, ?)", (2, "b"))
    assert second.execute("SELECT id FROM t").fetchall() == [(1,)]  # the refused write left nothing
    with second.transaction():  # and the connection works on
        second.executemany("INSERT INTO t VALUES (?, ?)", [(3, "c"), (4, "d")])
    assert list(second.iterate("SELECT id FROM t ORDER BY id", batch=2)) == [(1,), (3,), (4,)]


def test_an_exception_inside_rolls_the_transaction_back(dbs: tuple[PgDatabase, PgDatabase]) -> None:
    first, _ = dbs
    with pytest.raises(RuntimeError), first.transaction():
        first.execute("INSERT INTO t VALUES (?, ?)", (5, "x"))
        raise RuntimeError("the service refused")
    assert first.execute("SELECT count(*) FROM t").fetchone() == (0,)


@pytest.mark.parametrize("when", ["execute", "iterate", "executemany", "begin", "commit"])
def test_a_lost_connection_is_named_and_nothing_is_half_written(
    pg_cluster: Cluster, dbs: tuple[PgDatabase, PgDatabase], when: str
) -> None:
    first, second = dbs
    with pytest.raises(ConflictError, match="connection to the unit server test/conn_edges failed"):
        if when == "commit":
            with first.transaction():
                first.execute("INSERT INTO t VALUES (?, ?)", (6, "y"))
                _kill(pg_cluster, first)
        else:
            _kill(pg_cluster, first)
            if when == "execute":
                first.execute("SELECT 1")
            elif when == "iterate":
                list(first.iterate("SELECT 1"))
            elif when == "executemany":
                first.executemany("INSERT INTO t VALUES (?, ?)", [(7, "z")])
            else:
                with first.transaction():
                    pass
    assert second.execute("SELECT count(*) FROM t").fetchone() == (0,)


def test_file_store_operations_say_so(dbs: tuple[PgDatabase, PgDatabase]) -> None:
    first, _ = dbs
    with pytest.raises(StorageError, match="PRAGMA integrity_check applies to a store file"):
        first.pragma("integrity_check")
    first.enter_log_only()  # the server's disk is IT's: nothing to switch
    assert not first.log_only and not first.read_only


def test_a_refused_rule_keeps_its_own_error(dbs: tuple[PgDatabase, PgDatabase]) -> None:
    """A constraint (or a trigger) refusing a statement is the store's to name, as SQLite's errors are."""
    first, _ = dbs
    first.execute("INSERT INTO t VALUES (?, ?)", (1, "a"))
    with pytest.raises(psycopg.errors.UniqueViolation):
        first.execute("INSERT INTO t VALUES (?, ?)", (1, "again"))

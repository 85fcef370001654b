"""The store modules on PostgreSQL: the placeholder conversion, and the server's tables against the file
store's latest schema (a migration that the server's DDL does not follow fails here)."""

from __future__ import annotations

import psycopg
import pytest
import sqlcipher3

from medunit.store.pg import ddl
from medunit.store.pg.database import to_pg_placeholders
from medunit.store.schema import MIGRATIONS
from tests.support.pg import Cluster


@pytest.mark.parametrize(
    ("sqlite", "pg"),
    [
        ("SELECT a FROM t WHERE b = ? AND c = ?", "SELECT a FROM t WHERE b = %s AND c = %s"),
        ("SELECT '?' || ? FROM t", "SELECT '?' || %s FROM t"),
        ("SELECT 'it''s ?', ?", "SELECT 'it''s ?', %s"),
        ('SELECT "odd?name" FROM t WHERE x = ?', 'SELECT "odd?name" FROM t WHERE x = %s'),
        ("SELECT * FROM t WHERE a LIKE 'x%' AND b LIKE ?", "SELECT * FROM t WHERE a LIKE 'x%%' AND b LIKE %s"),
        ("SELECT 5 % 3, ?", "SELECT 5 %% 3, %s"),
        ("SELECT 1 -- why? 100%\n, ?", "SELECT 1 -- why? 100%%\n, %s"),
        ("SELECT /* a ? b */ ?", "SELECT /* a ? b */ %s"),
        ("SELECT 'unterminated ?", "SELECT 'unterminated ?"),
        ("SELECT ? /* open", "SELECT %s /* open"),
    ],
)
def test_placeholders_convert_outside_quotes_only(sqlite: str, pg: str) -> None:
    assert to_pg_placeholders(sqlite) == pg


def test_converted_literals_reach_the_server_unchanged(pg_cluster: Cluster) -> None:
    """What psycopg sends for a converted statement: the literal's % and ? arrive as written."""
    with psycopg.connect(pg_cluster.conninfo(), autocommit=True) as conn:
        row = conn.execute(to_pg_placeholders("SELECT '100% ?', ?, 7 % 4"), ("x",)).fetchone()
    assert row == ("100% ?", "x", 3)


def _sqlite_schema() -> tuple[dict[str, list[str]], set[str]]:
    con = sqlcipher3.connect(":memory:")
    for migration in MIGRATIONS:
        for stmt in migration:
            con.execute(stmt)
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    columns = {t: [r[1] for r in con.execute(f"PRAGMA table_info({t})")] for t in tables}
    indexes = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")}
    return columns, indexes


def test_server_tables_equal_the_file_stores_latest_schema(pg_cluster: Cluster) -> None:
    pg_cluster.createdb("schema_check")
    with psycopg.connect(pg_cluster.conninfo(dbname="schema_check"), autocommit=True) as conn:
        with conn.transaction():
            ddl.install(conn, "schema_check")
        rows = conn.execute(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'medunit' "
            "ORDER BY table_name, ordinal_position"
        ).fetchall()
        pg_indexes = {
            r[0]
            for r in conn.execute("SELECT indexname FROM pg_indexes WHERE schemaname = 'medunit'")
            if not r[0].endswith(("_pkey", "_key"))
        }
    server: dict[str, list[str]] = {}
    for table, column in rows:
        server.setdefault(table, []).append(column)
    columns, indexes = _sqlite_schema()
    server_only = {"key_slots", "server_settings"}
    assert set(server) - server_only == set(columns)
    for table, names in columns.items():
        extra = list(ddl.SERVER_COLUMNS.get(table, ()))
        assert sorted(server[table]) == sorted(names + extra), table
    assert pg_indexes == indexes


def test_extra_ddl_is_applied_as_the_owner(pg_cluster: Cluster, monkeypatch: pytest.MonkeyPatch) -> None:
    """The place for further server DDL (a change feed's triggers): applied after the grants, as the owner."""
    monkeypatch.setattr(ddl, "EXTRA_DDL", ["CREATE TABLE extra_probe (x integer)"])
    pg_cluster.createdb("extra_check")
    with psycopg.connect(pg_cluster.conninfo(dbname="extra_check"), autocommit=True) as conn:
        with conn.transaction():
            ddl.install(conn, "extra_check")
        row = conn.execute(
            "SELECT tableowner FROM pg_tables WHERE schemaname = 'medunit' AND tablename = 'extra_probe'"
        ).fetchone()
        assert row == ("extra_check_owner",)

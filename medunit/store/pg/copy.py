"""Moving a file store's rows to a new unit server, and checking them entry by entry (``store migrate``).

Everything is copied as it is stored: sealed values stay ciphertext (their associated data binds the store
id, table, column and row id, so ids are copied unchanged and the slot document, which holds the store id,
is copied byte for byte), the access log keeps its sequence numbers, chain hashes, MACs and signatures.
Nothing here opens a sealed value.

The server side is written in ONE transaction as the database administrator (:func:`server_transaction`):
the schema, the roles, the logins, every row and the check. Any failure before the commit, a killed
process or a lost connection included, leaves the database as empty as it was (PostgreSQL rolls roles
back with the rest). :func:`drop_unit` removes a committed unit server again, for a check that can only
run after the commit (a user's login).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import zip_longest
from typing import Any

import psycopg
from psycopg import sql

from medunit.domain.roles import Role
from medunit.errors import ConflictError, IntegrityError
from medunit.store.database import Database
from medunit.store.pg import ddl
from medunit.store.pg.connect import connect
from medunit.store.pg.database import PgDatabase
from medunit.store.pg.logins import unit_of
from medunit.store.pg.url import ServerUrl

#: Every table of the file store in dependency order (the server's DDL lists them so).
TABLE_ORDER: tuple[str, ...] = tuple(
    m.group(1) for stmt in ddl.TABLES if (m := re.match(r"\s*CREATE TABLE (\w+)", stmt)) is not None
)

#: (phase, rows done, rows in all) for a progress display.
Progress = Callable[[str, int, int], None]

_BATCH = 5000


@dataclass(frozen=True)
class Table:
    """One table's shape as the file store has it: its columns, its key, and the order rows are read in
    (the key; SQLite's rowid where the server keeps that order in its own ``rowid`` column)."""

    name: str
    columns: tuple[str, ...]
    key: tuple[str, ...]
    text_key: tuple[bool, ...]

    @property
    def by_rowid(self) -> bool:
        return "rowid" in ddl.SERVER_COLUMNS.get(self.name, ())

    def file_select(self) -> str:
        order = "rowid" if self.by_rowid else ", ".join(self.key)
        return f"SELECT {', '.join(self.columns)} FROM {self.name} ORDER BY {order}"  # noqa: S608 (names from the schema)

    def server_select(self) -> sql.Composed:
        """The same rows in the same order; text keys in byte order (COLLATE "C", SQLite's BINARY), whatever
        the server database's collation."""
        if self.by_rowid:
            order: sql.Composable = sql.Identifier("rowid")
        else:
            order = sql.SQL(", ").join(
                sql.SQL('{} COLLATE "C"').format(sql.Identifier(k)) if text else sql.Identifier(k)
                for k, text in zip(self.key, self.text_key, strict=True)
            )
        return sql.SQL("SELECT {} FROM {} ORDER BY {}").format(
            sql.SQL(", ").join(sql.Identifier(c) for c in self.columns), sql.Identifier(self.name), order
        )

    def key_of(self, row: tuple[Any, ...]) -> str:
        return ", ".join(f"{k}={row[self.columns.index(k)]!r}" for k in self.key)


def tables_of(src: Database) -> list[Table]:
    """The file store's tables, checked to be exactly the server's (a store of another medunit version is
    refused before anything is written)."""
    # the file store's own change table stays behind: the server tells workstations by NOTIFY instead
    skip = {"sqlite_sequence", *ddl.FILE_ONLY_TABLES}
    found = {r[0] for r in src.execute("SELECT name FROM sqlite_master WHERE type = 'table'")} - skip
    if found != set(TABLE_ORDER):
        raise IntegrityError(
            "The file store's tables do not match the unit server's (only in the file: {extra}; missing: {missing}). "
            "Use the same medunit version on both; nothing was moved.",
            extra=", ".join(sorted(found - set(TABLE_ORDER))) or "none",
            missing=", ".join(sorted(set(TABLE_ORDER) - found)) or "none",
        )
    tables = []
    for name in TABLE_ORDER:
        info = src.execute(f"PRAGMA table_info({name})").fetchall()
        columns = tuple(str(r[1]) for r in info)
        keyed = sorted((int(r[5]), str(r[1]), str(r[2]).upper()) for r in info if int(r[5]) > 0)
        tables.append(Table(name, columns, tuple(k[1] for k in keyed), tuple(k[2].startswith("TEXT") for k in keyed)))
    return tables


def row_hash(row: tuple[Any, ...]) -> bytes:
    """A canonical hash of one row: each value with its type and length, so that 1 and '1', b'' and None,
    or two values run together can never hash alike."""
    h = hashlib.sha256()
    for value in row:
        if value is None:
            part = b"N"
        elif isinstance(value, bool | int):
            part = b"I" + str(int(value)).encode()
        elif isinstance(value, str):
            part = b"S" + value.encode("utf-8", "surrogatepass")
        elif isinstance(value, bytes | bytearray | memoryview):
            part = b"B" + bytes(value)
        else:
            part = b"R" + repr(value).encode()
        h.update(len(part).to_bytes(8, "big") + part)
    return h.digest()


def count_rows(src: Database, tables: list[Table]) -> dict[str, int]:
    return {t.name: int(src.execute(f"SELECT count(*) FROM {t.name}").fetchone()[0]) for t in tables}  # noqa: S608


# -- the server side -----------------------------------------------------------------------------------------


def target_problem(conn: psycopg.Connection[Any]) -> str | None:
    """Why the connected database cannot receive a store, or None when it is empty: a medunit schema, or
    any table outside PostgreSQL's own schemas (someone else's data)."""
    if ddl.is_installed(conn):
        return "it already holds a medunit unit server"
    row = conn.execute(
        "SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S') AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
        "AND n.nspname NOT LIKE 'pg\\_%' ORDER BY 1 LIMIT 1"
    ).fetchone()
    return f"it is not empty (it holds {row[0]})" if row else None


def refuse_if_not_empty(conn: psycopg.Connection[Any], url: ServerUrl) -> None:
    problem = target_problem(conn)
    if problem is not None:
        raise ConflictError(
            "The database {db} on {url} cannot receive the store: {problem}. Give an empty database "
            "(CREATE DATABASE, docs/unit-server.md); nothing was moved.",
            db=url.dbname,
            url=url.shown(),
            problem=problem,
        )


def dba_database(url: ServerUrl, dba_password: str | None) -> PgDatabase:
    """A connection as the database administrator (the URL's user), the one ``server init`` uses."""
    return PgDatabase(connect(url, password=dba_password, autocommit=True), url.shown())


@contextmanager
def server_transaction(dba: PgDatabase, url: ServerUrl) -> Iterator[PgDatabase]:
    """One transaction for the whole move: checked empty, schema and roles installed, search path set;
    committed when the block ends normally, rolled back (roles included) otherwise."""
    with dba.transaction() as db:
        # the copy reads the file store between statements: no idle timeout may end the move half way
        db.execute("SET LOCAL idle_in_transaction_session_timeout = 0")
        db.execute("SET LOCAL lock_timeout = 0")
        refuse_if_not_empty(db.raw, url)
        ddl.install(db.raw, unit_of(url))
        db.execute("SET LOCAL search_path = medunit")
        yield db


def copy_tables(src: Database, db: PgDatabase, tables: list[Table], total: int, progress: Progress) -> None:
    """Every row of every table with COPY, in dependency order and in the file's order; then every identity
    column's sequence moved past the highest copied id (a new row must not reuse one)."""
    done = 0
    step = max(total // 100, 1)
    for table in tables:
        statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
            sql.Identifier(table.name), sql.SQL(", ").join(sql.Identifier(c) for c in table.columns)
        )
        with db.raw.cursor() as cur, cur.copy(statement) as copy:
            for row in src.iterate(table.file_select(), batch=_BATCH):
                copy.write_row(row)
                done += 1
                if done % step == 0:
                    progress(f"copying {table.name}", done, total)
        progress(f"copied {table.name}", done, total)
    identities = db.execute(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'medunit' "
        "AND is_identity = 'YES' AND identity_generation = 'BY DEFAULT'"
    ).fetchall()
    for table_name, column in identities:
        db.raw.execute(
            sql.SQL("SELECT setval(pg_get_serial_sequence({}, {}), coalesce(max({}), 0) + 1, false) FROM {}").format(
                sql.Literal(f"medunit.{table_name}"), sql.Literal(column), sql.Identifier(column),
                sql.Identifier(table_name),
            )
        )  # fmt: skip


@dataclass(frozen=True)
class Difference:
    table: str
    key: str
    what: str

    def __str__(self) -> str:
        return f"table {self.table}, row {self.key}: {self.what}"


def compare_tables(
    src: Database, db: PgDatabase, tables: list[Table], total: int, progress: Progress
) -> tuple[Difference | None, dict[str, str]]:
    """Every row of every table on both sides, in the same order, by its canonical hash. Returns the first
    difference (by table and key), and each table's digest (the hash of its rows' hashes, for the report)."""
    digests: dict[str, str] = {}
    done = 0
    step = max(total // 100, 1)
    for table in tables:
        digest = hashlib.sha256()
        with db.raw.cursor(name=f"medunit_compare_{table.name}") as cur:
            cur.itersize = _BATCH
            cur.execute(table.server_select())
            pairs = zip_longest(src.iterate(table.file_select(), batch=_BATCH), cur)
            for mine, theirs in pairs:
                if theirs is None:
                    return Difference(table.name, table.key_of(tuple(mine)), "missing on the server"), digests
                if mine is None:
                    return Difference(table.name, table.key_of(tuple(theirs)), "on the server only"), digests
                ours = row_hash(tuple(mine))
                if ours != row_hash(tuple(theirs)):
                    return Difference(table.name, table.key_of(tuple(mine)), "differs"), digests
                digest.update(ours)
                done += 1
                if done % step == 0:
                    progress(f"verifying {table.name}", done, total)
        digests[table.name] = digest.hexdigest()
        progress(f"verified {table.name}", done, total)
    return None, digests


def drop_unit(dba: PgDatabase, url: ServerUrl) -> None:
    """Remove a committed unit server from its database again: the schema, and the unit's roles (logins,
    groups, owner). The database is left as an empty one."""
    unit = unit_of(url)
    with dba.transaction() as db:
        raw = db.raw
        if not ddl.is_installed(raw):
            return
        prefix = unit.replace("\\", "\\\\").replace("_", "\\_").replace("%", "\\%")
        logins = [
            str(r[0])
            for r in raw.execute(
                "SELECT rolname FROM pg_roles WHERE rolname LIKE %s OR rolname = %s ORDER BY 1",
                (prefix + ".%", ddl.login_role(unit, ddl.RECOVERY_USER)),
            )
        ]
        groups = [ddl.group_role(unit, role) for role in Role]
        raw.execute("DROP SCHEMA medunit CASCADE")
        for role in (*logins, *groups, ddl.owner_role(unit)):
            raw.execute(sql.SQL("DROP OWNED BY {}").format(sql.Identifier(role)))
            raw.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))
        raw.execute(sql.SQL("GRANT CONNECT, TEMPORARY ON DATABASE {} TO PUBLIC").format(sql.Identifier(url.dbname)))

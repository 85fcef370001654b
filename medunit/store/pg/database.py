"""The unit server's connection with the surface of :class:`medunit.store.database.Database`.

The store modules (``medunit/store/*.py``) are written once, for both backends: they call ``execute``,
``iterate``, ``executemany`` and ``transaction`` on whichever database the vault opened. Their SQL uses
SQLite's ``?`` placeholders; the one automatic step here is :func:`to_pg_placeholders`, which reads the
statement token by token and turns each ``?`` outside a quoted string into psycopg's ``%s`` (and a literal
``%`` into ``%%``, which psycopg reads back as ``%``). Everything that really differs between the two
dialects is written out in the store module itself, beside the SQLite form (``db.dialect``).

Transactions: SQLite's ``BEGIN IMMEDIATE`` makes one writer at a time, and the store's code relies on it
(the access log's next sequence number and chain link are read, then written). ``transaction`` here takes
the same single-writer lock on the server (a transaction-scoped advisory lock) so the code above keeps
that guarantee on many workstations at once; readers are never blocked.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import psycopg

from medunit.errors import ConflictError, PermissionDeniedError, RowChangedError, StorageError
from medunit.store.database import Database
from medunit.store.rowlock import CHANGED_UNKNOWN

if TYPE_CHECKING:
    from medunit.store.content import ContentKeys

#: The advisory-lock key of the single-writer lock (any constant; 0x6d65646e = "medn"). The server's
#: access-log trigger (ddl.CHAIN_LINK) takes it too.
WRITER_LOCK = 0x6D65646E

#: SQLSTATEs of the server's own refusals (store/pg/ddl.py): an update that does not name the row's next
#: version, an access-log row that is not the chain's next link.
ROW_VERSION_STATE = "MU409"
CHAIN_LINK_STATE = "MU422"
#: A sealed value asked for without a saved access-log entry that opens it (ddl.LOGGED_READS).
NO_LOG_ENTRY = "MULOG"

_NOT_ON_SERVER = (
    "{what} applies to a store file; this store is on the unit server {url}, where IT does it on the server "
    "(docs/unit-server.md)."
)


def to_pg_placeholders(sql: str) -> str:
    """``sql`` with SQLite's ``?`` placeholders as psycopg's ``%s``, and every literal ``%`` doubled.

    Quoted strings (``'...'``, with ``''`` inside) and quoted identifiers (``"..."``) are copied as they
    are, so a ``?`` inside them stays a question mark; their ``%`` is doubled too, because psycopg reads
    the whole statement for placeholders. Comments (``--`` to the end of the line, ``/* ... */``) are
    copied the same way."""
    out: list[str] = []
    i, n = 0, len(sql)
    while i < n:
        ch = sql[i]
        if ch in "'\"":
            end = i + 1
            while end < n:
                if sql[end] == ch:
                    if end + 1 < n and sql[end + 1] == ch:  # a doubled quote stays inside the string
                        end += 2
                        continue
                    break
                end += 1
            out.append(sql[i : end + 1].replace("%", "%%"))
            i = end + 1
        elif sql.startswith("--", i) or sql.startswith("/*", i):
            close = "\n" if ch == "-" else "*/"
            found = sql.find(close, i + 2)
            end = n if found < 0 else found + len(close)
            out.append(sql[i:end].replace("%", "%%"))
            i = end
        elif ch == "?":
            out.append("%s")
            i += 1
        elif ch == "%":
            out.append("%%")
            i += 1
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def _user_error(exc: psycopg.Error, url: str) -> Exception:
    """A server error as the user's error: a lost connection or a timed-out lock says so in words; a
    refused rule (a trigger, a grant, a constraint) keeps its own error, as SQLite's do."""
    if isinstance(exc, psycopg.OperationalError) and not isinstance(exc, psycopg.errors.LockNotAvailable):
        detail = (str(exc).strip().splitlines() or ["no reason given"])[0]
        return ConflictError(
            "The connection to the unit server {url} failed: {detail}. Nothing of this action was saved; "
            "try again, or ask IT whether the server is up.",
            url=url,
            detail=detail,
        )
    if isinstance(exc, psycopg.errors.LockNotAvailable | psycopg.errors.QueryCanceled):
        return ConflictError(
            "The unit server is busy with another workstation's change; nothing of this action was saved. Try again."
        )
    if exc.sqlstate == ROW_VERSION_STATE:
        # the client's own writes (store/rowlock.py) always name the next version: a write that does not
        # was made against a row that moved on, as far as this editor can tell
        return RowChangedError(CHANGED_UNKNOWN)
    if exc.sqlstate == CHAIN_LINK_STATE:
        # the client appends under the writer lock, after reading the last entry: another writer's entry
        # came in between (a workstation that does not take the lock); nothing was written
        return ConflictError(
            "The unit server is busy with another workstation's change; nothing of this action was saved. Try again."
        )
    if exc.sqlstate == NO_LOG_ENTRY:
        # a sealed value asked for without this user's saved access-log entry for it (store/pg/ddl.py)
        return PermissionDeniedError(
            "The unit server {url} gives health content only after the access-log entry of that read is saved, "
            "and found none of yours for it. Nothing was shown; open the case again from medunit.",
            url=url,
        )
    if isinstance(exc, psycopg.errors.InsufficientPrivilege | psycopg.errors.UndefinedTable):
        # a login whose rights were taken (a removed user's window still open) sees no medunit table
        return PermissionDeniedError(
            "The unit server {url} refused this: your login does not hold the right to it (any more). Nothing "
            "of this action was saved; ask the unit administrator.",
            url=url,
        )
    return exc


class PgDatabase(Database):
    """One connection to the unit server, used like :class:`~medunit.store.database.Database`.

    A subclass so that every store function typed ``db: Database`` takes it unchanged; it overrides every
    method of the file database and calls none of its SQLite code (``path`` stays unset: the server has no
    file)."""

    dialect = "postgresql"

    def __init__(self, conn: psycopg.Connection[Any], location: str) -> None:
        self._conn = conn  # the base class's name for it
        self._pg: psycopg.Connection[Any] = conn
        #: the server URL without its password (for messages)
        self.location = location
        self.lock = threading.RLock()
        #: never set on the server: the server's disk is IT's (kept for the surface the services use)
        self.log_only = False
        self.read_only = False
        self.content: ContentKeys | None = None

    @property
    def raw(self) -> psycopg.Connection[Any]:
        return self._pg

    def _cursor(self, sql: str, params: Sequence[Any] | dict[str, Any]) -> psycopg.Cursor[Any]:
        try:
            return self._pg.execute(to_pg_placeholders(sql), params)
        except psycopg.Error as exc:
            raise _user_error(exc, self.location) from exc

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        with self.lock:
            return self._cursor(sql, params)

    def iterate(self, sql: str, params: Sequence[Any] = (), batch: int = 5000) -> Iterator[Any]:
        """The rows, handed out in batches (psycopg's client-side cursor holds the result: an error of the
        server surfaces at the statement, named there)."""
        with self.lock:
            cursor = self._cursor(sql, params)
            while rows := cursor.fetchmany(batch):
                yield from rows

    def executemany(self, sql: str, rows: Any) -> Any:
        with self.lock:
            cursor = self._pg.cursor()
            try:
                cursor.executemany(to_pg_placeholders(sql), list(rows))
            except psycopg.Error as exc:
                raise _user_error(exc, self.location) from exc
            return cursor

    @contextmanager
    def transaction(self) -> Iterator[PgDatabase]:
        """BEGIN … COMMIT, one writer at a time as under SQLite's BEGIN IMMEDIATE; rolled back on any
        exception (an access and its log entry are written together or not at all)."""
        with self.lock:
            try:
                self._pg.execute("BEGIN")
                self._pg.execute("SELECT pg_advisory_xact_lock(%s)", (WRITER_LOCK,))
            except psycopg.Error as exc:
                self._rollback()
                raise _user_error(exc, self.location) from exc
            try:
                yield self
            except BaseException:
                self._rollback()
                raise
            try:
                self._pg.execute("COMMIT")
            except psycopg.Error as exc:
                self._rollback()
                raise _user_error(exc, self.location) from exc

    def _rollback(self) -> None:
        """End the open transaction (outside one the server only warns); on a broken connection the server
        has rolled it back itself."""
        with contextlib.suppress(psycopg.Error):
            self._pg.execute("ROLLBACK")

    def not_on_server(self, what: str) -> StorageError:
        """The message for a file-store operation asked of the server."""
        return StorageError(_NOT_ON_SERVER, what=what, url=self.location)

    def pragma(self, name: str) -> list[Any]:
        raise self.not_on_server(f"PRAGMA {name}")

    def enter_log_only(self) -> None:
        """Never on the server (its disk is IT's); kept for the shared surface."""

    def prepare_rekey(self) -> None:
        """Nothing to prepare: no page on the server is encrypted under the data key (content is sealed
        under the capability keys, which a rotation of the data key does not change)."""

    def resume_wal(self) -> None:
        """Nothing to resume (see ``prepare_rekey``)."""

    def rekey(self, new_key: bytes) -> None:
        """The server equivalent of SQLCipher's re-key: nothing to re-encrypt (the data key's new
        generation is sealed to the remaining slots by the vault; a removed user's login role is dropped,
        which is what shuts them out of the server)."""

    def close(self) -> None:
        with self.lock:
            self._pg.close()

"""Opening the SQLCipher database with a raw 256-bit key and the pragmas the security model needs."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3

from medunit.errors import ConflictError, IntegrityError

if TYPE_CHECKING:
    from medunit.store.content import ContentKeys

PAGE_SIZE = 4096
#: The cache decides encrypted read speed (decrypted pages stay in memory); 128 MiB per connection.
CACHE_KIB = 131072

DatabaseError = sqlcipher3.DatabaseError
#: SQLCipher reports a page that fails its HMAC as SQLITE_NOMEM, which the driver raises as MemoryError.
_PAGE_ERRORS = (sqlcipher3.DatabaseError, MemoryError)

_CORRUPT = "The database {path} is damaged or was altered ({detail}). Run 'medunit-admin verify' and restore a backup."


def describe_unopenable(path: Path) -> str:
    """Why a database did not open with a key that authenticated: name the likely cause."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        return f"cannot read: {exc.strerror}"
    if head.startswith(b"SQLite format 3"):
        return "it is a plain SQLite file, not a medunit store"
    if size == 0:
        return "the file is empty"
    if size % PAGE_SIZE:
        return "the file is truncated"
    return "its pages do not authenticate"


class Database:
    """One open connection; a lock serialises use from the GUI thread and a worker thread."""

    def __init__(self, conn: Any, path: Path) -> None:
        self._conn = conn
        self.path = path
        self.lock = threading.RLock()
        #: The content keys of the slot that opened this connection (``store.content``); set by the vault.
        self.content: ContentKeys | None = None

    @property
    def raw(self) -> Any:
        return self._conn

    def execute(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> Any:
        with self.lock:
            try:
                return self._conn.execute(sql, params)
            except _PAGE_ERRORS as exc:
                raise _as_integrity(exc, self.path) from exc

    def iterate(self, sql: str, params: tuple[Any, ...] = (), batch: int = 5000) -> Iterator[Any]:
        """Rows in batches without loading the whole result (a page failing to decrypt is named)."""
        with self.lock:
            try:
                cursor = self._conn.execute(sql, params)
                while rows := cursor.fetchmany(batch):
                    yield from rows
            except _PAGE_ERRORS as exc:
                raise _as_integrity(exc, self.path) from exc

    def executemany(self, sql: str, rows: Any) -> Any:
        with self.lock:
            try:
                return self._conn.executemany(sql, rows)
            except _PAGE_ERRORS as exc:
                raise _as_integrity(exc, self.path) from exc

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """BEGIN IMMEDIATE … COMMIT; rolled back on any exception (so an access and its log entry
        are written together or not at all)."""
        with self.lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self
            except BaseException:
                self._conn.rollback()
                raise
            try:
                self._conn.commit()
            except _PAGE_ERRORS as exc:
                raise _as_integrity(exc, self.path) from exc

    def pragma(self, name: str) -> list[Any]:
        with self.lock:
            try:
                return list(self._conn.execute(f"PRAGMA {name}").fetchall())
            except _PAGE_ERRORS as exc:
                raise _as_integrity(exc, self.path) from exc

    def prepare_rekey(self) -> None:
        """Leave WAL mode before a re-key; refused (nothing changed) while another connection is open.

        The rewrite then runs under a rollback journal, which makes it atomic; SQLCipher does not promise
        that for WAL frames written under two keys."""
        with self.lock:
            try:
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
                mode = self._conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
            except _PAGE_ERRORS as exc:
                raise _as_integrity(exc, self.path) from exc
            if mode != "delete":  # another connection keeps the WAL open
                raise _as_integrity(sqlcipher3.OperationalError("database is locked"), self.path)

    def resume_wal(self) -> None:
        with self.lock:
            self._conn.execute("PRAGMA journal_mode = WAL").fetchall()

    def rekey(self, new_key: bytes) -> None:
        """Re-encrypt every page under ``new_key`` (after ``prepare_rekey``), then return to WAL."""
        with self.lock:
            self.prepare_rekey()
            try:
                self._conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
                self._conn.execute("PRAGMA journal_mode = WAL").fetchall()
            except _PAGE_ERRORS as exc:
                raise _as_integrity(exc, self.path) from exc

    def close(self) -> None:
        with self.lock:
            self._conn.close()


def _as_integrity(exc: Exception, path: Path) -> Exception:
    text = str(exc) or type(exc).__name__
    if "database is locked" in text or "database is busy" in text:
        return ConflictError(
            "The store is busy in another medunit window or process; finish or close that one and try again."
        )
    if isinstance(exc, MemoryError):
        return IntegrityError(_CORRUPT, path=path, detail="a page failed to decrypt")
    if "readonly database" in text:  # SQLCipher refuses writes after a page failed to authenticate
        return IntegrityError(
            "The database {path} cannot be written: it is read-only, or a damaged page made SQLCipher lock it "
            "({detail}).",
            path=path,
            detail=text,
        )
    if "not a database" in text or "malformed" in text or "HMAC" in text or "disk image" in text:
        return IntegrityError(_CORRUPT, path=path, detail=text)
    return exc


def open_database(path: Path, key: bytes, create: bool = False) -> Database:
    """Open (or create) the database; raises DatabaseError when ``key`` does not open it."""
    if not create and not path.exists():
        raise FileNotFoundError(path)
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA cipher_memory_security = ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL").fetchall()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    except BaseException:
        conn.close()
        raise
    return Database(conn, path)

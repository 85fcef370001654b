"""Opening the SQLCipher database with a raw 256-bit key and the pragmas the security model needs."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3

from medunit.crypto.page_hmac import NEW_STORE_PAGE_HMAC, PAGE_HMACS
from medunit.errors import ConflictError, IntegrityError, StorageError
from medunit.store.layout import RESERVE_SUFFIX as RESERVE_SUFFIX

if TYPE_CHECKING:
    from types import TracebackType

    from medunit.store.content import ContentKeys

PAGE_SIZE = 4096

#: The cache decides encrypted read speed: a page found here is not read and decrypted again, where plain
#: SQLite would get it from the OS file cache cheaply. 512 MiB per connection holds a 100k-case store
#: (about 470 MB) whole; it only fills with what is read. At 128 MiB, random reads at 100k cases cost
#: 1.4x plain SQLite (docs/benchmarks.md, issue 15).
CACHE_KIB = 524288

#: Prepared statements kept per connection (the driver's ``cached_statements``; its default is 100). The
#: sqlcipher3 driver's cache is not LRU: once full it keeps the statements that filled it and evicts every
#: newcomer at the next miss, so from then on each statement not yet cached is compiled again at every call.
#: Creating a store runs 99 distinct migration statements and the connection's pragmas on its connection,
#: which filled the 100 slots and made every later insert and query of that session recompile: a bulk write
#: took 2.2x plain SQLite instead of 1.1x (docs/benchmarks.md, issue 15, change 17). 1,024 holds the
#: migrations and every statement shape the store layer writes; a compiled statement takes a few KiB.
STATEMENT_CACHE = 1024

DatabaseError = sqlcipher3.DatabaseError
#: SQLCipher reports a page that fails its HMAC as SQLITE_NOMEM, which the driver raises as MemoryError.
_PAGE_ERRORS = (sqlcipher3.DatabaseError, MemoryError)

#: SQLite primary result codes (``sqlite_errorcode & 0xff``) that say something about the disk, not the data.
_READONLY, _IOERR, _CORRUPT_CODE, _FULL, _CANTOPEN, _NOTADB = 8, 10, 11, 13, 14, 26
_DISK_CODES = frozenset({_READONLY, _IOERR, _FULL, _CANTOPEN})
#: Below this much free space a write of a few pages plus the WAL index cannot succeed: call the disk full.
_FULL_BELOW = 64 * 1024
_AUTH = 23  # SQLITE_AUTH: the log-only authorizer refused a statement

#: Space kept beside the database (``medunit.db.reserve``) and given back when the disk fills, so that the
#: access-log entries of reads can still be written: on a full disk reads go on, logged, and writes are
#: refused whole. 2 MiB holds the WAL index and a few hundred log entries between checkpoints.
RESERVE_BYTES = 2 * 1024 * 1024
#: What a session may still write once the disk is full: the access log and its head (in ``meta``).
_LOG_TABLES = frozenset({"access_log", "meta"})

#: Authentication really failed (a page's HMAC): the only case that may say "altered".
_ALTERED = "The database {path} is damaged or was altered ({detail}). Run 'medunit-admin verify' and restore a backup."
#: The structure is broken but no page failed to authenticate (cut short, overwritten by a failed disk).
_DAMAGED = (
    "The database {path} is damaged ({detail}): part of it is missing or unreadable. Nothing was changed. "
    "Run 'medunit-admin verify' and restore a backup (docs/backup.md)."
)
_DISK_FULL = (
    "The disk holding {folder} is full: nothing of this action was saved. Free space there (or ask IT), then "
    "try again; everything saved before is still there."
)
_READ_ONLY = (
    "The store folder {folder} is read-only (read-only media, a read-only mount or file permissions): nothing "
    "of this action was saved. medunit writes an access-log entry for every session and every read, so it "
    "needs to write there; ask IT to make the folder writable, or restore a backup elsewhere (docs/backup.md)."
)
_DISK_IO = (
    "The store's files in {folder} could not be read or written ({detail}): nothing of this action was saved. "
    "Check the disk and the folder's permissions, then try again."
)
_EMPTY = (
    "The database {path} is empty (0 bytes): the store's data is not in it. Nothing was changed. Restore the "
    "latest backup (medunit-admin backup restore, see docs/backup.md)."
)
_TRUNCATED = (
    "The database {path} is truncated ({size} bytes, not a whole number of pages): part of the store is "
    "missing. Nothing was changed. Restore the latest backup (medunit-admin backup restore, see docs/backup.md)."
)


def folder_state(folder: Path) -> str:
    """ "read-only", "full" or "" for the file system holding ``folder`` (used to name a disk error).

    ``os.statvfs`` exists on Linux and macOS; on Windows a folder we may not write counts as read-only."""
    try:
        if hasattr(os, "statvfs"):
            if os.statvfs(folder).f_flag & os.ST_RDONLY:
                return "read-only"
        elif not os.access(folder, os.W_OK):
            return "read-only"
        if shutil.disk_usage(folder).free < _FULL_BELOW:
            return "full"
    except OSError:
        return ""
    return ""


def _primary_code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def disk_error(path: Path, detail: str) -> StorageError:
    """The message for a disk problem under the database ``path``: full, read-only, or another I/O error."""
    folder = path.parent
    state = folder_state(folder)
    if state == "full":
        return StorageError(_DISK_FULL, folder=folder)
    if state == "read-only":
        return StorageError(_READ_ONLY, folder=folder)
    return StorageError(_DISK_IO, folder=folder, detail=detail)


def check_database_file(path: Path) -> None:
    """Refuse, before any key is tried, a database file that cannot hold a store: empty or cut short.

    Without this an empty file opens as a new, empty database under any key, so unlock reported a wrong
    passphrase (and logged a failed login that did not happen) and the schema step wrote a fresh store."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise disk_error(path, exc.strerror or type(exc).__name__) from exc
    if size == 0:
        raise StorageError(_EMPTY, path=path)
    if size % PAGE_SIZE:
        raise IntegrityError(_TRUNCATED, path=path, size=size)


#: Whether connections opened from now on switch on SQLCipher's ``cipher_memory_security`` (policy key
#: ``security.sqlcipher_memory_security``; off by default since SQLCipher 4.5 and here). SQLCipher makes the
#: setting process-wide and never switches it off again once a connection turned it on, so this flag
#: only ever goes from off to on, matching what the library does.
_memory_security = False

#: Whether every commit waits until it is on disk (policy key ``store.sync_every_commit``, on by default):
#: the WAL is fsync'd at each data-changing commit (by SQLite's ``synchronous = FULL``, or by medunit itself
#: when reads' entries are flushed in groups, ``_read_log_flush_ms``), so what a call saved survives a power
#: cut or an operating-system crash. Off: ``NORMAL`` leaves every commit in the operating system's cache
#: until the next checkpoint: a crash of medunit loses nothing, a power cut or OS crash can lose the last
#: commits, log entries of reads already shown included; docs/policy.md has the figures and the trade-off.
_sync_every_commit = True

#: How long an access-log entry of a read may wait for its fsync (policy key ``store.read_log_flush_ms``,
#: 200 by default; 0: every commit fsync'd as ``sync_every_commit`` says). A transaction that changes no
#: data, only appends access-log entries (a read), commits without the fsync: its entry is in the WAL, in
#: the operating system's hands, before the data is returned, so a crash or kill of medunit loses nothing;
#: the WAL is fsync'd by the next data-changing commit, by a background flush at most this long after, or at
#: lock and exit, whichever comes first. A power cut can take back at most this window of read entries. Like
#: PostgreSQL's ``synchronous_commit = off`` with ``wal_writer_delay``; docs/policy.md "Durable commits".
_read_log_flush_ms = 200

_NOT_FLUSHED = (
    "This action was saved, but the store's write-ahead log in {folder} could not be flushed to disk ({detail}): "
    "a power cut could still take it back. Check the disk; the next commit waits for the disk and flushes it too."
)


class WalSync:
    """The fsyncs of one connection's write-ahead log when reads' log entries are flushed in groups.

    The connection runs ``synchronous = NORMAL``; medunit fsyncs the ``-wal`` file itself, through a file
    descriptor of its own: right after every data-changing commit, before the call returns (what ``FULL``
    guarantees, and it covers every earlier frame), and for read-only commits (log entries only) from a
    background thread at most ``delay`` seconds later. The thread never touches the SQLite connection: an
    fsync of the file is all it does. ``committed`` counts commits, ``durable`` how many of them are known
    to be on disk (the flushed-through position). A failed flush sets ``failed``: the connection then
    commits its next transaction with ``FULL`` (``Database.transaction``) and tries to re-arm after it."""

    def __init__(self, wal: Path, delay: float) -> None:
        self.wal = wal
        self.delay = delay
        self.committed = 0
        self.durable = 0
        self.syncs = 0  # fsyncs made, by the committing thread and the flusher
        self.failed = False
        self._fd: int | None = None
        self._file_id: tuple[int, int] | None = None
        self._guard = threading.Lock()  # one fsync (and fd change) at a time
        self._due = threading.Event()  # a read-only commit waits for its fsync
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def _open_fd(self) -> int | None:
        """A descriptor of the WAL file as it is now on disk; reopened when the file was replaced (a re-key
        leaves WAL mode and deletes it). None when there is no WAL file: nothing waits in one."""
        try:
            st = os.stat(self.wal)
        except FileNotFoundError:
            return None
        if self._fd is not None and self._file_id == (st.st_dev, st.st_ino):
            return self._fd
        self._close_fd()
        # Windows needs write access to flush a file (FlushFileBuffers); nothing is written through it
        self._fd = os.open(self.wal, os.O_RDWR if os.name == "nt" else os.O_RDONLY)
        self._file_id = (st.st_dev, st.st_ino)
        return self._fd

    def _close_fd(self) -> None:
        if self._fd is not None:
            fd, self._fd, self._file_id = self._fd, None, None
            with contextlib.suppress(OSError):  # a descriptor already gone (what made a flush fail)
                os.close(fd)

    def sync(self) -> None:
        """fsync the WAL now: every commit counted so far is on disk when this returns (OSError if not;
        the descriptor is then dropped, so the next attempt opens the file afresh)."""
        with self._guard:
            target = self.committed
            try:
                fd = self._open_fd()
                if fd is not None:
                    os.fsync(fd)
            except OSError:
                self._close_fd()
                raise
            self.syncs += 1
            self.durable = max(self.durable, target)

    def committed_read(self) -> None:
        """A read-only commit: its fsync is left to the flusher (started at the first)."""
        self.committed += 1
        if not self._due.is_set():
            self._due.set()
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="medunit-wal-flush", daemon=True)
                self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():  # checked after each round: ``close`` may have come while it synced
            self._due.wait()
            if self._stop.wait(self.delay):
                return
            self._due.clear()  # before the fsync: a commit after this point asks for the next round
            try:
                self.sync()
            except Exception:  # no stack trace: the next commit falls back to FULL
                self.failed = True

    def pending(self) -> bool:
        return self.durable < self.committed

    def close(self) -> None:
        """Stop the flusher (the caller syncs what waits first)."""
        self._stop.set()
        self._due.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        with self._guard:
            self._close_fd()


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


def reserve_path(path: Path) -> Path:
    return path.with_name(path.name + RESERVE_SUFFIX)


def ensure_reserve(path: Path) -> bool:
    """Whether the reserve is beside the database, putting it back when it is missing and the disk has room
    for it twice over. False means the disk is (nearly) full: the store is then opened log-only, so a
    second process does not spend on new data the space a reserve handed back for logging reads."""
    reserve = reserve_path(path)
    if reserve.exists():
        return True
    try:
        if shutil.disk_usage(path.parent).free < 2 * RESERVE_BYTES:
            return False
        fd = os.open(reserve, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    except OSError as exc:  # only a full disk makes the store log-only; another refusal surfaces on its own
        return exc.errno != errno.ENOSPC
    try:
        try:
            os.posix_fallocate(fd, 0, RESERVE_BYTES)
        except (AttributeError, OSError) as exc:  # Windows/macOS, or a file system without fallocate
            if isinstance(exc, OSError) and exc.errno not in (errno.EOPNOTSUPP, errno.EINVAL, errno.ENOSYS):
                raise
            os.write(fd, b"\0" * RESERVE_BYTES)
        os.fsync(fd)
    except OSError:
        os.close(fd)
        reserve.unlink(missing_ok=True)
        return False
    os.close(fd)
    return True


def release_reserve(path: Path) -> bool:
    """Give the reserve's space back to the full disk; whether there was one."""
    try:
        reserve_path(path).unlink()
    except OSError:
        return False
    return True


def _log_only(action: int, table: str | None, *_args: object) -> int:
    """SQLite authorizer of a session on a full disk: writes to anything but the access log are refused."""
    if action in (sqlcipher3.SQLITE_INSERT, sqlcipher3.SQLITE_UPDATE, sqlcipher3.SQLITE_DELETE):
        return int(sqlcipher3.SQLITE_OK if table in _LOG_TABLES else sqlcipher3.SQLITE_DENY)
    return int(sqlcipher3.SQLITE_OK)


class Database:
    """One open connection; a lock serialises use from the GUI thread and a worker thread."""

    #: which SQL a store module writes where the two backends differ ("sqlite" or "postgresql")
    dialect = "sqlite"
    #: the grouped flush of read-only commits (policy ``store.read_log_flush_ms``); None: every commit is
    #: synced as ``synchronous`` says (and always on the unit server, whose durability is PostgreSQL's)
    wal_sync: WalSync | None = None

    def __init__(self, conn: Any, path: Path, page_hmac: str = NEW_STORE_PAGE_HMAC) -> None:
        self._conn = conn
        self.path = path
        #: SQLCipher's page MAC of this database (``PAGE_HMACS``): a copy or a second connection needs it too
        self.page_hmac = page_hmac
        self.lock = threading.RLock()
        #: the disk is full: only access-log entries are written (reads go on, logged; writes are refused)
        self.log_only = False
        #: the store's folder or file is read-only: opened ``mode=ro``; reads are logged in the pending log
        #: (``store.pending_log``) and every write fails with the read-only message
        self.read_only = False
        #: The content keys of the slot that opened this connection (``store.content``); set by the vault.
        self.content: ContentKeys | None = None
        #: ``synchronous`` in WAL mode as the policy set it when this connection opened (FULL or NORMAL;
        #: NORMAL too when reads' log entries are flushed in groups, see ``wal_sync``)
        self.synchronous = _synchronous()
        self.wal_sync = _wal_sync_for(path)

    #: access-log rows inserted in the open transaction (``access_log.append`` counts them): a transaction
    #: whose every changed row is one of these changed no data, it only logged a read
    log_rows = 0
    _changes = 0  # the connection's total_changes at BEGIN of the open transaction
    _tx_wal: WalSync | None = None  # the WAL syncer as it was at BEGIN of the open transaction

    def enter_log_only(self) -> None:
        """The disk filled up: give back the reserve and refuse, from now on, every write but the log's."""
        with self.lock:
            release_reserve(self.path)
            if not self.log_only:
                self._conn.set_authorizer(_log_only)
                self.log_only = True

    def _error(self, exc: BaseException) -> Exception:
        """``exc`` as the user's error; a full disk switches this connection to log-only."""
        error = as_user_error(exc, self.path)
        if isinstance(error, StorageError) and error.template == _DISK_FULL:
            self.enter_log_only()
        return error

    @property
    def raw(self) -> Any:
        return self._conn

    def execute(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> Any:
        with self.lock:
            try:
                return self._conn.execute(sql, params)
            except _PAGE_ERRORS as exc:
                raise self._error(exc) from exc

    def iterate(self, sql: str, params: tuple[Any, ...] = (), batch: int = 5000) -> Iterator[Any]:
        """Rows in batches without loading the whole result (a page failing to decrypt is named)."""
        with self.lock:
            try:
                cursor = self._conn.execute(sql, params)
                while rows := cursor.fetchmany(batch):
                    yield from rows
            except _PAGE_ERRORS as exc:
                raise self._error(exc) from exc

    def executemany(self, sql: str, rows: Any) -> Any:
        with self.lock:
            try:
                return self._conn.executemany(sql, rows)
            except _PAGE_ERRORS as exc:
                raise self._error(exc) from exc

    def transaction(self) -> AbstractContextManager[Database]:
        """BEGIN IMMEDIATE … COMMIT; rolled back on any exception (so an access and its log entry
        are written together or not at all)."""
        return Transaction(self)

    def _begin(self) -> bool:
        """Under ``lock``: start the transaction; whether its commit must be ``FULL`` (a failed flush)."""
        wal = self._tx_wal = self.wal_sync
        strict = wal is not None and wal.failed
        if strict:  # the flusher failed: this commit runs with FULL (which fsyncs it and every earlier frame)
            self._conn.execute("PRAGMA synchronous = FULL")
        self._changes, self.log_rows = self._conn.total_changes, 0
        try:
            self._conn.execute("BEGIN" if self.read_only else "BEGIN IMMEDIATE")
        except _PAGE_ERRORS as exc:
            raise self._error(exc) from exc
        return strict

    def _end(self, strict: bool) -> None:
        """Under ``lock``: commit what ``_begin`` started and see to its fsync."""
        wal = self._tx_wal
        try:
            self._conn.commit()
        except _PAGE_ERRORS as exc:
            self._rollback()  # a COMMIT refused for lack of space leaves the transaction open
            raise self._error(exc) from exc
        if wal is not None:
            if strict:
                self._rearm(wal)
            elif self.log_rows and self._conn.total_changes - self._changes == self.log_rows:
                wal.committed_read()  # it only appended log entries (no row, no schema changed: DDL
                # changes no row, so a transaction without a log row is synced whatever it did)
            else:
                wal.committed += 1
                self._sync_now(wal)

    def _rearm(self, wal: WalSync) -> None:
        """After the ``FULL`` commit that followed a failed flush: everything is on disk; back to grouped
        flushes if the WAL can be synced again, else ``FULL`` stays for this connection."""
        wal.committed += 1
        wal.durable = wal.committed
        try:
            wal.sync()
        except OSError:
            self.wal_sync = None
            self.synchronous = "FULL"
            wal.close()
            return
        wal.failed = False
        self._conn.execute(f"PRAGMA synchronous = {self.synchronous}")

    def _sync_now(self, wal: WalSync) -> None:
        """A data-changing commit is on disk before the call returns, as under ``FULL``."""
        try:
            wal.sync()
        except OSError as exc:
            wal.failed = True
            raise StorageError(
                _NOT_FLUSHED, folder=self.path.parent, detail=exc.strerror or type(exc).__name__
            ) from exc

    def flush(self) -> None:
        """Put every commit so far on disk (lock and exit, before the rollback anchor is written)."""
        with self.lock:
            wal = self.wal_sync
            if wal is not None and wal.pending():
                self._sync_now(wal)

    def _rollback(self) -> None:
        """Undo the open transaction; when even that fails (the disk is gone) SQLite rolls back itself."""
        try:
            if self._conn.in_transaction:
                self._conn.rollback()
        except _PAGE_ERRORS:
            pass

    def pragma(self, name: str) -> list[Any]:
        with self.lock:
            try:
                return list(self._conn.execute(f"PRAGMA {name}").fetchall())
            except _PAGE_ERRORS as exc:
                raise self._error(exc) from exc

    def prepare_rekey(self) -> None:
        """Leave WAL mode before a re-key; refused (nothing changed) while another connection is open.

        The rewrite then runs under a rollback journal, which makes it atomic; SQLCipher does not promise
        that for WAL frames written under two keys."""
        with self.lock:
            self.flush()  # the WAL file goes: what waits in it is synced first
            try:
                # A read first: the start of a WAL read transaction is where SQLite notices other
                # connections' commits and drops this connection's stale cached pages. Without it, after the
                # checkpoint (which does not bump the file change counter) the rollback-journal pager trusted
                # the stale cache and the re-key rewrote the file from it, losing others' last commits.
                self._conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
                # the rewrite runs under a rollback journal, where only FULL makes it safe against a power cut
                self._conn.execute("PRAGMA synchronous = FULL")
                mode = self._conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
                self._conn.execute("PRAGMA shrink_memory").fetchall()  # no cached page survives the switch
            except _PAGE_ERRORS as exc:
                raise self._error(exc) from exc
            if mode != "delete":  # another connection keeps the WAL open
                self._conn.execute(f"PRAGMA synchronous = {self.synchronous}")
                raise as_user_error(sqlcipher3.OperationalError("database is locked"), self.path)

    def resume_wal(self) -> None:
        with self.lock:
            self._conn.execute("PRAGMA journal_mode = WAL").fetchall()
            self._conn.execute(f"PRAGMA synchronous = {self.synchronous}")

    def rekey(self, new_key: bytes) -> None:
        """Re-encrypt every page under ``new_key`` (after ``prepare_rekey``), then return to WAL."""
        with self.lock:
            self.prepare_rekey()
            try:
                self._conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
                self._conn.execute("PRAGMA journal_mode = WAL").fetchall()
                self._conn.execute(f"PRAGMA synchronous = {self.synchronous}")
            except _PAGE_ERRORS as exc:
                raise self._error(exc) from exc

    def close(self) -> None:
        """Close the connection; log entries of reads still waiting for their flush are synced first."""
        with self.lock:
            wal = self.wal_sync
            if wal is not None:
                # the connection closes anyway; SQLite's close checkpoints (and syncs) what it can
                with contextlib.suppress(StorageError):
                    self.flush()
                wal.close()
                self.wal_sync = None
            self._conn.close()


def as_user_error(exc: BaseException, path: Path) -> Exception:
    """A driver error as the user's error: busy, a disk problem (exit 1), or damage (exit 4)."""
    text = str(exc) or type(exc).__name__
    if "database is locked" in text or "database is busy" in text:
        return ConflictError(
            "The store is busy in another medunit window or process; finish or close that one and try again."
        )
    if isinstance(exc, MemoryError):
        return IntegrityError(_ALTERED, path=path, detail="a page failed to decrypt")
    code = _primary_code(exc)
    if code == _AUTH:  # only the log-only authorizer refuses statements: the disk is full
        return StorageError(_DISK_FULL, folder=path.parent)
    if code == _READONLY or "readonly database" in text:
        # read-only media or mount, or a file or folder this user may not write (permissions)
        writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
        if folder_state(path.parent) == "read-only" or not writable:
            return StorageError(_READ_ONLY, folder=path.parent)
        # a writable folder: SQLCipher refuses writes after a page failed to authenticate
        return IntegrityError(
            "The database {path} cannot be written: it is read-only, or a damaged page made SQLCipher lock it "
            "({detail}).",
            path=path,
            detail=text,
        )
    if code in _DISK_CODES or "disk is full" in text or "disk I/O error" in text:
        return disk_error(path, text)
    if "HMAC" in text or code == _NOTADB or "not a database" in text:  # SQLCipher's word for a failed HMAC
        return IntegrityError(_ALTERED, path=path, detail=text)
    if code == _CORRUPT_CODE or "malformed" in text or "disk image" in text:
        return IntegrityError(_DAMAGED, path=path, detail=text)
    if isinstance(exc, Exception):
        return exc
    return RuntimeError(text)


def require_memory_security(on: bool) -> None:
    """Make every connection opened from now on (in this process) use ``cipher_memory_security``.

    Why off by default: SQLCipher then mlocks and wipes every allocation it makes, which costs 5-20x on
    reads (docs/benchmarks.md), while in a Python process every value read is copied into Python objects
    that are never wiped, so the protection is partial. IT may still require it (docs/policy.md)."""
    global _memory_security
    _memory_security = _memory_security or on


def require_sync_every_commit(on: bool) -> None:
    """Make connections opened from now on (in this process) fsync at every commit (``on``, the default) or
    only at checkpoints (``synchronous = NORMAL``), as the policy key ``store.sync_every_commit`` says."""
    global _sync_every_commit
    _sync_every_commit = on


def require_read_log_flush_ms(ms: int) -> None:
    """Connections opened from now on (in this process) flush read-only commits within ``ms`` milliseconds
    instead of at each commit (0: at each commit), as the policy key ``store.read_log_flush_ms`` says."""
    global _read_log_flush_ms
    _read_log_flush_ms = ms


def _synchronous() -> str:
    """The ``synchronous`` a new connection runs with: NORMAL when nothing is fsync'd per commit, or when
    medunit fsyncs the WAL itself (grouped flushes of read entries, ``WalSync``)."""
    return "FULL" if _sync_every_commit and not _read_log_flush_ms else "NORMAL"


def _wal_sync_for(path: Path) -> WalSync | None:
    if not (_sync_every_commit and _read_log_flush_ms):
        return None
    return WalSync(path.with_name(path.name + "-wal"), _read_log_flush_ms / 1000)


def cipher_pragmas(key: bytes, page_hmac: str) -> tuple[str, ...]:
    """The statements that key a SQLCipher connection, in order: the key, then the page MAC the database
    was created with (``page_hmac``, from the key-slot file), before any page is read."""
    if page_hmac not in PAGE_HMACS:  # a whitelist: the value is spliced into a PRAGMA
        raise ValueError(f"unknown page MAC {page_hmac!r}")
    return (f"PRAGMA key = \"x'{key.hex()}'\"", f"PRAGMA cipher_hmac_algorithm = {page_hmac}")


def open_database(path: Path, key: bytes, create: bool = False, *, page_hmac: str = NEW_STORE_PAGE_HMAC) -> Database:
    """Open (or create) the database whose pages carry the MAC ``page_hmac`` (the key-slot file's
    ``page_hmac``; a new store gets ``NEW_STORE_PAGE_HMAC``); raises DatabaseError when ``key`` does not
    open it, StorageError when the disk is the problem (full, read-only, unreadable, an empty file) and
    IntegrityError when it is damaged.

    On a full disk the reserve beside the database is given back and the store opens log-only: its access
    log can still be written, so reads work; writes are refused whole."""
    if not create:
        check_database_file(path)
        if _read_only(path):
            return _connect(path, key, page_hmac, read_only=True)
    try:
        db = _connect(path, key, page_hmac)
    except StorageError as exc:
        if exc.template != _DISK_FULL or not release_reserve(path):
            raise
        db = _connect(path, key, page_hmac)
        db.enter_log_only()
        return db
    if not create and not ensure_reserve(path):  # a new store gets its reserve at its first unlock
        db.enter_log_only()
    return db


def _read_only(path: Path) -> bool:
    """Whether the store's database cannot be written here: read-only media or mount, or permissions."""
    if folder_state(path.parent) == "read-only":
        return True
    return not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def _connect(path: Path, key: bytes, page_hmac: str, read_only: bool = False) -> Database:
    """A keyed connection; ``read_only`` opens ``mode=ro`` (``immutable`` when no WAL is left beside the file:
    read-only media cannot hold the WAL index a reader would otherwise create)."""
    target, uri = str(path), False
    if read_only:
        wal = path.with_name(path.name + "-wal").exists()
        target, uri = path.resolve().as_uri() + ("?mode=ro" if wal else "?mode=ro&immutable=1"), True
    try:
        conn = sqlcipher3.connect(
            target, isolation_level=None, check_same_thread=False, uri=uri, cached_statements=STATEMENT_CACHE
        )
    except _PAGE_ERRORS as exc:
        raise as_user_error(exc, path) from exc
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        for statement in cipher_pragmas(key, page_hmac):
            conn.execute(statement)
        if _memory_security:
            conn.execute("PRAGMA cipher_memory_security = ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if read_only:
            conn.execute("PRAGMA query_only = ON")
        else:
            conn.execute("PRAGMA journal_mode = WAL").fetchall()
            conn.execute(f"PRAGMA synchronous = {_synchronous()}")
            conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    except _PAGE_ERRORS as exc:
        conn.close()
        if _primary_code(exc) == _NOTADB:
            raise  # the key does not open it: the caller tries the next key or names the failure
        raise as_user_error(exc, path) from exc
    except BaseException:
        conn.close()
        raise
    db = Database(conn, path, page_hmac)
    db.read_only = read_only
    if read_only:
        db.wal_sync = None  # nothing is written: nothing to sync
    return db


class Transaction:
    """``Database.transaction``: a class rather than a ``contextmanager`` generator, which cost 1 µs more
    per transaction (every logged read is one; issue 15 point 4). Holds the connection's lock from BEGIN
    to COMMIT or ROLLBACK."""

    __slots__ = ("_db", "_strict")

    def __init__(self, db: Database) -> None:
        self._db = db
        self._strict = False

    def __enter__(self) -> Database:
        db = self._db
        db.lock.acquire()
        try:
            self._strict = db._begin()
        except BaseException:
            db.lock.release()
            raise
        return db

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        db = self._db
        try:
            if kind is None:
                db._end(self._strict)
            else:
                db._rollback()
        finally:
            db.lock.release()

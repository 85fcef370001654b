"""A consistent copy of an open store's database, for backups: SQLite's online backup API into a new
SQLCipher file under the same key, taken while other connections keep writing.

The copy is made in one step, so it is one read transaction: in WAL mode writers go on meanwhile and the
copy is the database as of that moment, never a mix. The copy is switched to a rollback journal so the
backup is one self-contained file (no -wal beside it), then flushed to disk.
"""

from __future__ import annotations

import os
from pathlib import Path

import sqlcipher3

from medunit.store.database import Database, as_user_error, cipher_pragmas


def copy_database(db: Database, target: Path, key: bytes) -> None:
    """Write the database of ``db`` to the new file ``target``, encrypted under ``key`` (the data key) with
    the page MAC of ``db`` (the backup's copy of the key-slot file records it, so a restore opens it)."""
    if target.exists():
        raise FileExistsError(target)
    try:
        dest = sqlcipher3.connect(str(target), isolation_level=None)
    except sqlcipher3.DatabaseError as exc:
        raise as_user_error(exc, target) from exc
    try:
        for statement in cipher_pragmas(key, db.page_hmac):
            dest.execute(statement)
        with db.lock:
            db.raw.backup(dest, pages=-1)
        dest.execute("PRAGMA journal_mode = DELETE").fetchall()
    except sqlcipher3.DatabaseError as exc:
        raise as_user_error(exc, target) from exc
    finally:
        dest.close()
    fd = os.open(target, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)

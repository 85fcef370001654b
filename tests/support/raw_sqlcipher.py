"""Open a store's database with raw ``sqlcipher3`` and a key, as an attacker or an insider would.

Besides the key, SQLCipher needs the page MAC the database was created with; the key-slot file beside the
database holds it in the clear (``page_hmac``), so whoever has the folder reads it from there, as here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3

from medunit.crypto.keyslots import read_slot_file
from medunit.crypto.page_hmac import NEW_STORE_PAGE_HMAC
from medunit.store.database import cipher_pragmas
from medunit.store.layout import SLOTS_NAME


def page_hmac_of(db_path: Path) -> str:
    """The page MAC named by the slot file beside ``db_path``; a bare database (no slot file, as the
    benchmarks make) was made by ``open_database(create=True)`` and so has a new store's."""
    slots = db_path.with_name(SLOTS_NAME)
    return read_slot_file(slots).page_hmac if slots.exists() else NEW_STORE_PAGE_HMAC


def connect(db_path: Path, key: bytes, **kwargs: Any) -> Any:
    """A raw connection to ``db_path`` keyed with ``key`` (SQLCipher's log muted)."""
    con = sqlcipher3.connect(str(db_path), **kwargs)
    con.execute("PRAGMA cipher_log_level = NONE")
    for statement in cipher_pragmas(key, page_hmac_of(db_path)):
        con.execute(statement)
    return con

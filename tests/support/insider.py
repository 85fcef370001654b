"""What an insider with the data key from their own slot does to the access log with raw sqlcipher3:
open the database, read the rows, and write them back re-chained (hashes, MACs and head recomputed)."""

from __future__ import annotations

import hashlib
import hmac
import json
from pathlib import Path
from typing import Any

import sqlcipher3

from medunit.store.access_log import GENESIS, LogEntry
from medunit.store.vault import DB_NAME
from tests.support import raw_sqlcipher

COLS = (
    "seq, at, user_name, role, responsible, action, person_ref, case_ref, record_ids, reason, basis, emergency, "
    "workstation, outcome, prev_hash, hash, mac, signer, sig"
)


def raw(root: Path, data_key: bytes) -> sqlcipher3.Connection:
    """What the insider does: open the database with the data key from their own slot."""
    con = raw_sqlcipher.connect(root / DB_NAME, data_key, isolation_level=None)
    con.execute("DROP TRIGGER IF EXISTS access_log_no_update")
    con.execute("DROP TRIGGER IF EXISTS access_log_no_delete")
    return con


def entry(row: tuple[Any, ...]) -> LogEntry:
    return LogEntry(
        at=row[1],
        user=row[2],
        role=row[3],
        responsible=row[4],
        action=row[5],
        person_ref=row[6],
        case_ref=row[7],
        record_ids=tuple(json.loads(row[8])),
        reason=row[9],
        basis=row[10],
        emergency=bool(row[11]),
        workstation=row[12],
        outcome=row[13],
    )


def rewrite(con: sqlcipher3.Connection, rows: list[tuple[Any, ...]]) -> None:
    """Replace the whole log by ``rows``, renumbered and re-chained: hashes, MACs and head recomputed."""
    log_key = bytes.fromhex(con.execute("SELECT value FROM meta WHERE key = 'access_log_key'").fetchone()[0])
    con.execute("DELETE FROM access_log")
    prev = GENESIS
    for seq, row in enumerate(rows, start=1):
        digest = hashlib.sha256(prev + entry(row).canonical(seq)).digest()
        mac = hmac.new(log_key, digest, hashlib.sha256).digest()
        values = (seq, *row[1:14], prev, digest, mac, row[17], row[18])
        con.execute(f"INSERT INTO access_log({COLS}) VALUES ({','.join('?' * 19)})", values)
        prev = digest
    con.execute("UPDATE meta SET value = ? WHERE key = 'access_log_head'", (f"{len(rows)}:{prev.hex()}",))


def rows(con: sqlcipher3.Connection) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in con.execute(f"SELECT {COLS} FROM access_log ORDER BY seq").fetchall()]

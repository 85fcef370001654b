"""The access log (NEN 7513-style): append-only, hash-chained, each entry MAC'd.

hash_n = SHA-256(hash_{n-1} || canonical(entry_n)); mac_n = HMAC-SHA-256(log key, hash_n). The log key is
derived from the store's first data key and kept inside the encrypted database (so a data-key rotation
does not orphan old MACs). The head (last seq and hash) is kept in ``meta`` too, so cutting entries off
the end is caught as well as edits, deletions, insertions and reordering in the middle.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from medunit.store.database import Database

GENESIS = b"\0" * 32
_COLUMNS = (
    "seq, at, user_name, role, responsible, action, person_ref, case_ref, record_ids, reason, basis, "
    "emergency, workstation, outcome, prev_hash, hash, mac"
)


@dataclass(frozen=True)
class LogEntry:
    at: str
    user: str
    role: str
    responsible: str
    action: str
    outcome: str  # "granted" | "refused"
    workstation: str
    person_ref: str | None = None
    case_ref: str | None = None
    record_ids: tuple[str, ...] = ()
    reason: str | None = None
    basis: str | None = None
    emergency: bool = False
    seq: int = 0

    def canonical(self, seq: int) -> bytes:
        return json.dumps(
            [
                seq,
                self.at,
                self.user,
                self.role,
                self.responsible,
                self.action,
                self.person_ref,
                self.case_ref,
                list(self.record_ids),
                self.reason,
                self.basis,
                self.emergency,
                self.workstation,
                self.outcome,
            ],
            separators=(",", ":"),
            ensure_ascii=False,
        ).encode()


def derive_log_key(data_key: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"medunit-access-log").derive(data_key)


def ensure_log_key(db: Database, data_key: bytes) -> bytes:
    row = db.execute("SELECT value FROM meta WHERE key = 'access_log_key'").fetchone()
    if row:
        return bytes.fromhex(row[0])
    key = derive_log_key(data_key)
    with db.transaction():
        db.execute("INSERT INTO meta(key, value) VALUES ('access_log_key', ?)", (key.hex(),))
    return key


def _head(db: Database) -> tuple[int, bytes]:
    row = db.execute("SELECT value FROM meta WHERE key = 'access_log_head'").fetchone()
    if not row:
        return 0, GENESIS
    seq, digest = row[0].split(":")
    return int(seq), bytes.fromhex(digest)


def append(db: Database, entry: LogEntry, log_key: bytes) -> int:
    """Append inside the caller's transaction; returns the new entry's seq."""
    last_seq, prev = _head(db)
    # A row planted past the head must not block logging: append after it; verify names the planted row.
    planted = db.execute("SELECT max(seq) FROM access_log").fetchone()[0] or 0
    seq = max(last_seq, planted) + 1
    digest = hashlib.sha256(prev + entry.canonical(seq)).digest()
    mac = hmac.new(log_key, digest, hashlib.sha256).digest()
    db.execute(
        f"INSERT INTO access_log({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",  # noqa: S608
        (
            seq,
            entry.at,
            entry.user,
            entry.role,
            entry.responsible,
            entry.action,
            entry.person_ref,
            entry.case_ref,
            json.dumps(list(entry.record_ids)),
            entry.reason,
            entry.basis,
            int(entry.emergency),
            entry.workstation,
            entry.outcome,
            prev,
            digest,
            mac,
        ),
    )
    db.execute(
        "INSERT INTO meta(key, value) VALUES ('access_log_head', ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (f"{seq}:{digest.hex()}",),
    )
    return seq


def _row_to_entry(row: tuple[Any, ...]) -> LogEntry:
    ids = json.loads(str(row[8]))
    return LogEntry(
        seq=int(row[0]),
        at=str(row[1]),
        user=str(row[2]),
        role=str(row[3]),
        responsible=str(row[4]),
        action=str(row[5]),
        person_ref=row[6],
        case_ref=row[7],
        record_ids=tuple(str(i) for i in ids),
        reason=row[9],
        basis=row[10],
        emergency=bool(row[11]),
        workstation=str(row[12]),
        outcome=str(row[13]),
    )


@dataclass
class ChainReport:
    entries: int = 0
    first_bad: int | None = None
    problem: str = ""
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.first_bad is None


def verify_chain(db: Database, log_key: bytes, batch: int = 5000) -> ChainReport:
    """Walk the whole log; report the first entry that was edited, deleted, inserted or moved."""
    report = ChainReport()
    prev = GENESIS
    expected = 1
    for row in db.iterate(f"SELECT {_COLUMNS} FROM access_log ORDER BY seq", batch=batch):  # noqa: S608
        seq = int(row[0])
        if report.first_bad is None:
            problem = _check_row(row, seq, expected, prev, log_key)
            if problem:
                report.first_bad, report.problem = seq, problem
        prev = bytes(row[15])
        expected = seq + 1
        report.entries += 1
    head_seq, head_hash = _head(db)
    if report.first_bad is None and (head_seq != expected - 1 or (head_seq and head_hash != prev)):
        report.first_bad = expected
        report.problem = f"entries after #{expected - 1} were removed (the log head says #{head_seq})"
    return report


def _check_row(row: tuple[Any, ...], seq: int, expected: int, prev: bytes, log_key: bytes) -> str:
    if seq != expected:
        return f"entry #{expected} is missing (next is #{seq})" if seq > expected else f"entry #{seq} is out of order"
    if bytes(row[14]) != prev:
        return f"entry #{seq} does not chain to #{seq - 1} (deleted, inserted or reordered)"
    digest = hashlib.sha256(prev + _row_to_entry(row).canonical(seq)).digest()
    if digest != bytes(row[15]):
        return f"entry #{seq} was edited"
    if not hmac.compare_digest(hmac.new(log_key, digest, hashlib.sha256).digest(), bytes(row[16])):
        return f"entry #{seq} has an invalid MAC (written outside medunit)"
    return ""


@dataclass(frozen=True)
class LogFilter:
    person_ref: str | None = None
    case_refs: tuple[str, ...] = ()
    user: str | None = None
    since: str | None = None
    until: str | None = None
    refused_only: bool = False
    emergency_only: bool = False


def query(db: Database, flt: LogFilter, limit: int | None = None) -> Iterator[LogEntry]:
    where, params = [], []
    if flt.person_ref or flt.case_refs:
        parts = []
        if flt.person_ref:
            parts.append("person_ref = ?")
            params.append(flt.person_ref)
        if flt.case_refs:
            parts.append(f"case_ref IN ({','.join('?' * len(flt.case_refs))})")
            params.extend(flt.case_refs)
        where.append("(" + " OR ".join(parts) + ")")
    if flt.user:
        where.append("user_name = ?")
        params.append(flt.user)
    if flt.since:
        where.append("at >= ?")
        params.append(flt.since)
    if flt.until:
        where.append("at < ?")
        params.append(flt.until)
    if flt.refused_only:
        where.append("outcome = 'refused'")
    if flt.emergency_only:
        where.append("emergency = 1")
    sql = f"SELECT {_COLUMNS} FROM access_log"  # noqa: S608
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY seq"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    for row in db.execute(sql, tuple(params)).fetchall():
        yield _row_to_entry(row)


def entry_hash(db: Database, seq: int) -> bytes | None:
    row = db.execute("SELECT hash FROM access_log WHERE seq = ?", (seq,)).fetchone()
    return bytes(row[0]) if row else None


def head(db: Database) -> tuple[int, bytes]:
    """(seq, hash) of the newest entry, as the log head in ``meta`` records it."""
    return _head(db)

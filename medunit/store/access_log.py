"""The access log (NEN 7513-style): append-only, hash-chained, each transaction signed by its author.

hash_n = SHA-256(hash_{n-1} || canonical(entry_n)); mac_n = HMAC-SHA-256(log key, hash_n). The MAC key is
derived from the store's first data key and kept inside the encrypted database: it catches writes made
without the data key, but every role holds that key. What an insider cannot redo is the signature: the
last entry of each transaction carries the acting user's Ed25519 signature (``signer``, ``sig``) over the
chain head after it (see ``medunit.crypto.personal``), so editing, deleting or inserting an entry breaks
the signature of every later transaction, and re-signing needs every later author's key. The head (last
seq and hash) is kept in ``meta`` too, and outside the store in the rollback anchor.
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

from medunit.crypto.personal import LogSigner, head_signature_valid
from medunit.store.database import Database

GENESIS = b"\0" * 32
_COLUMNS = (
    "seq, at, user_name, role, responsible, action, person_ref, case_ref, record_ids, reason, basis, "
    "emergency, workstation, outcome, prev_hash, hash, mac"
)
_CANONICAL = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode
_SIGNED_COLUMNS = _COLUMNS + ", signer, sig"
_LAST = (
    "SELECT m.value, l.seq, l.hash, l.signer, l.sig FROM (SELECT 1) "
    "LEFT JOIN meta m ON m.key = 'access_log_head' "
    "LEFT JOIN (SELECT seq, hash, signer, sig FROM access_log ORDER BY seq DESC LIMIT 1) l"
)
ALARM = "log.alarm"  # an entry the append path writes when it finds a forged link (verify reports it)
REGISTERED = "log-key:"  # record-id prefix of the entry that registers a user's log key


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
        return _CANONICAL(
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
            ]
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


def append(db: Database, entry: LogEntry, log_key: bytes, signer: LogSigner | None = None, *, sign: bool = True) -> int:
    """Append inside the caller's transaction; returns the new entry's seq.

    ``signer`` is the acting session's log key. With ``sign`` (the transaction's last entry) its signature
    over the new head seals the whole transaction; earlier entries of the transaction pass ``sign=False``.
    Before building on a transaction signed with the same key that this signer did not sign (another
    process of the same user, or a forgery), its signature is checked: verification checks only the last
    transaction of each run by one key, so a run must never grow over a forged link."""
    # One read: the recorded head and the last row. A row planted past the head must not block logging
    # (append after it; verify names it); rows cut off the end leave a gap that verify names.
    head_text, row_seq, row_hash, row_signer, row_sig = db.execute(_LAST).fetchone()
    head_seq, prev = (
        (int(head_text[: head_text.index(":")]), bytes.fromhex(head_text[head_text.index(":") + 1 :]))
        if head_text
        else (0, GENESIS)
    )
    last_seq = max(head_seq, row_seq or 0)
    if signer is not None and row_signer == signer.key_id and row_seq != signer.signed_to:
        if not signer.own_signature_valid(row_seq, bytes(row_hash), bytes(row_sig or b"")):
            # Not refused (that would stop the privacy officer's verify too): recorded for good, inside
            # this user's own signed transaction, where verify names it.
            alarm = LogEntry(
                at=entry.at,
                user=entry.user,
                role=entry.role,
                responsible=entry.responsible,
                action=ALARM,
                outcome="refused",
                workstation=entry.workstation,
                reason=f"entry #{row_seq} claims the signature of {entry.user} but was not signed by them",
            )
            signer.signed_to = row_seq
            append(db, alarm, log_key, signer, sign=False)
            return append(db, entry, log_key, signer, sign=sign)
        signer.signed_to = row_seq
    seq = last_seq + 1
    digest = hashlib.sha256(prev + entry.canonical(seq)).digest()
    mac = hmac.new(log_key, digest, hashlib.sha256).digest()
    db.execute(
        f"INSERT INTO access_log({_SIGNED_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",  # noqa: S608
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
            signer.key_id if signer and sign else None,
            signer.sign_head(seq, digest) if signer and sign else None,
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
    signatures: int = 0  # transactions whose signature was checked structurally
    unsigned_before: int = 0  # entries written before signing began (``signed_from``)

    @property
    def ok(self) -> bool:
        return self.first_bad is None

    def fail(self, seq: int, problem: str) -> None:
        if self.first_bad is None:
            self.first_bad, self.problem = seq, problem


@dataclass(frozen=True)
class KnownKey:
    """A user's public log key as certified by the unit CA (the caller checks the certificate)."""

    user: str
    public: bytes
    since_seq: int


@dataclass
class _Run:
    """The newest signed transaction of the current run of transactions by one key."""

    seq: int
    digest: bytes
    sig: bytes
    key_id: str


class _Signatures:
    """Per-transaction signature checks during the chain walk.

    Every transaction is checked structurally (signed by a certified, registered key of the user who
    acted). The Ed25519 check runs on the last transaction of each run by the same key: its signature
    covers the head after it, and through the hash chain every entry before, so an earlier entry of the
    run cannot change without breaking it. A transaction of another key inside a run ends the run, so a
    forged transaction is always the end of a run and checked. (The append path keeps runs honest: a
    writer checks transactions signed with its own key that it did not write before it signs again.)"""

    def __init__(self, report: ChainReport, store_id: str, keys: dict[str, KnownKey], signed_from: int) -> None:
        self.report, self.store_id, self.keys, self.signed_from = report, store_id, keys, signed_from
        self.registered: dict[str, int] = {}
        self.txn_start = 0
        self.txn_users: set[str] = set()
        self.run: _Run | None = None

    def row(self, row: tuple[Any, ...], seq: int, digest: bytes) -> None:
        record_ids = row[8]
        if REGISTERED in record_ids:
            for rid in json.loads(record_ids):
                if str(rid).startswith(REGISTERED):
                    self.registered.setdefault(str(rid)[len(REGISTERED) :], seq)
        if seq < self.signed_from:
            self.report.unsigned_before += 1
            return
        if not self.txn_start:
            self.txn_start = seq
        if row[3] != "-":  # failed unlock attempts are recorded by the next unlock, under their own name
            self.txn_users.add(row[2])
        key_id, sig = row[17], row[18]
        if key_id is None:
            return
        self._transaction(seq, digest, str(key_id), bytes(sig) if sig is not None else b"")
        self.txn_start, self.txn_users = 0, set()

    def _transaction(self, seq: int, digest: bytes, key_id: str, sig: bytes) -> None:
        report = self.report
        report.signatures += 1
        key = self.keys.get(key_id)
        if key is None:
            report.fail(seq, f"entry #{seq} is signed with an unknown key {key_id} (not certified by the unit CA)")
            return
        if self.registered.get(key_id, seq + 1) > seq or key.since_seq >= seq:
            report.fail(seq, f"entry #{seq} is signed with a key of {key.user} not yet issued at that point")
            return
        others = self.txn_users - {key.user}
        if others:
            names = ", ".join(sorted(others))
            report.fail(self.txn_start, f"entry #{self.txn_start} names {names} but is signed by {key.user}")
            return
        if self.run is not None and self.run.key_id != key_id:
            self.check_run()
        self.run = _Run(seq, digest, sig, key_id)

    def check_run(self) -> None:
        run = self.run
        if run is None:
            return
        key = self.keys[run.key_id]
        if not head_signature_valid(key.public, self.store_id, run.seq, run.digest, run.sig):
            self.report.fail(
                run.seq,
                f"entry #{run.seq}: the signature of {key.user} does not match "
                "(this entry or one before it was changed after it was signed)",
            )

    def finish(self, last_seq: int) -> None:
        self.check_run()
        if self.txn_start:
            self.report.fail(
                self.txn_start, f"entries #{self.txn_start}–#{last_seq} are not signed (written outside medunit)"
            )


def verify_chain(
    db: Database,
    log_key: bytes,
    batch: int = 5000,
    *,
    store_id: str = "",
    keys: dict[str, KnownKey] | None = None,
    signed_from: int | None = None,
) -> ChainReport:
    """Walk the whole log; report the first entry that was edited, deleted, inserted or moved, and (when
    ``signed_from`` is given) the first transaction whose signature is missing, foreign or broken."""
    report = ChainReport()
    prev = GENESIS
    expected = 1
    signatures = None if signed_from is None else _Signatures(report, store_id, keys or {}, signed_from)
    sha256, mac_of, digestmod = hashlib.sha256, hmac.digest, "sha256"
    loads, canonical = json.loads, _CANONICAL
    for row in db.iterate(f"SELECT {_SIGNED_COLUMNS} FROM access_log ORDER BY seq", batch=batch):  # noqa: S608
        seq = row[0]
        stored = row[15]
        if report.first_bad is None:
            problem = ""
            if seq != expected:
                problem = (
                    f"entry #{expected} is missing (next is #{seq})"
                    if seq > expected
                    else f"entry #{seq} is out of order"
                )
            elif row[14] != prev:
                problem = f"entry #{seq} does not chain to #{seq - 1} (deleted, inserted or reordered)"
            else:
                ids = row[8]
                body = canonical(
                    [
                        seq,
                        row[1],
                        row[2],
                        row[3],
                        row[4],
                        row[5],
                        row[6],
                        row[7],
                        [] if ids == "[]" else loads(ids),
                        row[9],
                        row[10],
                        bool(row[11]),
                        row[12],
                        row[13],
                    ]
                ).encode()
                if sha256(prev + body).digest() != stored:
                    problem = f"entry #{seq} was edited"
                elif not hmac.compare_digest(mac_of(log_key, stored, digestmod), row[16]):
                    problem = f"entry #{seq} has an invalid MAC (written outside medunit)"
                elif row[5] == ALARM:
                    problem = f"{row[9]} (found at #{seq})"
            if problem:
                report.fail(seq, problem)
            elif signatures is not None:
                signatures.row(row, seq, stored)
        prev = stored
        expected = seq + 1
        report.entries += 1
    if signatures is not None and report.first_bad is None:
        signatures.finish(expected - 1)
    head_seq, head_hash = _head(db)
    if report.first_bad is None and (head_seq != expected - 1 or (head_seq and head_hash != prev)):
        report.first_bad = expected
        report.problem = f"entries after #{expected - 1} were removed (the log head says #{head_seq})"
    return report


def signed_since(db: Database, key_id: str, seq: int) -> list[tuple[int, bytes, bytes]]:
    """(seq, hash, signature) of the transactions after ``seq`` signed with ``key_id``."""
    rows = db.execute(
        "SELECT seq, hash, sig FROM access_log WHERE seq > ? AND signer = ? ORDER BY seq", (seq, key_id)
    ).fetchall()
    return [(int(r[0]), bytes(r[1]), bytes(r[2] or b"")) for r in rows]


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

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
from json.encoder import encode_basestring
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from medunit.crypto import log_signatures
from medunit.crypto.personal import LogSigner
from medunit.store.database import Database

GENESIS = b"\0" * 32
_COLUMNS = (
    "seq, at, user_name, role, responsible, action, person_ref, case_ref, record_ids, reason, basis, "
    "emergency, workstation, outcome, prev_hash, hash, mac"
)
_CANONICAL = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode
_STR = encode_basestring  # the C string encoder the canonical form (ensure_ascii=False) uses


def _opt(value: str | None) -> str:
    return "null" if value is None else _STR(value)


def _form(
    seq: int,
    ids: str,
    at: str,
    user: str,
    role: str,
    responsible: str,
    action: str,
    person_ref: str | None,
    case_ref: str | None,
    reason: str | None,
    basis: str | None,
    emergency: bool,
    workstation: str,
    outcome: str,
) -> bytes:
    """The canonical form from its fields, ``ids`` already in compact JSON: the one f-string both
    ``LogEntry.canonical`` (each append) and ``_canonical_row`` (`audit verify`) build, the strings through
    the C encoder the canonical form uses (tests/unit/test_log_canonical.py checks it byte for byte against
    ``_CANONICAL`` over hostile text)."""
    return (
        f"[{seq},{_STR(at)},{_STR(user)},{_STR(role)},{_STR(responsible)},{_STR(action)},{_opt(person_ref)},"
        f"{_opt(case_ref)},{ids},{_opt(reason)},{_opt(basis)},{'true' if emergency else 'false'},"
        f"{_STR(workstation)},{_STR(outcome)}]"
    ).encode()


def _canonical_row(row: tuple[Any, ...]) -> bytes:
    """``LogEntry.canonical`` computed straight from a stored row, byte for byte, about 9x faster (it is
    most of `audit verify`'s time at 1M entries). record_ids is stored as ``json.dumps(list)``: without
    escapes its compact form is a plain replacement of the separator; with escapes it is re-encoded."""
    ids = row[8]
    compact = ids.replace('", "', '","') if "\\" not in ids else _CANONICAL(json.loads(ids))
    return _form(row[0], compact, *row[1:8], *row[9:14])


_SIGNED_COLUMNS = _COLUMNS + ", signer, sig"
_LAST = "SELECT seq, hash, signer, sig FROM access_log ORDER BY seq DESC LIMIT 1"
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
        """The bytes the chain hashes: the JSON array of ``seq`` and the fields, compact, not ASCII-escaped.
        Built by ``_form`` (2 µs less per append than the JSON encoder); an entry holding anything but the
        declared types (never written by medunit) goes through the encoder itself, as before."""
        fields = (self.at, self.user, self.role, self.responsible, self.action, self.person_ref, self.case_ref)
        if type(seq) is int and type(self.emergency) is bool and all(type(i) is str for i in self.record_ids):
            try:
                ids = "[" + ",".join(map(_STR, self.record_ids)) + "]"
                return _form(seq, ids, *fields, self.reason, self.basis, self.emergency, self.workstation, self.outcome)
            except TypeError:  # a field that is not str (or None where allowed)
                pass
        rest = (self.reason, self.basis, self.emergency, self.workstation, self.outcome)
        return _CANONICAL([seq, *fields, list(self.record_ids), *rest]).encode()


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
    # One read: the last row. (The head recorded in ``meta`` is moved at unlock, lock and exit by
    # ``mark_head``, not here: a write per append cost more than the rest of a logged read.)
    row_seq, row_hash, row_signer, row_sig = db.execute(_LAST).fetchone() or (0, GENESIS, None, None)
    last_seq, prev = row_seq, bytes(row_hash)
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
    mac = hmac.digest(log_key, digest, "sha256")
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
    db.log_rows += 1  # a transaction that changed only log rows is a read: its commit may wait for its fsync
    return seq


def mark_head(db: Database) -> tuple[int, bytes]:
    """Record the current last entry as the log head in ``meta`` (inside the caller's transaction), so a
    later verify names entries cut off after it; returns it."""
    seq, digest = last_entry(db)
    db.execute(
        "INSERT INTO meta(key, value) VALUES ('access_log_head', ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (f"{seq}:{digest.hex()}",),
    )
    return seq, digest


def last_entry(db: Database) -> tuple[int, bytes]:
    """(seq, hash) of the newest entry in the table ((0, GENESIS) for an empty log)."""
    row = db.execute("SELECT seq, hash FROM access_log ORDER BY seq DESC LIMIT 1").fetchone()
    return (int(row[0]), bytes(row[1])) if row else (0, GENESIS)


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
    signature_checks: int = 0  # Ed25519 checks: the last transaction of each run of transactions by one key
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


def verify_chain(
    db: Database,
    log_key: bytes,
    batch: int = 5000,
    *,
    store_id: str = "",
    keys: dict[str, KnownKey] | None = None,
    signed_from: int | None = None,
    workers: int | None = None,
) -> ChainReport:
    """Walk the whole log; report the first entry that was edited, deleted, inserted or moved, and (when
    ``signed_from`` is given) the first transaction whose signature is missing, foreign or broken.

    Every transaction from ``signed_from`` on is checked for its signer: a key the unit CA certified,
    registered in the log (``log-key:<id>`` in an entry's record ids) before it signs, and belonging to the
    user every entry of the transaction names. The Ed25519 check runs on the last transaction of each run
    of transactions by one key: its signature covers the head after it and, through the hash chain, every
    entry before it, so no entry of the run can change without breaking it; a transaction of another key
    ends a run, so a forged one is always checked. (The append path keeps runs honest: a writer checks a
    transaction signed with its own key that it did not write before it signs after it.) At 1M entries
    this is what keeps ``audit verify`` within seconds: one Ed25519 check per run, not per transaction.
    Where users interleave (the unit server) nearly every transaction ends a run: the checks then run in
    ``workers`` processes (default: one per core, see ``medunit.crypto.log_signatures``)."""
    report = ChainReport()
    fail = report.fail
    prev = GENESIS
    expected = 1
    keys = keys or {}
    checking = signed_from is not None
    since = signed_from if signed_from is not None else 0
    # The MAC (key in the database) adds nothing where signatures hold: only writers with the data key can
    # write at all. It is checked on the part of the log written before signing began.
    mac_until = since if checking else 1 << 62
    registered: dict[str, int] = {}
    run_ends: list[tuple[int, bytes, bytes, str]] = []  # (seq, head, signature, key id) of each run's last
    run_key: str | None = None
    run_end: tuple[int, bytes, bytes, str] | None = None
    txn_start, txn_user, txn_others = 0, "", ""
    sha256, mac_of, digestmod = hashlib.sha256, hmac.digest, "sha256"
    loads = json.loads
    head_seq, head_hash = _head(db)
    at_head = GENESIS
    for row in db.iterate(f"SELECT {_SIGNED_COLUMNS} FROM access_log ORDER BY seq", batch=batch):  # noqa: S608
        seq = row[0]
        stored = row[15]
        if report.first_bad is None:
            ids = row[8]
            if seq != expected:
                fail(
                    seq,
                    f"entry #{expected} is missing (next is #{seq})"
                    if seq > expected
                    else f"entry #{seq} is out of order",
                )
            elif row[14] != prev:
                fail(seq, f"entry #{seq} does not chain to #{seq - 1} (deleted, inserted or reordered)")
            elif sha256(prev + _canonical_row(row)).digest() != stored:
                fail(seq, f"entry #{seq} was edited")
            elif seq < mac_until and not hmac.compare_digest(mac_of(log_key, stored, digestmod), row[16]):
                fail(seq, f"entry #{seq} has an invalid MAC (written outside medunit)")
            elif row[5] == ALARM:
                fail(seq, f"{row[9]} (found at #{seq})")
            elif checking:
                if REGISTERED in ids:
                    for rid in loads(ids):
                        if str(rid).startswith(REGISTERED):
                            registered.setdefault(str(rid)[len(REGISTERED) :], seq)
                if seq >= since:
                    if not txn_start:
                        txn_start, txn_user, txn_others = seq, "", ""
                    if row[3] != "-":  # failed unlocks are recorded by the next unlock under their own name
                        if not txn_user:
                            txn_user = row[2]
                        elif row[2] != txn_user:
                            txn_others = row[2]
                    kid = row[17]
                    if kid is not None:
                        key = keys.get(kid)
                        if key is None:
                            fail(
                                seq, f"entry #{seq} is signed with an unknown key {kid} (not certified by the unit CA)"
                            )
                        elif registered.get(kid, seq + 1) > seq or key.since_seq >= seq:
                            fail(seq, f"entry #{seq} is signed with a key of {key.user} not yet issued at that point")
                        elif txn_others or (txn_user and txn_user != key.user):
                            named = txn_others if txn_user == key.user else txn_user
                            fail(txn_start, f"entry #{txn_start} names {named} but is signed by {key.user}")
                        else:
                            if run_key != kid and run_end is not None:
                                run_ends.append(run_end)
                            run_key, run_end = kid, (seq, stored, row[18] or b"", kid)
                            report.signatures += 1
                        txn_start = 0
                else:
                    report.unsigned_before += 1
        prev = stored
        if seq == head_seq:
            at_head = stored
        expected = seq + 1
        report.entries += 1
    if checking and report.first_bad is None:
        if run_end is not None:
            run_ends.append(run_end)
        checks = [(keys[kid].public, seq, bytes(digest), bytes(sig)) for seq, digest, sig, kid in run_ends]
        report.signature_checks = len(checks)
        bad = log_signatures.first_invalid(store_id, checks, workers=workers)
        if bad is not None:
            seq, _digest, _sig, kid = run_ends[bad]
            fail(
                seq,
                f"entry #{seq}: the signature of {keys[kid].user} does not match "
                "(this entry or one before it was changed after it was signed)",
            )
        if txn_start:
            fail(txn_start, f"entries #{txn_start}–#{expected - 1} are not signed (written outside medunit)")
    if report.first_bad is None and head_seq > expected - 1:
        fail(expected, f"entries after #{expected - 1} were removed (the log head says #{head_seq})")
    elif report.first_bad is None and head_seq and at_head != head_hash:
        fail(head_seq, f"entry #{head_seq} differs from the recorded log head (rewritten)")
    return report


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
    """(seq, hash) of the newest entry."""
    return last_entry(db)

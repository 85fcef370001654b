"""Access-log entries of a session on a read-only store, kept on this workstation until the store is writable.

Every read writes its access-log entry (NEN 7513), and the log lives inside the store. A store on read-only
media (a read-only mount, a write-protected stick, files this user may not write) cannot take that entry,
so the entries of such a session go to a *pending log* in this workstation's own data folder
(``<data home>/pending-log/<store id>.log``), one file per store. Each entry is written, and fsynced, before
the data it records is shown: no read without its entry on disk.

The file lies outside the encrypted store, so each line is sealed with AES-256-GCM under a key derived from
the store's data key: a reader of the file learns nothing (not even who read which case), and whoever lacks
the data key cannot write a line that opens. The line's number and the store id are the associated data, so
lines cannot be reordered, copied between stores, or removed from the middle unnoticed; the keychain keeps
how many lines were written (like ``unlock_attempts``), so a deleted file or cut-off end is noticed too.

At the next unlock of the store on writable media the entries move into the real access log in one
transaction, marked as recorded while the store was read-only, and the file is removed. A line that does not
open, or a gap in the numbering, is reported as a refused ``log.alarm`` entry, never silently dropped.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from pathlib import Path

from medunit.config.paths import data_home
from medunit.crypto.aead import DecryptionFailed, open_sealed, seal
from medunit.crypto.workstation import read_note, write_note
from medunit.store.access_log import ALARM, LogEntry

FOLDER = "pending-log"
#: Appended to the reason of every entry moved into the access log from a pending log.
SUFFIX = "recorded while the store was read-only"
ALTERED = "pending log altered: {count} line(s) do not open or are missing"


def path_for(store_id: str) -> Path:
    return data_home() / FOLDER / f"{store_id}.log"


def _key(data_key: bytes, store_id: str) -> bytes:
    return hmac.new(data_key, b"medunit-pending-log\0" + store_id.encode(), hashlib.sha256).digest()


def _aad(store_id: str, number: int) -> bytes:
    return f"medunit-pending-log\0{store_id}\0{number}".encode()


def _note(store_id: str) -> str:
    return f"pending-log/{store_id}"


def _recorded(store_id: str) -> int:
    """How many lines this workstation wrote since the last move into the access log (0: no keychain)."""
    text = read_note(_note(store_id)) or ""
    return int(text) if text.isdigit() else 0


def _lines(path: Path) -> list[bytes]:
    try:
        return path.read_bytes().splitlines()
    except FileNotFoundError:
        return []


def record(data_key: bytes, store_id: str, entry: LogEntry) -> None:
    """Append ``entry`` (sealed) and fsync it; an ``OSError`` propagates, so the read it records fails too."""
    path = path_for(store_id)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    number = len(_lines(path)) + 1
    blob = seal(_key(data_key, store_id), entry.canonical(number), _aad(store_id, number))
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | os.O_NOFOLLOW, 0o600)
    try:
        os.fchmod(fd, 0o600)  # a file planted there with a wider mode does not stay readable by others
        os.write(fd, base64.b64encode(blob) + b"\n")
        os.fsync(fd)
    finally:
        os.close(fd)
    write_note(_note(store_id), str(max(number, _recorded(store_id))))


def _entry(fields: list[object]) -> LogEntry:
    """A ``LogEntry`` back from its canonical form (see ``LogEntry.canonical``), marked as pending."""
    _n, at, user, role, responsible, action, person, case, ids, reason, basis, emergency, ws, outcome = fields
    return LogEntry(
        at=str(at),
        user=str(user),
        role=str(role),
        responsible=str(responsible),
        action=str(action),
        outcome=str(outcome),
        workstation=str(ws),
        person_ref=None if person is None else str(person),
        case_ref=None if case is None else str(case),
        record_ids=tuple(str(i) for i in ids) if isinstance(ids, list) else (),
        reason=f"{reason}; {SUFFIX}" if reason else SUFFIX,
        basis=None if basis is None else str(basis),
        emergency=bool(emergency),
    )


def take(data_key: bytes, store_id: str, workstation: str, now: str) -> list[LogEntry]:
    """The pending entries of ``store_id`` in order, with one refused alarm entry at the end when lines do
    not open or are missing. The file stays until ``done``: entries are only gone once in the access log."""
    key = _key(data_key, store_id)
    entries: list[LogEntry] = []
    lines = _lines(path_for(store_id))
    bad = max(0, _recorded(store_id) - len(lines))  # a deleted file or a cut-off end
    for number, raw in enumerate(lines, start=1):
        try:
            fields = json.loads(open_sealed(key, base64.b64decode(raw, validate=True), _aad(store_id, number)))
            entries.append(_entry(fields))
        except (DecryptionFailed, ValueError, TypeError):
            bad += 1
    if bad:
        entries.append(
            LogEntry(
                at=now,
                user="?",
                role="-",
                responsible="?",
                action=ALARM,
                outcome="refused",
                workstation=workstation,
                reason=ALTERED.format(count=bad),
                basis="pending log",
            )
        )
    return entries


def done(store_id: str) -> None:
    """The pending entries are in the access log: remove the file and the keychain's count."""
    path_for(store_id).unlink(missing_ok=True)
    write_note(_note(store_id), None)

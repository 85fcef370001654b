"""Failed unlocks, kept beside the store until the next successful unlock writes them into the access log.

A failed unlock has no key, so it cannot write the encrypted log; it appends one line (time, attempted
user name, workstation, why) to ``unlock-attempts.jsonl`` in the store folder. The lines name no health
data. The next unlock moves them into the access log as refused ``session.unlock`` entries and removes
the file, so denied attempts are logged like every other refusal.

The file lies in a folder users may write to, so someone guessing passphrases could remove the trace
(and with it the growing delay) or invent attempts by others. Each line written on a workstation with a
keychain therefore carries its number on that workstation and a MAC under a key derived from the
workstation secret, chained to the previous line from the same workstation; the keychain keeps the last
number and MAC (the *head*). At the next unlock there, a line whose MAC fails, a gap in the chain, or a
file shorter than the head is reported — as a refused entry in the access log, like the attempts.
Lines from another workstation (a shared, unbound store) are logged but cannot be checked there.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from dataclasses import dataclass
from pathlib import Path

from medunit.crypto.workstation import Workstation, read_note, write_note

FILE_NAME = "unlock-attempts.jsonl"
MAX_NAME = 64
MAX_LINES = 10_000  # a flood of attempts cannot grow the file without bound
FORGED = "forged or altered line in the unlock-attempts file"
UNREADABLE = "unreadable line in unlock-attempts file"
UNCHECKED = " (recorded on another workstation or without a keychain; not verified)"


@dataclass(frozen=True)
class Attempt:
    at: str
    user: str
    workstation: str
    why: str


def _recorded(store_id: str) -> int:
    """How many lines this workstation has written since the store's last successful unlock here."""
    text = read_note(_note(store_id)) or ""
    return int(text) if text.isdigit() else 0


def _note(store_id: str) -> str:
    return f"unlock-attempts/{store_id}"


def _key(ws: Workstation, store_id: str) -> bytes:
    return hmac.new(ws.secret, b"unlock-attempts\0" + store_id.encode(), hashlib.sha256).digest()


def _mac(key: bytes, fields: dict[str, object]) -> str:
    body = json.dumps(fields, sort_keys=True, ensure_ascii=True).encode()
    return hmac.new(key, body, hashlib.sha256).hexdigest()


def record(root: Path, attempt: Attempt, ws: Workstation | None = None, store_id: str = "") -> None:
    path = root / FILE_NAME
    try:
        if path.exists() and path.stat().st_size > MAX_LINES * 400:
            return
        fields: dict[str, object] = {
            "at": attempt.at,
            "user": attempt.user[:MAX_NAME],
            "workstation": attempt.workstation,
            "why": attempt.why,
        }
        number = 0
        if ws is not None:
            number = _recorded(store_id) + 1
            fields["n"] = number
            fields["mac"] = _mac(_key(ws, store_id), fields)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | os.O_NOFOLLOW, 0o600)
        try:
            os.write(fd, (json.dumps(fields, sort_keys=True) + "\n").encode())
            os.fsync(fd)
        finally:
            os.close(fd)
        if number:
            write_note(_note(store_id), str(number))
    except OSError:
        return  # a read-only store folder (or a planted symlink) must not turn a wrong passphrase into another error


def count(root: Path, store_id: str = "") -> int:
    """Failed unlocks since the last successful one: the file's lines, or the keychain's head when the
    file was shortened (deleting it does not reset the growing delay)."""
    try:
        with (root / FILE_NAME).open("rb") as fh:
            lines = sum(1 for _ in fh)
    except OSError:
        lines = 0
    return max(lines, _recorded(store_id)) if store_id else lines


def take(root: Path, ws: Workstation | None = None, store_id: str = "", check_deleted: bool = True) -> list[Attempt]:
    """Read and remove the recorded attempts; damaged, forged and missing lines are reported as such,
    never dropped. ``check_deleted`` compares with the keychain's head (only meaningful when every
    successful unlock of this store happens on this workstation, i.e. a bound store)."""
    path = root / FILE_NAME
    claimed = path.with_name(FILE_NAME + ".taking")
    raw_lines: list[str] = []
    if path.exists():
        os.replace(path, claimed)
        raw_lines = claimed.read_text(encoding="utf-8", errors="replace").splitlines()
    key = _key(ws, store_id) if ws is not None else b""
    last = 0 if check_deleted else -1  # -1: a shared store's numbering may start anywhere
    attempts = []
    for raw in raw_lines:
        try:
            obj = json.loads(raw)
            attempt = Attempt(str(obj["at"]), str(obj["user"])[:MAX_NAME], str(obj["workstation"]), str(obj["why"]))
        except (ValueError, KeyError, TypeError):
            attempts.append(Attempt("", "?", "?", UNREADABLE))
            continue
        if ws is None or attempt.workstation != ws.workstation_id:
            attempts.append(Attempt(attempt.at, attempt.user, attempt.workstation, attempt.why + UNCHECKED))
            continue
        fields = {k: obj.get(k) for k in ("at", "user", "workstation", "why", "n")}
        number = obj.get("n")
        if not isinstance(number, int) or not hmac.compare_digest(str(obj.get("mac")), _mac(key, fields)):
            attempts.append(Attempt(attempt.at, attempt.user, attempt.workstation, FORGED))
            continue
        if last >= 0 and number > last + 1:
            attempts.append(Attempt("", "?", ws.workstation_id, _deleted(number - last - 1)))
        last = max(last, number)
        attempts.append(attempt)
    if ws is not None and check_deleted and _recorded(store_id) > last:
        attempts.append(Attempt("", "?", ws.workstation_id, _deleted(_recorded(store_id) - last)))
    return attempts


def _deleted(lines: int) -> str:
    return f"{lines} line(s) deleted from the unlock-attempts file"


def done(root: Path, store_id: str) -> None:
    """The attempts are in the access log: remove the claimed file and start this workstation's count anew."""
    (root / (FILE_NAME + ".taking")).unlink(missing_ok=True)
    write_note(_note(store_id), None)

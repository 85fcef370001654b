"""Failed unlocks, kept beside the store until the next successful unlock writes them into the access log.

A failed unlock has no key, so it cannot write the encrypted log; it appends one line (time, attempted
user name, workstation, why) to ``unlock-attempts.jsonl`` in the store folder. The lines name no health
data. The next unlock moves them into the access log as refused ``session.unlock`` entries and removes
the file, so denied attempts are logged like every other refusal.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

FILE_NAME = "unlock-attempts.jsonl"
MAX_NAME = 64
MAX_LINES = 10_000  # a flood of attempts cannot grow the file without bound


@dataclass(frozen=True)
class Attempt:
    at: str
    user: str
    workstation: str
    why: str


def record(root: Path, attempt: Attempt) -> None:
    path = root / FILE_NAME
    try:
        if path.exists() and path.stat().st_size > MAX_LINES * 300:
            return
        line = json.dumps(
            {"at": attempt.at, "user": attempt.user[:MAX_NAME], "workstation": attempt.workstation, "why": attempt.why}
        )
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            os.write(fd, (line + "\n").encode())
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:
        return  # a read-only store folder must not turn a wrong passphrase into another error


def count(root: Path) -> int:
    try:
        with (root / FILE_NAME).open("rb") as fh:
            return sum(1 for _ in fh)
    except OSError:
        return 0


def take(root: Path) -> list[Attempt]:
    """Read and remove the recorded attempts (malformed lines are reported as such, never dropped)."""
    path = root / FILE_NAME
    if not path.exists():
        return []
    claimed = path.with_name(FILE_NAME + ".taking")
    os.replace(path, claimed)
    attempts = []
    for raw in claimed.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            obj = json.loads(raw)
            attempts.append(
                Attempt(str(obj["at"]), str(obj["user"])[:MAX_NAME], str(obj["workstation"]), str(obj["why"]))
            )
        except (ValueError, KeyError, TypeError):
            attempts.append(Attempt("", "?", "?", "unreadable line in unlock-attempts file"))
    return attempts


def done(root: Path) -> None:
    (root / (FILE_NAME + ".taking")).unlink(missing_ok=True)

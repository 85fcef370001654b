"""Child process for crash and backup tests: adds health entries, one per transaction, until killed.

Usage: python -m tests.support.writer STORE USER PASSPHRASE CASE [PAUSE_MS]
Prints "<entry id> <marker>" after each commit, so the parent knows what was committed before the kill.

Without PAUSE_MS it commits back to back (the crash tests want the kill to land inside a write). With it, it
waits that long after each commit, as a workstation whose user saves one entry after another does: SQLite
gives the write lock to whoever asks when it is free, with no queue, so a process that commits back to back
holds it nearly all the time and another process's write (a backup's log entry) can miss every gap of its
5 s busy wait when the machine is loaded. That is the store's "busy, try again", not what a backup test
is about.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from medunit.config.policy import load_policy
from medunit.services import records, stores


def main() -> None:
    root, user, passphrase, case = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
    pause = int(sys.argv[5]) / 1000 if len(sys.argv) > 5 else 0.0
    session = stores.unlock(root, user, passphrase, load_policy())
    n = 0
    while True:
        marker = f"crash-{n}"
        entry_id = records.add_entry(session, case, "note", f"Notitie {marker} " + "x" * (n % 2000))
        print(entry_id, marker, flush=True)
        n += 1
        if pause:
            time.sleep(pause)


if __name__ == "__main__":
    main()

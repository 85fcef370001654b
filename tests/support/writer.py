"""Child process for crash tests: adds health entries, one per transaction, until killed.

Usage: python -m tests.support.writer STORE USER PASSPHRASE CASE
Prints "<entry id> <marker>" after each commit, so the parent knows what was committed before the kill.
"""

from __future__ import annotations

import sys
from pathlib import Path

from medunit.config.policy import load_policy
from medunit.services import records, stores


def main() -> None:
    root, user, passphrase, case = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
    session = stores.unlock(root, user, passphrase, load_policy())
    n = 0
    while True:
        marker = f"crash-{n}"
        entry_id = records.add_entry(session, case, "note", f"Notitie {marker} " + "x" * (n % 2000))
        print(entry_id, marker, flush=True)
        n += 1


if __name__ == "__main__":
    main()

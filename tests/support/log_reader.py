"""Child process for the read-entry durability test: unlocks, reads one case, reports, then waits to be killed.

Usage: python -m tests.support.log_reader STORE USER PASSPHRASE CASE_REF
Prints, once ``records.get_case`` returned, the seq of the newest access-log entry and whether its fsync
was still waiting (the grouped flush, ``store.read_log_flush_ms``), then sleeps until the parent kills it.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from medunit.config.policy import load_policy
from medunit.services import records, stores
from medunit.store import access_log


def main() -> None:
    root, user, passphrase, ref = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
    session = stores.unlock(root, user, passphrase, load_policy())
    db = session.vault.db
    wal = db.wal_sync
    assert wal is not None
    wal.delay = 3600.0  # from the next round on, only this read's own commit could have synced it
    while wal.pending():  # the unlock's own read-only commits: let their round finish first
        time.sleep(0.005)
    records.get_case(session, ref)
    seq, _ = access_log.last_entry(db)
    print(seq, "waiting" if wal.pending() else "synced", flush=True)
    time.sleep(600)


if __name__ == "__main__":
    main()

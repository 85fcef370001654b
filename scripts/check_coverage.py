"""Fail the test run when a security-critical module loses full line or branch coverage.

After qutebrowser's scripts/dev/check_coverage.py: the files in PERFECT_FILES guard keys, the store,
the access log and permissions; every line and branch of them must be exercised by the suite.
"""

from __future__ import annotations

import sys
from pathlib import Path

import coverage

ROOT = Path(__file__).resolve().parents[1]

PERFECT_FILES = [
    "medunit/crypto/aead.py",
    "medunit/crypto/atomic.py",
    "medunit/crypto/envelope.py",
    "medunit/crypto/kdf.py",
    "medunit/crypto/keyslots.py",
    "medunit/crypto/page_hmac.py",
    "medunit/crypto/personal.py",
    "medunit/crypto/log_signatures.py",
    "medunit/crypto/recovery_code.py",
    "medunit/crypto/workstation.py",
    "medunit/store/vault.py",
    "medunit/store/access_log.py",
    "medunit/store/anchor.py",
    "medunit/store/content.py",
    "medunit/store/log_keys.py",
    "medunit/store/schema.py",
    "medunit/store/users.py",
    "medunit/services/guard.py",
    "medunit/services/personal_keys.py",
    "medunit/services/rollback.py",
    "medunit/services/sealing.py",
    "medunit/domain/permissions.py",
    "medunit/domain/roles.py",
    "medunit/domain/confidentiality.py",
    "medunit/services/confidentiality.py",
    "medunit/store/acknowledgements.py",
    "medunit/store/teams.py",
    "medunit/domain/text.py",
    "medunit/store/unlock_attempts.py",
    "medunit/store/pending_log.py",
    "medunit/export/pades.py",
    # the unit server: the network guard, the one connect path, the server's connection, schema, rules and logins
    "medunit/netguard.py",
    "medunit/store/pg/url.py",
    "medunit/store/pg/connect.py",
    "medunit/store/pg/database.py",
    "medunit/store/pg/ddl.py",
    "medunit/store/pg/logins.py",
    "medunit/store/pg/vault.py",
    # the move to the server: the access log copied and compared row by row, and one-time sign-in codes
    "medunit/store/pg/copy.py",
    "medunit/store/pg/signin.py",
    # optimistic locking: a stale edit never overwrites (issue 12 point 4)
    "medunit/store/rowlock.py",
]


def main() -> int:
    cov = coverage.Coverage(data_file=str(ROOT / ".coverage"))
    cov.load()
    failures = []
    for rel in PERFECT_FILES:
        path = str(ROOT / rel)
        analysis = cov._analyze(path)
        numbers = analysis.numbers
        missing_lines = sorted(analysis.missing)
        missing_branches = numbers.n_missing_branches + numbers.n_partial_branches
        if missing_lines or missing_branches:
            failures.append(f"{rel}: lines not run {missing_lines}, partial branches {missing_branches}")
    if failures:
        print("check_coverage: security-critical files below 100 % line+branch coverage:")
        for line in failures:
            print("  " + line)
        return 1
    print(f"check_coverage: {len(PERFECT_FILES)} security-critical files at 100 % line and branch coverage")
    return 0


if __name__ == "__main__":
    sys.exit(main())

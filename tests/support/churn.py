"""Child process for crash tests: changes passphrases or adds/removes users in a loop until killed.

Usage: python -m tests.support.churn STORE passwd|users
Prints one line per finished operation so the parent can kill it at random points in between.
"""

from __future__ import annotations

import sys
from pathlib import Path

from medunit.config.policy import load_policy
from medunit.services import admin, stores

P1 = "correct horse battery staple"
P2 = "second passphrase for alice"


def main() -> None:
    root, mode = Path(sys.argv[1]), sys.argv[2]
    policy = load_policy()
    try:
        session, current = stores.unlock(root, "alice", P1, policy), P1
    except Exception:
        session, current = stores.unlock(root, "alice", P2, policy), P2
    n = 0
    while True:
        if mode == "passwd":
            current = P2 if current == P1 else P1
            admin.change_passphrase(session, current)
        else:
            name = f"bob{n % 3}"
            if any(u.name == name for u in admin.list_users(session)):
                admin.remove_user(session, name)
            else:
                admin.add_user(session, name, "unit-staff", "bobs passphrase 1")
        n += 1
        print(n, flush=True)


if __name__ == "__main__":
    main()

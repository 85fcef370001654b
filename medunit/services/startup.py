"""What the first window needs before anything heavy is imported.

The unlock window only has to know whether the folder holds a store and how many unlocks failed since
the last success; both read plain files. Keeping this module free of crypto, keyring and SQLCipher
imports lets the GUI paint that window first and load the rest while the user types (issue 15:
cold start within 1.3x a bare PySide6 window)."""

from __future__ import annotations

from pathlib import Path

from medunit.errors import StoreNotFoundError
from medunit.store import unlock_attempts
from medunit.store.layout import Layout


def store_exists(root: Path) -> bool:
    try:
        Layout(root).check_exists()
    except (StoreNotFoundError, OSError):
        return False
    return True


def failed_unlocks(root: Path) -> int:
    """Failed unlocks since the last successful one (so a restart does not reset the growing delay)."""
    return unlock_attempts.count(root)

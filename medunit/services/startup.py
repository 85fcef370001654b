"""What the unlock window needs before it is shown, without the store stack.

The window has to know whether the folder holds a store; once painted, how many unlocks failed since
the last success (the hold-back, from the key-slot file and a keychain note). Neither reads the database.
This module imports nothing heavy at the top (no SQLCipher, crypto, keychain, store code, guard or
export stack), so the GUI paints the window first and imports the rest while the user types (issue 15:
cold start close to a bare PySide6 window)."""

from __future__ import annotations

from pathlib import Path

from medunit.errors import StorageError, StoreNotFoundError
from medunit.store.layout import Layout


def desktop_folder(location: Path | str) -> Path:
    """The store folder the desktop window opens. A unit server's URL is not opened by the window in this
    version (medunit-admin and the services are): the user is told so in words."""
    if isinstance(location, str) and "://" in location:
        raise StorageError(
            "The store location {url} is a unit server. This version of the desktop window opens a store "
            "folder; use medunit-admin with --store URL, or ask IT (docs/unit-server.md).",
            url=location.split("@")[-1],
        )
    return Path(location).expanduser()


def store_exists(root: Path) -> bool:
    try:
        Layout(root).check_exists()
    except (StoreNotFoundError, OSError):
        return False
    return True


def store_id_of(root: Path) -> str:
    """The store's id from its key-slot file (readable without a key), or "" when there is none."""
    from medunit.crypto.keyslots import read_slot_file  # the crypto stack: not before the window shows

    try:
        return read_slot_file(Layout(root).slots).store_id
    except Exception:  # a missing or damaged slot file is reported by whatever opens the store
        return ""


def failed_unlocks(root: Path | str) -> int:
    """Failed unlocks since the last successful one (so neither a restart nor deleting the attempts file
    resets the growing delay). Reads the keychain, so the unlock window calls it once it is painted. A
    unit server (``root`` a URL) counts failed logins itself: 0 here."""
    from medunit.store import unlock_attempts  # the keychain stack: not before the window shows

    if isinstance(root, str):
        return 0

    return unlock_attempts.count(root, store_id_of(root))


#: Failures allowed before an unlock is held back.
FREE_ATTEMPTS = 3
#: Longest hold-back, in delay units (seconds).
MAX_DELAY_UNITS = 60


def delay_units(failures: int) -> int:
    """Hold-back after ``failures`` failed attempts: 0 for the first two, then 1, 2, 4, ... capped at 60.
    The GUI and the CLI apply the same rule to the same count."""
    if failures < FREE_ATTEMPTS:
        return 0
    return int(min(2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_UNITS))

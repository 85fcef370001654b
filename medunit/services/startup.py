"""What the unlock window needs before it is shown, without the store stack.

The window has to know whether the folder holds a store; once painted, how many unlocks failed since
the last success (the hold-back, from the key-slot file and a keychain note). Neither reads the database.
This module imports nothing heavy at the top (no SQLCipher, crypto, keychain, store code, guard or
export stack), so the GUI paints the window first and imports the rest while the user types (issue 15:
cold start close to a bare PySide6 window)."""

from __future__ import annotations

from pathlib import Path

from medunit.errors import MedunitError, StoreNotFoundError
from medunit.store.layout import Layout


def is_server(location: Path | str) -> bool:
    """Whether a store location names a unit server (a ``postgresql://`` URL, kept as text) and not a folder."""
    if not isinstance(location, str) or "://" not in location:
        return False  # not a URL: a folder, known without loading the URL parser (about 2 ms; issue 15)
    from medunit.store.pg.url import is_server_url  # no driver, no network: a look at the text

    return is_server_url(location)


def store_location(text: str | Path) -> Path | str:
    """A location as typed (``--store``, the policy): a unit server's URL as it is, a folder as a path."""
    return text if isinstance(text, str) and is_server(text) else Path(text).expanduser()


def shown_location(location: Path | str) -> str:
    """The location for the window: a folder, or the server's URL without any password in it."""
    if not is_server(location):
        return str(location)
    from medunit.store.pg.url import parse_server_url

    try:
        return parse_server_url(str(location)).shown()
    except MedunitError:
        return str(location).split("@")[-1]


def store_exists(root: Path | str) -> bool:
    """Whether the folder holds a store; a unit server is asked only at unlock (it needs a login)."""
    if is_server(root):
        return True
    assert isinstance(root, Path)
    try:
        Layout(root).check_exists()
    except (StoreNotFoundError, OSError):
        return False
    return True


def moved_to(root: Path | str) -> str | None:
    """The unit server a store in ``root`` was moved to (``store migrate`` left its note there), or None.
    The start window then says where the store went instead of offering to create one (which would split
    the unit's data in two stores)."""
    if is_server(root):
        return None
    try:
        return Layout(Path(root)).moved_to()
    except OSError:
        return None


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

    if is_server(root):
        return 0
    assert isinstance(root, Path)

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

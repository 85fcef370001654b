"""Where a store's files live; kept free of SQLCipher and the store code so the unlock window can
check that a store exists before that stack is loaded (start-up time, docs/benchmarks.md)."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from medunit.errors import StoreMovedError, StoreNotFoundError

DB_NAME = "medunit.db"
SLOTS_NAME = "keyslots.json"
#: Space kept beside the database and given back when the disk fills (store.database.RESERVE_BYTES).
RESERVE_SUFFIX = ".reserve"
#: The note ``store migrate`` leaves where a store was before it moved to the unit server.
MOVED_NOTE = "MOVED-TO-SERVER.txt"
#: The note's line naming the server, written as the policy line a workstation needs (services/migrate.py).
MOVED_LINE = "store.location = "


class Layout(NamedTuple):
    """A store folder's file names. A NamedTuple, not a dataclass, like the policy's classes: loaded before
    the unlock window paints, where ``dataclasses`` costs a cold start time a bare window does not spend
    (medunit/config/policy.py, docs/benchmarks.md, issue 15)."""

    root: Path

    @property
    def db(self) -> Path:
        return self.root / DB_NAME

    @property
    def slots(self) -> Path:
        return self.root / SLOTS_NAME

    @property
    def files(self) -> tuple[Path, ...]:
        """Every file medunit keeps in the folder (some exist only at times)."""
        from medunit.store import unlock_attempts  # imports the keychain stack; not needed to find a store

        attempts = unlock_attempts.FILE_NAME
        names = (
            DB_NAME,
            DB_NAME + "-wal",
            DB_NAME + "-shm",
            DB_NAME + RESERVE_SUFFIX,
            SLOTS_NAME,
            attempts,
            attempts + ".taking",
        )
        return tuple(self.root / name for name in names)

    def make_private(self) -> None:
        """The folder 0700 and its files 0600 whatever the umask or their old mode (a store made by an
        older version, or a folder IT created with a group)."""
        from medunit.crypto.atomic import make_private  # not needed to find a store

        make_private(self.root, self.files)

    def check_exists(self) -> None:
        if not self.root.exists():
            raise StoreNotFoundError("The store folder {path} does not exist.", path=self.root)
        if not self.root.is_dir():
            raise StoreNotFoundError("{path} is not a folder.", path=self.root)
        server = self.moved_to()
        if server is not None:
            raise StoreMovedError(
                "This store was moved to the unit server {url}. Point this workstation at it: IT sets "
                'store.location = "{url}" in the policy (or start with --store {url}). The note is in {path}.',
                url=server,
                path=self.root / MOVED_NOTE,
            )
        if not self.slots.exists() or not self.db.exists():
            raise StoreNotFoundError("{path} is not a medunit store (no key-slot file or database).", path=self.root)

    def moved_to(self) -> str | None:
        """The unit server a moved store went to (the note ``store migrate`` leaves in its place), or None
        when the folder holds no such note (or still holds a store). A note without a readable server line
        still counts as moved: whoever points a workstation here must not start a second store."""
        note = self.root / MOVED_NOTE
        if not note.is_file() or self.slots.exists():
            return None
        try:
            text = note.read_text(encoding="utf-8", errors="replace")
        except OSError:
            text = ""
        for line in text.splitlines():
            if line.startswith(MOVED_LINE):
                return line.removeprefix(MOVED_LINE).strip().strip('"')
        import re  # only for an old note without the policy line: not loaded before the window paints

        found = re.search(r"unit server (postgresql://\S+)", text)
        return found.group(1) if found else "(see the note)"

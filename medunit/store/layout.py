"""Where a store's two files live; kept free of crypto and SQLCipher imports so the unlock window can
check that a store exists before the heavy stack is loaded (start-up time, docs/benchmarks.md)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from medunit.errors import StoreNotFoundError

DB_NAME = "medunit.db"
SLOTS_NAME = "keyslots.json"


@dataclass(frozen=True)
class Layout:
    root: Path

    @property
    def db(self) -> Path:
        return self.root / DB_NAME

    @property
    def slots(self) -> Path:
        return self.root / SLOTS_NAME

    def check_exists(self) -> None:
        if not self.root.exists():
            raise StoreNotFoundError("The store folder {path} does not exist.", path=self.root)
        if not self.root.is_dir():
            raise StoreNotFoundError("{path} is not a folder.", path=self.root)
        if not self.slots.exists() or not self.db.exists():
            raise StoreNotFoundError("{path} is not a medunit store (no key-slot file or database).", path=self.root)

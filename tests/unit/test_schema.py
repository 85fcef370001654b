"""Each migration, applied from the previous version on a real SQLCipher file, gives the newest schema."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from medunit.store.database import open_database
from medunit.store.schema import LATEST, MIGRATIONS, SchemaTooNewError, migrate, schema_version


@pytest.mark.parametrize("start", range(LATEST))
def test_migrate_from_each_version(tmp_path: Path, start: int) -> None:
    key = os.urandom(32)
    db = open_database(tmp_path / "m.db", key, create=True)
    migrate(db, target=start)
    assert schema_version(db) == start
    assert migrate(db) == start
    assert schema_version(db) == LATEST
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}
    assert {"meta", "users"} <= tables
    db.close()
    again = open_database(tmp_path / "m.db", key)
    assert schema_version(again) == LATEST
    again.close()


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    db = open_database(tmp_path / "n.db", os.urandom(32), create=True)
    db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    with pytest.raises(SchemaTooNewError):
        migrate(db)
    db.close()


def test_open_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        open_database(tmp_path / "absent.db", os.urandom(32))

"""Schema versions, applied forward with ``PRAGMA user_version``.

Each migration is a list of statements that takes the schema from version N-1 to N; never edit a
released migration, add the next one. Tests build every version and migrate it to the newest.
"""

from __future__ import annotations

from medunit.store.database import Database

MIGRATIONS: list[list[str]] = [
    # 1: store metadata and users
    [
        """CREATE TABLE meta (
               key TEXT PRIMARY KEY,
               value TEXT NOT NULL
           ) STRICT""",
        """CREATE TABLE users (
               id INTEGER PRIMARY KEY,
               name TEXT NOT NULL UNIQUE,
               role TEXT NOT NULL,
               created_at TEXT NOT NULL,
               created_by TEXT
           ) STRICT""",
    ],
]

LATEST = len(MIGRATIONS)


class SchemaTooNewError(Exception):
    pass


def schema_version(db: Database) -> int:
    return int(db.pragma("user_version")[0][0])


def migrate(db: Database, target: int = LATEST) -> int:
    """Bring the schema to ``target``; returns the version it started from."""
    start = schema_version(db)
    if start > LATEST:
        raise SchemaTooNewError(f"schema version {start} is newer than this medunit ({LATEST})")
    for version in range(start + 1, target + 1):
        with db.transaction():
            for stmt in MIGRATIONS[version - 1]:
                db.execute(stmt)
            db.execute(f"PRAGMA user_version = {version}")
    return start

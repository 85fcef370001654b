"""Small named values kept inside the encrypted database (store id, demo mark, signing key, flags)."""

from __future__ import annotations

from medunit.store.database import Database


def get(db: Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else None


def put(db: Database, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value)
    )


def delete(db: Database, key: str) -> None:
    db.execute("DELETE FROM meta WHERE key = ?", (key,))

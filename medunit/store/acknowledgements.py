"""Acceptances of the unit's confidentiality statement: append-only, one row per acceptance."""

from __future__ import annotations

from medunit.store.database import Database


def record(db: Database, user: str, version: str, at: str) -> None:
    db.execute("INSERT INTO acknowledgements(user_name, version, accepted_at) VALUES (?, ?, ?)", (user, version, at))


def latest(db: Database, user: str) -> tuple[str, str] | None:
    """(version, accepted_at) of the user's last acceptance."""
    row = db.execute(
        "SELECT version, accepted_at FROM acknowledgements WHERE user_name = ? ORDER BY id DESC LIMIT 1", (user,)
    ).fetchone()
    return (str(row[0]), str(row[1])) if row else None

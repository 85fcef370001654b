"""Users table: name and role (the slot file holds their keys, this table their authority)."""

from __future__ import annotations

from dataclasses import dataclass

from medunit.store import rowlock
from medunit.store.database import Database


@dataclass(frozen=True)
class UserRow:
    name: str
    role: str
    created_at: str
    created_by: str | None
    display_name: str | None = None
    big_number: str | None = None

    #: the user's last acceptance of the confidentiality statement (version, time), if any
    acknowledged_version: str | None = None
    acknowledged_at: str | None = None
    #: what an editor of the profile or role names when it writes (store/rowlock.py)
    row_version: int = 1

    @property
    def full_name(self) -> str:
        """What people read: the display name, else the user name."""
        return self.display_name or self.name


_USER = "SELECT name, role, created_at, created_by, display_name, big_number, row_version FROM users"


def get_user(db: Database, name: str) -> UserRow | None:
    row = db.execute(_USER + " WHERE name = ?", (name,)).fetchone()
    if row is None:
        return None
    name, role, created_at, created_by, display_name, big_number, row_version = row
    return UserRow(name, role, created_at, created_by, display_name, big_number, row_version=int(row_version))


def list_users(db: Database) -> list[UserRow]:
    rows = db.execute(
        "SELECT u.name, u.role, u.created_at, u.created_by, u.display_name, u.big_number, a.version, "
        "a.accepted_at, u.row_version FROM users u "
        "LEFT JOIN acknowledgements a ON a.id = (SELECT max(id) FROM acknowledgements WHERE user_name = u.name) "
        "ORDER BY u.name"
    ).fetchall()
    return [UserRow(*r) for r in rows]


def insert_user(db: Database, name: str, role: str, created_at: str, created_by: str | None) -> None:
    db.execute(
        "INSERT INTO users(name, role, created_at, created_by) VALUES (?, ?, ?, ?)",
        (name, role, created_at, created_by),
    )


def set_role(db: Database, name: str, role: str, *, expected: int | None, by: str, at: str) -> int:
    """Only while the user's row is still at version ``expected`` (store/rowlock.py)."""
    return rowlock.update(db, "users", ("name", name), "role = ?", (role,), expected=expected, by=by, at=at)


def delete_user(db: Database, name: str) -> None:
    db.execute("DELETE FROM users WHERE name = ?", (name,))


def count_role(db: Database, role: str) -> int:
    return int(db.execute("SELECT count(*) FROM users WHERE role = ?", (role,)).fetchone()[0])


def set_profile(
    db: Database, name: str, display_name: str | None, big_number: str | None, *, expected: int | None, by: str, at: str
) -> int:
    """Only while the user's row is still at version ``expected`` (store/rowlock.py)."""
    return rowlock.update(
        db,
        "users",
        ("name", name),
        "display_name = ?, big_number = ?",
        (display_name, big_number),
        expected=expected,
        by=by,
        at=at,
    )

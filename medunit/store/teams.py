"""Which medical advisors each unit-staff member supports (need to know: ``access.staff_scope``)."""

from __future__ import annotations

from medunit.store.database import Database


def set_team(db: Database, staff: str, advisors: list[str], at: str, by: str) -> None:
    """Replace the staff member's advisors."""
    db.execute("DELETE FROM staff_advisors WHERE staff = ?", (staff,))
    db.executemany(
        "INSERT INTO staff_advisors(staff, advisor, assigned_at, assigned_by) VALUES (?, ?, ?, ?)",
        [(staff, a, at, by) for a in advisors],
    )


def team_of(db: Database, staff: str) -> list[str]:
    rows = db.execute("SELECT advisor FROM staff_advisors WHERE staff = ? ORDER BY advisor", (staff,)).fetchall()
    return [str(r[0]) for r in rows]


def all_teams(db: Database) -> dict[str, list[str]]:
    teams: dict[str, list[str]] = {}
    for staff, advisor in db.execute("SELECT staff, advisor FROM staff_advisors ORDER BY staff, advisor"):
        teams.setdefault(str(staff), []).append(str(advisor))
    return teams


def forget_user(db: Database, name: str) -> None:
    """A removed user supports no one and is supported by no one."""
    db.execute("DELETE FROM staff_advisors WHERE staff = ? OR advisor = ?", (name, name))

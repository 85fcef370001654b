"""Optimistic locking of the rows users edit (issue 12 point 4).

Many workstations on one unit server (or two windows on one file store) can have the same case, request,
advice draft or profile open. An editor reads a row's ``row_version``; its write names that version
(``... WHERE id = ? AND row_version = ?``) and bumps it, stamping who changed the row and when. A write
whose version is no longer current matches no row: nothing is overwritten, and the editor learns who
changed it and when ("Changed by <user> at <time>; reload."), so they can reload and redo their change
with what they typed still in front of them. This works the same on SQLite and PostgreSQL (one
statement, ``RETURNING``), with no lock held while a person types. On the unit server the rule does not
rest on the client: a trigger refuses any UPDATE of these tables that does not bump the version by one
and writes ``changed_by``/``changed_at`` itself (store/pg/ddl.py ROW_VERSION_RULES), so every UPDATE of
them in the store code goes through :func:`update` or bumps the version itself.
"""

from __future__ import annotations

from typing import Any

from medunit.errors import RowChangedError
from medunit.export.dutch import local_datetime
from medunit.store.database import Database

#: The editable tables and, per table, the columns naming who made the row and when (for a row nobody has
#: changed since it was made, the conflict names its maker).
EDITABLE: dict[str, tuple[str, str]] = {
    "users": ("created_by", "created_at"),
    "persons": ("NULL", "NULL"),
    "cases": ("created_by", "created_at"),
    "info_requests": ("created_by", "created_at"),
    "advice": ("drafted_by", "drafted_at"),
}

CHANGED = "Changed by {user} at {time}; reload."
GONE = "This item was removed by someone else meanwhile; reload."
CHANGED_UNKNOWN = "This item was changed by someone else meanwhile; reload."

__all__ = ["CHANGED", "CHANGED_UNKNOWN", "EDITABLE", "GONE", "RowChangedError", "changed_error", "stamp_error"]


def _table(table: str) -> tuple[str, str]:
    if table not in EDITABLE:
        raise ValueError(f"{table} is not an editable table")
    return EDITABLE[table]


def update(
    db: Database,
    table: str,
    key: tuple[str, Any],
    assignments: str,
    params: tuple[Any, ...],
    *,
    expected: int | None,
    by: str,
    at: str,
    condition: str = "",
) -> int:
    """``UPDATE table SET assignments`` on the row ``key`` (column, value), only while its version is
    still ``expected`` (None: whatever it is now — a change that follows from another, such as the case
    status after signing), bumping the version and stamping ``by``/``at``. Returns the new version;
    raises RowChangedError, naming who changed it when, if the row moved on or is gone. ``condition``:
    further SQL the row must meet (a draft must still be a draft)."""
    _table(table)
    column, value = key
    where = f"{column} = ?" + (" AND row_version = ?" if expected is not None else "") + condition
    sql = (
        f"UPDATE {table} SET {assignments}, row_version = row_version + 1, changed_by = ?, changed_at = ? "  # noqa: S608 - names from EDITABLE
        f"WHERE {where} RETURNING row_version"
    )
    args = (*params, by, at, value) + ((expected,) if expected is not None else ())
    row = db.execute(sql, args).fetchone()
    if row is None:
        raise changed_error(db, table, key)
    return int(row[0])


def version(db: Database, table: str, key: tuple[str, Any]) -> int:
    """The row's current version (what an editor names when it writes); 0 for no such row."""
    _table(table)
    column, value = key
    row = db.execute(f"SELECT row_version FROM {table} WHERE {column} = ?", (value,)).fetchone()  # noqa: S608
    return int(row[0]) if row else 0


def changed_error(db: Database, table: str, key: tuple[str, Any]) -> RowChangedError:
    """The conflict for a write that found the row moved on: who changed it last and when, in local time
    (the maker and making time for a row never changed since), with their display name."""
    maker, made = _table(table)
    column, value = key
    row = db.execute(
        f"SELECT coalesce(changed_by, {maker}), coalesce(changed_at, {made}) FROM {table} WHERE {column} = ?",  # noqa: S608
        (value,),
    ).fetchone()
    if row is None:
        return RowChangedError(GONE)
    return stamp_error(db, row[0], row[1])


def stamp_error(db: Database, user: str | None, at: str | None) -> RowChangedError:
    """ "Changed by <display name> at <local time>; reload." for a change by ``user`` at ``at`` (UTC ISO)."""
    if not user or not at:
        return RowChangedError(CHANGED_UNKNOWN)
    named = db.execute("SELECT coalesce(display_name, name) FROM users WHERE name = ?", (user,)).fetchone()
    moment = local_datetime(at)
    shown = f"{moment:%d-%m-%Y %H:%M}" if moment is not None else at
    return RowChangedError(CHANGED, user=str(named[0]) if named else user, time=shown)

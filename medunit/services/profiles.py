"""User profiles: the display name everyone sees and a medical advisor's BIG number, set by the unit
administrator. Letters, exports and the signing dialog read them, so an advisor never types the BIG number
when signing (a typo there would sign under a wrong registration)."""

from __future__ import annotations

from dataclasses import replace

from medunit.domain.advice import check_big_number
from medunit.domain.permissions import Action
from medunit.domain.roles import Role
from medunit.errors import ValidationError
from medunit.services import personal_keys
from medunit.services.guard import access
from medunit.services.session import Session, utc_now
from medunit.store import rowlock
from medunit.store import users as users_repo
from medunit.store.users import UserRow

__all__ = ["MAX_DISPLAY_NAME", "UserRow", "check_display_name", "set_profile"]

MAX_DISPLAY_NAME = 80


def check_display_name(text: str) -> str | None:
    """1-80 printable characters (surrounding spaces dropped); empty means "no display name"."""
    clean = " ".join(text.split())
    if not clean:
        return None
    if len(clean) > MAX_DISPLAY_NAME or not clean.isprintable():
        raise ValidationError("A display name has 1-{n} printable characters.", n=MAX_DISPLAY_NAME)
    return clean


def set_profile(
    session: Session, name: str, display_name: str, big_number: str = "", *, version: int | None = None
) -> UserRow:
    """Set ``name``'s display name and (medical advisors only) BIG number; empty text clears a field.

    ``version``: the user row's version the editor read (``UserRow.row_version``; None: as it is now). If
    another administrator changed the profile or role since, nothing is written and RowChangedError names
    who and when (store/rowlock.py)."""
    with access(session, Action.USER_MANAGE, reason=f"profile of {name}") as acc:
        row = users_repo.get_user(acc.db, name)
        if row is None:
            raise ValidationError("No user named {user}.", user=name)
        if version is not None and row.row_version != version:
            raise rowlock.changed_error(acc.db, "users", ("name", name))
        shown = check_display_name(display_name)
        big: str | None = None
        if big_number.strip():
            if row.role != Role.MEDICAL_ADVISOR.value:
                raise ValidationError("Only a medical advisor has a BIG number in medunit.")
            big = check_big_number(big_number)
        new_version = users_repo.set_profile(
            acc.db, name, shown, big, expected=row.row_version, by=session.user, at=utc_now()
        )
        if big is not None and personal_keys.reissue_document_key(session.vault, acc.db, name, big):
            acc.reason = f"profile of {name}; document-signing certificate issued for BIG {big}"
        updated = replace(row, display_name=shown, big_number=big, row_version=new_version)
        session.people[name] = updated
        return updated

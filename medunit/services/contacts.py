"""Contact moments with the insured (statement section d): subject, when, department, channel."""

from __future__ import annotations

from datetime import UTC, datetime

from medunit.domain.contact import check_contact
from medunit.domain.permissions import Action
from medunit.errors import ValidationError
from medunit.services.guard import access
from medunit.services.records import open_case
from medunit.services.session import Session
from medunit.store import workflow as repo
from medunit.store.workflow import ContactRow

__all__ = ["ContactRow", "add_contact", "contacts"]


def add_contact(
    session: Session, case_ref: str, subject: str, channel: str, department: str, at: datetime | None = None
) -> int:
    s, c, dept = check_contact(subject, channel, department)
    moment = at or datetime.now(UTC)
    if moment > datetime.now(UTC):
        raise ValidationError("A contact moment cannot lie in the future.")
    with access(session, Action.CONTACT_WRITE, case_ref=case_ref) as acc:
        case = open_case(session, acc, case_ref)
        contact_id = repo.insert_contact(acc.db, case.person_id, case.id, s, moment.isoformat(), dept, c, session.user)
        acc.record_ids = [f"contact:{contact_id}"]
        return contact_id


def contacts(session: Session, case_ref: str) -> list[ContactRow]:
    """All contact moments of the case's person (they belong to the person, not to one question)."""
    with access(session, Action.CONTACT_READ, case_ref=case_ref) as acc:
        case = open_case(session, acc, case_ref)
        rows = repo.contacts_of_person(acc.db, case.person_id)
        acc.record_ids = [f"contact:{r.id}" for r in rows]
        return rows

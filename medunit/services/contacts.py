"""Contact moments with the insured (statement section d): subject, when, department, channel."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from medunit.domain.contact import check_contact, check_recording
from medunit.domain.permissions import Action
from medunit.domain.records import EntryKind
from medunit.errors import ValidationError
from medunit.services.guard import access
from medunit.services.records import open_case
from medunit.services.session import Session
from medunit.store import records as records_repo
from medunit.store import workflow as repo
from medunit.store.workflow import ContactRow

__all__ = ["ContactRow", "add_contact", "add_recording", "contacts", "recordings"]


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


def add_recording(session: Session, case_ref: str, contact_id: int, text: str) -> int:
    """File the recording of a phone or chat conversation with its contact moment (statement: "We kunnen
    chat- en telefoongesprekken opnemen"). It is a health entry dated at the conversation, so the retention
    purge removes it 4 weeks after the call, whenever it was filed; the contact moment itself stays."""
    with access(session, Action.HEALTH_WRITE, case_ref=case_ref) as acc:
        case = open_case(session, acc, case_ref)
        contact = repo.contact_of_person(acc.db, contact_id, case.person_id)
        if contact is None:
            raise ValidationError("Contact moment {id} does not belong to this case's person.", id=contact_id)
        check_recording(contact.channel, text)
        days = int(session.policy.get("retention.recordings_days"))
        if datetime.fromisoformat(contact.at) < datetime.now(UTC) - timedelta(days=days):
            raise ValidationError(
                "This conversation is older than {days} days; its recording may no longer be kept.", days=days
            )
        entry_id = records_repo.insert_entry(acc.db, case.id, EntryKind.RECORDING.value, text, contact.at, session.user)
        repo.link_recording(acc.db, entry_id, contact.id)
        acc.record_ids = [f"entry:{entry_id}", f"contact:{contact.id}"]
        return entry_id


def recordings(session: Session, case_ref: str, contact_id: int) -> list[int]:
    """Ids of the health entries that hold this contact moment's recordings (still kept)."""
    with access(session, Action.CONTACT_READ, case_ref=case_ref) as acc:
        case = open_case(session, acc, case_ref)
        if repo.contact_of_person(acc.db, contact_id, case.person_id) is None:
            raise ValidationError("Contact moment {id} does not belong to this case's person.", id=contact_id)
        ids = repo.recordings_of_contact(acc.db, contact_id)
        acc.record_ids = [f"contact:{contact_id}", *(f"entry:{i}" for i in ids)]
        return ids


def contacts(session: Session, case_ref: str) -> list[ContactRow]:
    """All contact moments of the case's person (they belong to the person, not to one question)."""
    with access(session, Action.CONTACT_READ, case_ref=case_ref) as acc:
        case = open_case(session, acc, case_ref)
        rows = repo.contacts_of_person(acc.db, case.person_id)
        acc.record_ids = [f"contact:{r.id}" for r in rows]
        return rows

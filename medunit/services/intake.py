"""Importing an advice request (adviesaanvraag) from the general dossier."""

from __future__ import annotations

from datetime import date

from medunit.domain.intake import IntakeRequest, parse_intake
from medunit.domain.permissions import Action
from medunit.domain.records import CaseStatus
from medunit.errors import ConflictError
from medunit.services.guard import access
from medunit.services.session import Session, utc_now
from medunit.store import records as repo


def import_intake(session: Session, text: str, today: date | None = None) -> str:
    """Validate the whole file first (nothing is stored from a bad file), then create person and case in
    one logged transaction. Returns the case reference."""
    request = parse_intake(text, today or date.today())
    return store_request(session, request)


def store_request(session: Session, request: IntakeRequest) -> str:
    with access(session, Action.CASE_CREATE, case_ref=request.reference, person_ref=request.person.reference) as acc:
        db = acc.db
        if repo.case_reference_exists(db, request.reference):
            raise ConflictError("A case with reference {ref} was already imported.", ref=request.reference)
        p = request.person
        person = repo.person_by_reference(db, p.reference)
        if person is None:
            person_id = repo.insert_person(
                db,
                p.reference,
                p.given_names,
                p.family_name,
                p.date_of_birth.isoformat(),
                p.bsn,
                p.bsn_legal_basis if p.bsn else None,
            )
        elif (person.family_name, person.date_of_birth) != (p.family_name, p.date_of_birth.isoformat()):
            raise ConflictError(
                "Person {ref} is already known with another name or date of birth; check the intake.",
                ref=p.reference,
            )
        else:
            person_id = person.id
        allowed = set(request.restricted_to)
        if request.restricted and request.assigned_advisor:
            allowed.add(request.assigned_advisor)
        case_id = repo.insert_case(
            db,
            request.reference,
            person_id,
            request.case_type.value,
            CaseStatus.NEW.value,
            request.question,
            request.received_at.isoformat(),
            request.assigned_advisor,
            request.restricted,
            utc_now(),
            session.user,
            sorted(allowed),
        )
        acc.record_ids = [f"case:{case_id}"]
        return request.reference

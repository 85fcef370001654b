"""The consent ledger and doctor information requests.

No request is created or sent unless a recorded, still-valid consent covers that addressee, that case and
that moment; the request keeps the consent it relied on (at creation and at sending). A withdrawal
blocks sending a draft and flags requests already sent.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import BinaryIO

from medunit.domain import consent as rules
from medunit.domain.consent import Addressee, ConsentGrant, EventKind, Status
from medunit.domain.permissions import Action
from medunit.domain.records import EntryKind
from medunit.domain.requests import RequestState, check_questions, check_transition, effective_state
from medunit.domain.text import check_text
from medunit.errors import ValidationError
from medunit.export.documents import RequestLetter
from medunit.export.dutch import ROLE_NAMES_NL, local_date
from medunit.services.guard import Access, access
from medunit.services.records import open_case, store_attachment
from medunit.services.session import Session
from medunit.store import records as records_repo
from medunit.store import rowlock
from medunit.store import workflow as repo

__all__ = ["Addressee"]


class NoConsentError(ValidationError):
    """No consent covers the request: the refusal names why."""


def _now(now: datetime | None) -> datetime:
    return now or datetime.now(UTC)


@dataclass(frozen=True)
class ConsentView:
    grant: ConsentGrant
    status: str
    events: tuple[rules.ConsentEvent, ...]


def record_consent(
    session: Session,
    case_ref: str,
    addressee: Addressee,
    categories: tuple[str, ...],
    method: str,
    *,
    evidence_attachment_id: int | None = None,
    digital_reference: str | None = None,
    obtained_at: datetime | None = None,
    valid_until: datetime | None = None,
    now: datetime | None = None,
) -> int:
    """Record the person's consent (before any request); valid until the policy default unless given."""
    moment = _now(now)
    obtained = obtained_at or moment
    until = valid_until or obtained + timedelta(days=int(session.policy.get("consent.default_validity_days")))
    rules.check_addressee(addressee)
    rules.check_grant(
        categories=categories,
        method=method,
        evidence_attachment_id=evidence_attachment_id,
        digital_reference=digital_reference,
        obtained_at=obtained,
        valid_until=until,
        now=moment,
    )
    with access(session, Action.CONSENT_WRITE, case_ref=case_ref) as acc:
        case = open_case(session, acc, case_ref)
        if evidence_attachment_id is not None:
            att = records_repo.attachment(acc.db, evidence_attachment_id, case.id)
            if att is None or att.case_id != case.id:
                raise ValidationError("The evidence must be an attachment of this case.")
        grant = ConsentGrant(
            id=0,
            person_ref=case.person_reference,
            case_ref=case.reference,
            addressee=addressee,
            categories=tuple(categories),
            method=method,
            evidence_attachment_id=evidence_attachment_id,
            digital_reference=digital_reference,
            obtained_at=obtained,
            valid_until=until,
            recorded_by=session.user,
            recorded_at=moment,
        )
        consent_id = repo.insert_consent(acc.db, case.id, grant)
        acc.record_ids = [f"consent:{consent_id}"]
        return consent_id


def withdraw_consent(
    session: Session, case_ref: str, consent_id: int, now: datetime | None = None, *, seen_events: int | None = None
) -> None:
    """Withdrawal is an event; the grant itself is never changed. The ledger is append-only, so its
    "version" is the number of events: ``seen_events`` is how many of this consent's events the editor
    saw (``len(ConsentView.events)``; None: as it is now). If another event came since (someone else
    withdrew it, or it expired), the withdrawal is refused naming who and when, and nothing is added."""
    moment = _now(now)
    with access(session, Action.CONSENT_WRITE, case_ref=case_ref) as acc:
        case = open_case(session, acc, case_ref)
        grant = repo.consent(acc.db, consent_id)
        if grant is None or grant.case_ref != case.reference:
            raise ValidationError("Consent {id} does not belong to case {ref}.", id=consent_id, ref=case_ref)
        own = repo.events_of_consent_locked(acc.db, consent_id)
        if seen_events is not None and len(own) != seen_events:
            last = own[-1] if own else None
            raise rowlock.stamp_error(acc.db, last.recorded_by if last else None, last.at.isoformat() if last else None)
        events = repo.events_of_case(acc.db, case.id)
        if rules.status_at(grant, events, moment) is Status.WITHDRAWN:
            raise ValidationError("Consent {id} was already withdrawn.", id=consent_id)
        repo.insert_event(acc.db, consent_id, EventKind.WITHDRAWN.value, moment, session.user)
        acc.record_ids = [f"consent:{consent_id}"]


def record_expiries(session: Session, now: datetime | None = None, automatic: bool = False) -> int:
    """Append an 'expired' event for every consent past its valid-until (run at unlock).

    At unlock only consents that expired since the previous run are looked at (an index range, not a
    scan of every consent); an explicit call looks at all of them."""
    moment = _now(now)
    db = session.vault.db
    since = repo.expiry_checked_until(db) if automatic else None
    if since is not None and since > moment.isoformat():
        since = None  # the clock went back: look at everything once
    if automatic and not repo.expired_without_event(db, moment, since):
        return 0
    with access(session, Action.CONSENT_WRITE, system=automatic) as acc:
        due = repo.expired_without_event(acc.db, moment, since)
        for consent_id, until in due:
            repo.insert_event(acc.db, consent_id, EventKind.EXPIRED.value, datetime.fromisoformat(until), "medunit")
        if automatic:
            repo.set_expiry_checked_until(acc.db, moment)
        acc.reason = f"{len(due)} consent(s) expired"
        return len(due)


def consents(session: Session, case_ref: str, now: datetime | None = None) -> list[ConsentView]:
    moment = _now(now)
    with access(session, Action.CONSENT_READ, case_ref=case_ref) as acc:
        case = open_case(session, acc, case_ref)
        grants = repo.consents_of_case(acc.db, case.id)
        events = repo.events_of_case(acc.db, case.id)
        acc.record_ids = [f"consent:{g.id}" for g in grants]
        return [
            ConsentView(g, rules.status_at(g, events, moment).value, tuple(e for e in events if e.consent_id == g.id))
            for g in grants
        ]


def covered_addressees(session: Session, case_ref: str, now: datetime | None = None) -> list[ConsentGrant]:
    """The consents that would cover a request right now (what the request composer may offer)."""
    moment = _now(now)
    return [v.grant for v in consents(session, case_ref, moment) if v.status == Status.ACTIVE]


def _require_cover(acc: Access, case_id: int, case_ref: str, addressee: Addressee, at: datetime) -> ConsentGrant:
    grants = repo.consents_of_case(acc.db, case_id)
    events = repo.events_of_case(acc.db, case_id)
    found = rules.covering(grants, events, case_ref, addressee, at)
    if found is None:
        raise NoConsentError(rules.why_not_covered(grants, events, case_ref, addressee, at))
    acc.basis = f"consent:{found.id}"
    return found


# -- requests --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RequestView:
    id: int
    addressee: Addressee
    questions: str
    state: str
    consent_id: int
    consent_withdrawn: bool
    created_at: str
    sent_at: str | None
    answered_at: str | None
    answer_entry_id: int | None
    #: the request's version as read: sending, answering or cancelling names it (store/rowlock.py)
    version: int = 0


def create_request(
    session: Session, case_ref: str, addressee: Addressee, questions: str, now: datetime | None = None
) -> int:
    moment = _now(now)
    text = check_questions(questions)
    rules.check_addressee(addressee)
    with access(session, Action.REQUEST_WRITE, case_ref=case_ref) as acc:
        case = open_case(session, acc, case_ref)
        grant = _require_cover(acc, case.id, case.reference, addressee, moment)
        request_id = repo.insert_request(acc.db, case.id, grant.id, addressee, text, moment.isoformat(), session.user)
        acc.record_ids = [f"request:{request_id}", f"consent:{grant.id}"]
        return request_id


def _own_request(acc: Access, case_id: int, request_id: int, version: int | None = None) -> repo.RequestRow:
    """The case's request; with ``version`` (what the editor read) it must still be at that version, so the
    editor hears who changed it when rather than why the new state is not allowed."""
    row = repo.request(acc.db, request_id)
    if row is None or row.case_id != case_id:
        raise ValidationError("Request {id} does not belong to this case.", id=request_id)
    if version is not None and row.row_version != version:
        raise rowlock.changed_error(acc.db, "info_requests", ("id", request_id))
    return row


def _expected(row: repo.RequestRow, version: int | None) -> int:
    """The version a request's write names: the editor's, else the one read in this transaction (on the
    unit server another write can land between that read and this one)."""
    return version if version is not None else row.row_version


def send_request(
    session: Session, case_ref: str, request_id: int, now: datetime | None = None, *, version: int | None = None
) -> repo.RequestRow:
    """Mark the draft sent; only while a consent covers it at this moment (which one is stored).
    ``version``: the request's version the editor read (``RequestView.version``; None: as it is now); a
    stale one is refused with who changed it when (store/rowlock.py), and nothing is sent."""
    moment = _now(now)
    with access(session, Action.REQUEST_WRITE, case_ref=case_ref) as acc:
        case = open_case(session, acc, case_ref)
        row = _own_request(acc, case.id, request_id, version)
        check_transition(effective_state(row.state, None, moment), RequestState.SENT)
        grant = _require_cover(acc, case.id, case.reference, row.addressee, moment)
        repo.mark_sent(acc.db, request_id, grant.id, moment.isoformat(), session.user, expected=_expected(row, version))
        acc.record_ids = [f"request:{request_id}", f"consent:{grant.id}"]
        sent = repo.request(acc.db, request_id)
        assert sent is not None
        return sent


def answer_request(
    session: Session,
    case_ref: str,
    request_id: int,
    answer_text: str,
    now: datetime | None = None,
    letter: tuple[str, BinaryIO] | None = None,
    *,
    version: int | None = None,
) -> int:
    """File the doctor's answer as a health entry on the case, with the doctor's letter (PDF/image) as an
    attachment when given, in one logged transaction; returns the entry id. ``version`` as for
    ``send_request``: on a conflict nothing is filed (the answer text stays with the caller)."""
    moment = _now(now)
    if not answer_text.strip():
        raise ValidationError("The answer needs text (attach the letter as well, if there is one).")
    check_text("The answer", answer_text)
    with access(session, Action.REQUEST_WRITE, case_ref=case_ref) as acc:
        case = open_case(session, acc, case_ref)
        row = _own_request(acc, case.id, request_id, version)
        sent_at = datetime.fromisoformat(row.sent_at) if row.sent_at else None
        check_transition(effective_state(row.state, sent_at, moment), RequestState.ANSWERED)
        entry_id = records_repo.insert_entry(
            acc.db, case.id, EntryKind.DOCTOR_ANSWER.value, answer_text, moment.isoformat(), session.user
        )
        repo.mark_answered(
            acc.db, request_id, moment.isoformat(), entry_id, expected=_expected(row, version), by=session.user
        )
        acc.record_ids = [f"request:{request_id}", f"entry:{entry_id}"]
        if letter is not None:
            info = store_attachment(session, acc, case.id, letter[0], letter[1])
            acc.record_ids.append(f"attachment:{info.id}")
        return entry_id


def cancel_request(
    session: Session, case_ref: str, request_id: int, now: datetime | None = None, *, version: int | None = None
) -> None:
    """``version`` as for ``send_request``."""
    moment = _now(now)
    with access(session, Action.REQUEST_WRITE, case_ref=case_ref) as acc:
        case = open_case(session, acc, case_ref)
        row = _own_request(acc, case.id, request_id, version)
        sent_at = datetime.fromisoformat(row.sent_at) if row.sent_at else None
        check_transition(effective_state(row.state, sent_at, moment), RequestState.CANCELLED)
        repo.mark_cancelled(acc.db, request_id, moment.isoformat(), expected=_expected(row, version), by=session.user)
        acc.record_ids = [f"request:{request_id}"]


def requests(session: Session, case_ref: str, now: datetime | None = None) -> list[RequestView]:
    moment = _now(now)
    with access(session, Action.REQUEST_READ, case_ref=case_ref) as acc:
        case = open_case(session, acc, case_ref)
        events = repo.events_of_case(acc.db, case.id)
        withdrawn = {e.consent_id for e in events if e.kind == EventKind.WITHDRAWN}
        rows = repo.requests_of_case(acc.db, case.id)
        acc.record_ids = [f"request:{r.id}" for r in rows]
        views = []
        for r in rows:
            sent_at = datetime.fromisoformat(r.sent_at) if r.sent_at else None
            relied = r.sent_consent_id or r.consent_id
            views.append(
                RequestView(
                    id=r.id,
                    addressee=r.addressee,
                    questions=r.questions,
                    state=effective_state(r.state, sent_at, moment).value,
                    consent_id=relied,
                    consent_withdrawn=relied in withdrawn and r.state in (RequestState.SENT, RequestState.DRAFT),
                    created_at=r.created_at,
                    sent_at=r.sent_at,
                    answered_at=r.answered_at,
                    answer_entry_id=r.answer_entry_id,
                    version=r.row_version,
                )
            )
        return views


def send_with_letter(
    session: Session,
    case_ref: str,
    request_id: int,
    out_dir: Path,
    now: datetime | None = None,
    *,
    version: int | None = None,
) -> Path:
    """Send the request and write its letter (PDF, Qt's PDF writer) into ``out_dir`` for the unit's own
    channel. A plaintext document with health questions: only ever on this explicit action."""
    from medunit.export.advice_export import write_atomically
    from medunit.export.letter_pdf import render_request_letter
    from medunit.services.exports import own_document_key

    row = send_request(session, case_ref, request_id, now, version=version)
    letter = _letter(session, case_ref, row)
    # Signed with the sender's own certificate when they are a medical advisor; unit staff hold no
    # document-signing key (and no key all staff share is trustworthy), so their letters are unsigned.
    key = own_document_key(session, session.vault.db)
    signed_at = datetime.fromisoformat(row.sent_at) if row.sent_at else None
    pdf = render_request_letter(letter, key.pades if key else None, signed_at)
    return write_atomically(out_dir, f"informatieverzoek-{case_ref}-{request_id}.pdf", pdf)


def _letter(session: Session, case_ref: str, row: repo.RequestRow) -> RequestLetter:
    with access(session, Action.REQUEST_READ, case_ref=case_ref) as acc:
        case = open_case(session, acc, case_ref)
        person = records_repo.person_by_id(acc.db, case.person_id)
        grant = repo.consent(acc.db, row.sent_consent_id or row.consent_id)
        assert grant is not None
        acc.record_ids = [f"request:{row.id}", f"consent:{grant.id}"]
        a = row.addressee
        return RequestLetter(
            unit_name="Functionele eenheid medisch adviseur",
            request_id=row.id,
            case_reference=case.reference,
            date=local_date(row.sent_at or row.created_at),
            addressee_name=a.name,
            addressee_institution=a.institution,
            addressee_specialism=a.specialism,
            addressee_agb=a.agb_code,
            person_name=f"{person.given_names} {person.family_name}",
            person_date_of_birth=person.date_of_birth,
            questions=row.questions,
            consent_id=grant.id,
            consent_obtained_at=grant.obtained_at.date().isoformat(),
            consent_valid_until=grant.valid_until.date().isoformat(),
            consent_method=grant.method,
            consent_categories=grant.categories,
            sender_name=session.full_name(session.user),
            sender_role=ROLE_NAMES_NL.get(session.role.value, session.role.value),
            demo=session.demo,
        )

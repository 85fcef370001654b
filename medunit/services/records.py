"""Cases, persons, health entries, attachments and the criminal-record compartment.

Every function is one access: ``guard.access`` checks the role, runs the work in a transaction and logs
it. Restricted cases open only for their named users, or after a logged break-the-glass with a reason.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from typing import BinaryIO

from medunit.crypto.aead import DecryptionFailed, open_sealed, seal
from medunit.domain.attachments import media_type_of
from medunit.domain.bsn import check_bsn, mask_bsn
from medunit.domain.criminal import not_required_to_report
from medunit.domain.permissions import Action, allowed
from medunit.domain.records import BSN_LEGAL_BASES, CaseStatus, EntryKind
from medunit.domain.roles import CRIMINAL_RECORD, Role
from medunit.domain.text import MAX_PAGE as MAX_PAGE
from medunit.domain.text import MAX_SEARCH_CHARS, check_page, check_text, text_problem
from medunit.errors import IntegrityError, PermissionDeniedError, ValidationError
from medunit.services.guard import Access, access
from medunit.services.session import Session, utc_now
from medunit.store import content, meta, rowlock, teams
from medunit.store import records as repo
from medunit.store.database import Database
from medunit.store.records import CHUNK, CaseQuery, CaseRow
from medunit.store.vault import PREVIOUS_SUFFIX

__all__ = ["CaseQuery"]

MIN_REASON = 10
MAX_REASON = 1000


class RestrictedCaseError(PermissionDeniedError):
    pass


class OutsideTeamError(PermissionDeniedError):
    pass


@dataclass(frozen=True)
class CaseSummary:
    reference: str
    case_type: str
    status: str
    received_at: str
    assigned_advisor: str | None
    restricted: bool
    person_reference: str
    person_name: str


@dataclass(frozen=True)
class PersonView:
    reference: str
    name: str
    date_of_birth: str
    bsn_masked: str | None
    bsn_legal_basis: str | None
    #: the person row's version, named when the BSN is set (store/rowlock.py)
    version: int = 0


@dataclass(frozen=True)
class CaseDetail:
    summary: CaseSummary
    question: str
    person: PersonView
    #: False when the role may not read health content (the question is empty then, not hidden in the UI).
    question_shown: bool = True
    #: the case row's version as read: a status change or closing names it (store/rowlock.py)
    version: int = 0


@dataclass(frozen=True)
class EntryView:
    id: int
    kind: str
    text: str
    recorded_at: str
    recorded_by: str


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    filename: str
    media_type: str
    size: int
    sha256: str
    created_at: str


@dataclass(frozen=True)
class CriminalFact:
    id: int
    fact_date: str
    text: str
    not_required_to_report: bool
    recorded_by: str


def _summary(row: CaseRow, visible: bool) -> CaseSummary:
    return CaseSummary(
        reference=row.reference,
        case_type=row.case_type,
        status=row.status,
        received_at=row.received_at,
        assigned_advisor=row.assigned_advisor,
        restricted=row.restricted,
        person_reference=row.person_reference if visible else "",
        person_name=row.person_name if visible else "",
    )


def _may_open(session: Session, acc: Access, row: CaseRow, listed: set[int] | None = None) -> bool:
    """``listed``: the restricted cases of a page whose list names this user, read at once (else per row)."""
    return (
        not row.restricted
        or (row.id in listed if listed is not None else session.user in repo.case_allowed_users(acc.db, row.id))
        or row.reference in session.broken_glass
    )


def staff_team(session: Session, acc: Access) -> tuple[str, ...] | None:
    """Need to know ("alleen de gegevens die zij nodig hebben"): under ``access.staff_scope = "team"`` a
    unit-staff member works only on the cases of the advisors the administrator assigned them to.
    None: no limit (other roles, or the policy's "unit" scope)."""
    if session.role is not Role.UNIT_STAFF or session.policy.get("access.staff_scope") != "team":
        return None
    return tuple(teams.team_of(acc.db, session.user))


def check_team(session: Session, acc: Access, row: CaseRow) -> None:
    """Refuse (the guard logs it) a case outside the staff member's team."""
    team = staff_team(session, acc)
    if team is not None and row.assigned_advisor not in team:
        raise OutsideTeamError(
            "Case {ref} belongs to an advisor you do not support. The unit administrator assigns staff to "
            "advisors. The attempt was logged.",
            ref=row.reference,
        )


def open_case(session: Session, acc: Access, reference: str) -> CaseRow:
    """The case, if it exists and this user may open it; fills in what the log entry names."""
    row = repo.case_by_reference(acc.db, reference)
    if row is None:
        raise ValidationError("There is no case {ref}.", ref=reference)
    acc.case_ref = row.reference
    acc.person_ref = row.person_reference
    if session.role is Role.UNIT_STAFF and row.assigned_advisor:
        acc.responsible = row.assigned_advisor  # NEN 7513: staff act under the responsible advisor
    check_team(session, acc, row)
    if not _may_open(session, acc, row):
        raise RestrictedCaseError(
            "Case {ref} is restricted to named advisors. Break the glass with a reason to open it.", ref=reference
        )
    return row


def list_cases(
    session: Session, query: CaseQuery, offset: int = 0, limit: int = 100, *, refresh: bool = False
) -> list[CaseSummary]:
    """One page of the case list; restricted cases show no person unless this user may open them, and a
    search never matches their person. The log entry names the search and filters (who looked for whom);
    ``refresh`` marks a list read again because another workstation changed a case (services/changes.py)."""
    with access(session, Action.CASE_LIST) as acc:
        acc.reason = ("refresh " if refresh else "") + _query_reason(query, offset, limit)
        check_text("The search text", query.text, multiline=False, max_chars=MAX_SEARCH_CHARS)
        check_page(offset, limit)
        scoped = replace(query, within_advisors=staff_team(session, acc))
        rows = repo.search_cases(acc.db, scoped, offset, limit, session.user, session.broken_glass)
        acc.reason += f" rows={len(rows)}"
        listed = repo.cases_listing(acc.db, session.user, [r.id for r in rows if r.restricted])
        return [_summary(r, _may_open(session, acc, r, listed)) for r in rows]


def _query_reason(query: CaseQuery, offset: int, limit: int) -> str:
    """The search and filters as the access log shows them (a refused search is logged with them too)."""
    parts = [
        f"{name}={json.dumps(value, ensure_ascii=True)[: MAX_SEARCH_CHARS + 2]}"
        for name, value in (
            ("search", query.text),
            ("status", query.status),
            ("type", query.case_type),
            ("advisor", query.advisor),
        )
        if value
    ]
    return " ".join([*parts, f"page offset={offset} limit={limit}"])


def case_advisors(session: Session) -> list[str]:
    """Every advisor with cases (user names), for the case list's advisor filter."""
    with access(session, Action.CASE_LIST, reason="advisors with cases") as acc:
        return repo.case_advisors(acc.db)


def count_cases(session: Session) -> int:
    with access(session, Action.CASE_LIST) as acc:
        return repo.count_cases(acc.db, staff_team(session, acc))


def get_case(session: Session, reference: str) -> CaseDetail:
    with access(session, Action.CASE_READ, case_ref=reference) as acc:
        row = open_case(session, acc, reference)
        # the question is health content: a role that may only open the case (criminal-record officer)
        # gets it only if the matrix grants it health reads
        return case_detail(acc.db, row, allowed(session.role, Action.HEALTH_READ))


def case_detail(db: Database, row: CaseRow, question_shown: bool) -> CaseDetail:
    """What ``get_case`` reads inside its gate: the person, the sealed question opened (when shown) and the
    row versions. Only ever called inside ``access``; tests/bench/bench_log.py times it bare as the fair
    unlogged read of the same row (issue 15 point 4)."""
    person = repo.person_by_id(db, row.person_id)
    return CaseDetail(
        summary=_summary(row, True),
        question=repo.case_question(db, row.id) if question_shown else "",
        question_shown=question_shown,
        person=PersonView(
            reference=person.reference,
            name=f"{person.given_names} {person.family_name}",
            date_of_birth=person.date_of_birth,
            bsn_masked=mask_bsn(person.bsn) if person.bsn else None,
            bsn_legal_basis=person.bsn_legal_basis,
            version=rowlock.version(db, "persons", ("id", person.id)),
        ),
        version=rowlock.version(db, "cases", ("id", row.id)),
    )


def break_glass(session: Session, reference: str, reason: str) -> None:
    """Open a restricted case for this session, with a mandatory reason logged for the privacy officer."""
    reason = reason.strip()
    if len(reason) < MIN_REASON or text_problem(reason) or len(reason) > MAX_REASON:
        # refused and logged like any other refusal
        with access(session, Action.BREAK_GLASS, case_ref=reference):
            check_text("The reason", reason, max_chars=MAX_REASON)
            raise ValidationError("Breaking the glass needs a reason of at least {n} characters.", n=MIN_REASON)
    with access(session, Action.BREAK_GLASS, case_ref=reference, reason=reason) as acc:
        row = repo.case_by_reference(acc.db, reference)
        if row is None:
            raise ValidationError("There is no case {ref}.", ref=reference)
        acc.person_ref = row.person_reference
        acc.emergency = True
        if row.restricted:  # the case key from its glass envelope: refused (and logged) without the glass key
            content.open_glass(acc.db, row.id)
        session.broken_glass.add(reference)


def entries(session: Session, reference: str) -> list[EntryView]:
    with access(session, Action.HEALTH_READ, case_ref=reference) as acc:
        row = open_case(session, acc, reference)
        found = repo.entries_of_case(acc.db, row.id)
        acc.record_ids = [f"entry:{e.id}" for e in found]
        return [EntryView(e.id, e.kind, e.text, e.recorded_at, e.recorded_by) for e in found]


def add_entry(session: Session, reference: str, kind: str, text: str) -> int:
    try:
        kind_value = EntryKind(kind).value
    except ValueError:
        raise ValidationError("Unknown entry kind '{kind}'.", kind=kind) from None
    if not text.strip():
        raise ValidationError("An entry needs text.")
    check_text("The entry", text)
    with access(session, Action.HEALTH_WRITE, case_ref=reference) as acc:
        row = open_case(session, acc, reference)
        entry_id = repo.insert_entry(acc.db, row.id, kind_value, text, utc_now(), session.user)
        acc.record_ids = [f"entry:{entry_id}"]
        return entry_id


def _chunks(stream: BinaryIO, first: bytes, limit: int, name: str) -> Iterator[bytes]:
    total = 0
    chunk = first
    while chunk:
        total += len(chunk)
        if total > limit:
            raise ValidationError(
                "The file {name} is larger than the policy's limit of {mb} MB; nothing was stored.",
                name=name,
                mb=limit // (1024 * 1024),
            )
        yield chunk
        chunk = stream.read(CHUNK)


def add_attachment(session: Session, reference: str, filename: str, stream: BinaryIO) -> AttachmentInfo:
    """Store a PDF/PNG/JPEG streamed in chunks; a lying extension or an oversized file stores nothing."""
    with access(session, Action.ATTACHMENT_WRITE, case_ref=reference) as acc:
        row = open_case(session, acc, reference)
        info = store_attachment(session, acc, row.id, filename, stream)
        acc.record_ids = [f"attachment:{info.id}"]
        return info


def store_attachment(session: Session, acc: Access, case_id: int, filename: str, stream: BinaryIO) -> AttachmentInfo:
    """The attachment part of a logged access (the caller's transaction, the caller's log entry)."""
    limit = int(session.policy.get("attachments.max_mb")) * 1024 * 1024
    first = stream.read(CHUNK)
    media_type = media_type_of(first[:16], filename)
    at = utc_now()
    att_id, size, digest = repo.insert_attachment(
        acc.db, case_id, filename, media_type, _chunks(stream, first, limit, filename), at, session.user
    )
    return AttachmentInfo(att_id, filename, media_type, size, digest, at)


def attachments(session: Session, reference: str) -> list[AttachmentInfo]:
    with access(session, Action.ATTACHMENT_READ, case_ref=reference) as acc:
        row = open_case(session, acc, reference)
        found = repo.attachments_of_case(acc.db, row.id)
        acc.record_ids = [f"attachment:{a.id}" for a in found]
        return [AttachmentInfo(a.id, a.filename, a.media_type, a.size, a.sha256, a.created_at) for a in found]


def read_attachment(session: Session, reference: str, attachment_id: int) -> Iterator[bytes]:
    """The attachment's bytes chunk by chunk (never written to disk in clear)."""
    with access(session, Action.ATTACHMENT_READ, case_ref=reference) as acc:
        row = open_case(session, acc, reference)
        att = repo.attachment(acc.db, attachment_id, row.id)
        if att is None or att.case_id != row.id:
            raise ValidationError("Attachment {id} does not belong to case {ref}.", id=attachment_id, ref=reference)
        acc.record_ids = [f"attachment:{att.id}"]
        db = acc.db
    return repo.attachment_chunks(db, attachment_id)


def reveal_bsn(session: Session, reference: str) -> str:
    """The full BSN of the case's person: an explicit, logged action."""
    with access(session, Action.BSN_REVEAL, case_ref=reference) as acc:
        row = open_case(session, acc, reference)
        person = repo.person_by_id(acc.db, row.person_id)
        if person.bsn is None:
            raise ValidationError("No BSN is recorded for this person.")
        acc.basis = f"legal-basis:{person.bsn_legal_basis}"
        return person.bsn


def set_bsn(session: Session, reference: str, bsn: str, legal_basis: str, *, version: int | None = None) -> int:
    """Record a BSN only together with its legal basis (statement: only with a legal basis). ``version``:
    the person's version the editor read (``CaseDetail.person.version``); a stale one is refused with who
    changed it when, and nothing is written. None: the person as it is now (a one-shot command that read
    nothing before). Returns the new version."""
    if legal_basis not in BSN_LEGAL_BASES:
        raise ValidationError("A BSN needs a legal basis; choose one of: {bases}.", bases=", ".join(BSN_LEGAL_BASES))
    clean = check_bsn(bsn)
    with access(session, Action.CASE_UPDATE, case_ref=reference) as acc:
        row = open_case(session, acc, reference)
        new = repo.set_bsn(acc.db, row.person_id, clean, legal_basis, expected=version, by=session.user, at=utc_now())
        acc.basis = f"legal-basis:{legal_basis}"
        return new


def set_status(session: Session, reference: str, status: str, *, version: int | None = None) -> int:
    """``version``: the case's version the editor read (``CaseDetail.version``; None: as it is now).
    Returns the new version."""
    try:
        value = CaseStatus(status).value
    except ValueError:
        raise ValidationError("Unknown case status '{status}'.", status=status) from None
    with access(session, Action.CASE_UPDATE, case_ref=reference) as acc:
        row = open_case(session, acc, reference)
        return repo.set_case_status(acc.db, row.id, value, expected=version, by=session.user, at=utc_now())


# -- criminal-record compartment ------------------------------------------------------------------------


ROTATION_DUE = "compartment_rotation_due:" + CRIMINAL_RECORD


def _open_fact(session: Session, person_ref: str, fact_date: str, sealed: bytes) -> bytes:
    """The fact's plaintext under the compartment key, or the previous one while a rotation is under way."""
    keys = [session.vault.bag.compartments.get(n) for n in (CRIMINAL_RECORD, CRIMINAL_RECORD + PREVIOUS_SUFFIX)]
    for key in keys:
        if key is None:
            continue
        try:
            return open_sealed(key, sealed, _aad(person_ref, fact_date))
        except DecryptionFailed:
            continue
    raise DecryptionFailed("no compartment key opens this fact")


def rotate_compartment_if_due(session: Session) -> bool:
    """After a holder of the criminal-record key was removed, the next officer to unlock re-encrypts every
    fact under a fresh compartment key (the administrator who removed them never holds it). Staged so an
    interruption at any point leaves every fact readable; logged as an automatic duty, without content."""
    vault = session.vault
    if CRIMINAL_RECORD not in vault.bag.compartments or not meta.get(vault.db, ROTATION_DUE) is not None:
        return False
    _old, new = vault.stage_compartment_rotation(CRIMINAL_RECORD)
    with access(session, Action.CRIMINAL_WRITE, system=True) as acc:
        rows = repo.all_criminal_sealed(acc.db)
        for fact_id, person_ref, fact_date, sealed in rows:
            plain = _open_fact(session, person_ref, fact_date, sealed)
            repo.update_criminal_sealed(acc.db, fact_id, seal(new, plain, _aad(person_ref, fact_date)))
        meta.delete(acc.db, ROTATION_DUE)
        acc.reason = f"compartment key rotated after a holder was removed; {len(rows)} fact(s) re-encrypted"
    vault.finish_compartment_rotation(CRIMINAL_RECORD)
    return True


def _compartment_key(session: Session) -> bytes:
    key = session.vault.bag.compartments.get(CRIMINAL_RECORD)
    if key is None:
        raise PermissionDeniedError("Your key slot does not hold the criminal-record compartment key.")
    return key


def _aad(person_ref: str, fact_date: str) -> bytes:
    return f"medunit-criminal-v1|{person_ref}|{fact_date}".encode()


def seal_fact(key: bytes, person_ref: str, fact_date: str, text: str) -> bytes:
    """A fact as stored: AES-GCM under the compartment key, bound to its person and date."""
    return seal(key, json.dumps({"text": text}).encode(), _aad(person_ref, fact_date))


def add_criminal_fact(session: Session, person_ref: str, fact_date: date, text: str) -> int:
    if not text.strip():
        raise ValidationError("A criminal-record fact needs text.")
    with access(session, Action.CRIMINAL_WRITE, person_ref=person_ref) as acc:
        key = _compartment_key(session)
        person = repo.person_by_reference(acc.db, person_ref)
        if person is None:
            raise ValidationError("There is no person {ref}.", ref=person_ref)
        sealed = seal_fact(key, person_ref, fact_date.isoformat(), text)
        fact_id = repo.insert_criminal(acc.db, person.id, fact_date.isoformat(), sealed, utc_now(), session.user)
        acc.record_ids = [f"criminal:{fact_id}"]
        return fact_id


def criminal_facts(session: Session, person_ref: str, today: date) -> list[CriminalFact]:
    with access(session, Action.CRIMINAL_READ, person_ref=person_ref) as acc:
        _compartment_key(session)  # refuses (and logs) a reader whose slot lacks the compartment key
        person = repo.person_by_reference(acc.db, person_ref)
        if person is None:
            raise ValidationError("There is no person {ref}.", ref=person_ref)
        facts = []
        for fact_id, fact_date, sealed, _at, by in repo.criminal_of_person(acc.db, person.id):
            try:
                text = json.loads(_open_fact(session, person_ref, fact_date, sealed))["text"]
            except DecryptionFailed:
                raise IntegrityError("Criminal-record fact {id} was altered.", id=fact_id) from None
            flag = not_required_to_report(date.fromisoformat(fact_date), today)
            facts.append(CriminalFact(fact_id, fact_date, text, flag, by))
        acc.record_ids = [f"criminal:{f.id}" for f in facts]
        return facts

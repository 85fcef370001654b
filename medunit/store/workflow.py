"""Repositories for the consent ledger, information requests, advice versions and contact moments."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from medunit.domain.consent import Addressee, ConsentEvent, ConsentGrant
from medunit.store import content, rowlock
from medunit.store.database import Database


def _dt(text: str) -> datetime:
    return datetime.fromisoformat(text)


# -- consents --------------------------------------------------------------------------------------------

_CONSENT_COLUMNS = (
    "SELECT co.id, co.case_id, p.reference, c.reference, co.addressee_name, co.addressee_institution, "
    "co.addressee_specialism, co.addressee_agb, co.categories, co.method, co.evidence_attachment_id, "
    "co.digital_reference, co.obtained_at, co.valid_until, co.recorded_by, co.recorded_at "
)
_CONSENT_JOIN = " co JOIN cases c ON c.id = co.case_id JOIN persons p ON p.id = c.person_id"
#: On the unit server sealed columns are read only through its logged-read functions (store/pg/ddl.py
#: LOGGED_READS), one per content table, which take the case's id.
_CASE_OF_CONSENT = "(SELECT case_id FROM consents WHERE id = ?)"


def _addressee(db: Database, table: str, row_id: int, r: tuple[Any, ...]) -> Addressee:
    """The addressee as stored: who a person's doctor is (and their specialism) is health information."""

    def o(col: str, v: str) -> str:
        return content.open_text(db, table, col, row_id, v)

    return Addressee(o("addressee_name", r[0]), o("addressee_institution", r[1]), o("addressee_specialism", r[2]), r[3])


def _seal_addressee(db: Database, table: str, row_id: int, case_id: int, a: Addressee) -> tuple[str, str, str]:
    def s(col: str, v: str) -> str:
        return content.seal_text(db, table, col, row_id, case_id, v)

    return (
        s("addressee_name", a.name),
        s("addressee_institution", a.institution),
        s("addressee_specialism", a.specialism),
    )


def _grant(db: Database, r: tuple[Any, ...]) -> ConsentGrant:
    cid = r[0]
    return ConsentGrant(
        id=cid,
        person_ref=r[2],
        case_ref=r[3],
        addressee=_addressee(db, "consents", cid, r[4:8]),
        categories=tuple(json.loads(content.open_text(db, "consents", "categories", cid, r[8]))),
        method=r[9],
        evidence_attachment_id=r[10],
        digital_reference=content.open_optional(db, "consents", "digital_reference", cid, r[11]),
        obtained_at=_dt(r[12]),
        valid_until=_dt(r[13]),
        recorded_by=r[14],
        recorded_at=_dt(r[15]),
    )


def insert_consent(db: Database, case_id: int, g: ConsentGrant) -> int:
    a = g.addressee
    cid = content.next_id(db, "consents")
    db.execute(
        "INSERT INTO consents(id, case_id, addressee_name, addressee_institution, addressee_specialism, "
        "addressee_agb, categories, method, evidence_attachment_id, digital_reference, obtained_at, valid_until, "
        "recorded_at, recorded_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            cid,
            case_id,
            *_seal_addressee(db, "consents", cid, case_id, a),
            a.agb_code,
            content.seal_text(db, "consents", "categories", cid, case_id, json.dumps(list(g.categories))),
            g.method,
            g.evidence_attachment_id,
            content.seal_optional(db, "consents", "digital_reference", cid, case_id, g.digital_reference),
            g.obtained_at.isoformat(),
            g.valid_until.isoformat(),
            g.recorded_at.isoformat(),
            g.recorded_by,
        ),
    )
    return cid


def consents_of_case(db: Database, case_id: int) -> list[ConsentGrant]:
    if db.dialect == "postgresql":
        sql = _CONSENT_COLUMNS + "FROM consents_of_case(?)" + _CONSENT_JOIN + " ORDER BY co.id"
    else:
        sql = _CONSENT_COLUMNS + "FROM consents" + _CONSENT_JOIN + " WHERE co.case_id = ? ORDER BY co.id"
    return [_grant(db, r) for r in db.execute(sql, (case_id,)).fetchall()]


def consent(db: Database, consent_id: int) -> ConsentGrant | None:
    if db.dialect == "postgresql":
        sql = _CONSENT_COLUMNS + f"FROM consents_of_case({_CASE_OF_CONSENT})" + _CONSENT_JOIN + " WHERE co.id = ?"
        row = db.execute(sql, (consent_id, consent_id)).fetchone()
    else:
        sql = _CONSENT_COLUMNS + "FROM consents" + _CONSENT_JOIN + " WHERE co.id = ?"
        row = db.execute(sql, (consent_id,)).fetchone()
    return _grant(db, row) if row else None


def insert_event(db: Database, consent_id: int, kind: str, at: datetime, by: str) -> int:
    cur = db.execute(
        "INSERT INTO consent_events(consent_id, kind, at, recorded_by) VALUES (?, ?, ?, ?) RETURNING id",
        (consent_id, kind, at.isoformat(), by),
    )
    return int(cur.fetchone()[0])


def events_of_consent_locked(db: Database, consent_id: int) -> list[ConsentEvent]:
    """The consent's events, oldest first, with the consent held against a concurrent event until the
    transaction ends: a file store's write transaction is already exclusive (BEGIN IMMEDIATE); on the unit
    server the consent row is locked (FOR UPDATE fires no trigger, the grant itself stays unchanged)."""
    if db.dialect == "postgresql":
        db.execute("SELECT id FROM consents WHERE id = ? FOR UPDATE", (consent_id,))
    rows = db.execute(
        "SELECT consent_id, kind, at, recorded_by FROM consent_events WHERE consent_id = ? ORDER BY id", (consent_id,)
    ).fetchall()
    return [ConsentEvent(r[0], r[1], _dt(r[2]), r[3]) for r in rows]


def events_of_case(db: Database, case_id: int) -> list[ConsentEvent]:
    rows = db.execute(
        "SELECT e.consent_id, e.kind, e.at, e.recorded_by FROM consent_events e "
        "JOIN consents co ON co.id = e.consent_id WHERE co.case_id = ? ORDER BY e.at, e.id",
        (case_id,),
    ).fetchall()
    return [ConsentEvent(r[0], r[1], _dt(r[2]), r[3]) for r in rows]


def expired_without_event(db: Database, now: datetime, since: str | None = None) -> list[tuple[int, str]]:
    """Consents past their valid-until (and after ``since``) with no 'expired' or 'withdrawn' event yet."""
    sql = (
        "SELECT co.id, co.valid_until FROM consents co WHERE co.valid_until <= ? AND NOT EXISTS "
        "(SELECT 1 FROM consent_events e WHERE e.consent_id = co.id AND e.kind IN ('expired', 'withdrawn'))"
    )
    params: tuple[str, ...] = (now.isoformat(),)
    if since is not None:
        sql += " AND co.valid_until > ?"
        params += (since,)
    return [(int(r[0]), str(r[1])) for r in db.execute(sql, params).fetchall()]


def expiry_checked_until(db: Database) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = 'consent_expiry_checked_until'").fetchone()
    return str(row[0]) if row else None


def set_expiry_checked_until(db: Database, moment: datetime) -> None:
    db.execute(
        "INSERT INTO meta(key, value) VALUES ('consent_expiry_checked_until', ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (moment.isoformat(),),
    )


# -- information requests --------------------------------------------------------------------------------


@dataclass(frozen=True)
class RequestRow:
    id: int
    case_id: int
    consent_id: int
    addressee: Addressee
    questions: str
    state: str
    created_at: str
    created_by: str
    sent_at: str | None
    sent_by: str | None
    sent_consent_id: int | None
    answered_at: str | None
    answer_entry_id: int | None
    cancelled_at: str | None
    #: what an editor names when it changes the request (store/rowlock.py)
    row_version: int = 1


_REQUEST = (
    "SELECT id, case_id, consent_id, addressee_name, addressee_institution, addressee_specialism, addressee_agb, "
    "questions, state, created_at, created_by, sent_at, sent_by, sent_consent_id, answered_at, answer_entry_id, "
    "cancelled_at, row_version FROM "
)


def _request(db: Database, r: tuple[Any, ...]) -> RequestRow:
    rid = r[0]
    questions = content.open_text(db, "info_requests", "questions", rid, r[7])
    return RequestRow(rid, r[1], r[2], _addressee(db, "info_requests", rid, r[3:7]), questions, *r[8:])


def insert_request(db: Database, case_id: int, consent_id: int, a: Addressee, questions: str, at: str, by: str) -> int:
    rid = content.next_id(db, "info_requests")
    db.execute(
        "INSERT INTO info_requests(id, case_id, consent_id, addressee_name, addressee_institution, "
        "addressee_specialism, addressee_agb, questions, state, created_at, created_by) "
        "VALUES (?,?,?,?,?,?,?,?,'draft',?,?)",
        (
            rid,
            case_id,
            consent_id,
            *_seal_addressee(db, "info_requests", rid, case_id, a),
            a.agb_code,
            content.seal_text(db, "info_requests", "questions", rid, case_id, questions),
            at,
            by,
        ),
    )
    return rid


def request(db: Database, request_id: int) -> RequestRow | None:
    if db.dialect == "postgresql":
        sql = _REQUEST + "info_requests_of_case((SELECT case_id FROM info_requests WHERE id = ?)) WHERE id = ?"  # noqa: S608
        row = db.execute(sql, (request_id, request_id)).fetchone()
    else:
        row = db.execute(_REQUEST + "info_requests WHERE id = ?", (request_id,)).fetchone()
    return _request(db, row) if row else None


def requests_of_case(db: Database, case_id: int) -> list[RequestRow]:
    sql = _REQUEST + content.case_rows(db, "info_requests") + " ORDER BY id"
    return [_request(db, r) for r in db.execute(sql, (case_id,)).fetchall()]


# Each state change names the version the editor read (None: as read in the same transaction) and bumps
# it (store/rowlock.py): two people sending, answering or cancelling one request cannot both succeed.


def mark_sent(db: Database, request_id: int, consent_id: int, at: str, by: str, *, expected: int | None) -> int:
    return rowlock.update(
        db,
        "info_requests",
        ("id", request_id),
        "state = 'sent', sent_at = ?, sent_by = ?, sent_consent_id = ?",
        (at, by, consent_id),
        expected=expected,
        by=by,
        at=at,
    )


def mark_answered(db: Database, request_id: int, at: str, entry_id: int, *, expected: int | None, by: str) -> int:
    return rowlock.update(
        db,
        "info_requests",
        ("id", request_id),
        "state = 'answered', answered_at = ?, answer_entry_id = ?",
        (at, entry_id),
        expected=expected,
        by=by,
        at=at,
    )


def mark_cancelled(db: Database, request_id: int, at: str, *, expected: int | None, by: str) -> int:
    return rowlock.update(
        db,
        "info_requests",
        ("id", request_id),
        "state = 'cancelled', cancelled_at = ?",
        (at,),
        expected=expected,
        by=by,
        at=at,
    )


# -- advice ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AdviceRow:
    id: int
    case_id: int
    version: int
    supersedes_id: int | None
    outcome: dict[str, Any]
    remark: str
    state: str
    drafted_by: str
    drafted_at: str
    signed_by: str | None
    signed_big: str | None
    signed_at: str | None
    content_hash: str | None
    #: leak-check words the advisor confirmed when signing (None: signed without the check, e.g. by the CLI)
    confirmed_findings: tuple[str, ...] | None = None
    #: what an editor names when it saves or signs this draft (store/rowlock.py)
    row_version: int = 1


_ADVICE = (
    "SELECT id, case_id, version, supersedes_id, outcome, remark, state, drafted_by, drafted_at, signed_by, "
    "signed_big, signed_at, content_hash, confirmed_findings, row_version FROM "
)


def _advice(db: Database, r: tuple[Any, ...]) -> AdviceRow:
    aid = r[0]

    def o(col: str, v: str) -> str:
        return content.open_text(db, "advice", col, aid, v)

    confirmed = content.open_optional(db, "advice", "confirmed_findings", aid, r[13])
    return AdviceRow(
        id=aid,
        case_id=r[1],
        version=r[2],
        supersedes_id=r[3],
        outcome=json.loads(o("outcome", r[4])),
        remark=o("remark", r[5]),
        state=r[6],
        drafted_by=r[7],
        drafted_at=r[8],
        signed_by=r[9],
        signed_big=r[10],
        signed_at=r[11],
        content_hash=content.open_optional(db, "advice", "content_hash", aid, r[12]),
        confirmed_findings=tuple(json.loads(confirmed)) if confirmed is not None else None,
        row_version=int(r[14]),
    )


def advice_versions(db: Database, case_id: int) -> list[AdviceRow]:
    rows = db.execute(_ADVICE + content.case_rows(db, "advice") + " ORDER BY version", (case_id,)).fetchall()
    return [_advice(db, r) for r in rows]


def _case_of_advice(db: Database, advice_id: int) -> int:
    return int(db.execute("SELECT case_id FROM advice WHERE id = ?", (advice_id,)).fetchone()[0])


def insert_advice(
    db: Database,
    case_id: int,
    version: int,
    supersedes: int | None,
    outcome: dict[str, Any],
    remark: str,
    at: str,
    by: str,
) -> int:
    aid = content.next_id(db, "advice")
    db.execute(
        "INSERT INTO advice(id, case_id, version, supersedes_id, outcome, remark, state, drafted_by, drafted_at) "
        "VALUES (?, ?, ?, ?, ?, ?, 'draft', ?, ?)",
        (aid, case_id, version, supersedes, *_seal_advice(db, aid, case_id, outcome, remark), by, at),
    )
    return aid


def _seal_advice(db: Database, aid: int, case_id: int, outcome: dict[str, Any], remark: str) -> tuple[str, str]:
    return (
        content.seal_text(db, "advice", "outcome", aid, case_id, json.dumps(outcome, sort_keys=True)),
        content.seal_text(db, "advice", "remark", aid, case_id, remark),
    )


def update_draft(
    db: Database, advice_id: int, outcome: dict[str, Any], remark: str, at: str, by: str, *, expected: int | None
) -> int:
    """Save the draft over itself, only while it is still a draft at version ``expected`` (rowlock)."""
    sealed = _seal_advice(db, advice_id, _case_of_advice(db, advice_id), outcome, remark)
    return rowlock.update(
        db,
        "advice",
        ("id", advice_id),
        "outcome = ?, remark = ?, drafted_at = ?, drafted_by = ?",
        (*sealed, at, by),
        expected=expected,
        by=by,
        at=at,
        condition=" AND state = 'draft'",
    )


def sign_advice(
    db: Database,
    advice_id: int,
    by: str,
    big: str,
    at: str,
    content_hash: str,
    *,
    confirmed_findings: tuple[str, ...] | None = None,
    expected: int | None,
) -> int:
    """The content hash is sealed too (with a short remark it would let a reader test guesses of the
    outcome), and so are the confirmed leak-check words (health terms from the remark). Only the draft
    at version ``expected`` is signed: never a text someone changed after the signer read it."""
    case_id = _case_of_advice(db, advice_id)
    sealed_hash = content.seal_text(db, "advice", "content_hash", advice_id, case_id, content_hash)
    confirmed = json.dumps(list(confirmed_findings)) if confirmed_findings is not None else None
    sealed_confirmed = content.seal_optional(db, "advice", "confirmed_findings", advice_id, case_id, confirmed)
    return rowlock.update(
        db,
        "advice",
        ("id", advice_id),
        "state = 'signed', signed_by = ?, signed_big = ?, signed_at = ?, content_hash = ?, confirmed_findings = ?",
        (by, big, at, sealed_hash, sealed_confirmed),
        expected=expected,
        by=by,
        at=at,
        condition=" AND state = 'draft'",
    )


# -- contact moments -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ContactRow:
    id: int
    subject: str
    at: str
    department: str
    channel: str
    case_reference: str | None
    recorded_by: str
    recordings: int = 0  # recordings of this conversation still kept (at most 4 weeks)


def insert_contact(
    db: Database, person_id: int, case_id: int | None, subject: str, at: str, dept: str, channel: str, by: str
) -> int:
    """The subject is one of a closed list of codes (domain.contact), never free text: not sealed."""
    cur = db.execute(
        "INSERT INTO contacts(person_id, case_id, subject, at, department, channel, recorded_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
        (person_id, case_id, subject, at, dept, channel, by),
    )
    return int(cur.fetchone()[0])


_CONTACT_SELECT = (
    "SELECT k.id, k.subject, k.at, k.department, k.channel, c.reference, k.recorded_by, "
    "(SELECT count(*) FROM recording_contacts r WHERE r.contact_id = k.id) FROM contacts k "
    "LEFT JOIN cases c ON c.id = k.case_id "
)


def contacts_of_person(db: Database, person_id: int) -> list[ContactRow]:
    rows = db.execute(_CONTACT_SELECT + "WHERE k.person_id = ? ORDER BY k.at", (person_id,)).fetchall()
    return [ContactRow(*r) for r in rows]


def contact_of_person(db: Database, contact_id: int, person_id: int) -> ContactRow | None:
    """One contact moment, if it belongs to ``person_id``."""
    row = db.execute(_CONTACT_SELECT + "WHERE k.id = ? AND k.person_id = ?", (contact_id, person_id)).fetchone()
    return ContactRow(*row) if row else None


def link_recording(db: Database, entry_id: int, contact_id: int) -> None:
    db.execute("INSERT INTO recording_contacts(entry_id, contact_id) VALUES (?, ?)", (entry_id, contact_id))


def recordings_of_contact(db: Database, contact_id: int) -> list[int]:
    rows = db.execute("SELECT entry_id FROM recording_contacts WHERE contact_id = ? ORDER BY entry_id", (contact_id,))
    return [int(r[0]) for r in rows.fetchall()]


# -- retention -------------------------------------------------------------------------------------------


def due_recordings(db: Database, before: str) -> list[int]:
    rows = db.execute(
        "SELECT id FROM health_entries WHERE kind = 'recording' AND recorded_at < ?", (before,)
    ).fetchall()
    return [int(r[0]) for r in rows]


def due_closed_cases(db: Database, before: str) -> list[int]:
    rows = db.execute("SELECT id FROM cases WHERE closed_at IS NOT NULL AND closed_at < ?", (before,)).fetchall()
    return [int(r[0]) for r in rows]


def due_contacts(db: Database, before: str) -> list[int]:
    return [int(r[0]) for r in db.execute("SELECT id FROM contacts WHERE at < ?", (before,)).fetchall()]


def delete_entries(db: Database, ids: list[int]) -> None:
    db.executemany("DELETE FROM health_entries WHERE id = ?", [(i,) for i in ids])


def delete_contacts(db: Database, ids: list[int]) -> None:
    db.executemany("DELETE FROM contacts WHERE id = ?", [(i,) for i in ids])


def delete_cases(db: Database, ids: list[int]) -> None:
    """A closed case and everything hanging off it (entries, attachments, consents, requests, advice).
    Persons with no case left are removed too, with their criminal-record facts and contact moments."""
    rows = [(i,) for i in ids]
    # a change like any other (the server requires the version bump, store/pg/ddl.py ROW_VERSION_RULES)
    db.executemany(
        "UPDATE info_requests SET answer_entry_id = NULL, row_version = row_version + 1 WHERE case_id = ?", rows
    )
    db.executemany("DELETE FROM info_requests WHERE case_id = ?", rows)
    db.executemany("DELETE FROM advice WHERE case_id = ? AND supersedes_id IS NOT NULL", rows)
    db.executemany("DELETE FROM advice WHERE case_id = ?", rows)
    db.executemany("DELETE FROM consent_events WHERE consent_id IN (SELECT id FROM consents WHERE case_id = ?)", rows)
    db.executemany("DELETE FROM consents WHERE case_id = ?", rows)
    db.executemany("DELETE FROM cases WHERE id = ?", rows)
    orphan = "SELECT id FROM persons p WHERE NOT EXISTS (SELECT 1 FROM cases c WHERE c.person_id = p.id)"
    db.execute(f"DELETE FROM criminal_records WHERE person_id IN ({orphan})")  # noqa: S608
    db.execute(f"DELETE FROM contacts WHERE person_id IN ({orphan})")  # noqa: S608
    db.execute(f"DELETE FROM persons WHERE id IN ({orphan})")  # noqa: S608


def close_case(db: Database, case_id: int, at: str, *, expected: int | None, by: str) -> int:
    """Close the case, only while its version is still ``expected`` (store/rowlock.py)."""
    return rowlock.update(
        db, "cases", ("id", case_id), "status = 'closed', closed_at = ?", (at,), expected=expected, by=by, at=at
    )


def checkpoint(db: Database) -> None:
    """Fold the WAL into the database and truncate it, so deleted rows linger in no WAL frame. (The unit
    server has no WAL file of medunit's: its deleted rows are sealed ciphertext, and its own vacuum and
    backups are IT's, docs/unit-server.md.)"""
    if db.dialect == "sqlite":
        db.pragma("wal_checkpoint(TRUNCATE)")

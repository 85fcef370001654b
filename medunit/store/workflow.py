"""Repositories for the consent ledger, information requests, advice versions and contact moments."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from medunit.domain.consent import Addressee, ConsentEvent, ConsentGrant
from medunit.store.database import Database


def _dt(text: str) -> datetime:
    return datetime.fromisoformat(text)


# -- consents --------------------------------------------------------------------------------------------

_CONSENT = (
    "SELECT co.id, p.reference, c.reference, co.addressee_name, co.addressee_institution, co.addressee_specialism, "
    "co.addressee_agb, co.categories, co.method, co.evidence_attachment_id, co.digital_reference, co.obtained_at, "
    "co.valid_until, co.recorded_by, co.recorded_at FROM consents co JOIN cases c ON c.id = co.case_id "
    "JOIN persons p ON p.id = c.person_id"
)


def _grant(r: tuple[Any, ...]) -> ConsentGrant:
    return ConsentGrant(
        id=r[0],
        person_ref=r[1],
        case_ref=r[2],
        addressee=Addressee(r[3], r[4], r[5], r[6]),
        categories=tuple(json.loads(r[7])),
        method=r[8],
        evidence_attachment_id=r[9],
        digital_reference=r[10],
        obtained_at=_dt(r[11]),
        valid_until=_dt(r[12]),
        recorded_by=r[13],
        recorded_at=_dt(r[14]),
    )


def insert_consent(db: Database, case_id: int, g: ConsentGrant) -> int:
    a = g.addressee
    cur = db.execute(
        "INSERT INTO consents(case_id, addressee_name, addressee_institution, addressee_specialism, addressee_agb, "
        "categories, method, evidence_attachment_id, digital_reference, obtained_at, valid_until, recorded_at, "
        "recorded_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            case_id,
            a.name,
            a.institution,
            a.specialism,
            a.agb_code,
            json.dumps(list(g.categories)),
            g.method,
            g.evidence_attachment_id,
            g.digital_reference,
            g.obtained_at.isoformat(),
            g.valid_until.isoformat(),
            g.recorded_at.isoformat(),
            g.recorded_by,
        ),
    )
    return int(cur.lastrowid)


def consents_of_case(db: Database, case_id: int) -> list[ConsentGrant]:
    return [_grant(r) for r in db.execute(_CONSENT + " WHERE co.case_id = ? ORDER BY co.id", (case_id,)).fetchall()]


def consent(db: Database, consent_id: int) -> ConsentGrant | None:
    row = db.execute(_CONSENT + " WHERE co.id = ?", (consent_id,)).fetchone()
    return _grant(row) if row else None


def insert_event(db: Database, consent_id: int, kind: str, at: datetime, by: str) -> int:
    cur = db.execute(
        "INSERT INTO consent_events(consent_id, kind, at, recorded_by) VALUES (?, ?, ?, ?)",
        (consent_id, kind, at.isoformat(), by),
    )
    return int(cur.lastrowid)


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


_REQUEST = (
    "SELECT id, case_id, consent_id, addressee_name, addressee_institution, addressee_specialism, addressee_agb, "
    "questions, state, created_at, created_by, sent_at, sent_by, sent_consent_id, answered_at, answer_entry_id, "
    "cancelled_at FROM info_requests"
)


def _request(r: tuple[Any, ...]) -> RequestRow:
    return RequestRow(r[0], r[1], r[2], Addressee(r[3], r[4], r[5], r[6]), *r[7:])


def insert_request(db: Database, case_id: int, consent_id: int, a: Addressee, questions: str, at: str, by: str) -> int:
    cur = db.execute(
        "INSERT INTO info_requests(case_id, consent_id, addressee_name, addressee_institution, addressee_specialism, "
        "addressee_agb, questions, state, created_at, created_by) VALUES (?,?,?,?,?,?,?,'draft',?,?)",
        (case_id, consent_id, a.name, a.institution, a.specialism, a.agb_code, questions, at, by),
    )
    return int(cur.lastrowid)


def request(db: Database, request_id: int) -> RequestRow | None:
    row = db.execute(_REQUEST + " WHERE id = ?", (request_id,)).fetchone()
    return _request(row) if row else None


def requests_of_case(db: Database, case_id: int) -> list[RequestRow]:
    return [_request(r) for r in db.execute(_REQUEST + " WHERE case_id = ? ORDER BY id", (case_id,)).fetchall()]


def mark_sent(db: Database, request_id: int, consent_id: int, at: str, by: str) -> None:
    db.execute(
        "UPDATE info_requests SET state = 'sent', sent_at = ?, sent_by = ?, sent_consent_id = ? WHERE id = ?",
        (at, by, consent_id, request_id),
    )


def mark_answered(db: Database, request_id: int, at: str, entry_id: int) -> None:
    db.execute(
        "UPDATE info_requests SET state = 'answered', answered_at = ?, answer_entry_id = ? WHERE id = ?",
        (at, entry_id, request_id),
    )


def mark_cancelled(db: Database, request_id: int, at: str) -> None:
    db.execute("UPDATE info_requests SET state = 'cancelled', cancelled_at = ? WHERE id = ?", (at, request_id))


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


_ADVICE = (
    "SELECT id, case_id, version, supersedes_id, outcome, remark, state, drafted_by, drafted_at, signed_by, "
    "signed_big, signed_at, content_hash, confirmed_findings FROM advice"
)


def _advice(r: tuple[Any, ...]) -> AdviceRow:
    confirmed = tuple(json.loads(r[13])) if r[13] is not None else None
    return AdviceRow(
        r[0], r[1], r[2], r[3], json.loads(r[4]), r[5], r[6], r[7], r[8], r[9], r[10], r[11], r[12], confirmed
    )


def advice_versions(db: Database, case_id: int) -> list[AdviceRow]:
    return [_advice(r) for r in db.execute(_ADVICE + " WHERE case_id = ? ORDER BY version", (case_id,)).fetchall()]


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
    cur = db.execute(
        "INSERT INTO advice(case_id, version, supersedes_id, outcome, remark, state, drafted_by, drafted_at) "
        "VALUES (?, ?, ?, ?, ?, 'draft', ?, ?)",
        (case_id, version, supersedes, json.dumps(outcome, sort_keys=True), remark, by, at),
    )
    return int(cur.lastrowid)


def update_draft(db: Database, advice_id: int, outcome: dict[str, Any], remark: str, at: str, by: str) -> None:
    db.execute(
        "UPDATE advice SET outcome = ?, remark = ?, drafted_at = ?, drafted_by = ? WHERE id = ? AND state = 'draft'",
        (json.dumps(outcome, sort_keys=True), remark, at, by, advice_id),
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
) -> None:
    confirmed = json.dumps(list(confirmed_findings)) if confirmed_findings is not None else None
    db.execute(
        "UPDATE advice SET state = 'signed', signed_by = ?, signed_big = ?, signed_at = ?, content_hash = ?, "
        "confirmed_findings = ? WHERE id = ? AND state = 'draft'",
        (by, big, at, content_hash, confirmed, advice_id),
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
    cur = db.execute(
        "INSERT INTO contacts(person_id, case_id, subject, at, department, channel, recorded_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (person_id, case_id, subject, at, dept, channel, by),
    )
    return int(cur.lastrowid)


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
    db.executemany("UPDATE info_requests SET answer_entry_id = NULL WHERE case_id = ?", rows)
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


def close_case(db: Database, case_id: int, at: str) -> None:
    db.execute("UPDATE cases SET status = 'closed', closed_at = ? WHERE id = ?", (at, case_id))


def checkpoint(db: Database) -> None:
    """Fold the WAL into the database and truncate it, so deleted rows linger in no WAL frame."""
    db.pragma("wal_checkpoint(TRUNCATE)")

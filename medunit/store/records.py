"""Repositories for persons, cases, health entries, attachments and criminal-record facts."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from medunit.store import content, rowlock
from medunit.store.database import Database

CHUNK = 256 * 1024


@dataclass(frozen=True)
class PersonRow:
    id: int
    reference: str
    given_names: str
    family_name: str
    date_of_birth: str
    bsn: str | None
    bsn_legal_basis: str | None


@dataclass(frozen=True)
class CaseRow:
    id: int
    reference: str
    person_id: int
    case_type: str
    status: str
    received_at: str
    assigned_advisor: str | None
    restricted: bool
    person_reference: str
    person_name: str


@dataclass(frozen=True)
class EntryRow:
    id: int
    case_id: int
    kind: str
    text: str
    recorded_at: str
    recorded_by: str


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    case_id: int
    filename: str
    media_type: str
    size: int
    sha256: str
    created_at: str
    created_by: str


_CASE_SELECT = (
    "SELECT c.id, c.reference, c.person_id, c.case_type, c.status, c.received_at, "
    "c.assigned_advisor, c.restricted, p.reference, p.given_names || ' ' || p.family_name "
    "FROM cases c JOIN persons p ON p.id = c.person_id"
)


def _case(row: tuple[Any, ...]) -> CaseRow:
    return CaseRow(row[0], row[1], row[2], row[3], row[4], row[5], row[6], bool(row[7]), row[8], row[9])


def insert_person(
    db: Database, reference: str, given: str, family: str, dob: str, bsn: str | None, basis: str | None
) -> int:
    cur = db.execute(
        "INSERT INTO persons(reference, given_names, family_name, date_of_birth, bsn, bsn_legal_basis) "
        "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
        (reference, given, family, dob, bsn, basis),
    )
    return int(cur.fetchone()[0])


def person_by_reference(db: Database, reference: str) -> PersonRow | None:
    row = db.execute(
        "SELECT id, reference, given_names, family_name, date_of_birth, bsn, bsn_legal_basis FROM persons "
        "WHERE reference = ?",
        (reference,),
    ).fetchone()
    return PersonRow(*row) if row else None


def person_by_id(db: Database, person_id: int) -> PersonRow:
    row = db.execute(
        "SELECT id, reference, given_names, family_name, date_of_birth, bsn, bsn_legal_basis FROM persons WHERE id = ?",
        (person_id,),
    ).fetchone()
    return PersonRow(*row)


def set_bsn(db: Database, person_id: int, bsn: str, basis: str, *, expected: int | None, by: str, at: str) -> int:
    """Record the BSN, only while the person's version is still ``expected`` (store/rowlock.py)."""
    return rowlock.update(
        db, "persons", ("id", person_id), "bsn = ?, bsn_legal_basis = ?", (bsn, basis), expected=expected, by=by, at=at
    )


def insert_case(
    db: Database,
    reference: str,
    person_id: int,
    case_type: str,
    status: str,
    question: str,
    received_at: str,
    assigned_advisor: str | None,
    restricted: bool,
    created_at: str,
    created_by: str,
    allowed_users: Iterable[str] = (),
) -> int:
    """A new case; a restricted one gets its own key first (sealed to ``allowed_users`` and the glass
    key), so its question is sealed under that key from the start."""
    allowed = sorted(set(allowed_users))
    case_id = content.next_id(db, "cases")
    if restricted:
        db.execute(  # the row must exist for the key envelopes' foreign key; the question follows sealed
            "INSERT INTO cases(id, reference, person_id, case_type, status, question, received_at, "
            "assigned_advisor, restricted, created_at, created_by) VALUES (?, ?, ?, ?, ?, '', ?, ?, 1, ?, ?)",
            (case_id, reference, person_id, case_type, status, received_at, assigned_advisor, created_at, created_by),
        )
        content.create_case_key(db, case_id, allowed)
        # an update like any other (the server refuses one that does not bump the version, ddl.py
        # ROW_VERSION_RULES): the new case is at version 2 when its transaction commits, made by its maker
        sealed = content.seal_text(db, "cases", "question", case_id, case_id, question)
        rowlock.update(
            db, "cases", ("id", case_id), "question = ?", (sealed,), expected=1, by=created_by, at=created_at
        )
    else:
        db.execute(
            "INSERT INTO cases(id, reference, person_id, case_type, status, question, received_at, "
            "assigned_advisor, restricted, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
            (
                case_id,
                reference,
                person_id,
                case_type,
                status,
                content.seal_text(db, "cases", "question", case_id, None, question),
                received_at,
                assigned_advisor,
                created_at,
                created_by,
            ),
        )
    db.executemany("INSERT INTO case_access(case_id, user_name) VALUES (?, ?)", [(case_id, u) for u in allowed])
    return case_id


def case_question(db: Database, case_id: int) -> str:
    """The case's question, opened with the health key or the restricted case's key."""
    if db.dialect == "postgresql":  # through the server's logged read (store/pg/ddl.py LOGGED_READS)
        value = db.execute("SELECT case_question(?)", (case_id,)).fetchone()[0]
        if value is None:  # a restricted case this login may not read: the server shows nothing
            raise content.missing_case_key(db, case_id)
    else:
        value = db.execute("SELECT question FROM cases WHERE id = ?", (case_id,)).fetchone()[0]
    return content.open_text(db, "cases", "question", case_id, str(value))


def case_by_reference(db: Database, reference: str) -> CaseRow | None:
    row = db.execute(_CASE_SELECT + " WHERE c.reference = ?", (reference,)).fetchone()
    return _case(row) if row else None


def case_reference_exists(db: Database, reference: str) -> bool:
    return db.execute("SELECT 1 FROM cases WHERE reference = ?", (reference,)).fetchone() is not None


def cases_of_person(db: Database, person_id: int) -> list[str]:
    return [r[0] for r in db.execute("SELECT reference FROM cases WHERE person_id = ?", (person_id,)).fetchall()]


def restricted_case_ids(db: Database) -> list[int]:
    return [int(r[0]) for r in db.execute("SELECT id FROM cases WHERE restricted = 1 ORDER BY id").fetchall()]


def case_allowed_users(db: Database, case_id: int) -> set[str]:
    return {r[0] for r in db.execute("SELECT user_name FROM case_access WHERE case_id = ?", (case_id,)).fetchall()}


def cases_listing(db: Database, user: str, case_ids: Sequence[int]) -> set[int]:
    """Those of ``case_ids`` whose access list names ``user``: one query for a whole page of the case list
    (a query per restricted row is a round trip each on the unit server)."""
    if not case_ids:
        return set()
    marks = ", ".join("?" * len(case_ids))
    sql = f"SELECT case_id FROM case_access WHERE user_name = ? AND case_id IN ({marks})"  # noqa: S608
    return {int(r[0]) for r in db.execute(sql, (user, *case_ids)).fetchall()}


@dataclass(frozen=True)
class CaseQuery:
    text: str = ""
    status: str | None = None
    case_type: str | None = None
    advisor: str | None = None
    sort: str = "received_at"
    descending: bool = True
    #: need to know: only cases assigned to one of these advisors (None: no limit)
    within_advisors: tuple[str, ...] | None = None


_SORTS = {
    "received_at": "c.received_at",
    "reference": "c.reference",
    "status": "c.status",
    "type": "c.case_type",
    "person": "p.family_name",
}


def like_pattern(text: str) -> str:
    """``%text%`` for ``LIKE ... ESCAPE '\\'``: the user's ``%``, ``_`` and ``\\`` match only themselves."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search_cases(
    db: Database, q: CaseQuery, offset: int, limit: int, viewer: str = "", opened: Iterable[str] = ()
) -> list[CaseRow]:
    """One page of cases. The search text matches a restricted case's person (name, reference) only when
    ``viewer`` is on its list or its glass was broken (``opened``): a name search must not reveal who a
    restricted case is about."""
    where: list[str] = []
    params: list[Any] = []
    if q.status:
        where.append("c.status = ?")
        params.append(q.status)
    if q.case_type:
        where.append("c.case_type = ?")
        params.append(q.case_type)
    if q.advisor:
        where.append("c.assigned_advisor = ?")
        params.append(q.advisor)
    if q.within_advisors is not None:
        where.append(_within_advisors(q.within_advisors))
        params.extend(q.within_advisors)
    if q.text:
        opened = list(opened)
        if db.dialect == "postgresql":  # ILIKE: SQLite's LIKE ignores ASCII case; a JSON list as rows
            where.append(
                "(c.reference ILIKE ? ESCAPE '\\' OR ((c.restricted = 0 "
                "OR c.reference IN (SELECT json_array_elements_text(?::json)) "
                "OR EXISTS (SELECT 1 FROM case_access a WHERE a.case_id = c.id AND a.user_name = ?)) "
                "AND (p.family_name ILIKE ? ESCAPE '\\' OR p.reference ILIKE ? ESCAPE '\\')))"
            )
        else:
            where.append(
                "(c.reference LIKE ? ESCAPE '\\' OR ((c.restricted = 0 "
                "OR c.reference IN (SELECT value FROM json_each(?)) "
                "OR EXISTS (SELECT 1 FROM case_access a WHERE a.case_id = c.id AND a.user_name = ?)) "
                "AND (p.family_name LIKE ? ESCAPE '\\' OR p.reference LIKE ? ESCAPE '\\')))"
            )
        like = like_pattern(q.text)
        params.extend([like, json.dumps(opened), viewer, like, like])
    sql = _CASE_SELECT + (" WHERE " + " AND ".join(where) if where else "")
    sql += f" ORDER BY {_SORTS.get(q.sort, 'c.received_at')} {'DESC' if q.descending else 'ASC'}, c.id"
    sql += " LIMIT ? OFFSET ?"
    return [_case(r) for r in db.execute(sql, (*params, limit, offset)).fetchall()]


def set_case_status(db: Database, case_id: int, status: str, *, expected: int | None, by: str, at: str) -> int:
    """Change the status, only while the case's version is still ``expected`` (store/rowlock.py)."""
    return rowlock.update(db, "cases", ("id", case_id), "status = ?", (status,), expected=expected, by=by, at=at)


def count_cases_with_prefix(db: Database, prefix: str) -> int:
    return int(db.execute("SELECT count(*) FROM cases WHERE reference LIKE ?", (prefix + "%",)).fetchone()[0])


def case_advisors(db: Database) -> list[str]:
    """The user names of every advisor some case is assigned to (index ``cases_advisor_received``)."""
    rows = db.execute(
        "SELECT DISTINCT assigned_advisor FROM cases WHERE assigned_advisor IS NOT NULL ORDER BY 1"
    ).fetchall()
    return [str(r[0]) for r in rows]


def count_cases(db: Database, within_advisors: tuple[str, ...] | None = None) -> int:
    if within_advisors is None:
        return int(db.execute("SELECT count(*) FROM cases").fetchone()[0])
    sql = "SELECT count(*) FROM cases c WHERE " + _within_advisors(within_advisors)  # noqa: S608 - placeholders only
    return int(db.execute(sql, within_advisors).fetchone()[0])


def _within_advisors(advisors: tuple[str, ...]) -> str:
    """The need-to-know condition on ``c.assigned_advisor`` (one placeholder per advisor; none: no case)."""
    return f"c.assigned_advisor IN ({', '.join('?' * len(advisors))})" if advisors else "0"


def insert_entry(db: Database, case_id: int, kind: str, text: str, at: str, by: str) -> int:
    entry_id = content.next_id(db, "health_entries")
    db.execute(
        "INSERT INTO health_entries(id, case_id, kind, text, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?)",
        (entry_id, case_id, kind, content.seal_text(db, "health_entries", "text", entry_id, case_id, text), at, by),
    )
    return entry_id


def entries_of_case(db: Database, case_id: int) -> list[EntryRow]:
    rows = db.execute(
        "SELECT id, case_id, kind, text, recorded_at, recorded_by FROM "  # noqa: S608
        f"{content.case_rows(db, 'health_entries')} ORDER BY recorded_at, id",
        (case_id,),
    ).fetchall()
    return [
        EntryRow(r[0], r[1], r[2], content.open_text(db, "health_entries", "text", r[0], r[3]), r[4], r[5])
        for r in rows
    ]


def insert_attachment(
    db: Database, case_id: int, filename: str, media_type: str, chunks: Iterable[bytes], at: str, by: str
) -> tuple[int, int, str]:
    """Store the chunks one by one (never the whole file in memory); returns (id, size, sha256)."""
    import hashlib

    att_id = content.next_id(db, "attachments")
    sealed_name = content.seal_text(db, "attachments", "filename", att_id, case_id, filename)
    db.execute(
        "INSERT INTO attachments(id, case_id, filename, media_type, size, sha256, created_at, created_by) "
        "VALUES (?, ?, ?, ?, 0, '', ?, ?)",
        (att_id, case_id, sealed_name, media_type, at, by),
    )
    digest = hashlib.sha256()
    size = 0
    for seq, chunk in enumerate(chunks):
        sealed = content.seal_bytes(db, content.CHUNKS, "data", f"{att_id}/{seq}", case_id, chunk)
        db.execute("INSERT INTO attachment_chunks(attachment_id, seq, data) VALUES (?, ?, ?)", (att_id, seq, sealed))
        digest.update(chunk)
        size += len(chunk)
    db.execute("UPDATE attachments SET size = ?, sha256 = ? WHERE id = ?", (size, digest.hexdigest(), att_id))
    return att_id, size, digest.hexdigest()


def _attachment(db: Database, r: tuple[Any, ...]) -> AttachmentRow:
    return AttachmentRow(r[0], r[1], content.open_text(db, "attachments", "filename", r[0], r[2]), *r[3:])


def attachment(db: Database, att_id: int, case_id: int) -> AttachmentRow | None:
    """The attachment if it belongs to ``case_id`` (another case's is not even opened)."""
    if db.dialect == "postgresql":
        source = "attachments_of_case(?) WHERE id = ?"
    else:
        source = "attachments WHERE case_id = ? AND id = ?"
    row = db.execute(_ATTACHMENT + source, (case_id, att_id)).fetchone()
    return _attachment(db, row) if row else None


_ATTACHMENT = "SELECT id, case_id, filename, media_type, size, sha256, created_at, created_by FROM "


def attachments_of_case(db: Database, case_id: int) -> list[AttachmentRow]:
    rows = db.execute(_ATTACHMENT + content.case_rows(db, "attachments") + " ORDER BY id", (case_id,)).fetchall()
    return [_attachment(db, r) for r in rows]


def attachment_chunks(db: Database, att_id: int) -> Iterator[bytes]:
    if db.dialect == "postgresql":  # NULL past the last chunk (and for an attachment this login may not read)
        chunk = "SELECT data FROM (SELECT attachment_chunk(?, ?) AS data) k WHERE data IS NOT NULL"
    else:
        chunk = "SELECT data FROM attachment_chunks WHERE attachment_id = ? AND seq = ?"
    seq = 0
    while True:
        row = db.execute(chunk, (att_id, seq)).fetchone()
        if row is None:
            return
        yield content.open_bytes(db, content.CHUNKS, "data", f"{att_id}/{seq}", bytes(row[0]))
        seq += 1


def insert_criminal(db: Database, person_id: int, fact_date: str, sealed: bytes, at: str, by: str) -> int:
    cur = db.execute(
        "INSERT INTO criminal_records(person_id, fact_date, sealed, recorded_at, recorded_by) "
        "VALUES (?, ?, ?, ?, ?) RETURNING id",
        (person_id, fact_date, sealed, at, by),
    )
    return int(cur.fetchone()[0])


def criminal_of_person(db: Database, person_id: int) -> list[tuple[int, str, bytes, str, str]]:
    source = "criminal_records_of_person(?)" if db.dialect == "postgresql" else "criminal_records WHERE person_id = ?"
    rows = db.execute(
        f"SELECT id, fact_date, sealed, recorded_at, recorded_by FROM {source} ORDER BY fact_date",  # noqa: S608
        (person_id,),
    ).fetchall()
    return [(int(r[0]), str(r[1]), bytes(r[2]), str(r[3]), str(r[4])) for r in rows]


def all_criminal_sealed(db: Database) -> list[tuple[int, str, str, bytes]]:
    """(id, person reference, fact date, sealed) of every fact: for re-encryption under a new key."""
    source = "criminal_records_to_reseal()" if db.dialect == "postgresql" else "criminal_records"
    rows = db.execute(
        f"SELECT r.id, p.reference, r.fact_date, r.sealed FROM {source} r JOIN persons p ON p.id = r.person_id"  # noqa: S608
    ).fetchall()
    return [(int(r[0]), str(r[1]), str(r[2]), bytes(r[3])) for r in rows]


def update_criminal_sealed(db: Database, fact_id: int, sealed: bytes) -> None:
    db.execute("UPDATE criminal_records SET sealed = ? WHERE id = ?", (sealed, fact_id))

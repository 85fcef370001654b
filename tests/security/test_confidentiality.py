"""Restricted cases, break-the-glass, the criminal-record compartment, BSN rules, attachments and the
person's access report, on a real store with one user per role."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from medunit.domain.roles import Role
from medunit.errors import ConflictError, PermissionDeniedError, ValidationError
from medunit.services import audit, intake, records
from medunit.services.records import RestrictedCaseError
from medunit.store.access_log import LogFilter
from tests.support import raw_sqlcipher
from tests.support.backends import RawLogin
from tests.support.unit import PASS, SECOND_ADVISOR, TODAY, USERS, Unit, add_second_advisor, intake_json, make_unit

MARKER = "MARKER-diefstal-4471-zz"
HEALTH_MARKER = "MARKER-hernia-9123-zz"


@pytest.fixture
def unit(store_location: Path | str, policy) -> Iterator[Unit]:  # type: ignore[no-untyped-def]
    u = make_unit(store_location, policy)
    yield u
    u.close()


def _raw_db(unit: Unit) -> Any:
    """The database opened directly with the store key, outside medunit (an attacker holding the key); on
    the unit server, raw psycopg as the administrator's own login role."""
    if not isinstance(unit.root, Path):
        return RawLogin(unit.root, USERS[Role.UNIT_ADMIN], PASS, unit.policy)
    key = unit[Role.UNIT_ADMIN].vault.bag.data_key
    con = raw_sqlcipher.connect(unit.root / "medunit.db", key)
    return con


def test_duplicate_intake_refused_and_logged(unit: Unit) -> None:
    ma = unit[Role.MEDICAL_ADVISOR]
    with pytest.raises(ConflictError, match="already imported"):
        intake.import_intake(ma, intake_json("GD-2026-000001"), TODAY)
    log = audit.entries(unit[Role.PRIVACY_OFFICER], LogFilter(refused_only=True))
    assert any(e.action == "case.create" and e.case_ref == "GD-2026-000001" for e in log)


def test_bad_intake_stores_nothing(unit: Unit) -> None:
    ma = unit[Role.MEDICAL_ADVISOR]
    before = records.count_cases(ma)
    with pytest.raises(ValidationError, match="Intake refused: line"):
        intake.import_intake(ma, intake_json("GD-2026-000009").replace('"1980-04-02"', '"1980-02-31"'), TODAY)
    assert records.count_cases(ma) == before


def test_restricted_case_and_break_the_glass(unit: Unit) -> None:
    other = add_second_advisor(unit)
    staff = unit[Role.UNIT_STAFF]
    ma = unit[Role.MEDICAL_ADVISOR]
    assert records.get_case(ma, "GD-2026-000002").summary.restricted  # named advisor opens it
    listed = {c.reference: c for c in records.list_cases(other, records.CaseQuery())}
    assert listed["GD-2026-000002"].person_name == ""  # the list hides who it is
    mine = {c.reference: c for c in records.list_cases(ma, records.CaseQuery())}
    assert mine["GD-2026-000002"].person_name == "Bram Mulder"  # but not from an advisor it is restricted to
    with pytest.raises(RestrictedCaseError, match="Break the glass"):
        records.get_case(other, "GD-2026-000002")
    with pytest.raises(ValidationError, match="reason"):
        records.break_glass(other, "GD-2026-000002", "  kort ")
    with pytest.raises(PermissionDeniedError):  # unit staff hold no glass key, and may not try
        records.break_glass(staff, "GD-2026-000002", "Spoedvraag van de schadebehandelaar, dr. Jansen afwezig")
    records.break_glass(other, "GD-2026-000002", "Spoedvraag van de schadebehandelaar, dr. Jansen afwezig")
    detail = records.get_case(other, "GD-2026-000002")
    assert detail.person.name == "Bram Mulder"
    assert detail.question.startswith("Kan aanvrager")  # the case key came out of the glass envelope
    glass = audit.entries(unit[Role.PRIVACY_OFFICER], LogFilter(emergency_only=True))
    actions = [(e.action, e.outcome, e.user) for e in glass]
    assert ("case.break-glass", "refused", SECOND_ADVISOR) in actions
    assert ("case.break-glass", "granted", SECOND_ADVISOR) in actions
    assert ("case.read", "granted", SECOND_ADVISOR) in actions
    assert ("case.break-glass", "refused", USERS[Role.UNIT_STAFF]) in actions
    reasons = [e.reason for e in glass if e.action == "case.break-glass" and e.outcome == "granted"]
    assert reasons == ["Spoedvraag van de schadebehandelaar, dr. Jansen afwezig"]
    other.close()
    assert not other.broken_glass  # the emergency grant ends with the session


def test_staff_log_names_responsible_advisor(unit: Unit) -> None:
    records.get_case(unit[Role.UNIT_STAFF], "GD-2026-000001")
    entry = audit.entries(unit[Role.PRIVACY_OFFICER], LogFilter(user=USERS[Role.UNIT_STAFF]))[-1]
    assert (entry.user, entry.responsible) == (USERS[Role.UNIT_STAFF], "dr.jansen")


def test_criminal_record_compartment_is_crypto_enforced(unit: Unit) -> None:
    cro = unit[Role.CRIMINAL_RECORD_OFFICER]
    records.add_criminal_fact(cro, "P-000101", date(2024, 3, 1), f"Veroordeling {MARKER}")
    records.add_criminal_fact(cro, "P-000101", date(2015, 6, 1), "Oud feit")
    facts = records.criminal_facts(cro, "P-000101", TODAY)
    assert [(f.fact_date, f.not_required_to_report) for f in facts] == [("2015-06-01", True), ("2024-03-01", False)]
    assert MARKER in facts[1].text
    with pytest.raises(PermissionDeniedError):
        records.criminal_facts(unit[Role.MEDICAL_ADVISOR], "P-000101", TODAY)
    # Someone holding the store key but no compartment key reads only ciphertext; on the unit server the
    # administrator's login may not even select it (tests/server/test_logged_reads.py), and the DBA's
    # copy is that ciphertext.
    con = _raw_db(unit)
    if isinstance(unit.root, Path):
        rows = con.execute("SELECT sealed FROM criminal_records").fetchall()
    else:
        import psycopg

        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            con.execute("SELECT sealed FROM criminal_records")
        with psycopg.connect(unit.root) as dba:
            rows = dba.execute("SELECT sealed FROM medunit.criminal_records").fetchall()
    con.close()
    assert len(rows) == 2
    for (blob,) in rows:
        assert MARKER.encode() not in bytes(blob)
    # The administrator's own key bag has no compartment key at all.
    assert "criminal-record" not in unit[Role.UNIT_ADMIN].vault.bag.compartments
    assert "criminal-record" in cro.vault.bag.compartments


def test_bsn_needs_legal_basis_is_masked_and_reveal_is_logged(unit: Unit) -> None:
    ma = unit[Role.MEDICAL_ADVISOR]
    with pytest.raises(ValidationError, match="legal basis"):
        records.set_bsn(ma, "GD-2026-000001", "111222333", "")
    with pytest.raises(ValidationError, match="eleven-test"):
        records.set_bsn(ma, "GD-2026-000001", "123456789", "fiscale-verplichting")
    with pytest.raises(ValidationError, match="No BSN"):
        records.reveal_bsn(ma, "GD-2026-000001")
    records.set_bsn(ma, "GD-2026-000001", "123456782", "fiscale-verplichting")
    assert records.get_case(ma, "GD-2026-000001").person.bsn_masked == "*****6782"
    assert records.reveal_bsn(ma, "GD-2026-000001") == "123456782"
    last = audit.entries(unit[Role.PRIVACY_OFFICER], LogFilter(user="dr.jansen"))[-1]
    assert (last.action, last.basis) == ("bsn.reveal", "legal-basis:fiscale-verplichting")


def _pdf(size: int) -> bytes:
    return b"%PDF-1.4\n" + b"0" * (size - 9)


def test_attachments_streamed_typed_by_content_and_limited(unit: Unit, store_dir: Path) -> None:
    ma = unit[Role.MEDICAL_ADVISOR]
    data = _pdf(700_000)
    info = records.add_attachment(ma, "GD-2026-000001", "brief.pdf", io.BytesIO(data))
    assert (info.media_type, info.size) == ("application/pdf", len(data))
    chunks = list(records.read_attachment(ma, "GD-2026-000001", info.id))
    assert len(chunks) == 3
    assert b"".join(chunks) == data
    with pytest.raises(ValidationError, match="name says otherwise"):
        records.add_attachment(ma, "GD-2026-000001", "foto.png", io.BytesIO(data))
    with pytest.raises(ValidationError, match="not a PDF, PNG or JPEG"):
        records.add_attachment(ma, "GD-2026-000001", "virus.pdf", io.BytesIO(b"MZ\x90\x00" * 100))
    limit = 25 * 1024 * 1024
    with pytest.raises(ValidationError, match="larger than the policy's limit"):
        records.add_attachment(ma, "GD-2026-000001", "groot.pdf", io.BytesIO(_pdf(limit + 1)))
    assert [a.filename for a in records.attachments(ma, "GD-2026-000001")] == ["brief.pdf"]
    with pytest.raises(ValidationError, match="does not belong"):
        records.read_attachment(ma, "GD-2026-000002", info.id)


def test_entries_and_log_never_hold_content(unit: Unit) -> None:
    ma = unit[Role.MEDICAL_ADVISOR]
    entry_id = records.add_entry(ma, "GD-2026-000001", "note", f"Patient heeft {HEALTH_MARKER}")
    assert [e.id for e in records.entries(ma, "GD-2026-000001")] == [entry_id]
    with pytest.raises(ValidationError, match="Unknown entry kind"):
        records.add_entry(ma, "GD-2026-000001", "gossip", "x")
    con = _raw_db(unit)
    rows = con.execute("SELECT * FROM access_log").fetchall()
    con.close()
    assert HEALTH_MARKER not in repr(rows)


def test_person_report_includes_refusals(unit: Unit) -> None:
    with pytest.raises(RestrictedCaseError):
        records.entries(unit[Role.UNIT_STAFF], "GD-2026-000002")
    report = audit.person_report(unit[Role.PRIVACY_OFFICER], "GD-2026-000002")
    assert report.person_ref == "P-000102"
    outcomes = {(e.user, e.action, e.outcome) for e in report.entries}
    assert (USERS[Role.UNIT_STAFF], "health.read", "refused") in outcomes
    assert (USERS[Role.MEDICAL_ADVISOR], "case.create", "granted") in outcomes
    with pytest.raises(ValidationError, match="No person or case"):
        audit.person_report(unit[Role.PRIVACY_OFFICER], "P-999999")

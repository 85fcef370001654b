"""Consent before doctor information; requests; signed advice; contact moments. Every refusal says why
and is logged."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
import sqlcipher3

from medunit.domain.consent import Addressee
from medunit.domain.roles import Role
from medunit.errors import ConflictError, PermissionDeniedError, ValidationError
from medunit.services import advice, audit, consents, contacts, records
from medunit.services.consents import NoConsentError
from medunit.store.access_log import LogFilter
from tests.support.unit import Unit, make_unit

CASE = "GD-2026-000001"
DR = Addressee("dr. P. de Boer", "Ziekenhuis Rijnstate", "orthopedie", "03012345")
OTHER = Addressee("dr. K. Willems", "Huisartsenpraktijk Oost", "huisarts")


@pytest.fixture
def unit(store_location: Path | str, policy) -> Iterator[Unit]:  # type: ignore[no-untyped-def]
    u = make_unit(store_location, policy)
    yield u
    u.close()


def _consent(unit: Unit, addressee: Addressee = DR, case: str = CASE, **kw: object) -> int:
    return consents.record_consent(
        unit[Role.UNIT_STAFF],
        case,
        addressee,
        ("diagnosis", "treatment"),
        "digital",
        digital_reference="PORTAAL-2026-77",
        **kw,  # type: ignore[arg-type]
    )


def _refusals(unit: Unit) -> list[tuple[str, str | None]]:
    return [(e.action, e.basis) for e in audit.entries(unit[Role.PRIVACY_OFFICER], LogFilter(refused_only=True))]


def test_request_without_consent_is_refused_and_logged(unit: Unit) -> None:
    staff = unit[Role.UNIT_STAFF]
    with pytest.raises(NoConsentError, match="No consent is recorded for this case"):
        consents.create_request(staff, CASE, DR, "Wat is de diagnose?")
    assert ("request.write", "No consent is recorded for this case") in _refusals(unit)


def test_request_relies_on_covering_consent(unit: Unit, tmp_path: Path) -> None:
    staff = unit[Role.UNIT_STAFF]
    consent_id = _consent(unit)
    with pytest.raises(NoConsentError, match="other addressees"):
        consents.create_request(staff, CASE, OTHER, "Vraag")
    with pytest.raises(NoConsentError, match="No consent is recorded for this case"):
        consents.create_request(unit[Role.MEDICAL_ADVISOR], "GD-2026-000002", DR, "Vraag")
    request_id = consents.create_request(staff, CASE, DR, "1. Wat is de diagnose?\n2. Wat is de prognose?")
    path = consents.send_with_letter(staff, CASE, request_id, tmp_path)
    assert path.read_bytes().startswith(b"%PDF")
    view = consents.requests(staff, CASE)[0]
    assert (view.state, view.consent_id, view.consent_withdrawn) == ("sent", consent_id, False)
    last = audit.entries(unit[Role.PRIVACY_OFFICER], LogFilter(user="staff.smit"))
    assert any(e.action == "request.write" and e.basis == f"consent:{consent_id}" for e in last)
    entry_id = consents.answer_request(staff, CASE, request_id, "Diagnose: lumbago; prognose gunstig.")
    assert consents.requests(staff, CASE)[0].answer_entry_id == entry_id
    assert any(e.id == entry_id and e.kind == "doctor-answer" for e in records.entries(staff, CASE))
    with pytest.raises(ValidationError, match="cannot become"):
        consents.cancel_request(staff, CASE, request_id)


def test_withdrawal_blocks_drafts_and_flags_sent(unit: Unit, tmp_path: Path) -> None:
    staff = unit[Role.UNIT_STAFF]
    consent_id = _consent(unit)
    sent = consents.create_request(staff, CASE, DR, "Vraag A")
    draft = consents.create_request(staff, CASE, DR, "Vraag B")
    consents.send_request(staff, CASE, sent)
    consents.withdraw_consent(staff, CASE, consent_id)
    with pytest.raises(NoConsentError, match="withdrawn"):
        consents.send_request(staff, CASE, draft)
    flags = {r.id: r.consent_withdrawn for r in consents.requests(staff, CASE)}
    assert flags == {sent: True, draft: True}
    with pytest.raises(ValidationError, match="already withdrawn"):
        consents.withdraw_consent(staff, CASE, consent_id)
    history = consents.consents(staff, CASE)[0]
    assert history.status == "withdrawn"
    assert [e.kind for e in history.events] == ["withdrawn"]


def test_expired_consent_refuses_and_expiry_is_an_event(unit: Unit) -> None:
    staff = unit[Role.UNIT_STAFF]
    now = datetime.now(UTC)
    consent_id = _consent(unit, obtained_at=now - timedelta(days=10), valid_until=now + timedelta(days=1))
    later = now + timedelta(days=2)
    with pytest.raises(NoConsentError, match="expired"):
        consents.create_request(staff, CASE, DR, "Vraag", now=later)
    assert consents.record_expiries(staff, now=later) == 1
    assert consents.record_expiries(staff, now=later) == 0
    view = consents.consents(staff, CASE, now=later)[0]
    assert (view.grant.id, view.status, [e.kind for e in view.events]) == (consent_id, "expired", ["expired"])


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"method": "signed-form"}, "scan attached as evidence"),
        ({"method": "digital", "digital_reference": None}, "reference of the digital record"),
        ({"valid_until": datetime(2020, 1, 1, tzinfo=UTC)}, "valid-until date is in the past"),
        ({"categories": ()}, "at least one information category"),
        ({"categories": ("gossip",)}, "Unknown information category"),
        ({"obtained_at": datetime.now(UTC) + timedelta(days=3)}, "in the future"),
        ({"addressee": Addressee("dr. X", agb_code="123")}, "AGB code"),
        ({"addressee": Addressee(" ")}, "needs a name"),
        ({"method": "telepathy"}, "Unknown consent method"),
    ],
)
def test_bad_consents_are_refused(unit: Unit, kwargs: dict[str, object], message: str) -> None:
    args: dict[str, object] = {
        "addressee": DR,
        "categories": ("diagnosis",),
        "method": "digital",
        "digital_reference": "REF-1",
    }
    args.update(kwargs)
    addressee = args.pop("addressee")
    categories = args.pop("categories")
    method = args.pop("method")
    with pytest.raises(ValidationError, match=message):
        consents.record_consent(unit[Role.UNIT_STAFF], CASE, addressee, categories, method, **args)  # type: ignore[arg-type]


def test_signed_form_with_evidence(unit: Unit) -> None:
    staff = unit[Role.UNIT_STAFF]
    scan = records.add_attachment(staff, CASE, "machtiging.pdf", io.BytesIO(b"%PDF-1.4\n" + b"x" * 100))
    consent_id = consents.record_consent(staff, CASE, DR, ("diagnosis",), "signed-form", evidence_attachment_id=scan.id)
    assert consents.consents(staff, CASE)[0].grant.evidence_attachment_id == scan.id
    assert consent_id
    other = records.add_attachment(
        unit[Role.MEDICAL_ADVISOR], "GD-2026-000002", "x.pdf", io.BytesIO(b"%PDF-1.4\n" + b"y" * 10)
    )
    with pytest.raises(ValidationError, match="attachment of this case"):
        consents.record_consent(staff, CASE, DR, ("diagnosis",), "signed-form", evidence_attachment_id=other.id)


def test_advice_signing_rules(unit: Unit) -> None:
    ma, staff = unit[Role.MEDICAL_ADVISOR], unit[Role.UNIT_STAFF]
    with pytest.raises(PermissionDeniedError):
        advice.draft_advice(staff, CASE, {"decision": "accept"}, "")
    with pytest.raises(ValidationError, match="not an outcome field"):
        advice.draft_advice(ma, CASE, {"decision": "accept", "diagnosis": "x"}, "")
    with pytest.raises(ValidationError, match="premium_loading_percent"):
        advice.draft_advice(ma, CASE, {"decision": "accept-with-premium-loading"}, "")
    first = advice.draft_advice(
        ma, CASE, {"decision": "accept-with-premium-loading", "premium_loading_percent": 50}, ""
    )
    assert first.version == 1
    with pytest.raises(PermissionDeniedError):
        advice.sign_advice(staff, CASE, "12345678901")
    with pytest.raises(ValidationError, match="BIG number"):
        advice.sign_advice(ma, CASE, "1234")
    signed = advice.sign_advice(ma, CASE, "12345678901")
    assert (signed.state, signed.signed_by, signed.signed_big) == ("signed", "dr.jansen", "12345678901")
    assert signed.content_hash and len(signed.content_hash) == 64
    with pytest.raises(ConflictError, match="no draft"):
        advice.sign_advice(ma, CASE, "12345678901")
    # Editing a signed advice makes a new version that references the old one.
    second = advice.draft_advice(ma, CASE, {"decision": "accept"}, "Na heroverweging")
    assert second.version == 2
    rows = advice.advice_versions(ma, CASE)
    assert [(r.version, r.state, r.supersedes_id) for r in rows] == [(1, "signed", None), (2, "draft", rows[0].id)]
    # Even with SQL, the signed row cannot change.
    with pytest.raises((sqlcipher3.IntegrityError, psycopg.Error), match="immutable"):
        unit[Role.UNIT_ADMIN].vault.db.execute("UPDATE advice SET remark = 'x' WHERE version = 1")
    assert records.get_case(ma, CASE).summary.status == "advised"


def test_outcomes_per_case_type(unit: Unit) -> None:
    from medunit.domain.advice import check_outcome
    from medunit.domain.records import CaseType

    assert check_outcome(CaseType.INCAPACITY, {"incapacity_percent": 35, "period_start": "2026-01-01"}) == {
        "incapacity_percent": 35,
        "period_start": "2026-01-01",
    }
    with pytest.raises(ValidationError, match="ends before"):
        check_outcome(
            CaseType.INCAPACITY, {"incapacity_percent": 35, "period_start": "2026-02-01", "period_end": "2026-01-01"}
        )
    with pytest.raises(ValidationError, match="causal_relation"):
        check_outcome(
            CaseType.PERSONAL_INJURY, {"causal_relation": "maybe", "end_state": "reached", "next_step": "none"}
        )
    ok = check_outcome(
        CaseType.PERSONAL_INJURY,
        {"causal_relation": "partial", "end_state": "not-yet-reached", "impairment_percent": 12, "next_step": "none"},
    )
    assert ok["impairment_percent"] == 12


def test_contact_moments(unit: Unit) -> None:
    staff = unit[Role.UNIT_STAFF]
    contacts.add_contact(staff, CASE, "complaint", "e-mail", "Klantenservice Inkomen")
    with pytest.raises(ValidationError, match="Unknown contact channel"):
        contacts.add_contact(staff, CASE, "complaint", "pigeon", "Klantenservice")
    with pytest.raises(ValidationError, match="Unknown contact subject"):
        contacts.add_contact(staff, CASE, "gossip", "post", "Klantenservice")
    with pytest.raises(ValidationError, match="department"):
        contacts.add_contact(staff, CASE, "advice", "post", " ")
    rows = contacts.contacts(staff, CASE)
    assert [(r.subject, r.channel, r.department) for r in rows] == [("complaint", "e-mail", "Klantenservice Inkomen")]
    with pytest.raises(PermissionDeniedError):
        contacts.contacts(unit[Role.PRIVACY_OFFICER], CASE)


def test_expiry_is_recorded_at_unlock_once(unit: Unit, policy) -> None:  # type: ignore[no-untyped-def]
    from medunit.services import stores
    from tests.support.unit import USER_PASS

    past = datetime.now(UTC) - timedelta(days=30)
    _consent(unit, obtained_at=past, valid_until=past + timedelta(days=1), now=past)
    for _ in range(2):
        again = stores.unlock(unit.root, "staff.smit", USER_PASS, policy)
        view = consents.consents(again, CASE)[0]
        again.close()
        assert (view.status, [e.kind for e in view.events]) == ("expired", ["expired"])
    expiries = [e for e in audit.entries(unit[Role.PRIVACY_OFFICER], LogFilter()) if e.action == "consent.write"]
    assert [e.basis for e in expiries].count("policy:automatic") == 1


def test_answer_with_the_doctors_letter_is_one_logged_transaction(unit: Unit) -> None:
    staff = unit[Role.UNIT_STAFF]
    _consent(unit)
    request_id = consents.create_request(staff, CASE, DR, "Vraag")
    consents.send_request(staff, CASE, request_id)
    with pytest.raises(ValidationError, match="not a PDF, PNG or JPEG"):
        consents.answer_request(staff, CASE, request_id, "Antwoord", letter=("brief.pdf", io.BytesIO(b"MZ" * 50)))
    assert consents.requests(staff, CASE)[0].state == "sent"  # nothing of the refused answer was kept
    entry_id = consents.answer_request(
        staff, CASE, request_id, "Antwoord", letter=("brief.pdf", io.BytesIO(b"%PDF-1.4\n" + b"x" * 500))
    )
    assert [a.filename for a in records.attachments(staff, CASE)] == ["brief.pdf"]
    logged = [
        e
        for e in audit.entries(unit[Role.PRIVACY_OFFICER], LogFilter(user="staff.smit"))
        if e.action == "request.write" and e.outcome == "granted"
    ][-1]
    assert f"entry:{entry_id}" in logged.record_ids
    assert any(r.startswith("attachment:") for r in logged.record_ids)

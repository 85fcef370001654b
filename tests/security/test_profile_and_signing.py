"""Advisor profile (display name, BIG number set by the unit administrator) and the leak check at signing:
the advisor signs without typing the BIG number, confirms open findings once, and the export does not ask
again; a finding added later (a new version) is not covered by an earlier confirmation."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pypdfium2
import pytest

from medunit.domain.roles import Role
from medunit.errors import LeakFindingsError, PermissionDeniedError, ValidationError
from medunit.services import advice, exports, profiles
from medunit.store.users import get_user
from tests.support.unit import Unit, make_unit

CASE = "GD-2026-000001"
BIG = "19012345678"


@pytest.fixture
def unit(store_location: Path | str, policy) -> Iterator[Unit]:  # type: ignore[no-untyped-def]
    u = make_unit(store_location, policy)
    yield u
    u.close()


def _text(data: bytes) -> str:
    doc = pypdfium2.PdfDocument(data)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in doc)
    finally:
        doc.close()


def test_admin_sets_profile_and_others_cannot(unit: Unit) -> None:
    adm = unit[Role.UNIT_ADMIN]
    row = profiles.set_profile(adm, "dr.jansen", "  Dr. A.   Jansen ", BIG)
    assert (row.display_name, row.big_number) == ("Dr. A. Jansen", BIG)
    assert adm.full_name("dr.jansen") == "Dr. A. Jansen"
    with pytest.raises(ValidationError):
        profiles.set_profile(adm, "dr.jansen", "Dr. A. Jansen", "1234")  # not 11 digits
    with pytest.raises(ValidationError):
        profiles.set_profile(adm, "staff.smit", "S. Smit", BIG)  # only advisors have a BIG number
    with pytest.raises(ValidationError):
        profiles.set_profile(adm, "nobody", "X", "")
    with pytest.raises(PermissionDeniedError):
        profiles.set_profile(unit[Role.MEDICAL_ADVISOR], "dr.jansen", "Me", "12345678901")
    assert get_user(adm.vault.db, "dr.jansen").big_number == BIG  # type: ignore[union-attr]


def test_sign_uses_the_profile_big_number(unit: Unit) -> None:
    ma = unit[Role.MEDICAL_ADVISOR]
    advice.draft_advice(ma, CASE, {"decision": "accept"}, "Acceptatie zonder voorbehoud.")
    with pytest.raises(ValidationError, match="No BIG number"):
        advice.sign_advice(ma, CASE, confirm_findings=())
    profiles.set_profile(unit[Role.UNIT_ADMIN], "dr.jansen", "Dr. A. Jansen", BIG)
    signed = advice.sign_advice(ma, CASE, confirm_findings=())
    assert signed.signed_big == BIG and signed.confirmed_findings == ()


def test_findings_confirmed_at_signing_do_not_stop_the_export(unit: Unit, tmp_path: Path) -> None:
    ma = unit[Role.MEDICAL_ADVISOR]
    profiles.set_profile(unit[Role.UNIT_ADMIN], "dr.jansen", "Dr. A. Jansen", BIG)
    ma.people.update(unit[Role.UNIT_ADMIN].people)  # the advisor's next unlock reads the new profile
    advice.draft_advice(ma, CASE, {"decision": "accept"}, "Acceptatie; burn-out in verleden.")
    with pytest.raises(LeakFindingsError):
        advice.sign_advice(ma, CASE, confirm_findings=())  # open finding: refused, nothing signed
    assert advice.advice_versions(ma, CASE)[-1].state == "draft"
    signed = advice.sign_advice(ma, CASE, confirm_findings=["burn-out"])
    assert signed.confirmed_findings == ("burn-out",)
    result = exports.export_advice(ma, CASE, tmp_path)  # no confirm_findings: confirmed at signing
    assert result.findings_confirmed == ("burn-out",)
    document = json.loads(result.json_path.read_text(encoding="utf-8"))
    assert document["advice"]["advisor_name"] == "Dr. A. Jansen"
    assert document["advice"]["advisor_big"] == BIG
    # an amendment with a new finding is not covered by the earlier confirmation
    advice.draft_advice(ma, CASE, {"decision": "accept"}, "Acceptatie; depressie in verleden.")
    advice.sign_advice(ma, CASE, BIG)  # the CLI path: no check at signing
    with pytest.raises(LeakFindingsError, match="depressie"):
        exports.export_advice(ma, CASE, tmp_path)


def test_demo_marks_pdfs_with_a_watermark() -> None:
    from medunit.export._qtpdf import html_to_pdf

    plain = html_to_pdf("<p>x</p>", title="t", footer="f")
    marked = html_to_pdf("<p>x</p>", title="t", footer="f", watermark="DEMO")
    assert "DEMO" in _text(marked) and "DEMO" not in _text(plain)


def test_letters_name_the_sender_by_display_name_and_role_in_dutch(unit: Unit, tmp_path: Path) -> None:
    from medunit.domain.consent import Addressee
    from medunit.services import consents

    profiles.set_profile(unit[Role.UNIT_ADMIN], "dr.jansen", "Dr. A. Jansen", BIG)
    ma = unit[Role.MEDICAL_ADVISOR]
    ma.people.update(unit[Role.UNIT_ADMIN].people)  # the advisor's next unlock reads the new profile
    doctor = Addressee("Dr. P. Bakker", "Huisartsenpraktijk Centrum", "huisarts", "01234567")
    consents.record_consent(ma, CASE, doctor, ("diagnosis",), "digital", digital_reference="PORTAL-1")
    request_id = consents.create_request(ma, CASE, doctor, "1. Wat is de diagnose?")
    letter = consents.send_with_letter(ma, CASE, request_id, tmp_path)
    text = _text(letter.read_bytes())
    assert "Dr. A. Jansen" in text and "Medisch adviseur" in text
    assert "medical-advisor" not in text and "dr.jansen" not in text and "DEMO" not in text

"""Issue 17 point 4: a signature the case handler's own PDF reader shows.

Checked with poppler's ``pdfsig`` (Debian 12: poppler 22.12 with NSS 3.87), the unit CA certificate from
``export public-key`` in a fresh NSS database made with ``certutil`` — what IT does for the case handlers'
readers — not with medunit's own code reading its output back. Both tools come from bootstrap.sh.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from medunit.cli.main import run
from medunit.domain.consent import Addressee
from medunit.domain.roles import Role
from medunit.export.advice_export import verify_export
from medunit.export.signing import load_trust
from medunit.services import advice, consents, exports
from tests.support.unit import ADVISOR_BIG, USERS, Unit, make_unit

pytestmark = pytest.mark.skipif(
    shutil.which("pdfsig") is None or shutil.which("certutil") is None,
    reason="poppler-utils and libnss3-tools (bootstrap.sh) missing",
)

CASE = "GD-2026-000001"
DOCTOR = Addressee("Dr. P. Bakker", "Huisartsenpraktijk Centrum", "huisarts", "01234567")


@pytest.fixture
def unit(store_location: Path | str, policy) -> Iterator[Unit]:  # type: ignore[no-untyped-def]
    u = make_unit(store_location, policy)
    yield u
    u.close()


@pytest.fixture
def trust_file(unit: Unit, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("trust") / "unit.pub"
    exports.write_public_key(unit[Role.UNIT_ADMIN], path)
    return path


@pytest.fixture
def nss(trust_file: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    """An NSS database trusting only the unit CA certificate of the public-key file (as IT installs it)."""
    folder = tmp_path_factory.mktemp("nss")
    pem = re.search(r"-----BEGIN CERTIFICATE-----.+?-----END CERTIFICATE-----\n", trust_file.read_text(), re.S)
    assert pem is not None
    ca = folder / "unit-ca.pem"
    ca.write_text(pem.group(0))
    db = f"sql:{folder}"
    subprocess.run(["certutil", "-N", "-d", db, "--empty-password"], check=True, capture_output=True)
    subprocess.run(
        ["certutil", "-A", "-d", db, "-n", "medunit unit CA", "-t", "CT,C,C", "-i", str(ca)],
        check=True,
        capture_output=True,
    )
    return db


def _text(data: bytes) -> str:
    from tests.unit.test_export_letter import pdf_text

    return pdf_text(data)


def pdfsig(path: Path, nss: str) -> str:
    result = subprocess.run(["pdfsig", "-nssdir", nss, str(path)], capture_output=True, text=True, check=False)
    return result.stdout + result.stderr


def flipped(path: Path, marker: bytes) -> Path:
    """A copy with one byte changed inside the signed part (bit 0 of the byte after ``marker``)."""
    data = bytearray(path.read_bytes())
    at = data.index(marker) + len(marker)
    data[at] ^= 0x01
    out = path.with_name("changed-" + path.name)
    out.write_bytes(bytes(data))
    return out


@pytest.fixture
def advice_pdf(unit: Unit, tmp_path_factory: pytest.TempPathFactory) -> Path:
    ma = unit[Role.MEDICAL_ADVISOR]
    advice.draft_advice(ma, CASE, {"decision": "accept"}, "Geen bezwaar.")
    advice.sign_advice(ma, CASE, ADVISOR_BIG)
    return exports.export_advice(ma, CASE, tmp_path_factory.mktemp("export")).pdf_path


def _letter(session, out: Path, questions: str) -> Path:  # type: ignore[no-untyped-def]
    consents.record_consent(session, CASE, DOCTOR, ("diagnosis",), "digital", digital_reference="PORTAL-1")
    request_id = consents.create_request(session, CASE, DOCTOR, questions)
    return consents.send_with_letter(session, CASE, request_id, out)


def test_pdfsig_shows_the_advisors_signature_on_the_advice_pdf(advice_pdf: Path, nss: str) -> None:
    report = pdfsig(advice_pdf, nss)
    assert "Signature is Valid" in report, report
    assert "Certificate is Trusted" in report, report
    assert f"Signer Certificate Common Name: {USERS[Role.MEDICAL_ADVISOR]}" in report
    assert f"serialNumber=BIG {ADVISOR_BIG}" in report
    assert "Total document signed" in report
    assert "ETSI.CAdES.detached" in report
    changed = pdfsig(flipped(advice_pdf, b"/Lang (nl-NL"), nss)
    assert "Signature is Valid" not in changed and "Digest Mismatch" in changed, changed


def test_a_reader_without_the_unit_ca_does_not_trust_it(advice_pdf: Path, tmp_path: Path) -> None:
    subprocess.run(["certutil", "-N", "-d", f"sql:{tmp_path}", "--empty-password"], check=True, capture_output=True)
    report = pdfsig(advice_pdf, f"sql:{tmp_path}")
    assert "Signature is Valid" in report and "Certificate issuer isn't Trusted" in report, report


def test_export_verify_checks_the_pdf_signature_and_refuses_tampering(advice_pdf: Path, trust_file: Path) -> None:
    trust = load_trust(trust_file.read_text())
    assert trust is not None
    data = advice_pdf.read_bytes()
    assert b"%medunit-" not in data
    result = verify_export(data, trust)
    assert result.valid and result.export_id and result.export_id[:8] in advice_pdf.name
    assert run(["export", "verify", str(advice_pdf), "--public-key", str(trust_file)]) == 0
    changed = flipped(advice_pdf, b"/Lang (nl-NL")
    assert run(["export", "verify", str(changed), "--public-key", str(trust_file)]) != 0
    appended = advice_pdf.with_name("appended.pdf")
    appended.write_bytes(data + b"%%EOF\n")
    assert not verify_export(appended.read_bytes(), trust).valid


def test_advisors_letter_is_signed_and_staffs_is_not(unit: Unit, nss: str, trust_file: Path, tmp_path: Path) -> None:
    letter = _letter(unit[Role.MEDICAL_ADVISOR], tmp_path, "1. Wat is de diagnose?")
    text = " ".join(_text(letter.read_bytes()).split())
    assert "digitaal ondertekend" in text and "uw PDF-lezer toont de handtekening" in text
    report = pdfsig(letter, nss)
    assert "Signature is Valid" in report and "Certificate is Trusted" in report, report
    assert f"Signer Certificate Common Name: {USERS[Role.MEDICAL_ADVISOR]}" in report
    changed = pdfsig(flipped(letter, b"Informatieverzoek"), nss)
    assert "Signature is Valid" not in changed, changed
    trust = load_trust(trust_file.read_text())
    assert trust is not None and verify_export(letter.read_bytes(), trust).valid
    info = subprocess.run(["pdfinfo", str(letter)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"PDF subtype:\s+PDF/A-1b", info), info
    assert re.search(r"PDF version:\s+1\.4", info), info

    staff_out = tmp_path / "staff"
    staff_out.mkdir()
    staff_letter = _letter(unit[Role.UNIT_STAFF], staff_out, "1. Welke behandeling?")
    assert "does not contain any signatures" in pdfsig(staff_letter, nss)
    assert "digitaal ondertekend" not in " ".join(_text(staff_letter.read_bytes()).split())
    assert not verify_export(staff_letter.read_bytes(), trust).valid

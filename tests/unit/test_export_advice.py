"""The signed advice export (medunit.export.advice_export), signed with an advisor's certificate from a
unit CA, and the public-key file (medunit.export.signing)."""

from __future__ import annotations

import base64
import json
import os
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medunit.crypto import personal
from medunit.errors import ValidationError
from medunit.export import advice_export
from medunit.export.advice_export import (
    DocumentKey,
    build_json,
    build_pdf,
    canonical_json,
    verify_export,
    write_atomically,
)
from medunit.export.documents import EXPORT_FIELDS, AdviceExport
from medunit.export.signing import (
    Trust,
    fingerprint,
    load_public_key_file,
    load_trust,
    new_signing_key,
    public_key_file,
    public_key_of,
)
from tests.unit.test_export_letter import pdf_text, save_png

UNIT_KEY = new_signing_key()  # the unit's Ed25519 key: still in the public-key file (audit anchors)
PUB = public_key_of(UNIT_KEY)
OTHER_PUB = public_key_of(new_signing_key())

ISSUED = datetime(2025, 3, 1, tzinfo=UTC)


def _unit(name: str = "M. Bakker", big: str = "12345678901") -> tuple[bytes, bytes, DocumentKey]:
    ca = personal.new_ca_key()
    ca_cert = personal.ca_certificate(ca, "teststore", ISSUED)
    sign = personal.new_signing_key()
    cert = personal.issue_advisor_certificate(ca, ca_cert, sign, name, big, ISSUED)
    return ca, ca_cert, DocumentKey(sign, cert, ca_cert)


CA, CA_CERT, KEY = _unit()
TRUST = Trust(x509.load_der_x509_certificate(CA_CERT), None)
OTHER_CA, OTHER_CA_CERT, OTHER_KEY = _unit()  # another unit's CA issuing the same name and BIG
OTHER_TRUST = Trust(x509.load_der_x509_certificate(OTHER_CA_CERT), None)


def sample_export(**changes: object) -> AdviceExport:
    export = AdviceExport(
        export_id="EXP-2025-0007",
        dossier_reference="AOV-2025-0042",
        case_type="acceptance-income",
        outcome={"decision": "accept-with-exclusion", "exclusion": "Aandoeningen van de rug & <nek>"},
        remark="Geen bezwaar tegen acceptatie met uitsluiting.",
        advisor_name="M. Bakker",
        advisor_big="12345678901",
        signed_at="2025-03-07T14:05:00+01:00",
        advice_version=1,
        exported_at="2025-03-07T14:10:00+01:00",
    )
    return replace(export, **changes)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def json_export() -> bytes:
    return build_json(sample_export(), KEY)


@pytest.fixture(scope="module")
def pdf_export() -> bytes:
    return build_pdf(sample_export(), KEY)


# ------------------------------------------------------------------------------------------ signing key


def test_keys_and_fingerprint() -> None:
    assert len(UNIT_KEY) == 32 and len(PUB) == 32
    fp = fingerprint(PUB)
    groups = fp.split(":")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    import hashlib

    assert fp.replace(":", "") == hashlib.sha256(PUB).hexdigest()[:32]


def test_public_key_file_roundtrip() -> None:
    text = public_key_file(PUB)
    assert f"fingerprint: {fingerprint(PUB)}" in text
    assert "-----BEGIN PUBLIC KEY-----" in text
    assert load_public_key_file(text) == PUB
    # The plain PEM (what the cryptography library reads) is accepted too.
    pem = text[text.index("-----BEGIN") :]
    key = serialization.load_pem_public_key(pem.encode())
    assert isinstance(key, Ed25519PublicKey)
    assert load_public_key_file(pem) == PUB


@pytest.mark.parametrize(
    "garbage",
    [
        "",
        "hello",
        "-----BEGIN PUBLIC KEY-----\nnot base64!\n-----END PUBLIC KEY-----\n",
        "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA\n-----END PUBLIC KEY-----\n",
    ],
)
def test_load_public_key_file_refuses_garbage(garbage: str) -> None:
    with pytest.raises(ValidationError):
        load_public_key_file(garbage)


def test_load_public_key_file_refuses_wrong_fingerprint_and_wrong_key_type() -> None:
    text = public_key_file(PUB).replace(fingerprint(PUB), fingerprint(OTHER_PUB))
    with pytest.raises(ValidationError, match="fingerprint"):
        load_public_key_file(text)
    from cryptography.hazmat.primitives.asymmetric import ec

    ec_pem = (
        ec.generate_private_key(ec.SECP256R1())
        .public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )
    with pytest.raises(ValidationError, match="wrong type"):
        load_public_key_file(ec_pem)


# ------------------------------------------------------------------------------------------------ JSON


def test_json_roundtrip_and_whitelist(json_export: bytes) -> None:
    doc = json.loads(json_export)
    assert set(doc) == {"format", "advice", "signature"}
    assert doc["format"] == "medunit-advice-export/2"
    assert tuple(doc["advice"]) == EXPORT_FIELDS  # exactly the whitelist, in its order
    assert doc["advice"]["outcome"] == sample_export().outcome
    assert doc["signature"]["alg"] == "ES256"
    assert base64.b64decode(doc["signature"]["certificate"]) == KEY.certificate
    result = verify_export(json_export, TRUST)
    assert result.valid and result.kind == "json" and result.export_id == "EXP-2025-0007"


def test_json_signature_is_over_canonical_advice(json_export: bytes) -> None:
    doc = json.loads(json_export)
    canonical = json.dumps(doc["advice"], sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    assert canonical == canonical_json(doc["advice"])
    public = x509.load_der_x509_certificate(KEY.certificate).public_key()
    assert isinstance(public, ec.EllipticCurvePublicKey)
    public.verify(base64.b64decode(doc["signature"]["value"]), canonical, ec.ECDSA(hashes.SHA256()))


def test_json_is_built_from_the_whitelist_not_the_dataclass(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(advice_export, "EXPORT_FIELDS", ("export_id", "case_type"))
    doc = json.loads(build_json(sample_export(), KEY))
    assert set(doc["advice"]) == {"export_id", "case_type"}


def test_non_ascii_text_survives(json_export: bytes) -> None:
    data = build_json(sample_export(remark="Geëxporteerd — géén bezwaar"), KEY)
    assert "Geëxporteerd — géén bezwaar".encode() in data
    assert verify_export(data, TRUST).valid


def test_unserialisable_outcome_is_refused() -> None:
    with pytest.raises(ValidationError):
        build_json(sample_export(outcome={"x": float("nan")}), KEY)
    with pytest.raises(ValidationError):
        build_json(sample_export(outcome={"x": object()}), KEY)


def test_every_single_byte_flip_of_a_json_export_is_detected() -> None:
    data = build_json(sample_export(remark="Kort."), KEY)
    buf = bytearray(data)
    for i in range(len(buf)):
        buf[i] ^= 0x01
        result = verify_export(bytes(buf), TRUST)
        buf[i] ^= 0x01
        assert not result.valid, f"flip at {i} ({data[i : i + 1]!r}) not detected"


def test_json_wrong_ca_truncated_and_extra_fields(json_export: bytes) -> None:
    assert "not issued by the unit CA" in verify_export(json_export, OTHER_TRUST).reason
    assert "not issued by the unit CA" in verify_export(build_json(sample_export(), OTHER_KEY), TRUST).reason
    for cut in (0, 1, len(json_export) // 2, len(json_export) - 1):
        assert not verify_export(json_export[:cut], TRUST).valid
    doc = json.loads(json_export)
    doc["advice"]["diagnosis"] = "hernia"
    assert "whitelist" in verify_export(json.dumps(doc).encode(), TRUST).reason
    doc = json.loads(json_export)
    del doc["advice"]["remark"]
    assert not verify_export(json.dumps(doc).encode(), TRUST).valid


def test_json_same_content_other_layout_is_refused(json_export: bytes) -> None:
    compact = json.dumps(json.loads(json_export), ensure_ascii=False).encode()
    result = verify_export(compact, TRUST)
    assert not result.valid and "altered" in result.reason


def test_json_duplicate_keys_are_refused(json_export: bytes) -> None:
    tampered = json_export.replace(b'"remark":', b'"remark": "x",\n    "remark":', 1)
    assert not verify_export(tampered, TRUST).valid


def test_certificate_validity_revocation_and_holder() -> None:
    """The signing time in the export must fall within the certificate's validity and before any
    revocation; the advisor named in the advice must be the certificate's holder."""
    revoked_at = datetime(2025, 3, 7, 13, 0, tzinfo=UTC)  # 14:00 in Amsterdam: between signing and export
    serial = personal.certificate_serial(KEY.certificate)
    crl = x509.load_der_x509_crl(personal.revocation_list(CA, CA_CERT, [(serial, revoked_at)], revoked_at))
    revoked = Trust(TRUST.ca, crl)
    before = sample_export(exported_at="2025-03-07T13:59:00+01:00")
    after = sample_export()  # 14:10+01:00, after the revocation
    assert verify_export(build_json(before, KEY), revoked).valid
    assert verify_export(build_pdf(before, KEY), revoked).valid
    for data in (build_json(after, KEY), build_pdf(after, KEY)):
        assert (
            "was revoked at 2025-03-07T13:00:00+00:00, before the signing time" in verify_export(data, revoked).reason
        )
    too_early = build_json(sample_export(exported_at="2025-02-01T10:00:00+01:00"), KEY)
    assert "not valid at the signing time" in verify_export(too_early, TRUST).reason
    for when in ("yesterday", "2025-03-07T14:10:00"):
        assert "signing time" in verify_export(build_json(sample_export(exported_at=when), KEY), TRUST).reason
    other_big = build_json(sample_export(advisor_big="10987654321"), KEY)
    assert "not the holder" in verify_export(other_big, TRUST).reason
    assert "no unit CA" in verify_export(build_json(after, KEY), PUB).reason  # type: ignore[arg-type]


def test_trust_file_refuses_damage() -> None:
    pem = x509.load_der_x509_certificate(CA_CERT).public_bytes(serialization.Encoding.PEM).decode()
    trust = load_trust(public_key_file(PUB) + pem)
    assert trust is not None and trust.crl is None
    assert load_trust(public_key_file(PUB)) is None
    with pytest.raises(ValidationError):
        load_trust(None)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="cannot be read"):
        load_trust("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")
    ed_ca = "-----BEGIN CERTIFICATE-----\n" + base64.encodebytes(_ed25519_ca()).decode() + "-----END CERTIFICATE-----\n"
    with pytest.raises(ValidationError, match="not an ECDSA P-256"):
        load_trust(ed_ca)
    serial = personal.certificate_serial(KEY.certificate)
    foreign = x509.load_der_x509_crl(personal.revocation_list(OTHER_CA, OTHER_CA_CERT, [(serial, ISSUED)], ISSUED))
    with pytest.raises(ValidationError, match="not signed by its unit CA"):
        load_trust(pem + foreign.public_bytes(serialization.Encoding.PEM).decode())


def _ed25519_ca() -> bytes:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.x509.oid import NameOID

    key = Ed25519PrivateKey.generate()
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "ed")])
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(ISSUED)
        .not_valid_after(ISSUED + timedelta(days=1))
        .sign(key, None)
    )
    return cert.public_bytes(serialization.Encoding.DER)


# ------------------------------------------------------------------------------------------------- PDF


def test_pdf_content_and_signature(pdf_export: bytes, tmp_path: Path) -> None:
    assert pdf_export.startswith(b"%PDF-1.4")
    doc = json.loads(build_json(sample_export(), KEY))
    text = pdf_text(pdf_export)
    flat = " ".join(text.split())
    for expected in (
        "Medisch advies — uitkomst",
        "accepteren met uitsluiting",
        "Aandoeningen van de rug & <nek>",
        "Acceptatie inkomensverzekering",
        "Geen bezwaar tegen acceptatie met uitsluiting.",
        "12345678901",
        "M. Bakker (BIG 12345678901)",
    ):
        assert expected in text, expected
    for expected in (  # what the case handler reads: their own reader shows the signature
        "draagt de digitale handtekening van de medisch adviseur",
        "uw PDF-lezer toont die",
        "medunit-admin export public-key",
    ):
        assert expected in flat, expected
    assert "Controleer met" not in flat
    signature = doc["signature"]["value"]
    half = len(signature) // 2
    assert signature[:half] in text and signature[half:] in text  # same (deterministic) signature as the JSON
    assert b"%medunit-" not in pdf_export  # no trailer after %%EOF: the PDF signature is the file's own
    assert pdf_export.endswith(b"%%EOF\n") and b"/SubFilter /ETSI.CAdES.detached" in pdf_export
    assert len(pdfium.PdfDocument(pdf_export)) == 1
    save_png(pdf_export, tmp_path / "advice.png")
    result = verify_export(pdf_export, TRUST)
    assert result.valid and result.kind == "pdf" and result.export_id == "EXP-2025-0007"


@pytest.mark.parametrize(
    ("case_type", "outcome", "expected"),
    [
        ("acceptance-income", {"decision": "accept-with-premium-loading", "premium_loading_percent": 50}, ["50%"]),
        ("acceptance-income", {"decision": "postpone", "postpone_months": 6}, ["uitstellen", "6 maanden"]),
        ("acceptance-income", {"decision": "decline"}, ["afwijzen"]),
        (
            "incapacity-claim",
            {"incapacity_percent": 35, "period_start": "2025-01-01", "period_end": "2025-06-30"},
            ["Arbeidsongeschiktheidsclaim", "35%", "1 januari 2025", "30 juni 2025"],
        ),
        (
            "personal-injury",
            {
                "causal_relation": "partial",
                "end_state": "not-yet-reached",
                "impairment_percent": 12,
                "next_step": "independent-medical-expert",
            },
            ["Letselschade", "gedeeltelijk", "nog niet bereikt", "12%", "onafhankelijke medische expertise"],
        ),
    ],
)
def test_pdf_outcome_wording(case_type: str, outcome: dict[str, object], expected: list[str]) -> None:
    data = build_pdf(sample_export(case_type=case_type, outcome=outcome), KEY)
    text = pdf_text(data)
    for phrase in expected:
        assert phrase in text, phrase
    assert verify_export(data, TRUST).valid


#: The PDF flip test checks every byte (about 2.5 minutes of one core); in interleaved quarters the test
#: workers (scripts/run-tests.sh runs pytest-xdist) share it. Together the quarters flip every byte once.
PDF_FLIP_PARTS = 4


@pytest.mark.parametrize("part", range(PDF_FLIP_PARTS))
def test_every_single_byte_flip_of_a_pdf_export_is_detected(pdf_export: bytes, part: int) -> None:
    buf = bytearray(pdf_export)
    for i in range(part, len(buf), PDF_FLIP_PARTS):
        buf[i] ^= 0x01
        result = verify_export(bytes(buf), TRUST)
        buf[i] ^= 0x01
        assert not result.valid, f"flip at {i} not detected"


def test_pdf_wrong_ca_and_truncated(pdf_export: bytes) -> None:
    assert not verify_export(pdf_export, OTHER_TRUST).valid
    for cut in (0, 5, len(pdf_export) // 2, len(pdf_export) - 1, len(pdf_export) - 60):
        assert not verify_export(pdf_export[:cut], TRUST).valid
    # Re-signing with another unit's certificate for the same name cannot pass.
    assert not verify_export(build_pdf(sample_export(), OTHER_KEY), TRUST).valid
    # Anything appended after the signed revision (a second revision, a comment) is refused.
    result = verify_export(pdf_export + b"%extra\n", TRUST)
    assert not result.valid and "whole file" in result.reason


def test_unsigned_pdf_is_invalid(pdf_export: bytes) -> None:
    from medunit.export._qtpdf import html_to_pdf

    result = verify_export(html_to_pdf("<p>Medisch advies</p>", title="t", footer="f"), TRUST)
    assert not result.valid and "no PDF signature" in result.reason
    at = pdf_export.rfind(b"/ByteRange [")
    result = verify_export(pdf_export[:at] + b"/ByteRangX" + pdf_export[at + 10 :], TRUST)
    assert not result.valid and "no PDF signature" in result.reason


# ----------------------------------------------------------------------------------------------- fuzzing


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_verify_never_raises_on_arbitrary_bytes(data: bytes) -> None:
    assert not verify_export(data, TRUST).valid
    assert not verify_export(b"%PDF-" + data, TRUST).valid


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_verify_never_raises_on_mutated_exports(json_export: bytes, pdf_export: bytes, data: st.DataObject) -> None:
    original = data.draw(st.sampled_from([json_export, pdf_export]))
    buf = bytearray(original)
    for _ in range(data.draw(st.integers(1, 4))):
        op = data.draw(st.sampled_from(["set", "insert", "delete", "truncate"]))
        pos = data.draw(st.integers(0, max(0, len(buf) - 1)))
        if op == "set" and buf:
            buf[pos] = data.draw(st.integers(0, 255))
        elif op == "insert":
            buf[pos:pos] = data.draw(st.binary(min_size=1, max_size=8))
        elif op == "delete":
            del buf[pos : pos + data.draw(st.integers(1, 8))]
        else:
            del buf[pos:]
    result = verify_export(bytes(buf), TRUST)
    if bytes(buf) != original:
        assert not result.valid


@settings(max_examples=50, deadline=None)
@given(st.binary(max_size=40))
def test_verify_never_raises_on_bad_trust(key: bytes) -> None:
    result = verify_export(b"{}", key)  # type: ignore[arg-type]
    assert not result.valid


@settings(max_examples=60, deadline=None)
@given(
    remark=st.text(max_size=60),
    outcome=st.dictionaries(st.text(max_size=8), st.one_of(st.integers(), st.text(max_size=10), st.none()), max_size=3),
)
def test_json_roundtrip_for_arbitrary_text(remark: str, outcome: dict[str, object]) -> None:
    data = build_json(sample_export(remark=remark, outcome=outcome), KEY)
    assert verify_export(data, TRUST).valid


# ----------------------------------------------------------------------------------------------- writing


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "exports"
    path.mkdir()
    return path


def test_write_atomically(folder: Path) -> None:
    tmp_path = folder
    target = write_atomically(tmp_path, "advies.json", b"data")
    assert target == tmp_path / "advies.json" and target.read_bytes() == b"data"
    write_atomically(tmp_path, "advies.json", b"new")
    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["advies.json"]


@pytest.mark.parametrize("sub", ["file.txt/sub", "file.txt", "missing/deeper"])
def test_write_atomically_refuses_unwritable_folder(folder: Path, sub: str) -> None:
    tmp_path = folder
    (tmp_path / "file.txt").write_text("x")  # a regular file: nothing can be created "under" it, not even by root
    with pytest.raises(ValidationError, match="is not writable") as info:
        write_atomically(tmp_path / sub, "advies.json", b"data")
    assert str(tmp_path / sub) in info.value.message
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file.txt"]


def test_write_atomically_leaves_nothing_behind_on_failure(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tmp_path = folder

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(ValidationError, match="No space left"):
        write_atomically(tmp_path, "advies.pdf", b"x" * 1000)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["", ".", "..", "a/b", "../x", "a\\b"])
def test_write_atomically_refuses_bad_names(tmp_path: Path, name: str) -> None:
    with pytest.raises(ValidationError):
        write_atomically(tmp_path, name, b"x")

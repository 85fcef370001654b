"""The signed advice export (medunit.export.advice_export) and the signing key (medunit.export.signing)."""

from __future__ import annotations

import base64
import json
import os
from dataclasses import replace
from pathlib import Path

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medunit.errors import ValidationError
from medunit.export import advice_export
from medunit.export.advice_export import build_json, build_pdf, canonical_json, verify_export, write_atomically
from medunit.export.documents import EXPORT_FIELDS, AdviceExport
from medunit.export.signing import (
    fingerprint,
    load_public_key_file,
    new_signing_key,
    public_key_file,
    public_key_of,
)
from tests.unit.test_export_letter import pdf_text, save_png

KEY = new_signing_key()
PUB = public_key_of(KEY)
OTHER_PUB = public_key_of(new_signing_key())


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
    assert len(KEY) == 32 and len(PUB) == 32
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
    assert doc["format"] == "medunit-advice-export/1"
    assert tuple(doc["advice"]) == EXPORT_FIELDS  # exactly the whitelist, in its order
    assert doc["advice"]["outcome"] == sample_export().outcome
    assert doc["signature"]["alg"] == "Ed25519"
    assert doc["signature"]["key_fingerprint"] == fingerprint(PUB)
    result = verify_export(json_export, PUB)
    assert result.valid and result.kind == "json" and result.export_id == "EXP-2025-0007"


def test_json_signature_is_over_canonical_advice(json_export: bytes) -> None:
    doc = json.loads(json_export)
    canonical = json.dumps(doc["advice"], sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    assert canonical == canonical_json(doc["advice"])
    Ed25519PublicKey.from_public_bytes(PUB).verify(base64.b64decode(doc["signature"]["value"]), canonical)


def test_json_is_built_from_the_whitelist_not_the_dataclass(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(advice_export, "EXPORT_FIELDS", ("export_id", "case_type"))
    doc = json.loads(build_json(sample_export(), KEY))
    assert set(doc["advice"]) == {"export_id", "case_type"}


def test_non_ascii_text_survives(json_export: bytes) -> None:
    data = build_json(sample_export(remark="Geëxporteerd — géén bezwaar"), KEY)
    assert "Geëxporteerd — géén bezwaar".encode() in data
    assert verify_export(data, PUB).valid


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
        result = verify_export(bytes(buf), PUB)
        buf[i] ^= 0x01
        assert not result.valid, f"flip at {i} ({data[i : i + 1]!r}) not detected"


def test_json_wrong_key_truncated_and_extra_fields(json_export: bytes) -> None:
    assert not verify_export(json_export, OTHER_PUB).valid
    assert "different key" in verify_export(json_export, OTHER_PUB).reason
    for cut in (0, 1, len(json_export) // 2, len(json_export) - 1):
        assert not verify_export(json_export[:cut], PUB).valid
    doc = json.loads(json_export)
    doc["advice"]["diagnosis"] = "hernia"
    assert "whitelist" in verify_export(json.dumps(doc).encode(), PUB).reason
    doc = json.loads(json_export)
    del doc["advice"]["remark"]
    assert not verify_export(json.dumps(doc).encode(), PUB).valid


def test_json_same_content_other_layout_is_refused(json_export: bytes) -> None:
    compact = json.dumps(json.loads(json_export), ensure_ascii=False).encode()
    result = verify_export(compact, PUB)
    assert not result.valid and "altered" in result.reason


def test_json_duplicate_keys_are_refused(json_export: bytes) -> None:
    tampered = json_export.replace(b'"remark":', b'"remark": "x",\n    "remark":', 1)
    assert not verify_export(tampered, PUB).valid


# ------------------------------------------------------------------------------------------------- PDF


def test_pdf_content_and_trailer(pdf_export: bytes, tmp_path: Path) -> None:
    assert pdf_export.startswith(b"%PDF-")
    doc = json.loads(build_json(sample_export(), KEY))
    text = pdf_text(pdf_export)
    for expected in (
        "Medisch advies — uitkomst",
        "accepteren met uitsluiting",
        "Aandoeningen van de rug & <nek>",
        "Acceptatie inkomensverzekering",
        "Geen bezwaar tegen acceptatie met uitsluiting.",
        "12345678901",
        fingerprint(PUB),
        "Controleer met: medunit-admin export verify",
    ):
        assert expected in text, expected
    signature = doc["signature"]["value"]
    assert signature[:44] in text and signature[44:] in text  # same signature as the JSON
    lines = pdf_export.rstrip(b"\n").split(b"\n")
    assert lines[-1].startswith(b"%medunit-signature Ed25519 " + fingerprint(PUB).encode() + b" ")
    assert b"%%EOF" in b"\n".join(lines[-4:])
    assert len(pdfium.PdfDocument(pdf_export)) == 1
    save_png(pdf_export, tmp_path / "advice.png")
    result = verify_export(pdf_export, PUB)
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
    assert verify_export(data, PUB).valid


def test_every_single_byte_flip_of_a_pdf_export_is_detected(pdf_export: bytes) -> None:
    buf = bytearray(pdf_export)
    for i in range(len(buf)):
        buf[i] ^= 0x01
        result = verify_export(bytes(buf), PUB)
        buf[i] ^= 0x01
        assert not result.valid, f"flip at {i} not detected"


def test_pdf_wrong_key_and_truncated(pdf_export: bytes) -> None:
    assert not verify_export(pdf_export, OTHER_PUB).valid
    for cut in (0, 5, len(pdf_export) // 2, len(pdf_export) - 1, len(pdf_export) - 60):
        assert not verify_export(pdf_export[:cut], PUB).valid
    # Re-signing with another key cannot pass as the unit's key.
    assert not verify_export(build_pdf(sample_export(), new_signing_key()), PUB).valid


def test_unsigned_pdf_is_invalid(pdf_export: bytes) -> None:
    stripped = pdf_export[: pdf_export.rfind(b"%medunit-signature")]
    result = verify_export(stripped, PUB)
    assert not result.valid and "trailer" in result.reason


# ----------------------------------------------------------------------------------------------- fuzzing


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_verify_never_raises_on_arbitrary_bytes(data: bytes) -> None:
    assert not verify_export(data, PUB).valid
    assert not verify_export(b"%PDF-" + data, PUB).valid


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
    result = verify_export(bytes(buf), PUB)
    if bytes(buf) != original:
        assert not result.valid


@settings(max_examples=50, deadline=None)
@given(st.binary(max_size=40))
def test_verify_never_raises_on_bad_public_keys(key: bytes) -> None:
    result = verify_export(b"{}", key)
    assert not result.valid


@settings(max_examples=60, deadline=None)
@given(
    remark=st.text(max_size=60),
    outcome=st.dictionaries(st.text(max_size=8), st.one_of(st.integers(), st.text(max_size=10), st.none()), max_size=3),
)
def test_json_roundtrip_for_arbitrary_text(remark: str, outcome: dict[str, object]) -> None:
    data = build_json(sample_export(remark=remark, outcome=outcome), KEY)
    assert verify_export(data, PUB).valid


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

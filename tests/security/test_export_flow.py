"""The one way out: signed advice export through the services and CLI; markers never leave; verify."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pypdfium2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medunit.cli.main import run
from medunit.domain.roles import Role
from medunit.errors import PermissionDeniedError, ValidationError
from medunit.export.documents import EXPORT_FIELDS
from medunit.services import advice, audit, exports, intake, records
from medunit.services.exports import LeakFindingsError
from medunit.store.access_log import LogFilter
from tests.support.unit import TODAY, USER_PASS, Unit, intake_json, make_isolated_unit, make_unit

CASE = "GD-2026-000001"


@pytest.fixture
def unit(store_location: Path | str, policy) -> Iterator[Unit]:  # type: ignore[no-untyped-def]
    u = make_unit(store_location, policy)
    yield u
    u.close()


def _pdf_text(data: bytes) -> str:
    doc = pypdfium2.PdfDocument(data)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in doc)
    finally:
        doc.close()


def test_unsigned_advice_cannot_be_exported(unit: Unit, tmp_path: Path) -> None:
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    ma = unit[Role.MEDICAL_ADVISOR]
    advice.draft_advice(ma, CASE, {"decision": "accept"}, "")
    with pytest.raises(ValidationError, match="not signed yet"):
        exports.export_advice(ma, CASE, tmp_path)
    with pytest.raises(PermissionDeniedError):
        exports.export_advice(unit[Role.UNIT_STAFF], CASE, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_leak_check_blocks_until_confirmed_and_logs(unit: Unit, tmp_path: Path) -> None:
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    ma = unit[Role.MEDICAL_ADVISOR]
    records.add_entry(ma, CASE, "doctor-letter", "Bekend met spondylolisthesis L5-S1, gebruikt metformine.")
    advice.draft_advice(ma, CASE, {"decision": "decline"}, "Afgewezen wegens spondylolisthesis.")
    advice.sign_advice(ma, CASE, "12345678901")
    with pytest.raises(LeakFindingsError, match="spondylolisthesis"):
        exports.export_advice(ma, CASE, tmp_path)
    assert list(tmp_path.iterdir()) == []
    result = exports.export_advice(ma, CASE, tmp_path, confirm_findings=True)
    assert result.findings_confirmed == ("spondylolisthesis",)
    entry = [e for e in audit.entries(unit[Role.PRIVACY_OFFICER], LogFilter()) if e.action == "export.advice"][-1]
    assert "findings confirmed: spondylolisthesis" in (entry.reason or "")
    assert f"export:{result.export_id}" in entry.record_ids


def test_export_cli_and_verify(
    unit: Unit, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    ma = unit[Role.MEDICAL_ADVISOR]
    advice.draft_advice(
        ma, CASE, {"decision": "accept-with-premium-loading", "premium_loading_percent": 25}, "Acceptatie met toeslag."
    )
    advice.sign_advice(ma, CASE, "12345678901")
    root = unit.root
    unit.close()
    monkeypatch.setenv("MEDUNIT_PASSPHRASE", USER_PASS)
    out = tmp_path / "out"
    out.mkdir()
    assert run(["export", "advice", CASE, "--store", str(root), "--as", "dr.jansen", "--out", str(out)]) == 0
    assert (
        run(["export", "public-key", "--store", str(root), "--as", "po.bakker", "--out", str(tmp_path / "unit.pub")])
        == 0
    )
    files = sorted(out.iterdir())
    assert [f.suffix for f in files] == [".json", ".pdf"]
    doc = json.loads(files[0].read_text())
    assert set(doc["advice"]) == set(EXPORT_FIELDS)
    capsys.readouterr()
    for f in files:
        assert run(["export", "verify", str(f), "--public-key", str(tmp_path / "unit.pub")]) == 0
        tampered = tmp_path / ("t" + f.suffix)
        data = bytearray(f.read_bytes())
        data[len(data) // 2] ^= 1
        tampered.write_bytes(bytes(data))
        assert run(["export", "verify", str(tampered), "--public-key", str(tmp_path / "unit.pub")]) == 4
        truncated = tmp_path / ("c" + f.suffix)
        truncated.write_bytes(f.read_bytes()[:-10])
        assert run(["export", "verify", str(truncated), "--public-key", str(tmp_path / "unit.pub")]) == 4
    wrong = tmp_path / "wrong.pub"  # another unit's CA
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    from medunit.crypto import personal
    from medunit.export.signing import new_signing_key, public_key_file, public_key_of

    other = x509.load_der_x509_certificate(personal.ca_certificate(personal.new_ca_key(), "other", datetime.now(UTC)))
    wrong.write_text(public_key_file(public_key_of(new_signing_key())) + other.public_bytes(Encoding.PEM).decode())
    assert run(["export", "verify", str(files[0]), "--public-key", str(wrong)]) == 4
    assert "not issued by the unit CA" in capsys.readouterr().err
    assert run(["export", "verify", str(files[0]), "--public-key", str(files[0])]) == 1
    old_style = tmp_path / "old.pub"  # a key file from before advisors had certificates
    old_style.write_text(public_key_file(public_key_of(new_signing_key())))
    assert run(["export", "verify", str(files[0]), "--public-key", str(old_style)]) == 1
    assert "holds no unit CA certificate" in capsys.readouterr().err
    not_writable = tmp_path / "file.txt"
    not_writable.write_text("x")
    code = run(
        ["export", "advice", CASE, "--store", str(root), "--as", "dr.jansen", "--out", str(not_writable / "sub")]
    )
    assert code == 1
    assert "not writable" in capsys.readouterr().err


def test_access_report_needs_confirmation(unit: Unit, tmp_path: Path) -> None:
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    ma = unit[Role.MEDICAL_ADVISOR]
    records.add_entry(ma, CASE, "note", "Inzage-notitie MARKER-inzage-1")
    with pytest.raises(ValidationError, match="confirm explicitly"):
        exports.access_report(ma, "P-000101", tmp_path, confirmed=False)
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(PermissionDeniedError):
        exports.access_report(unit[Role.PRIVACY_OFFICER], "P-000101", tmp_path, confirmed=True)
    path = exports.access_report(ma, CASE, tmp_path, confirmed=True)
    text = _pdf_text(path.read_bytes())
    assert "MARKER-inzage-1" in text
    assert "dr.jansen" in text


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Unit]:
    u = make_isolated_unit(tmp_path_factory.mktemp("exportprop"))
    yield u
    u.close()


OUTCOMES = {
    "acceptance-income": [
        {"decision": "accept"},
        {"decision": "decline"},
        {"decision": "postpone", "postpone_months": 6},
        {"decision": "accept-with-premium-loading", "premium_loading_percent": 75},
    ],
}
_n = iter(range(700, 10_000))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(st.text(alphabet="abcdefghijklmnopqrstuvwxyz ", min_size=0, max_size=40), min_size=1, max_size=5),
    st.integers(0, 3),
    st.randoms(use_true_random=False),
)
def test_no_health_marker_ever_leaves(
    shared: Unit, tmp_path_factory: pytest.TempPathFactory, texts: list[str], which: int, rnd: random.Random
) -> None:
    ma = shared[Role.MEDICAL_ADVISOR]
    ref = f"GD-2026-{next(_n):06d}"
    intake.import_intake(ma, intake_json(ref, "P-000101"), TODAY)
    markers = [f"MARKER{rnd.randrange(10**9):09d}X" for _ in texts]
    for text, marker in zip(texts, markers, strict=True):
        records.add_entry(
            ma, ref, rnd.choice(["note", "doctor-letter", "health-declaration-answer"]), f"{text} {marker}"
        )
    advice.draft_advice(ma, ref, OUTCOMES["acceptance-income"][which], "Conclusie op basis van het dossier.")
    advice.sign_advice(ma, ref, "12345678901")
    out = tmp_path_factory.mktemp("exp")
    result = exports.export_advice(ma, ref, out, confirm_findings=True)
    blobs = [
        result.json_path.read_bytes(),
        result.pdf_path.read_bytes(),
        _pdf_text(result.pdf_path.read_bytes()).encode(),
    ]
    for marker in markers:
        for blob in blobs:
            assert marker.encode() not in blob


def test_default_export_folder_is_created_owner_only(
    unit: Unit, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:

    from medunit.config.policy import Setting

    ma = unit[Role.MEDICAL_ADVISOR]
    target = tmp_path / "exports-default" / "unit"
    settings = dict(ma.policy.settings)
    settings["export.folder"] = Setting(str(target), "test")
    monkeypatch.setattr(ma, "policy", ma.policy._replace(settings=settings))
    advice.draft_advice(ma, CASE, {"decision": "accept"}, "")
    advice.sign_advice(ma, CASE, "12345678901")
    result = exports.export_advice(ma, CASE)
    assert result.json_path.parent == target
    assert oct(target.stat().st_mode & 0o777) == "0o700"

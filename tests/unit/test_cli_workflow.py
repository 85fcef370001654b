"""medunit-admin consent / request / advice / contact / purge / entry / attachment."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.cli import cli as _cli
from tests.support.unit import Unit


def test_full_workflow(unit: Unit, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    s = ["--store", str(unit.root)]
    staff = [*s, "--as", "staff.smit"]
    ma = [*s, "--as", "dr.jansen"]
    doctor = ["--doctor", "dr. P. de Boer", "--institution", "Rijnstate", "--specialism", "orthopedie"]
    code, _, err = _cli(
        capsys, "request", "create", "--case", "GD-2026-000001", *doctor, "--questions", "Diagnose?", *staff
    )
    assert (code, "No consent is recorded" in err) == (1, True)
    scan = tmp_path / "machtiging.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    code, out, err = _cli(
        capsys,
        "consent",
        "add",
        "--case",
        "GD-2026-000001",
        *doctor,
        "--categories",
        "diagnosis,treatment",
        "--method",
        "signed-form",
        "--evidence-file",
        str(scan),
        *staff,
    )
    assert code == 0, err
    code, _, err = _cli(
        capsys,
        "consent",
        "add",
        "--case",
        "GD-2026-000001",
        *doctor,
        "--categories",
        "diagnosis",
        "--method",
        "signed-form",
        *staff,
    )
    assert (code, "evidence" in err) == (1, True)
    code, out, _ = _cli(capsys, "consent", "list", "--case", "GD-2026-000001", *staff)
    assert "\tactive\tdr. P. de Boer (orthopedie) — Rijnstate" in out
    assert (
        _cli(capsys, "request", "create", "--case", "GD-2026-000001", *doctor, "--questions", "Diagnose?", *staff)[0]
        == 0
    )
    letters = tmp_path / "letters"
    letters.mkdir()
    code, out, err = _cli(capsys, "request", "send", "1", "--case", "GD-2026-000001", "--out", str(letters), *staff)
    assert code == 0, err
    pdf = next(letters.iterdir())
    assert pdf.read_bytes().startswith(b"%PDF")
    letter = tmp_path / "antwoord.pdf"
    letter.write_bytes(b"%PDF-1.4\n" + b"1" * 2000)
    code, out, err = _cli(
        capsys,
        "request",
        "answer",
        "1",
        "--case",
        "GD-2026-000001",
        "--text",
        "Lumbago.",
        "--letter",
        str(letter),
        *staff,
    )
    assert code == 0, err
    assert "with the letter attached" in out
    code, out, _ = _cli(capsys, "request", "list", "--case", "GD-2026-000001", *staff)
    assert "\tanswered\t" in out
    outcome = json.dumps({"decision": "accept"})
    code, _, err = _cli(capsys, "advice", "draft", "--case", "GD-2026-000001", "--outcome", outcome, *staff)
    assert (code, "may not" in err) == (1, True)
    assert _cli(capsys, "advice", "draft", "--case", "GD-2026-000001", "--outcome", outcome, *ma)[0] == 0
    assert _cli(capsys, "advice", "draft", "--case", "GD-2026-000001", "--outcome", "nope", *ma)[0] == 2
    assert _cli(capsys, "advice", "sign", "--case", "GD-2026-000001", "--big", "12345678901", *ma)[0] == 0
    code, out, _ = _cli(capsys, "advice", "show", "--case", "GD-2026-000001", *ma)
    assert "version 1: signed by dr.jansen (BIG 12345678901)" in out
    assert (
        _cli(
            capsys,
            "contact",
            "add",
            "--case",
            "GD-2026-000001",
            "--subject",
            "advice",
            "--channel",
            "post",
            "--department",
            "Medische acceptatie",
            *staff,
        )[0]
        == 0
    )
    code, out, _ = _cli(capsys, "contact", "list", "--case", "GD-2026-000001", *staff)
    assert "\tadvice\tpost\tMedische acceptatie\tGD-2026-000001" in out
    code, out, _ = _cli(capsys, "purge", "--dry-run", *ma)
    assert "recording: would delete 0" in out
    assert _cli(capsys, "entry", "add", "--case", "GD-2026-000001", "--kind", "note", "--text", "Notitie", *ma)[0] == 0
    liar = tmp_path / "brief.pdf"
    liar.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    code, _, err = _cli(capsys, "attachment", "add", "--case", "GD-2026-000001", str(liar), *ma)
    assert (code, "name says otherwise" in err) == (1, True)
    assert _cli(capsys, "case-close", "--case", "GD-2026-000001", *ma)[0] == 0

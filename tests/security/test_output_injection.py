"""Stored text turned against the person who reads it: terminal escape sequences and bidi overrides
printed by medunit-admin, and spreadsheet formulas in the privacy officer's CSV export."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from medunit.domain.roles import Role
from medunit.domain.text import for_csv, for_terminal
from medunit.store import content
from tests.support.cli import cli
from tests.support.unit import SECOND_ADVISOR, USER_PASS, Unit, add_second_advisor, make_unit

ESCAPES = "\x1b]0;owned\x07\x1b[2J\x1b[31mRED\x1b[0m\x9b1m\u202eevil\x08\x0d"


@pytest.fixture
def unit(store_location: Path | str, policy, monkeypatch: pytest.MonkeyPatch) -> Iterator[Unit]:  # type: ignore[no-untyped-def]
    u = make_unit(store_location, policy)
    # an insider writes hostile text straight into the database (no medunit rule runs): a name with the
    # data key, a question (sealed content) with the health key of an advisor's slot
    db = u[Role.MEDICAL_ADVISOR].vault.db
    with db.transaction():
        db.execute(
            "UPDATE persons SET family_name = ?, row_version = row_version + 1 WHERE reference = 'P-000101'",
            ("Vries" + ESCAPES,),
        )
        case_id = db.execute("SELECT id FROM cases WHERE reference = 'GD-2026-000001'").fetchone()[0]
        question = content.seal_text(db, "cases", "question", case_id, None, "Vraag" + ESCAPES)
        db.execute("UPDATE cases SET question = ?, row_version = row_version + 1 WHERE id = ?", (question, case_id))
    add_second_advisor(u).close()
    u.close()
    monkeypatch.setenv("MEDUNIT_PASSPHRASE", USER_PASS)
    yield u


def _assert_inert(text: str) -> None:
    for bad in ("\x1b", "\x07", "\x08", "\x0d", "\x9b", "\u202e"):
        assert bad not in text, repr(bad)


def test_case_list_and_show_print_no_control_sequences(unit: Unit, capsys: pytest.CaptureFixture[str]) -> None:
    s = str(unit.root)
    code, out, _ = cli(capsys, "case", "list", "--store", s, "--as", "dr.jansen")
    assert code == 0
    _assert_inert(out)
    assert "Vries\\u001b]0;owned\\u0007" in out  # shown, visibly, not executed
    code, out, _ = cli(capsys, "case", "show", "GD-2026-000001", "--store", s, "--as", "dr.jansen")
    assert code == 0
    _assert_inert(out)
    assert "Question: Vraag\\u001b]0;owned\\u0007\\u001b[2J" in out
    # --json stays valid JSON and decodes to the stored text
    code, out, _ = cli(capsys, "case", "show", "GD-2026-000001", "--store", s, "--as", "dr.jansen", "--json")
    _assert_inert(out)
    assert json.loads(out)["question"] == "Vraag" + ESCAPES


def test_error_messages_are_neutralised_too(unit: Unit, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = cli(capsys, "case", "show", "GD-\x1b[2J-1", "--store", str(unit.root), "--as", "dr.jansen")
    assert code == 1
    _assert_inert(err)
    assert "There is no case GD-\\u001b[2J-1." in err


@pytest.mark.parametrize(
    "formula",
    [
        '=HYPERLINK("http://x.invalid","klik")',
        "+1+cmd|' /C calc'!A0",
        "-2+3 (reden van de spoed)",
        "@SUM(A1:A9)+1 spoed",
    ],
)
def test_csv_export_cells_never_start_a_formula(
    unit: Unit, capsys: pytest.CaptureFixture[str], tmp_path: Path, formula: str
) -> None:
    s = str(unit.root)
    # an advisor breaks the glass with a "reason" that is a formula; the privacy officer opens the export
    code, _, _ = cli(
        capsys, "case", "show", "GD-2026-000002", "--store", s, "--as", SECOND_ADVISOR, f"--break-glass={formula}"
    )
    assert code == 0
    target = tmp_path / "log.csv"
    assert cli(capsys, "audit", "export", "--csv", str(target), "--store", s, "--as", "po.bakker")[0] == 0
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    reasons = [r["reason"] for r in rows if r["action"] == "case.break-glass"]
    assert reasons == ["'" + formula]
    for row in rows:
        for cell in row.values():
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell


def test_the_helpers() -> None:
    assert for_csv("=1+1") == "'=1+1"
    assert for_csv("\tx") == "'\tx"
    assert for_csv("normaal") == "normaal"
    assert for_terminal("a\tb\nc") == "a\tb\nc"
    assert for_terminal("x\x1b[1;31my") == "x\\u001b[1;31my"
    assert for_terminal("\x9b2J\u2067") == "\\u009b2J\\u2067"
    assert for_terminal("\ud800\u3164\x00") == "\\ud800\\u3164\\u0000"

"""medunit-admin for need to know and phone recordings: user team, user list, contact add/record/list."""

from __future__ import annotations

import pytest

from tests.conftest import PASS
from tests.support.cli import cli
from tests.support.unit import Unit

CASE = "GD-2026-000001"


def test_user_team_and_list(unit: Unit, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MEDUNIT_PASSPHRASE", PASS)
    store = ["--store", str(unit.root), "--as", "alice"]
    code, out, _ = cli(capsys, "user", "team", *store, "staff.smit", "--advisors", "dr.jansen, ")
    assert code == 0 and "staff.smit now supports: dr.jansen." in out
    code, _, err = cli(capsys, "user", "team", *store, "dr.jansen", "--advisors", "dr.jansen")
    assert code == 1 and "not a unit-staff user" in err
    code, out, _ = cli(capsys, "user", "list", *store)
    lines = {line.split("\t")[0]: line for line in out.splitlines()}
    assert lines["staff.smit"].endswith("supports: dr.jansen")
    assert "supports" not in lines["dr.jansen"]
    cli(capsys, "user", "team", *store, "staff.smit", "--advisors", "")
    _, out, _ = cli(capsys, "user", "list", *store)
    assert "staff.smit\tunit-staff" in out and "supports: nobody" in out


def test_phone_contact_and_its_recording(unit: Unit, capsys: pytest.CaptureFixture[str]) -> None:
    store = ["--store", str(unit.root), "--as", "staff.smit"]
    code, out, _ = cli(
        capsys,
        "contact",
        "add",
        *store,
        "--case",
        CASE,
        "--subject",
        "service-call",
        "--channel",
        "phone",
        "--department",
        "Medische dienst",
    )
    assert code == 0
    contact_id = out.split()[2]
    code, out, _ = cli(capsys, "contact", "record", *store, "--case", CASE, contact_id, "--text", "Gesprek")
    assert code == 0 and "kept at most 4 weeks" in out
    code, out, _ = cli(capsys, "contact", "list", *store, "--case", CASE)
    assert code == 0
    assert out.startswith(f"{contact_id}\t") and "\tphone\t" in out and out.rstrip().endswith("1 recording(s)")
    code, _, err = cli(capsys, "contact", "record", *store, "--case", CASE, "999", "--text", "x")
    assert code == 1 and "does not belong" in err

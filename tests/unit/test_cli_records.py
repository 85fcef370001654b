"""medunit-admin intake/case/audit/demo on a real store."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from medunit.domain.roles import Role
from tests.support.cli import cli as _cli
from tests.support.unit import SECOND_ADVISOR, USER_PASS, Unit, add_second_advisor, intake_json


def test_intake_import_and_refusals(unit: Unit, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    s = str(unit.root)
    good = tmp_path / "good.json"
    good.write_text(intake_json("GD-2026-000100", "P-000200"))
    assert _cli(capsys, "intake", "import", str(good), "--store", s, "--as", "dr.jansen")[0] == 0
    code, _, err = _cli(capsys, "intake", "import", str(good), "--store", s, "--as", "dr.jansen")
    assert code == 1
    assert "already imported" in err
    bad = tmp_path / "bad.json"
    bad.write_text(intake_json("GD-2026-000101").replace('"acceptance-income"', '"holiday"'))
    code, _, err = _cli(capsys, "intake", "import", str(bad), "--store", s, "--as", "dr.jansen")
    assert code == 1
    assert "line 4, field 'case_type'" in err
    big = tmp_path / "big.json"
    big.write_bytes(b" " * 1_048_577)
    assert "(file)" in _cli(capsys, "intake", "import", str(big), "--store", s, "--as", "dr.jansen")[2]
    binary = tmp_path / "bin.json"
    binary.write_bytes(b"\xff\xfe\x00")
    assert "not UTF-8" in _cli(capsys, "intake", "import", str(binary), "--store", s, "--as", "dr.jansen")[2]
    code, _, err = _cli(capsys, "intake", "import", str(tmp_path / "none.json"), "--store", s, "--as", "dr.jansen")
    assert code == 2
    code, _, err = _cli(capsys, "intake", "import", str(good), "--store", s, "--as", "po.bakker")
    assert code == 1
    assert "may not" in err


def test_case_list_and_show(unit: Unit, capsys: pytest.CaptureFixture[str]) -> None:
    s = str(unit.root)
    code, out, _ = _cli(capsys, "case", "list", "--store", s, "--as", "staff.smit")
    assert code == 0
    assert "GD-2026-000001" in out
    assert "(restricted)" in out
    code, out, _ = _cli(capsys, "case", "list", "--store", s, "--as", "staff.smit", "--json", "--search", "Vries")
    assert [c["reference"] for c in json.loads(out)] == ["GD-2026-000001"]
    code, out, _ = _cli(capsys, "case", "show", "GD-2026-000002", "--store", s, "--as", "dr.jansen", "--json")
    detail = json.loads(out)
    assert detail["person"]["bsn_masked"] == "*****2333"
    assert "111222333" not in out
    code, _, err = _cli(capsys, "case", "show", "GD-2026-000002", "--store", s, "--as", "staff.smit")
    assert code == 1
    assert "restricted" in err
    add_second_advisor(unit).close()
    reason = "Spoed: advies vandaag nodig, adviseur ziek"
    glass = ("case", "show", "GD-2026-000002", "--store", s, "--break-glass", reason)
    assert _cli(capsys, *glass, "--as", "staff.smit")[0] == 1  # unit staff hold no glass key and may not
    code, out, _ = _cli(capsys, *glass, "--as", SECOND_ADVISOR)
    assert code == 0
    assert "Bram Mulder" in out
    code, _, err = _cli(capsys, "case", "show", "GD-2026-000099", "--store", s, "--as", "dr.jansen")
    assert (code, "There is no case" in err) == (1, True)


def test_audit_commands(unit: Unit, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    s = str(unit.root)
    _cli(capsys, "case", "show", "GD-2026-000002", "--store", s, "--as", "staff.smit")  # refused read
    code, out, _ = _cli(capsys, "audit", "person", "P-000102", "--store", s, "--as", "po.bakker")
    assert code == 0
    assert "staff.smit (unit-staff, for dr.jansen)\tcase.read\trefused" in out
    code, out, _ = _cli(
        capsys,
        "audit",
        "person",
        "GD-2026-000002",
        "--store",
        s,
        "--as",
        "po.bakker",
        "--since",
        "2000-01-01",
        "--until",
        "2000-01-02",
    )
    assert code == 0
    assert "case.read" not in out
    target = tmp_path / "log.csv"
    code, out, _ = _cli(capsys, "audit", "export", "--csv", str(target), "--store", s, "--as", "po.bakker")
    assert code == 0
    rows = list(csv.DictReader(target.open()))
    assert {"seq", "user", "action", "outcome", "workstation"} <= set(rows[0])
    assert any(r["outcome"] == "refused" for r in rows)
    code, _, err = _cli(capsys, "audit", "export", "--csv", "/proc/forbidden.csv", "--store", s, "--as", "po.bakker")
    assert code == 1
    assert "Cannot write" in err
    assert _cli(capsys, "audit", "verify", "--store", s, "--as", "po.bakker")[0] == 0
    code, _, err = _cli(capsys, "audit", "export", "--csv", str(target), "--store", s, "--as", "dr.jansen")
    assert code == 1
    assert "may not" in err


@pytest.mark.parametrize("store_location", ["file"], indirect=True)
def test_demo_seed(unit: Unit, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """A folder only: the seed writes restricted cases' content as the administrator with the recovery
    code's keys, which a unit server's row-level security refuses to any login not on the case's list."""
    s = str(unit.root)
    monkeypatch.setenv("MEDUNIT_PASSPHRASE", "correct horse battery staple")
    code, _, err = _cli(capsys, "demo", "seed", "--cases", "30", "--store", s, "--as", "alice")
    assert code == 1 and "recovery code" in err  # the administrator's slot holds no health key
    args = ("demo", "seed", "--cases", "30", "--store", s, "--as", "alice", "--recovery-code", unit.recovery_code)
    code, out, _ = _cli(capsys, *args)
    assert code == 0
    assert "Seeded 30" in out
    monkeypatch.setenv("MEDUNIT_PASSPHRASE", USER_PASS)
    code, out, _ = _cli(capsys, "case", "list", "--store", s, "--as", "dr.jansen", "--search", "SYN-", "--json")
    assert len(json.loads(out)) == 30
    assert Role.UNIT_ADMIN

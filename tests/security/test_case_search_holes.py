"""`case list` as an insider would use it to learn more than the list shows: searching restricted cases'
names, LIKE wildcards, absurd limits; and the privacy officer's view of who searched for what."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from medunit.domain.roles import Role
from medunit.errors import ValidationError
from medunit.services import audit, intake, records
from medunit.store.access_log import LogFilter
from tests.support.cli import cli
from tests.support.unit import TODAY, USER_PASS, Unit, add_second_advisor, intake_json, make_cli_unit, make_unit


@pytest.fixture
def unit(store_dir: Path, policy, monkeypatch: pytest.MonkeyPatch) -> Iterator[Unit]:  # type: ignore[no-untyped-def]
    yield make_cli_unit(store_dir, policy, monkeypatch)


def _list(capsys: pytest.CaptureFixture[str], unit: Unit, user: str, *extra: str) -> tuple[int, str, str]:
    return cli(capsys, "case", "list", "--store", str(unit.root), "--as", user, *extra)


def _refs(out: str) -> list[str]:
    return [c["reference"] for c in json.loads(out)]


def test_search_does_not_reveal_who_a_restricted_case_is_about(unit: Unit, capsys: pytest.CaptureFixture[str]) -> None:
    # GD-2026-000002 is about Bram Mulder (P-000102), restricted to dr.jansen
    for term in ("Mulder", "mulder", "P-000102", "ulde"):
        code, out, _ = _list(capsys, unit, "staff.smit", "--search", term, "--json")
        assert (code, _refs(out)) == (0, []), term
    assert _refs(_list(capsys, unit, "dr.jansen", "--search", "Mulder", "--json")[1]) == ["GD-2026-000002"]
    # the case reference itself stays searchable (the list shows it anyway)
    assert _refs(_list(capsys, unit, "staff.smit", "--search", "000002", "--json")[1]) == ["GD-2026-000002"]


def test_search_matches_after_the_glass_is_broken(unit: Unit, policy) -> None:  # type: ignore[no-untyped-def]

    staff = add_second_advisor(unit)  # an advisor the case is not restricted to
    try:
        assert records.list_cases(staff, records.CaseQuery(text="Mulder")) == []
        records.break_glass(staff, "GD-2026-000002", "Spoed: advies vandaag nodig, adviseur ziek")
        found = records.list_cases(staff, records.CaseQuery(text="Mulder"))
        assert [(c.reference, c.person_name) for c in found] == [("GD-2026-000002", "Bram Mulder")]
    finally:
        staff.close()


def test_like_wildcards_match_only_themselves(unit: Unit, capsys: pytest.CaptureFixture[str]) -> None:
    for term in ("%", "_", "%_%", "\\", "V_ies", "M%r"):
        code, out, _ = _list(capsys, unit, "dr.jansen", "--search", term, "--json")
        assert (code, _refs(out)) == (0, []), term


def test_like_wildcards_in_a_real_name_are_found_literally(
    store_dir: Path,
    policy,  # type: ignore[no-untyped-def]
) -> None:
    u = make_unit(store_dir, policy)
    try:
        ma = u[Role.MEDICAL_ADVISOR]
        person = {"reference": "P-000300", "given_names": "Eva", "family_name": "Ypma", "date_of_birth": "1990-01-01"}
        intake.import_intake(ma, intake_json("GD-2026-000300", "P-000300", person=person), TODAY)
        assert [c.reference for c in records.list_cases(ma, records.CaseQuery(text="Ypma"))] == ["GD-2026-000300"]
        assert records.list_cases(ma, records.CaseQuery(text="Y_ma")) == []
    finally:
        u.close()


@pytest.mark.parametrize("limit", ["-1", "0", "-100", "1e20", "100000000000000000000", "ten", "10001"])
def test_limit_is_bounded_with_a_clear_message(unit: Unit, capsys: pytest.CaptureFixture[str], limit: str) -> None:
    code, out, err = _list(capsys, unit, "dr.jansen", "--limit", limit)
    assert code == 2
    assert out == ""
    assert err.strip() == "medunit-admin: --limit must be a whole number from 1 to 10000."


def test_limit_within_bounds_works(unit: Unit, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _list(capsys, unit, "dr.jansen", "--limit", "1", "--json")
    assert code == 0 and len(json.loads(out)) == 1


def test_service_refuses_a_negative_page(unit: Unit, policy) -> None:  # type: ignore[no-untyped-def]
    from medunit.services import stores

    ma = stores.unlock(unit.root, "dr.jansen", USER_PASS, policy)
    try:
        # SQLite reads LIMIT -1 as "no limit": the service must not pass it on
        with pytest.raises(ValidationError, match="number of rows"):
            records.list_cases(ma, records.CaseQuery(), 0, -1)
        with pytest.raises(ValidationError, match="first row"):
            records.list_cases(ma, records.CaseQuery(), -5, 10)
    finally:
        ma.close()


def test_a_huge_search_is_a_clear_refusal(unit: Unit, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _list(capsys, unit, "dr.jansen", "--search", "x" * 120_000)
    assert (code, out) == (1, "")
    assert err.strip() == "medunit-admin: The search text is too long (at most 100 characters)."


def test_the_access_log_names_search_and_filters(
    unit: Unit,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    policy,  # type: ignore[no-untyped-def]
) -> None:
    from medunit.services import stores

    args = ("--search", "de Vries", "--status", "new", "--type", "acceptance-income", "--advisor", "dr.jansen")
    assert _list(capsys, unit, "staff.smit", *args)[0] == 0
    assert _list(capsys, unit, "staff.smit", "--search", "y" * 500)[0] == 1  # refused, logged with its term
    po = stores.unlock(unit.root, "po.bakker", USER_PASS, policy)
    try:
        lists = [e for e in audit.entries(po, LogFilter()) if e.action == "case.list" and e.user == "staff.smit"]
        assert lists[0].outcome == "granted"
        assert lists[0].reason == (
            'search="de Vries" status="new" type="acceptance-income" advisor="dr.jansen" page offset=0 limit=100 rows=1'
        )
        assert lists[1].outcome == "refused"
        assert lists[1].reason is not None and lists[1].reason.startswith('search="yyyy')
        assert len(lists[1].reason) < 200  # the log is not a dump of whatever was typed
    finally:
        po.close()
    target = tmp_path / "log.csv"
    assert cli(capsys, "audit", "export", "--csv", str(target), "--store", str(unit.root), "--as", "po.bakker")[0] == 0
    reasons = [r["reason"] for r in csv.DictReader(target.open()) if r["action"] == "case.list"]
    assert any('search="de Vries"' in r for r in reasons)

"""The confidentiality acknowledgement ("Deze medewerkers hebben een specifieke geheimhoudingsplicht"):
no data before a user accepted the unit's statement; again when its text changes or after the policy's
days; kept with version and time, logged, listed for the administrator."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from medunit.config.policy import Policy, PolicyError, load_policy
from medunit.domain.confidentiality import DEFAULT_STATEMENT_EN, DEFAULT_STATEMENT_NL, Due, Statement
from medunit.domain.roles import Role
from medunit.errors import ValidationError
from medunit.services import admin, audit, confidentiality, records, stores
from medunit.services.guard import AcknowledgementRequiredError
from medunit.services.records import CaseQuery
from medunit.store.access_log import LogFilter
from tests.conftest import FAST_POLICY
from tests.support.cli import cli
from tests.support.unit import PASS, USER_PASS, USERS, Unit, make_unit

CASE = "GD-2026-000001"
NEW_USER = "dr.nieuw"


@pytest.fixture
def unit(store_location: Path | str, policy: Policy) -> Iterator[Unit]:
    u = make_unit(store_location, policy)
    admin.add_user(u[Role.UNIT_ADMIN], NEW_USER, "medical-advisor", USER_PASS, u.recovery_code)
    yield u
    u.close()


def _policy_with(tmp_path: Path, extra: str) -> Policy:
    path = tmp_path / "policy-ack.toml"
    path.write_text(FAST_POLICY + extra)
    return load_policy(path)


def test_default_statement_is_dutch_and_english_and_a_user_cannot_replace_it(tmp_path: Path) -> None:
    policy = load_policy()
    st = confidentiality.statement(policy)
    assert (st.nl, st.en) == (DEFAULT_STATEMENT_NL, DEFAULT_STATEMENT_EN)
    assert "geheimhoudingsplicht" in st.nl and "duty of confidentiality" in st.en
    assert len(st.version) == 16
    settings = tmp_path / "settings.toml"
    settings.write_text('[confidentiality]\nstatement_nl = "Niets"\n')
    with pytest.raises(PolicyError, match="statement_nl"):
        load_policy(settings_path=settings)


def test_no_data_before_acceptance_then_logged_acceptance(unit: Unit) -> None:
    session = stores.unlock(unit.root, NEW_USER, USER_PASS, unit.policy)
    try:
        assert session.acknowledgement_due == Due.FIRST
        for show in (
            lambda: records.list_cases(session, CaseQuery()),
            lambda: records.count_cases(session),
            lambda: records.get_case(session, CASE),
            lambda: records.entries(session, CASE),
        ):
            with pytest.raises(AcknowledgementRequiredError, match="confidentiality statement first"):
                show()
        refused = audit.entries(unit[Role.PRIVACY_OFFICER], LogFilter(user=NEW_USER, refused_only=True))
        assert {e.action for e in refused} >= {"case.list", "case.read", "health.read"}
        assert all(e.basis == "confidentiality statement not accepted" for e in refused)

        current = confidentiality.statement(unit.policy).version
        with pytest.raises(ValidationError, match="changed after it was shown"):
            confidentiality.accept(session, "0" * 16)
        assert session.acknowledgement_due == Due.FIRST
        confidentiality.accept(session, current)
        assert session.acknowledgement_due is None
        assert records.get_case(session, CASE).summary.reference == CASE
    finally:
        session.close()
    granted = audit.entries(unit[Role.PRIVACY_OFFICER], LogFilter(user=NEW_USER))
    accepts = [e for e in granted if e.action == "confidentiality.accept"]
    assert [(e.outcome, e.reason) for e in accepts] == [
        ("refused", "confidentiality statement " + "0" * 16),
        ("granted", f"confidentiality statement {current}"),
    ]
    row = next(u for u in admin.list_users(unit[Role.UNIT_ADMIN]) if u.name == NEW_USER)
    assert row.acknowledged_version == current
    assert row.acknowledged_at is not None
    assert datetime.now(UTC) - datetime.fromisoformat(row.acknowledged_at) < timedelta(minutes=5)
    again = stores.unlock(unit.root, NEW_USER, USER_PASS, unit.policy)  # accepted once: not asked again
    try:
        assert again.acknowledgement_due is None
    finally:
        again.close()


def test_a_new_text_must_be_accepted_again(unit: Unit, tmp_path: Path) -> None:
    reworded = _policy_with(tmp_path, '[confidentiality]\nstatement_nl = "Ik zwijg over alles wat ik zie."\n')
    st = confidentiality.statement(reworded)
    assert st.version != confidentiality.statement(unit.policy).version
    session = stores.unlock(unit.root, USERS[Role.MEDICAL_ADVISOR], USER_PASS, reworded)
    try:
        assert session.acknowledgement_due == Due.NEW_TEXT
        with pytest.raises(AcknowledgementRequiredError):
            records.entries(session, CASE)
        confidentiality.accept(session, st.version)
        assert records.entries(session, CASE) == []
    finally:
        session.close()
    row = next(u for u in admin.list_users(unit[Role.UNIT_ADMIN]) if u.name == USERS[Role.MEDICAL_ADVISOR])
    assert row.acknowledged_version == st.version


def test_renewal_after_the_policys_days(unit: Unit) -> None:
    session = unit[Role.MEDICAL_ADVISOR]
    days = unit.policy.get("security.acknowledge_every_days")
    assert days == 365
    assert confidentiality.refresh(session, datetime.now(UTC) + timedelta(days=days - 1)) is None
    assert confidentiality.refresh(session, datetime.now(UTC) + timedelta(days=days)) == Due.RENEWAL
    with pytest.raises(AcknowledgementRequiredError):
        records.entries(session, CASE)
    confidentiality.accept(session, confidentiality.statement(unit.policy).version)
    records.entries(session, CASE)


def test_the_version_is_a_hash_of_both_texts() -> None:
    base = Statement("a", "b")
    assert base.version == Statement("a ", " b").version  # surrounding space is no new text
    assert len({base.version, Statement("a.", "b").version, Statement("a", "b.").version}) == 3


def test_cli_flag_show_and_user_list(
    unit: Unit, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    store = str(unit.root)
    monkeypatch.setenv("MEDUNIT_PASSPHRASE", USER_PASS)
    code, _out, err = cli(capsys, "case", "list", "--store", store, "--as", NEW_USER)
    assert code == 1 and "confidentiality statement first" in err and "--accept-confidentiality" in err
    code, out, _err = cli(capsys, "confidentiality", "show")
    version = confidentiality.statement(unit.policy).version
    assert code == 0 and version in out and "geheimhoudingsplicht" in out
    code, out, err = cli(
        capsys, "case", "list", "--store", store, "--as", NEW_USER, "--accept-confidentiality", version
    )
    assert code == 0 and CASE in out and f"{version} accepted" in err
    monkeypatch.setenv("MEDUNIT_PASSPHRASE", PASS)
    code, out, _err = cli(capsys, "user", "list", "--store", store, "--as", "alice")
    lines = {x.split("\t")[0]: x for x in out.splitlines()}
    assert f"confidentiality: {version} accepted" in lines[NEW_USER]
    assert "confidentiality: not accepted" not in lines[USERS[Role.MEDICAL_ADVISOR]]

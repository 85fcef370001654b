"""Need to know for unit staff ("Deze medewerkers verwerken alleen gezondheidsgegevens die zij voor de
uitvoering van de werkzaamheden nodig hebben"): under the default ``access.staff_scope = "team"`` a
staff member sees and opens only the cases of the advisors the administrator assigned them to; a case
of another team is refused and logged. ``"unit"`` restores the unit-wide view."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from medunit.config.policy import Policy, PolicyError, load_policy
from medunit.domain.roles import Role
from medunit.errors import ValidationError
from medunit.services import admin, advice, audit, consents, contacts, intake, records, stores
from medunit.services.records import CaseQuery, OutsideTeamError
from medunit.services.session import Session
from medunit.store.access_log import LogFilter
from tests.conftest import FAST_POLICY
from tests.support.unit import TODAY, USER_PASS, USERS, Unit, accept_confidentiality, intake_json, make_unit

MINE = "GD-2026-000001"  # dr.jansen's case; staff.smit supports dr.jansen
THEIRS = "GD-2026-000003"  # dr.pieters's case
OTHER_STAFF = "staff.de-boer"


@pytest.fixture
def unit(store_location: Path | str, policy: Policy) -> Iterator[Unit]:
    u = make_unit(store_location, policy)
    adm = u[Role.UNIT_ADMIN]
    admin.add_user(adm, "dr.pieters", "medical-advisor", USER_PASS)
    admin.add_user(adm, OTHER_STAFF, "unit-staff", USER_PASS)
    admin.assign_team(adm, OTHER_STAFF, ["dr.pieters"])
    intake.import_intake(u[Role.MEDICAL_ADVISOR], intake_json(THEIRS, "P-000103", assigned_advisor="dr.pieters"), TODAY)
    yield u
    u.close()


def _scoped(unit: Unit, user: str, scope: str, tmp_path: Path) -> Session:
    path = tmp_path / f"policy-{scope}.toml"
    path.write_text(FAST_POLICY + f'[access]\nstaff_scope = "{scope}"\n')
    return stores.unlock(unit.root, user, USER_PASS, load_policy(path))


#: Every case-scoped action a unit-staff member has, as the services offer it.
STAFF_ACTIONS: dict[str, Callable[[Session, str], object]] = {
    "case.read": records.get_case,
    "health.read": records.entries,
    "attachment.read": records.attachments,
    "health.write": lambda s, ref: records.add_entry(s, ref, "note", "Notitie"),
    "case.update": lambda s, ref: records.set_status(s, ref, "in-progress"),
    "consent.read": consents.consents,
    "request.read": consents.requests,
    "advice.read": advice.advice_versions,
    "contact.read": contacts.contacts,
    "contact.write": lambda s, ref: contacts.add_contact(s, ref, "information", "phone", "Medische dienst"),
    "case.access-log": audit.case_log,
}


def test_default_scope_is_team_and_a_user_cannot_widen_it(tmp_path: Path) -> None:
    assert load_policy().get("access.staff_scope") == "team"
    settings = tmp_path / "settings.toml"
    settings.write_text('[access]\nstaff_scope = "unit"\n')
    with pytest.raises(PolicyError, match="staff_scope"):
        load_policy(settings_path=settings)


def test_staff_list_shows_only_their_advisors_cases(unit: Unit) -> None:
    staff = unit[Role.UNIT_STAFF]
    listed = {c.reference for c in records.list_cases(staff, CaseQuery())}
    assert listed == {"GD-2026-000001", "GD-2026-000002"}  # both dr.jansen's (one restricted)
    assert records.count_cases(staff) == 2
    assert records.list_cases(staff, CaseQuery(advisor="dr.pieters")) == []
    other = stores.unlock(unit.root, OTHER_STAFF, USER_PASS, unit.policy)
    accept_confidentiality(other)
    try:
        assert {c.reference for c in records.list_cases(other, CaseQuery())} == {THEIRS}
        assert records.count_cases(other) == 1
    finally:
        other.close()
    assert records.count_cases(unit[Role.MEDICAL_ADVISOR]) == 3  # advisors are not limited


@pytest.mark.parametrize("action", list(STAFF_ACTIONS))
def test_another_teams_case_is_refused_and_logged(unit: Unit, action: str) -> None:
    staff = unit[Role.UNIT_STAFF]
    STAFF_ACTIONS[action](staff, MINE)  # their own team's case works
    with pytest.raises(OutsideTeamError, match="advisor you do not support"):
        STAFF_ACTIONS[action](staff, THEIRS)
    refused = audit.entries(unit[Role.PRIVACY_OFFICER], LogFilter(user=USERS[Role.UNIT_STAFF], refused_only=True))
    assert (refused[-1].action, refused[-1].case_ref) == (action, THEIRS)
    assert "advisor you do not support" in (refused[-1].basis or "")


def test_unit_scope_opens_every_case(unit: Unit, tmp_path: Path) -> None:
    wide = _scoped(unit, USERS[Role.UNIT_STAFF], "unit", tmp_path)
    try:
        assert records.count_cases(wide) == 3
        for action in STAFF_ACTIONS.values():
            action(wide, THEIRS)
    finally:
        wide.close()


def test_team_assignment_rules_and_listing(unit: Unit) -> None:
    adm = unit[Role.UNIT_ADMIN]
    with pytest.raises(ValidationError, match="not a unit-staff user"):
        admin.assign_team(adm, "dr.jansen", ["dr.pieters"])
    with pytest.raises(ValidationError, match="not a medical advisor"):
        admin.assign_team(adm, OTHER_STAFF, ["po.bakker"])
    assert admin.staff_teams(adm) == {"staff.smit": ["dr.jansen"], OTHER_STAFF: ["dr.pieters"]}
    admin.assign_team(adm, OTHER_STAFF, ["dr.pieters", "dr.jansen"])
    assert admin.staff_teams(adm)[OTHER_STAFF] == ["dr.jansen", "dr.pieters"]
    with pytest.raises(Exception, match="may not"):
        admin.assign_team(unit[Role.MEDICAL_ADVISOR], OTHER_STAFF, [])
    for role, session in unit.sessions.items():
        if role is not Role.UNIT_ADMIN:
            session.close()  # a user is removed (and the key rotated) with no other session open
    admin.remove_user(adm, "dr.pieters")
    assert admin.staff_teams(adm)[OTHER_STAFF] == ["dr.jansen"]

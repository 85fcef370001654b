"""Every role × every action, generated from the declared matrix: allowed or refused as declared, and
each refusal is in the access log."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from medunit.domain.permissions import MATRIX, Action, allowed
from medunit.domain.roles import Role
from medunit.errors import PermissionDeniedError
from medunit.services import audit
from medunit.services.guard import access
from medunit.store.access_log import LogFilter, query
from tests.support.backends import BACKENDS, location_for
from tests.support.unit import USERS, Unit, make_isolated_unit


@pytest.fixture(scope="module", params=BACKENDS)
def shared_unit(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Unit]:
    """One store per backend for the whole module (the cells only append log entries)."""
    cluster = request.getfixturevalue("pg_cluster") if request.param == "server" else None
    tmp = tmp_path_factory.mktemp("matrix")
    unit = make_isolated_unit(tmp, location_for(request.param, tmp / "store", cluster))
    yield unit
    unit.close()


CELLS = [(role, action) for action in Action for role in Role]


def _last_entry(unit: Unit, role: Role):  # type: ignore[no-untyped-def]
    return list(query(unit[role].vault.db, LogFilter(user=USERS[role])))[-1]


@pytest.mark.parametrize(("role", "action"), CELLS, ids=[f"{r.value}-{a.value}" for r, a in CELLS])
def test_gate_follows_matrix(shared_unit: Unit, role: Role, action: Action) -> None:
    session = shared_unit[role]
    if allowed(role, action):
        with access(session, action, case_ref="GD-2026-000001"):
            pass
        entry = _last_entry(shared_unit, role)
        assert (entry.action, entry.outcome) == (action.value, "granted")
    else:
        with (
            pytest.raises(PermissionDeniedError, match="may not"),
            access(session, action, case_ref="GD-2026-000001"),
        ):
            raise AssertionError("the block must not run")
        entry = _last_entry(shared_unit, role)
        assert (entry.action, entry.outcome, entry.user) == (action.value, "refused", USERS[role])
        assert entry.case_ref == "GD-2026-000001"


def test_matrix_is_complete_and_sane() -> None:
    assert set(MATRIX) == set(Action)
    for action, roles in MATRIX.items():
        assert roles, f"{action} allowed for nobody"
    assert audit  # the audit service is the privacy officer's only read path


def test_privacy_officer_and_admin_cannot_read_health_services(shared_unit: Unit) -> None:
    from medunit.services import records

    for role in (Role.PRIVACY_OFFICER, Role.UNIT_ADMIN):
        with pytest.raises(PermissionDeniedError):
            records.entries(shared_unit[role], "GD-2026-000001")
        with pytest.raises(PermissionDeniedError):
            records.get_case(shared_unit[role], "GD-2026-000001")


@pytest.mark.parametrize("scope", ["team", "unit"])
def test_staff_cells_follow_the_staff_scope(
    shared_unit: Unit, scope: str, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The matrix grants unit staff case and health actions; ``access.staff_scope`` then narrows them to the
    cases of the advisors they support ("team", the default) or not ("unit")."""
    from medunit.config.policy import load_policy
    from medunit.services import intake, records, stores
    from tests.conftest import FAST_POLICY, switch_workstation
    from tests.support.unit import TODAY, USER_PASS, intake_json

    assert shared_unit.keyring is not None
    switch_workstation(monkeypatch, shared_unit.keyring)  # the unit's workstation

    ref = f"GD-2026-00009{'1' if scope == 'team' else '2'}"
    intake.import_intake(
        shared_unit[Role.MEDICAL_ADVISOR], intake_json(ref, f"P-00009{ref[-1]}", assigned_advisor="dr.elders"), TODAY
    )
    path = tmp_path_factory.mktemp("scope") / "policy.toml"
    path.write_text(FAST_POLICY + f'[access]\nstaff_scope = "{scope}"\n')
    staff = stores.unlock(shared_unit.root, USERS[Role.UNIT_STAFF], USER_PASS, load_policy(path))
    try:
        for action, call in ((Action.CASE_READ, records.get_case), (Action.HEALTH_READ, records.entries)):
            if scope == "unit":
                call(staff, ref)
            else:
                with pytest.raises(PermissionDeniedError, match="advisor you do not support"):
                    call(staff, ref)
            entry = _last_entry(shared_unit, Role.UNIT_STAFF)
            assert (entry.action, entry.case_ref) == (action.value, ref)
            assert entry.outcome == ("granted" if scope == "unit" else "refused")
        records.get_case(staff, "GD-2026-000001")  # dr.jansen's case: staff.smit supports dr.jansen
    finally:
        staff.close()

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
from tests.support.unit import USERS, Unit, make_isolated_unit


@pytest.fixture(scope="module")
def shared_unit(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Unit]:
    """One store for the whole module (the cells only append log entries)."""
    unit = make_isolated_unit(tmp_path_factory.mktemp("matrix"))
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

"""UserTableModel over admin.list_users."""

from __future__ import annotations

from medunit.domain.roles import Role
from medunit.gui.models import UserTableModel
from medunit.services import admin
from tests.support.unit import USERS, Unit


def test_users(unit: Unit) -> None:
    model = UserTableModel()
    model.set_rows(admin.list_users(unit[Role.UNIT_ADMIN]))
    names = {model.data(model.index(r, 0)): model.data(model.index(r, 2)) for r in range(model.rowCount())}
    assert set(names) == set(USERS.values())
    assert names["po.bakker"] == "Privacy officer"
    assert names["cro.visser"] == "Criminal-record officer"

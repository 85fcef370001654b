"""AccessLogModel over audit.entries: refused rows red, break-the-glass rows marked."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt

from medunit.domain.roles import Role
from medunit.errors import MedunitError
from medunit.gui.models import AccessLogModel
from medunit.services import audit, records
from medunit.services.audit import LogFilter
from tests.support.unit import SECOND_ADVISOR, Unit, add_second_advisor


def test_log_rows(unit: Unit) -> None:
    other = add_second_advisor(unit)  # an advisor the case is not restricted to
    with contextlib.suppress(MedunitError):
        records.get_case(other, "GD-2026-000002")
    records.break_glass(other, "GD-2026-000002", "spoedvraag van de behandelaar")
    other.close()
    model = AccessLogModel()
    model.set_rows(audit.entries(unit[Role.PRIVACY_OFFICER], LogFilter(case_refs=("GD-2026-000002",))))
    refused = [r for r in range(model.rowCount()) if model.data(model.index(r, 6)) == "refused"]
    emergency = [r for r in range(model.rowCount()) if model.data(model.index(r, 9)) == "break the glass"]
    assert refused and emergency
    assert model.data(model.index(refused[0], 2)) == SECOND_ADVISOR
    assert model.data(model.index(refused[0], 0), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(emergency[0], 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(emergency[0], 10)) == "spoedvraag van de behandelaar"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "When"  # local date and time


def test_identical_consecutive_acts_are_one_row_with_a_count(unit: Unit) -> None:
    ma = unit[Role.MEDICAL_ADVISOR]
    for _ in range(3):
        records.get_case(ma, "GD-2026-000001")
    records.entries(ma, "GD-2026-000001")
    records.get_case(ma, "GD-2026-000001")
    model = AccessLogModel()
    model.full_name = {"dr.jansen": "Dr. A. Jansen"}.get  # type: ignore[assignment]
    found = audit.entries(unit[Role.PRIVACY_OFFICER], LogFilter(case_refs=("GD-2026-000001",), user="dr.jansen"))
    model.set_rows(list(reversed(found)))
    actions = [model.data(model.index(r, 5)) for r in range(model.rowCount())]
    assert actions[:3] == ["open a case", "read health data", "open a case (3×)"]
    assert model.data(model.index(0, 2)) == "Dr. A. Jansen"  # the full name, not the login
    assert "3 times between" in model.data(model.index(2, 1), Qt.ItemDataRole.ToolTipRole)

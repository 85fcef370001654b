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
    assert model.headerData(1, Qt.Orientation.Horizontal) == "When (UTC)"

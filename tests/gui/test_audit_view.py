"""The privacy officer's access-log view: filters, chain status, CSV export off the GUI thread."""

from __future__ import annotations

import contextlib
from pathlib import Path

from pytestqt.qtbot import QtBot

from medunit.domain.roles import Role
from medunit.errors import MedunitError
from medunit.gui import workers
from medunit.gui.main_window import MainWindow
from medunit.services import records
from tests.gui.conftest import click, show
from tests.support.unit import SECOND_ADVISOR, Unit, add_second_advisor


def po_window(qtbot: QtBot, unit: Unit) -> MainWindow:
    window = MainWindow(unit[Role.PRIVACY_OFFICER])
    show(qtbot, window)
    assert window.log_view is not None and window.case_list is None
    return window


def test_filters(qtbot: QtBot, unit: Unit) -> None:
    staff = unit[Role.UNIT_STAFF]
    with contextlib.suppress(MedunitError):
        records.entries(staff, "GD-2026-000002")  # refused: restricted
    other = add_second_advisor(unit)  # an advisor the case is not restricted to breaks the glass
    records.break_glass(other, "GD-2026-000002", "spoed: behandelaar belt")
    other.close()
    window = po_window(qtbot, unit)
    view = window.log_view
    assert view is not None
    assert view.chain_label.text().startswith("Chain intact (")
    everything = view.model.rowCount()
    assert everything > 5

    view.refused_check.toggle()
    refused = view.model.rows
    assert refused and all(e.outcome == "refused" for e in refused)
    assert any(e.user == "staff.smit" and e.action == "health.read" for e in refused)
    view.refused_check.toggle()

    view.emergency_check.toggle()
    assert [(e.user, e.action) for e in view.model.rows] == [(SECOND_ADVISOR, "case.break-glass")]
    view.emergency_check.toggle()

    view.user_combo.setCurrentText("staff.smit")
    view.person_edit.setText("GD-2026-000002")
    click(view.apply_button)
    assert view.model.rowCount() >= 1  # the refused read of the restricted case
    assert all(e.user == "staff.smit" and e.case_ref == "GD-2026-000002" for e in view.model.rows)

    view.user_combo.setCurrentText("")
    view.person_edit.setText("P-000101")
    click(view.apply_button)
    assert view.model.rows and all(e.person_ref == "P-000101" for e in view.model.rows)

    view.person_edit.clear()
    view.until_check.setChecked(True)
    view.until_edit.setDate(view.until_edit.date().addYears(-20))
    click(view.apply_button)
    assert view.model.rowCount() == 0
    assert view.count_label.text().startswith("0 ")
    window.close()


def test_csv_export_runs_off_the_gui_thread(qtbot: QtBot, unit: Unit, tmp_path: Path) -> None:
    window = po_window(qtbot, unit)
    view = window.log_view
    assert view is not None
    target = tmp_path / "log.csv"
    view.export(target)
    assert not view.export_button.isEnabled()
    qtbot.waitUntil(lambda: view.last_export == target, timeout=5000)
    assert not workers.busy()
    text = target.read_text(encoding="utf-8")
    assert text.startswith("seq,at,user,role")
    assert "exported to" in view.message.text()
    assert view.export_button.isEnabled()

    view.export(tmp_path / "missing-folder" / "log.csv")
    qtbot.waitUntil(lambda: view.export_worker is None, timeout=5000)
    assert view.message.isVisible() and "Cannot write" in view.message.text()
    window.close()

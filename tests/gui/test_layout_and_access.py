"""At 1366×768 every view and tab reads whole and every control can be reached by assistive technology.

- Layout: no header section narrower than its text, no date or time cell narrower than its text (a clipped
  "Ontvangen" or "26-11-2026 10:1…" is what issue 14 saw).
- Accessibility: every focusable, visible control has an accessible name (from its text, its buddy label
  or set explicitly), so a screen reader can say what it is.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView, QWidget
from pytestqt.qtbot import QtBot

from medunit.config.policy import load_policy
from medunit.gui.main_window import MainWindow
from medunit.services import stores
from tests.gui.helpers import make_pdf
from tests.gui.walk import fill_case, views_and_tabs, windows
from tests.support.unit import USER_PASS, Unit

DATE = re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{1,2}:\d{2}")
#: the style's margin around a header label and a cell's text
HEADER_PADDING = 8
CELL_PADDING = 4


def clipped(table: QTableView) -> list[str]:
    """Header sections and date/time cells of ``table`` narrower than their text."""
    problems = []
    model = table.model()
    header = table.horizontalHeader()
    if model is None:
        return problems
    metrics = header.fontMetrics()
    for column in range(model.columnCount()):
        if header.isSectionHidden(column):
            continue
        width = header.sectionSize(column)
        title = str(model.headerData(column, header.orientation()) or "")
        if header.isVisible() and metrics.horizontalAdvance(title) + HEADER_PADDING > width:
            problems.append(f"{table.objectName()}: header '{title}' is {width} px")
        cell_metrics = table.fontMetrics()
        for row in range(min(model.rowCount(), 50)):
            text = str(model.index(row, column).data() or "")
            if DATE.search(text) and len(text) <= 40 and cell_metrics.horizontalAdvance(text) + CELL_PADDING > width:
                problems.append(f"{table.objectName()}: date cell '{text}' is {width} px")
    return problems


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_nothing_is_clipped_at_laptop_size(qtbot: QtBot, unit: Unit, size: tuple[int, int]) -> None:
    fill_case(unit)
    problems: list[str] = []
    walked = 0
    for role, window in windows(qtbot, unit, size):
        for where in views_and_tabs(qtbot, window):
            walked += 1
            for table in window.findChildren(QTableView):
                if table.isVisible():
                    problems += [f"{role} / {where}: {p}" for p in clipped(table)]
    assert walked >= 12
    assert problems == [], "\n".join(problems)


def unnamed(root: QWidget) -> list[str]:
    """Focusable, visible controls under ``root`` that assistive technology cannot name."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or not widget.isEnabled() or widget.focusPolicy().value == 0:
            continue
        if isinstance(widget, QHeaderView) or widget.focusProxy() is not None:
            continue
        if isinstance(widget.parent(), QAbstractItemView) or widget.objectName() == "qt_scrollarea_viewport":
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not name.strip():
            missing.append(f"{type(widget).__name__} '{widget.objectName()}'")
    return sorted(set(missing))


def test_every_focusable_control_has_an_accessible_name(qtbot: QtBot, unit: Unit) -> None:
    fill_case(unit)
    problems: list[str] = []
    for role, window in windows(qtbot, unit):
        for where in views_and_tabs(qtbot, window):
            problems += [f"{role} / {where}: {w}" for w in unnamed(window)]
    assert problems == [], "\n".join(problems)


def test_dialogs_name_their_controls(qtbot: QtBot, unit: Unit, tmp_path: Path) -> None:
    fill_case(unit)
    _role, window = next(windows(qtbot, unit))
    window.open_case("GD-2026-000001")
    view = window.case_view
    assert view is not None
    problems: list[str] = []
    view.tabs.setCurrentWidget(view.request_tab)
    composer = view.request_tab.compose()
    assert composer is not None
    problems += [f"composer: {w}" for w in unnamed(composer)]
    composer.reject()
    view.tabs.setCurrentWidget(view.consent_tab)
    wizard = view.consent_tab.open_wizard()
    assert wizard is not None
    for _page in range(3):
        problems += [f"consent wizard page {wizard.currentId()}: {w}" for w in unnamed(wizard)]
        wizard.addressee_page.name_edit.setText("Dr. P. Bakker")
        wizard.categories_page.checks["diagnosis"].setChecked(True)
        wizard.next()
    wizard.reject()
    view.add_note()
    assert view.note_dialog is not None
    problems += [f"note: {w}" for w in unnamed(view.note_dialog)]
    view.note_dialog.reject()
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(make_pdf(1))
    attach = view.confirm_attachment(scan)
    assert attach is not None
    problems += [f"attach: {w}" for w in unnamed(attach)]
    attach.reject()
    view.tabs.setCurrentWidget(view.advice_tab)
    view.advice_tab.amend()
    sign = view.advice_tab.ask_sign()
    assert sign is not None
    problems += [f"sign: {w}" for w in unnamed(sign)]
    sign.reject()
    assert problems == [], "\n".join(problems)
    window.close()


def test_focus_starts_in_search_and_tab_follows_the_layout(qtbot: QtBot, unit: Unit) -> None:
    _role, window = next(windows(qtbot, unit))
    case_list = window.case_list
    assert case_list is not None
    assert QApplication.focusWidget() is case_list.search_edit
    order = []
    for _ in range(5):
        focused = QApplication.focusWidget()
        assert focused is not None
        QTest.keyClick(focused, Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget().objectName())  # type: ignore[union-attr]
    assert order[:4] == ["statusFilter", "typeFilter", "advisorFilter", "caseTable"]
    window.close()


def test_layout_is_remembered_per_user_without_health_data(qtbot: QtBot, unit: Unit) -> None:
    from medunit.gui import view_state

    fill_case(unit)
    _role, window = next(windows(qtbot, unit))
    window.resize(1200, 700)
    window.open_case("GD-2026-000001")
    window.show_case_list()
    window.cases_split.setSizes([420, 780])
    case_list = window.case_list
    assert case_list is not None
    case_list.table.setColumnWidth(0, 260)  # the user drags the reference column wider
    window.close()
    text = view_state.settings_file().read_text(encoding="utf-8")
    assert "dr.jansen" in text and "GD-2026-000001" not in text and "Anna" not in text
    session = stores.unlock(unit.root, "dr.jansen", USER_PASS, load_policy())
    again = MainWindow(session)
    qtbot.addWidget(again)
    # the window as it was left (the offscreen test screen may clamp the width to its own)
    assert again.size().height() == 700 and view_state.restore_window(again, "dr.jansen")
    again.show()
    qtbot.waitUntil(lambda: again.case_list is not None and again.case_list.table.columnWidth(0) >= 260)
    again.close()

"""The case list and the open case in the main window: keyboard, break the glass, BSN, attachments, lock."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from medunit.domain.roles import Role
from medunit.gui.case_view import CaseView
from medunit.gui.main_window import MainWindow
from medunit.services import audit
from medunit.services.audit import LogFilter
from medunit.services.session import Session
from tests.gui.conftest import click, press, show, type_text, write_policy
from tests.gui.helpers import make_pdf, make_png
from tests.support.unit import SECOND_ADVISOR, USER_PASS, USERS, Unit, add_second_advisor

NORMAL, RESTRICTED = "GD-2026-000001", "GD-2026-000002"


def open_window(qtbot: QtBot, session: Session, **kw: int) -> MainWindow:
    window = MainWindow(session, delay_unit_ms=20, **kw)
    window.resize(1280, 800)
    show(qtbot, window)
    return window


def case_view(window: MainWindow) -> CaseView:
    assert window.case_view is not None
    return window.case_view


def open_by_keyboard(qtbot: QtBot, window: MainWindow, reference: str) -> None:
    case_list = window.case_list
    assert case_list is not None
    case_list.search_edit.setFocus()
    type_text(qtbot, reference)
    press(qtbot, Qt.Key.Key_Return)  # search now and go to the first row
    assert QApplication.focusWidget() is case_list.table
    press(qtbot, Qt.Key.Key_Return)  # open it


def log_actions(unit: Unit, reference: str) -> list[tuple[str, str, str]]:
    found = audit.entries(unit[Role.PRIVACY_OFFICER], LogFilter(case_refs=(reference,)))
    return [(e.user, e.action, e.outcome) for e in found]


def test_views_follow_the_role(qtbot: QtBot, unit: Unit) -> None:
    tabs = {}
    for role in Role:
        window = MainWindow(unit[role])
        tabs[role] = [window.views.tabText(i) for i in range(window.views.count())]
        window.close()
    assert tabs[Role.MEDICAL_ADVISOR] == ["&Cases", "&Session"]
    assert tabs[Role.CRIMINAL_RECORD_OFFICER] == ["&Cases", "&Session"]
    assert tabs[Role.PRIVACY_OFFICER] == ["Access &log", "&Session"]
    assert tabs[Role.UNIT_ADMIN] == ["&Administration", "&Session"]


def test_open_case_by_keyboard(qtbot: QtBot, unit: Unit) -> None:
    window = open_window(qtbot, unit[Role.MEDICAL_ADVISOR])
    case_list = window.case_list
    assert case_list is not None and case_list.model.rowCount() == 2
    case_list.table.setFocus()
    press(qtbot, Qt.Key.Key_Home)
    press(qtbot, Qt.Key.Key_Down)
    reference = case_list.current_reference()
    press(qtbot, Qt.Key.Key_Enter)
    view = case_view(window)
    assert view.reference == reference
    open_by_keyboard(qtbot, window, NORMAL)
    assert view.reference == NORMAL
    assert view.name_value.text() == "Anna de Vries"
    assert [view.tabs.tabText(i) for i in range(view.tabs.count())] == [
        "&Person",
        "&Medical data",
        "C&onsent",
        "&Requests",
        "Ad&vice",
        "Con&tact moments",
        "Access lo&g",
    ]
    assert view.log_model.rowCount() == 0  # a tab's content is read (and logged) when it is shown
    view.tabs.setCurrentWidget(view.log_tab)
    assert view.log_model.rowCount() > 0
    window.close()


def test_search_is_debounced(qtbot: QtBot, unit: Unit) -> None:
    window = open_window(qtbot, unit[Role.MEDICAL_ADVISOR])
    case_list = window.case_list
    assert case_list is not None
    case_list.search_edit.setText("Mulder")
    assert case_list.model.rowCount() == 2  # not yet
    qtbot.waitUntil(lambda: case_list.model.rowCount() == 1, timeout=2000)
    assert case_list.model.query.text == "Mulder"
    window.close()


def test_break_the_glass(qtbot: QtBot, unit: Unit) -> None:
    other = add_second_advisor(unit)  # an advisor the case is not restricted to; staff hold no glass key
    window = open_window(qtbot, other)
    view = case_view(window)
    open_by_keyboard(qtbot, window, RESTRICTED)
    dialog = view.break_glass_dialog
    assert dialog is not None and view.reference is None
    qtbot.waitExposed(dialog)
    dialog.reason_edit.setFocus()
    type_text(qtbot, "kort")
    click(dialog.open_button)
    assert dialog.isVisible()
    assert "at least 10 characters" in dialog.message.text()
    dialog.reason_edit.setPlainText("Spoedvraag van de behandelend arts")
    click(dialog.open_button)
    qtbot.waitUntil(lambda: view.reference == RESTRICTED, timeout=2000)
    assert view.name_value.text() == "Bram Mulder"
    actions = log_actions(unit, RESTRICTED)
    assert (SECOND_ADVISOR, "case.break-glass", "refused") in actions
    assert (SECOND_ADVISOR, "case.break-glass", "granted") in actions
    window.close()
    other.close()


def test_criminal_record_officer_cannot_break_the_glass(qtbot: QtBot, unit: Unit) -> None:
    window = open_window(qtbot, unit[Role.CRIMINAL_RECORD_OFFICER])
    view = case_view(window)
    assert view.open_case(RESTRICTED) is False
    assert view.break_glass_dialog is None
    assert "restricted" in view.message.text()
    assert view.tabs.count() == 1  # person only: no health data, no case log for this role
    window.close()


def test_bsn_reveal_is_logged_and_masked_again(qtbot: QtBot, unit: Unit) -> None:
    window = open_window(qtbot, unit[Role.MEDICAL_ADVISOR], bsn_visible_ms=150)
    view = case_view(window)
    assert view.open_case(RESTRICTED)
    masked = view.bsn_value.text()
    assert "111222333" not in masked and masked
    click(view.reveal_button)
    assert view.bsn_value.text() == "111222333"
    assert ("dr.jansen", "bsn.reveal", "granted") in log_actions(unit, RESTRICTED)
    qtbot.waitUntil(lambda: view.bsn_value.text() == masked, timeout=2000)
    assert not view.copy_bsn_button.isEnabled()
    window.close()


@pytest.fixture
def short_clipboard(gui_env: Path) -> None:
    write_policy(gui_env, "[session]\nclipboard_clear_seconds = 5\n")


def test_clipboard_is_cleared_after_the_policy_time(qtbot: QtBot, short_clipboard: None, unit: Unit) -> None:
    # one policy "second" lasts 20 ms here
    window = open_window(qtbot, unit[Role.MEDICAL_ADVISOR], clipboard_unit_ms=20)
    assert window.clipboard_guard.seconds == 5
    view = case_view(window)
    assert view.open_case(RESTRICTED)
    click(view.reveal_button)
    click(view.copy_bsn_button)
    clipboard = QApplication.clipboard()
    assert clipboard.text() == "111222333"
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2000)
    # a copy from the entry text goes through the guard too
    view.entry_text.setPlainText("Synthetische anamnese")
    view.entry_text.selectAll()
    view.entry_text.setFocus()
    press(qtbot, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert clipboard.text() == "Synthetische anamnese"
    assert window.clipboard_guard.pending
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2000)
    window.close()


def test_attachment_add_and_view(qtbot: QtBot, unit: Unit, tmp_path: Path) -> None:
    window = open_window(qtbot, unit[Role.MEDICAL_ADVISOR])
    view = case_view(window)
    assert view.open_case(NORMAL)
    view.tabs.setCurrentWidget(view.medical_tab)
    pdf = tmp_path / "brief.pdf"
    pdf.write_bytes(make_pdf(pages=2))
    png = tmp_path / "scan.png"
    png.write_bytes(make_png())
    assert view.add_attachment_file(pdf)
    assert view.add_attachment_file(png)
    assert [a.filename for a in view.attachment_model.rows] == ["brief.pdf", "scan.png"]

    view.attachment_table.setFocus()
    view.attachment_table.setCurrentIndex(view.attachment_model.index(0, 0))
    press(qtbot, Qt.Key.Key_Return)
    assert view.viewer.showing and view.viewer.page_count == 2
    assert not view.viewer.pixmap().isNull()
    assert view.viewer.page_label.text() == "Page 1 of 2"
    click(view.viewer.next_button)
    assert view.viewer.page == 1

    assert view.view_attachment(view.attachment_model.rows[1].id)
    assert view.viewer.page_count == 1 and view.viewer.pixmap().width() == 40

    bad = tmp_path / "fake.pdf"
    bad.write_bytes(b"not a pdf at all")
    assert not view.add_attachment_file(bad)
    assert "not a PDF, PNG or JPEG" in view.message.text()
    assert ("dr.jansen", "attachment.read", "granted") in log_actions(unit, NORMAL)
    window.close()


def test_add_note(qtbot: QtBot, unit: Unit) -> None:
    window = open_window(qtbot, unit[Role.MEDICAL_ADVISOR])
    view = case_view(window)
    assert view.open_case(NORMAL)
    view.add_note()
    dialog = view.note_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    click(dialog.save_button)
    assert dialog.isVisible() and "needs text" in dialog.message.text()
    dialog.text_edit.setPlainText("Telefonisch overleg met aanvrager")
    click(dialog.save_button)
    qtbot.waitUntil(lambda: view.entry_model.rowCount() == 1, timeout=2000)
    assert view.entry_text.toPlainText() == "Telefonisch overleg met aanvrager"
    window.close()


def test_lock_and_unlock_bring_back_the_case(qtbot: QtBot, unit: Unit) -> None:
    window = open_window(qtbot, unit[Role.MEDICAL_ADVISOR])
    view = case_view(window)
    assert view.open_case(NORMAL)
    view.tabs.setCurrentWidget(view.log_tab)
    window.lock()
    assert view.name_value.text() == "" and view.log_model.rowCount() == 0
    assert window.case_list is not None and window.case_list.model.rowCount() == 0
    dialog = window.unlock_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.passphrase_edit.setText(USER_PASS)
    click(dialog.unlock_button)
    qtbot.waitUntil(lambda: not window.locked, timeout=2000)
    assert window.case_view is view and view.session is window.session
    assert view.reference == NORMAL and view.name_value.text() == "Anna de Vries"
    assert view.tabs.currentWidget() is view.log_tab
    assert window.case_list.model.rowCount() == 2
    assert window.case_list.current_reference() is None or window.case_list.current_reference() == NORMAL
    assert USERS[Role.MEDICAL_ADVISOR] == window.session.user
    window.close()

"""First run: create the store (recovery code shown once) or open the demo store."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from medunit.config.policy import Policy
from medunit.gui.first_run import DEMO_PASSPHRASE, DEMO_USER, FirstRunDialog, demo_store_dir
from medunit.gui.main_window import MainWindow
from medunit.services import stores
from tests.gui.conftest import PASSPHRASE, USER, click, focused, press, show, type_text
from tests.support.unit import accept_confidentiality

CODE = re.compile(r"^[0-9A-Z]{5}(-[0-9A-Z]{5}){7}$")


def open_create_page(qtbot: QtBot, dialog: FirstRunDialog) -> None:
    show(qtbot, dialog)
    click(dialog.create_choice_button)
    assert dialog.pages.currentIndex() == FirstRunDialog.PAGE_CREATE
    assert focused() is dialog.user_edit


def fill_and_submit(qtbot: QtBot, user: str, passphrase: str, repeat: str) -> None:
    type_text(qtbot, user)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, passphrase)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, repeat)
    press(qtbot, Qt.Key.Key_Return)


def test_store_folder_is_shown_and_passphrases_are_hidden(qtbot: QtBot, policy: Policy, store_dir: Path) -> None:
    dialog = FirstRunDialog(policy, store_dir)
    open_create_page(qtbot, dialog)
    assert dialog.folder_edit.text() == str(store_dir)
    assert dialog.folder_edit.isReadOnly()
    assert dialog.passphrase_edit.echoMode() == dialog.passphrase_edit.EchoMode.Password
    assert dialog.repeat_edit.echoMode() == dialog.repeat_edit.EchoMode.Password


def test_mismatched_passphrases_are_refused(qtbot: QtBot, policy: Policy, store_dir: Path) -> None:
    dialog = FirstRunDialog(policy, store_dir)
    open_create_page(qtbot, dialog)
    fill_and_submit(qtbot, USER, PASSPHRASE, PASSPHRASE + "x")

    assert dialog.isVisible()
    assert dialog.pages.currentIndex() == FirstRunDialog.PAGE_CREATE
    assert "differ" in dialog.create_message.text()
    assert dialog.create_message.isVisible()
    assert dialog.user_edit.text() == USER  # nothing the user typed is lost but the passphrases
    assert dialog.passphrase_edit.text() == "" and dialog.repeat_edit.text() == ""
    assert focused() is dialog.passphrase_edit
    assert not stores.store_exists(store_dir)


def test_too_short_passphrase_is_refused(qtbot: QtBot, policy: Policy, store_dir: Path) -> None:
    dialog = FirstRunDialog(policy, store_dir)
    open_create_page(qtbot, dialog)
    fill_and_submit(qtbot, USER, "short", "short")

    assert dialog.pages.currentIndex() == FirstRunDialog.PAGE_CREATE
    assert dialog.create_message.text() == "A passphrase needs at least 12 characters."
    assert dialog.user_edit.text() == USER
    assert dialog.session is None
    assert not stores.store_exists(store_dir)


def test_invalid_user_name_keeps_the_passphrases(qtbot: QtBot, policy: Policy, store_dir: Path) -> None:
    dialog = FirstRunDialog(policy, store_dir)
    open_create_page(qtbot, dialog)
    fill_and_submit(qtbot, "Jan Jansen", PASSPHRASE, PASSPHRASE)

    assert "is not valid" in dialog.create_message.text()
    assert focused() is dialog.user_edit
    assert dialog.passphrase_edit.text() == PASSPHRASE
    assert not stores.store_exists(store_dir)


def test_create_shows_recovery_code_once_and_continue_waits_for_the_checkbox(
    qtbot: QtBot, policy: Policy, store_dir: Path
) -> None:
    dialog = FirstRunDialog(policy, store_dir)
    open_create_page(qtbot, dialog)
    fill_and_submit(qtbot, USER, PASSPHRASE, PASSPHRASE)

    assert dialog.pages.currentIndex() == FirstRunDialog.PAGE_RECOVERY
    code = dialog.code_edit.text()
    assert CODE.match(code)
    assert dialog.code_edit.isReadOnly()
    assert QFontInfo(dialog.code_edit.font()).fixedPitch()
    assert stores.store_exists(store_dir)
    assert dialog.passphrase_edit.text() == ""

    assert not dialog.continue_button.isEnabled()
    press(qtbot, Qt.Key.Key_Return)  # Enter does nothing while Continue is disabled
    press(qtbot, Qt.Key.Key_Escape)  # nor does Escape: the code would be lost
    assert dialog.isVisible()

    click(dialog.written_check)
    assert dialog.written_check.isChecked()
    assert dialog.continue_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        click(dialog.continue_button)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.session is not None and dialog.session.open
    assert dialog.session.user == USER
    assert dialog.session.role.value == "unit-admin"
    assert dialog.code_edit.text() == ""
    dialog.session.close()

    # The code opens the store: it is the store's real recovery code.
    session = stores.recover(store_dir, USER, code, "another passphrase", policy)
    session.close()


def test_create_store_by_keyboard_only(qtbot: QtBot, policy: Policy, store_dir: Path) -> None:
    dialog = FirstRunDialog(policy, store_dir)
    show(qtbot, dialog)
    assert focused() is dialog.create_choice_button
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.pages.currentIndex() == FirstRunDialog.PAGE_CREATE
    fill_and_submit(qtbot, USER, PASSPHRASE, PASSPHRASE)
    assert dialog.pages.currentIndex() == FirstRunDialog.PAGE_RECOVERY

    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.written_check
    press(qtbot, Qt.Key.Key_Space)
    assert dialog.written_check.isChecked()
    with qtbot.waitSignal(dialog.accepted):
        press(qtbot, Qt.Key.Key_Return)
    assert dialog.session is not None
    dialog.session.close()


def test_demo_store_opens_with_demo_in_title(qtbot: QtBot, policy: Policy, store_dir: Path) -> None:
    dialog = FirstRunDialog(policy, store_dir)
    show(qtbot, dialog)
    assert DEMO_PASSPHRASE in dialog.demo_credentials.text()
    assert DEMO_USER in dialog.demo_credentials.text()
    with qtbot.waitSignal(dialog.accepted, timeout=60000):  # 200 cases sealed and seeded in a worker
        click(dialog.demo_button)

    session = dialog.session
    assert session is not None and session.demo
    assert dialog.demo_worker is None and dialog.progress_dialog is None  # created off the GUI thread
    assert session.user == "demo" and session.role.value == "medical-advisor"
    assert Path(session.store_path) == demo_store_dir(store_dir)
    assert not stores.store_exists(store_dir)  # the unit's own folder stays free
    assert not stores.store_binds(demo_store_dir(store_dir))

    accept_confidentiality(session)  # what the app asks next (gui/acknowledge_dialog.py)
    window = MainWindow(session)
    show(qtbot, window)
    assert "DEMO" in window.windowTitle()
    assert window.demo_banner.isVisible()
    assert window.case_list is not None
    model = window.case_list.model
    while model.canFetchMore(QModelIndex()):  # the list loads a screenful first
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 200  # synthetic cases
    window.close()
    assert not session.open

    # A second first run opens the existing demo store instead of failing on a non-empty folder.
    again = FirstRunDialog(policy, store_dir)
    show(qtbot, again)
    with qtbot.waitSignal(again.accepted):
        click(again.demo_button)
    assert again.session is not None and again.session.demo
    again.session.close()


def test_non_empty_folder_is_reported_in_the_dialog(qtbot: QtBot, policy: Policy, store_dir: Path) -> None:
    store_dir.mkdir()
    (store_dir / "notes.txt").write_text("something else", encoding="utf-8")
    dialog = FirstRunDialog(policy, store_dir)
    open_create_page(qtbot, dialog)
    fill_and_submit(qtbot, USER, PASSPHRASE, PASSPHRASE)
    assert "is not empty" in dialog.create_message.text()
    assert dialog.pages.currentIndex() == FirstRunDialog.PAGE_CREATE
    assert dialog.user_edit.text() == USER

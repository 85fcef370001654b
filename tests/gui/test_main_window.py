"""The main window: lock with Ctrl+L and unlock again, quit, about, idle lock."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import medunit
from medunit.config.policy import Policy
from medunit.gui.main_window import MainWindow
from medunit.services import stores
from tests.gui.conftest import PASSPHRASE, USER, click, key, press, show, type_text


def open_window(qtbot: QtBot, policy: Policy, store: Path, idle_ms: int | None = None) -> MainWindow:
    session = stores.unlock(store, USER, PASSPHRASE, policy)
    window = MainWindow(session, delay_unit_ms=20, idle_ms=idle_ms)
    show(qtbot, window)
    return window


def test_ctrl_l_locks_and_unlocking_resumes(qtbot: QtBot, policy: Policy, existing_store: Path) -> None:
    window = open_window(qtbot, policy, existing_store)
    first = window.session
    assert window.user_value.text() == USER

    key(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert not first.open  # the session (and its key material) is closed
    assert window.locked
    assert window.pages.currentIndex() == MainWindow.PAGE_LOCKED
    assert window.user_value.text() == ""
    dialog = window.unlock_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.passphrase_edit, timeout=2000)
    assert dialog.user_edit.text() == USER

    type_text(qtbot, "wrong passphrase")
    press(qtbot, Qt.Key.Key_Return)
    assert window.locked and dialog.passphrase_edit.text() == ""

    type_text(qtbot, PASSPHRASE)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.locked, timeout=2000)
    assert window.session is not first and window.session.open
    assert window.pages.currentIndex() == MainWindow.PAGE_CONTENT
    assert window.user_value.text() == USER
    assert window.unlock_dialog is None
    window.close()
    assert not window.session.open


def test_quitting_the_unlock_dialog_closes_the_window(qtbot: QtBot, policy: Policy, existing_store: Path) -> None:
    window = open_window(qtbot, policy, existing_store)
    window.lock_action.trigger()
    dialog = window.unlock_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    click(dialog.quit_button)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)
    assert not window.session.open


def test_idle_lock(qtbot: QtBot, policy: Policy, existing_store: Path) -> None:
    """No input at all: the idle timer locks the window and asks to unlock again. The window is shown but not
    waited on to become the active one (``show``): under load the 150 ms timer can fire first, and the unlock
    dialog it opens is then rightly the active window. The test waits for the lock itself."""
    session = stores.unlock(existing_store, USER, PASSPHRASE, policy)
    window = MainWindow(session, delay_unit_ms=20, idle_ms=150)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.locked, timeout=30_000)  # returns as soon as it locks
    assert not session.open
    dialog = window.unlock_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert QApplication.activeModalWidget() is dialog
    window.close()


def test_quit_closes_the_session(qtbot: QtBot, policy: Policy, existing_store: Path) -> None:
    window = open_window(qtbot, policy, existing_store)
    session = window.session
    key(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()
    assert not session.open


def test_about_shows_the_version(qtbot: QtBot, policy: Policy, existing_store: Path) -> None:
    window = open_window(qtbot, policy, existing_store)
    window.about_action.trigger()
    box = window.about_box
    assert box is not None
    qtbot.waitExposed(box)
    assert medunit.__version__ in box.text()
    key(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=2000)
    assert window.session.open
    window.close()


def test_menus(qtbot: QtBot, policy: Policy, existing_store: Path) -> None:
    window = open_window(qtbot, policy, existing_store)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&File", "&Help"]
    assert window.lock_action.shortcut().toString() == "Ctrl+L"
    window.close()

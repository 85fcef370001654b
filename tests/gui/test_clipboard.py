"""ClipboardGuard: our text leaves the clipboard after the set time; someone else's copy stays."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from medunit.gui.clipboard import ClipboardGuard


def test_cleared_after_the_time(qtbot: QtBot) -> None:
    guard = ClipboardGuard(5, unit_ms=20)
    clipboard = QApplication.clipboard()
    guard.copy("123456782")
    assert clipboard.text() == "123456782" and guard.pending
    qtbot.wait(40)
    assert clipboard.text() == "123456782"  # not yet: 5 × 20 ms
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2000)
    assert not guard.pending


def test_a_later_copy_by_the_user_is_left_alone(qtbot: QtBot) -> None:
    guard = ClipboardGuard(5, unit_ms=10)
    clipboard = QApplication.clipboard()
    guard.copy("health text")
    clipboard.setText("something the user copied elsewhere")
    qtbot.waitUntil(lambda: not guard.pending, timeout=2000)
    assert clipboard.text() == "something the user copied elsewhere"
    clipboard.clear()


def test_clear_now_on_lock() -> None:
    guard = ClipboardGuard(30)
    guard.copy("secret")
    guard.clear()
    assert QApplication.clipboard().text() == ""
    guard.copy("")  # nothing to guard
    assert not guard.pending

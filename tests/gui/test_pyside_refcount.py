"""PySide6 6.12.0 dropped a reference to None on every QComboBox.addItem/setCurrentText/clear, which
aborts Python 3.11 with "none_dealloc" after enough calls; pyproject pins below it. This guards the pin."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot


def test_combo_calls_keep_none_alive(qtbot: QtBot) -> None:
    combo = QComboBox()
    qtbot.addWidget(combo)
    before = sys.getrefcount(None)
    for _ in range(3000):
        combo.addItem("x")
        combo.setCurrentText("x")
        combo.clear()
    assert sys.getrefcount(None) - before < 100

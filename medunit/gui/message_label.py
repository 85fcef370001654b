"""The few labels the unlock window needs, apart from ``medunit.gui.widgets``.

``widgets`` also holds the tables, text views and menus of the main window, and imports Qt's ``Qt``
namespace (about 16 ms of Python enum types on the first import) and the clipboard guard; the unlock
window is painted before any of that loads (issue 15, docs/benchmarks.md). ``widgets`` re-exports these
names, so the rest of the GUI imports them from there."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget


class MessageLabel(QLabel):
    """A one-line (wrapping) message inside a dialog; hidden while empty. Red for errors."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setVisible(False)
        self.setObjectName("messageLabel")

    def show_error(self, text: str) -> None:
        self.setStyleSheet("QLabel { color: #b00020; }")
        self.setText(text)
        self.setAccessibleDescription(text)
        self.setVisible(True)

    def show_info(self, text: str) -> None:
        self.setStyleSheet("QLabel { color: palette(window-text); }")
        self.setText(text)
        self.setAccessibleDescription(text)
        self.setVisible(True)

    def clear_message(self) -> None:
        self.clear()
        self.setVisible(False)


HINT_STYLE = "QLabel { color: palette(placeholder-text); }"


def hint(text: str, parent: QWidget | None = None) -> QLabel:
    """A quiet, wrapped explanation under a control."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
    return label


def heading(text: str, parent: QWidget | None = None, scale: float = 1.35) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label

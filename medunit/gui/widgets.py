"""Small shared widgets."""

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


def heading(text: str, parent: QWidget | None = None, scale: float = 1.35) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label

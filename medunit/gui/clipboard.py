"""Copied health data leaves the clipboard again after the policy's ``session.clipboard_clear_seconds``."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication


class ClipboardGuard(QObject):
    """Puts text on the clipboard and clears it after ``seconds`` — only if the clipboard still holds
    what we put there (something the user copied since is left alone).

    ``unit_ms`` is the length of one "second" (tests shorten it)."""

    def __init__(self, seconds: int, parent: QObject | None = None, *, unit_ms: int = 1000) -> None:
        super().__init__(parent)
        self.seconds = int(seconds)
        self._ours: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(1, self.seconds * unit_ms))
        self._timer.timeout.connect(self.clear)

    @staticmethod
    def _clipboard() -> QClipboard:
        return QGuiApplication.clipboard()

    def copy(self, text: str) -> None:
        if not text:
            return
        self._clipboard().setText(text)
        self._ours = text
        self._timer.start()

    @property
    def pending(self) -> bool:
        return self._ours is not None

    def clear(self) -> None:
        """Clear now (on the timer, or when the session locks) if the clipboard still holds our text."""
        self._timer.stop()
        ours, self._ours = self._ours, None
        if ours is None:
            return
        clipboard = self._clipboard()
        if clipboard.text() == ours:
            clipboard.clear()

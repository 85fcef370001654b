"""What an editor shows when someone else changed the row it edits (optimistic locking, issue 12 point 4).

The save is refused (``RowChangedError``: "Changed by <user> at <time>; reload."); the editor keeps what
was typed, shows the message with a Reload button, and after reloading shows the typed text beside the
other person's version, to put back in the editor or to copy from. Nothing typed is lost.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from medunit.errors import MedunitError
from medunit.gui.messages import error_text
from medunit.gui.widgets import MessageLabel


class ConflictBar(QWidget):
    """The conflict's message and a Reload button; hidden until a save is refused."""

    reload_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictBar")
        self.message = MessageLabel(self)
        self.message.setObjectName("conflictMessage")
        self.reload_button = QPushButton(self.tr("&Reload"), self)
        self.reload_button.setObjectName("conflictReloadButton")
        self.reload_button.setToolTip(self.tr("Show the other person's version; what you typed stays beside it"))
        self.reload_button.clicked.connect(self.reload_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.reload_button)
        self.setVisible(False)

    def show_conflict(self, exc: MedunitError) -> None:
        self.message.show_error(error_text(exc))
        self.setVisible(True)
        self.reload_button.setFocus()

    def clear(self) -> None:
        self.message.clear_message()
        self.setVisible(False)


class UnsavedText(QGroupBox):
    """The text the user typed and could not save, beside the reloaded version: read-only (select and
    copy from it) with "Put back in the editor" and "Discard"."""

    restore_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unsavedTextBox")
        self.setTitle(self.tr("Your text (not saved; someone else's version is shown in the editor)"))
        self.text_view = QPlainTextEdit(self)
        self.text_view.setObjectName("unsavedText")
        self.text_view.setReadOnly(True)
        self.text_view.setTabChangesFocus(True)
        self.text_view.setMaximumHeight(self.fontMetrics().height() * 6)
        self.restore_button = QPushButton(self.tr("&Put back in the editor"), self)
        self.restore_button.setObjectName("restoreUnsavedButton")
        self.restore_button.clicked.connect(self.restore_requested)
        self.discard_button = QPushButton(self.tr("D&iscard my text"), self)
        self.discard_button.setObjectName("discardUnsavedButton")
        self.discard_button.clicked.connect(self.clear)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.discard_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text_view)
        layout.addLayout(buttons)
        self.setVisible(False)

    def show_text(self, text: str, *, can_restore: bool) -> None:
        self.text_view.setPlainText(text)
        self.restore_button.setEnabled(can_restore)
        self.setVisible(True)

    def text(self) -> str:
        return self.text_view.toPlainText()

    def clear(self) -> None:
        self.text_view.clear()
        self.setVisible(False)

"""The start window for a store folder that ``store migrate`` moved to the unit server.

The folder then holds only the move's note. Without this window the workstation would offer the first-run
dialog there ("create the unit's store"): a second, empty store beside the moved one would split the
unit's data. So it says, in the interface language with the English under it (IT searches the English
words), where the store is now and how to point this workstation at it, and offers nothing else.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from medunit.gui.widgets import HINT_STYLE, heading

if TYPE_CHECKING:
    from medunit.services.session import Session

_CONTEXT = "MovedStoreDialog"
WHAT = str(
    QT_TRANSLATE_NOOP(
        "MovedStoreDialog",
        "The store in %1 was moved to the unit server %2. Nothing is kept in this folder any more, and no new "
        "store is made here: a second store would split the unit's data.",
    )
)
HOW = str(
    QT_TRANSLATE_NOOP(
        "MovedStoreDialog",
        'Ask IT to point this workstation at the server: in the policy, store.location = "%2". Until then, '
        "start medunit with --store %2.",
    )
)


class MovedStoreDialog(QDialog):
    """Where the store went (``server``) and what IT sets; Quit is the only way on."""

    def __init__(self, store_dir: Path, server: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store_dir = store_dir
        self.server = server
        self.session: Session | None = (
            None  # the start-up code asks every start window for the session it opened: none here
        )
        self.setWindowTitle(self.tr("medunit — the store has moved"))
        self.setMinimumWidth(600)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("The store has moved to the unit server"), self, 1.5))
        self.message = self._label(self._translated(WHAT) + "\n\n" + self._translated(HOW))
        self.message.setObjectName("movedMessage")
        layout.addWidget(self.message)
        self.address = QLineEdit(server, self)
        self.address.setObjectName("serverAddress")
        self.address.setReadOnly(True)  # selectable and copyable with the keyboard, for IT's ticket
        self.address.setAccessibleName(self.tr("Address of the unit server"))
        layout.addWidget(self.address)
        self.english = self._label(WHAT + "\n\n" + HOW)
        self.english.setObjectName("movedMessageEnglish")
        self.english.setStyleSheet(HINT_STYLE)
        self.english.setVisible(self.english.text() != self.message.text())  # English interface: once
        layout.addWidget(self.english)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.quit_button = QPushButton(self.tr("&Quit"), self)
        self.quit_button.setDefault(True)
        self.quit_button.clicked.connect(self.reject)
        buttons.addWidget(self.quit_button)
        layout.addLayout(buttons)

    @staticmethod
    def _translated(text: str) -> str:
        return QCoreApplication.translate(_CONTEXT, text)

    def _label(self, text: str) -> QLabel:
        label = QLabel(text.replace("%1", str(self.store_dir)).replace("%2", self.server), self)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

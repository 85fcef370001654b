"""The confidentiality statement, accepted before any data shows (at the first unlock, after a new text,
after the policy's renewal days). Refusing closes the session: nothing is shown without it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from medunit.errors import MedunitError
from medunit.gui.messages import error_text
from medunit.services import confidentiality
from medunit.services.session import Session


class AcknowledgeDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.statement = confidentiality.statement(session.policy)
        self.setWindowTitle(self.tr("Confidentiality statement"))
        self.resize(620, 460)
        intro = {
            "renewal": self.tr("Please confirm the unit's confidentiality statement again (periodic renewal)."),
            "new-text": self.tr("The unit's confidentiality statement has changed. Read it and accept it."),
        }.get(
            session.acknowledgement_due or "",
            self.tr("Before you see any data, read and accept the unit's confidentiality statement."),
        )
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        self.text = QTextBrowser(self)
        self.text.setPlainText(f"{self.statement.nl}\n\n{self.statement.en}")
        self.version = QLabel(self.tr("Version {version}").format(version=self.statement.version), self)
        self.check = QCheckBox(self.tr("I have read the statement and &accept my duty of confidentiality"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        buttons = QDialogButtonBox(self)
        self.accept_button = QPushButton(self.tr("Accept"), self)
        self.accept_button.setEnabled(False)
        self.refuse_button = QPushButton(self.tr("Refuse and close"), self)
        buttons.addButton(self.accept_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.refuse_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.check.toggled.connect(self.accept_button.setEnabled)
        self.accept_button.clicked.connect(self._accept)
        self.refuse_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.text, self.version, self.check, self.message, buttons):
            layout.addWidget(widget, 1 if widget is self.text else 0)
        self.check.setFocus()

    def _accept(self) -> None:
        try:
            confidentiality.accept(self.session, self.statement.version)
        except MedunitError as exc:
            self.message.setText(error_text(exc))
            return
        self.accept()


def confirm(session: Session, parent: QWidget | None = None) -> bool:
    """True when nothing is due or the user accepted now; False when they refused (close the session)."""
    if not session.acknowledgement_due:
        return True
    return AcknowledgeDialog(session, parent).exec() == QDialog.DialogCode.Accepted

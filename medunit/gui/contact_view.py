"""Contact moments (contactmomenten) of the case's person: subject, when, department, channel."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, Qt, QTimeZone
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from medunit.domain.contact import Channel, Subject
from medunit.domain.permissions import Action, allowed
from medunit.errors import MedunitError
from medunit.gui.clipboard import ClipboardGuard
from medunit.gui.labels import channel_name, subject_name
from medunit.gui.messages import error_text
from medunit.gui.models import ContactTableModel
from medunit.gui.widgets import HINT_STYLE, GuardedTableView, MessageLabel, heading, open_modal
from medunit.services import contacts
from medunit.services.session import Session


class ContactDialog(QDialog):
    """A new contact moment (``contacts.add_contact``); a refusal shows in the dialog."""

    def __init__(self, session: Session, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.reference = reference
        self.contact_id: int | None = None
        self.setWindowTitle(self.tr("Contact moment — %1").replace("%1", reference))
        self.setMinimumWidth(460)
        self.subject_combo = QComboBox(self)
        self.subject_combo.setObjectName("subjectCombo")
        for subject in Subject:
            self.subject_combo.addItem(subject_name(subject.value), subject.value)
        self.channel_combo = QComboBox(self)
        self.channel_combo.setObjectName("channelCombo")
        for channel in Channel:
            self.channel_combo.addItem(channel_name(channel.value), channel.value)
        self.department_edit = QLineEdit(self)
        self.department_edit.setObjectName("departmentEdit")
        self.department_edit.setMaxLength(100)
        self.department_edit.setPlaceholderText(self.tr("e.g. Medical advice unit"))
        self.when_edit = QDateTimeEdit(self)
        self.when_edit.setObjectName("whenEdit")
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        now = QDateTime.currentDateTime()
        self.when_edit.setMaximumDateTime(now)
        self.when_edit.setDateTime(now)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Subject:"), self.subject_combo)
        form.addRow(self.tr("&Channel:"), self.channel_combo)
        form.addRow(self.tr("&Department:"), self.department_edit)
        form.addRow(self.tr("&When:"), self.when_edit)
        self.message = MessageLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveContactButton")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.subject_combo.setFocus()

    def when(self) -> datetime:
        """The chosen local time as an aware UTC moment (not later than now)."""
        chosen = self.when_edit.dateTime().toTimeZone(QTimeZone.utc())
        moment = datetime.fromisoformat(chosen.toString(Qt.DateFormat.ISODate).replace("Z", "+00:00"))
        return min(moment.astimezone(UTC), datetime.now(UTC))

    def save(self) -> None:
        self.message.clear_message()
        try:
            self.contact_id = contacts.add_contact(
                self.session,
                self.reference,
                str(self.subject_combo.currentData()),
                str(self.channel_combo.currentData()),
                self.department_edit.text(),
                self.when(),
            )
        except MedunitError as exc:
            self.message.show_error(error_text(exc))
            return
        self.accept()


class ContactTab(QWidget):
    """All contact moments of the case's person, newest first; add one."""

    def __init__(self, session: Session, guard: ClipboardGuard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.reference: str | None = None
        self.dialog: ContactDialog | None = None
        self.model = ContactTableModel(self)
        self.model.full_name = self.session.full_name
        self.table = GuardedTableView(guard, self)
        self.table.setObjectName("contactTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Contact moments"))
        self.table.fill_column = 3
        self.add_button = QPushButton(self.tr("&Add contact moment…"), self)
        self.add_button.setObjectName("addContactButton")
        self.add_button.clicked.connect(self.add_contact)
        self.message = MessageLabel(self)
        note = QLabel(
            self.tr("Contact moments belong to the person: those of their other cases are listed as well."), self
        )
        note.setWordWrap(True)
        note.setStyleSheet(HINT_STYLE)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Contact moments"), self, 1.05))
        top.addStretch(1)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 8, 6, 6)
        layout.addLayout(top)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.apply_role()

    def apply_role(self) -> None:
        self.add_button.setVisible(allowed(self.session.role, Action.CONTACT_WRITE))

    def set_case(self, reference: str | None) -> None:
        self.reference = reference
        self.message.clear_message()
        self.reload()

    def reload(self) -> None:
        if self.reference is None:
            self.model.clear()
            return
        try:
            rows = contacts.contacts(self.session, self.reference)
        except MedunitError as exc:
            self.model.clear()
            self.message.show_error(error_text(exc))
            return
        self.model.set_rows(sorted(rows, key=lambda c: c.at, reverse=True))

    def add_contact(self) -> ContactDialog | None:
        if self.reference is None:
            return None
        dialog = ContactDialog(self.session, self.reference, self)
        dialog.accepted.connect(self._added)
        open_modal(self, "dialog", dialog)
        return dialog

    def _added(self) -> None:
        self.reload()
        self.message.show_info(self.tr("The contact moment was recorded."))

    def close_dialogs(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()

    def set_session(self, session: Session) -> None:
        self.session = session
        self.apply_role()

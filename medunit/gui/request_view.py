"""Doctor information requests (informatieverzoeken) of the open case: composer, answer dialog and tab.

The request composer offers only addressees a consent covers right now (``consents.covered_addressees``)
and never lets the user type one. Sending writes the letter PDF (a plaintext document) into a folder the
user chooses, off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from medunit.domain.consent import ConsentGrant
from medunit.domain.permissions import Action, allowed
from medunit.errors import MedunitError, RowChangedError
from medunit.gui import workers
from medunit.gui.clipboard import ClipboardGuard
from medunit.gui.conflict import ConflictBar
from medunit.gui.labels import category_name, method_name, request_state_name
from medunit.gui.messages import error_text
from medunit.gui.models import RequestTableModel
from medunit.gui.widgets import GuardedTableView, GuardedTextView, MessageLabel, heading, hint, open_modal
from medunit.services import consents
from medunit.services.session import Session


class RequestComposer(QDialog):
    """A new request to an addressee a consent covers now. Without such a consent it explains why and
    offers to record one; there is no field to type an addressee."""

    PAGE_COMPOSE, PAGE_NO_CONSENT = range(2)

    def __init__(
        self,
        session: Session,
        reference: str,
        record_consent: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.reference = reference
        self.request_id: int | None = None
        self.grants: list[ConsentGrant] = []
        self._record_consent = record_consent
        self.setWindowTitle(self.tr("New information request — %1").replace("%1", reference))
        self.setMinimumSize(640, 480)

        # compose page
        compose = QWidget(self)
        self.addressee_combo = QComboBox(compose)
        self.addressee_combo.setObjectName("addresseeCombo")
        self.addressee_combo.setEditable(False)
        self.addressee_combo.currentIndexChanged.connect(self._grant_changed)
        addressee_label = QLabel(self.tr("&Addressee:"), compose)
        addressee_label.setBuddy(self.addressee_combo)
        self.consent_info = QLabel(compose)
        self.consent_info.setObjectName("consentInfo")
        self.consent_info.setWordWrap(True)
        self.consent_info.setTextFormat(Qt.TextFormat.PlainText)
        self.consent_info.setStyleSheet(
            "QLabel#consentInfo { background: palette(alternate-base); border: 1px solid palette(mid); padding: 8px; }"
        )
        self.questions_edit = QPlainTextEdit(compose)
        self.questions_edit.setObjectName("questionsEdit")
        self.questions_edit.setTabChangesFocus(True)
        self.questions_edit.setPlaceholderText(
            self.tr("Targeted questions only, within the consented information, e.g.\n1. What is the diagnosis?")
        )
        questions_label = QLabel(self.tr("&Questions:"), compose)
        questions_label.setBuddy(self.questions_edit)
        compose_layout = QVBoxLayout(compose)
        compose_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(addressee_label)
        row.addWidget(self.addressee_combo, 1)
        compose_layout.addLayout(row)
        compose_layout.addWidget(hint(self.tr("Only addressees a valid consent covers can be chosen."), compose))
        compose_layout.addWidget(QLabel(self.tr("The request relies on this consent:"), compose))
        compose_layout.addWidget(self.consent_info)
        compose_layout.addWidget(questions_label)
        compose_layout.addWidget(self.questions_edit, 1)

        # no-consent page
        none = QWidget(self)
        self.why_label = QLabel(none)
        self.why_label.setObjectName("noConsentExplanation")
        self.why_label.setWordWrap(True)
        self.consent_button = QPushButton(self.tr("Record &consent…"), none)
        self.consent_button.setObjectName("recordConsentFromComposer")
        self.consent_button.setVisible(record_consent is not None and allowed(session.role, Action.CONSENT_WRITE))
        self.consent_button.clicked.connect(self._ask_consent)
        none_layout = QVBoxLayout(none)
        none_layout.setContentsMargins(0, 0, 0, 0)
        none_layout.addWidget(heading(self.tr("No consent covers a request yet"), none, 1.05))
        none_layout.addWidget(self.why_label)
        button_row = QHBoxLayout()
        button_row.addWidget(self.consent_button)
        button_row.addStretch(1)
        none_layout.addLayout(button_row)
        none_layout.addStretch(1)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(compose)
        self.pages.addWidget(none)
        self.message = MessageLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.addButton(self.tr("&Save as draft"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("saveRequestButton")
        self.save_button.setToolTip(self.tr("Save (Ctrl+Enter); send it from the list."))
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)
        self.reload()

    def reload(self) -> None:
        """Read which consents cover a request now; show the composer or the explanation."""
        self.message.clear_message()
        try:
            self.grants = consents.covered_addressees(self.session, self.reference)
            views = consents.consents(self.session, self.reference) if not self.grants else []
        except MedunitError as exc:
            self.grants = []
            views = []
            self.message.show_error(error_text(exc))
        self.addressee_combo.clear()
        for grant in self.grants:
            self.addressee_combo.addItem(
                self.tr("%1 (consent %2)").replace("%1", grant.addressee.label()).replace("%2", str(grant.id)),
                grant.id,
            )
        if self.grants:
            # the newest consent is the one the person gave for this request, most likely
            newest = max(range(len(self.grants)), key=lambda i: (self.grants[i].obtained_at, self.grants[i].id))
            self.addressee_combo.setCurrentIndex(newest)
            self.pages.setCurrentIndex(self.PAGE_COMPOSE)
            self.save_button.setVisible(True)
            self._grant_changed()
            self.addressee_combo.setFocus()
            return
        self.pages.setCurrentIndex(self.PAGE_NO_CONSENT)
        self.save_button.setVisible(False)
        if not views:
            why = self.tr(
                "No consent is recorded for this case yet. A doctor or institution may only be asked for "
                "information after the person consented to exactly that, for this case. Record the consent "
                "first (the signed form or the digital consent's reference)."
            )
        else:
            why = self.tr(
                "The consents recorded for this case are withdrawn, expired or not yet valid, so no addressee "
                "may be asked now. Record a new consent when the person gives it."
            )
        self.why_label.setText(why)
        if self.consent_button.isVisible():
            self.consent_button.setFocus()

    def current_grant(self) -> ConsentGrant | None:
        index = self.addressee_combo.currentIndex()
        return self.grants[index] if 0 <= index < len(self.grants) else None

    def _grant_changed(self) -> None:
        grant = self.current_grant()
        if grant is None:
            self.consent_info.clear()
            return
        self.consent_info.setText(
            "\n".join(
                [
                    self.tr("Consent %1, obtained %2 (%3)")
                    .replace("%1", str(grant.id))
                    .replace("%2", grant.obtained_at.date().isoformat())
                    .replace("%3", method_name(grant.method)),
                    self.tr("Information: %1").replace("%1", ", ".join(category_name(c) for c in grant.categories)),
                    self.tr("Valid until: %1").replace("%1", grant.valid_until.date().isoformat()),
                ]
            )
        )

    def _ask_consent(self) -> None:
        if self._record_consent is not None:
            self._record_consent()

    def save(self) -> None:
        grant = self.current_grant()
        if grant is None:
            return
        self.message.clear_message()
        try:
            self.request_id = consents.create_request(
                self.session, self.reference, grant.addressee, self.questions_edit.toPlainText()
            )
        except MedunitError as exc:
            self.message.show_error(error_text(exc))
            return
        self.accept()


class AnswerDialog(QDialog):
    """The doctor's answer, filed as a health entry on the case (``consents.answer_request``)."""

    def __init__(
        self,
        session: Session,
        reference: str,
        request_id: int,
        parent: QWidget | None = None,
        *,
        version: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.reference = reference
        self.request_id = request_id
        # the request's version as the user saw it; someone else's change meanwhile refuses the filing
        # (the typed answer stays here) and Reload reads the request again (store/rowlock.py)
        self.version = version
        self.entry_id: int | None = None
        self.setWindowTitle(self.tr("Answer to request %1").replace("%1", str(request_id)))
        self.setMinimumSize(560, 340)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("answerEdit")
        self.text_edit.setTabChangesFocus(True)
        label = QLabel(self.tr("&Answer (filed as a health entry of the case):"), self)
        label.setBuddy(self.text_edit)
        self.message = MessageLabel(self)
        self.conflict_bar = ConflictBar(self)
        self.conflict_bar.reload_requested.connect(self.reload_request)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = buttons.addButton(self.tr("&File answer"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("fileAnswerButton")
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(hint(self.tr("Attach the doctor's letter itself under Medical data as well."), self))
        layout.addWidget(self.message)
        layout.addWidget(self.conflict_bar)
        layout.addWidget(buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)
        self.text_edit.setFocus()

    def save(self) -> None:
        self.message.clear_message()
        try:
            self.entry_id = consents.answer_request(
                self.session, self.reference, self.request_id, self.text_edit.toPlainText(), version=self.version
            )
        except RowChangedError as exc:
            self.conflict_bar.show_conflict(exc)  # the typed answer stays in the editor
            return
        except MedunitError as exc:
            self.message.show_error(error_text(exc))
            return
        self.accept()

    def reload_request(self) -> None:
        """Read the request again: its state now shows in the message and the list behind; the answer typed
        here stays, and filing it names the version just read."""
        self.conflict_bar.clear()
        try:
            now = next((r for r in consents.requests(self.session, self.reference) if r.id == self.request_id), None)
        except MedunitError as exc:
            self.message.show_error(error_text(exc))
            return
        parent = self.parent()
        if isinstance(parent, RequestTab):
            parent.reload(self.request_id)
        if now is None:
            self.message.show_error(self.tr("This request no longer exists; copy your answer if you need it."))
            return
        self.version = now.version
        if now.state in ("sent", "overdue"):
            self.message.show_info(self.tr("Reloaded. Your answer is still here; file it again if it still applies."))
        else:
            self.message.show_error(
                self.tr(
                    'Reloaded: the request is now "%1" and takes no answer; copy your answer if you need it.'
                ).replace("%1", request_state_name(now.state).lower())
            )
        self.save_button.setEnabled(now.state in ("sent", "overdue"))


class RequestTab(QWidget):
    """The case's information requests: compose, send (letter PDF), record the answer, cancel."""

    # emitted after an answer was filed (a new health entry exists)
    answered = Signal()

    def __init__(
        self,
        session: Session,
        guard: ClipboardGuard,
        record_consent: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.reference: str | None = None
        self._record_consent = record_consent
        self.composer: RequestComposer | None = None
        self.answer_dialog: AnswerDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.send_worker: workers.Worker | None = None
        self.last_letter: Path | None = None

        self.model = RequestTableModel(self)
        self.table = GuardedTableView(guard, self)
        self.table.setObjectName("requestTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Information requests"))
        self.table.fill_column = 1
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.questions_view = GuardedTextView(guard, self)
        self.questions_view.setObjectName("requestQuestions")
        self.questions_view.setAccessibleName(self.tr("Questions of the request"))
        self.warning = MessageLabel(self)
        self.warning.setObjectName("requestWarning")

        self.new_button = QPushButton(self.tr("&New request…"), self)
        self.new_button.setObjectName("newRequestButton")
        self.new_button.clicked.connect(self.compose)
        self.send_button = QPushButton(self.tr("&Send (letter PDF)…"), self)
        self.send_button.setObjectName("sendRequestButton")
        self.send_button.setToolTip(
            self.tr("Marks the request sent and writes the letter as a PDF into a folder you choose.")
        )
        self.send_button.clicked.connect(self.choose_send_folder)
        self.answer_button = QPushButton(self.tr("Record &answer…"), self)
        self.answer_button.setObjectName("recordAnswerButton")
        self.answer_button.clicked.connect(self.record_answer)
        self.cancel_button = QPushButton(self.tr("Ca&ncel request…"), self)
        self.cancel_button.setObjectName("cancelRequestButton")
        self.cancel_button.clicked.connect(self.ask_cancel)
        self.message = MessageLabel(self)

        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Information requests"), self, 1.05))
        top.addStretch(1)
        top.addWidget(self.new_button)
        actions = QHBoxLayout()
        actions.addWidget(self.send_button)
        actions.addWidget(self.answer_button)
        actions.addWidget(self.cancel_button)
        actions.addStretch(1)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(QLabel(self.tr("Questions:"), lower))
        lower_layout.addWidget(self.questions_view, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setSizes([260, 160])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 8, 6, 6)
        layout.addLayout(top)
        layout.addWidget(
            hint(
                self.tr(
                    "medunit has no network: sending writes a letter (PDF) for the unit's own post or secure "
                    "mail. Each request keeps the consent it relied on."
                ),
                self,
            )
        )
        layout.addWidget(split, 1)
        layout.addWidget(self.warning)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        self.apply_role()

    def apply_role(self) -> None:
        can_write = allowed(self.session.role, Action.REQUEST_WRITE)
        for button in (self.new_button, self.send_button, self.answer_button, self.cancel_button):
            button.setVisible(can_write)
        self._selected(self.table.currentIndex(), QModelIndex())

    def set_case(self, reference: str | None) -> None:
        self.reference = reference
        self.message.clear_message()
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        if self.reference is None:
            self.model.clear()
            self._selected(QModelIndex(), QModelIndex())
            return
        current = self.selected()
        wanted = select_id if select_id is not None else (current.id if current else None)
        try:
            rows = consents.requests(self.session, self.reference)
        except MedunitError as exc:
            self.model.clear()
            self.message.show_error(error_text(exc))
            return
        self.model.set_rows(rows)
        row = next((i for i, r in enumerate(rows) if r.id == wanted), len(rows) - 1)
        if rows:
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._selected(self.table.currentIndex(), QModelIndex())

    def selected(self) -> consents.RequestView | None:
        return self.model.row_at(self.table.currentIndex().row())

    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        r = self.model.row_at(current.row())
        self.questions_view.setPlainText(r.questions if r else "")
        busy = self.send_worker is not None
        self.send_button.setEnabled(r is not None and r.state == "draft" and not busy)
        self.answer_button.setEnabled(r is not None and r.state in ("sent", "overdue"))
        self.cancel_button.setEnabled(r is not None and r.state in ("draft", "sent", "overdue"))
        if r is not None and r.consent_withdrawn:
            self.warning.show_error(
                self.tr(
                    "⚠ The consent this request relies on (%1) was withdrawn. Do not send it; cancel it, and "
                    "do not use an answer that arrives."
                ).replace("%1", str(r.consent_id))
            )
        else:
            self.warning.clear_message()

    # -- compose --------------------------------------------------------------------------------

    def compose(self) -> RequestComposer | None:
        if self.reference is None:
            return None
        composer = RequestComposer(self.session, self.reference, self._record_consent, self)
        composer.accepted.connect(lambda: self._composed(composer.request_id))
        open_modal(self, "composer", composer)
        return composer

    def consent_changed(self) -> None:
        """A consent was recorded or withdrawn: the open composer follows at once (the case view reads the
        request list again when this tab is next shown)."""
        if self.composer is not None:
            self.composer.reload()

    def _composed(self, request_id: int | None) -> None:
        self.reload(request_id)
        self.message.show_info(
            self.tr("Request %1 was saved as a draft. Send it to write the letter.").replace("%1", str(request_id))
        )

    # -- send -----------------------------------------------------------------------------------

    def choose_send_folder(self) -> None:
        r = self.selected()
        if r is None:
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the letter (plaintext PDF with health questions)")
        )
        if folder:
            self.send(r.id, Path(folder), r.version)

    def send(self, request_id: int, folder: Path, version: int | None = None) -> None:
        """Send the request and write its letter PDF into ``folder`` off the GUI thread."""
        if self.reference is None:
            return
        session, reference = self.session, self.reference
        self.send_button.setEnabled(False)
        self.message.show_info(self.tr("Writing the letter…"))

        def work(_progress: workers.Progress) -> Path:
            return consents.send_with_letter(session, reference, request_id, folder, version=version)

        self.send_worker = workers.start(work, lambda p: self._sent(request_id, p), self._send_failed)

    def _sent(self, request_id: int, path: object) -> None:
        self.send_worker = None
        assert isinstance(path, Path)
        self.last_letter = path
        self.reload(request_id)
        self.message.show_info(
            self.tr("Request %1 was sent. The letter was written to %2 — handle it as health data.")
            .replace("%1", str(request_id))
            .replace("%2", str(path))
        )

    def _send_failed(self, exc: BaseException) -> None:
        self.send_worker = None
        self.reload()
        self.message.show_error(error_text(exc))

    # -- answer and cancel ----------------------------------------------------------------------

    def record_answer(self) -> AnswerDialog | None:
        r = self.selected()
        if r is None or self.reference is None:
            return None
        dialog = AnswerDialog(self.session, self.reference, r.id, self, version=r.version)
        dialog.accepted.connect(lambda: self._answered(r.id))
        open_modal(self, "answer_dialog", dialog)
        return dialog

    def _answered(self, request_id: int) -> None:
        self.reload(request_id)
        self.message.show_info(
            self.tr("The answer to request %1 was filed under Medical data.").replace("%1", str(request_id))
        )
        self.answered.emit()

    def ask_cancel(self) -> None:
        r = self.selected()
        if r is None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Cancel request"))
        box.setText(self.tr("Cancel request %1 to %2?").replace("%1", str(r.id)).replace("%2", r.addressee.label()))
        yes = box.addButton(self.tr("Cancel &request"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("&Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.buttonClicked.connect(lambda button: self.cancel(r.id, r.version) if button is yes else None)
        box.finished.connect(lambda _r: setattr(self, "confirm_box", None))
        self.confirm_box = box
        box.open()

    def cancel(self, request_id: int, version: int | None = None) -> bool:
        """Cancel the request as the user saw it (``version``); if someone changed it meanwhile the list
        is read again and the message says who and when."""
        if self.reference is None:
            return False
        try:
            consents.cancel_request(self.session, self.reference, request_id, version=version)
        except RowChangedError as exc:
            self.reload(request_id)
            self.message.show_error(error_text(exc))
            return False
        except MedunitError as exc:
            self.message.show_error(error_text(exc))
            return False
        self.reload(request_id)
        self.message.show_info(self.tr("Request %1 was cancelled.").replace("%1", str(request_id)))
        return True

    def close_dialogs(self) -> None:
        for dialog in (self.composer, self.answer_dialog, self.confirm_box):
            if dialog is not None:
                dialog.reject()

    def set_session(self, session: Session) -> None:
        self.session = session
        self.apply_role()

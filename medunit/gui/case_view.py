"""One open case: tabs Person, Medical data, Consent, Requests, Advice, Contact moments and Access log,
each shown when the role may (``medunit.domain.permissions``); break-the-glass for restricted cases.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from medunit.domain.permissions import Action, allowed
from medunit.domain.records import CaseStatus, CaseType, EntryKind
from medunit.errors import MedunitError
from medunit.gui import workers
from medunit.gui.advice_view import AdviceTab
from medunit.gui.clipboard import ClipboardGuard
from medunit.gui.consent_view import ConsentTab
from medunit.gui.contact_view import ContactTab
from medunit.gui.labels import case_status_name, case_type_name, legal_basis_name
from medunit.gui.messages import error_text
from medunit.gui.models import AccessLogModel, AttachmentTableModel, EntryTableModel
from medunit.gui.request_view import RequestTab
from medunit.gui.viewer import AttachmentViewer
from medunit.gui.widgets import HINT_STYLE, GuardedTableView, GuardedTextView, MessageLabel, heading, open_modal
from medunit.services import audit, exports, records
from medunit.services.records import CaseDetail, RestrictedCaseError
from medunit.services.session import Session

T = TypeVar("T")

#: How long a revealed BSN stays visible.
BSN_VISIBLE_MS = 30_000


class BreakGlassDialog(QDialog):
    """Asks why a restricted case must be opened; the service logs the reason (and a refusal)."""

    def __init__(self, session: Session, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.reference = reference
        self.setWindowTitle(self.tr("Restricted case %1").replace("%1", reference))
        self.setMinimumWidth(520)
        text = QLabel(
            self.tr(
                "Case %1 is restricted to named advisors. You can open it in an emergency (break the glass): "
                "state why. Your name, the reason and the time are logged and reviewed by the privacy officer."
            ).replace("%1", reference),
            self,
        )
        text.setWordWrap(True)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setPlaceholderText(self.tr("Reason (at least 10 characters)"))
        self.reason_edit.setFixedHeight(self.fontMetrics().height() * 4 + 16)
        reason_label = QLabel(self.tr("&Reason:"), self)
        reason_label.setBuddy(self.reason_edit)
        self.message = MessageLabel(self)
        self.buttons = QDialogButtonBox(self)
        self.open_button = QPushButton(self.tr("&Open case (logged)"), self)
        self.open_button.setObjectName("breakGlassButton")
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.open_button.clicked.connect(self._break)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("Break the glass"), self))
        layout.addWidget(text)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.reason_edit.setFocus()
        QShortcut(QKeySequence("Ctrl+Return"), self, self._break)

    def _break(self) -> None:
        try:
            records.break_glass(self.session, self.reference, self.reason_edit.toPlainText())
        except MedunitError as exc:
            self.message.show_error(error_text(exc))
            self.reason_edit.setFocus()
            return
        self.accept()


class NoteDialog(QDialog):
    """A new note on the case (``records.add_entry``); a refusal shows in the dialog."""

    def __init__(self, session: Session, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.reference = reference
        self.entry_id: int | None = None
        self.setWindowTitle(self.tr("Note on case %1").replace("%1", reference))
        self.setMinimumSize(520, 300)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("noteEdit")
        self.text_edit.setTabChangesFocus(True)
        self.message = MessageLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(self.tr("Save (Ctrl+Enter)"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        label = QLabel(self.tr("&Note:"), self)
        label.setBuddy(self.text_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, self._save)
        self.text_edit.setFocus()

    def _save(self) -> None:
        try:
            self.entry_id = records.add_entry(
                self.session, self.reference, EntryKind.NOTE.value, self.text_edit.toPlainText()
            )
        except MedunitError as exc:
            self.message.show_error(error_text(exc))
            return
        self.text_edit.clear()
        self.accept()


class AttachConfirmDialog(QDialog):
    """Before a file is filed: which case and which person it goes to, and what it looks like.

    A file added to the wrong case is health data in the wrong dossier; this asks once, with the case
    reference, the person's name and date of birth, and a preview of the (first page of the) file."""

    def __init__(self, path: Path, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachConfirmDialog")
        self.setWindowTitle(self.tr("Add attachment to case %1").replace("%1", detail.summary.reference))
        self.setMinimumSize(560, 520)
        person = detail.person
        text = QLabel(
            self.tr("Add <b>%1</b> to case <b>%2</b> of <b>%3</b> (born %4)?")
            .replace("%1", html.escape(path.name))
            .replace("%2", html.escape(detail.summary.reference))
            .replace("%3", html.escape(person.name))
            .replace("%4", html.escape(person.date_of_birth)),
            self,
        )
        text.setObjectName("attachQuestion")
        text.setWordWrap(True)
        self.preview = AttachmentViewer(self)
        self.preview.setObjectName("attachPreview")
        self.preview.close_button.setVisible(False)
        try:
            data = path.read_bytes()[: 50 * 1024 * 1024]
        except OSError:
            data = b""
        media = "application/pdf" if data.startswith(b"%PDF") else "image/png"
        self.preview.show_bytes(path.name, media, data)
        buttons = QDialogButtonBox(self)
        self.add_button = buttons.addButton(self.tr("&Add to this case"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setObjectName("confirmAttachButton")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setFocus()

    def done(self, result: int) -> None:
        self.preview.clear()
        super().done(result)


class CaseView(QWidget):
    """The open case. ``open_case(reference)`` loads it (asking to break the glass when restricted)."""

    #: emitted after a case was opened (reference) or closed ("")
    case_changed = Signal(str)
    #: the user asks for the case list back (the open case had the whole width)
    list_requested = Signal()

    def __init__(
        self,
        session: Session,
        guard: ClipboardGuard,
        parent: QWidget | None = None,
        *,
        bsn_visible_ms: int = BSN_VISIBLE_MS,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.guard = guard
        self.reference: str | None = None
        self.detail: CaseDetail | None = None
        self.break_glass_dialog: BreakGlassDialog | None = None
        self.note_dialog: NoteDialog | None = None
        self.attach_dialog: AttachConfirmDialog | None = None
        self._bsn_visible_ms = bsn_visible_ms
        self._bsn_full = ""

        self.back_button = QPushButton(self.tr("◀ Case &list"), self)
        self.back_button.setObjectName("backToListButton")
        self.back_button.setToolTip(self.tr("Show the case list again (Alt+Left)"))
        self.back_button.clicked.connect(self.list_requested)
        self.back_button.setVisible(False)
        back = QShortcut(QKeySequence("Alt+Left"), self)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.list_requested)
        self.title = heading(self.tr("No case open"), self, 1.25)
        self.title.setObjectName("caseTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle = QLabel(self)
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle.setWordWrap(True)
        self.message = MessageLabel(self)
        self.empty_label = QLabel(self.tr("Choose a case in the list and press Enter to open it."), self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet(HINT_STYLE)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("caseTabs")
        self.tabs.setDocumentMode(True)
        self.person_tab = self._person_tab()
        self.medical_tab = self._medical_tab()
        self.log_tab = self._log_tab()
        self.consent_tab = ConsentTab(session, guard, self)
        self.request_tab = RequestTab(session, guard, self._record_consent_for_request, self)
        self.advice_tab = AdviceTab(session, guard, self)
        self.contact_tab = ContactTab(session, guard, self)
        self.consent_tab.changed.connect(self.request_tab.consent_changed)
        self.consent_tab.changed.connect(lambda: self._mark_stale(self.request_tab))
        self.consent_tab.changed.connect(lambda: self._mark_stale(self.medical_tab))
        self.request_tab.answered.connect(lambda: self._mark_stale(self.medical_tab))
        self.advice_tab.signed.connect(self._show_advised)
        self._stale: set[QWidget] = set()
        self.tabs.currentChanged.connect(self._tab_changed)
        self.access_report_box: QMessageBox | None = None
        self.report_worker: workers.Worker | None = None
        self.last_report: Path | None = None
        self._build_tabs()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        title_row = QHBoxLayout()
        title_row.addWidget(self.back_button)
        title_row.addWidget(self.title, 1)
        layout.addLayout(title_row)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.message)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.tabs, 1)
        self._show_empty()

        self._bsn_timer = QTimer(self)
        self._bsn_timer.setSingleShot(True)
        self._bsn_timer.timeout.connect(self._mask_bsn)

    # -- building ------------------------------------------------------------------------------

    def _build_tabs(self) -> None:
        """The tabs this role may see (the permission matrix decides)."""
        self.tabs.clear()
        role = self.session.role
        self.tabs.addTab(self.person_tab, self.tr("&Person"))
        if allowed(role, Action.HEALTH_READ):
            self.tabs.addTab(self.medical_tab, self.tr("&Medical data"))
        if allowed(role, Action.CONSENT_READ):
            self.tabs.addTab(self.consent_tab, self.tr("C&onsent"))
        if allowed(role, Action.REQUEST_READ):
            self.tabs.addTab(self.request_tab, self.tr("&Requests"))
        if allowed(role, Action.ADVICE_READ):
            self.tabs.addTab(self.advice_tab, self.tr("Ad&vice"))
        if allowed(role, Action.CONTACT_READ):
            self.tabs.addTab(self.contact_tab, self.tr("Con&tact moments"))
        if allowed(role, Action.CASE_LOG_READ):
            self.tabs.addTab(self.log_tab, self.tr("Access lo&g"))
        self.reveal_button.setVisible(allowed(role, Action.BSN_REVEAL))
        self.copy_bsn_button.setVisible(allowed(role, Action.BSN_REVEAL))
        can_write = allowed(role, Action.HEALTH_WRITE)
        self.add_note_button.setVisible(can_write)
        self.add_attachment_button.setVisible(allowed(role, Action.ATTACHMENT_WRITE))
        self.access_report_button.setVisible(allowed(role, Action.EXPORT_ACCESS_REPORT))

    def _value(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        return label

    def _person_tab(self) -> QWidget:
        page = QWidget(self)
        self.name_value = self._value("nameValue")
        self.birth_value = self._value("birthValue")
        self.person_ref_value = self._value("personRefValue")
        self.bsn_value = self._value("bsnValue")
        self.bsn_value.setWordWrap(False)
        self.basis_value = self._value("bsnBasisValue")
        self.case_ref_value = self._value("caseRefValue")
        self.type_value = self._value("typeValue")
        self.status_value = self._value("statusValue")
        self.received_value = self._value("receivedValue")
        self.advisor_value = self._value("advisorValue")
        self.question_value = self._value("questionValue")
        self.reveal_button = QPushButton(self.tr("Show &BSN"), page)
        self.reveal_button.setObjectName("revealBsnButton")
        self.reveal_button.setToolTip(self.tr("Shows the full BSN for 30 seconds. This is logged."))
        self.reveal_button.clicked.connect(self.toggle_bsn)
        self.copy_bsn_button = QPushButton(self.tr("&Copy BSN"), page)
        self.copy_bsn_button.setObjectName("copyBsnButton")
        self.copy_bsn_button.setToolTip(self.tr("The clipboard is cleared again after a short time."))
        self.copy_bsn_button.clicked.connect(self.copy_bsn)
        self.copy_bsn_button.setEnabled(False)

        bsn_row = QHBoxLayout()
        bsn_row.setSpacing(10)
        bsn_row.addWidget(self.bsn_value)
        bsn_row.addWidget(self.reveal_button)
        bsn_row.addWidget(self.copy_bsn_button)
        bsn_row.addStretch(1)

        person_form = QFormLayout()
        person_form.setVerticalSpacing(8)
        person_form.setHorizontalSpacing(20)
        person_form.addRow(self.tr("Name:"), self.name_value)
        person_form.addRow(self.tr("Date of birth:"), self.birth_value)
        person_form.addRow(self.tr("Person reference:"), self.person_ref_value)
        person_form.addRow(self.tr("BSN:"), bsn_row)
        person_form.addRow(self.tr("Legal basis for the BSN:"), self.basis_value)

        case_form = QFormLayout()
        case_form.setVerticalSpacing(8)
        case_form.setHorizontalSpacing(20)
        case_form.addRow(self.tr("Case reference:"), self.case_ref_value)
        case_form.addRow(self.tr("Case type:"), self.type_value)
        case_form.addRow(self.tr("Status:"), self.status_value)
        case_form.addRow(self.tr("Received:"), self.received_value)
        case_form.addRow(self.tr("Assigned advisor:"), self.advisor_value)
        case_form.addRow(self.tr("Question:"), self.question_value)

        self.access_report_button = QPushButton(self.tr("Access &report…"), page)
        self.access_report_button.setObjectName("accessReportButton")
        self.access_report_button.setToolTip(
            self.tr("A PDF of what the unit holds about this person and who accessed it (GDPR art. 15).")
        )
        self.access_report_button.clicked.connect(self.ask_access_report)
        self.report_message = MessageLabel(page)
        report_row = QHBoxLayout()
        report_row.addWidget(self.access_report_button)
        report_row.addStretch(1)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("Person"), page, 1.1))
        layout.addLayout(person_form)
        layout.addSpacing(12)
        layout.addWidget(heading(self.tr("Case"), page, 1.1))
        layout.addLayout(case_form)
        layout.addSpacing(12)
        layout.addLayout(report_row)
        layout.addWidget(self.report_message)
        layout.addStretch(1)
        return page

    def _medical_tab(self) -> QWidget:
        page = QWidget(self)
        self.entry_model = EntryTableModel(self)
        self.entry_model.full_name = self.session.full_name
        self.entry_table = GuardedTableView(self.guard, page)
        self.entry_table.setObjectName("entryTable")
        self.entry_table.setModel(self.entry_model)
        self.entry_table.setAccessibleName(self.tr("Health entries"))
        self.entry_table.fill_column = 2
        self.entry_table.selectionModel().currentRowChanged.connect(self._entry_selected)
        self.entry_text = GuardedTextView(self.guard, page)
        self.entry_text.setObjectName("entryText")
        self.entry_text.setAccessibleName(self.tr("Text of the entry"))
        self.add_note_button = QPushButton(self.tr("Add &note…"), page)
        self.add_note_button.setObjectName("addNoteButton")
        self.add_note_button.clicked.connect(self.add_note)

        self.attachment_model = AttachmentTableModel(self)
        self.attachment_table = GuardedTableView(self.guard, page)
        self.attachment_table.setObjectName("attachmentTable")
        self.attachment_table.setModel(self.attachment_model)
        self.attachment_table.setAccessibleName(self.tr("Attachments"))
        self.attachment_table.fill_column = 0
        self.attachment_table.activated.connect(self._attachment_activated)
        self.view_button = QPushButton(self.tr("&View"), page)
        self.view_button.clicked.connect(lambda: self._attachment_activated(self.attachment_table.currentIndex()))
        self.add_attachment_button = QPushButton(self.tr("Add &attachment…"), page)
        self.add_attachment_button.setObjectName("addAttachmentButton")
        self.add_attachment_button.clicked.connect(self.choose_attachment)
        self.viewer = AttachmentViewer(page)

        entries_box = QWidget(page)
        entries_layout = QVBoxLayout(entries_box)
        entries_layout.setContentsMargins(0, 0, 0, 0)
        entries_header = QHBoxLayout()
        entries_header.addWidget(heading(self.tr("Entries"), entries_box, 1.05))
        entries_header.addStretch(1)
        entries_header.addWidget(self.add_note_button)
        entries_layout.addLayout(entries_header)
        entries_split = QSplitter(Qt.Orientation.Vertical, entries_box)
        entries_split.addWidget(self.entry_table)
        entries_split.addWidget(self.entry_text)
        entries_split.setSizes([160, 160])
        entries_layout.addWidget(entries_split, 1)

        attachments_box = QWidget(page)
        attachments_layout = QVBoxLayout(attachments_box)
        attachments_layout.setContentsMargins(0, 0, 0, 0)
        attachments_header = QHBoxLayout()
        attachments_header.addWidget(heading(self.tr("Attachments"), attachments_box, 1.05))
        attachments_header.addStretch(1)
        attachments_header.addWidget(self.view_button)
        attachments_header.addWidget(self.add_attachment_button)
        attachments_layout.addLayout(attachments_header)
        attachments_layout.addWidget(self.attachment_table, 1)

        left = QSplitter(Qt.Orientation.Vertical, page)
        left.addWidget(entries_box)
        left.addWidget(attachments_box)
        left.setSizes([380, 170])
        split = QSplitter(Qt.Orientation.Horizontal, page)
        split.setObjectName("medicalSplit")
        split.addWidget(left)
        split.addWidget(self.viewer)
        split.setChildrenCollapsible(False)
        self.medical_split = split
        left.setObjectName("medicalListsSplit")
        entries_split.setObjectName("entriesSplit")

        layout = QVBoxLayout(page)
        layout.setContentsMargins(6, 8, 6, 6)
        layout.addWidget(split)
        self.setTabOrder(self.entry_table, self.entry_text)
        self.setTabOrder(self.entry_text, self.add_note_button)
        self.setTabOrder(self.add_note_button, self.attachment_table)
        self.setTabOrder(self.attachment_table, self.view_button)
        self.setTabOrder(self.view_button, self.add_attachment_button)
        return page

    def _log_tab(self) -> QWidget:
        page = QWidget(self)
        self.log_model = AccessLogModel(self)
        self.log_model.full_name = self.session.full_name
        self.log_table = GuardedTableView(None, page)
        self.log_table.setObjectName("caseLogTable")
        self.log_table.setAccessibleName(self.tr("Access log of this case"))
        self.log_table.setModel(self.log_model)
        explanation = QLabel(self.tr("Who opened or changed this case, and who was refused."), page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(6, 8, 6, 6)
        layout.addWidget(explanation)
        layout.addWidget(self.log_table, 1)
        return page

    # -- opening -------------------------------------------------------------------------------

    def open_case(self, reference: str) -> bool:
        """Load ``reference``; a restricted case asks for a break-the-glass reason first (when the role may)."""
        self.message.clear_message()
        try:
            detail = records.get_case(self.session, reference)
        except RestrictedCaseError as exc:
            if allowed(self.session.role, Action.BREAK_GLASS):
                self._ask_break_glass(reference)
            else:
                self.message.show_error(error_text(exc))
            return False
        except MedunitError as exc:
            self.message.show_error(error_text(exc))
            return False
        self._show_case(detail)
        return True

    def _ask_break_glass(self, reference: str) -> None:
        dialog = BreakGlassDialog(self.session, reference, self)
        dialog.accepted.connect(lambda: self.open_case(reference))
        open_modal(self, "break_glass_dialog", dialog)

    def _show_case(self, detail: CaseDetail) -> None:
        self._clear_content()
        self.detail = detail
        self.reference = detail.summary.reference
        s, p = detail.summary, detail.person
        self.title.setText(self.tr("Case %1").replace("%1", s.reference))
        self.subtitle.setText(self._subtitle(detail))
        self.name_value.setText(p.name)
        self.birth_value.setText(p.date_of_birth)
        self.person_ref_value.setText(p.reference)
        self.bsn_value.setText(p.bsn_masked or self.tr("not recorded"))
        self.basis_value.setText(legal_basis_name(p.bsn_legal_basis) if p.bsn_legal_basis else "—")
        self.reveal_button.setEnabled(p.bsn_masked is not None)
        self.case_ref_value.setText(s.reference)
        self.type_value.setText(case_type_name(s.case_type))
        self.status_value.setText(case_status_name(s.status))
        self.received_value.setText(s.received_at)
        self.advisor_value.setText(s.assigned_advisor or "—")
        self.question_value.setText(detail.question)
        self.empty_label.setVisible(False)
        self.tabs.setVisible(True)
        self.back_button.setVisible(True)
        self._load_workflow(s.reference, s.case_type)
        self.case_changed.emit(s.reference)

    def _load_workflow(self, reference: str | None, case_type: str | None = None) -> None:
        """Give the consent/request/advice/contact tabs the case; each reads it (a logged access) only
        when it is first shown, so the access log names what the user actually looked at."""
        self._stale.clear()
        if case_type:
            self.advice_tab.case_type = CaseType(case_type)
        for tab in (self.consent_tab, self.request_tab, self.advice_tab, self.contact_tab):
            if reference is None:
                tab.set_case(None)
            else:
                tab.reference = reference
                self._stale.add(tab)
        if reference is not None:
            self._stale.update({self.medical_tab, self.log_tab})
        self._load_current()

    def _load_current(self) -> None:
        """Read the shown tab's content if it is not loaded yet: one logged access per tab and opening;
        switching back to a tab already loaded reads (and logs) nothing."""
        tab = self.tabs.currentWidget()
        if tab not in self._stale or self.reference is None:
            return
        self._stale.discard(tab)
        if tab is self.medical_tab:
            self.load_entries()
            self.load_attachments()
        elif tab is self.log_tab:
            self.load_log()
        else:
            tab.set_case(self.reference)  # type: ignore[attr-defined]

    def _mark_stale(self, tab: QWidget) -> None:
        """``tab``'s content changed elsewhere: read it again when it is next shown (now, if it is shown)."""
        if self.reference is None:
            return
        self._stale.add(tab)
        self._load_current()

    def _tab_changed(self, _index: int) -> None:
        if self.reference is None:
            return
        self._load_current()

    def _record_consent_for_request(self) -> None:
        """The request composer's "Record consent": the wizard opens over the composer."""
        composer = self.request_tab.composer
        self.consent_tab.open_wizard(composer)

    def _show_advised(self) -> None:
        """After signing the case is advised (the service set it in the same transaction): show it without
        reading the case again."""
        if self.detail is None:
            return
        s = replace(self.detail.summary, status=CaseStatus.ADVISED.value)
        self.detail = replace(self.detail, summary=s)
        self.status_value.setText(case_status_name(s.status))
        self.subtitle.setText(self._subtitle(self.detail))
        self._mark_stale(self.log_tab)

    def _subtitle(self, detail: CaseDetail) -> str:
        s = detail.summary
        subtitle = f"{detail.person.name} · {case_type_name(s.case_type)} · {case_status_name(s.status)}"
        if s.restricted:
            subtitle += " · " + self.tr("restricted")
        return subtitle

    def _call(self, fn: Callable[..., T], *args: object) -> T | None:
        """A service call whose refusal shows in the view; returns None when refused."""
        try:
            return fn(self.session, *args)
        except MedunitError as exc:
            self.message.show_error(error_text(exc))
            return None

    def load_entries(self) -> None:
        if self.reference is None:
            return
        found = self._call(records.entries, self.reference)
        if found is not None:
            self.entry_model.set_rows(found)
            if found:
                self.entry_table.setCurrentIndex(self.entry_model.index(0, 0))

    def load_attachments(self) -> None:
        if self.reference is None:
            return
        found = self._call(records.attachments, self.reference)
        if found is not None:
            self.attachment_model.set_rows(found)
            if found and not self.attachment_table.currentIndex().isValid():
                self.attachment_table.setCurrentIndex(self.attachment_model.index(0, 0))

    def load_log(self) -> None:
        if self.reference is None:
            return
        found = self._call(audit.case_log, self.reference)
        if found is not None:
            self.log_model.set_rows(list(reversed(found)))

    def _entry_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry = self.entry_model.row_at(current.row())
        self.entry_text.setPlainText(entry.text if entry else "")

    # -- BSN -----------------------------------------------------------------------------------

    def toggle_bsn(self) -> None:
        """ "Show BSN" reveals it (one logged act); the same button then reads "Hide BSN"."""
        if self._bsn_full:
            self._mask_bsn()
        else:
            self.reveal_bsn()

    def reveal_bsn(self) -> None:
        if self.reference is None or self._bsn_full:
            return
        bsn = self._call(records.reveal_bsn, self.reference)
        if bsn is None:
            return
        self._bsn_full = bsn
        self.bsn_value.setText(bsn)
        self.copy_bsn_button.setEnabled(True)
        self.reveal_button.setText(self.tr("Hide &BSN"))
        self._bsn_timer.start(self._bsn_visible_ms)

    def copy_bsn(self) -> None:
        if self._bsn_full:
            self.guard.copy(self._bsn_full)

    @property
    def bsn_revealed(self) -> bool:
        return bool(self._bsn_full)

    def _mask_bsn(self) -> None:
        self._bsn_timer.stop()
        self._bsn_full = ""
        self.copy_bsn_button.setEnabled(False)
        self.reveal_button.setText(self.tr("Show &BSN"))
        if self.detail is not None:
            self.bsn_value.setText(self.detail.person.bsn_masked or self.tr("not recorded"))

    # -- notes and attachments -----------------------------------------------------------------

    def add_note(self) -> None:
        if self.reference is None:
            return
        dialog = NoteDialog(self.session, self.reference, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(self._note_added)
        dialog.finished.connect(dialog.deleteLater)
        self.note_dialog = dialog
        dialog.open()

    def _note_added(self) -> None:
        self.note_dialog = None
        self.load_entries()
        if self.entry_model.rowCount():
            self.entry_table.setCurrentIndex(self.entry_model.index(self.entry_model.rowCount() - 1, 0))
        self._stale.add(self.log_tab)

    def choose_attachment(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Add attachment"), "", self.tr("PDF and images (*.pdf *.png *.jpg *.jpeg)")
        )
        if path:
            self.confirm_attachment(Path(path))

    def confirm_attachment(self, path: Path) -> AttachConfirmDialog | None:
        """Name the case and the person the file goes to, with a preview; only "Add" files it."""
        if self.detail is None:
            return None
        dialog = AttachConfirmDialog(path, self.detail, self)
        dialog.accepted.connect(lambda: self.add_attachment_file(path))
        open_modal(self, "attach_dialog", dialog)
        return dialog

    def add_attachment_file(self, path: Path) -> bool:
        """Stream ``path`` into the store (the service checks type and size); then select it."""
        if self.reference is None:
            return False
        self.message.clear_message()
        try:
            with path.open("rb") as stream:
                info = records.add_attachment(self.session, self.reference, path.name, stream)
        except MedunitError as exc:
            self.message.show_error(error_text(exc))
            return False
        except OSError as exc:
            self.message.show_error(
                self.tr("Cannot read %1: %2").replace("%1", path.name).replace("%2", exc.strerror or "")
            )
            return False
        self.load_attachments()
        for row, att in enumerate(self.attachment_model.rows):
            if att.id == info.id:
                self.attachment_table.setCurrentIndex(self.attachment_model.index(row, 0))
        self._stale.add(self.log_tab)
        return True

    def _attachment_activated(self, index: QModelIndex) -> None:
        att = self.attachment_model.row_at(index.row())
        if att is not None:
            self.view_attachment(att.id)

    def view_attachment(self, attachment_id: int) -> bool:
        if self.reference is None:
            return False
        att = next((a for a in self.attachment_model.rows if a.id == attachment_id), None)
        if att is None:
            return False
        try:
            data = b"".join(records.read_attachment(self.session, self.reference, attachment_id))
        except MedunitError as exc:
            self.message.show_error(error_text(exc))
            return False
        shown = self.viewer.show_bytes(att.filename, att.media_type, data)
        del data
        total = sum(self.medical_split.sizes()) or self.medical_split.width()
        self.medical_split.setSizes([total * 2 // 5, total - total * 2 // 5])
        return shown

    # -- access report -------------------------------------------------------------------------

    def ask_access_report(self) -> None:
        """Explicit confirmation first: the report is a plaintext PDF with health data."""
        if self.detail is None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Access report"))
        box.setText(self.tr("Write the access report of %1 as a PDF?").replace("%1", self.detail.person.name))
        box.setInformativeText(
            self.tr(
                "The report is a plaintext (unencrypted) PDF with this person's health data and the list of who "
                "accessed it. Write it only to hand it to the person, store it safely and delete it afterwards. "
                "Writing it is logged."
            )
        )
        yes = box.addButton(self.tr("&Choose folder and write"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda button: self.choose_report_folder() if button is yes else None)
        box.finished.connect(lambda _r: setattr(self, "access_report_box", None))
        self.access_report_box = box
        box.open()

    def choose_report_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the access report (plaintext PDF)"))
        if folder:
            self.write_access_report(Path(folder))

    def write_access_report(self, folder: Path) -> None:
        """Write the confirmed report off the GUI thread; the path (or the refusal) shows on the tab."""
        if self.detail is None:
            return
        session, person = self.session, self.detail.person.reference
        self.access_report_button.setEnabled(False)
        self.report_message.show_info(self.tr("Writing the access report…"))

        def work(_progress: workers.Progress) -> Path:
            return exports.access_report(session, person, folder, confirmed=True)

        self.report_worker = workers.start(work, self._report_written, self._report_failed)

    def _report_written(self, path: object) -> None:
        self.report_worker = None
        self.access_report_button.setEnabled(True)
        assert isinstance(path, Path)
        self.last_report = path
        self.report_message.show_info(
            self.tr("The access report was written to %1. It is not encrypted: handle it as health data.").replace(
                "%1", str(path)
            )
        )

    def _report_failed(self, exc: BaseException) -> None:
        self.report_worker = None
        self.access_report_button.setEnabled(True)
        self.report_message.show_error(error_text(exc))

    # -- session -------------------------------------------------------------------------------

    def _clear_content(self) -> None:
        self._mask_bsn()
        self.detail = None
        for label in (
            self.name_value,
            self.birth_value,
            self.person_ref_value,
            self.bsn_value,
            self.basis_value,
            self.case_ref_value,
            self.type_value,
            self.status_value,
            self.received_value,
            self.advisor_value,
            self.question_value,
            self.subtitle,
        ):
            label.clear()
        self.entry_model.clear()
        self.entry_text.clear()
        self.attachment_model.clear()
        self.log_model.clear()
        self.viewer.clear()
        self.report_message.clear_message()
        self._load_workflow(None)

    def _show_empty(self) -> None:
        self.back_button.setVisible(False)
        self.title.setText(self.tr("No case open"))
        self.empty_label.setVisible(True)
        self.tabs.setVisible(False)

    def close_case(self) -> None:
        self._clear_content()
        self.reference = None
        self._show_empty()
        self.case_changed.emit("")

    def lock(self) -> None:
        """Drop everything shown (the session is closing); the reference is kept for ``set_session``."""
        reference = self.reference
        self.close_case()
        self.reference = reference
        self.message.clear_message()
        if self.break_glass_dialog is not None:
            self.break_glass_dialog.reject()
        if self.note_dialog is not None:
            self.note_dialog.reject()
        if self.attach_dialog is not None:
            self.attach_dialog.reject()
        if self.access_report_box is not None:
            self.access_report_box.reject()
        for workflow_tab in (self.consent_tab, self.request_tab, self.advice_tab, self.contact_tab):
            workflow_tab.close_dialogs()

    def set_session(self, session: Session) -> None:
        """After unlocking: reopen the case that was open (a restricted one asks for a reason again)."""
        role_changed = session.role is not self.session.role
        self.session = session
        self.log_model.full_name = session.full_name
        for workflow_tab in (self.consent_tab, self.request_tab, self.advice_tab, self.contact_tab):
            workflow_tab.set_session(session)
        if role_changed:
            self._build_tabs()
        reference, self.reference = self.reference, None
        if reference:
            tab = self.tabs.currentIndex()
            if self.open_case(reference):
                self.tabs.setCurrentIndex(tab)

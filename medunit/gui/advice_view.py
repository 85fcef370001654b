"""The advice (medisch advies) of the open case: the editor per case type, a live preview of exactly what
the case handler receives (``EXPORT_FIELDS``), drafts, signing, versions and the export with its leak check.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from medunit.domain.advice import (
    MAX_REMARK,
    OUTCOME_FIELDS,
    AcceptanceDecision,
    CausalRelation,
    EndState,
    NextStep,
    check_outcome,
)
from medunit.domain.leakcheck import Leak, LeakChecker
from medunit.domain.permissions import Action, allowed
from medunit.domain.records import CaseType
from medunit.errors import LeakFindingsError, MedunitError, RowChangedError
from medunit.gui import workers
from medunit.gui.clipboard import ClipboardGuard
from medunit.gui.conflict import ConflictBar, UnsavedText
from medunit.gui.formats import local_date_time
from medunit.gui.labels import leak_reason_name, outcome_value_name
from medunit.gui.messages import error_text
from medunit.gui.models import AdviceVersionModel, ExportPreviewModel, Pending
from medunit.gui.widgets import GuardedTableView, MessageLabel, heading, hint, open_modal
from medunit.services import advice, exports
from medunit.services.advice import AdviceRow
from medunit.services.exports import ExportResult
from medunit.services.session import Session


class SignDialog(QDialog):
    """Signs the current draft as the signed-in advisor, with the name and BIG number of their profile
    (set by the unit administrator; nobody types a BIG number here). Open leak-check findings are listed
    and must be confirmed with a check box; a refusal shows in the dialog."""

    def __init__(
        self,
        session: Session,
        reference: str,
        version: int,
        findings: list[Leak],
        parent: QWidget | None = None,
        *,
        seen: tuple[int, int] | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.reference = reference
        self.findings = findings
        # the draft as the advisor saw it: only that text is signed (store/rowlock.py)
        self.seen = seen
        self.signed: AdviceRow | None = None
        # set when someone changed the draft meanwhile: the dialog closes and the tab offers Reload
        self.conflict: RowChangedError | None = None
        self.setWindowTitle(self.tr("Sign advice — %1").replace("%1", reference))
        self.setMinimumWidth(520)
        text = QLabel(
            self.tr(
                "You sign version %1 as the responsible medical advisor. A signed advice is final: a change "
                "later becomes a new version."
            ).replace("%1", str(version)),
            self,
        )
        text.setWordWrap(True)
        profile = session.people.get(session.user)
        self.big_number = profile.big_number if profile else None
        self.signer_label = QLabel(self)
        self.signer_label.setObjectName("signerLabel")
        self.signer_label.setTextFormat(Qt.TextFormat.PlainText)
        self.signer_label.setWordWrap(True)
        self.message = MessageLabel(self)
        if self.big_number:
            self.signer_label.setText(
                self.tr("Signed by: %1, BIG number %2")
                .replace("%1", session.full_name(session.user))
                .replace("%2", self.big_number)
            )
        else:
            self.message.show_error(
                self.tr("No BIG number is recorded for you. The unit administrator sets it in Administration.")
            )
        self.findings_label = QLabel(self)
        self.findings_label.setObjectName("signFindings")
        self.findings_label.setWordWrap(True)
        self.confirm_check = QCheckBox(
            self.tr("I checked these words: they may go to the case handler"),
            self,
        )
        self.confirm_check.setObjectName("confirmFindingsCheck")
        if findings:
            self.findings_label.setText(
                self.tr("The leak check still finds: %1").replace(
                    "%1", ", ".join(f"{f.word} ({leak_reason_name(f.reason)})" for f in findings)
                )
            )
            self.findings_label.setStyleSheet("QLabel { color: #b00020; }")
        self.findings_label.setVisible(bool(findings))
        self.confirm_check.setVisible(bool(findings))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.sign_button = buttons.addButton(self.tr("&Sign"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_button.setObjectName("confirmSignButton")
        self.sign_button.setDefault(True)
        self.sign_button.clicked.connect(self.sign)
        buttons.rejected.connect(self.reject)
        self.confirm_check.toggled.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.signer_label)
        layout.addWidget(self.findings_label)
        layout.addWidget(self.confirm_check)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._update()
        (self.confirm_check if findings else self.sign_button).setFocus()

    def _update(self) -> None:
        self.sign_button.setEnabled(bool(self.big_number) and (not self.findings or self.confirm_check.isChecked()))

    def sign(self) -> None:
        self.message.clear_message()
        confirmed = [f.word for f in self.findings] if self.confirm_check.isChecked() else []
        try:
            self.signed = advice.sign_advice(self.session, self.reference, confirm_findings=confirmed, seen=self.seen)
        except RowChangedError as exc:
            self.conflict = exc
            self.reject()
            return
        except MedunitError as exc:
            self.message.show_error(error_text(exc))
            return
        self.accept()


class LeakHighlighter(QSyntaxHighlighter):
    """Underlines (red, wavy) the words of the remark the leak check finds, as the advisor types."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.checker: LeakChecker | None = None
        self.leak_format = QTextCharFormat()
        self.leak_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self.leak_format.setUnderlineColor(QColor("#b00020"))
        self.leak_format.setForeground(QColor("#b00020"))

    def highlightBlock(self, text: str) -> None:
        if self.checker is None:
            return
        for start, length, _leak in self.checker.spans(text):
            self.setFormat(start, length, self.leak_format)


class LeakDialog(QDialog):
    """The leak check's findings: each word and why. "Adjust" goes back to the editor; "Export anyway"
    confirms (the confirmation is logged by the service)."""

    ADJUST, EXPORT_ANYWAY = 10, 11

    def __init__(self, findings: list[Leak], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = 0
        self.setWindowTitle(self.tr("Possible health data in the advice"))
        self.setMinimumSize(600, 360)
        intro = QLabel(
            self.tr(
                "The remark (or exclusion) uses words that also occur in this case's health data. The case "
                "handler must receive only the outcome. Adjust the text, or confirm that these words may go out."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(findings), 2, self)
        self.table.setObjectName("leakTable")
        self.table.setHorizontalHeaderLabels([self.tr("Word"), self.tr("Why")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, leak in enumerate(findings):
            self.table.setItem(row, 0, QTableWidgetItem(leak.word))
            self.table.setItem(row, 1, QTableWidgetItem(leak_reason_name(leak.reason)))
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(self)
        self.adjust_button = buttons.addButton(self.tr("&Adjust"), QDialogButtonBox.ButtonRole.RejectRole)
        self.adjust_button.setObjectName("adjustButton")
        self.adjust_button.setDefault(True)
        self.export_button = buttons.addButton(self.tr("&Export anyway"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportAnywayButton")
        self.adjust_button.clicked.connect(self._adjust)
        self.export_button.clicked.connect(self._export)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.adjust_button.setFocus()

    def words(self) -> list[str]:
        items = (self.table.item(r, 0) for r in range(self.table.rowCount()))
        return [item.text() for item in items if item is not None]

    def _adjust(self) -> None:
        self.choice = self.ADJUST
        self.reject()

    def _export(self) -> None:
        self.choice = self.EXPORT_ANYWAY
        self.accept()


class AdviceTab(QWidget):
    """Editor, live export preview, versions and the actions on the case's advice."""

    # emitted after a version was signed (the case status changed)
    signed = Signal()

    def __init__(self, session: Session, guard: ClipboardGuard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.reference: str | None = None
        self.case_type = CaseType.ACCEPTANCE
        self.versions: list[AdviceRow] = []
        self.shown: AdviceRow | None = None
        self.editing = False
        self.edit_version = 1
        # (advice id, row version) of the latest advice as this editor last read or saved it: what a save
        # or signing names, so another advisor's change is never overwritten (store/rowlock.py)
        self.seen: tuple[int, int] = advice.NO_ADVICE
        self.sign_dialog: SignDialog | None = None
        self.leak_dialog: LeakDialog | None = None
        self.export_worker: workers.Worker | None = None
        self.last_export: ExportResult | None = None
        self._loading = False
        #: the leak check bound to this case's health entries, read once per opened case
        self.checker: LeakChecker | None = None
        self.findings: list[Leak] = []

        # -- editor fields (all case types; rows shown per type) --
        self.decision_combo = self._combo("decision", AcceptanceDecision)
        self.exclusion_edit = QLineEdit(self)
        self.exclusion_edit.setObjectName("exclusionEdit")
        self.exclusion_edit.setMaxLength(200)
        self.exclusion_edit.setPlaceholderText(self.tr("What is excluded, in words the case handler may read"))
        self.loading_spin = self._spin("premium_loading_percent", 1, 300, self.tr(" %"))
        self.postpone_spin = self._spin("postpone_months", 1, 24, self.tr(" months"))
        self.incapacity_spin = self._spin("incapacity_percent", 0, 100, self.tr(" %"))
        self.start_edit = self._date("period_start")
        self.end_check = QCheckBox(self.tr("Ends on:"), self)
        self.end_check.setObjectName("periodEndCheck")
        self.end_edit = self._date("period_end")
        self.causal_combo = self._combo("causal_relation", CausalRelation)
        self.end_state_combo = self._combo("end_state", EndState)
        self.impairment_spin = self._spin("impairment_percent", -1, 100, self.tr(" %"))
        self.impairment_spin.setSpecialValueText(self.tr("not assessed"))
        self.impairment_spin.setValue(-1)
        self.next_step_combo = self._combo("next_step", NextStep)
        end_row = QHBoxLayout()
        end_row.addWidget(self.end_check)
        end_row.addWidget(self.end_edit, 1)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._rows: dict[str, Any] = {}
        self._add_row("decision", self.tr("&Decision:"), self.decision_combo)
        self._add_row("exclusion", self.tr("E&xclusion:"), self.exclusion_edit)
        self._add_row("premium_loading_percent", self.tr("Premium &loading:"), self.loading_spin)
        self._add_row("postpone_months", self.tr("&Postpone for:"), self.postpone_spin)
        self._add_row("incapacity_percent", self.tr("&Incapacity:"), self.incapacity_spin)
        self._add_row("period_start", self.tr("Period &from:"), self.start_edit)
        end_label = QLabel(self.tr("Period &until:"), self)
        end_label.setBuddy(self.end_check)
        self._add_row("period_end", end_label, end_row)
        self._add_row("causal_relation", self.tr("&Causal relation:"), self.causal_combo)
        self._add_row("end_state", self.tr("&End state:"), self.end_state_combo)
        self._add_row("impairment_percent", self.tr("&Impairment:"), self.impairment_spin)
        self._add_row("next_step", self.tr("&Next step:"), self.next_step_combo)

        self.remark_edit = QPlainTextEdit(self)
        self.remark_edit.setObjectName("remarkEdit")
        self.remark_edit.setTabChangesFocus(True)
        self.remark_edit.setPlaceholderText(
            self.tr("A short remark for the case handler: the outcome, never the diagnosis or findings.")
        )
        self.remark_edit.setMinimumHeight(self.fontMetrics().height() * 4)
        self.highlighter = LeakHighlighter(self.remark_edit.document())
        remark_label = QLabel(self.tr("&Remark for the case handler:"), self)
        remark_label.setBuddy(self.remark_edit)
        self.leak_list = QListWidget(self)
        self.leak_list.setObjectName("leakList")
        self.leak_list.setAccessibleName(self.tr("Possible health data in the remark"))
        self.leak_list.setMaximumHeight(self.fontMetrics().height() * 4 + 12)
        self.leak_label = QLabel(self.tr("Leak check: no words that look like health data."), self)
        self.leak_label.setObjectName("leakLabel")
        self.leak_label.setWordWrap(True)
        self.counter = QLabel(self)
        self.counter.setObjectName("remarkCounter")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight)

        self.state_label = QLabel(self)
        self.state_label.setObjectName("adviceState")
        self.state_label.setWordWrap(True)
        self.state_label.setStyleSheet(
            "QLabel#adviceState { background: palette(alternate-base); border: 1px solid palette(mid); padding: 6px; }"
        )

        self.save_button = QPushButton(self.tr("Save &draft"), self)
        self.save_button.setObjectName("saveDraftButton")
        self.save_button.clicked.connect(self.save_draft)
        self.amend_button = QPushButton(self.tr("&Amend (new version)"), self)
        self.amend_button.setObjectName("amendButton")
        self.amend_button.clicked.connect(self.amend)
        self.sign_button = QPushButton(self.tr("&Sign…"), self)
        self.sign_button.setObjectName("signButton")
        self.sign_button.clicked.connect(self.ask_sign)
        self.export_button = QPushButton(self.tr("&Export"), self)
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(lambda: self.start_export(None))
        self.export_to_button = QPushButton(self.tr("Export &to folder…"), self)
        self.export_to_button.setObjectName("exportToButton")
        self.export_to_button.clicked.connect(self.choose_export_folder)
        self.message = MessageLabel(self)
        self.conflict_bar = ConflictBar(self)
        self.conflict_bar.reload_requested.connect(self.reload_after_conflict)
        self.unsaved = UnsavedText(self)
        self.unsaved.restore_requested.connect(self.restore_unsaved)
        # the outcome fields the user had filled in when the save was refused (put back with the text)
        self._unsaved_outcome: dict[str, Any] = {}
        self.open_folder_button = QPushButton(self.tr("Open &folder"), self)
        self.open_folder_button.setObjectName("openExportFolderButton")
        self.open_folder_button.clicked.connect(self.open_export_folder)
        self.open_folder_button.setVisible(False)

        editor = QWidget(self)
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(heading(self.tr("Advice"), editor, 1.05))
        editor_layout.addWidget(self.state_label)
        editor_layout.addLayout(self.form)
        editor_layout.addWidget(remark_label)
        editor_layout.addWidget(self.remark_edit, 1)
        editor_layout.addWidget(self.unsaved)
        editor_layout.addWidget(self.counter)
        editor_layout.addWidget(self.leak_label)
        editor_layout.addWidget(self.leak_list)
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.amend_button)
        actions.addWidget(self.sign_button)
        actions.addStretch(1)
        editor_layout.addLayout(actions)
        editor_layout.addWidget(self.conflict_bar)
        exports_row = QHBoxLayout()
        exports_row.addWidget(self.export_button)
        exports_row.addWidget(self.export_to_button)
        exports_row.addStretch(1)
        editor_layout.addLayout(exports_row)

        # -- preview --
        self.preview_model = ExportPreviewModel(self)
        self.preview_table = GuardedTableView(guard, self)
        self.preview_table.setObjectName("previewTable")
        self.preview_table.setModel(self.preview_model)
        self.preview_table.setAccessibleName(self.tr("Preview of the export"))
        self.preview_table.setWordWrap(True)
        self.preview_table.setAlternatingRowColors(False)
        self.preview_table.setShowGrid(False)
        self.preview_table.horizontalHeader().setVisible(False)
        self.preview_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.preview_table.fill_column = None
        self.preview_table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.preview_table.setSelectionMode(GuardedTableView.SelectionMode.NoSelection)
        self.preview_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.preview_note = MessageLabel(self)
        self.preview_note.setObjectName("previewNote")
        preview = QWidget(self)
        preview_layout = QVBoxLayout(preview)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(heading(self.tr("What the case handler receives"), preview, 1.05))
        preview_layout.addWidget(
            hint(
                self.tr("Exactly these fields leave the unit, signed, in Dutch; nothing else. Updated as you type."),
                preview,
            )
        )
        preview_layout.addWidget(self.preview_table, 1)
        preview_layout.addWidget(self.preview_note)

        # -- versions --
        self.version_model = AdviceVersionModel(self)
        self.version_model.full_name = session.full_name
        self.version_table = GuardedTableView(guard, self)
        self.version_table.setObjectName("versionTable")
        self.version_table.setModel(self.version_model)
        self.version_table.setAccessibleName(self.tr("Advice versions"))
        self.version_table.fill_column = 2
        self.version_table.selectionModel().currentRowChanged.connect(self._version_selected)
        versions = QWidget(self)
        versions_layout = QVBoxLayout(versions)
        versions_layout.setContentsMargins(0, 0, 0, 0)
        versions_layout.addWidget(heading(self.tr("Versions"), versions, 1.05))
        versions_layout.addWidget(self.version_table, 1)

        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(preview)
        right.addWidget(versions)
        right.setSizes([380, 150])
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(editor)
        split.addWidget(right)
        split.setSizes([420, 520])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 8, 6, 6)
        layout.addWidget(split, 1)
        message_row = QHBoxLayout()
        message_row.addWidget(self.message, 1)
        message_row.addWidget(self.open_folder_button)
        layout.addLayout(message_row)

        for combo in (self.decision_combo, self.causal_combo, self.end_state_combo, self.next_step_combo):
            combo.currentIndexChanged.connect(self._edited)
        for spin in (self.loading_spin, self.postpone_spin, self.incapacity_spin, self.impairment_spin):
            spin.valueChanged.connect(self._edited)
        for edit in (self.start_edit, self.end_edit):
            edit.dateChanged.connect(self._edited)
        self.end_check.toggled.connect(self._edited)
        self.exclusion_edit.textChanged.connect(self._edited)
        self.remark_edit.textChanged.connect(self._edited)
        self.apply_role()
        self._show_type()
        self._refresh()

    # -- building --------------------------------------------------------------------------------

    def _combo(self, name: str, kind: Any) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(f"{name}Combo")
        for member in kind:
            combo.addItem(outcome_value_name(name, member.value), member.value)
        return combo

    def _spin(self, name: str, lo: int, hi: int, suffix: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(f"{name}Spin")
        spin.setRange(lo, hi)
        spin.setSuffix(suffix)
        return spin

    def _date(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(f"{name}Edit")
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        today = datetime.now(UTC).date()
        edit.setDate(QDate(today.year, today.month, today.day))
        return edit

    def _add_row(self, name: str, label: str | QLabel, field: Any) -> None:
        self.form.addRow(label, field)
        self._rows[name] = self.form.rowCount() - 1

    def _show_type(self) -> None:
        fields = set(OUTCOME_FIELDS[self.case_type])
        for name, row in self._rows.items():
            self.form.setRowVisible(row, name in fields)

    def apply_role(self) -> None:
        role = self.session.role
        self.save_button.setVisible(allowed(role, Action.ADVICE_DRAFT))
        self.amend_button.setVisible(allowed(role, Action.ADVICE_DRAFT))
        self.sign_button.setVisible(allowed(role, Action.ADVICE_SIGN))
        self.export_button.setVisible(allowed(role, Action.EXPORT_ADVICE))
        self.export_to_button.setVisible(allowed(role, Action.EXPORT_ADVICE))
        self.export_button.setToolTip(
            self.tr("Writes the signed export (JSON and PDF) to the policy's export folder %1.").replace(
                "%1", str(self.session.policy.export_folder)
            )
        )
        self._update_actions()

    # -- loading ---------------------------------------------------------------------------------

    def set_case(self, reference: str | None, case_type: str | None = None) -> None:
        self.reference = reference
        self.message.clear_message()
        self.conflict_bar.clear()
        self.unsaved.clear()
        self.open_folder_button.setVisible(False)
        if case_type:
            self.case_type = CaseType(case_type)
        self._show_type()
        self.checker = None
        if reference is not None and allowed(self.session.role, Action.ADVICE_DRAFT):
            try:
                self.checker = advice.leak_checker(self.session, reference)
            except MedunitError as exc:
                self.message.show_error(error_text(exc))
        self.reload()

    def reload(self) -> None:
        if self.reference is None:
            self.versions = []
            self.version_model.clear()
            self._show_version(None, editing=False)
            return
        try:
            self.versions = advice.advice_versions(self.session, self.reference)
        except MedunitError as exc:
            self.versions = []
            self.message.show_error(error_text(exc))
        self._show_versions()

    def _show_versions(self) -> None:
        """Show ``self.versions``: the latest draft in the editor, else the latest signed one read-only."""
        self.version_model.set_rows(self.versions)
        self.seen = advice.seen_of(self.versions)
        can_draft = allowed(self.session.role, Action.ADVICE_DRAFT)
        if not self.versions:
            self.edit_version = 1
            self._show_version(None, editing=can_draft)
            return
        latest = self.versions[-1]
        self.version_table.blockSignals(True)
        self.version_table.selectionModel().blockSignals(True)
        self.version_table.setCurrentIndex(self.version_model.index(len(self.versions) - 1, 0))
        self.version_table.selectionModel().blockSignals(False)
        self.version_table.blockSignals(False)
        if latest.state == "draft":
            self.edit_version = latest.version
            self._show_version(latest, editing=can_draft)
        else:
            self.edit_version = latest.version + 1
            self._show_version(latest, editing=False)

    def _version_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.version_model.row_at(current.row())
        if row is None:
            return
        latest = self.versions[-1] if self.versions else None
        editable = (
            latest is not None
            and row.id == latest.id
            and row.state == "draft"
            and allowed(self.session.role, Action.ADVICE_DRAFT)
        )
        if editable:
            self.edit_version = row.version
        self._show_version(row, editing=editable)

    def _show_version(self, row: AdviceRow | None, *, editing: bool) -> None:
        self.shown = row
        self.editing = editing
        self._loading = True
        try:
            self._fill(row.outcome if row else {}, row.remark if row else "")
        finally:
            self._loading = False
        self._set_editable(editing)
        self._refresh()

    def _fill(self, outcome: dict[str, Any], remark: str) -> None:
        def pick(combo: QComboBox, value: Any) -> None:
            i = combo.findData(value)
            combo.setCurrentIndex(i if i >= 0 else 0)

        pick(self.decision_combo, outcome.get("decision"))
        self.exclusion_edit.setText(str(outcome.get("exclusion", "")))
        self.loading_spin.setValue(int(outcome.get("premium_loading_percent", 25)))
        self.postpone_spin.setValue(int(outcome.get("postpone_months", 6)))
        self.incapacity_spin.setValue(int(outcome.get("incapacity_percent", 0)))
        today = datetime.now(UTC).date()
        start = date.fromisoformat(str(outcome.get("period_start", today.isoformat())))
        self.start_edit.setDate(QDate(start.year, start.month, start.day))
        end_value = outcome.get("period_end")
        self.end_check.setChecked(bool(end_value))
        end = date.fromisoformat(str(end_value)) if end_value else today
        self.end_edit.setDate(QDate(end.year, end.month, end.day))
        pick(self.causal_combo, outcome.get("causal_relation"))
        pick(self.end_state_combo, outcome.get("end_state"))
        self.impairment_spin.setValue(int(outcome.get("impairment_percent", -1)))
        pick(self.next_step_combo, outcome.get("next_step"))
        self.remark_edit.setPlainText(remark)

    def _set_editable(self, editable: bool) -> None:
        for widget in (
            self.decision_combo,
            self.causal_combo,
            self.end_state_combo,
            self.next_step_combo,
            self.loading_spin,
            self.postpone_spin,
            self.incapacity_spin,
            self.impairment_spin,
            self.start_edit,
            self.end_check,
        ):
            widget.setEnabled(editable)
        self.exclusion_edit.setReadOnly(not editable)
        self.remark_edit.setReadOnly(not editable)
        # read-only text looks read-only: the window colour, not the white of a field to type in
        read_only = "" if editable else "background: palette(window); color: palette(window-text);"
        self.remark_edit.setStyleSheet(f"QPlainTextEdit {{ {read_only} }}" if read_only else "")
        self.exclusion_edit.setStyleSheet(f"QLineEdit {{ {read_only} }}" if read_only else "")
        self._apply_field_rules()

    def _apply_field_rules(self) -> None:
        """Which inputs matter for the chosen decision (the service checks the outcome itself)."""
        decision = self.decision_combo.currentData()
        self.exclusion_edit.setEnabled(decision == AcceptanceDecision.ACCEPT_EXCLUSION.value)
        self.loading_spin.setEnabled(self.editing and decision == AcceptanceDecision.ACCEPT_LOADING.value)
        self.postpone_spin.setEnabled(self.editing and decision == AcceptanceDecision.POSTPONE.value)
        self.end_edit.setEnabled(self.editing and self.end_check.isChecked())

    # -- the outcome and the preview ---------------------------------------------------------------

    def raw_outcome(self) -> dict[str, Any]:
        """The outcome as the editor holds it (only the fields that apply)."""
        if self.case_type is CaseType.ACCEPTANCE:
            decision = self.decision_combo.currentData()
            out: dict[str, Any] = {"decision": decision}
            if decision == AcceptanceDecision.ACCEPT_EXCLUSION.value:
                out["exclusion"] = self.exclusion_edit.text()
            elif decision == AcceptanceDecision.ACCEPT_LOADING.value:
                out["premium_loading_percent"] = self.loading_spin.value()
            elif decision == AcceptanceDecision.POSTPONE.value:
                out["postpone_months"] = self.postpone_spin.value()
            return out
        if self.case_type is CaseType.INCAPACITY:
            out = {
                "incapacity_percent": self.incapacity_spin.value(),
                "period_start": self.start_edit.date().toString("yyyy-MM-dd"),
            }
            if self.end_check.isChecked():
                out["period_end"] = self.end_edit.date().toString("yyyy-MM-dd")
            return out
        out = {
            "causal_relation": self.causal_combo.currentData(),
            "end_state": self.end_state_combo.currentData(),
            "next_step": self.next_step_combo.currentData(),
        }
        if self.impairment_spin.value() >= 0:
            out["impairment_percent"] = self.impairment_spin.value()
        return out

    def remark(self) -> str:
        return self.remark_edit.toPlainText()

    def preview_values(self) -> dict[str, Any]:
        """The export's fields as they would be now; what only exists later is marked as such."""
        # the preview shows the Dutch document, so its placeholders are Dutch too, in any interface language
        at_export = Pending("bij export")
        at_signing = Pending("bij ondertekening")
        signed = self.shown if (self.shown is not None and self.shown.state == "signed" and not self.editing) else None
        if self.editing:
            try:
                outcome: dict[str, Any] = check_outcome(self.case_type, self.raw_outcome())
            except MedunitError:
                outcome = {k: v for k, v in self.raw_outcome().items() if v not in ("", None)}
            version = self.edit_version
            remark = self.remark().strip()
        else:
            outcome = dict(self.shown.outcome) if self.shown else {}
            version = self.shown.version if self.shown else self.edit_version
            remark = self.shown.remark if self.shown else ""
        return {
            "export_id": at_export,
            "dossier_reference": self.reference or "",
            "case_type": self.case_type.value,
            "outcome": outcome,
            "remark": remark,
            "advisor_name": self.session.full_name(signed.signed_by or "") if signed else at_signing,
            "advisor_big": signed.signed_big if signed else at_signing,
            "signed_at": signed.signed_at if signed else at_signing,
            "advice_version": version,
            "exported_at": at_export,
        }

    def _edited(self, *_args: object) -> None:
        if self._loading:
            return
        self._apply_field_rules()
        self._refresh()

    def _refresh(self) -> None:
        """Counter, preview, state text and buttons after every change."""
        n = len(self.remark().strip())
        self.counter.setText(self.tr("%1 / %2 characters").replace("%1", str(n)).replace("%2", str(MAX_REMARK)))
        self.counter.setStyleSheet("QLabel { color: #b00020; font-weight: bold; }" if n > MAX_REMARK else "")
        self.preview_model.set_values(self.preview_values())
        self.preview_table.resizeRowsToContents()
        problem = ""
        if self.editing:
            try:
                check_outcome(self.case_type, self.raw_outcome())
            except MedunitError as exc:
                problem = error_text(exc)
            if n > MAX_REMARK:
                problem = self.tr("The remark is %1 characters too long.").replace("%1", str(n - MAX_REMARK))
        if problem:
            self.preview_note.show_error(self.tr("Not complete yet: %1").replace("%1", problem))
        else:
            self.preview_note.clear_message()
        self._check_leaks()
        self.state_label.setText(self._state_text())
        self._update_actions()

    def _check_leaks(self) -> None:
        """The live leak check: underline in the remark, list beside it (remark and exclusion)."""
        self.findings = []
        if self.checker is not None and self.editing:
            exclusion = self.exclusion_edit.text() if self.exclusion_edit.isEnabled() else ""
            self.findings = self.checker.find(f"{self.remark()}\n{exclusion}")
        wanted = self.checker if self.editing else None
        if self.highlighter.checker is not wanted:
            # a new case or the editing state changed; typing re-highlights the changed block by itself.
            # rehighlight() touches the document, which reports a change: do not take it for an edit
            self.highlighter.checker = wanted
            loading, self._loading = self._loading, True
            try:
                self.highlighter.rehighlight()
            finally:
                self._loading = loading
        self.leak_list.clear()
        for leak in self.findings:
            self.leak_list.addItem(
                self.tr("%1 — %2").replace("%1", leak.word).replace("%2", leak_reason_name(leak.reason))
            )
        self.leak_list.setVisible(bool(self.findings))
        self.leak_label.setVisible(self.editing and self.checker is not None)
        if self.findings:
            self.leak_label.setText(
                self.tr(
                    "Leak check: %n word(s) may be health data. Rephrase, or confirm them when signing.",
                    None,
                    len(self.findings),
                )
            )
            self.leak_label.setStyleSheet("QLabel { color: #b00020; }")
        else:
            self.leak_label.setText(self.tr("Leak check: no words that look like health data."))
            self.leak_label.setStyleSheet("QLabel { color: #1b6e20; }")

    def _state_text(self) -> str:
        latest = self.versions[-1] if self.versions else None
        if not allowed(self.session.role, Action.ADVICE_DRAFT):
            prefix = self.tr("Only a medical advisor drafts and signs advice. ")
        else:
            prefix = ""
        if self.editing and latest is not None and latest.state == "signed":
            return (
                self.tr(
                    "You are editing version %1, an amendment of signed version %2. Saving creates the new version; "
                    "version %2 stays as it was signed."
                )
                .replace("%1", str(self.edit_version))
                .replace("%2", str(latest.version))
            )
        if self.shown is None:
            return prefix + self.tr("No advice yet. Saving makes version 1, a draft.")
        if self.shown.state == "signed":
            later = next((v for v in self.versions if v.version > self.shown.version and v.state == "signed"), None)
            if later is not None:
                return prefix + self.tr("Version %1 was signed by %2 on %3 and was replaced by version %4.").replace(
                    "%1", str(self.shown.version)
                ).replace("%2", self.session.full_name(self.shown.signed_by or "")).replace(
                    "%3", local_date_time(self.shown.signed_at or "")
                ).replace("%4", str(later.version))
            return prefix + self.tr(
                "Version %1 was signed by %2 on %3 and is final. Changing it makes a new version (Amend)."
            ).replace("%1", str(self.shown.version)).replace(
                "%2", self.session.full_name(self.shown.signed_by or "")
            ).replace("%3", local_date_time(self.shown.signed_at or ""))
        return prefix + self.tr(
            "Version %1 is a draft: nothing reaches the case handler until it is signed and exported."
        ).replace("%1", str(self.shown.version))

    def _update_actions(self) -> None:
        latest = self.versions[-1] if self.versions else None
        has_case = self.reference is not None
        self.save_button.setEnabled(has_case and self.editing)
        self.sign_button.setEnabled(has_case and self.editing)
        self.amend_button.setEnabled(has_case and not self.editing and latest is not None and latest.state == "signed")
        can_export = any(v.state == "signed" for v in self.versions) and self.export_worker is None
        self.export_button.setEnabled(has_case and can_export)
        self.export_to_button.setEnabled(has_case and can_export)

    # -- actions ---------------------------------------------------------------------------------

    def amend(self) -> None:
        """Edit the signed latest version's values as the next version (saved only on "Save draft")."""
        if not self.versions or not allowed(self.session.role, Action.ADVICE_DRAFT):
            return
        latest = self.versions[-1]
        self.edit_version = latest.version + 1 if latest.state == "signed" else latest.version
        self.editing = True
        self._set_editable(True)
        self._refresh()
        self.remark_edit.setFocus()

    def save_draft(self, *, reload: bool = True) -> bool:
        """Save the editor as the draft. ``reload=False`` (just before signing) keeps what is shown: the
        signing returns the final row, so the versions are not read (and logged) twice."""
        if self.reference is None:
            return False
        self.message.clear_message()
        try:
            result = advice.draft_advice(
                self.session, self.reference, self.raw_outcome(), self.remark(), seen=self.seen
            )
        except RowChangedError as exc:
            self.conflict_bar.show_conflict(exc)  # the editor keeps what was typed
            return False
        except MedunitError as exc:
            self.message.show_error(error_text(exc))
            return False
        self.conflict_bar.clear()
        self.seen = result.seen
        self.edit_version = result.version
        if reload:
            self.reload()
        self.message.show_info(self.tr("Draft version %1 was saved.").replace("%1", str(result.version)))
        return True

    def ask_sign(self) -> SignDialog | None:
        """Save the editor as the draft, then sign it (name and BIG number from the profile; open leak-check
        findings need a confirmation in the dialog)."""
        if self.reference is None or not self.save_draft(reload=False):
            return None
        dialog = SignDialog(self.session, self.reference, self.edit_version, list(self.findings), self, seen=self.seen)
        dialog.accepted.connect(lambda: self._signed(dialog.signed))
        dialog.rejected.connect(lambda: self._sign_refused(dialog))
        open_modal(self, "sign_dialog", dialog)
        return dialog

    def sign(self, confirm_findings: list[str] | None = None) -> bool:
        """Sign the current draft directly (no dialog); a refusal shows in the tab."""
        if self.reference is None:
            return False
        self.message.clear_message()
        try:
            row = advice.sign_advice(
                self.session, self.reference, confirm_findings=confirm_findings or [], seen=self.seen
            )
        except RowChangedError as exc:
            self.conflict_bar.show_conflict(exc)
            return False
        except MedunitError as exc:
            self.message.show_error(error_text(exc))
            return False
        self._signed(row)
        return True

    def _sign_refused(self, dialog: SignDialog) -> None:
        if dialog.conflict is not None:
            self.conflict_bar.show_conflict(dialog.conflict)

    def reload_after_conflict(self) -> None:
        """Show the other person's version in the editor and what this user typed beside it (to put back
        or copy from); nothing typed is lost."""
        typed, self._unsaved_outcome = self.remark(), self.raw_outcome()
        self.conflict_bar.clear()
        self.reload()
        if typed.strip() and typed != self.remark():
            self.unsaved.show_text(typed, can_restore=self._can_draft())
        elif self._unsaved_outcome != self.raw_outcome() and self._can_draft():
            self.unsaved.show_text(typed, can_restore=True)  # only the outcome differed: still offer it back
        self.message.show_info(self.tr("Reloaded: the editor shows the latest version."))

    def _can_draft(self) -> bool:
        return self.reference is not None and allowed(self.session.role, Action.ADVICE_DRAFT)

    def restore_unsaved(self) -> None:
        """Put the unsaved text (and outcome) back into the editor, as the next draft if the other person
        signed meanwhile; saving it names the version just reloaded."""
        if not self._can_draft():
            return
        if not self.editing:
            self.amend()
        self._loading = True
        try:
            self._fill(self._unsaved_outcome, self.unsaved.text())
        finally:
            self._loading = False
        self.unsaved.clear()
        self._refresh()
        self.remark_edit.setFocus()

    def _signed(self, row: AdviceRow | None) -> None:
        if row is not None:
            # the service returned the signed version: show it without reading the versions again
            self.versions = [v for v in self.versions if v.version != row.version] + [row]
            self._show_versions()
            self.message.show_info(
                self.tr("Version %1 was signed. It can now be exported.").replace("%1", str(row.version))
            )
        self.signed.emit()

    def choose_export_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the advice export"))
        if folder:
            self.start_export(Path(folder))

    def start_export(self, folder: Path | None) -> None:
        """Export off the GUI thread. Words confirmed at signing pass; only a version signed without the
        check (by the CLI) can still meet findings here, and then the leak dialog asks."""
        if self.reference is None:
            return
        self.message.clear_message()
        self.run_export(folder, confirm=False)

    def _ask_leaks(self, folder: Path | None) -> None:
        if self.reference is None:
            return
        try:
            findings = exports.leak_findings(self.session, self.reference)
        except MedunitError as exc:
            self.message.show_error(error_text(exc))
            return
        dialog = LeakDialog(findings, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(lambda _r: self._leak_choice(dialog.choice, folder))
        dialog.finished.connect(dialog.deleteLater)
        self.leak_dialog = dialog
        dialog.open()

    def _leak_choice(self, choice: int, folder: Path | None) -> None:
        self.leak_dialog = None
        if choice == LeakDialog.EXPORT_ANYWAY:
            self.run_export(folder, confirm=True)
            return
        self.message.show_info(self.tr("Nothing was exported. Adjust the remark, then sign and export again."))
        if choice == LeakDialog.ADJUST:
            self.amend()

    def run_export(self, folder: Path | None, *, confirm: bool) -> None:
        if self.reference is None:
            return
        session, reference = self.session, self.reference
        target = folder or session.policy.export_folder
        self.message.show_info(self.tr("Exporting to %1…").replace("%1", str(target)))

        def work(_progress: workers.Progress) -> ExportResult:
            # None: the policy's folder, which the service creates owner-only on first use
            return exports.export_advice(session, reference, folder, confirm_findings=confirm)

        self.export_worker = workers.start(work, self._exported, lambda exc: self._export_failed(exc, folder))
        self._update_actions()

    def _exported(self, result: object) -> None:
        self.export_worker = None
        assert isinstance(result, ExportResult)
        self.last_export = result
        self._update_actions()
        text = (
            self.tr("Exported to the folder %1: %2 and %3")
            .replace("%1", str(result.json_path.parent))
            .replace("%2", result.json_path.name)
            .replace("%3", result.pdf_path.name)
        )
        if result.findings_confirmed:
            text += " " + self.tr("(confirmed words: %1)").replace("%1", ", ".join(result.findings_confirmed))
        self.message.show_info(text)
        self.open_folder_button.setVisible(True)
        self.open_folder_button.setFocus()

    def open_export_folder(self) -> bool:
        """Open the folder of the last export in the desktop's file manager."""
        if self.last_export is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_export.json_path.parent)))

    def _export_failed(self, exc: BaseException, folder: Path | None = None) -> None:
        self.export_worker = None
        self._update_actions()
        if isinstance(exc, LeakFindingsError):
            self._ask_leaks(folder)
            return
        if isinstance(exc, OSError):
            self.message.show_error(self.tr("The export folder cannot be used: %1").replace("%1", exc.strerror or ""))
            return
        self.message.show_error(error_text(exc))

    # -- session ---------------------------------------------------------------------------------

    def close_dialogs(self) -> None:
        for dialog in (self.sign_dialog, self.leak_dialog):
            if dialog is not None:
                dialog.reject()

    def clear(self) -> None:
        self.set_case(None)

    def set_session(self, session: Session) -> None:
        self.session = session
        self.version_model.full_name = session.full_name
        self.apply_role()
        self._refresh()

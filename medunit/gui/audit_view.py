"""The privacy officer's view: the access log with filters, the chain status and a CSV export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from medunit.domain.permissions import Action, allowed
from medunit.errors import MedunitError
from medunit.gui import workers
from medunit.gui.messages import error_text
from medunit.gui.models import AccessLogModel
from medunit.gui.widgets import HINT_STYLE, GuardedTableView, MessageLabel
from medunit.services import admin, audit
from medunit.services.audit import LogFilter
from medunit.services.session import Session


class AccessLogView(QWidget):
    """Filters over ``audit.entries``; newest entries first."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = AccessLogModel(self)
        self.model.full_name = session.full_name
        self.export_worker: workers.Worker | None = None
        self.last_export: Path | None = None

        self.chain_label = QLabel(self)
        self.chain_label.setObjectName("chainLabel")
        self.chain_label.setTextFormat(Qt.TextFormat.PlainText)
        self.verify_button = QPushButton(self.tr("&Verify chain"), self)
        self.verify_button.clicked.connect(self.verify)

        self.person_edit = QLineEdit(self)
        self.person_edit.setObjectName("personFilter")
        self.person_edit.setPlaceholderText(self.tr("e.g. P-000101 or a case reference"))
        self.person_edit.setClearButtonEnabled(True)
        self.user_combo = QComboBox(self)
        self.user_combo.setObjectName("userFilter")
        self.user_combo.setEditable(True)
        self.user_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.user_combo.setMinimumContentsLength(14)
        self.since_check = QCheckBox(self.tr("&From:"), self)
        self.since_edit = QDateEdit(QDate.currentDate().addDays(-30), self)
        self.until_check = QCheckBox(self.tr("&Until:"), self)
        self.until_edit = QDateEdit(QDate.currentDate(), self)
        for edit in (self.since_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
        self.since_check.toggled.connect(self.since_edit.setEnabled)
        self.until_check.toggled.connect(self.until_edit.setEnabled)
        self.refused_check = QCheckBox(self.tr("&Refused only"), self)
        self.refused_check.setObjectName("refusedOnly")
        self.emergency_check = QCheckBox(self.tr("&Break the glass only"), self)
        self.emergency_check.setObjectName("emergencyOnly")
        self.apply_button = QPushButton(self.tr("&Apply"), self)
        self.apply_button.setObjectName("applyFilter")
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.refresh)
        self.person_edit.returnPressed.connect(self.refresh)
        self.refused_check.toggled.connect(self.refresh)
        self.emergency_check.toggled.connect(self.refresh)
        self.export_button = QPushButton(self.tr("&Export CSV…"), self)
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self.choose_export)
        self.export_button.setVisible(allowed(session.role, Action.AUDIT_EXPORT))

        person_label = QLabel(self.tr("&Person/case:"), self)
        person_label.setBuddy(self.person_edit)
        user_label = QLabel(self.tr("U&ser:"), self)
        user_label.setBuddy(self.user_combo)
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.addWidget(person_label, 0, 0)
        grid.addWidget(self.person_edit, 0, 1)
        grid.addWidget(user_label, 0, 2)
        grid.addWidget(self.user_combo, 0, 3)
        grid.addWidget(self.since_check, 0, 4)
        grid.addWidget(self.since_edit, 0, 5)
        grid.addWidget(self.until_check, 0, 6)
        grid.addWidget(self.until_edit, 0, 7)
        grid.addWidget(self.refused_check, 1, 1)
        grid.addWidget(self.emergency_check, 1, 3)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.export_button)
        grid.addLayout(buttons, 1, 4, 1, 4)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 1)

        self.table = GuardedTableView(None, self)
        self.table.setObjectName("logTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Access log"))
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet(HINT_STYLE)
        self.message = MessageLabel(self)

        chain_row = QHBoxLayout()
        chain_row.addWidget(self.chain_label, 1)
        chain_row.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(chain_row)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        for first, second in (
            (self.person_edit, self.user_combo),
            (self.user_combo, self.since_check),
            (self.since_check, self.since_edit),
            (self.since_edit, self.until_check),
            (self.until_check, self.until_edit),
            (self.until_edit, self.refused_check),
            (self.refused_check, self.emergency_check),
            (self.emergency_check, self.apply_button),
            (self.apply_button, self.export_button),
            (self.export_button, self.table),
        ):
            self.setTabOrder(first, second)
        self.reload()

    # -- loading -------------------------------------------------------------------------------

    def reload(self) -> None:
        self._fill_users()
        self.verify()
        self.refresh()

    def _fill_users(self) -> None:
        current = self.user_combo.currentText()
        self.user_combo.clear()
        self.user_combo.addItem("")
        if allowed(self.session.role, Action.USER_LIST):
            try:
                users = admin.list_users(self.session)
            except MedunitError as exc:
                self.message.show_error(error_text(exc))
                users = []
            for user in users:
                self.user_combo.addItem(user.full_name, user.name)
        self.user_combo.setCurrentText(current)

    def _chosen_user(self) -> str | None:
        """The user name of the chosen entry (shown by display name), or what was typed."""
        index = self.user_combo.currentIndex()
        if index >= 0 and self.user_combo.itemText(index) == self.user_combo.currentText():
            data = self.user_combo.itemData(index)
            if data:
                return str(data)
        return self.user_combo.currentText().strip() or None

    def current_filter(self) -> LogFilter:
        text = self.person_edit.text().strip()
        person_ref: str | None = None
        case_refs: tuple[str, ...] = ()
        if text:
            # a person reference (P-…) or a case reference: the log names both
            person_ref, case_refs = (text, ()) if text.upper().startswith("P-") else (None, (text,))
        since = self.since_edit.date().toString("yyyy-MM-dd") if self.since_check.isChecked() else None
        until = self.until_edit.date().addDays(1).toString("yyyy-MM-dd") if self.until_check.isChecked() else None
        return LogFilter(
            person_ref=person_ref,
            case_refs=case_refs,
            user=self._chosen_user(),
            since=since,
            until=until,
            refused_only=self.refused_check.isChecked(),
            emergency_only=self.emergency_check.isChecked(),
        )

    def refresh(self) -> None:
        self.message.clear_message()
        try:
            found = audit.entries(self.session, self.current_filter())
        except MedunitError as exc:
            self.message.show_error(error_text(exc))
            return
        self.model.set_rows(list(reversed(found)))
        self.count_label.setText(self.tr("%n entry(s), newest first", None, len(found)))

    def verify(self) -> None:
        try:
            report = audit.verify_log(self.session)
        except MedunitError as exc:
            self.chain_label.setStyleSheet("QLabel { color: #b00020; font-weight: bold; }")
            self.chain_label.setText(error_text(exc))
            return
        if report.ok:
            self.chain_label.setStyleSheet("QLabel { color: #1b6e20; font-weight: bold; }")
            self.chain_label.setText(self.tr("Chain intact (%n entry(s))", None, report.entries))
        else:
            self.chain_label.setStyleSheet("QLabel { color: #b00020; font-weight: bold; }")
            self.chain_label.setText(self.tr("Chain broken: %1").replace("%1", report.problem))

    # -- export --------------------------------------------------------------------------------

    def choose_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export access log"), "access-log.csv", self.tr("CSV files (*.csv)")
        )
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> None:
        """Write the filtered log to ``path`` off the GUI thread; the result shows in the view."""
        flt = self.current_filter()
        session = self.session
        self.export_button.setEnabled(False)
        self.message.show_info(self.tr("Exporting to %1…").replace("%1", str(path)))

        def work(_progress: workers.Progress) -> int:
            return audit.export_csv(session, path, flt)

        self.export_worker = workers.start(work, lambda n: self._exported(path, n), self._export_failed)

    def _exported(self, path: Path, count: object) -> None:
        self.export_worker = None
        self.export_button.setEnabled(True)
        self.last_export = path
        n = int(count) if isinstance(count, int) else 0
        self.message.show_info(self.tr("%n entry(s) exported to %1.", None, n).replace("%1", str(path)))

    def _export_failed(self, exc: BaseException) -> None:
        self.export_worker = None
        self.export_button.setEnabled(True)
        self.message.show_error(error_text(exc))

    # -- session -------------------------------------------------------------------------------

    def lock(self) -> None:
        self.model.clear()
        self.chain_label.clear()
        self.count_label.clear()

    def set_session(self, session: Session) -> None:
        self.session = session
        self.model.full_name = session.full_name
        self.export_button.setVisible(allowed(session.role, Action.AUDIT_EXPORT))
        self.reload()

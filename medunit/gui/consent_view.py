"""Consent (toestemming) of the open case: the consent wizard and the consent tab.

The consent wizard records the person's permission before anyone is asked; the information requests that
rely on a consent live in ``request_view``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from medunit.domain.consent import Addressee, Category, Method
from medunit.domain.permissions import Action, allowed
from medunit.errors import MedunitError, RowChangedError
from medunit.gui.clipboard import ClipboardGuard
from medunit.gui.labels import category_name, method_name
from medunit.gui.messages import error_text
from medunit.gui.models import ConsentTableModel
from medunit.gui.widgets import GuardedTableView, MessageLabel, heading, hint, open_modal
from medunit.services import consents, records
from medunit.services.session import Session


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


# -- the consent wizard -----------------------------------------------------------------------------------


class _AddresseePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Who may be asked"))
        self.setSubTitle(self.tr("The doctor or institution the person allows the unit to ask, for this case only."))
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("addresseeName")
        self.institution_edit = QLineEdit(self)
        self.institution_edit.setObjectName("addresseeInstitution")
        self.specialism_edit = QLineEdit(self)
        self.specialism_edit.setObjectName("addresseeSpecialism")
        self.specialism_edit.setPlaceholderText(self.tr("e.g. general practitioner, orthopaedics"))
        self.agb_edit = QLineEdit(self)
        self.agb_edit.setObjectName("addresseeAgb")
        self.agb_edit.setPlaceholderText(self.tr("8 digits (optional)"))
        self.agb_edit.setMaxLength(8)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Institution:"), self.institution_edit)
        form.addRow(self.tr("&Specialism:"), self.specialism_edit)
        form.addRow(self.tr("&AGB code:"), self.agb_edit)
        self.name_edit.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self.name_edit.text().strip())

    def addressee(self) -> Addressee:
        return Addressee(
            self.name_edit.text().strip(),
            self.institution_edit.text().strip(),
            self.specialism_edit.text().strip(),
            self.agb_edit.text().strip() or None,
        )


class _CategoriesPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Which information"))
        self.setSubTitle(self.tr("Tick only what the person consented to; the request may ask for nothing else."))
        self.checks: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        for category in Category:
            check = QCheckBox(category_name(category.value), self)
            check.setObjectName(f"category-{category.value}")
            check.toggled.connect(self.completeChanged)
            self.checks[category.value] = check
            layout.addWidget(check)
        layout.addStretch(1)

    def isComplete(self) -> bool:
        return bool(self.categories())

    def categories(self) -> tuple[str, ...]:
        return tuple(value for value, check in self.checks.items() if check.isChecked())


class _EvidencePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("How it was obtained"))
        self.setSubTitle(self.tr("A signed form is kept as a scan in the case; a digital consent by its reference."))
        self.scan_path: Path | None = None
        self.signed_radio = QRadioButton(method_name(Method.SIGNED_FORM.value), self)
        self.signed_radio.setObjectName("methodSigned")
        self.digital_radio = QRadioButton(method_name(Method.DIGITAL.value), self)
        self.digital_radio.setObjectName("methodDigital")
        group = QButtonGroup(self)
        group.addButton(self.signed_radio)
        group.addButton(self.digital_radio)
        self.signed_radio.setChecked(True)
        self.scan_label = QLabel(self.tr("No scan chosen"), self)
        self.scan_label.setObjectName("scanLabel")
        self.scan_label.setWordWrap(True)
        self.scan_button = QPushButton(self.tr("Choose &scan…"), self)
        self.scan_button.setObjectName("chooseScanButton")
        self.scan_button.clicked.connect(self.choose_scan)
        self.reference_edit = QLineEdit(self)
        self.reference_edit.setObjectName("digitalReference")
        self.reference_edit.setPlaceholderText(self.tr("e.g. the portal's consent number"))
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan_label, 1)
        scan_row.addWidget(self.scan_button)
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        grid.addWidget(self.signed_radio, 0, 0)
        grid.addLayout(scan_row, 0, 1)
        grid.addWidget(self.digital_radio, 1, 0)
        grid.addWidget(self.reference_edit, 1, 1)
        grid.setRowStretch(2, 1)
        for widget in (self.signed_radio, self.digital_radio):
            widget.toggled.connect(self._method_changed)
        self.reference_edit.textChanged.connect(self.completeChanged)
        self._method_changed()

    def method(self) -> str:
        return Method.SIGNED_FORM.value if self.signed_radio.isChecked() else Method.DIGITAL.value

    def _method_changed(self) -> None:
        signed = self.signed_radio.isChecked()
        self.scan_button.setEnabled(signed)
        self.scan_label.setEnabled(signed)
        self.reference_edit.setEnabled(not signed)
        self.completeChanged.emit()

    def choose_scan(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Scan of the signed form"), "", self.tr("PDF and images (*.pdf *.png *.jpg *.jpeg)")
        )
        if path:
            self.set_scan(Path(path))

    def set_scan(self, path: Path) -> None:
        self.scan_path = path
        self.scan_label.setText(path.name)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        if self.signed_radio.isChecked():
            return self.scan_path is not None
        return bool(self.reference_edit.text().strip())


class _PeriodPage(QWizardPage):
    def __init__(self, validity_days: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Period"))
        self.setSubTitle(self.tr("When the person gave consent and until when it is valid."))
        self.validity_days = validity_days
        today = datetime.now(UTC).date()
        self.obtained_edit = QDateEdit(self)
        self.obtained_edit.setObjectName("obtainedEdit")
        self.obtained_edit.setCalendarPopup(True)
        self.obtained_edit.setDisplayFormat("yyyy-MM-dd")
        self.obtained_edit.setMaximumDate(_qdate(today))
        self.obtained_edit.setDate(_qdate(today))
        self.until_edit = QDateEdit(self)
        self.until_edit.setObjectName("validUntilEdit")
        self.until_edit.setCalendarPopup(True)
        self.until_edit.setDisplayFormat("yyyy-MM-dd")
        self.until_edit.setMinimumDate(_qdate(today + timedelta(days=1)))
        self.until_edit.setDate(_qdate(today + timedelta(days=validity_days)))
        self.default_hint = hint(
            self.tr("The policy's default validity is %1 days from the day it was obtained.").replace(
                "%1", str(validity_days)
            ),
            self,
        )
        self.summary = QLabel(self)
        self.summary.setObjectName("consentSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.message = MessageLabel(self)
        form = QFormLayout()
        form.addRow(self.tr("&Obtained on:"), self.obtained_edit)
        form.addRow(self.tr("&Valid until:"), self.until_edit)
        form.addRow("", self.default_hint)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(heading(self.tr("To be recorded"), self, 1.0))
        layout.addWidget(self.summary)
        layout.addStretch(1)
        layout.addWidget(self.message)
        self.obtained_edit.dateChanged.connect(self._obtained_changed)
        self._until_touched = False
        self.until_edit.dateChanged.connect(lambda _d: setattr(self, "_until_touched", True))

    def _obtained_changed(self, qd: QDate) -> None:
        if not self._until_touched:
            self.until_edit.blockSignals(True)
            self.until_edit.setDate(_qdate(_pydate(qd) + timedelta(days=self.validity_days)))
            self.until_edit.blockSignals(False)

    def obtained_at(self) -> datetime:
        """Today: the current moment; an earlier day: noon (UTC) of that day."""
        day = _pydate(self.obtained_edit.date())
        now = datetime.now(UTC)
        return now if day >= now.date() else datetime.combine(day, time(12), UTC)

    def valid_until(self) -> datetime:
        return datetime.combine(_pydate(self.until_edit.date()), time(23, 59, 59), UTC)


class ConsentWizard(QWizard):
    """Records a consent in four steps; the last step calls the service (a refusal stays on that step).
    A signed form's scan is stored as an attachment of the case first and referenced as the evidence."""

    def __init__(self, session: Session, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.reference = reference
        self.consent_id: int | None = None
        self.evidence_id: int | None = None
        self._evidence_path: Path | None = None
        self.setWindowTitle(self.tr("Record consent — %1").replace("%1", reference))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(620, 460)
        self.addressee_page = _AddresseePage(self)
        self.categories_page = _CategoriesPage(self)
        self.evidence_page = _EvidencePage(self)
        self.period_page = _PeriodPage(int(session.policy.get("consent.default_validity_days")), self)
        for page in (self.addressee_page, self.categories_page, self.evidence_page, self.period_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Record consent"))
        self.currentIdChanged.connect(self._page_changed)

    def _page_changed(self, _page_id: int) -> None:
        if self.currentPage() is self.period_page:
            self.period_page.summary.setText(self.summary_text())

    def summary_text(self) -> str:
        a = self.addressee_page.addressee()
        lines = [
            self.tr("Addressee: %1").replace("%1", a.label() + (f" · AGB {a.agb_code}" if a.agb_code else "")),
            self.tr("Information: %1").replace(
                "%1", ", ".join(category_name(c) for c in self.categories_page.categories())
            ),
            self.tr("Obtained as: %1").replace("%1", method_name(self.evidence_page.method())),
            self.tr("For case %1 only.").replace("%1", self.reference),
        ]
        return "\n".join(lines)

    def validateCurrentPage(self) -> bool:
        if self.currentPage() is not self.period_page:
            return super().validateCurrentPage()
        return self.record()

    def record(self) -> bool:
        """Store the scan (once) and record the consent; a refusal shows on the last step."""
        page = self.period_page
        page.message.clear_message()
        method = self.evidence_page.method()
        evidence: int | None = None
        if method == Method.SIGNED_FORM.value:
            scan = self.evidence_page.scan_path
            if scan is not None and (self.evidence_id is None or self._evidence_path != scan):
                try:
                    with scan.open("rb") as stream:
                        info = records.add_attachment(self.session, self.reference, scan.name, stream)
                except MedunitError as exc:
                    page.message.show_error(error_text(exc))
                    return False
                except OSError as exc:
                    page.message.show_error(
                        self.tr("Cannot read %1: %2").replace("%1", scan.name).replace("%2", exc.strerror or "")
                    )
                    return False
                self.evidence_id, self._evidence_path = info.id, scan
            evidence = self.evidence_id
        try:
            self.consent_id = consents.record_consent(
                self.session,
                self.reference,
                self.addressee_page.addressee(),
                self.categories_page.categories(),
                method,
                evidence_attachment_id=evidence,
                digital_reference=self.evidence_page.reference_edit.text().strip() or None
                if method == Method.DIGITAL.value
                else None,
                obtained_at=page.obtained_at(),
                valid_until=page.valid_until(),
            )
        except MedunitError as exc:
            page.message.show_error(error_text(exc))
            return False
        return True


# -- the consent tab --------------------------------------------------------------------------------------


class ConsentTab(QWidget):
    """The case's consents with their status and events; record (wizard) and withdraw (confirmed)."""

    # emitted after consent was recorded or withdrawn (requests depend on it)
    changed = Signal()

    def __init__(self, session: Session, guard: ClipboardGuard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.reference: str | None = None
        self.wizard: ConsentWizard | None = None
        self.confirm_box: QMessageBox | None = None
        self.model = ConsentTableModel(self)
        self.model.full_name = self.session.full_name
        self.table = GuardedTableView(guard, self)
        self.table.setObjectName("consentTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Consents"))
        self.table.fill_column = 1
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.record_button = QPushButton(self.tr("&Record consent…"), self)
        self.record_button.setObjectName("recordConsentButton")
        self.record_button.clicked.connect(self.open_wizard)
        self.withdraw_button = QPushButton(self.tr("&Withdraw…"), self)
        self.withdraw_button.setObjectName("withdrawConsentButton")
        self.withdraw_button.clicked.connect(self.ask_withdraw)
        self.message = MessageLabel(self)
        explanation = hint(
            self.tr(
                "A doctor or institution is asked for information only with the person's prior consent for this "
                "case. A withdrawal is recorded as an event; the consent itself is never changed."
            ),
            self,
        )
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Consents"), self, 1.05))
        top.addStretch(1)
        top.addWidget(self.record_button)
        top.addWidget(self.withdraw_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 8, 6, 6)
        layout.addLayout(top)
        layout.addWidget(explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.apply_role()

    def apply_role(self) -> None:
        can_write = allowed(self.session.role, Action.CONSENT_WRITE)
        self.record_button.setVisible(can_write)
        self.withdraw_button.setVisible(can_write)
        self._selected(self.table.currentIndex(), QModelIndex())

    def set_case(self, reference: str | None) -> None:
        self.reference = reference
        self.message.clear_message()
        self.reload()

    def reload(self) -> None:
        if self.reference is None:
            self.model.clear()
            return
        try:
            rows = consents.consents(self.session, self.reference)
        except MedunitError as exc:
            self.model.clear()
            self.message.show_error(error_text(exc))
            return
        self.model.set_rows(rows)
        if rows:
            self.table.setCurrentIndex(self.model.index(len(rows) - 1, 0))
        self._selected(self.table.currentIndex(), QModelIndex())

    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        view = self.model.row_at(current.row())
        self.withdraw_button.setEnabled(view is not None and view.status == "active")

    def open_wizard(self, parent: QWidget | None = None) -> ConsentWizard | None:
        """The consent wizard, window-modal over ``parent`` (default: this tab's window)."""
        if self.reference is None:
            return None
        wizard = ConsentWizard(self.session, self.reference, parent or self)
        wizard.accepted.connect(lambda: self._recorded(wizard.consent_id))
        open_modal(self, "wizard", wizard)
        return wizard

    def _recorded(self, consent_id: int | None) -> None:
        self.reload()
        self.message.show_info(self.tr("Consent %1 was recorded.").replace("%1", str(consent_id)))
        self.changed.emit()

    def ask_withdraw(self) -> None:
        view = self.model.row_at(self.table.currentIndex().row())
        if view is None:
            self.message.show_error(self.tr("Choose a consent in the list first."))
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Withdraw consent"))
        box.setText(
            self.tr("Withdraw consent %1 for %2?")
            .replace("%1", str(view.grant.id))
            .replace("%2", view.grant.addressee.label())
        )
        box.setInformativeText(
            self.tr(
                "Record this only when the person withdrew it. Drafts that rely on it can no longer be sent; "
                "requests already sent are flagged. This cannot be undone."
            )
        )
        yes = box.addButton(self.tr("&Withdraw"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        seen = len(view.events)
        box.buttonClicked.connect(lambda button: self.withdraw(view.grant.id, seen) if button is yes else None)
        box.finished.connect(lambda _r: setattr(self, "confirm_box", None))
        self.confirm_box = box
        box.open()

    def withdraw(self, consent_id: int, seen_events: int | None = None) -> bool:
        """Withdraw the consent as the user saw it (``seen_events``: its events then); if it changed
        meanwhile (withdrawn by someone else, expired) the list is read again and the message says who and
        when."""
        if self.reference is None:
            return False
        try:
            consents.withdraw_consent(self.session, self.reference, consent_id, seen_events=seen_events)
        except RowChangedError as exc:
            self.reload()
            self.message.show_error(error_text(exc))
            return False
        except MedunitError as exc:
            self.message.show_error(error_text(exc))
            return False
        self.reload()
        self.message.show_info(self.tr("Consent %1 was withdrawn.").replace("%1", str(consent_id)))
        self.changed.emit()
        return True

    def close_dialogs(self) -> None:
        if self.wizard is not None:
            self.wizard.reject()
        if self.confirm_box is not None:
            self.confirm_box.reject()

    def set_session(self, session: Session) -> None:
        self.session = session
        self.apply_role()

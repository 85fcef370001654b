"""Consent (toestemming) and doctor information requests (informatieverzoeken) of the open case.

The consent wizard records the person's permission before anyone is asked; the request composer offers
only addressees a consent covers right now (``consents.covered_addressees``) and never lets the user type
one. Sending writes the letter PDF (a plaintext document) into a folder the user chooses, off the GUI
thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from medunit.domain.consent import Addressee, Category, ConsentGrant, Method
from medunit.domain.permissions import Action, allowed
from medunit.errors import MedunitError
from medunit.gui import workers
from medunit.gui.clipboard import ClipboardGuard
from medunit.gui.messages import error_text
from medunit.gui.models import (
    ConsentTableModel,
    RequestTableModel,
    category_name,
    method_name,
)
from medunit.gui.widgets import GuardedTableView, GuardedTextView, MessageLabel, heading, hint, open_modal
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
        self.table = GuardedTableView(guard, self)
        self.table.setObjectName("consentTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Consents"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
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
        box.buttonClicked.connect(lambda button: self.withdraw(view.grant.id) if button is yes else None)
        box.finished.connect(lambda _r: setattr(self, "confirm_box", None))
        self.confirm_box = box
        box.open()

    def withdraw(self, consent_id: int) -> bool:
        if self.reference is None:
            return False
        try:
            consents.withdraw_consent(self.session, self.reference, consent_id)
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


# -- requests ---------------------------------------------------------------------------------------------


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

    def __init__(self, session: Session, reference: str, request_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.reference = reference
        self.request_id = request_id
        self.entry_id: int | None = None
        self.setWindowTitle(self.tr("Answer to request %1").replace("%1", str(request_id)))
        self.setMinimumSize(560, 340)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("answerEdit")
        self.text_edit.setTabChangesFocus(True)
        label = QLabel(self.tr("&Answer (filed as a health entry of the case):"), self)
        label.setBuddy(self.text_edit)
        self.message = MessageLabel(self)
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
        layout.addWidget(buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)
        self.text_edit.setFocus()

    def save(self) -> None:
        self.message.clear_message()
        try:
            self.entry_id = consents.answer_request(
                self.session, self.reference, self.request_id, self.text_edit.toPlainText()
            )
        except MedunitError as exc:
            self.message.show_error(error_text(exc))
            return
        self.accept()


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
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
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
        """A consent was recorded or withdrawn: the open composer and the warnings follow."""
        if self.composer is not None:
            self.composer.reload()
        self.reload()

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
            self.send(r.id, Path(folder))

    def send(self, request_id: int, folder: Path) -> None:
        """Send the request and write its letter PDF into ``folder`` off the GUI thread."""
        if self.reference is None:
            return
        session, reference = self.session, self.reference
        self.send_button.setEnabled(False)
        self.message.show_info(self.tr("Writing the letter…"))

        def work(_progress: workers.Progress) -> Path:
            return consents.send_with_letter(session, reference, request_id, folder)

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
        dialog = AnswerDialog(self.session, self.reference, r.id, self)
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
        box.buttonClicked.connect(lambda button: self.cancel(r.id) if button is yes else None)
        box.finished.connect(lambda _r: setattr(self, "confirm_box", None))
        self.confirm_box = box
        box.open()

    def cancel(self, request_id: int) -> bool:
        if self.reference is None:
            return False
        try:
            consents.cancel_request(self.session, self.reference, request_id)
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

"""First run: create the unit's store (and show its recovery code once) or open a demo store.

The demo store lives next to the real one, at ``<store_dir>-demo``, so trying the demo never occupies
the folder the policy reserves for the unit's real store. It holds only synthetic data, so its users and
passphrase are fixed and shown on screen; it is not bound to the workstation. It is created by
``services.demo`` (one user per role, synthetic cases) in a worker thread, with a progress dialog, and
then unlocked on the GUI thread as the demo advisor.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from medunit.config.policy import Policy
from medunit.domain.roles import check_user_name
from medunit.errors import MedunitError, ValidationError
from medunit.gui import workers
from medunit.gui.messages import error_text
from medunit.gui.widgets import HINT_STYLE, MessageLabel, heading
from medunit.services import demo, stores
from medunit.services.session import Session

DEMO_USER = demo.DEMO_USERS[0][0]
DEMO_PASSPHRASE = demo.DEMO_PASSPHRASE
#: Synthetic cases in a new demo store.
DEMO_CASES = 200


def demo_store_dir(store_dir: Path) -> Path:
    return store_dir.with_name(store_dir.name + "-demo")


class FirstRunDialog(QDialog):
    """No store yet: create one (its first user is the unit administrator) or open the demo store.

    On acceptance ``session`` holds the open session."""

    PAGE_CHOICE, PAGE_CREATE, PAGE_RECOVERY = range(3)

    def __init__(self, policy: Policy, store_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.policy = policy
        self.store_dir = Path(store_dir)
        self.demo_dir = demo_store_dir(self.store_dir)
        self.session: Session | None = None
        self.recovery_code = ""
        self.demo_worker: workers.Worker | None = None
        self.progress_dialog: QProgressDialog | None = None

        self.setWindowTitle(self.tr("medunit — first start"))
        self.setMinimumWidth(600)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._choice_page())
        self.pages.addWidget(self._create_page())
        self.pages.addWidget(self._recovery_page())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self.pages)
        self._show_page(self.PAGE_CHOICE)

    # -- pages ---------------------------------------------------------------------------------

    def _choice_page(self) -> QWidget:
        page = QWidget(self)
        self.create_choice_button = QPushButton(self.tr("&Create store"), page)
        self.create_choice_button.setObjectName("createChoiceButton")
        self.demo_button = QPushButton(self.tr("Open &demo store"), page)
        self.demo_button.setObjectName("demoButton")
        self.choice_quit_button = QPushButton(self.tr("&Quit"), page)
        for button in (self.create_choice_button, self.demo_button):
            button.setMinimumHeight(36)
            button.setMinimumWidth(190)

        create_text = QLabel(
            self.tr(
                "Create the unit's encrypted store in the folder set by the policy. You become its unit "
                "administrator and receive a recovery code for IT."
            ),
            page,
        )
        store_label = QLabel(self.tr("Store folder: %1").replace("%1", str(self.store_dir)), page)
        store_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        demo_text = QLabel(
            self.tr(
                "Try medunit with synthetic data only — never real health data. The demo store is kept "
                "apart from the unit's store."
            ),
            page,
        )
        self.demo_credentials = QLabel(
            self.tr("Folder: %1\nUser name: %2\nPassphrase: %3")
            .replace("%1", str(self.demo_dir))
            .replace("%2", DEMO_USER)
            .replace("%3", DEMO_PASSPHRASE),
            page,
        )
        self.demo_credentials.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (create_text, store_label, demo_text, self.demo_credentials):
            label.setWordWrap(True)
        store_label.setStyleSheet(HINT_STYLE)
        self.demo_credentials.setStyleSheet(HINT_STYLE)

        self.choice_message = MessageLabel(page)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Welcome to medunit"), page, 1.5))
        intro = QLabel(self.tr("There is no store on this workstation yet. What do you want to do?"), page)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(self._choice_row(self.create_choice_button, create_text, store_label))
        line = QFrame(page)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addLayout(self._choice_row(self.demo_button, demo_text, self.demo_credentials))
        layout.addWidget(self.choice_message)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.choice_quit_button)
        layout.addLayout(buttons)

        self.create_choice_button.clicked.connect(lambda: self._show_page(self.PAGE_CREATE))
        self.demo_button.clicked.connect(self._open_demo)
        self.choice_quit_button.clicked.connect(self.reject)
        return page

    @staticmethod
    def _choice_row(button: QPushButton, *labels: QLabel) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(16)
        button_column = QVBoxLayout()
        button_column.addWidget(button)
        button_column.addStretch(1)
        row.addLayout(button_column)
        text_column = QVBoxLayout()
        text_column.setSpacing(4)
        for label in labels:
            text_column.addWidget(label)
        text_column.addStretch(1)
        row.addLayout(text_column, 1)
        return row

    def _create_page(self) -> QWidget:
        page = QWidget(self)
        self.user_edit = QLineEdit(page)
        self.user_edit.setObjectName("userEdit")
        self.user_edit.setPlaceholderText(self.tr("e.g. j.jansen"))
        self.passphrase_edit = QLineEdit(page)
        self.passphrase_edit.setObjectName("passphraseEdit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit(page)
        self.repeat_edit.setObjectName("repeatEdit")
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.folder_edit = QLineEdit(str(self.store_dir), page)
        self.folder_edit.setReadOnly(True)
        self.folder_edit.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setVerticalSpacing(10)
        form.addRow(self.tr("&User name:"), self.user_edit)
        form.addRow(self.tr("&Passphrase:"), self.passphrase_edit)
        form.addRow(self.tr("&Repeat passphrase:"), self.repeat_edit)
        form.addRow(self.tr("Store folder:"), self.folder_edit)

        hint = QLabel(
            self.tr(
                "Use a passphrase of at least 12 characters, for example four unrelated words. "
                "Nobody can reset it for you; only the recovery code can open the store without it."
            ),
            page,
        )
        hint.setWordWrap(True)
        self.create_message = MessageLabel(page)

        self.back_button = QPushButton(self.tr("&Back"), page)
        self.create_button = QPushButton(self.tr("&Create store"), page)
        self.create_button.setObjectName("createButton")
        self.back_button.clicked.connect(self._back)
        self.create_button.clicked.connect(self._create)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Create the unit's store"), page))
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.create_message)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout.addLayout(buttons)
        return page

    def _recovery_page(self) -> QWidget:
        page = QWidget(self)
        explanation = QLabel(
            self.tr(
                "This recovery code opens the store when a passphrase is lost or the store moves to "
                "another workstation. It is shown only this once and is not saved anywhere. Write it down "
                "and hand it to IT for safekeeping; anyone who has it can open the store."
            ),
            page,
        )
        explanation.setWordWrap(True)
        self.code_edit = QLineEdit(page)
        self.code_edit.setObjectName("recoveryCodeEdit")
        self.code_edit.setReadOnly(True)
        self.code_edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.5)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.code_edit.setFont(font)
        metrics = self.code_edit.fontMetrics()
        self.code_edit.setMinimumHeight(metrics.height() + 18)
        self.code_edit.setMinimumWidth(metrics.horizontalAdvance("W" * 47) + 40)  # 8 groups of 5, 7 dashes
        self.code_edit.setAccessibleName(self.tr("Recovery code"))
        self.written_check = QCheckBox(self.tr("I have &written the recovery code down and stored it safely"), page)
        self.written_check.setObjectName("writtenCheck")
        self.continue_button = QPushButton(self.tr("C&ontinue"), page)
        self.continue_button.setObjectName("continueButton")
        self.continue_button.setEnabled(False)
        self.written_check.toggled.connect(self._written_toggled)
        self.continue_button.clicked.connect(self._finish)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(heading(self.tr("Your recovery code"), page))
        layout.addWidget(explanation)
        layout.addWidget(self.code_edit)
        layout.addWidget(self.written_check)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)
        layout.addLayout(buttons)
        return page

    # -- navigation ----------------------------------------------------------------------------

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        if index == self.PAGE_CHOICE:
            self.create_choice_button.setDefault(True)
            self.create_choice_button.setFocus()
        elif index == self.PAGE_CREATE:
            self.create_button.setDefault(True)
            self.setTabOrder(self.user_edit, self.passphrase_edit)
            self.setTabOrder(self.passphrase_edit, self.repeat_edit)
            self.setTabOrder(self.repeat_edit, self.create_button)
            self.setTabOrder(self.create_button, self.back_button)
            self.user_edit.setFocus()
        else:
            self.continue_button.setDefault(True)
            self.code_edit.setFocus()
            self.code_edit.setCursorPosition(0)

    def _back(self) -> None:
        self.create_message.clear_message()
        self._show_page(self.PAGE_CHOICE)

    # -- actions -------------------------------------------------------------------------------

    def _create(self) -> None:
        self.create_message.clear_message()
        user = self.user_edit.text().strip()
        passphrase = self.passphrase_edit.text()
        try:
            check_user_name(user)
        except ValidationError as exc:
            self.create_message.show_error(error_text(exc))
            self.user_edit.setFocus()
            self.user_edit.selectAll()
            return
        if passphrase != self.repeat_edit.text():
            self.create_message.show_error(self.tr("The two passphrases differ. Type them again."))
            self._retype_passphrase()
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            session, code = stores.create_store(self.store_dir, user, passphrase, self.policy)
        except ValidationError as exc:
            self.create_message.show_error(error_text(exc))
            self._retype_passphrase()
            return
        except MedunitError as exc:
            self.create_message.show_error(error_text(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.passphrase_edit.clear()
        self.repeat_edit.clear()
        self.session = session
        self.recovery_code = code
        self.code_edit.setText(code)
        self._show_page(self.PAGE_RECOVERY)

    def _retype_passphrase(self) -> None:
        self.passphrase_edit.clear()
        self.repeat_edit.clear()
        self.passphrase_edit.setFocus()

    def _written_toggled(self, checked: bool) -> None:
        self.continue_button.setEnabled(checked)
        if checked:
            self.continue_button.setDefault(True)

    def _finish(self) -> None:
        if not self.written_check.isChecked():
            return
        # The code leaves memory with the dialog's widgets; nothing else keeps it.
        self.code_edit.clear()
        self.recovery_code = ""
        self.accept()

    def _open_demo(self) -> None:
        self.choice_message.clear_message()
        if stores.store_exists(self.demo_dir):
            self._unlock_demo()
            return
        self._create_demo()

    def _create_demo(self) -> None:
        """Create the demo store in a worker thread; the dialog stays responsive and shows progress."""
        self.demo_button.setEnabled(False)
        self.create_choice_button.setEnabled(False)
        progress = QProgressDialog(self.tr("Creating the demo store with synthetic cases…"), "", 0, DEMO_CASES, self)
        progress.setObjectName("demoProgress")
        progress.setWindowTitle(self.tr("Demo store"))
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setValue(0)
        self.progress_dialog = progress
        root, policy = self.demo_dir, self.policy

        def work(report: workers.Progress) -> None:
            demo.create_demo_store(root, policy, cases=DEMO_CASES, progress=report)

        self.demo_worker = workers.start(work, self._demo_created, self._demo_failed, self._demo_progress)

    def _demo_progress(self, done: int, total: int) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.setMaximum(total)
            self.progress_dialog.setValue(done)

    def _end_progress(self) -> None:
        self.demo_worker = None
        if self.progress_dialog is not None:
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
        self.demo_button.setEnabled(True)
        self.create_choice_button.setEnabled(True)

    def _demo_created(self, _result: object) -> None:
        self._end_progress()
        self._unlock_demo()

    def _demo_failed(self, exc: BaseException) -> None:
        self._end_progress()
        self.choice_message.show_error(error_text(exc))

    def _unlock_demo(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            session = stores.unlock(self.demo_dir, DEMO_USER, DEMO_PASSPHRASE, self.policy)
        except MedunitError as exc:
            self.choice_message.show_error(error_text(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        if not session.demo:
            session.close()
            self.choice_message.show_error(
                self.tr("The folder %1 holds a store that is not a demo store.").replace("%1", str(self.demo_dir))
            )
            return
        self.session = session
        self.accept()

    def reject(self) -> None:
        if self.demo_worker is not None:
            return  # wait for the demo store to be finished
        # Once the store exists, leaving must go through Continue: the code is shown only here.
        if self.pages.currentIndex() == self.PAGE_RECOVERY:
            return
        super().reject()

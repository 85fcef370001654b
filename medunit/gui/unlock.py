"""The unlock dialog: user name and passphrase, with a growing delay after repeated failures."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from medunit.config.policy import Policy
from medunit.errors import AuthenticationError, MedunitError
from medunit.gui.message_label import MessageLabel, heading
from medunit.services import startup

# Loaded once the window is painted, not before (issue 15, cold start): Qt's ``Qt`` namespace (about
# 16 ms of Python enum types on its first import), the list widgets of the demo store's user list, the
# role names and the error texts.
if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent
    from PySide6.QtWidgets import QListWidget, QListWidgetItem

    from medunit.services.session import Session

#: With ``count_later``: count the failures after this long even if the window was never painted.
COUNT_FALLBACK_MS = 500

delay_units = startup.delay_units  # one rule for the GUI and the CLI (services/startup.py)


class UnlockDialog(QDialog):
    """Asks for user name and passphrase and opens the store; on success ``session`` holds the session."""

    #: Once, right after the window's first paint: what the app defers until the window shows.
    first_painted = Signal()

    def __init__(
        self,
        policy: Policy,
        store_dir: Path | str,
        parent: QWidget | None = None,
        *,
        user: str = "",
        delay_unit_ms: int = 1000,
        demo: bool = False,
        count_later: bool = False,
    ) -> None:
        """``count_later``: count the failed unlocks (key-slot file and keychain, so the crypto stack)
        only once the window is painted; Unlock stays disabled until then (the app's start-up path)."""
        super().__init__(parent)
        self.policy = policy
        self.store_dir = startup.store_location(store_dir)  # a folder, or a unit server's URL
        self.session: Session | None = None
        # failures since the last successful unlock survive a restart of the app
        self.failures = 0 if count_later else startup.failed_unlocks(self.store_dir)
        self._counted = not count_later
        self._painted = False
        self._delay_unit_ms = delay_unit_ms
        self._remaining = 0

        self.setWindowTitle(self.tr("Unlock medunit"))
        self.setMinimumWidth(480)

        self.user_edit = QLineEdit(user, self)
        self.user_edit.setObjectName("userEdit")
        self.passphrase_edit = QLineEdit(self)
        self.passphrase_edit.setObjectName("passphraseEdit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.store_label = QLabel(startup.shown_location(self.store_dir), self)  # made selectable once painted
        self.store_label.setToolTip(startup.shown_location(self.store_dir))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setVerticalSpacing(10)
        form.addRow(self.tr("&User name:"), self.user_edit)
        form.addRow(self.tr("&Passphrase:"), self.passphrase_edit)
        form.addRow(self.tr("Store:"), self.store_label)

        self.message_label = MessageLabel(self)
        self.countdown_label = MessageLabel(self)
        self.countdown_label.setObjectName("countdownLabel")

        # the parent by keyword: to rule out the Qt.Orientation overload, QDialogButtonBox(self) would
        # build every enum type of the Qt namespace first (about 16 ms before the window shows)
        self.buttons = QDialogButtonBox(parent=self)
        # the buttons' text set apart: to rule out the (QIcon, text, parent) overload, QPushButton(text, self)
        # would build the QIcon type and its ~150 theme-icon enum members first (about 2 ms before the
        # window shows)
        self.unlock_button = QPushButton(parent=self)
        self.unlock_button.setText(self.tr("&Unlock"))
        self.unlock_button.setObjectName("unlockButton")
        self.quit_button = QPushButton(parent=self)
        self.quit_button.setText(self.tr("&Quit"))
        self.buttons.addButton(self.unlock_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._unlock)
        self.quit_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(heading(self.tr("Unlock the unit's store"), self))
        intro = QLabel(self.tr("Enter your user name and passphrase to open the encrypted store."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        self.demo_list: QListWidget | None = None
        if demo:
            layout.addWidget(self._demo_users())
        layout.addWidget(self.message_label)
        layout.addWidget(self.countdown_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.setTabOrder(self.user_edit, self.passphrase_edit)
        self.setTabOrder(self.passphrase_edit, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.quit_button)
        (self.passphrase_edit if user else self.user_edit).setFocus()

        self._timer = QTimer(self)
        self._timer.setInterval(self._delay_unit_ms)
        self._timer.timeout.connect(self._tick)
        if count_later:
            self.unlock_button.setEnabled(False)
            QTimer.singleShot(COUNT_FALLBACK_MS, self, self._count_failures)  # in case no paint comes
        elif delay_units(self.failures):  # restarted after repeated failures: the hold-back still applies
            self._hold_back(delay_units(self.failures))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self._after_first_paint)  # not run if the window is gone by then

    def _after_first_paint(self) -> None:
        """What waits until the window shows: the store path made selectable (the one use of the ``Qt``
        namespace here), with ``count_later`` the failed-unlock count, then ``first_painted`` (the app
        sets the window icon)."""
        from PySide6.QtCore import Qt

        self.store_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._count_failures()
        self.first_painted.emit()

    def _count_failures(self) -> None:
        if self._counted:
            return
        self.failures = startup.failed_unlocks(self.store_dir)
        self._counted = True
        if delay_units(self.failures):  # restarted after repeated failures: the hold-back still applies
            self._hold_back(delay_units(self.failures))
        else:
            self.unlock_button.setEnabled(True)

    def _demo_users(self) -> QWidget:
        """The demo store's users and roles, so each role can be tried: choosing one fills in the user
        name and the demo passphrase (the demo holds synthetic data only, so the passphrase is shown)."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QListWidget, QListWidgetItem

        from medunit.domain.roles import Role
        from medunit.gui.labels import role_name
        from medunit.services import demo  # only for the demo store; it loads the store stack

        box = QWidget(self)
        label = QLabel(
            self.tr("Demo store: sign in as any of these users with the passphrase %1.").replace(
                "%1", demo.DEMO_PASSPHRASE
            ),
            box,
        )
        label.setWordWrap(True)
        self.demo_list = QListWidget(box)
        self.demo_list.setObjectName("demoUsers")
        self.demo_list.setAccessibleName(self.tr("Demo users"))
        for name, role in (*demo.DEMO_USERS, (demo.DEMO_ADMIN, Role.UNIT_ADMIN)):
            item = QListWidgetItem(self.tr("%1 — %2").replace("%1", name).replace("%2", role_name(role.value)))
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.demo_list.addItem(item)
        self.demo_list.setMaximumHeight(self.demo_list.sizeHintForRow(0) * len(demo.DEMO_USERS) + 16)
        self.demo_list.currentItemChanged.connect(self._demo_user_chosen)
        self.demo_list.itemActivated.connect(lambda _item: self._unlock())
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.demo_list)
        return box

    def _demo_user_chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        from PySide6.QtCore import Qt

        from medunit.services import demo

        if item is None:
            return
        self.user_edit.setText(str(item.data(Qt.ItemDataRole.UserRole)))
        self.passphrase_edit.setText(demo.DEMO_PASSPHRASE)

    # -- unlocking -----------------------------------------------------------------------------

    def _unlock(self) -> None:
        if self._remaining > 0 or not self._counted:
            return
        user = self.user_edit.text().strip()
        passphrase = self.passphrase_edit.text()
        if not user:
            self.message_label.show_error(self.tr("Enter your user name."))
            self.user_edit.setFocus()
            return
        if not passphrase:
            self.message_label.show_error(self.tr("Enter your passphrase."))
            self.passphrase_edit.setFocus()
            return
        self.unlock_button.setEnabled(False)
        # Imported here, not at the top: Qt's namespace, the error texts, and the crypto and store stack
        # load after this window is painted (medunit.gui.app preloads them step by step while the user
        # types, so this is normally already done).
        from PySide6.QtCore import Qt

        from medunit.gui.messages import error_text
        from medunit.services import stores

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

        try:
            session = stores.unlock(self.store_dir, user, passphrase, self.policy)
        except AuthenticationError as exc:
            self._failed(error_text(exc))
            return
        except MedunitError as exc:
            self.unlock_button.setEnabled(True)
            self.message_label.show_error(error_text(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.passphrase_edit.clear()
        self.session = session
        self.accept()

    def _failed(self, text: str) -> None:
        self.failures += 1
        self.message_label.show_error(text)
        self.passphrase_edit.clear()
        self.passphrase_edit.setFocus()
        units = delay_units(self.failures)
        if units == 0:
            self.unlock_button.setEnabled(True)
            return
        self._hold_back(units)

    def _hold_back(self, units: int) -> None:
        self.unlock_button.setEnabled(False)
        self._remaining = units
        self._show_countdown()
        self._timer.start()

    def _tick(self) -> None:
        self._remaining -= 1
        if self._remaining > 0:
            self._show_countdown()
            return
        self._timer.stop()
        self.countdown_label.clear_message()
        self.unlock_button.setEnabled(True)
        self.unlock_button.setDefault(True)

    def _show_countdown(self) -> None:
        self.countdown_label.show_info(
            self.tr("Too many failed attempts. You can try again in %n second(s).", None, self._remaining)
        )

    @property
    def waiting(self) -> bool:
        """Whether the Unlock button is held back after repeated failures."""
        return self._remaining > 0

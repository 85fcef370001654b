"""The unit administrator's view: users (add, remove, recovery code) and the policy in force."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from medunit.domain.permissions import Action, allowed
from medunit.domain.roles import COMPARTMENTS_BY_ROLE, Role
from medunit.errors import MedunitError, RowChangedError
from medunit.gui.backup_status import BackupStatusLabel
from medunit.gui.conflict import ConflictBar
from medunit.gui.labels import role_name
from medunit.gui.messages import error_text
from medunit.gui.models import PolicyTableModel, UserTableModel
from medunit.gui.widgets import HINT_STYLE, GuardedTableView, MessageLabel, heading, open_modal
from medunit.services import admin, exports, profiles
from medunit.services.profiles import UserRow
from medunit.services.session import Session


class AddUserDialog(QDialog):
    """Name, role, initial passphrase twice; the recovery code only for a role with a compartment."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.added = ""
        self.setWindowTitle(self.tr("Add user"))
        self.setMinimumWidth(520)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.setPlaceholderText(self.tr("e.g. j.jansen"))
        self.role_combo = QComboBox(self)
        self.role_combo.setObjectName("roleCombo")
        for role in Role:
            self.role_combo.addItem(role_name(role.value), role.value)
        self.passphrase_edit = QLineEdit(self)
        self.passphrase_edit.setObjectName("passphraseEdit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit(self)
        self.repeat_edit.setObjectName("repeatEdit")
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("recoveryCodeEdit")
        self.code_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.code_label = QLabel(self.tr("Re&covery code:"), self)
        self.code_label.setBuddy(self.code_edit)
        self.code_hint = QLabel(
            self.tr(
                "This role reads content whose keys your own slot does not hold. Enter the unit's recovery "
                "code to pass them on now, or leave it empty: a holder of the keys then approves the grant."
            ),
            self,
        )
        self.code_hint.setWordWrap(True)
        self.code_hint.setStyleSheet(HINT_STYLE)
        self.big_edit = QLineEdit(self)
        self.big_edit.setObjectName("bigEdit")
        self.big_edit.setPlaceholderText(self.tr("11 digits"))
        self.big_label = QLabel(self.tr("&BIG number:"), self)
        self.big_label.setBuddy(self.big_edit)
        self.big_hint = QLabel(
            self.tr(
                "Goes into the advisor's own document-signing certificate; without it they cannot sign advice exports."
            ),
            self,
        )
        self.big_hint.setWordWrap(True)
        self.big_hint.setStyleSheet(HINT_STYLE)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&User name:"), self.name_edit)
        form.addRow(self.tr("&Role:"), self.role_combo)
        form.addRow(self.tr("Initial &passphrase:"), self.passphrase_edit)
        form.addRow(self.tr("R&epeat passphrase:"), self.repeat_edit)
        form.addRow(self.code_label, self.code_edit)
        form.addRow("", self.code_hint)
        form.addRow(self.big_label, self.big_edit)
        form.addRow("", self.big_hint)
        self.message = MessageLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.add_button = buttons.addButton(self.tr("&Add user"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setObjectName("addUserButton")
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self._add)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.role_combo.currentIndexChanged.connect(self._role_changed)
        self._role_changed()
        self.name_edit.setFocus()

    def selected_role(self) -> Role:
        return Role(self.role_combo.currentData())

    def _role_changed(self) -> None:
        needs_code = bool(COMPARTMENTS_BY_ROLE.get(self.selected_role()))
        for widget in (self.code_label, self.code_edit, self.code_hint):
            widget.setVisible(needs_code)
        for widget in (self.big_label, self.big_edit, self.big_hint):
            widget.setVisible(self.selected_role() is Role.MEDICAL_ADVISOR)

    def _add(self) -> None:
        self.message.clear_message()
        if self.passphrase_edit.text() != self.repeat_edit.text():
            self.message.show_error(self.tr("The two passphrases differ. Type them again."))
            self.passphrase_edit.clear()
            self.repeat_edit.clear()
            self.passphrase_edit.setFocus()
            return
        name = self.name_edit.text().strip()
        code = self.code_edit.text().strip() if self.code_edit.isVisible() else ""
        big = self.big_edit.text().strip() if self.selected_role() is Role.MEDICAL_ADVISOR else ""
        try:
            admin.add_user(
                self.session, name, self.selected_role().value, self.passphrase_edit.text(), code or None, big or None
            )
        except MedunitError as exc:
            self.message.show_error(error_text(exc))
            return
        self.passphrase_edit.clear()
        self.repeat_edit.clear()
        self.code_edit.clear()
        self.big_edit.clear()
        self.added = name
        self.accept()


class RecoveryCodeDialog(QDialog):
    """Asks the current code (needed only when the compartment key must be carried over), then shows the
    new code once; closing needs the "written down" tick."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("New recovery code"))
        self.setMinimumWidth(560)
        intro = QLabel(
            self.tr(
                "A new recovery code replaces the current one, which stops working. If the store has a "
                "criminal-record compartment, enter the current code so its key is kept."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.current_edit = QLineEdit(self)
        self.current_edit.setObjectName("currentCodeEdit")
        self.current_edit.setEchoMode(QLineEdit.EchoMode.Password)
        current_label = QLabel(self.tr("&Current recovery code:"), self)
        current_label.setBuddy(self.current_edit)
        self.make_button = QPushButton(self.tr("&Make new code"), self)
        self.make_button.setObjectName("makeCodeButton")
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self._make)
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("newCodeEdit")
        self.code_edit.setReadOnly(True)
        self.code_edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.3)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.code_edit.setFont(font)
        self.code_edit.setVisible(False)
        self.written_check = QCheckBox(self.tr("I have &written the new recovery code down and stored it safely"), self)
        self.written_check.setObjectName("writtenCheck")
        self.written_check.setVisible(False)
        self.message = MessageLabel(self)
        self.close_button = QPushButton(self.tr("C&lose"), self)
        self.close_button.clicked.connect(self._close)
        self.written_check.toggled.connect(self._written)

        row = QHBoxLayout()
        row.addWidget(current_label)
        row.addWidget(self.current_edit, 1)
        row.addWidget(self.make_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.code_edit)
        layout.addWidget(self.written_check)
        layout.addLayout(buttons)
        self.current_edit.setFocus()

    @property
    def code_shown(self) -> bool:
        return bool(self.code_edit.text())

    def _make(self) -> None:
        self.message.clear_message()
        try:
            code = admin.new_recovery_code(self.session, self.current_edit.text().strip() or None)
        except Exception as exc:
            self.message.show_error(error_text(exc))
            return
        self.current_edit.clear()
        self.current_edit.setEnabled(False)
        self.make_button.setEnabled(False)
        self.code_edit.setText(code)
        self.code_edit.setVisible(True)
        self.written_check.setVisible(True)
        self.close_button.setEnabled(False)
        self.message.show_info(self.tr("This code is shown only now. Hand it to IT for safekeeping."))
        self.written_check.setFocus()

    def _written(self, checked: bool) -> None:
        self.close_button.setEnabled(checked)
        if checked:
            self.close_button.setDefault(True)

    def _close(self) -> None:
        if self.code_shown and not self.written_check.isChecked():
            return
        self.code_edit.clear()
        self.accept()

    def reject(self) -> None:
        if self.code_shown and not self.written_check.isChecked():
            return  # the code is shown once: leaving needs the tick
        self.code_edit.clear()
        super().reject()


class ProfileDialog(QDialog):
    """A user's display name (everyone) and BIG number (medical advisors): what letters, exports and the
    signing dialog show. Set here so an advisor never types the BIG number when signing."""

    def __init__(self, session: Session, user: UserRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.user = user
        self.setWindowTitle(self.tr("Profile of %1").replace("%1", user.name))
        self.setMinimumWidth(460)
        self.name_edit = QLineEdit(user.display_name or "", self)
        self.name_edit.setObjectName("displayNameEdit")
        self.name_edit.setPlaceholderText(self.tr("e.g. Dr. A. Jansen"))
        self.name_edit.setMaxLength(80)
        self.big_edit = QLineEdit(user.big_number or "", self)
        self.big_edit.setObjectName("bigNumberEdit")
        self.big_edit.setPlaceholderText(self.tr("11 digits"))
        self.big_edit.setMaxLength(14)
        is_advisor = user.role == Role.MEDICAL_ADVISOR.value
        form = QFormLayout()
        form.addRow(self.tr("&Display name:"), self.name_edit)
        form.addRow(self.tr("&BIG number:"), self.big_edit)
        form.setRowVisible(1, is_advisor)
        self.message = MessageLabel(self)
        self.conflict_bar = ConflictBar(self)
        self.conflict_bar.reload_requested.connect(self.reload_user)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.conflict_bar)
        layout.addWidget(buttons)
        self.name_edit.setFocus()

    def _save(self) -> None:
        try:
            profiles.set_profile(
                self.session,
                self.user.name,
                self.name_edit.text(),
                self.big_edit.text(),
                version=self.user.row_version,
            )
        except RowChangedError as exc:
            self.conflict_bar.show_conflict(exc)  # what was typed stays in the fields
            return
        except MedunitError as exc:
            self.message.show_error(error_text(exc))
            return
        self.accept()

    def reload_user(self) -> None:
        """Read the profile again: the other administrator's values are shown beside the fields, which
        keep what was typed; saving then names the version just read."""
        self.conflict_bar.clear()
        try:
            now = next((u for u in admin.list_users(self.session) if u.name == self.user.name), None)
        except MedunitError as exc:
            self.message.show_error(error_text(exc))
            return
        if now is None:
            self.message.show_error(self.tr("This user no longer exists."))
            return
        self.user = now
        saved = now.display_name or self.tr("(none)")
        if now.role == Role.MEDICAL_ADVISOR.value:
            saved += " · " + self.tr("BIG number %1").replace("%1", now.big_number or self.tr("(none)"))
        self.message.show_info(
            self.tr("Saved now: %1. Your entries are still in the fields; save to replace it.").replace("%1", saved)
        )


class AdminView(QWidget):
    """Users of the store and the policy in force. Holds no health data."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.user_model = UserTableModel(self)
        self.user_model.full_name = self.session.full_name
        self.policy_model = PolicyTableModel(self)
        self.add_dialog: AddUserDialog | None = None
        self.recovery_dialog: RecoveryCodeDialog | None = None
        self.confirm_box: QMessageBox | None = None

        self.user_table = GuardedTableView(None, self)
        self.user_table.setObjectName("userTable")
        self.user_table.setModel(self.user_model)
        self.user_table.setAccessibleName(self.tr("Users"))
        self.add_button = QPushButton(self.tr("&Add user…"), self)
        self.add_button.setObjectName("addUser")
        self.remove_button = QPushButton(self.tr("&Remove user…"), self)
        self.remove_button.setObjectName("removeUser")
        self.profile_button = QPushButton(self.tr("&Profile…"), self)
        self.profile_button.setObjectName("editProfile")
        self.profile_button.setToolTip(self.tr("Display name and (medical advisors) BIG number"))
        self.profile_button.clicked.connect(self.edit_profile)
        self.profile_dialog: ProfileDialog | None = None
        self.recovery_button = QPushButton(self.tr("New recovery &code…"), self)
        self.recovery_button.setObjectName("newRecoveryCode")
        self.add_button.clicked.connect(self.add_user)
        self.remove_button.clicked.connect(self.remove_user)
        self.recovery_button.clicked.connect(self.new_recovery_code)
        self.message = MessageLabel(self)

        self.policy_table = GuardedTableView(None, self)
        self.policy_table.setObjectName("policyTable")
        self.policy_table.setModel(self.policy_model)
        self.policy_table.setAccessibleName(self.tr("Policy in force"))
        self.policy_table.fill_column = 1  # the value; a long source path shows whole, the table scrolls

        users_box = QWidget(self)
        users_layout = QVBoxLayout(users_box)
        users_layout.setContentsMargins(0, 0, 0, 0)
        users_layout.addWidget(heading(self.tr("Users"), users_box, 1.1))
        users_layout.addWidget(self.user_table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.profile_button)
        buttons.addStretch(1)
        buttons.addWidget(self.recovery_button)
        users_layout.addLayout(buttons)
        users_layout.addWidget(self.message)

        policy_box = QWidget(self)
        policy_layout = QVBoxLayout(policy_box)
        policy_layout.setContentsMargins(0, 0, 0, 0)
        policy_layout.addWidget(heading(self.tr("Policy in force"), policy_box, 1.1))
        note = QLabel(
            self.tr("Set by IT in the workstation's policy file; locked values cannot be loosened."), policy_box
        )
        note.setWordWrap(True)
        note.setStyleSheet(HINT_STYLE)
        policy_layout.addWidget(note)
        policy_layout.addWidget(self.policy_table, 1)

        self.key_group = QGroupBox(self.tr("Signing key of the unit"), self)
        self.fingerprint_value = QLabel(self.key_group)
        self.fingerprint_value.setObjectName("fingerprintValue")
        self.fingerprint_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.fingerprint_value.setFont(mono)
        self.save_key_button = QPushButton(self.tr("&Save public key…"), self.key_group)
        self.save_key_button.setObjectName("savePublicKey")
        self.save_key_button.clicked.connect(self.choose_key_file)
        self.key_message = MessageLabel(self.key_group)
        key_note = QLabel(
            self.tr(
                "Advice exports are signed with this key. Give the public key to the general dossier so it can "
                "verify them; compare the fingerprint by phone."
            ),
            self.key_group,
        )
        key_note.setWordWrap(True)
        key_note.setStyleSheet(HINT_STYLE)
        key_row = QHBoxLayout()
        key_row.addWidget(QLabel(self.tr("Fingerprint:"), self.key_group))
        key_row.addWidget(self.fingerprint_value, 1)
        key_row.addWidget(self.save_key_button)
        key_layout = QVBoxLayout(self.key_group)
        key_layout.addWidget(key_note)
        key_layout.addLayout(key_row)
        key_layout.addWidget(self.key_message)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(users_box)
        split.addWidget(policy_box)
        split.setSizes([520, 620])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split, 1)
        layout.addWidget(self.key_group)
        self.backup_status = BackupStatusLabel(session, self)
        layout.addWidget(self.backup_status)
        self.reload()

    def reload(self) -> None:
        self.message.clear_message()
        try:
            users = admin.list_users(self.session)
        except MedunitError as exc:
            self.message.show_error(error_text(exc))
            users = []
        self.user_model.set_rows(users)
        self.policy_model.set_settings(self.session.policy.settings)
        self.load_public_key()

    def load_public_key(self) -> None:
        may_read = allowed(self.session.role, Action.SIGNING_KEY_READ)
        self.key_group.setVisible(may_read)
        if not may_read:
            return
        self.key_message.clear_message()
        try:
            info = exports.public_key(self.session)
        except MedunitError as exc:
            self.fingerprint_value.clear()
            self.key_message.show_error(error_text(exc))
            return
        self.fingerprint_value.setText(info.fingerprint)

    def choose_key_file(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save public key"), "medunit-public-key.pem", self.tr("Public key (*.pem *.txt *.pub)")
        )
        if path:
            self.save_public_key(Path(path))

    def save_public_key(self, path: Path) -> bool:
        try:
            info = exports.write_public_key(self.session, path)
        except MedunitError as exc:
            self.key_message.show_error(error_text(exc))
            return False
        self.key_message.show_info(
            self.tr("Public key saved to %1 (fingerprint %2).").replace("%1", str(path)).replace("%2", info.fingerprint)
        )
        return True

    def selected_user(self) -> str | None:
        row = self.user_model.row_at(self.user_table.currentIndex().row())
        return row.name if row is not None else None

    def add_user(self) -> None:
        dialog = AddUserDialog(self.session, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self._user_added(dialog.added))
        dialog.finished.connect(dialog.deleteLater)
        self.add_dialog = dialog
        dialog.open()

    def _user_added(self, name: str) -> None:
        self.add_dialog = None
        self.reload()
        self.message.show_info(self.tr("User %1 was added.").replace("%1", name))

    def remove_user(self) -> None:
        name = self.selected_user()
        if name is None:
            self.message.show_error(self.tr("Choose a user in the list first."))
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Remove user"))
        box.setText(self.tr("Remove user %1?").replace("%1", name))
        box.setInformativeText(
            self.tr("Their key slot is removed and the store key is rotated, so an old copy of it opens nothing.")
        )
        yes = box.addButton(self.tr("&Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda button: self._remove_confirmed(name) if button is yes else None)
        box.finished.connect(lambda _r: setattr(self, "confirm_box", None))
        self.confirm_box = box
        box.open()

    def _remove_confirmed(self, name: str) -> None:
        try:
            admin.remove_user(self.session, name)
        except Exception as exc:
            self.message.show_error(error_text(exc))
            return
        self.reload()
        self.message.show_info(self.tr("User %1 was removed.").replace("%1", name))

    def edit_profile(self) -> ProfileDialog | None:
        row = self.user_model.row_at(self.user_table.currentIndex().row())
        if row is None:
            self.message.show_error(self.tr("Choose a user in the list first."))
            return None
        dialog = ProfileDialog(self.session, row, self)
        dialog.accepted.connect(lambda: self._profile_saved(row.name))
        open_modal(self, "profile_dialog", dialog)
        return dialog

    def _profile_saved(self, name: str) -> None:
        self.reload()
        self.message.show_info(self.tr("The profile of %1 was saved.").replace("%1", name))

    def new_recovery_code(self) -> None:
        dialog = RecoveryCodeDialog(self.session, self)
        open_modal(self, "recovery_dialog", dialog)

    def lock(self) -> None:
        for dialog in (self.add_dialog, self.confirm_box, self.profile_dialog):
            if dialog is not None:
                dialog.reject()
        if self.recovery_dialog is not None:
            self.recovery_dialog.code_edit.clear()
            self.recovery_dialog.done(QDialog.DialogCode.Rejected)
        self.user_model.clear()

    def set_session(self, session: Session) -> None:
        self.session = session
        self.reload()

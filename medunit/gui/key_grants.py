"""Approving pending key grants: shown to a key holder (medical advisor, criminal-record officer) after
unlock when a user's role waits for keys only they can seal to that user's slot.

Why a prompt and not a silent step: the administrator creates users but holds no content key, and a role
column edited by hand grants nothing. The holder sees who is waiting, in which role, added by whom, and
approves each one explicitly (logged); "Later" leaves the grant pending.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from medunit.domain.roles import Role
from medunit.errors import MedunitError
from medunit.gui.messages import error_text
from medunit.gui.widgets import MessageLabel, heading, hint, open_modal
from medunit.services import sealing
from medunit.services.sealing import PendingGrant
from medunit.services.session import Session


class KeyGrantDialog(QDialog):
    """The pending grants this user can approve; one row each, approved one at a time."""

    def __init__(self, session: Session, pending: list[PendingGrant], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.pending = list(pending)
        self.setObjectName("keyGrantDialog")
        self.setWindowTitle(self.tr("Key grants waiting for your approval"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Users waiting for keys you hold"), self))
        layout.addWidget(
            hint(
                self.tr(
                    "The administrator added these users, or changed their role, but holds no content key. "
                    "Approve only users you know should read this content in this role."
                ),
                self,
            )
        )
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("grantTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("User"), self.tr("Role"), self.tr("Waiting for"), self.tr("Added by")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.message = MessageLabel(self)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(self)
        self.approve_button = QPushButton(self.tr("&Approve selected user"), self)
        self.approve_button.setObjectName("approveButton")
        buttons.addButton(self.approve_button, QDialogButtonBox.ButtonRole.ActionRole)
        later = buttons.addButton(self.tr("&Later"), QDialogButtonBox.ButtonRole.RejectRole)
        later.setObjectName("laterButton")
        layout.addWidget(buttons)
        self.approve_button.clicked.connect(self.approve_selected)
        buttons.rejected.connect(self.reject)
        self.resize(640, 320)
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.pending))
        for row, grant in enumerate(self.pending):
            values = (grant.user, grant.role, ", ".join(grant.missing), grant.created_by or "")
            for col, text in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(text))
        if self.pending:
            self.table.selectRow(0)
        self.approve_button.setEnabled(bool(self.pending))

    def approve_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.message.show_error(self.tr("Select a user first."))
            return
        grant = self.pending[rows[0].row()]
        try:
            granted = sealing.grant_keys(self.session, grant.user)
        except MedunitError as exc:
            self.message.show_error(error_text(exc))
            return
        self.pending.remove(grant)
        self._fill()
        self.message.show_info(self.tr("%1 now holds: %2").replace("%1", grant.user).replace("%2", ", ".join(granted)))


def offer_key_grants(owner: QWidget, session: Session) -> None:
    """After unlock: a key holder with grants waiting sees the prompt (the administrator, who approves
    only with the recovery code, uses ``medunit-admin user grant`` instead)."""
    if session.role is Role.UNIT_ADMIN:
        return
    try:
        pending = sealing.pending_grants(session) if sealing.grants_waiting(session) else []
    except MedunitError:
        return
    if pending:
        open_modal(owner, "key_grant_dialog", KeyGrantDialog(session, pending, owner))

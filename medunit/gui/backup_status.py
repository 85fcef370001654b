"""Automatic backups in the GUI: taken at lock and at exit when the policy says one is due, in a worker
thread (the window locks at once); and the admin view's line with the last backup and a warning when it is
older than the policy allows. Kept apart from the main window so that only two calls point here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtWidgets import QLabel, QWidget

from medunit.errors import MedunitError
from medunit.gui import workers
from medunit.gui.messages import error_text
from medunit.services import backup
from medunit.services.session import Session

#: The outcome of the last automatic backup this process tried ("" before any), for the admin view.
last_outcome: list[str] = [""]

WARNING_STYLE = "color: #8a1c1c; font-weight: bold;"


def close_session(session: Session, *, wait: bool = False) -> None:
    """Close ``session`` now; when an automatic backup is due, take it first on a second connection in a
    worker thread. ``wait`` (at exit) waits for the backup so the process does not end under it."""
    if not session.open:
        return
    try:
        due = backup.backup_state(session.policy).due
        helper = backup.background_session(session) if due else None
    except (MedunitError, OSError) as exc:
        last_outcome[0] = _failed_text(exc)
        helper = None
    session.close()
    if helper is None:
        return

    def work(_progress: object) -> backup.BackupInfo | None:
        try:
            return backup.backup_if_due(helper)
        finally:
            helper.close()

    workers.start(work, _done, _failed)
    if wait:
        QThreadPool.globalInstance().waitForDone()


def _done(info: object) -> None:
    if isinstance(info, backup.BackupInfo):
        last_outcome[0] = QCoreApplication.translate("backup", "The automatic backup succeeded.")


def _failed_text(exc: BaseException) -> str:
    why = error_text(exc) if isinstance(exc, MedunitError) else type(exc).__name__
    return QCoreApplication.translate("backup", "The automatic backup failed: {why}").format(why=why)


def _failed(exc: BaseException) -> None:
    last_outcome[0] = _failed_text(exc)


class BackupStatusLabel(QLabel):
    """The last backup in the policy's folder, and a warning when it is older than the policy allows."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupStatus")
        self.setWordWrap(True)
        self.session = session
        self.refresh()

    def refresh(self) -> None:
        policy = self.session.policy
        state = backup.backup_state(policy)
        hours = policy.get("backup.every_hours")
        if state.folder is None:
            text = self.tr("Automatic backups are off: the policy sets no backup folder (backup.folder).")
            warn = True
        elif state.last is None:
            text = self.tr("No backup yet in {folder}; one is made at the next lock or exit.").format(
                folder=state.folder
            )
            warn = True
        else:
            when = state.last.astimezone().strftime("%Y-%m-%d %H:%M")
            text = self.tr("Last backup: {when} in {folder} (every {hours} hours).").format(
                when=when, folder=state.folder, hours=hours
            )
            warn = state.overdue
            if warn:
                text += " " + self.tr("It is older than the policy allows: check the backup folder.")
        if last_outcome[0]:
            text += " " + last_outcome[0]
        self.setText(text)
        self.setStyleSheet(WARNING_STYLE if warn else "")
        self.setProperty("warning", warn)

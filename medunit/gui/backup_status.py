"""Automatic backups in the GUI: taken at lock and at exit when the policy says one is due, in a worker
thread (the window locks at once); and the admin view's line with the last backup and a warning when it is
older than the policy allows. Kept apart from the main window so that only two calls point here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QThread
from PySide6.QtWidgets import QLabel, QProgressDialog, QWidget

from medunit.errors import MedunitError
from medunit.gui import workers
from medunit.gui.messages import error_text
from medunit.services import backup
from medunit.services.session import Session

#: The outcome of the last automatic backup this process tried ("" before any), for the admin view.
last_outcome: list[str] = [""]
#: The progress window of the automatic backup running now (None when none runs).
progress: list[QProgressDialog | None] = [None]

WARNING_STYLE = "color: #8a1c1c; font-weight: bold;"


def close_session(session: Session, parent: QWidget | None = None, *, wait: bool = False) -> None:
    """Close ``session`` now; when an automatic backup is due (and the session can sign one: a unit
    administrator's), take it first on a second connection in a
    worker thread, with a progress window over ``parent`` that takes no focus (the unlock dialog keeps it).
    ``wait`` (at exit) keeps the event loop running until the backup is done, so the process does not end
    under it and the progress window paints."""
    if not session.open:
        return
    try:
        state = backup.backup_state(session.policy)
        helper = backup.background_session(session) if state.due and backup.can_sign(session) else None
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

    _show_progress(parent, str(state.folder))
    workers.start(work, _done, _failed)
    while wait and workers.busy():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        QThread.msleep(10)


def _show_progress(parent: QWidget | None, folder: str) -> None:
    text = QCoreApplication.translate("backup", "Making the automatic backup in {folder}…").format(folder=folder)
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setObjectName("backupProgress")
    dialog.setWindowTitle(QCoreApplication.translate("backup", "Automatic backup"))
    dialog.setCancelButton(None)  # a backup is not cancelled half-way
    dialog.setWindowModality(Qt.WindowModality.NonModal)
    dialog.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    dialog.setMinimumDuration(0)
    dialog.show()
    progress[0] = dialog


def _hide_progress() -> None:
    dialog, progress[0] = progress[0], None
    if dialog is not None:
        dialog.close()
        dialog.deleteLater()


def _done(info: object) -> None:
    _hide_progress()
    if isinstance(info, backup.BackupInfo):
        last_outcome[0] = QCoreApplication.translate("backup", "The automatic backup succeeded.")


def _failed_text(exc: BaseException) -> str:
    why = error_text(exc) if isinstance(exc, MedunitError) else type(exc).__name__
    return QCoreApplication.translate("backup", "The automatic backup failed: {why}").format(why=why)


def _failed(exc: BaseException) -> None:
    _hide_progress()
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

"""Automatic backups at lock (in a worker; the window locks at once) and the admin view's backup line."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from medunit.config.policy import Policy, load_policy
from medunit.domain.roles import Role
from medunit.gui import backup_status, workers
from medunit.gui.backup_status import BackupStatusLabel
from medunit.gui.i18n import install_translator
from medunit.gui.main_window import MainWindow
from medunit.gui.messages import error_text
from medunit.services import backup, exports, stores
from medunit.store.database import disk_error
from tests.gui.conftest import PASSPHRASE, USER, key, show, write_policy
from tests.support.unit import Unit


def test_lock_takes_the_due_backup_in_a_worker(
    qtbot: QtBot, gui_env: Path, existing_store: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    write_policy(gui_env, f'[backup]\nfolder = "{folder}"\nevery_hours = 24\n')
    policy = load_policy()
    session = stores.unlock(existing_store, USER, PASSPHRASE, policy)
    public = backup.trusted_ca_public(exports.public_key(session).file_text)
    window = MainWindow(session, delay_unit_ms=20)
    show(qtbot, window)

    key(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not session.open and window.locked  # locked at once, keys of this session dropped
    shown = backup_status.progress[0]
    assert shown is not None and str(folder) in shown.labelText()  # the user sees it being made
    qtbot.waitUntil(lambda: not workers.busy(), timeout=10000)
    assert backup_status.progress[0] is None
    report = backup.verify_backup(folder, public)
    assert report.ok and len(report.checked) == 1, report.problems
    assert not backup.backup_state(policy).due  # the next lock takes none for 24 hours
    window.close()
    assert len(backup.verify_backup(folder, public).checked) == 1


def test_admin_view_shows_the_last_backup_and_warns_when_too_old(
    qtbot: QtBot, gui_env: Path, unit: Unit, tmp_path: Path
) -> None:
    label = BackupStatusLabel(unit[Role.UNIT_ADMIN])
    qtbot.addWidget(label)
    assert "off" in label.text() and label.property("warning")

    folder = tmp_path / "backups"
    write_policy(gui_env, f'[backup]\nfolder = "{folder}"\nevery_hours = 12\n')
    policy = load_policy()
    admin = unit[Role.UNIT_ADMIN]
    admin.policy = policy
    made = backup.create_backup(admin, folder).folder
    label.refresh()
    assert "Last backup:" in label.text() and not label.property("warning")

    made.rename(folder / (backup.PREFIX + "20260101T000000000000Z"))  # as if taken in January
    label.refresh()
    assert "older than the policy allows" in label.text() and label.property("warning")


def test_old_backups_expire_after_keep_days(unit: Unit, gui_env: Path, tmp_path: Path, policy: Policy) -> None:
    folder = tmp_path / "backups"
    write_policy(gui_env, f'[backup]\nfolder = "{folder}"\nkeep_days = 7\nevery_hours = 1\n')
    admin = unit[Role.UNIT_ADMIN]
    admin.policy = load_policy()
    old = backup.create_backup(admin, folder).folder
    aged = old.rename(folder / (backup.PREFIX + "20260101T000000000000Z"))
    taken = backup.backup_if_due(admin)  # due (the newest is January's), then January's is deleted
    assert taken is not None and taken.folder.exists()
    assert not aged.exists()
    assert backup.backup_if_due(admin) is None  # not due again within the hour


def test_disk_and_backup_messages_are_dutch_first(
    qtbot: QtBot, qapp: QApplication, compiled_translations: Path, tmp_path: Path, unit: Unit
) -> None:
    assert install_translator(qapp, "nl")
    full = disk_error(tmp_path / "medunit.db", "disk I/O error")  # the test's disk has room: a plain I/O error
    assert error_text(full).startswith(f"De bestanden van de opslag in {tmp_path} konden niet")
    label = BackupStatusLabel(unit[Role.UNIT_ADMIN])
    qtbot.addWidget(label)
    assert label.text().startswith("Automatische back-ups staan uit")


def test_exit_takes_the_due_backup_before_the_process_ends(
    qtbot: QtBot, gui_env: Path, existing_store: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    write_policy(gui_env, f'[backup]\nfolder = "{folder}"\n')
    session = stores.unlock(existing_store, USER, PASSPHRASE, load_policy())
    public = backup.trusted_ca_public(exports.public_key(session).file_text)
    window = MainWindow(session, delay_unit_ms=20)
    show(qtbot, window)
    window.close()
    assert not workers.busy() and backup_status.progress[0] is None  # done when close() returns
    assert len(backup.verify_backup(folder, public).checked) == 1

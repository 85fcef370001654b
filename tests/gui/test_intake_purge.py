"""File menu tasks: importing an advice request (intake JSON) and applying the retention periods.

Real store, real widgets and real worker threads; only the file chooser is replaced (it is a native dialog).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from medunit.domain.roles import Role
from medunit.gui.i18n import install_translator
from medunit.gui.main_window import MainWindow
from medunit.gui.retention_dialog import PurgeDialog
from medunit.services import records
from medunit.services.session import Session
from tests.gui.conftest import click, key, press, show
from tests.support.unit import Unit, intake_json

NEW = "GD-2026-000003"
OLD_MARKER = "MARKER-opname-29-dagen-gui"
RECENT_MARKER = "MARKER-opname-2-dagen-gui"


def open_window(qtbot: QtBot, session: Session) -> MainWindow:
    window = MainWindow(session, delay_unit_ms=20)
    window.resize(1280, 800)
    show(qtbot, window)
    return window


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """The native file chooser answers ``path``."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), "Advice requests (*.json)"))


def wait_idle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.busy, timeout=10_000)
    assert not window.busy_bar.isVisible()


def valid_file(tmp_path: Path, reference: str = NEW) -> Path:
    path = tmp_path / "aanvraag.json"
    person = {
        "reference": "P-000103",
        "given_names": "Carla",
        "family_name": "Bos",
        "date_of_birth": "1990-06-15",
    }
    path.write_text(intake_json(reference, "P-000103", person=person, received_at=date.today().isoformat()))
    return path


def visible_file_actions(window: MainWindow) -> list[str]:
    file_menu = window.menuBar().actions()[0].menu()
    assert file_menu is not None
    return [a.text() for a in file_menu.actions() if a.isVisible() and not a.isSeparator()]


# -- import ----------------------------------------------------------------------------------------


def test_import_through_the_menu_selects_and_opens_the_new_case(
    qtbot: QtBot, unit: Unit, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, unit[Role.UNIT_STAFF])
    case_list = window.case_list
    assert case_list is not None and case_list.model.rowCount() == 2
    case_list.search_edit.setText("GD-2026-000001")  # a filter that hides the new case
    case_list.apply_filters()
    choose_file(monkeypatch, valid_file(tmp_path))

    key(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert window.busy and window.busy_bar.isVisible()  # the import runs in a worker; the window answers
    assert not window.import_action.isEnabled()
    wait_idle(qtbot, window)

    assert window.message.text() == f"Case {NEW} imported."
    assert case_list.current_reference() == NEW
    assert window.case_view is not None and window.case_view.reference == NEW
    assert window.case_view.name_value.text() == "Carla Bos"
    case_list.search_edit.clear()
    case_list.apply_filters()
    assert case_list.model.rowCount() == 3
    assert window.import_action.isEnabled()
    window.close()


def test_malformed_file_is_refused_with_line_and_field(
    qtbot: QtBot, unit: Unit, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, unit[Role.MEDICAL_ADVISOR])
    bad = tmp_path / "kapot.json"
    bad.write_text(intake_json(NEW, case_type="pension"))  # case_type is on line 4
    choose_file(monkeypatch, bad)
    window.import_action.trigger()
    wait_idle(qtbot, window)
    assert window.message.text().startswith("Intake refused: line 4, field 'case_type': must be one of ")
    assert window.case_list is not None and window.case_list.model.rowCount() == 2
    assert window.case_view is not None and window.case_view.reference is None
    window.close()


def test_malformed_file_message_in_dutch(
    qtbot: QtBot,
    qapp: QApplication,
    compiled_translations: Path,
    unit: Unit,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert install_translator(qapp, "nl")
    window = open_window(qtbot, unit[Role.MEDICAL_ADVISOR])
    assert "Adviesaanvraag &importeren…" in visible_file_actions(window)
    assert "&Bewaartermijnen toepassen…" in visible_file_actions(window)
    bad = tmp_path / "kapot.json"
    bad.write_text(intake_json(NEW, case_type="pension"))
    choose_file(monkeypatch, bad)
    window.import_action.trigger()
    wait_idle(qtbot, window)
    assert window.message.text().startswith("Adviesaanvraag geweigerd: regel 4, veld 'case_type': ")

    choose_file(monkeypatch, valid_file(tmp_path))
    window.import_action.trigger()
    wait_idle(qtbot, window)
    assert window.message.text() == f"Dossier {NEW} geïmporteerd."

    window.import_action.trigger()  # the same file again
    wait_idle(qtbot, window)
    assert window.message.text() == f"Een dossier met referentie {NEW} is al geïmporteerd."
    window.close()


def test_duplicate_reference_is_refused_and_nothing_changes(
    qtbot: QtBot, unit: Unit, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, unit[Role.MEDICAL_ADVISOR])
    case_list, view = window.case_list, window.case_view
    assert case_list is not None and view is not None
    view.open_case("GD-2026-000002")
    choose_file(monkeypatch, valid_file(tmp_path, "GD-2026-000001"))
    window.import_action.trigger()
    wait_idle(qtbot, window)
    assert window.message.text() == "A case with reference GD-2026-000001 was already imported."
    assert case_list.model.rowCount() == 2
    assert view.reference == "GD-2026-000002"
    window.close()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            b" " * (1024 * 1024 + 1),
            "The file aanvraag.json is larger than 1 MiB; an advice request is never that large. Nothing was imported.",
        ),
        (
            b'{"schema": "medunit-intake/1", "question": "\xff"}',
            "The file aanvraag.json is not UTF-8 text; nothing was imported.",
        ),
    ],
)
def test_oversized_or_non_utf8_file_is_refused(
    qtbot: QtBot, unit: Unit, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes, message: str
) -> None:
    path = tmp_path / "aanvraag.json"
    path.write_bytes(content)
    window = open_window(qtbot, unit[Role.MEDICAL_ADVISOR])
    choose_file(monkeypatch, path)
    window.import_action.trigger()
    wait_idle(qtbot, window)
    assert window.message.text() == message
    assert window.case_list is not None and window.case_list.model.rowCount() == 2
    window.close()


def test_cancelling_the_file_chooser_does_nothing(qtbot: QtBot, unit: Unit, monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(qtbot, unit[Role.MEDICAL_ADVISOR])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: ("", ""))
    window.import_action.trigger()
    assert not window.busy and not window.message.isVisible()
    window.close()


def test_menu_tasks_follow_the_role(qtbot: QtBot, unit: Unit) -> None:
    shown = {}
    for role in Role:
        window = MainWindow(unit[role])
        shown[role] = (window.import_action.isVisible(), window.purge_action.isVisible())
        if role is Role.PRIVACY_OFFICER:
            assert visible_file_actions(window) == ["&Lock", "&Quit"]
            window.choose_intake_file()  # even when called, nothing starts
            window.plan_purge()
            assert not window.busy
        window.close()
    assert shown == {
        Role.MEDICAL_ADVISOR: (True, True),
        Role.UNIT_STAFF: (True, False),
        Role.CRIMINAL_RECORD_OFFICER: (False, False),
        Role.PRIVACY_OFFICER: (False, False),
        Role.UNIT_ADMIN: (False, True),
    }


# -- retention purge ---------------------------------------------------------------------------------


def add_recordings(unit: Unit) -> None:
    """One recording 29 days old (past the 4 weeks) and one 2 days old."""
    ma = unit[Role.MEDICAL_ADVISOR]
    old = records.add_entry(ma, "GD-2026-000001", "recording", f"Gesprek met verzekerde {OLD_MARKER}")
    recent = records.add_entry(ma, "GD-2026-000001", "recording", f"Gesprek met verzekerde {RECENT_MARKER}")
    db = unit[Role.UNIT_ADMIN].vault.db
    for entry_id, days in ((old, 29), (recent, 2)):  # by id: the text is sealed (issue 11)
        at = (datetime.now(UTC) - timedelta(days=days)).isoformat()
        with db.transaction():
            db.execute("UPDATE health_entries SET recorded_at = ? WHERE id = ?", (at, entry_id))


def recording_texts(unit: Unit) -> list[str]:
    found = records.entries(unit[Role.MEDICAL_ADVISOR], "GD-2026-000001")
    return [e.text for e in found if e.kind == "recording"]


def open_purge_dialog(qtbot: QtBot, window: MainWindow) -> PurgeDialog:
    window.purge_action.trigger()
    assert window.busy  # the plan is made in a worker
    wait_idle(qtbot, window)
    dialog = window.purge_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_purge_lists_counts_and_deletes_after_confirmation(qtbot: QtBot, unit: Unit) -> None:
    add_recordings(unit)
    window = open_window(qtbot, unit[Role.MEDICAL_ADVISOR])
    view = window.case_view
    assert view is not None and view.open_case("GD-2026-000001")
    dialog = open_purge_dialog(qtbot, window)
    assert dialog.counts() == {"recording": 1, "closed-case": 0, "contact-moment": 0}
    assert dialog.table.item(0, PurgeDialog.COL_KIND).text() == "Call and chat recordings (max. 4 weeks)"
    assert dialog.table.item(0, PurgeDialog.COL_COUNT).text() == "1"
    assert dialog.table.item(0, PurgeDialog.COL_BEFORE).text()  # the cut-off date
    assert dialog.cancel_button.isDefault() and not dialog.delete_button.isDefault()
    assert len(recording_texts(unit)) == 2  # nothing deleted by the plan

    click(dialog.delete_button)
    assert window.busy and window.busy_bar.isVisible()
    wait_idle(qtbot, window)

    texts = recording_texts(unit)
    assert len(texts) == 1 and RECENT_MARKER in texts[0]
    assert window.message.text() == "Retention periods applied: 1 item(s) deleted."
    box = window.purge_summary_box
    assert isinstance(box, QMessageBox)
    assert "Call and chat recordings (max. 4 weeks): 1 deleted" in box.informativeText()
    assert view.reference == "GD-2026-000001"  # the open case was reloaded, still open
    box.close()
    window.close()


def test_enter_in_the_purge_dialog_cancels(qtbot: QtBot, unit: Unit) -> None:
    add_recordings(unit)
    window = open_window(qtbot, unit[Role.UNIT_ADMIN])
    dialog = open_purge_dialog(qtbot, window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    press(qtbot, Qt.Key.Key_Return)  # the default button is Cancel
    qtbot.waitUntil(lambda: window.purge_dialog is None, timeout=2000)
    assert not window.busy
    assert len(recording_texts(unit)) == 2
    window.close()


def test_purge_dialog_in_dutch(qtbot: QtBot, qapp: QApplication, compiled_translations: Path, unit: Unit) -> None:
    add_recordings(unit)
    assert install_translator(qapp, "nl")
    window = open_window(qtbot, unit[Role.UNIT_ADMIN])
    dialog = open_purge_dialog(qtbot, window)
    names = [dialog.table.item(row, PurgeDialog.COL_KIND).text() for row in range(dialog.table.rowCount())]
    assert names == ["Opnamen van gesprekken (max. 4 weken)", "Afgesloten dossiers", "Contactmomenten"]
    assert dialog.delete_button.text() == "&Verwijderen"
    click(dialog.delete_button)
    wait_idle(qtbot, window)
    assert window.message.text() == "Bewaartermijnen toegepast: 1 item verwijderd."
    assert window.purge_summary_box is not None
    window.purge_summary_box.close()
    window.close()


def test_lock_during_an_import_waits_for_it(
    qtbot: QtBot, unit: Unit, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, unit[Role.MEDICAL_ADVISOR])
    choose_file(monkeypatch, valid_file(tmp_path))
    window.import_action.trigger()
    window.lock()  # asked while the worker still uses the session
    assert window.busy and not window.locked
    qtbot.waitUntil(lambda: window.locked, timeout=10_000)
    assert not window.busy and window.unlock_dialog is not None
    assert not window.import_action.isEnabled()
    window.unlock_dialog.reject()

"""Unlocking: wrong passphrases, the growing delay, damaged stores, success."""

from __future__ import annotations

from pathlib import Path

import keyring.core
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from medunit.config.policy import Policy
from medunit.gui.main_window import MainWindow
from medunit.gui.unlock import UnlockDialog, delay_units
from tests.gui.conftest import PASSPHRASE, USER, focused, press, show, type_text

UNIT_MS = 150


def attempt(qtbot: QtBot, dialog: UnlockDialog, passphrase: str) -> None:
    """Type the passphrase into the (focused) passphrase field and press Enter."""
    assert focused() is dialog.passphrase_edit
    type_text(qtbot, passphrase)
    press(qtbot, Qt.Key.Key_Return)


def open_dialog(qtbot: QtBot, policy: Policy, store: Path) -> UnlockDialog:
    dialog = UnlockDialog(policy, store, delay_unit_ms=UNIT_MS)
    show(qtbot, dialog)
    assert focused() is dialog.user_edit
    type_text(qtbot, USER)
    press(qtbot, Qt.Key.Key_Tab)
    return dialog


@pytest.mark.parametrize(
    ("failures", "units"), [(0, 0), (1, 0), (2, 0), (3, 1), (4, 2), (5, 4), (8, 32), (9, 60), (40, 60)]
)
def test_delay_grows_and_is_capped(failures: int, units: int) -> None:
    assert delay_units(failures) == units


def test_wrong_passphrase_clears_the_field(qtbot: QtBot, policy: Policy, existing_store: Path) -> None:
    dialog = open_dialog(qtbot, policy, existing_store)
    attempt(qtbot, dialog, "not the passphrase")

    assert dialog.isVisible() and dialog.session is None
    assert dialog.message_label.text() == "Unlock failed: unknown user or wrong passphrase."
    assert dialog.message_label.isVisible()
    assert dialog.passphrase_edit.text() == ""
    assert focused() is dialog.passphrase_edit
    assert dialog.user_edit.text() == USER
    assert dialog.unlock_button.isEnabled()


def test_growing_delay_after_the_third_failure(qtbot: QtBot, policy: Policy, existing_store: Path) -> None:
    dialog = open_dialog(qtbot, policy, existing_store)
    attempt(qtbot, dialog, "wrong one")
    attempt(qtbot, dialog, "wrong two")
    assert dialog.unlock_button.isEnabled()
    assert not dialog.countdown_label.isVisible()

    attempt(qtbot, dialog, "wrong three")
    assert dialog.failures == 3
    assert not dialog.unlock_button.isEnabled()
    assert dialog.countdown_label.isVisible()
    assert "in 1 second" in dialog.countdown_label.text()

    # While held back, Enter does not try again (no fourth failure is counted).
    type_text(qtbot, PASSPHRASE)
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.failures == 3 and dialog.session is None
    dialog.passphrase_edit.clear()

    qtbot.waitUntil(dialog.unlock_button.isEnabled, timeout=2000)
    assert not dialog.countdown_label.isVisible()

    attempt(qtbot, dialog, "wrong four")
    assert not dialog.unlock_button.isEnabled()
    assert "in 2 second" in dialog.countdown_label.text()
    qtbot.waitUntil(lambda: "in 1 second" in dialog.countdown_label.text(), timeout=2000)
    qtbot.waitUntil(dialog.unlock_button.isEnabled, timeout=2000)

    with qtbot.waitSignal(dialog.accepted):
        attempt(qtbot, dialog, PASSPHRASE)
    assert dialog.session is not None
    dialog.session.close()


def test_success_opens_main_window_with_user_and_role(qtbot: QtBot, policy: Policy, existing_store: Path) -> None:
    dialog = open_dialog(qtbot, policy, existing_store)
    with qtbot.waitSignal(dialog.accepted):
        attempt(qtbot, dialog, PASSPHRASE)
    session = dialog.session
    assert session is not None and session.open
    assert dialog.passphrase_edit.text() == ""

    window = MainWindow(session)
    show(qtbot, window)
    assert window.user_value.text() == USER
    assert window.role_value.text() == "Unit administrator"  # the role in words, not its code
    assert "Unit administrator" in window.role_value.text()
    assert window.store_value.text() == str(existing_store)
    assert window.workstation_value.text() == session.workstation_id
    assert window.binding_value.text().startswith("on")
    assert "DEMO" not in window.windowTitle()
    assert str(existing_store) in window.windowTitle()
    assert not window.demo_banner.isVisible()
    window.close()
    assert not session.open


def test_damaged_key_slot_file_shows_a_clear_message(qtbot: QtBot, policy: Policy, existing_store: Path) -> None:
    (existing_store / "keyslots.json").write_bytes(b"\x00garbage{not json")
    dialog = open_dialog(qtbot, policy, existing_store)
    attempt(qtbot, dialog, PASSPHRASE)

    text = dialog.message_label.text()
    assert dialog.session is None and dialog.isVisible()
    assert "is damaged or was altered" in text
    assert "keyslots.json" in text
    assert "Traceback" not in text and 'File "' not in text
    assert dialog.failures == 0  # not counted as a wrong passphrase


def test_missing_store_folder_is_reported(qtbot: QtBot, policy: Policy, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, policy, tmp_path / "gone")
    attempt(qtbot, dialog, PASSPHRASE)
    assert dialog.message_label.text() == f"The store folder {tmp_path / 'gone'} does not exist."


def test_other_workstation_is_reported(
    qtbot: QtBot, policy: Policy, existing_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MEDUNIT_TEST_KEYRING", str(tmp_path / "other-workstation.bin"))
    keyring.core.init_backend()
    dialog = open_dialog(qtbot, policy, existing_store)
    attempt(qtbot, dialog, PASSPHRASE)
    assert "bound to another workstation" in dialog.message_label.text()
    assert f"--user {USER}" in dialog.message_label.text()


def test_keychain_unavailable_is_reported(
    qtbot: QtBot, policy: Policy, existing_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    keyring.core.init_backend()
    dialog = open_dialog(qtbot, policy, existing_store)
    attempt(qtbot, dialog, PASSPHRASE)
    assert dialog.message_label.text().startswith("The OS keychain is not available")
    assert dialog.session is None


def test_hold_back_survives_a_restart(qtbot: QtBot, policy: Policy, existing_store: Path) -> None:
    dialog = open_dialog(qtbot, policy, existing_store)
    for wrong in ("wrong one", "wrong two", "wrong three"):
        qtbot.waitUntil(dialog.unlock_button.isEnabled, timeout=2000)
        dialog.passphrase_edit.setFocus()
        attempt(qtbot, dialog, wrong)
    dialog.close()
    restarted = UnlockDialog(policy, existing_store, delay_unit_ms=UNIT_MS)
    show(qtbot, restarted)
    assert restarted.failures == 3
    assert restarted.waiting and not restarted.unlock_button.isEnabled()
    qtbot.waitUntil(restarted.unlock_button.isEnabled, timeout=2000)
    restarted.user_edit.setText(USER)
    restarted.passphrase_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(restarted.accepted):
        restarted.unlock_button.click()
    assert restarted.session is not None
    restarted.session.close()
    assert UnlockDialog(policy, existing_store, delay_unit_ms=UNIT_MS).failures == 0


def test_demo_unlock_lists_the_demo_users_and_roles(qtbot: QtBot, policy: Policy, tmp_path: Path) -> None:
    from medunit.services import demo

    store = tmp_path / "store-demo"
    demo.create_demo_store(store, policy, cases=3)
    dialog = UnlockDialog(policy, store, demo=True)
    qtbot.addWidget(dialog)
    assert dialog.demo_list is not None
    shown = [dialog.demo_list.item(i).text() for i in range(dialog.demo_list.count())]
    assert "privacy — Privacy officer" in shown and "beheer — Unit administrator" in shown
    assert len(shown) == len(demo.DEMO_USERS) + 1
    dialog.demo_list.setCurrentRow(shown.index("privacy — Privacy officer"))
    assert dialog.user_edit.text() == "privacy" and dialog.passphrase_edit.text() == demo.DEMO_PASSPHRASE
    with qtbot.waitSignal(dialog.accepted):
        dialog.unlock_button.click()
    assert dialog.session is not None and dialog.session.full_name("dr.jansen") == "Dr. A. Jansen"
    dialog.session.close()
    assert UnlockDialog(policy, store).demo_list is None  # a real store lists nobody

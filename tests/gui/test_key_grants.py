"""The key-grant prompt: after unlock, an advisor sees who waits for the keys they hold and approves
explicitly; the administrator and staff get no prompt."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from medunit.domain.roles import HEALTH, Role
from medunit.gui.key_grants import KeyGrantDialog, offer_key_grants
from medunit.gui.main_window import MainWindow
from medunit.services import records, sealing, stores
from tests.gui.conftest import click, show
from tests.support.unit import SECOND_ADVISOR, USER_PASS, Unit, add_second_advisor


def test_advisor_approves_a_pending_grant(qtbot: QtBot, unit: Unit) -> None:
    add_second_advisor(unit, recovery=False).close()
    window = MainWindow(unit[Role.MEDICAL_ADVISOR])
    show(qtbot, window)
    dialog = getattr(window, "key_grant_dialog", None)
    assert isinstance(dialog, KeyGrantDialog)
    qtbot.waitExposed(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == SECOND_ADVISOR  # type: ignore[union-attr]
    assert dialog.table.item(0, 2).text() == "glass, health"  # type: ignore[union-attr]
    click(dialog.approve_button)
    assert dialog.table.rowCount() == 0
    assert SECOND_ADVISOR in dialog.message.text()
    assert not dialog.approve_button.isEnabled()
    dialog.approve_selected()  # nothing left to select (the button is disabled; the shortcut path)
    assert "Select a user" in dialog.message.text()
    dialog.reject()
    window.close()
    again = stores.unlock(unit.root, SECOND_ADVISOR, USER_PASS, unit.policy)
    try:
        assert HEALTH in again.vault.bag.compartments
        records.entries(again, "GD-2026-000001")
    finally:
        again.close()


def test_a_refused_approval_is_shown(qtbot: QtBot, unit: Unit) -> None:
    add_second_advisor(unit, recovery=False).close()
    pending = sealing.pending_grants(unit[Role.MEDICAL_ADVISOR])
    dialog = KeyGrantDialog(unit[Role.MEDICAL_ADVISOR], pending)
    show(qtbot, dialog)
    sealing.grant_keys(unit[Role.MEDICAL_ADVISOR], SECOND_ADVISOR)  # approved meanwhile elsewhere
    click(dialog.approve_button)
    assert "no key grant waiting" in dialog.message.text()
    dialog.reject()


def test_no_prompt_for_admin_or_staff_or_without_grants(qtbot: QtBot, unit: Unit) -> None:
    add_second_advisor(unit, recovery=False).close()
    for role in (Role.UNIT_ADMIN, Role.UNIT_STAFF):
        window = MainWindow(unit[role])
        show(qtbot, window)
        assert getattr(window, "key_grant_dialog", None) is None
        window.close()
    sealing.grant_keys(unit[Role.MEDICAL_ADVISOR], SECOND_ADVISOR)
    unit[Role.MEDICAL_ADVISOR].close()  # a locked session: the prompt stays away quietly
    offer_key_grants(window, unit[Role.MEDICAL_ADVISOR])
    assert getattr(window, "key_grant_dialog", None) is None

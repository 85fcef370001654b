"""The unit administrator's view: add and remove users, a new recovery code, the policy in force."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from medunit.domain.roles import Role
from medunit.gui.main_window import MainWindow
from medunit.services import stores
from tests.gui.conftest import click, show
from tests.support.unit import Unit


def admin_window(qtbot: QtBot, unit: Unit) -> MainWindow:
    window = MainWindow(unit[Role.UNIT_ADMIN])
    show(qtbot, window)
    assert window.admin_view is not None
    return window


def test_add_user(qtbot: QtBot, unit: Unit) -> None:
    window = admin_window(qtbot, unit)
    view = window.admin_view
    assert view is not None
    assert view.user_model.rowCount() == 5
    assert view.policy_model.rowCount() == len(unit.policy.settings)
    view.add_user()
    dialog = view.add_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(Role.PRIVACY_OFFICER.value))
    assert not dialog.code_edit.isVisible()  # a role without content keys needs no recovery code
    dialog.name_edit.setText("m.devries")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(Role.UNIT_STAFF.value))
    assert dialog.code_edit.isVisible()  # optional: left empty, an advisor approves the grant later
    dialog.passphrase_edit.setText("short")
    dialog.repeat_edit.setText("short")
    click(dialog.add_button)
    assert dialog.isVisible() and "at least 12 characters" in dialog.message.text()
    dialog.passphrase_edit.setText("a new member passphrase")
    dialog.repeat_edit.setText("a new member passphrase")
    click(dialog.add_button)
    qtbot.waitUntil(lambda: view.user_model.rowCount() == 6, timeout=3000)
    assert "m.devries" in view.message.text()
    stores.unlock(unit.root, "m.devries", "a new member passphrase", unit.policy).close()

    view.add_user()
    cro = view.add_dialog
    assert cro is not None
    qtbot.waitExposed(cro)
    cro.role_combo.setCurrentIndex(cro.role_combo.findData(Role.CRIMINAL_RECORD_OFFICER.value))
    assert cro.code_edit.isVisible() and not cro.big_edit.isVisible()
    cro.reject()

    view.add_user()  # a medical advisor with their BIG number gets a document-signing certificate
    ma = view.add_dialog
    assert ma is not None
    qtbot.waitExposed(ma)
    ma.name_edit.setText("dr.bos")
    ma.role_combo.setCurrentIndex(ma.role_combo.findData(Role.MEDICAL_ADVISOR.value))
    assert ma.big_edit.isVisible()
    ma.passphrase_edit.setText("a new member passphrase")
    ma.repeat_edit.setText("a new member passphrase")
    ma.big_edit.setText("1234")
    click(ma.add_button)
    assert ma.isVisible() and "is not a BIG number" in ma.message.text()
    ma.big_edit.setText("10987654321")
    click(ma.add_button)
    qtbot.waitUntil(lambda: view.user_model.rowCount() == 7, timeout=3000)
    bos = stores.unlock(unit.root, "dr.bos", "a new member passphrase", unit.policy)
    assert "sign_cert" in bos.vault.bag.personal
    bos.close()
    window.close()


def test_remove_user_asks_first(qtbot: QtBot, unit: Unit) -> None:
    for role, session in unit.sessions.items():  # rotating the key needs the store to itself
        if role is not Role.UNIT_ADMIN:
            session.close()
    window = admin_window(qtbot, unit)
    view = window.admin_view
    assert view is not None
    row = next(r for r, u in enumerate(view.user_model.rows) if u.name == "staff.smit")
    view.user_table.setCurrentIndex(view.user_model.index(row, 0))
    view.remove_user()
    box = view.confirm_box
    assert box is not None
    qtbot.waitExposed(box)
    remove = next(b for b in box.buttons() if b.text() == "&Remove")
    click(remove)
    qtbot.waitUntil(lambda: view.user_model.rowCount() == 4, timeout=3000)
    assert all(u.name != "staff.smit" for u in view.user_model.rows)
    window.close()


def test_new_recovery_code_is_shown_once(qtbot: QtBot, unit: Unit) -> None:
    for role, session in unit.sessions.items():  # the recovery slot is rewritten: store to itself
        if role is not Role.UNIT_ADMIN:
            session.close()
    window = admin_window(qtbot, unit)
    view = window.admin_view
    assert view is not None
    view.new_recovery_code()
    dialog = view.recovery_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.current_edit.setText(unit.recovery_code)
    click(dialog.make_button)
    assert dialog.code_shown and dialog.code_edit.text() != unit.recovery_code
    assert not dialog.close_button.isEnabled()
    dialog.reject()
    assert dialog.isVisible()  # the tick is needed first
    click(dialog.written_check)
    click(dialog.close_button)
    qtbot.waitUntil(lambda: view.recovery_dialog is None, timeout=2000)
    window.close()


def test_admin_sets_a_profile(qtbot: QtBot, unit: Unit) -> None:
    from medunit.gui.admin_view import AdminView

    view = AdminView(unit[Role.UNIT_ADMIN])
    qtbot.addWidget(view)
    row = next(
        r for r in range(view.user_model.rowCount()) if view.user_model.data(view.user_model.index(r, 0)) == "dr.jansen"
    )
    view.user_table.setCurrentIndex(view.user_model.index(row, 0))
    dialog = view.edit_profile()
    assert dialog is not None and dialog.big_edit.isVisibleTo(dialog)
    dialog.name_edit.setText("Dr. A. Jansen")
    dialog.big_edit.setText("123")
    dialog._save()
    assert "not a BIG number" in dialog.message.text()
    dialog.big_edit.setText("19012345678")
    dialog._save()
    assert view.profile_dialog is None
    row = next(
        r for r in range(view.user_model.rowCount()) if view.user_model.data(view.user_model.index(r, 0)) == "dr.jansen"
    )
    assert view.user_model.data(view.user_model.index(row, 1)) == "Dr. A. Jansen"
    assert view.user_model.data(view.user_model.index(row, 3)) == "19012345678"

"""The unlock window on a unit server: the same window, the URL in place of a folder, no password shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from medunit.config.policy import Policy
from medunit.gui.main_window import MainWindow
from medunit.gui.unlock import UnlockDialog
from tests.gui.conftest import focused, press, show, type_text
from tests.support.backends import server_location
from tests.support.pg import Cluster
from tests.support.unit import USER_PASS, USERS, make_unit


def test_unlock_window_opens_a_unit_server(qtbot: QtBot, policy: Policy, pg_cluster: Cluster, tmp_path: Path) -> None:
    from medunit.domain.roles import Role

    url = server_location(pg_cluster)
    make_unit(url, policy).close()
    dialog = UnlockDialog(policy, url)
    show(qtbot, dialog)
    assert pg_cluster.password not in dialog.store_label.text()
    assert dialog.store_label.text().startswith("postgresql://")
    type_text(qtbot, USERS[Role.MEDICAL_ADVISOR])
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.passphrase_edit
    with qtbot.waitSignal(dialog.accepted):
        type_text(qtbot, USER_PASS)
        press(qtbot, Qt.Key.Key_Return)
    session = dialog.session
    assert session is not None and session.open
    window = MainWindow(session)
    show(qtbot, window)
    assert window.store_value.text().startswith("postgresql://") and pg_cluster.password not in window.windowTitle()
    assert window.binding_value.text().startswith("on")  # the unit's slots are bound (policy default)
    window.close()
    assert not session.open

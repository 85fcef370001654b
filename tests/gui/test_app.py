"""Start-up: which dialog shows, policy errors, and no traceback ever reaches the user."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from medunit import netguard
from medunit.config.policy import Policy
from medunit.errors import IntegrityError
from medunit.gui import app as gui_app
from medunit.gui.first_run import FirstRunDialog
from medunit.gui.unlock import UnlockDialog


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch, gui_env: Path) -> list[str]:
    """Error texts the app shows (instead of a blocking message box); netguard left alone; English."""
    gui_env.write_text(gui_env.read_text(encoding="utf-8") + '\n[ui]\nlanguage = "en"\n', encoding="utf-8")
    texts: list[str] = []
    monkeypatch.setattr(gui_app, "error_sink", texts.append)
    monkeypatch.setattr(netguard, "install", lambda: None)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    return texts


def run_and_dismiss(argv: list[str]) -> tuple[int, list[QDialog]]:
    """Run ``main`` and reject the first modal dialog it shows, as a user pressing Quit."""
    seen: list[QDialog] = []

    def dismiss() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            QTimer.singleShot(20, dismiss)
            return
        assert isinstance(widget, QDialog)
        seen.append(widget)
        widget.reject()

    QTimer.singleShot(0, dismiss)
    return gui_app.main(argv), seen


def test_first_run_dialog_without_a_store(qapp: QApplication, shown: list[str], tmp_path: Path) -> None:
    code, seen = run_and_dismiss(["--store", str(tmp_path / "new-store")])
    assert code == 0
    assert len(seen) == 1 and isinstance(seen[0], FirstRunDialog)
    assert shown == []


def test_unlock_dialog_with_a_store(qapp: QApplication, shown: list[str], existing_store: Path) -> None:
    code, seen = run_and_dismiss(["--store", str(existing_store)])
    assert code == 0
    assert len(seen) == 1 and isinstance(seen[0], UnlockDialog)
    assert seen[0].store_dir == existing_store


@pytest.mark.parametrize("store_exists", [True, False], ids=["unlock", "first run"])
def test_the_window_icon_is_there_once_the_first_window_is(
    qapp: QApplication, shown: list[str], existing_store: Path, tmp_path: Path, store_exists: bool
) -> None:
    """The unlock window gets the icon right after its first paint (issue 15, cold start), before Unlock
    can be pressed; the other first windows before they show."""
    qapp.setWindowIcon(QIcon())
    seen: list[bool] = []

    def dismiss() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or (isinstance(widget, UnlockDialog) and not widget.unlock_button.isEnabled()):
            QTimer.singleShot(20, dismiss)
            return
        assert isinstance(widget, QDialog)
        seen.append(not qapp.windowIcon().isNull())
        widget.reject()

    QTimer.singleShot(0, dismiss)
    assert gui_app.main(["--store", str(existing_store if store_exists else tmp_path / "new-store")]) == 0
    assert seen == [True]


def test_policy_location_is_used_without_store_argument(
    qapp: QApplication, shown: list[str], gui_env: Path, existing_store: Path
) -> None:
    gui_env.write_text(
        gui_env.read_text(encoding="utf-8") + f'\n[store]\nlocation = "{existing_store}"\n', encoding="utf-8"
    )
    _code, seen = run_and_dismiss([])
    assert isinstance(seen[0], UnlockDialog)


def test_invalid_policy_shows_message_and_exits_1(qapp: QApplication, shown: list[str], gui_env: Path) -> None:
    gui_env.write_text("[security]\nkdf_iterations = 0\n", encoding="utf-8")
    assert gui_app.main([]) == 1
    assert len(shown) == 1
    assert "kdf_iterations" in shown[0]
    assert "Traceback" not in shown[0]


def test_unexpected_exception_is_withheld(shown: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    try:
        raise ValueError("Jansen, born 1970-01-01")  # could be health data: must not be shown
    except ValueError as exc:
        gui_app.excepthook(ValueError, exc, exc.__traceback__)
    assert shown == ["Internal error; details withheld."]
    assert "Jansen" not in capsys.readouterr().err


def test_medunit_error_in_event_loop_shows_its_message(shown: list[str]) -> None:
    exc = IntegrityError("The key-slot file {path} holds no key for this slot.", path="/x/keyslots.json")
    gui_app.excepthook(IntegrityError, exc, None)
    assert shown == ["The key-slot file /x/keyslots.json holds no key for this slot."]


def test_crash_during_start_is_withheld(
    qapp: QApplication, shown: list[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def boom(policy: Policy, store_dir: Path) -> QDialog:
        raise RuntimeError("secret detail")

    monkeypatch.setattr(gui_app, "start_dialog", boom)
    assert gui_app.main(["--store", str(tmp_path)]) == 1
    assert shown == ["Internal error; details withheld."]


def test_slot_exception_reaches_excepthook(qtbot: QtBot, shown: list[str]) -> None:
    """An exception escaping a slot in the event loop goes to sys.excepthook, which the app replaces."""
    sys.excepthook = gui_app.excepthook
    with qtbot.capture_exceptions() as caught:
        QTimer.singleShot(0, lambda: (_ for _ in ()).throw(RuntimeError("secret")))
        qtbot.wait(50)
    # pytest-qt intercepts it in tests; feed what it caught to the hook exactly as Qt would.
    for exc_type, exc, tb in caught:
        gui_app.excepthook(exc_type, exc, tb)
    assert shown == ["Internal error; details withheld."]


def test_self_test_flag_shows_the_first_dialog_and_exits(
    existing_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from medunit.gui.app import run

    assert run(["--store", str(existing_store), "--self-test"]) == 0
    assert "UnlockDialog shown" in capsys.readouterr().out


def test_about_shows_build_info(qtbot: QtBot, policy: Policy, existing_store: Path) -> None:
    from medunit.gui.main_window import MainWindow
    from medunit.services import stores
    from tests.gui.conftest import PASSPHRASE, USER

    window = MainWindow(stores.unlock(existing_store, USER, PASSPHRASE, policy))
    qtbot.addWidget(window)
    window.show_about()
    assert window.about_box is not None
    assert window.about_box.detailedText().startswith("medunit ")
    assert "SQLCipher" in window.about_box.detailedText()
    window.close()


def test_qt_dialogs_are_chosen_after_the_unlock_and_before_the_main_window(
    qapp: QApplication, shown: list[str], monkeypatch: pytest.MonkeyPatch, existing_store: Path
) -> None:
    """Qt's own (translated) file dialogs, not the desktop's: no longer set before the unlock window is
    painted (it imports Qt's whole ``Qt`` namespace), but still before the main window, where every file
    dialog is."""
    from PySide6.QtCore import QCoreApplication, Qt

    from medunit.gui import acknowledge_dialog

    attribute = Qt.ApplicationAttribute.AA_DontUseNativeDialogs
    qapp.setAttribute(attribute, False)
    closed: list[bool] = []

    class Unlocked(QDialog):
        """The start dialog after a successful unlock."""

        session = SimpleNamespace(close=lambda: closed.append(True))

        def exec(self) -> int:
            return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(gui_app, "start_dialog", lambda _policy, _store: Unlocked())
    seen: list[bool] = []

    def declined(_session: object) -> bool:  # the confidentiality statement comes right before the window
        seen.append(QCoreApplication.testAttribute(attribute))
        return False

    monkeypatch.setattr(acknowledge_dialog, "confirm", declined)
    assert gui_app.main(["--store", str(existing_store)]) == 0
    assert seen == [True] and closed == [True] and shown == []

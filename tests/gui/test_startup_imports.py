"""Cold start: the unlock window is shown before the heavy stack is imported (issue 15), and the
failed-unlock count it defers until after the first paint still holds every unlock back.

Timing belongs in tests/bench/bench_gui.py; this checks the cause instead: which modules a fresh
``medunit --self-test`` on an existing store has loaded once its unlock window is up."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from medunit.config.policy import Policy
from medunit.gui.unlock import UnlockDialog
from tests.gui.conftest import PASSPHRASE, USER, show

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import sys
import PySide6.QtCore, PySide6.QtGui
from medunit.gui.app import main
assert main(sys.argv[1:]) == 0
print('Qt namespace built:', 'Qt' in PySide6.QtCore.__dict__)
print('QIcon built:', 'QIcon' in PySide6.QtGui.__dict__)
print(' '.join(sorted(sys.modules)))
"""

#: What only unlocking and the main window need: SQLCipher and the store code, the crypto stack (Argon2id
#: lives in cryptography) and the keychain (the failed-unlock count reads them right after the first
#: paint), the guard, PDF rendering, the export stack and the main window's views.
HEAVY = (
    "sqlcipher3",
    "cryptography",
    "argon2",
    "keyring",
    "medunit.crypto.keyslots",
    "medunit.crypto.workstation",
    "pypdfium2",
    "medunit.export",
    "medunit.store.database",
    "medunit.store.vault",
    "medunit.services.guard",
    "medunit.services.stores",
    "medunit.gui.main_window",
    # the main window's widgets, error texts and labels: not needed to paint the unlock window
    "medunit.gui.widgets",
    "medunit.gui.clipboard",
    "medunit.gui.messages",
    "medunit.gui.labels",
    # lighter, but a bare PySide6 window loads none of them either (about 7 ms of a cold start together):
    # the network guard's socket (loaded when a socket event or an address is judged),
    # the unit server's URL parser (a folder is known without it) and argparse's gettext locale lookup
    # (the usual command lines are read without building the parser)
    "socket",
    "medunit.store.pg",
    "locale",
    # the policy's and the store layout's classes are NamedTuples: no dataclasses module, no generated code
    "dataclasses",
)


@pytest.mark.parametrize("from_policy", [False, True], ids=["--store", "store.location"])
def test_unlock_window_shows_before_the_heavy_imports(existing_store: Path, gui_env: Path, from_policy: bool) -> None:
    """Started with ``--store``, and as a user starts it: no arguments, the store from the policy."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    argv = ["--self-test", "--store", str(existing_store)]
    if from_policy:
        location = f"[store]\nlocation = '{existing_store}'\n"
        gui_env.write_text(gui_env.read_text(encoding="utf-8") + location, encoding="utf-8")
        argv = ["--self-test"]
    done = subprocess.run([sys.executable, "-c", PROBE, *argv], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "medunit self-test: UnlockDialog shown" in done.stdout
    loaded = done.stdout.strip().splitlines()[-1].split()
    assert "medunit.gui.unlock" in loaded
    early = [m for m in loaded if m.startswith(HEAVY)]
    assert early == [], f"imported before the unlock window was shown: {early}"
    # PySide6 builds the Qt namespace's ~90 enum types (about 16 ms) the first time anything names it,
    # or an overload has to be ruled out against one of them (QDialogButtonBox(parent) positionally)
    assert "Qt namespace built: False" in done.stdout
    # nor the QIcon type with its ~150 theme-icon enum members (about 2 ms): the window icon is set after
    # the first paint, and QPushButton(text, parent) would build it to rule out its (QIcon, text) overload
    assert "QIcon built: False" in done.stdout


PRELOAD_PROBE = """
import sys, threading, time
from PySide6.QtWidgets import QApplication
from medunit.gui import app as gui_app
from medunit.config.policy import load_policy
from pathlib import Path

qapp = QApplication([])
dialog = gui_app.start_dialog(load_policy(), Path(sys.argv[1]))
dialog.show()
preloader = gui_app.Preloader(gui_app.DEFERRED_IMPORTS, qapp)
preloader.start(0)
threads = set()
deadline = time.monotonic() + 60
while preloader.pending and time.monotonic() < deadline:
    qapp.processEvents()
    threads.add(threading.active_count())
    time.sleep(0.005)
missing = [m for m in gui_app.DEFERRED_IMPORTS if m not in sys.modules]
print('missing', missing, 'threads', sorted(threads))
"""


def test_the_preload_imports_everything_on_the_gui_thread(existing_store: Path) -> None:
    """The unlock window's preload loads the store stack and the main window step by step on the GUI
    thread, with no second thread: imports in one while the GUI thread handled events crashed the
    process (a segmentation fault)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", PRELOAD_PROBE, str(existing_store)], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "missing [] threads [1]" in done.stdout, done.stdout


def test_the_deferred_modules_exist() -> None:
    """The background preload names real modules (a typo would silently preload nothing)."""
    import importlib.util

    from medunit.gui.app import DEFERRED_IMPORTS

    for name in DEFERRED_IMPORTS:
        assert importlib.util.find_spec(name) is not None, name


def test_counted_after_the_first_paint_and_held_back_until_then(
    qtbot: QtBot, policy: Policy, existing_store: Path
) -> None:
    """The app's path (``count_later``): the failed unlocks are counted once the window is painted, and
    nothing can be unlocked before the count is known (no way around the hold-back)."""
    first = UnlockDialog(policy, existing_store, delay_unit_ms=150)
    show(qtbot, first)
    first.user_edit.setText(USER)
    for wrong in ("wrong one", "wrong two", "wrong three"):
        qtbot.waitUntil(first.unlock_button.isEnabled, timeout=2000)
        first.passphrase_edit.setText(wrong)
        first.unlock_button.click()
    first.close()

    restarted = UnlockDialog(policy, existing_store, delay_unit_ms=150, count_later=True)
    assert restarted.failures == 0 and not restarted.unlock_button.isEnabled()
    restarted.user_edit.setText(USER)
    restarted.passphrase_edit.setText(PASSPHRASE)
    restarted._unlock()  # Enter pressed before the count: refused, nothing opened
    assert restarted.session is None
    show(qtbot, restarted)
    qtbot.waitUntil(lambda: restarted.failures == 3, timeout=2000)
    assert restarted.waiting and not restarted.unlock_button.isEnabled()
    qtbot.waitUntil(restarted.unlock_button.isEnabled, timeout=3000)
    with qtbot.waitSignal(restarted.accepted):
        restarted.unlock_button.click()
    assert restarted.session is not None
    restarted.session.close()


def test_counted_without_a_paint(qtbot: QtBot, policy: Policy, existing_store: Path) -> None:
    dialog = UnlockDialog(policy, existing_store, count_later=True)
    qtbot.addWidget(dialog)
    assert not dialog.unlock_button.isEnabled()
    qtbot.waitUntil(dialog.unlock_button.isEnabled, timeout=3000)  # the fallback timer counted 0
    assert dialog.failures == 0 and not dialog.waiting

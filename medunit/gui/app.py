"""GUI start-up: ``medunit [--store DIR]``.

Loads the policy, installs the translator and shows the unlock dialog when the store exists, else the
first-run dialog; then the main window. No traceback ever reaches the user: a MedunitError shows its
translated one-line message, anything else "Internal error; details withheld".
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from medunit import netguard
from medunit.config.policy import Policy, PolicyError, load_policy
from medunit.errors import MedunitError
from medunit.i18n import DEFAULT_LANGUAGE, resources_dir
from medunit.services import startup

# isort: split
# The modules above (and the standard ones they import) come before PySide6 on purpose: PySide6's import
# hook reads the source of every module an import statement names after PySide6 is loaded (looking for
# ``from __feature__``), which cost about 8 ms of a cold start for medunit's start-up modules (issue 15).
from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from medunit.gui.i18n import install_translator
from medunit.gui.unlock import UnlockDialog

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

    from medunit.gui.first_run import FirstRunDialog
    from medunit.gui.moved_store import MovedStoreDialog

#: Imported on the GUI thread once the unlock window is painted, one module per step with the event loop
#: running in between, so typing stays responsive (the largest step took 35 ms CPU on a loaded machine;
#: docs/benchmarks.md, change 10): the crypto and store stack unlocking needs, the services the main
#: window calls, PDF rendering and the main window's own modules, ordered so that each step loads little
#: besides itself. Importing them before showing the unlock window made a cold start about 4x a bare
#: PySide6 window in CPU time (docs/benchmarks.md, issue 15). Not in a second thread: imports there while
#: the GUI thread handled events crashed the process (a segmentation fault, seen with
#: ``tests/gui/test_app.py`` run alone).
DEFERRED_IMPORTS = (
    "cryptography.hazmat.primitives.ciphers.aead",
    "cryptography.hazmat.primitives.asymmetric.ed25519",
    "sqlcipher3",
    "keyring",
    "medunit.crypto.keyslots",
    "medunit.store.vault",
    "medunit.services.guard",
    "medunit.services.stores",
    "medunit.services.records",
    "medunit.services.admin",
    "medunit.services.advice",
    "medunit.services.consents",
    "medunit.services.exports",
    "medunit.services.intake",
    "pypdfium2",
    "medunit.gui.widgets",
    "medunit.gui.models",
    "medunit.gui.case_view",
    "medunit.gui.admin_view",
    "medunit.gui.main_window",
)
#: After the unlock window's first paint, long before anyone can have typed a passphrase.
PRELOAD_DELAY_MS = 100
#: Between two preload steps: room for the key presses that came in meanwhile.
PRELOAD_STEP_MS = 10


def _tr(text: str) -> str:
    return QCoreApplication.translate("app", text)


def qt_dialogs_only() -> None:
    """Qt's own file dialogs and message boxes (translated with the interface) rather than the desktop's,
    which follow the desktop's language: a Dutch interface gets Dutch file dialogs. Set before the first
    such dialog (they all live behind the unlock, but an error box can come earlier), not at start-up:
    naming the attribute imports Qt's ``Qt`` namespace, about 16 ms before the unlock window could show."""
    from PySide6.QtCore import Qt

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)


def show_error(text: str, parent: QWidget | None = None) -> None:
    """A modal error box (replaceable in tests)."""
    from PySide6.QtWidgets import QMessageBox

    qt_dialogs_only()
    QMessageBox.critical(parent, QCoreApplication.translate("app", "medunit"), text)


#: Called with the text of every error shown; tests replace it to avoid a blocking message box.
error_sink: Callable[[str], None] = show_error


def _report(exc: BaseException) -> None:
    # Only the exception's type goes to stderr: its text could name health data.
    sys.stderr.write(f"medunit: {type(exc).__name__}\n")
    with contextlib.suppress(Exception):  # reporting must never raise into Qt's event loop
        from medunit.gui.messages import error_text  # not loaded before the first window shows

        error_sink(error_text(exc))


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Exceptions escaping a Qt slot end up here: show one line, never the traceback."""
    if issubclass(exc_type, KeyboardInterrupt):
        QCoreApplication.quit()
        return
    _report(exc)


def build_parser() -> argparse.ArgumentParser:
    """The GUI's command line (also the source of its manual page, packaging/linux/manpages.py)."""
    parser = argparse.ArgumentParser(prog="medunit", description="medunit desktop client")
    parser.add_argument(
        "--store", metavar="DIR|URL", help="store folder or unit server postgresql:// URL (overrides the policy)"
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="start, show the first dialog, close it and exit 0 (for installers and CI)",
    )
    return parser


def parse_args(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    """The options and the arguments left for Qt. The usual command lines (none, ``--store DIR``,
    ``--self-test``) are read without building the parser, which cost about 2.5 ms of a cold start
    (its help texts go through ``gettext``, which loads ``locale`` and looks for catalogues; issue 15).
    Anything else (``--help``, an abbreviation, a mistake, Qt's own options) goes to argparse, so what it
    accepts, refuses and prints is unchanged (a test compares the two)."""
    simple = _parse_simple(argv)
    return simple if simple is not None else build_parser().parse_known_args(list(argv))


def _parse_simple(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]] | None:
    """What argparse makes of ``argv`` if it holds only ``--self-test``, ``--store=VALUE`` and ``--store
    VALUE`` with a VALUE argparse takes as one (not starting with '-'); else None."""
    store: str | None = None
    self_test = False
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        if arg == "--self-test":
            self_test = True
        elif arg.startswith("--store="):
            store = arg.removeprefix("--store=")
        elif arg == "--store" and rest and not rest[0].startswith("-"):
            store = rest.pop(0)
        else:
            return None
    return argparse.Namespace(store=store, self_test=self_test), []


def app_icon() -> QIcon | None:
    from PySide6.QtGui import QIcon  # its first use builds ~150 theme-icon enum members (about 2 ms)

    path = resources_dir() / "icons" / "medunit.png"
    return QIcon(str(path)) if path.exists() else None


def set_app_icon() -> None:
    """The windows' icon. Set once the unlock window is painted (issue 15, cold start): loading it took
    about 3 ms, the ``QIcon`` class and the PNG; the other first windows get it before they show."""
    icon = app_icon()
    app = QApplication.instance()
    if icon is not None and isinstance(app, QApplication):
        app.setWindowIcon(icon)


def start_dialog(policy: Policy, store_dir: Path | str) -> UnlockDialog | FirstRunDialog | MovedStoreDialog:
    if startup.store_exists(store_dir):
        # the demo store is the "-demo" folder the first-run dialog makes: list its users and roles
        demo = isinstance(store_dir, Path) and store_dir.name.endswith("-demo")
        return UnlockDialog(policy, store_dir, demo=demo, count_later=True)
    assert isinstance(store_dir, Path), "a unit server always opens the unlock window"
    server = startup.moved_to(store_dir)
    if server is not None:  # never the first-run dialog there: a new store would split the unit's data
        from medunit.gui.moved_store import MovedStoreDialog

        return MovedStoreDialog(store_dir, server)
    from medunit.gui.first_run import FirstRunDialog

    return FirstRunDialog(policy, store_dir)


class Preloader(QObject):
    """Imports ``names`` on the GUI thread, one per step of a timer (``DEFERRED_IMPORTS``). A click on
    Unlock before it is done imports what unlocking needs right away, and the main window what it needs
    once it is made."""

    def __init__(self, names: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pending = list(names)
        self._timer = QTimer(self)
        self._timer.setInterval(PRELOAD_STEP_MS)
        self._timer.timeout.connect(self.step)

    def start(self, delay_ms: int = PRELOAD_DELAY_MS) -> None:
        QTimer.singleShot(delay_ms, self, self._timer.start)

    def stop(self) -> None:
        self._timer.stop()
        self.pending.clear()

    def step(self) -> None:
        if self.pending:
            name = self.pending.pop(0)
            with contextlib.suppress(Exception):  # a failure shows up, with its message, where it is used
                importlib.import_module(name)
        if not self.pending:
            self._timer.stop()


def run(argv: Sequence[str]) -> int:
    args, qt_args = parse_args(argv)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([sys.argv[0] if sys.argv else "medunit", *qt_args])
    app.setApplicationName("medunit")
    app.setApplicationDisplayName("medunit")
    try:
        policy = load_policy()
    except PolicyError as exc:
        install_translator(app, DEFAULT_LANGUAGE)
        _report(exc)
        return 1
    install_translator(app, policy.get("ui.language"))
    store_dir = startup.store_location(args.store) if args.store else policy.store_location
    dialog = start_dialog(policy, store_dir)
    if isinstance(dialog, UnlockDialog):
        dialog.first_painted.connect(set_app_icon)
    else:
        set_app_icon()
    if args.self_test:
        dialog.show()
        app.processEvents()
        shown = dialog.isVisible()
        dialog.reject()
        print(f"medunit self-test: {type(dialog).__name__} {'shown' if shown else 'NOT shown'}")
        return 0 if shown else 1
    # exec() shows and paints the window; the heavy imports start once its event loop runs
    preloader = Preloader(DEFERRED_IMPORTS, app)
    preloader.start()
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    preloader.stop()  # what is left is imported right below, where it is needed
    if not accepted or dialog.session is None:
        return 0
    qt_dialogs_only()  # before the main window, where every file dialog is
    from medunit.gui import acknowledge_dialog
    from medunit.gui.main_window import MainWindow

    if not acknowledge_dialog.confirm(dialog.session):  # the confidentiality statement, before any data
        dialog.session.close()
        return 0
    window = MainWindow(dialog.session)
    window.show()
    app.setQuitOnLastWindowClosed(True)
    return app.exec()


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``medunit`` gui-script."""
    netguard.install()
    sys.excepthook = excepthook
    try:
        return run(sys.argv[1:] if argv is None else argv)
    except MedunitError as exc:
        _report(exc)
        return 1
    except Exception as exc:
        _report(exc)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())

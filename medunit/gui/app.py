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
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from medunit import netguard
from medunit.config.policy import Policy, PolicyError, load_policy
from medunit.errors import MedunitError
from medunit.gui.i18n import DEFAULT_LANGUAGE, install_translator, resources_dir
from medunit.gui.messages import error_text
from medunit.gui.unlock import UnlockDialog
from medunit.services import startup

if TYPE_CHECKING:
    from medunit.gui.first_run import FirstRunDialog

#: What the main window and unlocking need (the crypto and store stack, argon2, pdfium through the
#: viewer, the export stack): imported after the first window is painted, in the background while the
#: user types. Importing them before showing the unlock window made a cold start about 4x a bare
#: PySide6 window in CPU time (docs/benchmarks.md, issue 15).
DEFERRED_IMPORTS = ("medunit.services.stores", "medunit.gui.main_window")
#: After the unlock window's first paint, long before anyone can have typed a passphrase.
PRELOAD_DELAY_MS = 100


def _tr(text: str) -> str:
    return QCoreApplication.translate("app", text)


def show_error(text: str, parent: QWidget | None = None) -> None:
    """A modal error box (replaceable in tests)."""
    QMessageBox.critical(parent, QCoreApplication.translate("app", "medunit"), text)


#: Called with the text of every error shown; tests replace it to avoid a blocking message box.
error_sink: Callable[[str], None] = show_error


def _report(exc: BaseException) -> None:
    # Only the exception's type goes to stderr: its text could name health data.
    sys.stderr.write(f"medunit: {type(exc).__name__}\n")
    with contextlib.suppress(Exception):  # reporting must never raise into Qt's event loop
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
    return build_parser().parse_known_args(list(argv))


def app_icon() -> QIcon | None:
    path = resources_dir() / "icons" / "medunit.png"
    return QIcon(str(path)) if path.exists() else None


def start_dialog(policy: Policy, store_dir: Path | str) -> UnlockDialog | FirstRunDialog:
    if startup.store_exists(store_dir):
        # the demo store is the "-demo" folder the first-run dialog makes: list its users and roles
        demo = isinstance(store_dir, Path) and store_dir.name.endswith("-demo")
        return UnlockDialog(policy, store_dir, demo=demo, count_later=True)
    from medunit.gui.first_run import FirstRunDialog

    assert isinstance(store_dir, Path), "a unit server always opens the unlock window"

    return FirstRunDialog(policy, store_dir)


def _import_deferred() -> None:
    for name in DEFERRED_IMPORTS:
        with contextlib.suppress(Exception):  # a failure shows up, with its message, where it is used
            importlib.import_module(name)


def preload_in_background() -> threading.Thread:
    """Start importing the heavy stack once the first window is up; the import lock makes a click on
    Unlock that comes earlier wait for it instead of importing twice."""
    thread = threading.Thread(target=_import_deferred, name="medunit-preload", daemon=True)
    thread.start()
    return thread


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
    # Qt's own file dialogs (translated with the interface) rather than the desktop's, which follow the
    # desktop's language: a Dutch interface gets Dutch file dialogs
    app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    store_dir = startup.store_location(args.store) if args.store else policy.store_location
    icon = app_icon()
    if icon is not None:
        app.setWindowIcon(icon)
    dialog = start_dialog(policy, store_dir)
    if args.self_test:
        dialog.show()
        app.processEvents()
        shown = dialog.isVisible()
        dialog.reject()
        print(f"medunit self-test: {type(dialog).__name__} {'shown' if shown else 'NOT shown'}")
        return 0 if shown else 1
    # exec() shows and paints the window; the heavy imports start once its event loop runs
    QTimer.singleShot(PRELOAD_DELAY_MS, preload_in_background)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.session is None:
        return 0
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

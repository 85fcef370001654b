"""Cold start: the unlock window is shown before the heavy stack is imported (issue 15).

Timing belongs in tests/bench/bench_gui.py; this checks the cause instead: which modules a fresh
``medunit --self-test`` on an existing store has loaded once its unlock window is up."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import sys
from medunit.gui.app import main
assert main(['--self-test', '--store', sys.argv[1]]) == 0
print(' '.join(sorted(sys.modules)))
"""

#: What only unlocking and the main window need: SQLCipher and the store code, the guard, PDF rendering,
#: the export stack and the main window's views. (The key-slot file and the keychain note are read
#: before: the hold-back after failed unlocks is counted from them.)
HEAVY = (
    "sqlcipher3",
    "pypdfium2",
    "medunit.export",
    "medunit.store.database",
    "medunit.store.vault",
    "medunit.services.guard",
    "medunit.services.stores",
    "medunit.gui.main_window",
)


def test_unlock_window_shows_before_the_heavy_imports(existing_store: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(existing_store)], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "medunit self-test: UnlockDialog shown" in done.stdout
    loaded = done.stdout.strip().splitlines()[-1].split()
    assert "medunit.gui.unlock" in loaded
    early = [m for m in loaded if m.startswith(HEAVY)]
    assert early == [], f"imported before the unlock window was shown: {early}"


def test_the_deferred_modules_exist() -> None:
    """The background preload names real modules (a typo would silently preload nothing)."""
    import importlib.util

    from medunit.gui.app import DEFERRED_IMPORTS

    for name in DEFERRED_IMPORTS:
        assert importlib.util.find_spec(name) is not None, name

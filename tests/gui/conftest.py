"""GUI tests: real stores on disk, real widgets, the encrypted-file keyring backend, a fast KDF."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring.core
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from medunit.config.policy import Policy, load_policy
from medunit.gui.i18n import remove_translators, translations_dir
from medunit.services import stores
from tests.support.unit import Unit, accept_confidentiality, make_unit

PASSPHRASE = "correct horse battery"
USER = "jansen"


@pytest.fixture(scope="session")
def compiled_translations() -> Path:
    """Compile the .ts files the way the install step does."""
    result = subprocess.run(
        [sys.executable, "-m", "medunit.gui.i18n_build"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    folder = translations_dir()
    assert (folder / "medunit_nl.qm").exists()
    return folder


@pytest.fixture(autouse=True)
def gui_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The test keychain (one encrypted file = one workstation) and a fast-KDF policy file."""
    policy_file = tmp_path / "policy.toml"
    policy_file.write_text("[security]\nkdf_memory_kib = 8192\nkdf_iterations = 1\n", encoding="utf-8")
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.support.file_keyring.EncryptedFileKeyring")
    monkeypatch.setenv("MEDUNIT_INSECURE_TEST_KEYRING", "tests.support.file_keyring.EncryptedFileKeyring")
    monkeypatch.setenv("MEDUNIT_TEST_KEYRING", str(tmp_path / "keyring.bin"))
    monkeypatch.setenv("MEDUNIT_POLICY", str(policy_file))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(tmp_path / var.lower()))
    keyring.core.init_backend()  # keyring picks its backend once; make it read the environment again
    yield policy_file
    keyring.core.init_backend()


@pytest.fixture(autouse=True)
def no_translator(qapp: QApplication) -> Iterator[None]:
    """Tests see the English source strings unless they install a translator themselves."""
    remove_translators(qapp)
    yield
    remove_translators(qapp)


@pytest.fixture
def policy(gui_env: Path) -> Policy:
    return load_policy()


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture
def existing_store(policy: Policy, store_dir: Path) -> Path:
    """A bound store whose unit administrator is USER / PASSPHRASE; its session already closed."""
    session, _code = stores.create_store(store_dir, USER, PASSPHRASE, policy)
    accept_confidentiality(session)  # as the app asks right after creating the store
    session.close()
    return store_dir


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has keyboard focus"
    return widget


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key press delivered where a real keyboard delivers it: to the focused widget."""
    QTest.keyClick(focused(), key, modifier)


def key(widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key press sent to ``widget`` (its window's shortcuts see it)."""
    QTest.keyClick(widget, key, modifier)


def type_text(qtbot: QtBot, text: str) -> None:
    QTest.keyClicks(focused(), text)


def click(widget: QWidget) -> None:
    """A left mouse click in the middle of ``widget``."""
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def show(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=2000)


@pytest.fixture
def unit(policy: Policy, tmp_path: Path) -> Iterator[Unit]:
    """One user per role (sessions open) and cases GD-2026-000001 (normal), GD-2026-000002 (restricted)."""
    made = make_unit(tmp_path / "unit", policy)
    yield made
    made.close()


def write_policy(gui_env: Path, extra: str) -> None:
    """Add lines to the test policy file (read by the next ``load_policy``)."""
    gui_env.write_text(gui_env.read_text(encoding="utf-8") + extra, encoding="utf-8")

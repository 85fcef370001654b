"""Plaintext scan: after a full workflow through the window on a seeded store, no marker string appears
in any file under the store, the user's config/cache/data folders or the temp folder (clear text,
UTF-16 or base64), and the clipboard no longer holds it."""

from __future__ import annotations

import base64
import tempfile
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from medunit.domain.roles import Role
from medunit.gui.main_window import MainWindow
from medunit.services import demo, records
from tests.gui.conftest import click, show, write_policy
from tests.gui.helpers import make_pdf
from tests.support.unit import USER_PASS, Unit

CASE = "GD-2026-000001"
NOTE = "MARKER-notitie-zz81"
LETTER = "MARKER-brief-zz82"


def _needles(marker: str) -> list[bytes]:
    raw = marker.encode()
    return [raw, marker.encode("utf-16-le"), marker.encode("utf-16-be"), base64.b64encode(raw)]


def _scan(root: Path, markers: list[str]) -> list[str]:
    hits = []
    for path in root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            hits += [f"{path}: {m}" for m in markers for n in _needles(m) if n in data]
    return hits


def test_full_workflow_leaves_no_plaintext(
    qtbot: QtBot,
    unit: Unit,
    gui_env: Path,
    tmp_path: Path,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    write_policy(gui_env, "[session]\nclipboard_clear_seconds = 5\n")
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    inputs = tmp_path_factory.mktemp("inputs")  # outside the scanned tree: the user's own source file
    letter = inputs / "brief.pdf"
    letter.write_bytes(make_pdf(pages=1) + f"\n% {LETTER}\n".encode())

    admin = unit[Role.UNIT_ADMIN]
    demo.seed(admin, 30, recovery_code=unit.recovery_code)  # a seeded store, not an empty one
    window = MainWindow(unit[Role.MEDICAL_ADVISOR], delay_unit_ms=20, clipboard_unit_ms=10)
    window.resize(1280, 800)
    show(qtbot, window)
    view = window.case_view
    assert view is not None
    assert view.open_case(CASE)
    view.tabs.setCurrentWidget(view.medical_tab)
    view.add_note()
    dialog = view.note_dialog
    assert dialog is not None
    dialog.text_edit.setPlainText(f"Telefonisch overleg {NOTE}")
    click(dialog.save_button)
    qtbot.waitUntil(lambda: view.entry_model.rowCount() == 1, timeout=3000)
    assert view.add_attachment_file(letter)
    assert view.view_attachment(view.attachment_model.rows[-1].id)
    # copy the note to the clipboard through the guard, then let the guard clear it
    view.entry_text.selectAll()
    view.entry_text.setFocus()
    view.entry_text.copy_selection()  # type: ignore[attr-defined]
    assert NOTE in QGuiApplication.clipboard().text()
    qtbot.waitUntil(lambda: NOTE not in QGuiApplication.clipboard().text(), timeout=3000)
    window.lock()
    unlock = window.unlock_dialog
    assert unlock is not None
    unlock.passphrase_edit.setText(USER_PASS)
    click(unlock.unlock_button)
    qtbot.waitUntil(lambda: not window.locked, timeout=3000)
    assert any(NOTE in e.text for e in records.entries(window.session, CASE))
    window.close()
    unit.close()

    assert _scan(inputs, [LETTER])  # positive control: the scanner finds a plaintext copy
    hits = _scan(tmp_path, [NOTE, LETTER])
    assert hits == []
    assert (tmp_path / "store" / "medunit.db").exists() or any(tmp_path.rglob("medunit.db"))

"""Remembered layout per user: window geometry, splitter positions and column widths.

Stored with QSettings in ``<config>/medunit/layout.ini`` (``QStandardPaths`` generic config location, read
each time so a changed environment is honoured). Only layout is stored — sizes keyed by user name and the
widgets' object names — never a case reference, a person or any other health data.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from medunit.gui.widgets import GuardedTableView


def settings_file() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    return Path(base) / "medunit" / "layout.ini"


def _settings() -> QSettings:
    return QSettings(str(settings_file()), QSettings.Format.IniFormat)


def _key(user: str, kind: str, name: str) -> str:
    return f"{user}/{kind}/{name}"


def restore_window(window: QMainWindow, user: str) -> bool:
    """Put ``window`` where ``user`` left it; False when nothing is remembered."""
    value = _settings().value(_key(user, "window", "geometry"))
    return isinstance(value, QByteArray) and window.restoreGeometry(value)


def save_window(window: QMainWindow, user: str) -> None:
    _settings().setValue(_key(user, "window", "geometry"), window.saveGeometry())


def restore_children(root: QWidget, user: str) -> None:
    """Splitter positions and column widths of the named splitters and tables under ``root``."""
    store = _settings()
    for splitter in root.findChildren(QSplitter):
        name = splitter.objectName()
        value = store.value(_key(user, "splitter", name)) if name else None
        if isinstance(value, QByteArray):
            splitter.restoreState(value)
    for table in root.findChildren(GuardedTableView):
        name = table.objectName()
        text = store.value(_key(user, "columns", name)) if name else None
        if isinstance(text, str):
            try:
                widths = json.loads(text)
            except ValueError:
                continue
            if isinstance(widths, dict):
                table.remembered_widths = {int(k): int(v) for k, v in widths.items() if str(k).isdigit()}
                table.fit_columns()


def save_children(root: QWidget, user: str) -> None:
    store = _settings()
    for splitter in root.findChildren(QSplitter):
        if splitter.objectName():
            store.setValue(_key(user, "splitter", splitter.objectName()), splitter.saveState())
    for table in root.findChildren(GuardedTableView):
        if table.objectName() and table.remembered_widths:
            store.setValue(_key(user, "columns", table.objectName()), json.dumps(table.remembered_widths))

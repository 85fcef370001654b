"""The layers of DESIGN.md, checked on the imports: GUI and CLI call services (and plain domain/config
values) only; only store/ writes SQL; domain/ does no I/O; the core never imports Qt."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[2] / "medunit"


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def _files(sub: str) -> list[Path]:
    return sorted((PKG / sub).rglob("*.py"))


@pytest.mark.parametrize("layer", ["gui", "cli"])
def test_clients_call_services_only(layer: str) -> None:
    allowed_export = {"medunit.export.documents", "medunit.export.dutch"} if layer == "gui" else set()
    for path in _files(layer):
        for name in _imports(path):
            if name.startswith(("medunit.store", "medunit.crypto")):
                raise AssertionError(f"{path.name} imports {name}: go through medunit.services")
            if name.startswith("medunit.export") and name not in allowed_export:
                raise AssertionError(f"{path.name} imports {name}: go through medunit.services")


SQL = re.compile(r"\.execute(many)?\(|\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b")


@pytest.mark.parametrize("layer", ["services", "gui", "cli", "domain", "export", "crypto", "config"])
def test_only_store_writes_sql(layer: str) -> None:
    for path in _files(layer):
        assert not SQL.search(path.read_text(encoding="utf-8")), f"SQL outside store/: {path}"


def test_domain_does_no_io_and_core_has_no_qt() -> None:
    for path in _files("domain"):
        bad = {
            n
            for n in _imports(path)
            if n.split(".")[0]
            in {"os", "io", "socket", "sqlite3", "sqlcipher3", "keyring", "subprocess", "shutil", "tempfile"}
        }
        assert not bad, f"{path.name} does I/O through {bad}"
        assert "open(" not in path.read_text(encoding="utf-8"), path.name
    for layer in ("domain", "services", "store", "crypto", "config", "cli"):
        for path in _files(layer):
            assert not any(n.startswith("PySide6") for n in _imports(path)), f"{path} imports Qt"

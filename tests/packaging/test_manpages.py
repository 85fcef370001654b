"""The manual pages made from the argparse parsers (packaging/linux/manpages.py) say what --help says."""

from __future__ import annotations

import argparse
import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from medunit.cli.main import build_parser as admin_parser
from medunit.gui.app import build_parser as gui_parser

ROOT = Path(__file__).resolve().parents[2]


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("manpages", ROOT / "packaging" / "linux" / "manpages.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


manpages = _load()


def leaf_parsers(parser: argparse.ArgumentParser, path: str) -> list[tuple[str, argparse.ArgumentParser]]:
    """(command path, parser) of every command that does something (no further sub-commands)."""
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        return [(path, parser)]
    out: list[tuple[str, argparse.ArgumentParser]] = []
    for action in subs:
        for name, sub in action.choices.items():
            out += leaf_parsers(sub, f"{path} {name}")
    return out


def rendered(source: str, tmp_path: Path) -> str:
    """The page as a reader sees it (man -l), failing on any groff warning (lintian checks the same)."""
    page = tmp_path / "page.1"
    page.write_text(source, encoding="utf-8")
    done = subprocess.run(
        ["man", "--warnings", "-E", "UTF-8", "-l", str(page)],
        capture_output=True,
        text=True,
        env={"LC_ALL": "C.UTF-8", "MANWIDTH": "200", "PATH": "/usr/bin:/bin", "MAN_KEEP_FORMATTING": ""},
        check=True,
    )
    assert done.stderr == "", done.stderr
    return done.stdout


needs_man = pytest.mark.skipif(shutil.which("man") is None, reason="man (man-db) not installed")


@needs_man
@pytest.mark.parametrize("name", ["medunit", "medunit-admin"])
def test_every_command_and_option_of_help_is_in_the_page(name: str, tmp_path: Path) -> None:
    parser = gui_parser() if name == "medunit" else admin_parser()
    source = manpages.pages()[f"{name}.1"]
    assert source.startswith(f".TH {name.upper()} 1 ")
    text = rendered(source, tmp_path)
    flat = " ".join(text.split())
    for path, leaf in leaf_parsers(parser, name):
        assert path in flat, path
        for action in leaf._actions:
            for option in action.option_strings:
                if option not in ("-h", "--help"):
                    assert option in flat, (path, option)
            if action.help and action.help != argparse.SUPPRESS:
                assert " ".join(action.help.split()) in flat, (path, action.help)


@needs_man
def test_page_follows_help_of_a_real_subcommand(tmp_path: Path) -> None:
    """What `medunit-admin export verify --help` prints (a separate process) is in the page, option by option."""
    out = subprocess.run(
        [sys.executable, "-m", "medunit.cli.main", "export", "verify", "--help"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout
    options = set(re.findall(r"(?<![\w-])--[a-z][a-z-]+", out)) - {"--help"}
    assert options, out
    page = " ".join(rendered(manpages.pages()["medunit-admin.1"], tmp_path).split())
    section = page[page.index("medunit-admin export verify") :]
    for option in options:
        assert option in section, option


def test_roff_escapes_what_would_be_a_request() -> None:
    assert manpages.roff(".hidden\n'quote\nback\\slash a-b") == "\\&.hidden\n\\&'quote\nback\\eslash a\\-b"


def test_build_date_is_reproducible(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    assert manpages.build_date() == "2026-01-01"
    page = manpages.pages()["medunit.1"]
    assert '"2026-01-01"' in page.splitlines()[0]


def test_main_writes_both_pages(tmp_path: Path) -> None:
    out = tmp_path / "man1"
    assert manpages.main([str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["medunit-admin.1", "medunit.1"]
    assert manpages.main([]) == 2

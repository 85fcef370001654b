"""medunit.buildinfo: never fails; a build stamp wins over git; ``--version`` prints it."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from medunit import __version__, buildinfo


def test_describe_from_source_checkout() -> None:
    text = buildinfo.describe("medunit-admin")
    lines = text.splitlines()
    assert lines[0] == f"medunit-admin {__version__}"
    assert lines[1].startswith("commit: source checkout (")
    assert "Python 3." in lines[3] and "Qt 6." in lines[3] and "SQLCipher 4." in lines[3]
    assert lines[4].startswith("libpq 1") and "binary)" in lines[4]  # psycopg-binary's own libpq


def test_build_stamp_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stamp = tmp_path / "medunit" / buildinfo.BUILD_FILE
    stamp.parent.mkdir()
    stamp.write_text(json.dumps({"commit": "abc123def456", "build_date": "2026-01-02T03:04:05Z"}))
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    info = buildinfo.collect()
    assert info.commit == "abc123def456"
    assert info.build_date == "2026-01-02T03:04:05Z"
    assert "(bundled)" in buildinfo.describe()


@pytest.mark.parametrize("content", ["not json", "[1, 2]"])
def test_bad_stamp_and_no_git_never_fail(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: str) -> None:
    stamp = tmp_path / "medunit" / buildinfo.BUILD_FILE
    stamp.parent.mkdir()
    stamp.write_text(content)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert buildinfo.collect().commit == buildinfo.UNKNOWN
    monkeypatch.setattr(sys, "frozen", False)
    monkeypatch.setenv("PATH", str(tmp_path))  # no git on PATH
    assert buildinfo.collect().commit == f"source checkout ({buildinfo.UNKNOWN})"


def test_version_option(capsys: pytest.CaptureFixture[str]) -> None:
    from medunit.cli.main import build_parser

    with pytest.raises(SystemExit) as ex:
        build_parser().parse_args(["--version"])
    assert ex.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"medunit-admin {__version__}\ncommit: ")

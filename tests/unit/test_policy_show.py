"""``medunit-admin policy show``: every value, where it came from, and locks."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from medunit.cli.main import run
from medunit.config.policy import KEYS


def test_policy_show_names_sources_and_locks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    policy = Path(os.environ["MEDUNIT_POLICY"])
    policy.write_text(
        "[security]\nkdf_memory_kib = 8192\nkdf_iterations = 1\n"
        "[session]\nidle_lock_minutes = { value = 5, locked = true }\n"
        '[ui]\nlanguage = { value = "en", locked = true }\n'
    )
    settings = Path(os.environ["XDG_CONFIG_HOME"]) / "medunit" / "settings.toml"
    settings.parent.mkdir(parents=True)
    settings.write_text("[session]\nidle_lock_minutes = 3\nclipboard_clear_seconds = 10\n")
    assert run(["policy", "show"]) == 0
    out = capsys.readouterr().out
    assert f"# policy file: {policy}\n" in out
    assert f"# user settings: {settings}\n" in out
    lines = {line.split(" = ")[0]: line for line in out.splitlines() if not line.startswith("#")}
    assert set(lines) == {k.name for k in KEYS}
    assert lines["session.idle_lock_minutes"] == (
        f"session.idle_lock_minutes = 3\t[{settings}; locked at 5 by {policy}, made stricter here]"
    )
    assert lines["ui.language"] == f'ui.language = "en"\t[{policy}; locked]'
    assert lines["session.clipboard_clear_seconds"].endswith(f"[{settings}]")
    assert lines["attachments.max_mb"].endswith("[default]")


def test_policy_show_refuses_loosening_user_settings(capsys: pytest.CaptureFixture[str]) -> None:
    Path(os.environ["MEDUNIT_POLICY"]).write_text("[session]\nidle_lock_minutes = { value = 5, locked = true }\n")
    settings = Path(os.environ["XDG_CONFIG_HOME"]) / "medunit" / "settings.toml"
    settings.parent.mkdir(parents=True)
    settings.write_text("[session]\nidle_lock_minutes = 30\n")
    assert run(["policy", "show"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert f"User settings {settings}, line 2: 'session.idle_lock_minutes' = 30 would loosen 5" in err

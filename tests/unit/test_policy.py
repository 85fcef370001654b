from __future__ import annotations

from pathlib import Path

import pytest

from medunit.config.policy import PolicyError, load_policy, parse_policy_text


def test_defaults_without_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MEDUNIT_POLICY")
    policy = load_policy(tmp_path / "none.toml")
    assert policy.get("session.idle_lock_minutes") == 10
    assert policy.settings["retention.recordings_days"].value == 28
    assert policy.store_location.name == "store"


def test_file_values_and_locks(tmp_path: Path) -> None:
    p = tmp_path / "p.toml"
    p.write_text('[session]\nidle_lock_minutes = { value = 5, locked = true }\n[ui]\nlanguage = "en"\n')
    policy = load_policy(p)
    assert policy.get("session.idle_lock_minutes") == 5
    assert policy.settings["session.idle_lock_minutes"].locked
    assert policy.settings["ui.language"].source == str(p)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("[session]\nidle_lock_minutes = 0\n", "line 2: 'session.idle_lock_minutes' must be between"),
        ("[session]\n\nidle_lock_minutes = 'x'\n", "line 3: 'session.idle_lock_minutes' must be a whole number"),
        ("[retention]\nrecordings_days = 60\n", "'retention.recordings_days' must be between 1 and 28"),
        ("[store]\nworkstation_binding = 1\n", "must be true or false"),
        ("[ui]\nlanguage = 'fr'\n", 'must be "nl" or "en"'),
        ("[nope]\nkey = 1\n", "unknown key 'nope.key'"),
        ("[session]\nidle_lock_minutes = { value = 5, lockd = true }\n", "must be a value or"),
        ("[session\n", "not valid TOML"),
        ("store.location = ''\n", "line 1: 'store.location' must be a non-empty path"),
    ],
)
def test_invalid_policy_names_key_and_line(text: str, fragment: str) -> None:
    with pytest.raises(PolicyError) as err:
        parse_policy_text(text, "policy.toml")
    assert fragment in err.value.message


def test_missing_named_policy_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MEDUNIT_POLICY", str(tmp_path / "missing.toml"))
    with pytest.raises(PolicyError):
        load_policy()


def test_unreadable_policy(tmp_path: Path) -> None:
    p = tmp_path / "p.toml"
    p.write_bytes(b"\xff\xfe")
    with pytest.raises(PolicyError, match="cannot be read"):
        load_policy(p)


@pytest.mark.parametrize("text", ["", "\n", " \t\r\n\n", "\r\n"], ids=repr)
def test_an_empty_policy_is_read_without_the_toml_parser(text: str) -> None:
    """Start-up reads an empty file without loading tomllib (issue 15); it means what tomllib says it means."""
    import tomllib

    assert tomllib.loads(text) == {}
    assert parse_policy_text(text, "policy.toml") == {}


@pytest.mark.parametrize("text", ["\r", "\x0c", "\u00a0", " \x0b\n"], ids=repr)
def test_what_only_looks_empty_is_still_refused(text: str) -> None:
    """Characters Python counts as blank but TOML does not: still not a valid file."""
    with pytest.raises(PolicyError, match="is not valid TOML"):
        parse_policy_text(text, "policy.toml")


#: Lines a file without settings is made of, and near misses the TOML parser must still judge.
_NO_KEY_LINES = [
    "",
    "# a comment",
    "  \t# indented comment with non-ASCII: é ü ✓",
    "[store]",
    "  [session]   # with a comment",
    "[ security ]",
    "\t[retention]\t",
    "[bogus-table_2]",
    "[store]",  # repeated below: a repeated table is invalid TOML
    "[a.b]",
    '["store"]',
    "[[store]]",
    "[]",
    "[st ore]",
    "[store] x",
    "# a comment with a control character \x01",
    "# DEL \x7f",
    "\x0c",
    "\u00a0",
    "\ufeff# a byte-order mark",
    "# lone CR \r here",
    "location = '/srv'",
    "# store.location = '/srv'",
    "[store]\r",
]


def _outcome(text: str) -> object:
    try:
        return parse_policy_text(text, "policy.toml")
    except PolicyError as exc:
        return exc.message


@pytest.mark.parametrize("seed", range(40))
def test_a_file_without_settings_means_what_the_toml_parser_says(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Start-up knows a file of comments and table headers (the installed policy, every key commented out)
    sets nothing without loading tomllib (issue 15); on any mix of such lines and near misses, the
    outcome (settings, or the refusal's message) is the same as with the parser."""
    import random

    from medunit.config import policy as policy_module

    rng = random.Random(seed)
    without_parser = 0
    for _ in range(50):
        lines = rng.choices(_NO_KEY_LINES[:8] if rng.random() < 0.5 else _NO_KEY_LINES, k=rng.randint(0, 8))
        text = rng.choice(["\n", "\r\n"]).join(lines) + rng.choice(["", "\n"])
        fast = _outcome(text)
        without_parser += policy_module._holds_no_key(text)
        with monkeypatch.context() as forced:
            forced.setattr(policy_module, "_holds_no_key", lambda _text: False)
            assert _outcome(text) == fast, repr(text)
    assert without_parser > 0  # the fast path was taken


def test_the_installed_policy_is_read_without_the_toml_parser() -> None:
    """What an installed workstation starts with (packaging/common/policy.toml, every key commented out)."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    probe = (
        "import sys; from pathlib import Path; from medunit.config.policy import load_policy; "
        "policy = load_policy(Path(sys.argv[1]), Path(sys.argv[1] + '.absent')); "
        "print(policy.policy_file_present, 'tomllib' in sys.modules, 'datetime' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, str(root / "packaging" / "common" / "policy.toml")],
        capture_output=True,
        text=True,
        cwd=root,
        timeout=60,
        check=True,
    )
    assert done.stdout.split() == ["True", "False", "False"]

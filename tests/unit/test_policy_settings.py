"""User settings on top of the policy: precedence, locks in every stricter direction, refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from medunit.config.policy import (
    KEYS,
    PolicyError,
    describe_setting,
    load_policy,
    user_settings_path,
)


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    return tmp_path / "it-policy.toml", tmp_path / "user-settings.toml"


def _load(files: tuple[Path, Path], policy: str | None, user: str | None):  # type: ignore[no-untyped-def]
    pol, usr = files
    if policy is not None:
        pol.write_text(policy)
    if user is not None:
        usr.write_text(user)
    return load_policy(pol, usr)


def test_precedence_default_policy_user(files: tuple[Path, Path]) -> None:
    pol, usr = files
    p = _load(
        files,
        "[session]\nidle_lock_minutes = 8\nclipboard_clear_seconds = 20\n",
        "[session]\nidle_lock_minutes = 15\n",
    )
    assert p.get("session.idle_lock_minutes") == 15  # user over policy (not locked)
    assert p.settings["session.idle_lock_minutes"].source == str(usr)
    assert p.get("session.clipboard_clear_seconds") == 20  # policy over default
    assert p.settings["session.clipboard_clear_seconds"].source == str(pol)
    assert p.get("attachments.max_mb") == 25
    assert p.settings["attachments.max_mb"].source == "default"
    assert p.policy_file_present and p.settings_file_present


def test_user_settings_default_location(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    target = user_settings_path()
    assert target == tmp_path / "cfg" / "medunit" / "settings.toml"
    target.parent.mkdir(parents=True)
    target.write_text('[ui]\nlanguage = "en"\n')
    policy = load_policy()  # MEDUNIT_POLICY from conftest, settings from XDG_CONFIG_HOME
    assert policy.get("ui.language") == "en"
    assert policy.settings["ui.language"].source == str(target)


def test_no_files(files: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MEDUNIT_POLICY")
    p = _load(files, None, None)
    assert not p.policy_file_present and not p.settings_file_present
    assert all(s.source == "default" for s in p.settings.values())


# (key, locked policy value, stricter user value, looser user value)
DIRECTIONS = [
    ("session.idle_lock_minutes", "5", "3", "6"),  # down
    ("retention.case_years", "7", "5", "8"),  # down
    ("retention.access_log_years", "10", "12", "9"),  # up
    ("security.kdf_iterations", "4", "6", "3"),  # up
    ("store.workstation_binding", "true", None, "false"),  # up (bool): true is stricter
    ("security.sqlcipher_memory_security", "true", None, "false"),  # up (bool)
    ("store.sync_every_commit", "true", None, "false"),  # up (bool): fsync at every commit is stricter
    ("store.read_log_flush_ms", "200", "50", "500"),  # down: a shorter window for read entries is stricter
]


@pytest.mark.parametrize(("key", "locked", "stricter", "looser"), DIRECTIONS)
def test_locked_value_may_be_tightened(
    files: tuple[Path, Path], key: str, locked: str, stricter: str | None, looser: str
) -> None:
    section, name = key.split(".")
    policy = f"[{section}]\n{name} = {{ value = {locked}, locked = true }}\n"
    value = stricter if stricter is not None else locked
    p = _load(files, policy, f"[{section}]\n{name} = {value}\n")
    setting = p.settings[key]
    assert str(setting.value).lower() == value
    assert setting.locked
    if stricter is not None:
        assert setting.source == str(files[1])
        assert setting.locked_by == str(files[0])
        assert "made stricter" in describe_setting(key, setting)


@pytest.mark.parametrize(("key", "locked", "stricter", "looser"), DIRECTIONS)
def test_locked_value_cannot_be_loosened(
    files: tuple[Path, Path], key: str, locked: str, stricter: str | None, looser: str
) -> None:
    section, name = key.split(".")
    policy = f"[{section}]\n{name} = {{ value = {locked}, locked = true }}\n"
    with pytest.raises(PolicyError) as err:
        _load(files, policy, f"# mine\n[{section}]\n{name} = {looser}\n")
    msg = err.value.message
    assert msg.startswith(f"User settings {files[1]}, line 3: '{key}' = {looser} would loosen {locked}")
    assert f"set by {files[0]} (locked)" in msg
    direction = next(k.stricter for k in KEYS if k.name == key)
    assert ("only a smaller value" if direction == "down" else "only a larger value") in msg


@pytest.mark.parametrize(
    ("key", "locked", "other"),
    [("ui.language", '"nl"', '"en"'), ("store.location", '"/srv/a"', '"/srv/b"'), ("export.folder", '"/x"', '"/y"')],
)
def test_locked_without_direction_cannot_change(files: tuple[Path, Path], key: str, locked: str, other: str) -> None:
    section, name = key.split(".")
    policy = f"[{section}]\n{name} = {{ value = {locked}, locked = true }}\n"
    with pytest.raises(PolicyError, match=rf"line 2: '{key}' = .* it cannot be changed"):
        _load(files, policy, f"[{section}]\n{name} = {other}\n")
    same = _load(files, policy, f"[{section}]\n{name} = {locked}\n")  # repeating the locked value is fine
    assert same.settings[key].locked


def test_unlocked_value_may_be_loosened(files: tuple[Path, Path]) -> None:
    p = _load(files, "[session]\nidle_lock_minutes = 5\n", "[session]\nidle_lock_minutes = 30\n")
    assert p.get("session.idle_lock_minutes") == 30
    assert not p.settings["session.idle_lock_minutes"].locked


@pytest.mark.parametrize("key", ["security.kdf_memory_kib", "security.kdf_iterations"])
def test_kdf_cost_is_a_minimum_even_unlocked(files: tuple[Path, Path], key: str) -> None:
    section, name = key.split(".")
    default = next(k.default for k in KEYS if k.name == key)
    with pytest.raises(PolicyError, match=rf"line 2: '{key}' = .* set by the default policy \(a minimum\)"):
        _load(files, None, f"[{section}]\n{name} = {default // 2}\n")
    raised = _load(files, None, f"[{section}]\n{name} = {default * 2}\n")
    assert raised.get(key) == default * 2
    # the policy may lower it (IT's decision); the user still cannot go below the policy's value
    lowered = "[security]\nkdf_memory_kib = 16384\nkdf_iterations = 2\n"
    below = {"security.kdf_memory_kib": 8192, "security.kdf_iterations": 1}[key]
    with pytest.raises(PolicyError, match=rf"'{key}' = {below} would loosen .* set by {files[0]} \(a minimum\)"):
        _load(files, lowered, f"[{section}]\n{name} = {below}\n")
    ok = _load(files, lowered, f"[{section}]\n{name} = {default}\n")
    assert ok.get(key) == default
    assert "may only raise" in describe_setting(key, ok.settings[key])


def test_user_settings_cannot_lock(files: tuple[Path, Path]) -> None:
    with pytest.raises(PolicyError, match=r"line 2: 'session.idle_lock_minutes' cannot be locked here"):
        _load(files, None, "[session]\nidle_lock_minutes = { value = 5, locked = true }\n")


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("[session]\nidle_lock_minutes = 0\n", "line 2: 'session.idle_lock_minutes' must be between 1 and 240"),
        ("[ui]\n\nlanguage = 'de'\n", 'line 3: \'ui.language\' must be "nl" or "en"'),
        ("[nope]\nkey = 1\n", "line 2: unknown key 'nope.key'"),
        ("[session\n", "is not valid TOML"),
    ],
)
def test_invalid_user_settings_name_file_key_and_line(files: tuple[Path, Path], text: str, fragment: str) -> None:
    with pytest.raises(PolicyError) as err:
        _load(files, None, text)
    assert err.value.message.startswith(f"User settings {files[1]}")
    assert fragment in err.value.message


def test_unreadable_user_settings(files: tuple[Path, Path]) -> None:
    files[1].write_bytes(b"\xff\xfe")
    with pytest.raises(PolicyError, match=r"User settings .* cannot be read"):
        load_policy(files[0], files[1])


def test_every_key_has_a_direction_and_a_default_that_passes_its_check() -> None:
    for key in KEYS:
        assert key.stricter in ("up", "down", ""), key.name
        if key.default is not None:
            assert key.check(key.default) is None, key.name


def test_backups_may_not_outlive_the_recordings_unless_it_says_so(files: tuple[Path, Path]) -> None:
    with pytest.raises(PolicyError, match=r"'backup.keep_days' = 30 is longer than 'retention.recordings_days' = 28"):
        _load(files, "[backup]\nkeep_days = 30\n", None)
    with pytest.raises(PolicyError, match=r"'backup.keep_days' = 20 is longer .* = 14"):
        _load(files, "[retention]\nrecordings_days = 14\n[backup]\nkeep_days = 20\n", None)
    knowingly = _load(files, "[backup]\nkeep_days = 90\nkeep_beyond_retention = true\n", None)
    assert knowingly.get("backup.keep_days") == 90
    assert _load(files, "[backup]\nkeep_days = 7\n", None).get("backup.keep_days") == 7
    assert _load(files, "", None).get("backup.folder") == ""  # no automatic backups by default

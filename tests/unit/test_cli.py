"""The medunit-admin contract: commands, exit codes, one-line errors."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASS, switch_workstation
from tests.support.cli import cli as _cli


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> tuple[Path, str]:
    monkeypatch.setenv("MEDUNIT_PASSPHRASE", PASS)
    root = tmp_path / "store"
    code, out, _ = _cli(capsys, "init", "--store", str(root), "--user", "alice")
    assert code == 0
    match = re.search(r"^Recovery code: (\S+)$", out, re.M)
    assert match
    return root, match.group(1)


def test_init_prints_recovery_code_once(store: tuple[Path, str]) -> None:
    root, code = store
    assert len(code) == 47
    assert code not in (root / "keyslots.json").read_text()


def test_user_lifecycle(
    store: tuple[Path, str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    root, _ = store
    monkeypatch.setenv("MEDUNIT_NEW_PASSPHRASE", "bobs passphrase 1")
    assert (
        _cli(capsys, "user", "add", "--store", str(root), "--as", "alice", "bob", "--role", "medical-advisor")[0] == 0
    )
    code, out, _ = _cli(capsys, "user", "list", "--store", str(root), "--as", "alice")
    assert code == 0
    assert "bob\tmedical-advisor" in out
    code, _, err = _cli(capsys, "user", "add", "--store", str(root), "--as", "alice", "bob", "--role", "unit-staff")
    assert code == 1
    assert "already exists" in err
    code, _, err = _cli(capsys, "user", "add", "--store", str(root), "--as", "alice", "carol", "--role", "boss")
    assert code == 1
    assert "Unknown role" in err
    monkeypatch.setenv("MEDUNIT_PASSPHRASE", "bobs passphrase 1")
    code, _, err = _cli(capsys, "user", "list", "--store", str(root), "--as", "bob")
    assert code == 1
    assert "may not" in err
    monkeypatch.setenv("MEDUNIT_PASSPHRASE", PASS)
    assert _cli(capsys, "user", "remove", "--store", str(root), "--as", "alice", "bob")[0] == 0
    code, _, err = _cli(capsys, "user", "remove", "--store", str(root), "--as", "alice", "bob")
    assert code == 1
    assert "No user named bob" in err
    code, _, err = _cli(capsys, "user", "remove", "--store", str(root), "--as", "alice", "alice")
    assert code == 1


def test_user_set_profile(
    store: tuple[Path, str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    root, _ = store
    monkeypatch.setenv("MEDUNIT_NEW_PASSPHRASE", "bobs passphrase 1")
    base = ["--store", str(root), "--as", "alice"]
    assert _cli(capsys, "user", "add", *base, "bob", "--role", "medical-advisor")[0] == 0
    code, out, _ = _cli(
        capsys, "user", "set-profile", *base, "bob", "--display-name", "Dr. B. Bos", "--big", "19012345678"
    )
    assert code == 0 and "Dr. B. Bos, BIG 19012345678" in out
    code, out, _ = _cli(capsys, "user", "list", *base)
    assert "bob\tmedical-advisor" in out and "Dr. B. Bos\t19012345678" in out
    code, _, err = _cli(capsys, "user", "set-profile", *base, "bob", "--display-name", "B", "--big", "123")
    assert code == 1 and "not a BIG number" in err
    code, _, err = _cli(capsys, "user", "set-profile", *base, "alice", "--display-name", "A", "--big", "19012345678")
    assert code == 1 and "Only a medical advisor" in err


def test_criminal_record_officer_key_grant_pends_until_approved(
    store: tuple[Path, str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The administrator holds no compartment key: the new officer's grant waits for the recovery code
    (or a holder of the key), and the pending list says so."""
    root, code = store
    monkeypatch.setenv("MEDUNIT_NEW_PASSPHRASE", "cro passphrase 12")
    args = ["user", "add", "--store", str(root), "--as", "alice", "carol", "--role", "criminal-record-officer"]
    rc, out, _ = _cli(capsys, *args)
    assert rc == 0
    assert "Key grant pending (criminal-record)" in out
    rc, out, _ = _cli(capsys, "user", "pending", "--store", str(root), "--as", "alice")
    assert rc == 0 and "carol\tcriminal-record-officer\twaiting for: criminal-record" in out
    rc, _, err = _cli(capsys, "user", "grant", "--store", str(root), "--as", "alice", "carol")
    assert rc != 0 and "recovery code" in err
    rc, out, _ = _cli(capsys, "user", "grant", "--store", str(root), "--as", "alice", "carol", "--recovery-code", code)
    assert rc == 0 and "criminal-record" in out
    assert _cli(capsys, "user", "pending", "--store", str(root), "--as", "alice")[1] == ""


def test_passwd_and_recovery_reset(
    store: tuple[Path, str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    root, code = store
    monkeypatch.setenv("MEDUNIT_NEW_PASSPHRASE", "a brand new passphrase")
    assert _cli(capsys, "passwd", "--store", str(root), "--as", "alice")[0] == 0
    assert _cli(capsys, "verify", "--store", str(root), "--as", "alice")[0] == 3
    monkeypatch.setenv("MEDUNIT_PASSPHRASE", "a brand new passphrase")
    rc, out, _ = _cli(capsys, "recovery", "reset", "--store", str(root), "--as", "alice", "--recovery-code", code)
    assert rc == 0
    new_code = re.search(r"^Recovery code: (\S+)$", out, re.M).group(1)  # type: ignore[union-attr]
    monkeypatch.setenv("MEDUNIT_NEW_PASSPHRASE", "recovered passphrase")
    assert _cli(capsys, "recover", "--store", str(root), "--user", "alice", "--recovery-code", code)[0] == 3
    assert _cli(capsys, "recover", "--store", str(root), "--user", "alice", "--recovery-code", new_code)[0] == 0


def test_exit_codes(
    store: tuple[Path, str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    root, code = store
    assert _cli(capsys, "verify", "--store", str(root), "--as", "alice")[0] == 0
    assert _cli(capsys, "bogus")[0] == 2
    assert _cli(capsys, "verify", "--store", str(root))[0] == 2
    assert _cli(capsys, "verify", "--store", str(tmp_path / "missing"), "--as", "alice")[0] == 1
    monkeypatch.setenv("MEDUNIT_PASSPHRASE", "wrong passphrase!")
    assert _cli(capsys, "verify", "--store", str(root), "--as", "alice")[0] == 3
    monkeypatch.setenv("MEDUNIT_PASSPHRASE", PASS)
    switch_workstation(monkeypatch, tmp_path / "other.keyring")
    rc, _, err = _cli(capsys, "verify", "--store", str(root), "--as", "alice")
    assert rc == 3
    assert "another workstation" in err
    monkeypatch.setenv("MEDUNIT_NEW_PASSPHRASE", "moved passphrase 1")
    assert _cli(capsys, "recover", "--store", str(root), "--user", "alice")[0] == 2
    assert _cli(capsys, "recover", "--store", str(root), "--user", "alice", "--recovery-code", code)[0] == 0
    monkeypatch.setenv("MEDUNIT_PASSPHRASE", "moved passphrase 1")
    slots = root / "keyslots.json"
    slots.write_bytes(slots.read_bytes().replace(b'"binding"', b'"bindinG"'))
    rc, _, err = _cli(capsys, "verify", "--store", str(root), "--as", "alice")
    assert rc == 4
    # one message, Dutch first and the English under it (medunit/i18n.py), no traceback
    assert err.count("\n") == 2 and err.startswith("medunit-admin: Het sleutelbestand ")
    assert "\n  (English) The key-slot file " in err
    assert "Traceback" not in err


def test_verify_detects_page_tampering(store: tuple[Path, str], capsys: pytest.CaptureFixture[str]) -> None:
    from medunit.config.policy import load_policy
    from medunit.services import stores

    root, _ = store
    session = stores.unlock(root, "alice", PASS, load_policy())
    with session.vault.db.transaction() as db:
        db.executemany("INSERT INTO meta(key, value) VALUES (?, ?)", [(f"k{i}", "v" * 500) for i in range(200)])
    session.vault.db.raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    session.close()
    db_file = root / "medunit.db"
    data = bytearray(db_file.read_bytes())
    data[4096 * 5 + 300] ^= 0x10
    db_file.write_bytes(bytes(data))
    rc, out, err = _cli(capsys, "verify", "--store", str(root), "--as", "alice")
    assert rc == 4, err
    assert "FAIL" in out or "damaged or was altered" in err


def test_no_terminal_for_passphrase(
    store: tuple[Path, str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    root, _ = store
    monkeypatch.delenv("MEDUNIT_PASSPHRASE")
    rc, _, err = _cli(capsys, "verify", "--store", str(root), "--as", "alice")
    assert rc == 2
    assert "No terminal" in err


def test_policy_show_and_invalid_policy(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rc, out, _ = _cli(capsys, "policy", "show")
    assert rc == 0
    assert "security.kdf_memory_kib = 8192" in out
    bad = tmp_path / "bad.toml"
    bad.write_text("[session]\nidle_lock_minutes = -1\n")
    monkeypatch.setenv("MEDUNIT_POLICY", str(bad))
    rc, _, err = _cli(capsys, "policy", "show")
    assert rc == 1
    assert "line 2" in err


def test_real_entry_point_version_and_error() -> None:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    exe = Path(sys.executable).with_name("medunit-admin")
    out = subprocess.run([str(exe), "--version"], capture_output=True, text=True, env=env, check=False)
    assert out.returncode == 0
    assert out.stdout.startswith("medunit-admin ")
    out = subprocess.run(
        [str(exe), "verify", "--store", "/nonexistent", "--as", "x"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert out.returncode == 1
    # one message: Dutch (the default ui.language) first, the English under it, no traceback
    assert out.stderr.strip().count("\n") == 1 and "\n  (English) " in out.stderr

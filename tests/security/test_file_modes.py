"""Files medunit writes are owner-only whatever the umask, the store folder is made 0700 whatever its old
mode, and someone who may write into the folder cannot redirect a write through a planted symlink."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from medunit.config.policy import load_policy
from medunit.domain.roles import Role
from medunit.errors import AuthenticationError
from medunit.services import admin, advice, audit, exports, stores
from medunit.store.unlock_attempts import FILE_NAME
from tests.conftest import FAST_POLICY, PASS
from tests.support.unit import make_unit


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The laxest umask a workstation could have: every file would be world-writable."""
    old = os.umask(0)
    yield
    os.umask(old)


def _store_modes(root: Path) -> dict[str, int]:
    return {p.name: _mode(p) for p in [root, *root.iterdir()]}


def test_store_is_owner_only_under_an_open_umask(open_umask: None, store_dir: Path, policy) -> None:  # type: ignore[no-untyped-def]
    session, _ = stores.create_store(store_dir, "alice", PASS, policy)
    try:
        admin.add_user(session, "bob", "medical-advisor", "bobs passphrase 1")  # slot file rewritten
        modes = _store_modes(store_dir)
    finally:
        session.close()
    assert modes.pop("store") == 0o700
    assert {"medunit.db", "keyslots.json"} <= set(modes)
    assert set(modes.values()) == {0o600}, modes


def test_old_modes_are_tightened_at_unlock(created, store_dir: Path, policy) -> None:  # type: ignore[no-untyped-def]
    session, _ = created
    session.close()
    with pytest.raises(AuthenticationError):
        stores.unlock(store_dir, "alice", "not the passphrase", policy)  # writes unlock-attempts.jsonl
    store_dir.chmod(0o777)
    for path in store_dir.iterdir():
        path.chmod(0o666)
    again = stores.unlock(store_dir, "alice", PASS, policy)
    try:
        modes = _store_modes(store_dir)
    finally:
        again.close()
    assert modes.pop("store") == 0o700
    assert set(modes.values()) == {0o600}, modes


def test_a_planted_symlink_does_not_redirect_the_slot_file_write(created, store_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session, _ = created
    victim = tmp_path / "victim.txt"
    victim.write_text("do not touch")
    # the old temporary name was predictable: .keyslots.json.tmp-<pid>
    planted = store_dir / f".keyslots.json.tmp-{os.getpid()}"
    planted.symlink_to(victim)
    admin.add_user(session, "bob", "medical-advisor", "bobs passphrase 1")
    session.close()
    assert victim.read_text() == "do not touch"
    assert not (store_dir / "keyslots.json").is_symlink()
    assert "bob" in (store_dir / "keyslots.json").read_text()


def test_a_planted_symlink_does_not_receive_failed_unlocks(created, store_dir: Path, tmp_path: Path, policy) -> None:  # type: ignore[no-untyped-def]
    session, _ = created
    session.close()
    victim = tmp_path / "victim.txt"
    victim.write_text("do not touch")
    (store_dir / FILE_NAME).symlink_to(victim)
    with pytest.raises(AuthenticationError):
        stores.unlock(store_dir, "alice", "not the passphrase", policy)
    assert victim.read_text() == "do not touch"


def test_exports_are_owner_only_under_an_open_umask(
    open_umask: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "exports" / "unit"
    policy_file = tmp_path / "export-policy.toml"
    policy_file.write_text(FAST_POLICY + f'\n[export]\nfolder = "{folder}"\n')
    monkeypatch.setenv("MEDUNIT_POLICY", str(policy_file))
    unit = make_unit(tmp_path / "store", load_policy())
    try:
        ma = unit[Role.MEDICAL_ADVISOR]
        advice.draft_advice(ma, "GD-2026-000001", {"decision": "accept"}, "")
        advice.sign_advice(ma, "GD-2026-000001", "12345678901")
        exports.export_advice(ma, "GD-2026-000001")
        csv_path = tmp_path / "log.csv"
        audit.export_csv(unit[Role.PRIVACY_OFFICER], csv_path)
    finally:
        unit.close()
    assert _mode(folder) == 0o700
    written = list(folder.iterdir())
    assert written and {_mode(p) for p in written} == {0o600}
    assert _mode(csv_path) == 0o600

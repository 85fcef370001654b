"""The store at rest: nothing readable in its files, and every bad file named clearly."""

from __future__ import annotations

import base64
import shutil
import sqlite3
from pathlib import Path

import pytest

from medunit.errors import (
    AuthenticationError,
    IntegrityError,
    KeyringUnavailableError,
    StoreNotFoundError,
    ValidationError,
)
from medunit.services import admin, stores
from medunit.store.layout import DB_NAME, SLOTS_NAME
from tests.conftest import PASS, switch_workstation

MARKER = "MARKER-zz-Hypertensie-7731"


def _encodings(text: str) -> list[bytes]:
    raw = text.encode()
    return [raw, base64.b64encode(raw), text.encode("utf-16-le"), text.encode("utf-16-be"), raw.hex().encode()]


def _write_marker(session) -> None:  # type: ignore[no-untyped-def]
    with session.vault.db.transaction() as db:
        db.execute("INSERT INTO meta(key, value) VALUES ('probe', ?)", (MARKER * 50,))


def test_database_is_not_plain_sqlite_and_marker_is_nowhere(created, store_dir: Path) -> None:  # type: ignore[no-untyped-def]
    session, _ = created
    _write_marker(session)
    files = list(store_dir.iterdir())
    assert {f.name for f in files} >= {DB_NAME, SLOTS_NAME, DB_NAME + "-wal"}
    for f in files:
        data = f.read_bytes()
        for needle in _encodings(MARKER):
            assert needle not in data, f"marker found in {f.name}"
    assert not (store_dir / DB_NAME).read_bytes().startswith(b"SQLite format 3")
    session.close()
    for f in store_dir.iterdir():
        for needle in _encodings(MARKER):
            assert needle not in f.read_bytes()


def test_wrong_passphrase_and_unknown_user(created, store_dir: Path, policy) -> None:  # type: ignore[no-untyped-def]
    created[0].close()
    with pytest.raises(AuthenticationError, match="wrong passphrase"):
        stores.unlock(store_dir, "alice", "not the passphrase", policy)
    with pytest.raises(AuthenticationError, match="unknown user"):
        stores.unlock(store_dir, "mallory", PASS, policy)
    stores.unlock(store_dir, "alice", PASS, policy).close()


def test_missing_folder_and_not_a_store(tmp_path: Path, policy) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(StoreNotFoundError, match="does not exist"):
        stores.unlock(tmp_path / "nope", "alice", PASS, policy)
    (tmp_path / "empty").mkdir()
    with pytest.raises(StoreNotFoundError, match="not a medunit store"):
        stores.unlock(tmp_path / "empty", "alice", PASS, policy)
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreNotFoundError, match="not a folder"):
        stores.unlock(tmp_path / "file", "alice", PASS, policy)


def _closed_store(created) -> None:  # type: ignore[no-untyped-def]
    session, _ = created
    _write_marker(session)
    session.close()


def test_truncated_database(created, store_dir: Path, policy) -> None:  # type: ignore[no-untyped-def]
    _closed_store(created)
    db = store_dir / DB_NAME
    (store_dir / (DB_NAME + "-wal")).unlink(missing_ok=True)
    db.write_bytes(db.read_bytes()[:1000])
    with pytest.raises(IntegrityError, match="truncated"):
        stores.unlock(store_dir, "alice", PASS, policy)


def test_corrupted_first_page(created, store_dir: Path, policy) -> None:  # type: ignore[no-untyped-def]
    _closed_store(created)
    db = store_dir / DB_NAME
    data = bytearray(db.read_bytes())
    data[100] ^= 0xFF
    db.write_bytes(bytes(data))
    with pytest.raises(IntegrityError, match="do not authenticate"):
        stores.unlock(store_dir, "alice", PASS, policy)


def test_foreign_plain_sqlite_file(created, store_dir: Path, policy) -> None:  # type: ignore[no-untyped-def]
    _closed_store(created)
    for f in store_dir.glob(DB_NAME + "*"):
        f.unlink()
    con = sqlite3.connect(store_dir / DB_NAME)
    con.execute("create table t(x)")
    con.commit()
    con.close()
    with pytest.raises(IntegrityError, match="plain SQLite"):
        stores.unlock(store_dir, "alice", PASS, policy)


def test_foreign_store_database(tmp_path: Path, policy) -> None:  # type: ignore[no-untyped-def]
    a, _ = stores.create_store(tmp_path / "a", "alice", PASS, policy)
    b, _ = stores.create_store(tmp_path / "b", "alice", PASS, policy)
    a.close()
    b.close()
    for f in (tmp_path / "a").glob(DB_NAME + "*"):
        f.unlink()
    shutil.copy(tmp_path / "b" / DB_NAME, tmp_path / "a" / DB_NAME)
    with pytest.raises(IntegrityError, match="does not open with the store's key"):
        stores.unlock(tmp_path / "a", "alice", PASS, policy)


def test_every_flipped_byte_of_the_slot_file_is_refused(created, store_dir: Path, policy) -> None:  # type: ignore[no-untyped-def]
    _closed_store(created)
    path = store_dir / SLOTS_NAME
    original = path.read_bytes()
    step = max(1, len(original) // 150)
    for pos in range(0, len(original), step):
        data = bytearray(original)
        data[pos] ^= 0x01
        path.write_bytes(bytes(data))
        with pytest.raises((IntegrityError, AuthenticationError)):
            stores.unlock(store_dir, "alice", PASS, policy).close()
    path.write_bytes(original)
    stores.unlock(store_dir, "alice", PASS, policy).close()


def test_slot_file_edit_with_valid_checksum_is_caught_by_mac(created, store_dir: Path, policy) -> None:  # type: ignore[no-untyped-def]
    import hashlib
    import json

    _closed_store(created)
    path = store_dir / SLOTS_NAME
    body, _, _ = path.read_text().rstrip("\n").rpartition("\n")
    obj = json.loads(body)
    obj["binding"] = not obj["binding"]  # downgrade attempt: pretend the store does not bind
    text = json.dumps(obj, sort_keys=True, indent=1)
    path.write_text(text + "\nchecksum " + hashlib.sha256(text.encode()).hexdigest() + "\n")
    with pytest.raises((IntegrityError, AuthenticationError)):
        stores.unlock(store_dir, "alice", PASS, policy)


def test_removed_users_old_slot_opens_nothing(created, store_dir: Path, policy) -> None:  # type: ignore[no-untyped-def]
    session, _ = created
    admin.add_user(session, "bob", "medical-advisor", "bobs passphrase 1")
    old_slots = (store_dir / SLOTS_NAME).read_bytes()
    stores.unlock(store_dir, "bob", "bobs passphrase 1", policy).close()
    admin.remove_user(session, "bob")
    session.close()
    with pytest.raises(AuthenticationError):
        stores.unlock(store_dir, "bob", "bobs passphrase 1", policy)
    # Put back the slot file copied before removal: bob's slot opens, but its key no longer opens the DB.
    current = (store_dir / SLOTS_NAME).read_bytes()
    (store_dir / SLOTS_NAME).write_bytes(old_slots)
    with pytest.raises(IntegrityError, match="does not open with the store's key"):
        stores.unlock(store_dir, "bob", "bobs passphrase 1", policy)
    (store_dir / SLOTS_NAME).write_bytes(current)
    stores.unlock(store_dir, "alice", PASS, policy).close()


def test_copied_store_on_another_workstation(
    created,
    store_dir: Path,
    tmp_path: Path,
    policy,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    session, code = created
    session.close()
    copy = tmp_path / "copied"
    shutil.copytree(store_dir, copy)
    switch_workstation(monkeypatch, tmp_path / "workstation-b.keyring")
    with pytest.raises(AuthenticationError, match="another workstation"):
        stores.unlock(copy, "alice", PASS, policy)
    moved = stores.recover(copy, "alice", code, "new passphrase on b", policy)
    assert moved.user == "alice"
    moved.close()
    stores.unlock(copy, "alice", "new passphrase on b", policy).close()
    with pytest.raises(AuthenticationError):
        stores.unlock(copy, "alice", "wrong passphrase here", policy)


def test_binding_is_recorded_and_unbound_store_opens_anywhere(
    store_dir: Path,
    tmp_path: Path,
    policy,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    session, _ = stores.create_store(store_dir, "alice", PASS, policy, binding=False)
    session.close()
    assert stores.store_binds(store_dir) is False
    switch_workstation(monkeypatch, tmp_path / "workstation-b.keyring")
    stores.unlock(store_dir, "alice", PASS, policy).close()


def test_keyring_unavailable_says_what_to_do(store_dir: Path, policy, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import keyring.core

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    keyring.core.init_backend()
    with pytest.raises(KeyringUnavailableError, match="keychain"):
        stores.create_store(store_dir, "alice", PASS, policy)


def test_plaintext_fallback_refused_unless_named(store_dir: Path, policy, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import keyring
    import keyring.core

    from tests.support.file_keyring import EncryptedFileKeyring

    monkeypatch.delenv("MEDUNIT_INSECURE_TEST_KEYRING")
    keyring.set_keyring(EncryptedFileKeyring())  # a non-OS backend, not named by the test variable
    with pytest.raises(KeyringUnavailableError, match="is not a keychain"):
        stores.create_store(store_dir, "alice", PASS, policy)


def test_recovery_code_reset_invalidates_old_code(created, store_dir: Path, policy) -> None:  # type: ignore[no-untyped-def]
    session, old = created
    # The administrator's slot lacks the criminal-record key the recovery slot must keep: the current
    # code is needed, and the refusal says so.
    with pytest.raises(ValidationError, match="give the current recovery code"):
        admin.new_recovery_code(session)
    new = admin.new_recovery_code(session, old)
    session.close()
    assert new != old
    with pytest.raises(AuthenticationError, match="recovery code"):
        stores.recover(store_dir, "alice", old, "another passphrase", policy)
    stores.recover(store_dir, "alice", new, "another passphrase", policy).close()
    with pytest.raises(AuthenticationError, match="recovery code"):
        stores.recover(store_dir, "alice", "not-a-code", "another passphrase", policy)


def test_key_rotation_refused_while_store_is_open_elsewhere(created, store_dir: Path, policy) -> None:  # type: ignore[no-untyped-def]
    from medunit.errors import ConflictError

    session, _ = created
    admin.add_user(session, "bob", "medical-advisor", "bobs passphrase 1")
    other = stores.unlock(store_dir, "bob", "bobs passphrase 1", policy)
    slots_before = (store_dir / SLOTS_NAME).read_bytes()
    with pytest.raises(ConflictError, match="busy in another medunit window"):
        admin.remove_user(session, "bob")
    assert (store_dir / SLOTS_NAME).read_bytes() == slots_before
    assert [u.name for u in admin.list_users(session)] == ["alice", "bob"]
    other.close()
    admin.remove_user(session, "bob")
    assert [u.name for u in admin.list_users(session)] == ["alice"]

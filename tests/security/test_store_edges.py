"""The rarer paths of keys, slots, the gate and the log: each a behaviour a reviewer would ask about."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path

import keyring
import keyring.core
import pytest

from medunit.crypto import keyslots
from medunit.crypto.kdf import KdfCost
from medunit.crypto.workstation import load_workstation
from medunit.domain.permissions import Action
from medunit.errors import (
    ConflictError,
    IntegrityError,
    KeyringUnavailableError,
    PermissionDeniedError,
    ValidationError,
)
from medunit.services import admin, records, stores
from medunit.services.guard import access
from medunit.store import access_log
from medunit.store.database import describe_unopenable
from medunit.store.vault import Vault
from tests.conftest import PASS

CHEAP = KdfCost(8192, 1, 1)


def _rewrite(path: Path, mutate) -> None:  # type: ignore[no-untyped-def]
    """Edit the slot file's JSON and recompute the (unkeyed) checksum, as an attacker could."""
    body, _, _ = path.read_text().rstrip("\n").rpartition("\n")
    obj = json.loads(body)
    mutate(obj)
    text = json.dumps(obj, sort_keys=True, indent=1)
    path.write_text(text + "\nchecksum " + hashlib.sha256(text.encode()).hexdigest() + "\n")


@pytest.mark.parametrize(
    ("mutate", "fragment"),
    [
        (lambda o: o.update(format="other"), "not a medunit key-slot file"),
        (lambda o: o.update(version=9), "unsupported version 9"),
        (lambda o: o.update(generations=[]), "wrong number of key generations"),
        (lambda o: o["slots"][0].update(kind="robot"), "unknown slot kind"),
        (lambda o: o["slots"][0].update(public_key=5), "expected base64 text"),
    ],
)
def test_structurally_wrong_slot_files_are_named(created, store_dir: Path, policy, mutate, fragment: str) -> None:  # type: ignore[no-untyped-def]
    created[0].close()
    _rewrite(store_dir / "keyslots.json", mutate)
    with pytest.raises(IntegrityError, match=fragment):
        stores.unlock(store_dir, "alice", PASS, policy)


def test_envelope_swapped_between_slots_is_caught(created, store_dir: Path, policy) -> None:  # type: ignore[no-untyped-def]
    session, _code = created
    admin.add_user(session, "bob", "unit-staff", "bobs passphrase 1")
    session.close()

    def swap(o: dict) -> None:  # type: ignore[type-arg]
        env = o["generations"][0]["envelopes"]
        env["user:alice"], env["user:bob"] = env["user:bob"], env["user:alice"]

    _rewrite(store_dir / "keyslots.json", swap)
    with pytest.raises(IntegrityError, match="envelope does not open"):
        stores.unlock(store_dir, "alice", PASS, policy)


def test_slot_without_envelope_is_caught(created, store_dir: Path, policy) -> None:  # type: ignore[no-untyped-def]
    created[0].close()
    _rewrite(store_dir / "keyslots.json", lambda o: o["generations"][0]["envelopes"].pop("user:alice"))
    with pytest.raises(IntegrityError, match="holds no key for this slot"):
        stores.unlock(store_dir, "alice", PASS, policy)


def test_pending_generation_without_this_slot_is_skipped(created, store_dir: Path, policy) -> None:  # type: ignore[no-untyped-def]
    """A staged rotation that no longer includes a slot: that slot opens with the current key only."""
    session, _ = created
    slots = session.vault.slots
    pending = slots.seal_generation(slots.current.number + 1, b"k" * 32, [keyslots.RECOVERY_SLOT])
    staged = keyslots.SlotFile(
        slots.store_id,
        slots.binding,
        slots.slots,
        (slots.current, pending),
        slots.compartments,
        page_hmac=slots.page_hmac,
    )
    staged.signed(session.vault.bag.data_key).write(store_dir / "keyslots.json")
    session.close()
    again = stores.unlock(store_dir, "alice", PASS, policy)
    assert again.vault.slots.pending is None
    again.close()


def test_sealing_to_an_unknown_slot_is_a_programming_error(created) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(KeyError):
        created[0].vault.slots.seal_generation(9, b"k" * 32, ["user:nobody"])


def test_duplicate_slot_and_binding_without_keychain(created, store_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session, _ = created
    vault = session.vault
    with pytest.raises(ConflictError, match="already has a key slot"):
        vault.put_user_slot("alice", "another passphrase", session.workstation, CHEAP, {}, replace_existing=False)
    with pytest.raises(ValidationError, match="OS keychain is needed"):
        vault.put_user_slot("carol", "carols passphrase", None, CHEAP, {}, replace_existing=False)
    with pytest.raises(ValidationError, match="binding needs the OS keychain"):
        Vault.create(tmp_path / "x", "alice", PASS, binding=True, workstation=None, cost=CHEAP)
    with pytest.raises(ConflictError, match="not empty"):
        Vault.create(store_dir, "alice", PASS, binding=False, workstation=None, cost=CHEAP)


def test_last_administrator_cannot_be_removed(created, store_dir: Path, policy) -> None:  # type: ignore[no-untyped-def]
    session, _ = created
    admin.add_user(session, "root2", "unit-admin", "second admin pass")
    other = stores.unlock(store_dir, "root2", "second admin pass", policy)
    session.close()
    admin.remove_user(other, "alice")
    with pytest.raises(ValidationError, match="yourself"):
        admin.remove_user(other, "root2")
    other.close()


def test_damaged_keychain_secret_and_chained_backend(monkeypatch: pytest.MonkeyPatch) -> None:
    from keyring.backends.chainer import ChainerBackend

    from tests.support.file_keyring import EncryptedFileKeyring

    load_workstation()
    keyring.set_password("medunit", "workstation-secret", "not-hex")
    with pytest.raises(KeyringUnavailableError, match="damaged"):
        load_workstation()
    keyring.set_password("medunit", "workstation-secret", "ab" * 32)
    monkeypatch.setattr(ChainerBackend, "backends", [EncryptedFileKeyring()])
    keyring.set_keyring(ChainerBackend())
    assert load_workstation().secret == bytes.fromhex("ab" * 32)
    keyring.core.init_backend()


def test_locked_session_is_refused(created) -> None:  # type: ignore[no-untyped-def]
    session, _ = created
    session.open = False
    try:
        with pytest.raises(PermissionDeniedError, match="locked"), access(session, Action.USER_LIST):
            pass
    finally:
        session.open = True


def test_log_query_limit_and_forged_mac(created) -> None:  # type: ignore[no-untyped-def]
    session, _ = created
    for _ in range(3):
        admin.list_users(session)
    db = session.vault.db
    assert len(list(access_log.query(db, access_log.LogFilter(), limit=2))) == 2
    entry = access_log.LogEntry(
        at="2026-01-01T00:00:00+00:00",
        user="x",
        role="unit-admin",
        responsible="x",
        action="user.list",
        outcome="granted",
        workstation="w",
    )
    with db.transaction():
        access_log.append(db, entry, b"\1" * 32)  # a key that is not the store's: written outside medunit
    report = access_log.verify_chain(db, session.log_key)
    assert "invalid MAC" in report.problem


def test_describe_unopenable(tmp_path: Path) -> None:
    assert describe_unopenable(tmp_path / "absent.db").startswith("cannot read")
    (tmp_path / "empty.db").write_bytes(b"")
    assert describe_unopenable(tmp_path / "empty.db") == "the file is empty"


def test_page_damage_during_iterate_and_executemany_is_named(created, store_dir: Path) -> None:  # type: ignore[no-untyped-def]
    session, _ = created
    db = session.vault.db
    with db.transaction():
        db.executemany("INSERT INTO meta(key, value) VALUES (?, ?)", [(f"k{i}", "v" * 900) for i in range(400)])
    db.pragma("wal_checkpoint(TRUNCATE)")
    key = session.vault.bag.data_key
    session.close()
    raw = bytearray((store_dir / "medunit.db").read_bytes())
    for page in range(len(raw) // 4096 - 20, len(raw) // 4096):
        raw[page * 4096 + 100] ^= 0xFF
    (store_dir / "medunit.db").write_bytes(bytes(raw))
    from medunit.store.database import open_database

    other = open_database(store_dir / "medunit.db", key)
    with pytest.raises(IntegrityError):
        list(other.iterate("SELECT value FROM meta"))
    with pytest.raises(IntegrityError):
        other.executemany("UPDATE meta SET value = ? WHERE key = ?", [("w", f"k{i}") for i in range(400)])
    with pytest.raises(IntegrityError):
        other.rekey(b"\2" * 32)
    other.close()


def test_attachment_of_unknown_case_is_refused(created) -> None:  # type: ignore[no-untyped-def]
    import io

    with pytest.raises(PermissionDeniedError):
        records.add_attachment(created[0], "GD-2026-000001", "x.pdf", io.BytesIO(b"%PDF-1"))
    assert base64  # imported for _rewrite users


def test_log_filter_by_person_only(created) -> None:  # type: ignore[no-untyped-def]
    session, _ = created
    db = session.vault.db
    entry = access_log.LogEntry(
        at="2026-01-01T00:00:00+00:00",
        user="x",
        role="unit-admin",
        responsible="x",
        action="case.read",
        outcome="granted",
        workstation="w",
        person_ref="P-000001",
    )
    with db.transaction():
        access_log.append(db, entry, session.log_key)
    found = list(access_log.query(db, access_log.LogFilter(person_ref="P-000001")))
    assert [e.person_ref for e in found] == ["P-000001"]


def test_cut_off_tail_is_named_by_the_head(created) -> None:  # type: ignore[no-untyped-def]
    session, _ = created
    db = session.vault.db
    entry = access_log.LogEntry(
        at="2026-01-01T00:00:00+00:00",
        user="x",
        role="unit-admin",
        responsible="x",
        action="user.list",
        outcome="granted",
        workstation="w",
    )
    with db.transaction():
        for _ in range(3):
            access_log.append(db, entry, session.log_key)
        access_log.mark_head(db)  # as every lock and exit does
        db.execute("DROP TRIGGER access_log_no_delete")
        last = db.execute("SELECT max(seq) FROM access_log").fetchone()[0]
        db.execute("DELETE FROM access_log WHERE seq = ?", (last,))
    report = access_log.verify_chain(db, session.log_key)
    assert report.problem == f"entries after #{last - 1} were removed (the log head says #{last})"
    with db.transaction():  # the head recorded in meta no longer matches its entry
        db.execute("UPDATE meta SET value = ? WHERE key = 'access_log_head'", (f"{last - 1}:{'00' * 32}",))
    report = access_log.verify_chain(db, session.log_key)
    assert report.problem == f"entry #{last - 1} differs from the recorded log head (rewritten)"

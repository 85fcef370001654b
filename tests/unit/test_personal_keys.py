"""Personal keys, per-transaction log signatures and rollback anchors: the rules one by one, on real
stores and real keys."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from medunit.crypto import personal
from medunit.crypto.keyslots import DecryptionFailed, read_slot_file, user_slot_id
from medunit.crypto.personal import LogSigner
from medunit.domain.roles import Role
from medunit.errors import IntegrityError, ValidationError
from medunit.services import admin, audit, personal_keys, rollback, stores
from medunit.store import access_log, log_keys
from medunit.store.access_log import KnownKey, LogEntry
from medunit.store.anchor import Anchor
from medunit.store.database import open_database
from medunit.store.schema import migrate
from medunit.store.vault import SLOTS_NAME, Vault
from tests.conftest import PASS
from tests.support import raw_sqlcipher


def _entry(user: str, **extra: object) -> LogEntry:
    fields: dict[str, object] = {
        "at": "2026-11-26T10:00:00+00:00",
        "user": user,
        "role": "medical-advisor",
        "responsible": user,
        "action": "case.read",
        "outcome": "granted",
        "workstation": "ws/1",
    }
    fields.update(extra)
    return LogEntry(**fields)  # type: ignore[arg-type]


@pytest.fixture
def log(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A bare log with two certified users; yields (db, log key, signers, known keys)."""
    db = open_database(tmp_path / "log.db", b"k" * 32, create=True)
    migrate(db)
    log_key = access_log.derive_log_key(b"k" * 32)
    signers = {u: LogSigner.from_raw("S", personal.new_log_key()) for u in ("ann", "bob")}
    keys = {s.key_id: KnownKey(u, s.public, 0) for u, s in signers.items()}
    with db.transaction():
        registered = tuple(access_log.REGISTERED + k for k in keys)
        access_log.append(db, _entry("alice", record_ids=("user:alice", *registered)), log_key)
    yield db, log_key, signers, keys
    db.close()


def _verify(log) -> access_log.ChainReport:  # type: ignore[no-untyped-def]
    db, log_key, _signers, keys = log
    return access_log.verify_chain(db, log_key, store_id="S", keys=keys, signed_from=2)


def test_signed_transactions_verify_and_count(log) -> None:  # type: ignore[no-untyped-def]
    db, log_key, signers, _ = log
    for user in ("ann", "ann", "bob", "ann"):
        with db.transaction():
            access_log.append(db, _entry(user, role="-"), log_key, signers[user], sign=False)
            access_log.append(db, _entry(user, record_ids=("entry:é", 'x"y')), log_key, signers[user])
    report = _verify(log)
    assert report.ok, report.problem
    assert (report.signatures, report.unsigned_before, report.entries) == (4, 1, 9)


@pytest.mark.parametrize(
    ("forge", "problem"),
    [
        ("unknown", "entry #2 is signed with an unknown key"),
        ("early", "entry #2 is signed with a key of ann not yet issued at that point"),
        ("other", "entry #2 names bob but is signed by ann"),
        ("mixed", "entry #2 names bob but is signed by ann"),
        ("unsigned", "entries #2–#2 are not signed (written outside medunit)"),
        ("badsig", "entry #2: the signature of ann does not match"),
    ],
)
def test_each_signature_rule_names_the_entry(log, forge: str, problem: str) -> None:  # type: ignore[no-untyped-def]
    db, log_key, signers, keys = log
    ann = signers["ann"]
    if forge == "unknown":
        stranger = LogSigner.from_raw("S", personal.new_log_key())
        with db.transaction():
            access_log.append(db, _entry("ann"), log_key, stranger)
    elif forge == "early":
        keys[ann.key_id] = KnownKey("ann", ann.public, 5)
        with db.transaction():
            access_log.append(db, _entry("ann"), log_key, ann)
    elif forge in ("other", "mixed"):
        with db.transaction():
            if forge == "mixed":
                access_log.append(db, _entry("bob"), log_key, ann, sign=False)
            access_log.append(db, _entry("bob" if forge == "other" else "ann"), log_key, ann)
    elif forge == "unsigned":
        with db.transaction():
            access_log.append(db, _entry("ann"), log_key)
    else:
        bad = LogSigner("S", ann.key_id, ann.public, Ed25519PrivateKey.generate())
        with db.transaction():
            access_log.append(db, _entry("ann"), log_key, bad)
        with db.transaction():  # and an unsigned entry after it: the first problem is the one named
            access_log.append(db, _entry("ann"), log_key)
    report = _verify(log)
    assert report.problem.startswith(problem), report.problem


def test_verify_without_signature_checks_and_legacy_part(log) -> None:  # type: ignore[no-untyped-def]
    db, log_key, signers, keys = log
    with db.transaction():
        access_log.append(db, _entry("ann"), log_key)  # before signing began
    with db.transaction():
        access_log.append(db, _entry("ann"), log_key, signers["ann"])
    assert access_log.verify_chain(db, log_key).ok
    report = access_log.verify_chain(db, log_key, store_id="S", keys=keys, signed_from=3)
    assert report.ok and report.unsigned_before == 2


def test_append_checks_a_transaction_in_its_own_name_it_did_not_write(log) -> None:  # type: ignore[no-untyped-def]
    db, log_key, signers, _ = log
    ann = signers["ann"]
    other_process = LogSigner("S", ann.key_id, ann.public, ann.private)
    with db.transaction():
        access_log.append(db, _entry("ann"), log_key, other_process)  # a genuine one: accepted silently
    with db.transaction():
        access_log.append(db, _entry("ann"), log_key, ann)
    assert _verify(log).ok
    assert ann.signed_to == 3


def test_personal_key_helpers_refuse_garbage() -> None:
    ca = personal.new_ca_key()
    pub = personal.log_public(personal.new_log_key())
    cert = personal.certify_log_key(ca, "S", "ann", pub, 0)
    assert personal.log_key_certified(personal.ca_public(ca), "S", "ann", pub, 0, cert)
    assert not personal.log_key_certified(personal.ca_public(ca), "S", "bob", pub, 0, cert)
    assert not personal.log_key_certified(b"not der", "S", "ann", pub, 0, cert)
    ed = Ed25519PrivateKey.generate().public_key()
    ed_der = ed.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    assert not personal.log_key_certified(ed_der, "S", "ann", pub, 0, cert)
    assert not personal.head_signature_valid(b"short", "S", 1, b"\0" * 32, b"\0" * 64)
    assert len(personal.fingerprint(pub)) == 39


def test_personal_key_moved_under_another_name_does_not_open(created, store_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """Each personal key is sealed with its slot and name in the AAD: filing alice's log key as her CA key
    (or another slot's) is caught at unlock."""
    from dataclasses import replace

    from medunit.crypto.workstation import load_workstation

    session, _ = created
    slots = read_slot_file(store_dir / SLOTS_NAME)
    sid = user_slot_id("alice")
    held = slots.personal[sid]
    moved = replace(slots, personal={**slots.personal, sid: {**held, personal.CA_KEY: held[personal.LOG_KEY]}})
    moved = moved.signed(session.vault.bag.data_key)
    session.close()
    moved.write(store_dir / SLOTS_NAME)
    with pytest.raises(IntegrityError, match="an envelope does not open"):
        Vault.unlock(store_dir, "alice", PASS, load_workstation())
    assert DecryptionFailed  # what the envelope raised underneath


def test_only_a_ca_holder_issues_keys(created) -> None:  # type: ignore[no-untyped-def]
    session, _ = created
    admin.add_user(session, "po.bakker", "privacy-officer", "unit member passphrase")
    po = stores.unlock(session.vault.layout.root, "po.bakker", "unit member passphrase", session.policy)
    try:
        with po.vault.db.transaction() as db, pytest.raises(ValidationError, match="no unit CA key"):
            personal_keys.issue_log_key(po.vault, db, "mallory")
    finally:
        po.close()
    rows = log_keys.all_keys(session.vault.db)
    assert {r.user for r in rows} == {"alice", "recovery", "po.bakker"}
    assert log_keys.find(session.vault.db, rows[0].key_id) == rows[0]
    assert log_keys.find(session.vault.db, "nope") is None


def test_a_forged_key_certificate_fails_verify(created) -> None:  # type: ignore[no-untyped-def]
    session, _ = created
    db = session.vault.db
    pub = personal.log_public(personal.new_log_key())
    own_ca = personal.new_ca_key()  # an insider's own CA: not the unit's
    with db.transaction():
        log_keys.insert(
            db,
            log_keys.LogKeyRow(
                personal.key_id(pub),
                "alice",
                pub,
                0,
                personal.certify_log_key(own_ca, session.vault.store_id, "alice", pub, 0),
            ),
        )
    report = admin.verify_store(session)
    assert any("is not certified by the unit CA" in p for p in report.problems)


def test_store_made_before_personal_keys_starts_signing_at_the_admins_unlock(
    store_dir: Path,
    policy,  # type: ignore[no-untyped-def]
) -> None:
    from medunit.crypto.kdf import KdfCost
    from medunit.store import users as users_repo

    vault, _code = Vault.create(store_dir, "alice", PASS, binding=False, workstation=None, cost=KdfCost(8192, 1))
    with vault.db.transaction() as db:
        users_repo.insert_user(db, "alice", "unit-admin", "2026-01-01T00:00:00+00:00", None)
        users_repo.insert_user(db, "ann", "medical-advisor", "2026-01-01T00:00:00+00:00", None)
    vault.put_user_slot("ann", "unit member passphrase", None, KdfCost(8192, 1), {}, replace_existing=False)
    vault.close()
    session = stores.unlock(store_dir, "alice", PASS, policy)
    try:
        assert session.signer is not None
        ann_keys = read_slot_file(store_dir / SLOTS_NAME).personal[user_slot_id("ann")]
        assert set(ann_keys) == {personal.LOG_KEY}  # a log key, no CA
        assert personal_keys.signing_state(session.vault.db).signed_from == 1
        assert set(session.vault.bag.personal) == {personal.LOG_KEY, personal.CA_KEY}
        assert audit.verify_log(session).ok
    finally:
        session.close()


def test_a_store_that_does_not_sign_yet_has_no_signer(store_dir: Path, policy) -> None:  # type: ignore[no-untyped-def]
    from medunit.crypto.kdf import KdfCost
    from medunit.store import users as users_repo

    vault, _code = Vault.create(store_dir, "alice", PASS, binding=False, workstation=None, cost=KdfCost(8192, 1))
    with vault.db.transaction() as db:
        users_repo.insert_user(db, "alice", "unit-admin", "2026-01-01T00:00:00+00:00", None)
        users_repo.insert_user(db, "ann", "medical-advisor", "2026-01-01T00:00:00+00:00", None)
    vault.put_user_slot("ann", "unit member passphrase", None, KdfCost(8192, 1), {}, replace_existing=False)
    vault.close()
    ann = stores.unlock(store_dir, "ann", "unit member passphrase", policy)
    try:
        assert ann.signer is None
        assert personal_keys.signing_state(ann.vault.db) == personal_keys.SigningState(None, None)
        assert personal_keys.certified_keys(ann.vault.db, ann.vault.store_id) == ({}, [])
    finally:
        ann.close()
    stores.unlock(store_dir, "ann", "unit member passphrase", policy).close()  # anchor without a CA: fine
    ann = stores.recover(store_dir, "ann", _code, "a new unit member passphrase", policy)  # no keys to issue
    try:
        assert ann.signer is None and audit_entries_unsigned(ann)
    finally:
        ann.close()


def audit_entries_unsigned(session) -> bool:  # type: ignore[no-untyped-def]
    rows = session.vault.db.execute("SELECT count(*) FROM access_log WHERE signer IS NOT NULL").fetchone()
    return bool(rows[0] == 0)


def test_anchor_parse_and_order() -> None:
    good = Anchor("S", 3, "00", 1, None)
    assert Anchor.parse(good.to_json()) == good
    for text in ("[]", "{}", '{"format": "other"}', "not json", json.dumps({"format": "medunit-rollback-anchor/1"})):
        with pytest.raises(ValueError):
            Anchor.parse(text)
    wrong = json.loads(good.to_json())
    wrong["log_seq"] = "3"
    with pytest.raises(ValueError):
        Anchor.parse(json.dumps(wrong))


def test_damaged_anchor_is_refused_and_replaced_by_a_restore(created, store_dir: Path, policy) -> None:  # type: ignore[no-untyped-def]
    from medunit.crypto.workstation import write_anchor

    session, _ = created
    store_id = session.vault.store_id
    session.close()
    write_anchor(store_id, "garbage")
    with pytest.raises(IntegrityError, match="rollback anchor in this workstation's keychain is damaged"):
        stores.unlock(store_dir, "alice", PASS, policy)
    admin_session = stores.unlock(store_dir, "alice", PASS, policy, check_anchor=False)
    try:
        before, now = rollback.accept_restore(admin_session, "keychain anchor was damaged, checked by IT")
    finally:
        admin_session.close()
    assert before is None and now.log_seq > 0
    stores.unlock(store_dir, "alice", PASS, policy).close()


def test_anchor_folder_problems_are_clear(tmp_path: Path, store_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from medunit.config.policy import load_policy
    from tests.conftest import FAST_POLICY

    folder = tmp_path / "anchors"
    (tmp_path / "policy.toml").write_text(FAST_POLICY + f'[audit]\nanchor_folder = "{folder}"\n')
    policy = load_policy()
    session, _ = stores.create_store(store_dir, "alice", PASS, policy, binding=False)
    path = folder / f"{session.vault.store_id}{rollback.SUFFIX}"
    path.write_bytes(b"\xff\xfe")
    session.close()  # a damaged file is replaced by the newer state at lock
    assert Anchor.parse(path.read_text()).log_seq > 0
    path.write_bytes(b"\xff\xfe")
    with pytest.raises(IntegrityError, match=r"anchor folder .* is damaged or was altered"):
        stores.unlock(store_dir, "alice", PASS, policy)
    path.unlink()
    path.mkdir()  # not a file: cannot be read
    with pytest.raises(IntegrityError, match="cannot be read"):
        stores.unlock(store_dir, "alice", PASS, policy)
    path.rmdir()
    folder.rmdir()
    folder.write_text("a file where the folder should be")
    with pytest.raises(ValidationError, match="is not writable"):
        stores.unlock(store_dir, "alice", PASS, policy)


def test_a_role_column_edited_by_hand_does_not_accept_a_restore(created, store_dir: Path, policy) -> None:  # type: ignore[no-untyped-def]
    """Staff make themselves unit-admin in the users table with their own data key: the guard's role check
    passes, but accepting a restore needs the unit CA in the acting slot, which they do not hold."""

    from medunit.errors import PermissionDeniedError

    session, _ = created
    admin.add_user(session, "staff.smit", Role.UNIT_STAFF.value, "unit member passphrase")
    session.close()
    staff = stores.unlock(store_dir, "staff.smit", "unit member passphrase", policy)
    key = staff.vault.bag.data_key
    staff.close()
    con = raw_sqlcipher.connect(store_dir / "medunit.db", key, isolation_level=None)
    con.execute("UPDATE users SET role = 'unit-admin' WHERE name = 'staff.smit'")
    con.close()
    staff = stores.unlock(store_dir, "staff.smit", "unit member passphrase", policy, check_anchor=False)
    try:
        with pytest.raises(PermissionDeniedError, match="holding the unit CA key"):
            rollback.accept_restore(staff, "restored the backup of monday")
    finally:
        staff.close()


def test_revocation_keeps_only_revocations_signed_by_the_unit_ca(created) -> None:  # type: ignore[no-untyped-def]
    """A revocation list planted in the database by someone else's CA is not carried forward; a missing
    one is simply rebuilt from the certificates table."""
    from cryptography import x509

    session, _ = created
    admin.add_user(session, "dr.a", "medical-advisor", "unit member passphrase", big="12345678901")
    admin.add_user(session, "dr.b", "medical-advisor", "unit member passphrase", big="10987654321")
    db = session.vault.db
    other = personal.new_ca_key()
    other_cert = personal.ca_certificate(other, "x", datetime.now(UTC))
    planted = personal.revocation_list(other, other_cert, [(424242, datetime.now(UTC))], datetime.now(UTC))
    with db.transaction():
        db.execute("UPDATE meta SET value = ? WHERE key = ?", (planted.hex(), personal_keys.CRL))
        assert personal_keys.revoke_document_keys(session.vault, db, "dr.a") == 1
        crl = x509.load_der_x509_crl(
            bytes.fromhex(db.execute("SELECT value FROM meta WHERE key = ?", (personal_keys.CRL,)).fetchone()[0])
        )
        assert crl.get_revoked_certificate_by_serial_number(424242) is None
        db.execute("DELETE FROM meta WHERE key = ?", (personal_keys.CRL,))
        assert personal_keys.revoke_document_keys(session.vault, db, "dr.b") == 2
        assert personal_keys.revoke_document_keys(session.vault, db, "dr.b") == 0  # nothing left to revoke


def test_anchor_keychain_errors_are_named() -> None:
    import keyring.core

    from medunit.crypto.workstation import read_anchor, write_anchor
    from medunit.errors import KeyringUnavailableError

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
        keyring.core.init_backend()
        with pytest.raises(KeyringUnavailableError):
            read_anchor("S")
        with pytest.raises(KeyringUnavailableError):
            write_anchor("S", "{}")
    keyring.core.init_backend()


def test_behind_names_a_gap_a_rewrite_and_nothing_for_an_empty_anchor(created) -> None:  # type: ignore[no-untyped-def]
    from medunit.store.anchor import behind

    session, _ = created
    vault = session.vault
    for _ in range(3):
        admin.list_users(session)
    sid = vault.store_id
    assert behind(Anchor(sid, 0, "", 1, None), vault) == []
    assert behind(Anchor(sid, 2, "00" * 32, 1, None), vault) == [
        "the access log was rewritten: entry #2 differs from what was last seen"
    ]
    with vault.db.transaction() as db:
        db.execute("DROP TRIGGER access_log_no_delete")
        db.execute("DELETE FROM access_log WHERE seq = 2")
    assert behind(Anchor(sid, 2, "00" * 32, 1, None), vault) == [
        "the access log was truncated: entry #2, last seen, is gone"
    ]


def test_a_transaction_of_several_entries_by_one_user(log) -> None:  # type: ignore[no-untyped-def]
    db, log_key, signers, _ = log
    with db.transaction():
        access_log.append(db, _entry("ann", record_ids=("note:1",)), log_key, signers["ann"], sign=False)
        access_log.append(db, _entry("ann"), log_key, signers["ann"])
    assert _verify(log).ok


def test_an_anchor_never_moves_back_without_a_restore(tmp_path: Path, store_dir: Path) -> None:
    """A session on a store that is behind the anchors (opened for a restore) does not overwrite them."""
    import shutil

    from medunit.config.policy import load_policy
    from medunit.crypto.workstation import read_anchor
    from medunit.store.vault import DB_NAME
    from tests.conftest import FAST_POLICY

    folder = tmp_path / "anchors"
    (tmp_path / "policy.toml").write_text(FAST_POLICY + f'[audit]\nanchor_folder = "{folder}"\n')
    policy = load_policy()
    session, _ = stores.create_store(store_dir, "alice", PASS, policy)
    store_id = session.vault.store_id
    session.close()
    shutil.copy2(store_dir / DB_NAME, tmp_path / "old.db")
    stores.unlock(store_dir, "alice", PASS, policy).close()
    newest = Anchor.parse(read_anchor(store_id) or "")
    shutil.copy2(tmp_path / "old.db", store_dir / DB_NAME)
    old = stores.unlock(store_dir, "alice", PASS, policy, check_anchor=False)
    try:
        rollback.record(old.vault, old.workstation, old.policy)  # behind both anchors: neither moves back
    finally:
        old.close()
    assert Anchor.parse(read_anchor(store_id) or "") == newest
    assert Anchor.parse((folder / f"{store_id}{rollback.SUFFIX}").read_text()) == newest


def test_the_profile_big_number_goes_into_the_certificate(created) -> None:  # type: ignore[no-untyped-def]
    from medunit.services import profiles

    session, _ = created
    admin.add_user(session, "dr.a", "medical-advisor", "unit member passphrase", big="12345678901")
    profiles.set_profile(session, "dr.a", "Dr. A. Aa", "10987654321")  # another BIG: a new certificate
    certs = log_keys.signing_certs(session.vault.db)
    assert [c.revoked_at is None for c in certs] == [False, True]
    profiles.set_profile(session, "dr.a", "Dr. A. Aa", "10987654321")  # the same: nothing new
    assert len(log_keys.signing_certs(session.vault.db)) == 2
    admin.add_user(session, "po.b", "privacy-officer", "unit member passphrase")
    po = stores.unlock(session.vault.layout.root, "po.b", "unit member passphrase", session.policy)
    try:
        with po.vault.db.transaction() as db:
            assert not personal_keys.reissue_document_key(po.vault, db, "dr.a", "12345678901")  # holds no CA
    finally:
        po.close()


def test_libsodium_signs_the_head_as_openssl_does() -> None:
    """``LogSigner.sign_head`` signs with libsodium (issue 15 point 4): Ed25519 is deterministic, so its
    signature must be OpenSSL's byte for byte, verify with the key's public half, and not depend on a
    ``public`` passed in that is not the private key's."""
    import os
    import random

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    rng = random.Random(21)
    for n in range(300):
        raw = os.urandom(32)
        key = Ed25519PrivateKey.from_private_bytes(raw)
        store_id = "".join(rng.choice("ab-🩺\0\u2028") for _ in range(rng.randint(0, 12)))
        seq, digest = rng.randint(0, 2**63 - 1), os.urandom(32)
        signer = LogSigner.from_raw(store_id, raw) if n % 2 else LogSigner(store_id, "id", os.urandom(32), key)
        signature = signer.sign_head(seq, digest)
        statement = personal.head_statement(store_id, seq, digest)
        assert signature == key.sign(statement)
        key.public_key().verify(signature, statement)
        assert signer.signed_to == seq
    assert isinstance(key.public_key(), Ed25519PublicKey)

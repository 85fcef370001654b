"""Insider attacks on the access log and on the store's history, written as the insider would do them:
a unit staff member with a valid account, file access to the store, and the data key their own slot
yields, working on the database with raw ``sqlcipher3``.

Before personal log keys and rollback anchors every attack below succeeded: a re-chained log (hashes,
MACs and head recomputed with the data key) passed ``audit verify`` and ``verify``, and a copied-back
``medunit.db`` opened and verified without complaint.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from medunit.cli.main import run
from medunit.crypto import personal
from medunit.domain.roles import Role
from medunit.errors import IntegrityError
from medunit.services import audit, records, stores
from medunit.store.vault import DB_NAME, SLOTS_NAME
from tests.support.insider import raw, rewrite
from tests.support.insider import rows as read_rows
from tests.support.unit import PASS, USER_PASS, Unit, make_unit

CASE = "GD-2026-000001"


@pytest.fixture
def unit(store_dir: Path, policy) -> Iterator[Unit]:  # type: ignore[no-untyped-def]
    u = make_unit(store_dir, policy)
    records.get_case(u[Role.UNIT_STAFF], CASE)  # the insider's own reads ...
    records.get_case(u[Role.UNIT_STAFF], CASE)
    records.get_case(u[Role.MEDICAL_ADVISOR], CASE)  # ... followed by another author's transaction
    yield u
    u.close()


def test_staff_deletes_own_entries_and_rechains_the_log(unit: Unit) -> None:
    staff = unit[Role.UNIT_STAFF]
    con = raw(unit.root, staff.vault.bag.data_key)
    rows = read_rows(con)
    own = [r for r in rows if r[2] == "staff.smit" and r[5] == "case.read"]
    assert len(own) == 2
    rewrite(con, [r for r in rows if r not in own])
    con.close()
    report = audit.verify_log(unit[Role.PRIVACY_OFFICER])  # the open session of the privacy officer
    assert not report.ok
    assert "does not match" in report.problem and report.problem.startswith("entry #")


def test_staff_edits_own_entry_and_rechains_with_own_signature(unit: Unit) -> None:
    """Even re-signing their own transaction with their own log key does not help: the later
    transaction of dr.jansen signed the old head."""
    staff = unit[Role.UNIT_STAFF]
    assert staff.signer is not None
    con = raw(unit.root, staff.vault.bag.data_key)
    rows = read_rows(con)
    i = next(i for i, r in enumerate(rows) if r[2] == "staff.smit" and r[5] == "case.read")
    rows[i] = (*rows[i][:5], "policy.read", *rows[i][6:])
    rewrite(con, rows)
    own = con.execute("SELECT seq, hash FROM access_log WHERE seq > ? AND signer = ?", (i, staff.signer.key_id))
    for seq, digest in own.fetchall():  # every transaction of their own from the edit on, re-signed
        con.execute("UPDATE access_log SET sig = ? WHERE seq = ?", (staff.signer.sign_head(seq, bytes(digest)), seq))
    con.close()
    report = audit.verify_log(unit[Role.PRIVACY_OFFICER])
    assert not report.ok
    assert "the signature of dr.jansen does not match" in report.problem


def test_forged_entry_in_another_users_name_is_named(unit: Unit) -> None:
    """The insider appends a well-chained, MAC'd entry claiming dr.jansen read a case: with dr.jansen's key
    id and a made-up signature, or signed with the insider's own key."""
    staff = unit[Role.UNIT_STAFF]
    assert staff.signer is not None
    jansen = unit[Role.MEDICAL_ADVISOR].signer
    assert jansen is not None
    for signer_id, sign in ((jansen.key_id, lambda seq, d: b"\1" * 64), (staff.signer.key_id, staff.signer.sign_head)):
        con = raw(unit.root, staff.vault.bag.data_key)
        rows = read_rows(con)
        last = rows[-1]
        forged = (0, last[1], "dr.jansen", "medical-advisor", "dr.jansen", "health.read", *last[6:17])
        rewrite(con, [*rows, (*forged, signer_id, b"")])
        seq = len(rows) + 1
        digest = bytes(con.execute("SELECT hash FROM access_log WHERE seq = ?", (seq,)).fetchone()[0])
        con.execute("UPDATE access_log SET sig = ? WHERE seq = ?", (sign(seq, digest), seq))
        con.close()
        report = audit.verify_log(unit[Role.PRIVACY_OFFICER])
        assert not report.ok
        assert report.problem in (
            f"entry #{seq}: the signature of dr.jansen does not match "
            "(this entry or one before it was changed after it was signed)",
            f"entry #{seq} names dr.jansen but is signed by staff.smit",
        ), report.problem
        con = raw(unit.root, staff.vault.bag.data_key)
        rewrite(con, rows)  # the insider tries again from the original log
        con.close()


def test_honest_author_records_a_forgery_in_their_name(unit: Unit) -> None:
    """A forged transaction with dr.jansen's key id right before dr.jansen's next one would be covered by
    it; dr.jansen's own append checks it and writes a permanent alarm into their signed transaction."""
    staff, advisor = unit[Role.UNIT_STAFF], unit[Role.MEDICAL_ADVISOR]
    assert advisor.signer is not None
    con = raw(unit.root, staff.vault.bag.data_key)
    rows = read_rows(con)
    last = rows[-1]
    forged = (0, last[1], "dr.jansen", "medical-advisor", "dr.jansen", "health.read", *last[6:17])
    rewrite(con, [*rows, (*forged, advisor.signer.key_id, b"\2" * 64)])
    con.close()
    records.get_case(advisor, CASE)  # dr.jansen goes on working
    report = audit.verify_log(unit[Role.PRIVACY_OFFICER])
    assert not report.ok
    forged_seq = len(rows) + 1
    assert f"entry #{forged_seq} claims the signature of dr.jansen but was not signed by them" in report.problem


def test_unit_staff_and_privacy_officer_hold_no_ca_key(unit: Unit) -> None:
    expected = {
        Role.UNIT_ADMIN: {personal.LOG_KEY, personal.CA_KEY},
        Role.MEDICAL_ADVISOR: {personal.LOG_KEY, personal.SIGN_KEY, personal.SIGN_CERT},
    }
    for role in Role:
        assert set(unit[role].vault.bag.personal) == expected.get(role, {personal.LOG_KEY}), role


def test_copied_back_database_is_refused_at_unlock(unit: Unit, store_dir: Path, policy) -> None:  # type: ignore[no-untyped-def]
    unit.close()
    saved = store_dir.parent / "saved"
    saved.mkdir()
    shutil.copy2(store_dir / DB_NAME, saved / DB_NAME)
    shutil.copy2(store_dir / SLOTS_NAME, saved / SLOTS_NAME)
    session = stores.unlock(store_dir, "staff.smit", USER_PASS, policy)
    records.get_case(session, CASE)  # reads the insider wants to erase
    session.close()
    shutil.copy2(saved / DB_NAME, store_dir / DB_NAME)
    for side in ("-wal", "-shm"):
        (store_dir / (DB_NAME + side)).unlink(missing_ok=True)
    with pytest.raises(IntegrityError) as caught:
        stores.unlock(store_dir, "po.bakker", USER_PASS, policy)
    assert "the database medunit.db is older than last seen: its access log ends at" in caught.value.message
    assert caught.value.exit_code == 4


def test_restored_folder_is_refused_until_an_admin_accepts_it(
    unit: Unit, store_dir: Path, policy, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    unit.close()
    saved = store_dir.parent / "saved"
    shutil.copytree(store_dir, saved)
    session = stores.unlock(store_dir, "alice", PASS, policy)
    from medunit.services import admin

    admin.remove_user(session, "cro.visser")  # rotates the data key: the key generation moves on
    session.close()
    shutil.rmtree(store_dir)
    shutil.copytree(saved, store_dir)  # the whole folder put back, as a backup restore would
    monkeypatch.setenv("MEDUNIT_PASSPHRASE", USER_PASS)
    assert run(["case", "show", CASE, "--store", str(store_dir), "--as", "staff.smit"]) == 4
    err = capsys.readouterr().err
    assert "the key-slot file keyslots.json is older than last seen (key generation 1, last seen 2)" in err
    assert "the database medunit.db is older than last seen" in err
    # unit staff cannot accept it (no unit CA in their slot), however the role column reads
    assert (
        run(
            [
                "restore",
                "accept",
                "--reason",
                "restored last night's backup",
                "--store",
                str(store_dir),
                "--as",
                "staff.smit",
            ]
        )
        != 0
    )
    monkeypatch.setenv("MEDUNIT_PASSPHRASE", PASS)
    assert run(["restore", "accept", "--reason", "too short", "--store", str(store_dir), "--as", "alice"]) == 1
    assert (
        run(
            [
                "restore",
                "accept",
                "--reason",
                "restored last night's backup after a disk failure",
                "--store",
                str(store_dir),
                "--as",
                "alice",
            ]
        )
        == 0
    )
    assert "rollback anchor moved to log" in capsys.readouterr().out
    po = stores.unlock(store_dir, "po.bakker", USER_PASS, policy)
    try:
        restores = [e for e in audit.entries(po, audit.LogFilter()) if e.action == "store.restore"]
        assert [e.outcome for e in restores] == ["refused", "refused", "granted"]
        assert "moved back from log #" in (restores[-1].reason or "")
        assert audit.verify_log(po).ok
    finally:
        po.close()


def test_anchor_folder_catches_a_copy_back_on_another_workstation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An unbound store opened from two workstations: the second has no keychain anchor yet, but the
    policy's anchor folder (a share IT controls) has the first one's."""
    import keyring.core

    from medunit.config.policy import load_policy
    from tests.conftest import FAST_POLICY

    folder = tmp_path / "anchors"
    (tmp_path / "policy.toml").write_text(FAST_POLICY + f'[audit]\nanchor_folder = "{folder}"\n')
    policy = load_policy()
    root = tmp_path / "shared"
    session, _ = stores.create_store(root, "alice", PASS, policy, binding=False)
    session.close()
    saved = tmp_path / "saved.db"
    shutil.copy2(root / DB_NAME, saved)
    session = stores.unlock(root, "alice", PASS, policy)
    session.close()
    assert (folder / f"{session.vault.store_id}.anchor.json").exists()
    monkeypatch.setenv("MEDUNIT_TEST_KEYRING", str(tmp_path / "workstation-b.keyring"))
    keyring.core.init_backend()
    shutil.copy2(saved, root / DB_NAME)
    with pytest.raises(IntegrityError, match=r"rollback anchor in the anchor folder .*medunit.db is older"):
        stores.unlock(root, "alice", PASS, policy)


def test_log_key_swapped_into_a_slot_is_refused(unit: Unit, store_dir: Path, policy) -> None:  # type: ignore[no-untyped-def]
    """The insider seals a log key they know into dr.jansen's slot (sealing needs only the slot's public
    key) and fixes the slot file's MAC with the data key: dr.jansen's unlock refuses the unknown key."""
    from medunit.crypto.keyslots import read_slot_file, user_slot_id

    key = unit[Role.UNIT_STAFF].vault.bag.data_key
    unit.close()
    slots = read_slot_file(store_dir / SLOTS_NAME)
    swapped = slots.with_personal(user_slot_id("dr.jansen"), {personal.LOG_KEY: personal.new_log_key()})
    swapped.signed(key).write(store_dir / SLOTS_NAME)
    with pytest.raises(IntegrityError, match=r"not the one the unit CA certified for dr\.jansen"):
        stores.unlock(store_dir, "dr.jansen", USER_PASS, policy)


def test_replaced_unit_ca_is_refused_at_unlock(unit: Unit, store_dir: Path, policy) -> None:  # type: ignore[no-untyped-def]
    """The insider puts a CA of their own into the database, to certify log keys in others' names."""
    key = unit[Role.UNIT_STAFF].vault.bag.data_key
    unit.close()
    own_ca = personal.new_ca_key()
    con = raw(store_dir, key)
    con.execute("UPDATE meta SET value = ? WHERE key = 'unit_ca_public'", (personal.ca_public(own_ca).hex(),))
    con.close()
    with pytest.raises(IntegrityError, match=r"the unit CA in the database is not the one last seen \(replaced\)"):
        stores.unlock(store_dir, "staff.smit", USER_PASS, policy)

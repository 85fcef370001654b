"""Backups: a round trip that keeps everything, a copy taken while another process writes, kills during
``backup create``, a flipped byte anywhere, the restore's refusals, and the retention purge at restore.

Everything runs the real CLI (in-process, or as a child process where it is killed) on real SQLCipher files.
"""

from __future__ import annotations

import io
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlcipher3

from medunit.cli.main import run
from medunit.domain.roles import Role
from medunit.errors import (
    AuthenticationError,
    ConflictError,
    IntegrityError,
    PermissionDeniedError,
    ValidationError,
)
from medunit.services import backup, demo, exports, records, stores
from medunit.store.layout import DB_NAME, SLOTS_NAME
from tests.conftest import PASS
from tests.support import raw_sqlcipher
from tests.support.sqlcipher_pages import plaintext_pages
from tests.support.unit import USER_PASS, Unit, make_unit

ROOT = Path(__file__).resolve().parents[2]
CASE = "GD-2026-000001"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def unit(store_dir: Path, policy) -> Iterator[Unit]:  # type: ignore[no-untyped-def]
    u = make_unit(store_dir, policy)
    yield u
    u.close()


@pytest.fixture
def pubkey(unit: Unit, tmp_path: Path) -> Path:
    path = tmp_path / "unit.pub"
    exports.write_public_key(unit[Role.UNIT_ADMIN], path)
    return path


def _cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[int, str, str]:
    monkeypatch.setenv("MEDUNIT_PASSPHRASE", PASS)
    code = run(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _ca(unit: Unit) -> bytes:
    """The unit CA public key as IT's public-key file carries it."""
    return backup.trusted_ca_public(exports.public_key(unit[Role.UNIT_ADMIN]).file_text)


def _create(unit: Unit, folder: Path) -> Path:
    return backup.create_backup(unit[Role.UNIT_ADMIN], folder).folder


def _tables(db: Path, key: bytes) -> dict[str, list[tuple[object, ...]]]:
    conn = raw_sqlcipher.connect(db, key)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        found = {}
        for n in names:
            try:
                found[n] = conn.execute(f'SELECT * FROM "{n}" ORDER BY rowid').fetchall()
            except sqlcipher3.OperationalError:  # a WITHOUT ROWID table: compare as a sorted set
                found[n] = sorted(conn.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr)
        return found
    finally:
        conn.close()


def test_round_trip_keeps_every_case_entry_attachment_and_log_entry(
    unit: Unit, tmp_path: Path, pubkey: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    admin, ma = unit[Role.UNIT_ADMIN], unit[Role.MEDICAL_ADVISOR]
    demo.seed(admin, 300, recovery_code=unit.recovery_code)
    records.add_entry(ma, CASE, "note", "een notitie voor de backup")
    records.add_attachment(ma, CASE, "brief.pdf", io.BytesIO(PDF))
    key = admin.vault.bag.data_key
    folder = tmp_path / "backups"

    code, out, err = _cli(
        capsys, monkeypatch, "backup", "create", "--store", str(unit.root), "--as", "alice", "--to", str(folder)
    )
    assert code == 0, err
    (made,) = folder.iterdir()
    assert sorted(p.name for p in made.iterdir()) == [SLOTS_NAME, "manifest.json", DB_NAME]
    code, out, err = _cli(capsys, monkeypatch, "backup", "verify", str(folder), "--public-key", str(pubkey))
    assert code == 0 and f"OK {made}" in out, err
    before = _tables(made / DB_NAME, key)
    unit.close()

    target = tmp_path / "restored"
    code, out, err = _cli(
        capsys, monkeypatch, "backup", "restore", "--from", str(made), "--store", str(target), "--as", "alice"
    )
    assert code == 0, err
    assert "Restored the backup of" in out
    after = _tables(target / DB_NAME, key)
    assert (target / SLOTS_NAME).read_bytes() == (made / SLOTS_NAME).read_bytes()
    for table, rows in before.items():
        if table == "access_log":
            assert after[table][: len(rows)] == rows  # the log goes on: unlock and restore are appended
            added = after[table][len(rows) :]
            assert any("restored from backup of" in str(r) for r in added)
        elif table == "meta":  # the log head moved on with the log; every other value is the same
            assert [r for r in after[table] if r[0] != "access_log_head"] == [
                r for r in rows if r[0] != "access_log_head"
            ]
        else:
            assert after[table] == rows, table
    assert len(before["cases"]) == 302 and before["attachments"]

    for command in (["verify"], ["audit", "verify"]):
        code, out, err = _cli(capsys, monkeypatch, *command, "--store", str(target), "--as", "alice")
        assert code == 0, err


def test_backup_while_another_process_writes(unit: Unit, tmp_path: Path, pubkey: Path) -> None:
    key = unit[Role.UNIT_ADMIN].vault.bag.data_key
    before = len(_tables(unit.root / DB_NAME, key)["health_entries"])
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        # 50 ms between its commits: a user saving entries one after another (tests/support/writer.py says why
        # not back to back)
        [sys.executable, "-m", "tests.support.writer", str(unit.root), "dr.jansen", USER_PASS, CASE, "50"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    try:
        assert child.stdout is not None
        for _ in range(20):  # let it commit a few entries first
            assert child.stdout.readline(), child.stderr.read().decode() if child.stderr else "writer died"
        made = [_create(unit, tmp_path / "backups") for _ in range(3)]
        for _ in range(5):  # it was still writing after the last backup
            assert child.stdout.readline()
    finally:
        child.kill()
        child.wait()
    report = backup.verify_backup(tmp_path / "backups", _ca(unit))
    assert report.ok and sorted(report.checked) == sorted(made), report.problems
    counts = []
    for folder in made:
        for f in folder.iterdir():
            data = f.read_bytes()
            assert b"crash-" not in data and b"Notitie" not in data and b"de Vries" not in data
        counts.append(len(_tables(folder / DB_NAME, key)["health_entries"]))
    assert before < counts[0] <= counts[1] <= counts[2]  # each copy holds the writer's committed entries


def test_kill_during_backup_create_leaves_earlier_backups_and_nothing_half_accepted(
    unit: Unit, tmp_path: Path, pubkey: Path
) -> None:
    """Ten SIGKILLs, each at a random moment after the child started writing its backup folder."""
    records.add_attachment(unit[Role.MEDICAL_ADVISOR], CASE, "scan.pdf", io.BytesIO(PDF + os.urandom(12 << 20)))
    folder = tmp_path / "backups"
    started = time.monotonic()
    first = _create(unit, folder)
    took = time.monotonic() - started  # kills spread over a whole backup's length: copy, hashes, manifest, rename
    first_files = {f.name: f.read_bytes() for f in first.iterdir()}
    public = _ca(unit)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "MEDUNIT_PASSPHRASE": PASS}
    command = [sys.executable, "-m", "medunit.cli.main", "backup", "create", "--store", str(unit.root), "--as", "alice"]
    rng = random.Random(13)
    mid_way = 0
    for _ in range(10):
        backup.remove_partials(folder)  # what the child itself does first: the next partial is the child's
        child = subprocess.Popen(
            [*command, "--to", str(folder)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 60
        while child.poll() is None and not list(folder.glob(backup.PARTIAL + "*")) and time.monotonic() < deadline:
            time.sleep(0.001)  # until it starts writing
        time.sleep(rng.uniform(0, took * 1.2))
        child.send_signal(signal.SIGKILL)
        child.wait()
        mid_way += bool(list(folder.glob(backup.PARTIAL + "*")))  # killed before its rename
        assert {f.name: f.read_bytes() for f in first.iterdir()} == first_files
        report = backup.verify_backup(folder, public)
        assert report.ok and first in report.checked, report.problems  # complete ones only, all intact
        for partial in report.incomplete:  # what a kill left is never accepted
            assert not backup.verify_backup(partial, public).ok
    assert mid_way >= 3, mid_way  # the kills really landed while a backup was being written


def test_one_byte_flip_anywhere_fails_verify(
    unit: Unit, tmp_path: Path, pubkey: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    made = _create(unit, tmp_path / "backups")
    public = _ca(unit)
    rng = random.Random(4)
    for f in sorted(made.iterdir()):
        original = f.read_bytes()
        for pos in {0, len(original) - 1, *(rng.randrange(len(original)) for _ in range(6))}:
            data = bytearray(original)
            data[pos] ^= 0x01
            f.write_bytes(bytes(data))
            assert not backup.verify_backup(made, public).ok, (f.name, pos)
        f.write_bytes(original)
    assert backup.verify_backup(made, public).ok
    db = made / DB_NAME
    data = bytearray(db.read_bytes())
    data[len(data) // 2] ^= 0x80
    db.write_bytes(bytes(data))
    code, _out, err = _cli(capsys, monkeypatch, "backup", "verify", str(made), "--public-key", str(pubkey))
    assert code == 4 and "medunit.db was altered" in err


def test_verify_refuses_the_wrong_key_an_extra_file_and_a_partial_folder(unit: Unit, tmp_path: Path) -> None:
    from medunit.crypto import personal

    made = _create(unit, tmp_path / "backups")
    other = personal.ca_public(personal.new_ca_key())
    assert "not signed by the unit CA" in backup.verify_backup(made, other).problems[0]
    public = _ca(unit)
    (made / (DB_NAME + "-wal")).write_bytes(b"x")
    assert "is not part of the backup" in backup.verify_backup(made, public).problems[0]
    partial = tmp_path / "backups" / ".partial-x"
    partial.mkdir()
    shutil.copytree(made, partial, dirs_exist_ok=True)  # complete inside, but never renamed into place
    assert "incomplete" in backup.verify_backup(partial, public).problems[0]
    shutil.rmtree(partial)
    stray = tmp_path / "backups" / (backup.PREFIX + "stray")
    stray.mkdir()
    assert "no manifest.json" in backup.verify_backup(stray, public).problems[0]
    shutil.rmtree(stray)
    assert "does not exist" in backup.verify_backup(tmp_path / "nope", public).problems[0]
    (made / (DB_NAME + "-wal")).unlink()
    assert backup.verify_backup(made / "manifest.json", public).ok  # the manifest names its backup
    slots = made / SLOTS_NAME
    slots.write_bytes(slots.read_bytes()[:-1])
    assert "has" in backup.verify_backup(made, public).problems[0]  # cut short: the size differs
    slots.unlink()
    assert f"{SLOTS_NAME} is missing" in backup.verify_backup(made, public).problems[0]
    assert "holds no backup" in backup.verify_backup(tmp_path, public).problems[0]


def test_restore_refusals(unit: Unit, tmp_path: Path, policy) -> None:  # type: ignore[no-untyped-def]
    made = _create(unit, tmp_path / "backups")
    _create(unit, tmp_path / "backups")  # a second one: the folder of backups is not one backup
    with pytest.raises(ConflictError, match="exists; nothing was restored"):
        backup.restore_backup(made, unit.root, "alice", PASS, policy)
    other, _code = stores.create_store(tmp_path / "other", "alice", PASS, policy)
    other.close()
    with pytest.raises(ConflictError, match="another store"):
        backup.restore_backup(made, tmp_path / "other", "alice", PASS, policy, replace=True)
    (tmp_path / "plain").mkdir()
    (tmp_path / "plain" / "notes.txt").write_text("x")
    with pytest.raises(ConflictError, match="not a medunit store"):
        backup.restore_backup(made, tmp_path / "plain", "alice", PASS, policy, replace=True)
    with pytest.raises(AuthenticationError):
        backup.restore_backup(made, tmp_path / "new1", "alice", "not the passphrase", policy)
    assert stores.failed_unlocks(unit.root) == 0  # the staging copy's failure left no trace to misreport
    with pytest.raises(PermissionDeniedError):
        backup.restore_backup(made, tmp_path / "new2", "dr.jansen", USER_PASS, policy)
    damaged = bytearray((made / DB_NAME).read_bytes())
    damaged[5000] ^= 1
    (made / DB_NAME).write_bytes(bytes(damaged))
    with pytest.raises(IntegrityError, match="damaged; nothing was restored"):
        backup.restore_backup(made, tmp_path / "new3", "alice", PASS, policy)
    with pytest.raises(ValidationError, match="not one backup folder"):
        backup.restore_backup(tmp_path / "backups", tmp_path / "new4", "alice", PASS, policy)
    for name in ("new1", "new2", "new3", "new4"):
        assert not (tmp_path / name).exists()
    assert not list(tmp_path.glob(".*restoring*"))


def test_restore_over_the_same_store_keeps_the_old_one_beside_it(unit: Unit, tmp_path: Path, policy) -> None:  # type: ignore[no-untyped-def]
    made = _create(unit, tmp_path / "backups")
    records.add_entry(unit[Role.MEDICAL_ADVISOR], CASE, "note", "na de backup")
    unit.close()
    result = backup.restore_backup(made, unit.root, "alice", PASS, policy, replace=True)
    assert result.moved_aside is not None and (result.moved_aside / DB_NAME).exists()
    ma = stores.unlock(unit.root, "dr.jansen", USER_PASS, policy)
    try:
        assert "na de backup" not in [e.text for e in records.entries(ma, CASE)]
    finally:
        ma.close()


def test_a_recording_29_days_old_in_a_backup_is_gone_after_restore(unit: Unit, tmp_path: Path, policy) -> None:  # type: ignore[no-untyped-def]
    marker = "MARKER-opname-in-backup-qq"
    ma = unit[Role.MEDICAL_ADVISOR]
    records.add_entry(ma, CASE, "recording", f"Gesprek {marker} " * 20)
    db = unit[Role.UNIT_ADMIN].vault.db
    with db.transaction():  # as the store would hold it 29 days later (the purge ran at this unlock)
        old = (datetime.now(UTC) - timedelta(days=29)).isoformat()
        newest = "(SELECT max(id) FROM health_entries WHERE kind = 'recording')"  # its text is sealed
        db.execute(f"UPDATE health_entries SET recorded_at = ? WHERE id = {newest}", (old,))
    made = _create(unit, tmp_path / "backups")
    key = unit[Role.UNIT_ADMIN].vault.bag.data_key

    def recordings(db: Path) -> int:  # the old recording's row (its text is sealed, so counted by its date)
        return sum(1 for row in _tables(db, key)["health_entries"] if old in row)

    assert recordings(made / DB_NAME) == 1  # the backup holds it
    unit.close()

    target = tmp_path / "restored"
    backup.restore_backup(made, target, "alice", PASS, policy)
    assert recordings(target / DB_NAME) == 0 and marker.encode() not in plaintext_pages(target / DB_NAME, key)
    ma = stores.unlock(target, "dr.jansen", USER_PASS, policy)
    try:
        assert not any(marker in e.text for e in records.entries(ma, CASE))
    finally:
        ma.close()


def test_only_the_unit_administrator_makes_a_backup(unit: Unit, tmp_path: Path) -> None:
    with pytest.raises(PermissionDeniedError):
        backup.create_backup(unit[Role.MEDICAL_ADVISOR], tmp_path / "backups")
    assert not list((tmp_path / "backups").glob(backup.PREFIX + "*"))


def _re_sign(made: Path, sign: Callable[[bytes], bytes], ca_cert: str | None = None) -> None:
    """The attacker's move: alter the database copy, put its new size and SHA-256 in the manifest, and sign
    the manifest again with a key they hold (optionally naming a CA certificate of their own)."""
    import base64
    import hashlib
    import json

    db = made / DB_NAME
    data = bytearray(db.read_bytes())
    data[len(data) // 3] ^= 0x04
    db.write_bytes(bytes(data))
    doc = json.loads((made / "manifest.json").read_text())
    doc.pop("signature")
    doc["files"][DB_NAME] = {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    if ca_cert is not None:
        doc["ca_certificate"] = ca_cert
    canonical = json.dumps(doc, sort_keys=True, separators=(",", ":")).encode()
    doc["signature"] = base64.b64encode(sign(canonical)).decode()
    (made / "manifest.json").write_text(json.dumps(doc))


def test_a_manifest_re_signed_with_an_insiders_keys_is_refused(
    unit: Unit, tmp_path: Path, pubkey: Path, policy
) -> None:  # type: ignore[no-untyped-def]
    """An insider with their own slot: the data key opens the store's ``meta`` table (the old Ed25519 unit
    key that signed manifests before), and the slot yields their log key and, for a medical advisor, an
    ECDSA P-256 document key certified by the unit CA. None of them is the unit CA: ``verify`` with IT's
    public-key file and ``restore`` both refuse every such manifest. (Before: signed with the meta key, the
    re-signed manifest passed ``verify`` and ``restore``.)"""
    from datetime import UTC, datetime

    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.hashes import SHA256
    from cryptography.hazmat.primitives.serialization import load_der_private_key

    from medunit.crypto import personal
    from medunit.export import signing

    staff, ma = unit[Role.UNIT_STAFF], unit[Role.MEDICAL_ADVISOR]
    con = raw_sqlcipher.connect(unit.root / DB_NAME, staff.vault.bag.data_key)
    meta_key = bytes.fromhex(con.execute("SELECT value FROM meta WHERE key = 'signing_key'").fetchone()[0])
    con.close()
    log_key = staff.vault.bag.personal[personal.LOG_KEY]
    doc_key = load_der_private_key(ma.vault.bag.personal[personal.SIGN_KEY], None)
    assert isinstance(doc_key, ec.EllipticCurvePrivateKey)
    own_ca = personal.new_ca_key()
    own_cert = personal.ca_certificate(own_ca, unit[Role.UNIT_ADMIN].vault.store_id, datetime.now(UTC)).hex()
    attempts: list[tuple[str, Callable[[bytes], bytes], str | None]] = [
        ("meta key", lambda d: signing.sign(meta_key, d), None),
        ("staff log key", lambda d: personal.LogSigner.from_raw("x", log_key).private.sign(d), None),
        ("advisor document key", lambda d: doc_key.sign(d, ec.ECDSA(SHA256())), None),
        ("a CA of their own", lambda d: personal.ca_sign(own_ca, d), own_cert),
    ]
    originals = _create(unit, tmp_path / "backups")
    unit.close()
    saved = {f.name: f.read_bytes() for f in originals.iterdir()}
    for name, sign, cert in attempts:
        for f, data in saved.items():
            (originals / f).write_bytes(data)
        _re_sign(originals, sign, cert)
        report = backup.verify_with_key_file(originals, pubkey.read_text())
        assert not report.ok and "not signed by the unit CA" in report.problems[0], name
        with pytest.raises(IntegrityError, match="not signed by this store's unit CA"):
            backup.restore_backup(originals, tmp_path / "restored", "alice", PASS, policy)
        with pytest.raises(IntegrityError, match="not signed by the unit CA"):
            backup.restore_backup(
                originals,
                tmp_path / "restored",
                "alice",
                PASS,
                policy,
                trusted_ca=backup.trusted_ca_public(pubkey.read_text()),
            )
        assert not (tmp_path / "restored").exists(), name
    for f, data in saved.items():
        (originals / f).write_bytes(data)
    assert backup.verify_with_key_file(originals, pubkey.read_text()).ok  # the untouched backup still passes


def test_restore_moves_the_rollback_anchor_back_and_a_hand_copy_stays_refused(
    unit: Unit, tmp_path: Path, policy
) -> None:  # type: ignore[no-untyped-def]
    """A backup is older than the store by nature, so this workstation's rollback anchor is past it. Copied
    back by hand it is refused at unlock; restored, the anchor moves back through ``accept_restore`` (logged
    beside the restore itself) and the store opens."""
    from medunit.services import audit, rollback

    made = _create(unit, tmp_path / "backups")
    backup_seq = backup.read_manifest(made, None)[0]["log_head"]
    assert isinstance(backup_seq, dict)
    records.add_entry(unit[Role.MEDICAL_ADVISOR], CASE, "note", "na de backup")
    store_id, workstation = unit[Role.UNIT_ADMIN].vault.store_id, unit[Role.UNIT_ADMIN].workstation
    unit.close()  # each session's lock moves the anchor forward
    [(_source, anchor)] = rollback.anchors(store_id, workstation, policy)
    assert anchor.log_seq > backup_seq["seq"]

    for name in (DB_NAME, SLOTS_NAME):  # by hand: the same old database put back, no restore
        shutil.copyfile(made / name, unit.root / name)
    for side in ("-wal", "-shm"):
        (unit.root / (DB_NAME + side)).unlink(missing_ok=True)
    with pytest.raises(IntegrityError, match="older than its rollback anchor") as caught:
        stores.unlock(unit.root, "po.bakker", USER_PASS, policy)
    assert caught.value.exit_code == 4

    result = backup.restore_backup(made, unit.root, "alice", PASS, policy, replace=True, trusted_ca=None)
    [(_source, moved)] = rollback.anchors(store_id, workstation, policy)
    assert moved.log_seq > backup_seq["seq"] and moved.log_hash != anchor.log_hash  # onto the restored log
    po = stores.unlock(unit.root, "po.bakker", USER_PASS, policy)  # not refused as behind
    try:
        entries = audit.entries(po, audit.LogFilter())
        restored = [e for e in entries if e.action == "backup.restore"]
        assert [(e.outcome, e.reason) for e in restored] == [
            ("granted", f"restored from backup of {result.backup_time}")
        ]
        accepted = [e for e in entries if e.action == "store.restore"]
        assert [e.outcome for e in accepted] == ["granted"]
        assert f"restored from backup of {result.backup_time}; rollback anchor moved back from log #" in (
            accepted[0].reason or ""
        )
        assert audit.verify_log(po).ok
    finally:
        po.close()


def test_an_automatic_backup_waits_for_a_session_holding_the_unit_ca(unit: Unit, tmp_path: Path) -> None:
    """The policy's backup at lock or exit: a medical advisor's session holds no unit CA, so it signs none
    (and takes none); a unit administrator's does."""

    from medunit.services import admin as admin_service

    folder = tmp_path / "backups"
    admin, ma = unit[Role.UNIT_ADMIN], unit[Role.MEDICAL_ADVISOR]
    settings = {**admin.policy.settings}
    settings["backup.folder"] = settings["backup.folder"]._replace(value=str(folder))
    policy = admin.policy._replace(settings=settings)
    admin.policy = ma.policy = policy
    assert not backup.can_sign(ma) and backup.backup_state(policy).due
    assert backup.backup_if_due(ma) is None
    with pytest.raises(PermissionDeniedError, match="holding the unit CA key"):
        backup.create_backup(ma, folder, automatic=True)
    assert not list(folder.glob(backup.PREFIX + "*"))
    helper = backup.background_session(admin)  # as at the window's lock: a second connection, same keys
    try:
        info = backup.backup_if_due(helper)
    finally:
        helper.close()
    assert admin_service.verify_store(admin).ok  # the backup's log entry is signed like any other
    assert info is not None and backup.verify_backup(info.folder, _ca(unit)).ok


def test_cli_checks_against_the_unit_ca_of_the_public_key_file(
    unit: Unit,
    tmp_path: Path,
    pubkey: Path,
    policy,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    from medunit.crypto import personal
    from medunit.export import signing

    made = _create(unit, tmp_path / "backups")
    records.add_entry(unit[Role.MEDICAL_ADVISOR], CASE, "note", "na de backup")
    ws = unit[Role.UNIT_ADMIN].workstation
    unit.close()
    old_style = tmp_path / "old.pub"  # a file without the unit CA (written before the store had one)
    old_style.write_text(signing.public_key_file(signing.public_key_of(signing.new_signing_key())))
    code, _out, err = _cli(capsys, monkeypatch, "backup", "verify", str(made), "--public-key", str(old_style))
    assert code == 1 and "holds no unit CA certificate" in err
    other = tmp_path / "other.pub"  # another unit's CA
    own_ca = personal.new_ca_key()
    cert = personal.ca_certificate(own_ca, "another", datetime.now(UTC))
    other.write_text(pubkey.read_text().split("-----BEGIN CERTIFICATE-----")[0] + _pem(cert))
    code, _out, err = _cli(capsys, monkeypatch, "backup", "verify", str(made), "--public-key", str(other))
    assert code == 4 and "not signed by the unit CA" in err
    from medunit.services import rollback

    [(_where, before)] = rollback.anchors(made_id := str(backup.read_manifest(made, None)[0]["store_id"]), ws, policy)
    trial = ["backup", "restore", "--from", str(made), "--store", str(unit.root), "--as", "alice", "--trial"]
    code, out, _err = _cli(capsys, monkeypatch, *trial)
    assert code == 0 and "Trial restore of the backup of" in out and "access log (" in out
    assert rollback.anchors(made_id, ws, policy) == [(_where, before)]  # the live store's anchor is untouched
    assert not list(tmp_path.glob(".*restoring*"))
    stores.unlock(unit.root, "po.bakker", USER_PASS, policy).close()  # and it still opens
    target = tmp_path / "restored"
    args = ["backup", "restore", "--from", str(made), "--store", str(target), "--as", "alice", "--public-key"]
    code, _out, err = _cli(capsys, monkeypatch, *args, str(other))
    assert code == 4 and "not signed by the unit CA" in err and not target.exists()
    code, out, _err = _cli(capsys, monkeypatch, *args, str(pubkey))
    assert code == 0 and "rollback anchor moved back" in out
    assert stores.unlock(target, "po.bakker", USER_PASS, policy).close() is None


def _pem(der: bytes) -> str:
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    return x509.load_der_x509_certificate(der).public_bytes(Encoding.PEM).decode()

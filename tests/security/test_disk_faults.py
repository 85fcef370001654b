"""Faults tell the truth: a full disk, read-only media, an empty and a truncated database each get their own
message and exit code (1 for the disk, 4 only when pages really fail to authenticate), no failed login is
invented, no schema is written, and every entry reported as saved is still there once space returns.

The full and read-only trials run on a real, small tmpfs mounted by the test (CI runs as root). A machine
where it cannot be mounted fails the test with the reason: these trials must not silently not run.
"""

from __future__ import annotations

import base64
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from medunit.cli.main import run
from medunit.crypto.aead import seal
from medunit.domain.roles import Role
from medunit.errors import IntegrityError, StorageError
from medunit.services import audit, records, stores
from medunit.store import access_log, pending_log
from medunit.store.access_log import LogFilter
from medunit.store.database import RESERVE_SUFFIX
from medunit.store.layout import DB_NAME
from tests.conftest import PASS
from tests.support import raw_sqlcipher
from tests.support.unit import USER_PASS, Unit, make_unit

CASE = "GD-2026-000001"


def _mount(point: Path, *options: str) -> None:
    done = subprocess.run(["mount", *options, point], capture_output=True, text=True, check=False)
    if done.returncode:
        pytest.fail(f"cannot {' '.join(options)} {point} (these trials need root): {done.stderr.strip()}")


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A fresh 8 MiB tmpfs, unmounted afterwards."""
    point = tmp_path / "disk"
    point.mkdir()
    _mount(point, "-t", "tmpfs", "-o", "size=8m,mode=0700", "tmpfs")
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", point], check=False)


def _fill(disk: Path) -> Path:
    """Fill the file system to the very last byte (big writes, then single bytes)."""
    filler = disk / "filler"
    with filler.open("wb", buffering=0) as fh:
        for size in (65536, 4096, 1):
            while True:
                try:
                    fh.write(b"\0" * size)
                except OSError:
                    break
    assert os.statvfs(disk).f_bavail == 0
    return filler


def _fill_more(disk: Path) -> Path:
    """Fill again what was freed since (the reserve given back, then partly used)."""
    more = disk / "filler-more"
    more.write_bytes(b"")
    with more.open("ab", buffering=0) as fh:
        for size in (65536, 4096, 1):
            while True:
                try:
                    fh.write(b"\0" * size)
                except OSError:
                    break
    return more


def _cli(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *args: str, passphrase: str = PASS
) -> tuple[int, str]:
    monkeypatch.setenv("MEDUNIT_PASSPHRASE", passphrase)
    code = run(list(args))
    return code, capsys.readouterr().err


def _no_tamper_words(err: str) -> None:
    for word in ("altered", "authenticate", "internal error", "wrong passphrase", "Traceback"):
        assert word not in err


def _texts(unit_root: Path, policy) -> list[str]:  # type: ignore[no-untyped-def]
    ma = stores.unlock(unit_root, "dr.jansen", USER_PASS, policy)
    try:
        return [e.text for e in records.entries(ma, CASE)]
    finally:
        ma.close()


def _reads_logged(root: Path, policy, user: str, action: str) -> int:  # type: ignore[no-untyped-def]
    po = stores.unlock(root, "po.bakker", USER_PASS, policy)
    try:
        return sum(e.action == action for e in audit.entries(po, LogFilter(user=user)))
    finally:
        po.close()


def test_full_disk_reads_go_on_logged_and_writes_fail_whole(  # type: ignore[no-untyped-def]
    small_disk: Path,
    policy,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    root = small_disk / "store"
    unit: Unit = make_unit(root, policy)
    ma = unit[Role.MEDICAL_ADVISOR]
    saved = [f"opgeslagen-{n}" for n in range(3)]
    for text in saved:
        records.add_entry(ma, CASE, "note", text)
    assert (root / (DB_NAME + RESERVE_SUFFIX)).exists()
    filler = _fill(small_disk)

    refused = None
    for n in range(400):  # the WAL must grow within a few commits; each success is "reported as saved"
        text = f"na-vol-{n} " + "x" * 3000
        try:
            records.add_entry(ma, CASE, "note", text)
        except StorageError as exc:
            refused = exc
            break
        saved.append(text)
    assert refused is not None, "the disk never reported full"
    assert refused.exit_code == 1
    assert "is full" in refused.message and "nothing of this action was saved" in refused.message
    assert str(root) in refused.message

    # reads go on, each with its access-log entry (written into the reserve's space)
    assert set(saved) <= {e.text for e in records.entries(ma, CASE)}
    for _ in range(60):
        records.get_case(ma, CASE)
    with pytest.raises(StorageError, match="is full"):  # and a write is still refused whole
        records.add_entry(ma, CASE, "note", "nog een na vol")
    unit.close()

    # closed on a disk still full (the reserve is spent): a disk message and exit 1, not tampering (exit 4)
    topped = _fill_more(small_disk)
    code, err = _cli(capsys, monkeypatch, "user", "list", "--store", str(root), "--as", "alice")
    assert code == 1, err
    assert "is full" in err
    _no_tamper_words(err)
    assert not (root / "unlock-attempts.jsonl").exists()  # no failed login was invented

    filler.unlink()
    topped.unlink()
    texts = _texts(root, policy)
    for text in saved:
        assert text in texts
    assert not any(t not in saved for t in texts if t.startswith(("na-vol-", "nog een")))  # refused ones absent
    assert _reads_logged(root, policy, "dr.jansen", "case.read") >= 60
    assert (root / (DB_NAME + RESERVE_SUFFIX)).exists()  # put back once there is room


def test_a_store_closed_before_the_disk_filled_still_reads(  # type: ignore[no-untyped-def]
    small_disk: Path,
    policy,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    root = small_disk / "store"
    unit = make_unit(root, policy)
    records.add_entry(unit[Role.MEDICAL_ADVISOR], CASE, "note", "voor de schijf vol was")
    unit.close()
    filler = _fill(small_disk)
    as_ma = ("--store", str(root), "--as", "dr.jansen")

    code, err = _cli(capsys, monkeypatch, "case", "list", *as_ma, passphrase=USER_PASS)
    assert code == 0, err
    code, err = _cli(
        capsys,
        monkeypatch,
        "entry",
        "add",
        "--case",
        CASE,
        "--kind",
        "note",
        "--text",
        "na vol",
        *as_ma,
        passphrase=USER_PASS,
    )
    assert code == 1 and "is full" in err and "nothing of this action was saved" in err
    _no_tamper_words(err)

    filler.unlink()
    texts = _texts(root, policy)
    assert "voor de schijf vol was" in texts and "na vol" not in texts
    assert _reads_logged(root, policy, "dr.jansen", "case.list") >= 1


def test_read_only_media_reads_are_logged_and_writes_fail_whole(  # type: ignore[no-untyped-def]
    small_disk: Path,
    policy,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    root = small_disk / "store"
    unit = make_unit(root, policy)
    records.add_entry(unit[Role.MEDICAL_ADVISOR], CASE, "note", "voor alleen-lezen")
    unit.close()
    _mount(small_disk, "-o", "remount,ro")

    # reads work, each logged in the pending log on this workstation (sealed: no reference in clear)
    ma = stores.unlock(root, "dr.jansen", USER_PASS, policy)
    try:
        assert records.get_case(ma, CASE).summary.reference == CASE
        assert "voor alleen-lezen" in [e.text for e in records.entries(ma, CASE)]
        pending = pending_log.path_for(ma.vault.store_id)
        assert pending.stat().st_mode & 0o777 == 0o600
        assert CASE.encode() not in pending.read_bytes() and b"dr.jansen" not in pending.read_bytes()
        lines_before = len(pending.read_bytes().splitlines())
        with pytest.raises(StorageError, match="nothing of this action was saved") as refused:
            records.add_entry(ma, CASE, "note", "op alleen-lezen")
        assert "read-only" in refused.value.message and refused.value.exit_code == 1
        assert len(pending.read_bytes().splitlines()) == lines_before  # a failed write logs no grant
    finally:
        ma.close()
    code, err = _cli(
        capsys, monkeypatch, "entry", "add", "--case", CASE, "--kind", "note", "--text", "cli alleen-lezen",
        "--store", str(root), "--as", "dr.jansen", passphrase=USER_PASS,
    )  # fmt: skip
    assert code == 1 and "read-only" in err and "nothing of this action was saved" in err
    _no_tamper_words(err)
    blocked = small_disk.parent / "blocked"
    (blocked / "medunit").parent.mkdir()
    (blocked / "medunit").write_text("a file where the data folder should be")
    data_home = os.environ["XDG_DATA_HOME"]
    monkeypatch.setenv("XDG_DATA_HOME", str(blocked))
    with pytest.raises(StorageError, match="could not be kept"):  # no entry on disk: no read, not even unlock
        stores.unlock(root, "dr.jansen", USER_PASS, policy)
    monkeypatch.setenv("XDG_DATA_HOME", data_home)

    _mount(small_disk, "-o", "remount,rw")
    texts = _texts(root, policy)  # this unlock moves the pending entries into the access log
    assert "voor alleen-lezen" in texts and "op alleen-lezen" not in texts and "cli alleen-lezen" not in texts
    assert not pending.exists()
    po = stores.unlock(root, "po.bakker", USER_PASS, policy)
    try:
        moved = [e for e in audit.entries(po, LogFilter(user="dr.jansen")) if pending_log.SUFFIX in (e.reason or "")]
        assert {"session.unlock", "case.read"} <= {e.action for e in moved} and len(moved) >= 4
        assert any(e.case_ref == CASE for e in moved)
        assert audit.verify_log(po).ok
    finally:
        po.close()


def test_an_altered_pending_log_is_reported(created, policy) -> None:  # type: ignore[no-untyped-def]
    session, _code = created
    root = Path(session.store_path)
    data_key, store_id = session.vault.bag.data_key, session.vault.store_id
    entry = access_log.LogEntry("2026-11-26T07:00:00Z", "alice", "-", "alice", "case.read", "granted", "ws")
    for _ in range(3):
        pending_log.record(data_key, store_id, entry)
    session.close()
    path = pending_log.path_for(store_id)
    lines = path.read_bytes().splitlines()
    forged = seal(b"k" * 32, entry.canonical(4), b"")
    path.write_bytes(b"\n".join([lines[0], lines[2], b"not base64!", base64.b64encode(forged)]) + b"\n")

    again = stores.unlock(root, "alice", PASS, policy)
    try:
        logged = list(access_log.query(again.vault.db, LogFilter()))
        alarms = [e for e in logged if e.action == access_log.ALARM and "pending log altered" in (e.reason or "")]
        assert len(alarms) == 1 and alarms[0].outcome == "refused" and "3 line(s)" in (alarms[0].reason or "")
        assert sum(pending_log.SUFFIX in (e.reason or "") and e.action == "case.read" for e in logged) == 1
    finally:
        again.close()
    assert not path.exists()


def test_a_deleted_pending_log_is_reported(created, policy) -> None:  # type: ignore[no-untyped-def]
    session, _code = created
    root = Path(session.store_path)
    entry = access_log.LogEntry("2026-11-26T07:00:00Z", "alice", "-", "alice", "case.read", "granted", "ws")
    for _ in range(2):
        pending_log.record(session.vault.bag.data_key, session.vault.store_id, entry)
    session.close()
    pending_log.path_for(session.vault.store_id).unlink()  # whoever hides the reads deletes the whole file

    again = stores.unlock(root, "alice", PASS, policy)
    try:
        alarms = [e for e in access_log.query(again.vault.db, LogFilter()) if e.action == access_log.ALARM]
        assert [a.reason for a in alarms] == [pending_log.ALTERED.format(count=2)]
    finally:
        again.close()
    again = stores.unlock(root, "alice", PASS, policy)  # reported once; the count starts anew
    try:
        assert sum(e.action == access_log.ALARM for e in access_log.query(again.vault.db, LogFilter())) == 1
    finally:
        again.close()


def _closed(created) -> Path:  # type: ignore[no-untyped-def]
    session, _code = created
    root = Path(session.store_path)
    session.close()
    for f in root.glob(DB_NAME + "-*"):
        f.unlink()
    return root


def test_empty_database_is_a_disk_fault_not_a_wrong_passphrase(  # type: ignore[no-untyped-def]
    created,
    policy,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    root = _closed(created)
    db = root / DB_NAME
    good = db.read_bytes()
    db.write_bytes(b"")

    code, err = _cli(capsys, monkeypatch, "user", "list", "--store", str(root), "--as", "alice")
    assert code == 1, err
    assert "is empty (0 bytes)" in err and "backup" in err
    _no_tamper_words(err)
    assert db.stat().st_size == 0  # no schema was written into it
    assert not (root / "unlock-attempts.jsonl").exists()  # no failed login recorded

    db.write_bytes(good)
    session = stores.unlock(root, "alice", PASS, policy)
    try:
        refused = list(access_log.query(session.vault.db, LogFilter(refused_only=True)))
        assert refused == []
    finally:
        session.close()


def test_truncated_database_is_damage_without_tamper_words(  # type: ignore[no-untyped-def]
    created,
    policy,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    root = _closed(created)
    db = root / DB_NAME
    good = db.read_bytes()
    db.write_bytes(good[:10000])  # cut mid-page
    code, err = _cli(capsys, monkeypatch, "user", "list", "--store", str(root), "--as", "alice")
    assert code == 4 and "is truncated" in err
    _no_tamper_words(err)
    db.write_bytes(good[: 4096 * 2])  # cut at a page boundary: the pages left authenticate
    code, err = _cli(capsys, monkeypatch, "user", "list", "--store", str(root), "--as", "alice")
    assert code == 4 and "is damaged" in err
    _no_tamper_words(err)
    assert db.stat().st_size == 4096 * 2
    assert not (root / "unlock-attempts.jsonl").exists()


def test_a_keyed_database_without_schema_is_not_given_one(created, policy) -> None:  # type: ignore[no-untyped-def]
    session, _code = created
    key = session.vault.bag.data_key
    root = _closed(created)
    (root / DB_NAME).unlink()
    conn = raw_sqlcipher.connect(root / DB_NAME, key)
    conn.execute("CREATE TABLE unrelated(x)")
    conn.commit()
    conn.close()
    with pytest.raises(IntegrityError, match="no medunit data"):
        stores.unlock(root, "alice", PASS, policy)
    conn = raw_sqlcipher.connect(root / DB_NAME, key)
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["unrelated"]
    conn.close()

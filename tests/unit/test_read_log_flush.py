"""Grouped durability of read entries (policy key ``store.read_log_flush_ms``, issue 15 point 4).

A transaction that only appends access-log entries (a read) commits with ``synchronous = NORMAL``: its entry
is in the WAL before the data is returned, so killing medunit loses nothing; it is fsync'd by the next
data-changing commit, by the background flusher within the window, or at lock and exit. A data-changing
commit is fsync'd before it returns. Real files, real processes; the flushed-through position
(``WalSync.durable``) is what the assertions read."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from medunit.config.policy import load_policy
from medunit.errors import StorageError
from medunit.services import admin, intake, records, rollback, stores
from medunit.services.session import Session
from medunit.store import access_log
from medunit.store.access_log import LogEntry
from medunit.store.database import (
    Database,
    WalSync,
    open_database,
    require_read_log_flush_ms,
    require_sync_every_commit,
)
from medunit.store.schema import MIGRATIONS, migrate
from tests.conftest import FAST_POLICY, PASS
from tests.support import raw_sqlcipher
from tests.support.unit import TODAY, USER_PASS, accept_confidentiality, intake_json

FULL, NORMAL = 2, 1
REF = "GD-2026-000001"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _back_to_the_default() -> Iterator[None]:
    """The settings are process-wide (like the policy that sets them): later tests get the defaults."""
    yield
    require_sync_every_commit(True)
    require_read_log_flush_ms(200)


def _entry() -> LogEntry:
    return LogEntry(
        at="2026-11-26T10:00:00+00:00",
        user="u",
        role="r",
        responsible="u",
        action="a",
        outcome="granted",
        workstation="ws",
    )


def _db(tmp_path: Path, flush_ms: int) -> tuple[Database, WalSync, bytes]:
    require_read_log_flush_ms(flush_ms)
    key = os.urandom(32)
    db = open_database(tmp_path / "m.db", key, create=True)
    migrate(db)  # schema changes: each commit synced at once
    wal = db.wal_sync
    assert wal is not None and wal.durable == wal.committed == wal.syncs == len(MIGRATIONS)
    wal.committed = wal.durable = wal.syncs = 0  # counted from here
    return db, wal, access_log.derive_log_key(key)


def _read(db: Database, log_key: bytes) -> None:
    """What a logged read commits: one access-log entry and no data."""
    with db.transaction():
        access_log.append(db, _entry(), log_key)


def _write(db: Database) -> None:
    with db.transaction():
        db.execute("INSERT INTO meta(key, value) VALUES ('x', '1') ON CONFLICT(key) DO UPDATE SET value = value + 1")


def _wait_for(condition: object, what: str) -> None:
    """Poll a condition of the flusher thread in short steps (a failure guard, not a timing assertion)."""
    deadline = time.monotonic() + 30
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, what
        time.sleep(0.002)


def test_a_read_waits_for_the_flusher_and_a_data_change_is_synced_before_it_returns(tmp_path: Path) -> None:
    db, wal, log_key = _db(tmp_path, 3_600_000)  # a window no test waits out: only commits can sync
    assert db.pragma("synchronous")[0][0] == NORMAL  # medunit fsyncs the WAL itself
    _write(db)
    assert (wal.committed, wal.durable, wal.syncs) == (1, 1, 1)
    _read(db, log_key)
    _read(db, log_key)
    assert (wal.committed, wal.durable, wal.syncs) == (3, 1, 1)  # in the WAL, the fsync still waiting
    _write(db)  # the next data-changing commit syncs every earlier frame with its own
    assert (wal.committed, wal.durable, wal.syncs) == (4, 4, 2)
    db.close()


def test_a_transaction_that_changes_data_beside_its_log_entry_is_synced(tmp_path: Path) -> None:
    db, wal, log_key = _db(tmp_path, 3_600_000)
    with db.transaction():
        access_log.append(db, _entry(), log_key)
        db.execute("INSERT INTO meta(key, value) VALUES ('y', '1')")
    assert wal.durable == wal.committed == 1
    db.close()


def test_the_flusher_makes_read_entries_durable_within_the_window(tmp_path: Path) -> None:
    db, wal, log_key = _db(tmp_path, 5)
    for n in range(1, 4):
        _read(db, log_key)
        _wait_for(lambda n=n: wal.durable == n, "the flusher did not sync the read's entry")  # type: ignore[misc]
    assert wal.syncs >= 3
    db.close()


def test_close_syncs_what_waits_and_stops_the_flusher(tmp_path: Path) -> None:
    db, wal, log_key = _db(tmp_path, 3_600_000)
    _read(db, log_key)
    assert wal.pending()
    thread = wal._thread
    assert thread is not None and thread.is_alive()
    db.close()
    assert not wal.pending() and not thread.is_alive()
    assert db.wal_sync is None


def test_zero_keeps_an_fsync_per_commit(tmp_path: Path) -> None:
    require_read_log_flush_ms(0)
    db = open_database(tmp_path / "m.db", os.urandom(32), create=True)
    assert db.wal_sync is None
    assert db.pragma("synchronous")[0][0] == FULL
    db.close()


def test_without_sync_every_commit_nothing_is_synced_per_commit(tmp_path: Path) -> None:
    require_sync_every_commit(False)
    db = open_database(tmp_path / "m.db", os.urandom(32), create=True)
    assert db.wal_sync is None
    assert db.pragma("synchronous")[0][0] == NORMAL
    db.close()


def test_a_failed_flush_makes_the_next_commit_full_without_a_stack_trace(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    db, wal, log_key = _db(tmp_path, 5)
    _write(db)  # opens the flusher's descriptor of the WAL
    assert wal._fd is not None
    r, w = os.pipe()
    os.dup2(r, wal._fd)  # the WAL's descriptor gone: an fsync of it now fails (EINVAL)
    os.close(r)
    os.close(w)
    _read(db, log_key)
    _wait_for(lambda: wal.failed, "the flusher did not report its failure")
    with db.transaction():
        assert db.pragma("synchronous")[0][0] == FULL  # this commit is SQLite's own fsync'd commit
        access_log.append(db, _entry(), log_key)
    assert not wal.failed and wal.durable == wal.committed == 3
    assert db.pragma("synchronous")[0][0] == NORMAL  # re-armed on a fresh descriptor
    _read(db, log_key)
    _wait_for(lambda: wal.durable == 4, "the re-armed flusher did not sync")
    db.close()
    err = capfd.readouterr().err
    assert "Traceback" not in err and "Exception in thread" not in err


def test_a_wal_that_cannot_be_synced_leaves_the_connection_full(tmp_path: Path) -> None:
    """When even the re-arm fails the connection stays ``FULL``; a data change whose own fsync failed is
    reported as saved-but-not-flushed, without a stack trace."""
    db, wal, log_key = _db(tmp_path, 3_600_000)
    wal.wal = Path("/proc/self/status")  # a file whose fsync is refused (EINVAL)
    with pytest.raises(StorageError, match=r"was saved, but .* could not be flushed"):
        _write(db)
    assert wal.failed
    _read(db, log_key)  # committed under FULL; the re-arm fails: FULL for good
    assert db.wal_sync is None and db.synchronous == "FULL"
    assert db.pragma("synchronous")[0][0] == FULL
    _read(db, log_key)
    db.close()


def test_a_rekey_moves_the_flusher_to_the_new_wal(tmp_path: Path) -> None:
    db, wal, log_key = _db(tmp_path, 3_600_000)
    _read(db, log_key)
    _write(db)
    old = wal._file_id
    _read(db, log_key)
    db.rekey(os.urandom(32))  # leaves WAL mode (the file is deleted), then a new WAL
    assert not wal.pending()  # what waited was synced before the old WAL went
    assert db.pragma("synchronous")[0][0] == NORMAL
    _write(db)
    assert wal._file_id is not None and wal._file_id != old
    db.close()


def _store_with_a_case(tmp_path: Path, policy_text: str) -> Path:
    Path(os.environ["MEDUNIT_POLICY"]).write_text(FAST_POLICY + policy_text)
    root = tmp_path / "store"
    session, code = stores.create_store(root, "alice", PASS, load_policy(), binding=False)
    admin.add_user(session, "dr.jansen", "medical-advisor", USER_PASS, code)
    session.close()
    ma = stores.unlock(root, "dr.jansen", USER_PASS, load_policy())
    accept_confidentiality(ma)
    intake.import_intake(ma, intake_json(REF), TODAY)
    ma.close()
    return root


def test_a_reads_entry_survives_sigkill_right_after_the_call_returns(tmp_path: Path) -> None:
    root = _store_with_a_case(tmp_path, "[store]\nread_log_flush_ms = 1000\n")
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.support.log_reader", str(root), "dr.jansen", USER_PASS, REF],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert child.stdout is not None and child.stderr is not None
    line = child.stdout.readline().decode()
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert line, child.stderr.read().decode()
    seq, state = line.split()
    assert state == "waiting"  # killed while the entry's fsync was still to come
    session = stores.unlock(root, "dr.jansen", USER_PASS, load_policy())
    other = raw_sqlcipher.connect(session.vault.db.path, session.vault.bag.data_key, isolation_level=None)
    row = other.execute("SELECT action, case_ref, outcome FROM access_log WHERE seq = ?", (int(seq),)).fetchone()
    other.close()
    session.close()
    assert row == ("case.read", REF, "granted")


def test_lock_syncs_the_read_entries_before_the_anchor_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _store_with_a_case(tmp_path, "[store]\nread_log_flush_ms = 1000\n")
    session: Session = stores.unlock(root, "dr.jansen", USER_PASS, load_policy())
    wal = session.vault.db.wal_sync
    assert wal is not None
    wal.delay = 3600.0
    _wait_for(lambda: not wal.pending(), "the unlock's entries were not flushed")
    seen: list[bool] = []
    real_current = rollback.current

    def current(vault):  # type: ignore[no-untyped-def]
        seen.append(vault.db.wal_sync.pending())
        return real_current(vault)

    monkeypatch.setattr(rollback, "current", current)
    records.get_case(session, REF)
    assert wal.pending()
    session.close()
    assert seen == [False]  # nothing waited for its fsync when the anchor was computed and written


def test_close_never_waits_for_a_flusher_that_went_back_to_sleep(tmp_path: Path) -> None:
    """``close`` coming while the flusher syncs: the flusher sees the stop after its round instead of
    waiting for a read that never comes (which hung ``close`` in its join)."""
    require_read_log_flush_ms(1)
    key = os.urandom(32)
    log_key = access_log.derive_log_key(key)
    db = open_database(tmp_path / "m.db", key, create=True)
    migrate(db)
    db.close()

    def rounds() -> None:
        for n in range(150):
            db = open_database(tmp_path / "m.db", key)
            _read(db, log_key)
            time.sleep(0.001 * (n % 3))  # close before, around and after the flusher's round
            db.close()

    worker = threading.Thread(target=rounds, daemon=True)
    worker.start()
    worker.join(60)
    assert not worker.is_alive(), "close waited for the flusher"

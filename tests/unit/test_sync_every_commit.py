"""The policy key ``store.sync_every_commit``: every commit fsync'd unless IT or the user turns it off
(``NORMAL``: faster logged reads, the last commits can be lost on a power cut); with it on, reads' log
entries are fsync'd in groups within ``store.read_log_flush_ms`` (tests/unit/test_read_log_flush.py)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from medunit.config.policy import load_policy
from medunit.services import stores
from medunit.store.database import open_database, require_read_log_flush_ms, require_sync_every_commit
from tests.conftest import FAST_POLICY, PASS
from tests.support import raw_sqlcipher
from tests.support.unit import accept_confidentiality

FULL, NORMAL = 2, 1


@pytest.fixture(autouse=True)
def _back_to_the_default() -> Iterator[None]:
    """The setting is process-wide (like the policy that sets it): later tests get the default again."""
    yield
    require_sync_every_commit(True)
    require_read_log_flush_ms(200)


def _synchronous(session: stores.Session) -> int:
    return int(session.vault.db.pragma("synchronous")[0][0])


# (policy, PRAGMA synchronous, whether medunit fsyncs the WAL itself: grouped flushes of read entries)
@pytest.mark.parametrize(
    ("policy_text", "expected", "grouped"),
    [
        (FAST_POLICY, NORMAL, True),  # data changes fsync'd at commit by medunit, reads within 200 ms
        (FAST_POLICY + "[store]\nsync_every_commit = true\n", NORMAL, True),
        (FAST_POLICY + "[store]\nsync_every_commit = { value = true, locked = true }\n", NORMAL, True),
        (FAST_POLICY + "[store]\nread_log_flush_ms = 0\n", FULL, False),  # SQLite fsyncs every commit
        (FAST_POLICY + "[store]\nread_log_flush_ms = { value = 0, locked = true }\n", FULL, False),
        (FAST_POLICY + "[store]\nsync_every_commit = false\n", NORMAL, False),  # nothing per commit
        (FAST_POLICY + "[store]\nsync_every_commit = false\nread_log_flush_ms = 0\n", NORMAL, False),
    ],
)
def test_store_connection_follows_the_policy(tmp_path: Path, policy_text: str, expected: int, grouped: bool) -> None:
    Path(os.environ["MEDUNIT_POLICY"]).write_text(policy_text)
    session, _ = stores.create_store(tmp_path / "store", "alice", PASS, load_policy(), binding=False)
    assert _synchronous(session) == expected
    assert (session.vault.db.wal_sync is not None) is grouped
    session.close()
    require_sync_every_commit(True)  # a fresh process: the unlock applies the policy again
    require_read_log_flush_ms(200)
    session = stores.unlock(tmp_path / "store", "alice", PASS, load_policy())
    assert _synchronous(session) == expected
    assert (session.vault.db.wal_sync is not None) is grouped
    session.close()


def test_without_fsync_each_logged_action_is_still_committed_before_it_returns(tmp_path: Path) -> None:
    """NORMAL gives up durability against a power cut, not the commit: another connection (another
    process) sees the log entry as soon as the call returns."""
    Path(os.environ["MEDUNIT_POLICY"]).write_text(FAST_POLICY + "[store]\nsync_every_commit = false\n")
    session, _ = stores.create_store(tmp_path / "store", "alice", PASS, load_policy(), binding=False)
    db = session.vault.db
    other = raw_sqlcipher.connect(db.path, session.vault.bag.data_key, isolation_level=None)
    before = other.execute("SELECT count(*) FROM access_log").fetchone()[0]
    accept_confidentiality(session)  # a logged action (its own transaction)
    after = other.execute("SELECT count(*) FROM access_log").fetchone()[0]
    other.close()
    session.close()
    assert after == before + 1


def test_a_rekey_is_synced_and_the_connection_returns_to_its_setting(tmp_path: Path) -> None:
    require_sync_every_commit(False)
    db = open_database(tmp_path / "m.db", os.urandom(32), create=True)
    assert db.pragma("synchronous")[0][0] == NORMAL
    db.execute("CREATE TABLE t(x)")
    db.rekey(os.urandom(32))
    assert db.pragma("journal_mode")[0][0] == "wal"
    assert db.pragma("synchronous")[0][0] == NORMAL
    db.prepare_rekey()
    assert db.pragma("synchronous")[0][0] == FULL  # the rewrite under a rollback journal
    db.resume_wal()
    assert db.pragma("synchronous")[0][0] == NORMAL
    db.close()

"""Denied unlocks are logged too: recorded beside the store (no key yet), moved into the access log by the
next successful unlock, with the attempted user name, time, workstation and reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from medunit.errors import AuthenticationError
from medunit.services import admin, audit, stores
from medunit.store.access_log import LogFilter
from medunit.store.unlock_attempts import FILE_NAME
from tests.conftest import PASS
from tests.support.unit import accept_confidentiality


def test_failed_unlocks_reach_the_access_log(created, store_dir: Path, policy) -> None:  # type: ignore[no-untyped-def]
    session, _ = created
    admin.add_user(session, "po", "privacy-officer", "privacy passphrase")
    session.close()
    for user, pw in (("alice", "wrong passphrase!"), ("mallory", PASS), ("alice", "again wrong!!")):
        with pytest.raises(AuthenticationError):
            stores.unlock(store_dir, user, pw, policy)
    attempts = (store_dir / FILE_NAME).read_text()
    assert attempts.count("\n") == 3
    assert "wrong passphrase!" not in attempts and PASS not in attempts  # never the passphrase
    po = stores.unlock(store_dir, "po", "privacy passphrase", policy)
    accept_confidentiality(po)
    try:
        assert not (store_dir / FILE_NAME).exists()
        unlocks = [e for e in audit.entries(po, LogFilter()) if e.action == "session.unlock"]
        refused = [(e.user, e.outcome) for e in unlocks if e.outcome == "refused"]
        assert refused == [("alice", "refused"), ("mallory", "refused"), ("alice", "refused")]
        assert all(
            e.basis == "unlock failed: wrong passphrase or unknown user" for e in unlocks if e.outcome == "refused"
        )
        assert (unlocks[-1].user, unlocks[-1].outcome, unlocks[-1].reason) == (
            "po",
            "granted",
            "3 failed unlock(s) since the last",
        )
        assert audit.verify_log(po).ok
    finally:
        po.close()


def test_damaged_attempt_lines_are_reported_not_dropped(created, store_dir: Path, policy) -> None:  # type: ignore[no-untyped-def]
    session, _ = created
    session.close()
    (store_dir / FILE_NAME).write_text('{"at": "2026-11-25T10:00:00+00:00", "user": "bob"}\nnot json\n')
    again = stores.unlock(store_dir, "alice", PASS, policy)
    try:
        refused = [
            e
            for e in again.vault.db.execute(
                "SELECT user_name, basis FROM access_log WHERE outcome = 'refused'"
            ).fetchall()
        ]
        assert refused == [("?", "unlock failed: unreadable line in unlock-attempts file")] * 2
    finally:
        again.close()


def test_read_only_store_folder_does_not_change_the_error(
    created, store_dir: Path, policy, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    import os

    session, _ = created
    session.close()

    def refuse(*_args: object, **_kw: object) -> int:
        raise PermissionError("read-only")

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(AuthenticationError):
        stores.unlock(store_dir, "alice", "wrong passphrase!", policy)

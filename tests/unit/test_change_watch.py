"""services/changes.ChangeWatch on both backends: another workstation's new case is named to this session's
watch (file store: PRAGMA data_version; unit server: LISTEN/NOTIFY), and asking writes no log entry."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from medunit.config.policy import Policy
from medunit.domain.roles import Role
from medunit.services import intake, records
from medunit.services.changes import ChangeWatch
from medunit.services.session import Session
from tests.support.unit import TODAY, Unit, intake_json, make_unit


@pytest.fixture
def unit(store_location: Path | str, policy: Policy) -> Iterator[Unit]:
    made = make_unit(store_location, policy)
    yield made
    made.close()


def _log_size(session: Session) -> int:
    return int(session.vault.db.execute("SELECT count(*) FROM access_log").fetchone()[0])


def _ask(watch: ChangeWatch, seconds: float = 10) -> set[str]:
    """Ask as the case list's timer does (every 50 ms here) until something changed."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        changes = watch.poll()
        if changes:
            return set(changes.case_ids)
        time.sleep(0.05)
    return set()


def test_another_sessions_new_case_is_named_and_asking_logs_nothing(unit: Unit) -> None:
    advisor, staff = unit[Role.MEDICAL_ADVISOR], unit[Role.UNIT_STAFF]
    watch = ChangeWatch(advisor)
    try:
        assert not watch.poll()
        size = _log_size(advisor)
        records.list_cases(staff, records.CaseQuery())  # a commit elsewhere that changes no case
        for _ in range(5):
            assert not watch.poll()
        intake.import_intake(staff, intake_json("GD-2026-000500", "P-000500"), TODAY)
        changed = _ask(watch)
        assert len(changed) == 1
        listed = records.list_cases(advisor, records.CaseQuery(text="GD-2026-000500"))
        assert [c.reference for c in listed] == ["GD-2026-000500"]
        assert _log_size(advisor) == size + 3  # two list reads and the import; nothing for the asking
    finally:
        watch.close()


def _listeners(location: Path | str) -> int:
    """How many connections LISTEN on the unit server (as its DBA sees them); 0 for a folder store."""
    if isinstance(location, Path):
        return 0
    with psycopg.connect(location, autocommit=True) as dba:
        row = dba.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND query ILIKE 'LISTEN%%'"
        ).fetchone()
    return int(row[0]) if row else 0


def test_a_locked_session_is_not_asked_and_stops_listening(unit: Unit, store_location: Path | str) -> None:
    advisor = unit[Role.MEDICAL_ADVISOR]
    watch = ChangeWatch(advisor)
    assert watch.poll() is not None
    assert _listeners(store_location) == (0 if isinstance(store_location, Path) else 1)
    advisor.close()  # locked (or the window closed) without anyone closing the watch
    assert watch.poll() is None
    deadline = time.monotonic() + 10  # the server ends the backend of a closed connection right after
    while _listeners(store_location) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _listeners(store_location) == 0  # the listening connection went with the session

"""A data-key rotation must not lose what other connections committed just before it.

Found when the rollback anchor refused the next unlock: removing a user re-keys the database from the
administrator's connection, and that connection's page cache predated the officer's last commit. The
checkpoint out of WAL does not bump the file change counter, so the rollback-journal pager trusted the
stale cache and the re-key wrote it back: the officer's access-log entry was gone.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from medunit.crypto.workstation import load_workstation
from medunit.domain.roles import Role
from medunit.services import admin, records
from medunit.store.vault import Vault
from tests.support.unit import USER_PASS, Unit, make_unit


@pytest.fixture
def unit(store_dir: Path, policy) -> Iterator[Unit]:  # type: ignore[no-untyped-def]
    u = make_unit(store_dir, policy)
    admin.add_user(u[Role.UNIT_ADMIN], "cro.two", "criminal-record-officer", USER_PASS, u.recovery_code)
    yield u
    u.close()


def _log(db) -> list[tuple[int, str, str]]:  # type: ignore[no-untyped-def]
    return [tuple(r) for r in db.execute("SELECT seq, action, user_name FROM access_log ORDER BY seq").fetchall()]


def test_a_commit_by_another_connection_survives_the_rotation(unit: Unit, store_dir: Path) -> None:
    # the administrator's connection last read before the officer writes
    records.add_criminal_fact(unit[Role.CRIMINAL_RECORD_OFFICER], "P-000101", date(2024, 3, 1), "Feit")
    for role, session in unit.sessions.items():
        if role is not Role.UNIT_ADMIN:
            session.close()
    admin.remove_user(unit[Role.UNIT_ADMIN], "cro.visser")  # re-keys from the administrator's connection
    fresh = Vault.unlock(store_dir, "po.bakker", USER_PASS, load_workstation())
    try:
        log = _log(fresh.db)
        assert ("criminal.write", "cro.visser") in [(a, u) for _s, a, u in log]
        assert [s for s, _a, _u in log] == list(range(1, len(log) + 1))
        assert fresh.db.execute("SELECT count(*) FROM criminal_records").fetchone()[0] == 1
    finally:
        fresh.close()

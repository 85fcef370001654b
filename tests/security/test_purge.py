"""Retention: a recording 29 days old is purged and its marker is in no page of the store's files (the
pages decrypted with the raw key, free pages and WAL frames included); a 27-day-old one is kept."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from medunit.domain.roles import Role
from medunit.services import audit, records, retention, stores
from medunit.store.access_log import LogFilter
from tests.support.sqlcipher_pages import plaintext_pages
from tests.support.unit import USER_PASS, Unit, make_unit

OLD = "MARKER-opname-29-dagen-qq"
RECENT = "MARKER-opname-27-dagen-qq"


@pytest.fixture
def unit(store_dir: Path, policy) -> Iterator[Unit]:  # type: ignore[no-untyped-def]
    u = make_unit(store_dir, policy)
    yield u
    u.close()


def _backdate(unit: Unit, entry_id: int, days: int) -> None:
    """Recordings are written now; move one back in time as the store layer would have stored it."""
    at = (datetime.now(UTC) - timedelta(days=days)).isoformat()
    db = unit[Role.UNIT_ADMIN].vault.db
    with db.transaction():
        db.execute("UPDATE health_entries SET recorded_at = ? WHERE id = ?", (at, entry_id))


def test_recordings_purged_after_28_days_and_unrecoverable(unit: Unit, store_dir: Path) -> None:
    ma = unit[Role.MEDICAL_ADVISOR]
    old = records.add_entry(ma, "GD-2026-000001", "recording", f"Gesprek met verzekerde {OLD} " * 40)
    recent = records.add_entry(ma, "GD-2026-000001", "recording", f"Gesprek met verzekerde {RECENT} " * 40)
    _backdate(unit, old, 29)
    _backdate(unit, recent, 27)
    key = unit[Role.UNIT_ADMIN].vault.bag.data_key
    before = plaintext_pages(store_dir / "medunit.db", key)
    assert b"GD-2026-000001" in before  # positive control: the scanner sees live rows (content is sealed)
    dry = {i.kind: i.count for i in retention.plan(unit[Role.UNIT_ADMIN])}
    assert dry["recording"] == 1
    done = {i.kind: i.count for i in retention.purge(unit[Role.UNIT_ADMIN])}
    assert done["recording"] == 1
    texts = [e.text for e in records.entries(ma, "GD-2026-000001")]
    assert any(RECENT in t for t in texts)
    assert not any(OLD in t for t in texts)
    after = plaintext_pages(store_dir / "medunit.db", key)
    assert OLD.encode() not in after
    for f in store_dir.iterdir():
        assert OLD.encode() not in f.read_bytes()
    purge_entries = [
        e for e in audit.entries(unit[Role.PRIVACY_OFFICER], LogFilter()) if e.action == "purge.run" and e.reason
    ]
    assert any("1 recording(s)" in (e.reason or "") for e in purge_entries)
    assert all(OLD not in (e.reason or "") for e in purge_entries)


def test_purge_runs_at_unlock(unit: Unit, store_dir: Path, policy) -> None:  # type: ignore[no-untyped-def]
    ma = unit[Role.MEDICAL_ADVISOR]
    _backdate(unit, records.add_entry(ma, "GD-2026-000001", "recording", f"Chat {OLD}"), 40)
    again = stores.unlock(store_dir, "dr.jansen", USER_PASS, policy)
    try:
        assert not any(OLD in e.text for e in records.entries(again, "GD-2026-000001"))
        last = [e for e in audit.entries(unit[Role.PRIVACY_OFFICER], LogFilter()) if e.action == "purge.run"][-1]
        assert last.basis == "policy:automatic"
    finally:
        again.close()


def test_closed_case_purged_after_retention(unit: Unit, store_dir: Path) -> None:
    ma = unit[Role.MEDICAL_ADVISOR]
    records.add_entry(ma, "GD-2026-000001", "note", f"Notitie {OLD}")
    retention.close_case(ma, "GD-2026-000001")
    db = unit[Role.UNIT_ADMIN].vault.db
    with db.transaction():
        db.execute("UPDATE cases SET closed_at = '2010-01-01T00:00:00+00:00' WHERE reference = 'GD-2026-000001'")
    done = {i.kind: i.count for i in retention.purge(unit[Role.MEDICAL_ADVISOR])}
    assert done["closed-case"] == 1
    assert [c.reference for c in records.list_cases(ma, records.CaseQuery())] == ["GD-2026-000002"]
    after = plaintext_pages(store_dir / "medunit.db", unit[Role.UNIT_ADMIN].vault.bag.data_key)
    assert OLD.encode() not in after
    # The access log still names the case (log entries outlive the data they name).
    assert audit.entries(unit[Role.PRIVACY_OFFICER], LogFilter(case_refs=("GD-2026-000001",)))

"""Removing a criminal-record officer changes the compartment key too: the next officer to unlock
re-encrypts every fact, so the removed officer's copy of the old key opens nothing; an interrupted
rotation resumes and never strands a fact."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from medunit.crypto.aead import DecryptionFailed, open_sealed
from medunit.domain.roles import CRIMINAL_RECORD, Role
from medunit.services import admin, audit, records, stores
from medunit.store.access_log import LogFilter
from medunit.store.vault import Vault
from tests.support.unit import TODAY, USER_PASS, Unit, accept_confidentiality, make_unit

MARKER = "MARKER-veroordeling-rot-1"


@pytest.fixture
def unit(store_dir: Path, policy) -> Iterator[Unit]:  # type: ignore[no-untyped-def]
    u = make_unit(store_dir, policy)
    admin.add_user(u[Role.UNIT_ADMIN], "cro.two", "criminal-record-officer", USER_PASS, u.recovery_code)
    records.add_criminal_fact(u[Role.CRIMINAL_RECORD_OFFICER], "P-000101", date(2024, 3, 1), f"Feit {MARKER}")
    yield u
    u.close()


def _only_admin_open(unit: Unit) -> None:
    """Removing a user re-keys the database, which needs every other connection closed."""
    for role, session in unit.sessions.items():
        if role is not Role.UNIT_ADMIN:
            session.close()


def _sealed(unit: Unit) -> list[tuple[bytes, str, str]]:
    db = unit[Role.UNIT_ADMIN].vault.db
    rows = db.execute(
        "SELECT r.sealed, p.reference, r.fact_date FROM criminal_records r JOIN persons p ON p.id = r.person_id"
    ).fetchall()
    return [(bytes(r[0]), r[1], r[2]) for r in rows]


def _opens(key: bytes, sealed: bytes, person: str, fact_date: str) -> bool:
    try:
        open_sealed(key, sealed, f"medunit-criminal-v1|{person}|{fact_date}".encode())
    except DecryptionFailed:
        return False
    return True


def test_removed_officers_key_opens_nothing_after_rotation(unit: Unit, store_dir: Path, policy) -> None:  # type: ignore[no-untyped-def]
    old_key = unit[Role.CRIMINAL_RECORD_OFFICER].vault.bag.compartments[CRIMINAL_RECORD]
    _only_admin_open(unit)
    admin.remove_user(unit[Role.UNIT_ADMIN], "cro.visser")
    assert all(_opens(old_key, *row) for row in _sealed(unit))  # nobody who holds the key has unlocked yet
    officer = stores.unlock(store_dir, "cro.two", USER_PASS, policy)  # rotates at unlock, before any data
    accept_confidentiality(officer)
    try:
        new_key = officer.vault.bag.compartments[CRIMINAL_RECORD]
        assert new_key != old_key
        assert [f.text for f in records.criminal_facts(officer, "P-000101", TODAY)] == [f"Feit {MARKER}"]
        assert CRIMINAL_RECORD + "#previous" not in officer.vault.slots.compartments
    finally:
        officer.close()
    assert not any(_opens(old_key, *row) for row in _sealed(unit))
    rescue = Vault.unlock_recovery(store_dir, unit.recovery_code)
    try:
        assert rescue.bag.compartments[CRIMINAL_RECORD] == new_key  # the escrow follows the rotation
    finally:
        rescue.close()
    po = stores.unlock(store_dir, "po.bakker", USER_PASS, policy)
    logged = [e for e in audit.entries(po, LogFilter()) if e.action == "criminal.write"]
    po.close()
    assert "compartment key rotated" in (logged[-1].reason or "")
    assert MARKER not in (logged[-1].reason or "")


def test_interrupted_rotation_resumes(unit: Unit, store_dir: Path, policy) -> None:  # type: ignore[no-untyped-def]
    _only_admin_open(unit)
    admin.remove_user(unit[Role.UNIT_ADMIN], "cro.visser")
    # Stage a rotation as the officer would, then "crash" before any row is re-encrypted.
    raw = Vault.unlock(store_dir, "cro.two", USER_PASS, unit[Role.UNIT_ADMIN].workstation)
    raw.stage_compartment_rotation(CRIMINAL_RECORD)
    raw.close()
    again = stores.unlock(store_dir, "cro.two", USER_PASS, policy)
    accept_confidentiality(again)
    try:
        assert [f.text for f in records.criminal_facts(again, "P-000101", TODAY)] == [f"Feit {MARKER}"]
        assert CRIMINAL_RECORD + "#previous" not in again.vault.slots.compartments
    finally:
        again.close()

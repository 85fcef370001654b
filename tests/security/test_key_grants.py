"""Granting and taking content keys: the administrator creates users but cannot give them content; a key
holder approves (logged); a role change or removal takes keys away and rotates them, so a copy of the old
key opens nothing sealed afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from medunit.domain.roles import CRIMINAL_RECORD, GLASS, HEALTH, Role
from medunit.errors import PermissionDeniedError, ValidationError
from medunit.services import admin, audit, records, sealing, stores
from medunit.store import content
from medunit.store.access_log import LogFilter
from tests.support.unit import SECOND_ADVISOR, USER_PASS, USERS, Unit, add_second_advisor, make_unit

CASE = "GD-2026-000001"
RESTRICTED = "GD-2026-000002"


@pytest.fixture
def unit(store_location: Path | str, policy) -> Iterator[Unit]:  # type: ignore[no-untyped-def]
    u = make_unit(store_location, policy)
    records.add_entry(u[Role.MEDICAL_ADVISOR], CASE, "note", "Anamnese: lage rugpijn")
    yield u
    u.close()


def test_new_advisor_waits_for_an_advisor_to_approve(unit: Unit) -> None:
    new = add_second_advisor(unit, recovery=False)
    try:
        assert HEALTH not in new.vault.bag.compartments
        with pytest.raises(PermissionDeniedError, match="key slot"):
            records.entries(new, CASE)
        with pytest.raises(PermissionDeniedError):  # staff hold the health key but may not approve
            sealing.grant_keys(unit[Role.UNIT_STAFF], SECOND_ADVISOR)
        with pytest.raises(PermissionDeniedError, match="none of the keys"):  # the admin holds no key
            sealing.grant_keys(unit[Role.UNIT_ADMIN], SECOND_ADVISOR)
        assert sealing.pending_grants(unit[Role.CRIMINAL_RECORD_OFFICER]) == []  # holds none of theirs
        ma = unit[Role.MEDICAL_ADVISOR]
        [pending] = sealing.pending_grants(ma)
        assert (pending.user, pending.role, pending.missing, pending.created_by) == (
            SECOND_ADVISOR,
            Role.MEDICAL_ADVISOR.value,
            (GLASS, HEALTH),
            USERS[Role.UNIT_ADMIN],
        )
        assert sealing.grant_keys(ma, SECOND_ADVISOR) == [GLASS, HEALTH]
        with pytest.raises(ValidationError, match="no key grant waiting"):
            sealing.grant_keys(ma, SECOND_ADVISOR)
        with pytest.raises(ValidationError, match="No user"):
            sealing.grant_keys(ma, "nobody")
    finally:
        new.close()
    again = stores.unlock(unit.root, SECOND_ADVISOR, USER_PASS, unit.policy)
    try:
        assert [e.text for e in records.entries(again, CASE)] == ["Anamnese: lage rugpijn"]
    finally:
        again.close()
    log = audit.entries(unit[Role.PRIVACY_OFFICER], LogFilter())
    grants = [(e.user, e.outcome, e.reason) for e in log if e.action == "user.grant-keys" and e.reason]
    assert (
        USERS[Role.MEDICAL_ADVISOR],
        "granted",
        f"granted glass, health to {SECOND_ADVISOR} (role medical-advisor)",
    ) in grants


def test_administrator_grants_with_the_recovery_code(unit: Unit) -> None:
    new = add_second_advisor(unit, recovery=False)
    new.close()
    adm = unit[Role.UNIT_ADMIN]
    assert [g.user for g in sealing.pending_grants(adm)] == [SECOND_ADVISOR]
    assert sealing.grant_keys(adm, SECOND_ADVISOR, unit.recovery_code) == [GLASS, HEALTH]
    assert adm.vault.bag.compartments == {}  # lent for the grant, never kept


def test_role_change_takes_and_rotates_the_keys(unit: Unit) -> None:
    """The advisor becomes privacy officer: their slot loses the health and glass keys and their
    restricted-case envelopes; the next holders to unlock rotate both keys, so the old health key (which
    they may have copied) opens nothing sealed after."""
    ma = unit[Role.MEDICAL_ADVISOR]
    old_health = ma.vault.bag.compartments[HEALTH]
    ma.close()
    other = add_second_advisor(unit)
    other.close()
    taken = admin.change_role(unit[Role.UNIT_ADMIN], USERS[Role.MEDICAL_ADVISOR], Role.PRIVACY_OFFICER.value)
    assert taken == [GLASS, HEALTH]
    db = unit[Role.UNIT_ADMIN].vault.db
    assert "user:dr.jansen" not in content.case_key_holders(db, 2)
    staff = stores.unlock(unit.root, USERS[Role.UNIT_STAFF], USER_PASS, unit.policy)  # rotates health
    try:
        new_health = staff.vault.bag.compartments[HEALTH]
        assert new_health != old_health
        assert [e.text for e in records.entries(staff, CASE)] == ["Anamnese: lage rugpijn"]
    finally:
        staff.close()
    bos = stores.unlock(unit.root, SECOND_ADVISOR, USER_PASS, unit.policy)  # rotates glass
    try:
        records.break_glass(bos, RESTRICTED, "Spoed: dr. Jansen heeft een andere rol gekregen")
        assert records.entries(bos, RESTRICTED) == []
        assert meta_due(bos) == []
    finally:
        bos.close()
    demoted = stores.unlock(unit.root, USERS[Role.MEDICAL_ADVISOR], USER_PASS, unit.policy)
    try:
        assert demoted.vault.bag.compartments == {}
        with pytest.raises(PermissionDeniedError):
            records.entries(demoted, CASE)
        stolen = content.ContentKeys(
            demoted.vault.store_id, "user:x", b"\0" * 32, lambda: demoted.vault.bag, demoted.vault.public_key
        )
        stolen.lent[HEALTH] = old_health  # the copy they kept
        demoted.vault.db.content = stolen
        if isinstance(unit.root, Path):
            sealed = demoted.vault.db.execute("SELECT text FROM health_entries WHERE id = 1").fetchone()[0]
        else:  # their login selects no sealed column on the server; the ciphertext as a DBA's dump holds it
            import psycopg

            with psycopg.connect(unit.root) as dba:
                sealed = dba.execute("SELECT text FROM medunit.health_entries WHERE id = 1").fetchone()[0]
        with pytest.raises(Exception, match="altered or moved"):
            content.open_text(demoted.vault.db, "health_entries", "text", 1, sealed)
    finally:
        demoted.close()


def meta_due(session: stores.Session) -> list[str]:  # type: ignore[name-defined]
    rows = session.vault.db.execute("SELECT key FROM meta WHERE key LIKE 'compartment_rotation_due:%'").fetchall()
    return [r[0] for r in rows]


def test_removing_an_advisor_rotates_the_content_keys(unit: Unit) -> None:
    other = add_second_advisor(unit)
    other.close()
    adm = unit[Role.UNIT_ADMIN]
    for role in (Role.MEDICAL_ADVISOR, Role.UNIT_STAFF, Role.CRIMINAL_RECORD_OFFICER, Role.PRIVACY_OFFICER):
        unit[role].close()
    admin.remove_user(adm, USERS[Role.MEDICAL_ADVISOR])
    bos = stores.unlock(unit.root, SECOND_ADVISOR, USER_PASS, unit.policy)
    try:
        assert meta_due(bos) == []
        assert [e.text for e in records.entries(bos, CASE)] == ["Anamnese: lage rugpijn"]
    finally:
        bos.close()


def test_role_change_refusals(unit: Unit) -> None:
    adm = unit[Role.UNIT_ADMIN]
    with pytest.raises(ValidationError, match="No user"):
        admin.change_role(adm, "nobody", "unit-staff")
    with pytest.raises(ValidationError, match="last unit administrator"):
        admin.change_role(adm, USERS[Role.UNIT_ADMIN], "unit-staff")
    assert admin.change_role(adm, USERS[Role.UNIT_STAFF], Role.MEDICAL_ADVISOR.value) == []  # gains: pending
    assert [g.missing for g in sealing.pending_grants(unit[Role.MEDICAL_ADVISOR])] == [(GLASS,)]
    assert CRIMINAL_RECORD not in unit[Role.MEDICAL_ADVISOR].vault.bag.compartments

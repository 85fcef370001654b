"""Sealed content under tampering and missing keys: each edit a data-key holder can make is caught and
named, never read as content; each missing key is a logged refusal, not a crash."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from medunit.crypto.keyslots import SlotFile, read_slot_file
from medunit.domain.roles import Role
from medunit.errors import IntegrityError, PermissionDeniedError, ValidationError
from medunit.services import admin, intake, records, sealing, stores
from medunit.store import content
from medunit.store.content import ContentKeyMissing
from medunit.store.database import open_database
from tests.support.backends import RawLogin
from tests.support.unit import (
    PASS,
    SECOND_ADVISOR,
    TODAY,
    USER_PASS,
    USERS,
    Unit,
    add_second_advisor,
    intake_json,
    make_unit,
)

CASE = "GD-2026-000001"
RESTRICTED = "GD-2026-000002"
REASON = "Spoed: de behandelend adviseur is afwezig"


@pytest.fixture
def unit(store_location: Path | str, policy) -> Iterator[Unit]:  # type: ignore[no-untyped-def]
    u = make_unit(store_location, policy)
    yield u
    u.close()


def _write(unit: Unit, sql: str, params: tuple[object, ...] = ()) -> None:
    """An edit by someone holding the data key (any role), as raw SQL on the open connection."""
    db = unit[Role.UNIT_ADMIN].vault.db
    with db.transaction():
        db.execute(sql, params)


def _restricted_intake(ref: str) -> str:
    return intake_json(ref, "P-000109", restricted=True, restricted_to=["dr.jansen"])


def test_a_connection_without_content_keys_seals_nothing(tmp_path: Path) -> None:
    db = open_database(tmp_path / "bare.db", os.urandom(32), create=True)
    try:
        with pytest.raises(ContentKeyMissing):
            content.seal_text(db, "cases", "question", 1, None, "vraag")
        with pytest.raises(ValueError, match="persons"):
            content.next_id(db, "persons")  # only tables with sealed columns pre-allocate ids
    finally:
        db.close()


def test_clear_text_or_damage_in_a_sealed_column_is_named(unit: Unit) -> None:
    ma = unit[Role.MEDICAL_ADVISOR]
    entry = records.add_entry(ma, CASE, "note", "Eerste notitie")
    _write(unit, "UPDATE health_entries SET text = 'ingevoegde tekst' WHERE id = ?", (entry,))
    with pytest.raises(IntegrityError, match="replaced by clear text"):
        records.entries(ma, CASE)
    _write(unit, "UPDATE health_entries SET text = '~h:!!niet-base64!!' WHERE id = ?", (entry,))
    with pytest.raises(IntegrityError, match="damaged"):
        records.entries(ma, CASE)
    att = records.add_attachment(ma, CASE, "brief.pdf", io.BytesIO(b"%PDF-1.4\nbrief"))
    _write(unit, "UPDATE attachment_chunks SET data = ? WHERE attachment_id = ?", (b"%PDF-1.4 nep", att.id))
    with pytest.raises(IntegrityError, match="replaced by clear text"):
        b"".join(records.read_attachment(ma, CASE, att.id))


def test_altered_key_envelopes_are_named(unit: Unit) -> None:
    _write(
        unit,
        "UPDATE case_keys SET envelope = ? WHERE holder = 'user:dr.jansen' AND case_id = 2",
        (os.urandom(92),),
    )
    fresh = stores.unlock(unit.root, USERS[Role.MEDICAL_ADVISOR], USER_PASS, unit.policy)
    try:
        with pytest.raises(IntegrityError, match="key envelope of case GD-2026-000002"):
            records.get_case(fresh, RESTRICTED)
    finally:
        fresh.close()
    other = add_second_advisor(unit)
    try:
        _write(unit, "UPDATE case_keys SET envelope = ? WHERE holder = 'glass' AND case_id = 2", (os.urandom(92),))
        with pytest.raises(IntegrityError, match="key envelope"):
            records.break_glass(other, RESTRICTED, REASON)
        _write(unit, "DELETE FROM case_keys WHERE holder = 'glass' AND case_id = 2")
        with pytest.raises(PermissionDeniedError, match="does not hold the key of restricted case"):
            records.break_glass(other, RESTRICTED, REASON)
    finally:
        other.close()


def test_a_swapped_glass_key_is_refused(unit: Unit) -> None:
    """A privacy officer writes a glass public key of their own into meta, hoping the next restricted case
    is sealed to it: the MAC under the health key, which they lack, does not match."""
    ma = unit[Role.MEDICAL_ADVISOR]
    value = ma.vault.db.execute("SELECT value FROM meta WHERE key = 'glass_public_key'").fetchone()[0]
    forged = content.glass_public_of(os.urandom(32))
    import base64

    _write(
        unit,
        "UPDATE meta SET value = ? WHERE key = 'glass_public_key'",
        (base64.b64encode(forged).decode() + " " + value.split(" ")[1],),
    )
    with pytest.raises(IntegrityError, match="glass key was replaced"):
        intake.import_intake(ma, _restricted_intake("GD-2026-000009"), TODAY)
    _write(unit, "DELETE FROM meta WHERE key = 'glass_public_key'")
    with pytest.raises(IntegrityError, match="no glass key"):
        intake.import_intake(ma, _restricted_intake("GD-2026-000009"), TODAY)


def test_a_role_edited_by_hand_writes_nothing_either(unit: Unit) -> None:
    po = USERS[Role.PRIVACY_OFFICER]
    _write(unit, "UPDATE users SET role = 'medical-advisor', row_version = row_version + 1 WHERE name = ?", (po,))
    session = stores.unlock(unit.root, po, USER_PASS, unit.policy)
    try:
        with pytest.raises(PermissionDeniedError, match="health key"):
            records.add_entry(session, CASE, "note", "Notitie")
        with pytest.raises(PermissionDeniedError, match="health key"):
            intake.import_intake(session, _restricted_intake("GD-2026-000009"), TODAY)
        with pytest.raises(PermissionDeniedError, match="key of restricted case"):
            records.break_glass(session, RESTRICTED, REASON)
    finally:
        session.close()


def test_pending_grants_skip_rows_without_a_slot_or_a_known_role(unit: Unit) -> None:
    _write(unit, "INSERT INTO users(name, role, created_at) VALUES ('ghost', 'medical-advisor', '2026-01-01')")
    _write(
        unit,
        "UPDATE users SET role = 'superuser', row_version = row_version + 1 WHERE name = ?",
        (USERS[Role.PRIVACY_OFFICER],),
    )
    assert sealing.pending_grants(unit[Role.MEDICAL_ADVISOR]) == []
    with pytest.raises(ValidationError, match="no key grant waiting"):
        sealing.grant_keys(unit[Role.MEDICAL_ADVISOR], "ghost")


def test_an_altered_slot_file_is_not_rewritten(unit: Unit) -> None:
    """Granting re-reads the slot file first; one whose MAC fails is refused, not silently re-signed."""
    add_second_advisor(unit, recovery=False).close()
    if isinstance(unit.root, Path):
        path = unit.root / "keyslots.json"
        replace(read_slot_file(path), mac=b"\0" * 32).write(path)
    else:  # the unit server's slot document, rewritten by an insider with raw psycopg
        con = RawLogin(unit.root, USERS[Role.UNIT_ADMIN], PASS, unit.policy)
        doc = SlotFile.parse(bytes(con.execute("SELECT document FROM key_slots").fetchone()[0]), "key_slots")
        con.execute("UPDATE key_slots SET document = ?", (replace(doc, mac=b"\0" * 32).to_bytes(),))
        con.close()
    with pytest.raises(IntegrityError, match="MAC"):
        sealing.grant_keys(unit[Role.MEDICAL_ADVISOR], SECOND_ADVISOR)


def test_restricted_attachments_survive_a_health_key_rotation(unit: Unit) -> None:
    """Values under a restricted case's key are left as they are when the health key rotates."""
    ma = unit[Role.MEDICAL_ADVISOR]
    att = records.add_attachment(ma, RESTRICTED, "brief.pdf", io.BytesIO(b"%PDF-1.4\ngeheim"))
    ma.close()
    for role in (Role.UNIT_STAFF, Role.CRIMINAL_RECORD_OFFICER, Role.PRIVACY_OFFICER):
        unit[role].close()
    admin.remove_user(unit[Role.UNIT_ADMIN], USERS[Role.UNIT_STAFF])
    again = stores.unlock(unit.root, USERS[Role.MEDICAL_ADVISOR], USER_PASS, unit.policy)
    try:
        assert b"geheim" in b"".join(records.read_attachment(again, RESTRICTED, att.id))
    finally:
        again.close()

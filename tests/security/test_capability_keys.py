"""Capabilities are keys (issue 11, point 1), tried as an insider would.

Each attacker holds a legitimate account, file access to the store and their own passphrase. They open
the store with their own slot (``Vault.unlock``: what their passphrase yields), then read it outside
medunit with raw ``sqlcipher3`` and the data key, every table and column, and every page of the database
and its WAL decrypted by hand (free pages and stale frames included). They also try every key their slot
holds on every sealed value. No marker of seeded health content may turn up, and for unit staff and an
advisor the restricted case is not restricted to, no marker of that case.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest

from medunit.domain.consent import Addressee
from medunit.domain.roles import GLASS, HEALTH, Role
from medunit.errors import MedunitError, PermissionDeniedError, ValidationError
from medunit.services import advice, consents, records, sealing, stores
from medunit.store import content
from medunit.store.content import SEALED_COLUMNS
from medunit.store.vault import Vault
from tests.support import raw_sqlcipher
from tests.support.backends import RawLogin, own_vault
from tests.support.sqlcipher_pages import plaintext_pages
from tests.support.unit import SECOND_ADVISOR, USER_PASS, USERS, Unit, add_second_advisor, make_unit

HEALTH_MARKERS = (
    "MARKERQ-vraag-rugklachten",  # the case's question
    "MARKERE-hernia-L5",  # a health entry
    "MARKERA-mri-knie",  # an attachment's bytes
    "MARKERF-scan-knie",  # an attachment's file name
    "MARKERR-welke-medicatie",  # a request's questions
    "MARKERS-orthopeed",  # the addressee's specialism (consent and request)
    "MARKERD-advies-opmerking",  # an advice remark
)
RESTRICTED_MARKER = "MARKERX-psychiatrie-geheim"
CASE = "GD-2026-000001"
RESTRICTED = "GD-2026-000002"


@pytest.fixture
def unit(store_location: Path | str, policy) -> Iterator[Unit]:  # type: ignore[no-untyped-def]
    u = make_unit(store_location, policy)
    ma = u[Role.MEDICAL_ADVISOR]
    intake_question(u)
    records.add_entry(ma, CASE, "note", f"Anamnese: {HEALTH_MARKERS[1]}")
    records.add_attachment(ma, CASE, f"{HEALTH_MARKERS[3]}.pdf", io.BytesIO(b"%PDF-1.4\n" + HEALTH_MARKERS[2].encode()))
    doctor = Addressee("dr. K. Smit", "Ziekenhuis Noord", HEALTH_MARKERS[5])
    now = datetime.now(UTC) - timedelta(minutes=5)
    consents.record_consent(ma, CASE, doctor, ("diagnosis",), "digital", digital_reference="PORTAAL-1", now=now)
    consents.create_request(ma, CASE, doctor, f"1. {HEALTH_MARKERS[4]}?", now=now)
    advice.draft_advice(ma, CASE, {"decision": "accept"}, HEALTH_MARKERS[6])
    records.add_entry(ma, RESTRICTED, "note", f"Verslag: {RESTRICTED_MARKER}")
    yield u
    u.close()


def intake_question(unit: Unit) -> None:
    from medunit.services import intake
    from tests.support.unit import TODAY, intake_json

    intake.import_intake(
        unit[Role.MEDICAL_ADVISOR],
        intake_json("GD-2026-000003", "P-000103", question=f"Is aanvrager belastbaar? {HEALTH_MARKERS[0]}"),
        TODAY,
    )


def _passphrase(user: str) -> str:
    return USER_PASS if user != USERS[Role.UNIT_ADMIN] else "correct horse battery staple"


def _own_vault(unit: Unit, user: str) -> Vault:
    """What the attacker's own passphrase yields on their own workstation."""
    return own_vault(unit.root, user, _passphrase(user), unit.policy)


def _raw(unit: Unit, key: bytes, user: str) -> Any:
    """The store read outside medunit: the file with the data key (raw sqlcipher3), or the unit server as
    the attacker's own login role (raw psycopg, what psql gives them)."""
    if not isinstance(unit.root, Path):
        return RawLogin(unit.root, user, _passphrase(user), unit.policy)
    con = raw_sqlcipher.connect(unit.root / "medunit.db", key)
    return con


def _every_value(con: Any) -> list[bytes]:
    """Every value of every column of every table, as bytes (text, blobs, and base64 decoded where it is)."""
    found: list[bytes] = []
    if isinstance(con, RawLogin):
        tables = con.tables()
    else:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()]
    for table in tables:
        # on the server a login may SELECT no sealed column (tests/server/test_logged_reads.py): every other
        columns = con.readable_columns(table) if isinstance(con, RawLogin) else ["*"]
        for row in con.execute(f'SELECT {", ".join(columns)} FROM "{table}"').fetchall():
            for value in row:
                if isinstance(value, bytes):
                    found.append(value)
                elif value is not None:
                    found.append(str(value).encode())
    return found


def _try_every_sealed_value(unit: Unit, vault: Vault) -> bytes:
    """Every sealed value opened with the keys the attacker's slot holds, through medunit's own opening
    code (the AAD's format is public): what those keys can read, whatever medunit's rules say. On the unit
    server no login may select a sealed column, so the ciphertexts are taken as the DBA holds them (more
    than the attacker gets)."""
    opened = bytearray()
    for table, columns in SEALED_COLUMNS.items():
        select = f"SELECT id, {', '.join(columns)} FROM {table}"
        if isinstance(unit.root, Path):
            rows = vault.db.execute(select).fetchall()
        else:
            with psycopg.connect(unit.root, options="-c search_path=medunit") as dba:
                rows = dba.execute(select).fetchall()  # type: ignore[arg-type]
        for row in rows:
            for column, value in zip(columns, row[1:], strict=True):
                if value is None:
                    continue
                try:
                    opened += content.open_text(vault.db, table, column, row[0], value).encode() + b"\n"
                except MedunitError:
                    continue
    return bytes(opened)


def _scan(unit: Unit, user: str) -> tuple[bytes, Vault]:
    vault = _own_vault(unit, user)
    key = vault.bag.data_key
    con = _raw(unit, key, user)
    try:
        rows = b"\n".join(_every_value(con))
    finally:
        con.close()
    pages = plaintext_pages(unit.root / "medunit.db", key) if isinstance(unit.root, Path) else b""
    return rows + pages, vault


@pytest.mark.parametrize("role", [Role.PRIVACY_OFFICER, Role.UNIT_ADMIN])
def test_privacy_officer_and_admin_slots_yield_no_health_content(unit: Unit, role: Role) -> None:
    """Before issue 11 every slot unwrapped the one data key and health content sat in it in clear: this
    scan found every marker. Now their slot holds the data key only."""
    everything, vault = _scan(unit, USERS[role])
    try:
        assert b"GD-2026-000001" in everything  # positive control: the scan reads the store's metadata
        assert vault.bag.compartments == {}
        for marker in (*HEALTH_MARKERS, RESTRICTED_MARKER):
            assert marker.encode() not in everything, marker
        if isinstance(unit.root, Path):
            files = [f for f in unit.root.iterdir() if f.is_file()]
            assert all(f.read_bytes().find(HEALTH_MARKERS[1].encode()) < 0 for f in files)
    finally:
        vault.close()


@pytest.mark.parametrize("who", ["staff", "other-advisor"])
def test_staff_and_unlisted_advisor_cannot_open_the_restricted_case(unit: Unit, who: str) -> None:
    """Both hold the health key (and so read the unit's ordinary cases); neither holds the restricted
    case's key: its marker is in no page, and no key of their slot opens any sealed value to it."""
    if who == "other-advisor":
        add_second_advisor(unit).close()
        user = SECOND_ADVISOR
    else:
        user = USERS[Role.UNIT_STAFF]
    everything, vault = _scan(unit, user)
    try:
        opened = _try_every_sealed_value(unit, vault)
        assert HEALTH_MARKERS[1].encode() in opened  # positive control: their health key opens the ordinary case
        assert RESTRICTED_MARKER.encode() not in everything
        assert RESTRICTED_MARKER.encode() not in opened
    finally:
        vault.close()
    session = stores.unlock(unit.root, user, USER_PASS, unit.policy)
    try:
        with pytest.raises(PermissionDeniedError):
            records.entries(session, RESTRICTED)
    finally:
        session.close()


def test_the_glass_envelope_opens_only_by_an_advisor_who_bypasses_medunit(unit: Unit) -> None:
    """The honest limit (docs/security.md): an unlisted advisor holds the glass key, so an advisor who
    bypasses medunit can open the restricted case without the logged break-glass act; staff cannot."""
    other = add_second_advisor(unit)
    try:
        with pytest.raises(PermissionDeniedError):
            records.entries(other, RESTRICTED)
    finally:
        other.close()
    vault = _own_vault(unit, SECOND_ADVISOR)
    try:
        con = _raw(unit, vault.bag.data_key, SECOND_ADVISOR)
        row = con.execute(
            "SELECT k.case_id, k.envelope FROM case_keys k JOIN cases c ON c.id = k.case_id "
            "WHERE c.reference = ? AND k.holder = 'glass'",
            (RESTRICTED,),
        ).fetchone()
        con.close()
        from medunit.crypto.keyslots import open_compartment_key

        case_key = open_compartment_key(
            vault.store_id, f"case:{row[0]}", "glass", vault.bag.compartments[GLASS], row[1]
        )
        assert len(case_key) == 32
    finally:
        vault.close()


def test_a_hand_edited_role_grants_nothing(unit: Unit) -> None:
    """The privacy officer writes 'medical-advisor' into their own users row with the data key their slot
    yields. medunit's role gate then lets them ask, but their slot has no key: nothing opens, and the
    change shows up as a pending grant that an advisor must approve explicitly."""
    po = USERS[Role.PRIVACY_OFFICER]
    vault = _own_vault(unit, po)
    con = _raw(unit, vault.bag.data_key, po)
    if isinstance(con, RawLogin):  # the unit server goes further: only an administrator's login writes users
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            con.execute("UPDATE users SET role = 'medical-advisor' WHERE name = ?", (po,))
        con.close()
        vault.close()
        return
    con.execute("UPDATE users SET role = 'medical-advisor' WHERE name = ?", (po,))
    con.commit()
    con.close()
    vault.close()
    session = stores.unlock(unit.root, po, USER_PASS, unit.policy)
    try:
        assert session.role is Role.MEDICAL_ADVISOR
        assert HEALTH not in session.vault.bag.compartments
        with pytest.raises(PermissionDeniedError, match="key slot"):
            records.entries(session, CASE)
        with pytest.raises(PermissionDeniedError, match="key slot"):
            records.get_case(session, CASE)
        with pytest.raises(ValidationError, match="your own"):
            sealing.grant_keys(session, po)  # nobody approves their own grant
    finally:
        session.close()
    everything, vault = _scan(unit, po)
    vault.close()
    for marker in HEALTH_MARKERS:
        assert marker.encode() not in everything
    pending = sealing.pending_grants(unit[Role.MEDICAL_ADVISOR])
    assert [(g.user, g.missing) for g in pending] == [(po, (GLASS, HEALTH))]


def test_aad_binds_row_column_and_table(unit: Unit) -> None:
    """A sealed value copied to another row does not open there (the reader is told, not misled)."""
    ma = unit[Role.MEDICAL_ADVISOR]
    second = records.add_entry(ma, CASE, "note", "Tweede notitie")
    db = ma.vault.db
    if isinstance(unit.root, Path):
        first = db.execute("SELECT text FROM health_entries WHERE case_id = 1 ORDER BY id LIMIT 1").fetchone()[0]
    else:  # after her logged read, through the server's read function
        records.entries(ma, CASE)
        first = db.execute("SELECT text FROM health_entries_of_case(1) ORDER BY id LIMIT 1").fetchone()[0]
    with db.transaction():
        db.execute("UPDATE health_entries SET text = ? WHERE id = ?", (first, second))
    from medunit.errors import IntegrityError

    with pytest.raises(IntegrityError, match="altered or moved"):
        records.entries(ma, CASE)


def test_privacy_officer_keys_open_no_sealed_value(unit: Unit) -> None:
    """The second layer is its own key: the privacy officer's slot (data key only) opens no sealed value."""
    vault = _own_vault(unit, USERS[Role.PRIVACY_OFFICER])
    try:
        assert _try_every_sealed_value(unit, vault) == b""
    finally:
        vault.close()
    ma = _own_vault(unit, USERS[Role.MEDICAL_ADVISOR])
    try:  # positive control: the advisor's slot opens them all, the restricted case's too
        opened = _try_every_sealed_value(unit, ma)
        in_columns = [m for m in (*HEALTH_MARKERS, RESTRICTED_MARKER) if m != HEALTH_MARKERS[2]]  # [2]: chunks
        assert all(m.encode() in opened for m in in_columns)
    finally:
        ma.close()

"""A store from before content sealing (schema 11, health content in clear inside SQLCipher) is sealed at the first
unlock by a medical advisor or staff member; staged so an interruption never strands data.

The old store is built as version 11 wrote it: a slot file with the criminal-record compartment only, the
schema at version 11, rows in clear (the store layer of that version wrote them so).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from medunit.crypto.workstation import load_workstation
from medunit.domain.roles import CRIMINAL_RECORD, GLASS, HEALTH, Role
from medunit.errors import PermissionDeniedError
from medunit.services import admin, advice, consents, records, sealing, stores
from medunit.services.session import Session, kdf_cost, utc_now
from medunit.store import content
from medunit.store import users as users_repo
from medunit.store.vault import Vault
from tests.conftest import PASS
from tests.support import raw_sqlcipher
from tests.support.sqlcipher_pages import plaintext_pages
from tests.support.unit import USER_PASS, accept_confidentiality

OLD = {
    "question": "MARKER-old-vraag-nierziekte",
    "entry": "MARKER-old-entry-dialyse",
    "filename": "MARKER-old-file-echo.pdf",
    "chunk": "MARKER-old-chunk-bytes",
    "categories": "MARKER-old-categorie",
    "questions": "MARKER-old-vragen-aan-arts",
    "remark": "MARKER-old-advies",
    "restricted": "MARKER-old-geheim-dossier",
}
USERS = {"dr.jansen": Role.MEDICAL_ADVISOR, "staff.smit": Role.UNIT_STAFF, "po.bakker": Role.PRIVACY_OFFICER}


def _v5_store(root: Path, policy) -> tuple[bytes, str]:  # type: ignore[no-untyped-def]
    """A schema-11 store (before content sealing) with clear content; returns (data key, recovery code)."""
    vault, code = Vault.create(
        root,
        "alice",
        PASS,
        binding=True,
        workstation=load_workstation(),
        cost=kdf_cost(policy),
        compartments=(CRIMINAL_RECORD,),
    )
    with vault.db.transaction() as db:
        users_repo.insert_user(db, "alice", Role.UNIT_ADMIN.value, utc_now(), None)
    session = Session(vault, "alice", Role.UNIT_ADMIN, policy, load_workstation())
    for name, role in USERS.items():
        admin.add_user(session, name, role.value, USER_PASS, code)
    admin.assign_team(session, "staff.smit", ["dr.jansen"])
    key = vault.bag.data_key
    session.close()
    con = raw_sqlcipher.connect(root / "medunit.db", key)
    # back to schema 11: without case_keys (12) and the edit versions (14, optimistic locking)
    unversion = "".join(
        f"ALTER TABLE {table} DROP COLUMN {column};\n"
        for table in ("users", "persons", "cases", "info_requests", "advice")
        for column in ("row_version", "changed_by", "changed_at")
    )
    con.executescript(
        unversion
        + f"""
        DROP TABLE case_keys;
        DROP TRIGGER cases_changed_insert; DROP TRIGGER cases_changed_update; DROP TRIGGER cases_changed_delete;
        DROP TRIGGER persons_changed; DROP TRIGGER case_access_added; DROP TRIGGER case_access_removed;
        DROP TABLE case_changes;  -- migration 13 (the case list's change table) came after schema 11 too
        DROP INDEX entries_recordings;  -- migration 15 (the purge's partial index) replaced this one:
        CREATE INDEX entries_kind ON health_entries(kind, recorded_at);
        DELETE FROM meta WHERE key IN ('content_sealed', 'glass_public_key');
        PRAGMA user_version = 11;
        INSERT INTO users VALUES (99, 'ghost', 'medical-advisor', '2026-01-01', NULL, NULL, NULL);
        INSERT INTO persons VALUES (1, 'P-1', 'Anna', 'de Vries', '1980-04-02', NULL, NULL);
        INSERT INTO cases VALUES (1, 'GD-OLD-1', 1, 'acceptance-income', 'new', '{OLD["question"]}', '2026-01-01',
            'dr.jansen', 0, '2026-01-01', 'alice', NULL);
        INSERT INTO cases VALUES (2, 'GD-OLD-2', 1, 'acceptance-income', 'new', 'Geheim', '2026-01-01',
            'dr.jansen', 1, '2026-01-01', 'alice', NULL);
        INSERT INTO case_access VALUES (2, 'dr.jansen');
        INSERT INTO health_entries VALUES (1, 1, 'note', '{OLD["entry"]}', '2026-01-02', 'dr.jansen');
        INSERT INTO health_entries VALUES (2, 2, 'note', '{OLD["restricted"]}', '2026-01-02', 'dr.jansen');
        INSERT INTO attachments VALUES (1, 1, '{OLD["filename"]}', 'application/pdf', 30, 'x', '2026-01-02',
            'dr.jansen');
        INSERT INTO attachment_chunks VALUES (1, 0, CAST('%PDF-1.4 {OLD["chunk"]}' AS BLOB));
        INSERT INTO consents VALUES (1, 1, 'dr. K', 'Kliniek', 'nefrologie', NULL, '["{OLD["categories"]}"]',
            'digital', NULL, 'PORTAAL-1', '2026-01-01T00:00:00+00:00', '2099-01-01T00:00:00+00:00',
            '2026-01-01T00:00:00+00:00', 'staff.smit');
        INSERT INTO info_requests VALUES (1, 1, 1, 'dr. K', 'Kliniek', 'nefrologie', NULL, '{OLD["questions"]}',
            'draft', '2026-01-02', 'staff.smit', NULL, NULL, NULL, NULL, NULL, NULL);
        INSERT INTO advice VALUES (1, 1, 1, NULL, '{{"decision": "accept"}}', '{OLD["remark"]}', 'signed',
            'dr.jansen', '2026-01-03', 'dr.jansen', '12345678901', '2026-01-03', 'abc', NULL);
        """
    )
    con.commit()
    con.close()
    return key, code


@pytest.fixture
def old_store(store_dir: Path, policy) -> Iterator[tuple[bytes, str]]:  # type: ignore[no-untyped-def]
    yield _v5_store(store_dir, policy)


def _unlock(store_dir: Path, user: str, passphrase: str, policy) -> Session:  # type: ignore[no-untyped-def]
    """Unlock as the user does: the confidentiality statement is accepted before anything is read."""
    session = stores.unlock(store_dir, user, passphrase, policy)
    accept_confidentiality(session)
    return session


def _pages(store_dir: Path, key: bytes) -> bytes:
    return plaintext_pages(store_dir / "medunit.db", key)


def test_first_advisor_unlock_seals_everything(old_store: tuple[bytes, str], store_dir: Path, policy) -> None:  # type: ignore[no-untyped-def]
    key, code = old_store
    assert OLD["entry"].encode() in _pages(store_dir, key)  # the old store: clear inside SQLCipher
    po = _unlock(store_dir, "po.bakker", USER_PASS, policy)  # no key to seal with: nothing changes
    assert not content.is_sealed(po.vault.db)
    po.close()
    ma = _unlock(store_dir, "dr.jansen", USER_PASS, policy)
    try:
        assert content.is_sealed(ma.vault.db)
        assert {HEALTH, GLASS} <= set(ma.vault.bag.compartments)
        assert [e.text for e in records.entries(ma, "GD-OLD-1")] == [OLD["entry"]]
        assert records.get_case(ma, "GD-OLD-1").question == OLD["question"]
        assert [e.text for e in records.entries(ma, "GD-OLD-2")] == [OLD["restricted"]]
        att = records.attachments(ma, "GD-OLD-1")[0]
        assert att.filename == OLD["filename"]
        assert OLD["chunk"].encode() in b"".join(records.read_attachment(ma, "GD-OLD-1", att.id))
        assert consents.consents(ma, "GD-OLD-1")[0].grant.categories == (OLD["categories"],)
        assert consents.requests(ma, "GD-OLD-1")[0].questions == OLD["questions"]
        assert advice.advice_versions(ma, "GD-OLD-1")[0].remark == OLD["remark"]
    finally:
        ma.close()
    pages = _pages(store_dir, key)
    for marker in OLD.values():
        assert marker.encode() not in pages, marker  # no clear copy left in any page or WAL frame
    staff = _unlock(store_dir, "staff.smit", USER_PASS, policy)
    try:
        assert [e.text for e in records.entries(staff, "GD-OLD-1")] == [OLD["entry"]]
        assert GLASS not in staff.vault.bag.compartments
        with pytest.raises(PermissionDeniedError):
            records.entries(staff, "GD-OLD-2")
    finally:
        staff.close()
    rescue = Vault.unlock_recovery(store_dir, code)  # the escrow holds both new keys
    assert {HEALTH, GLASS, CRIMINAL_RECORD} <= set(rescue.bag.compartments)
    rescue.close()


def test_interrupted_sealing_resumes_with_the_same_keys(old_store: tuple[bytes, str], store_dir: Path, policy) -> None:  # type: ignore[no-untyped-def]
    key, _code = old_store
    staff = _unlock(store_dir, "po.bakker", USER_PASS, policy)
    staff.close()
    # Step (1) done by staff, then the process died before the sealing transaction.
    vault = Vault.unlock(store_dir, "staff.smit", USER_PASS, load_workstation())
    session = Session(vault, "staff.smit", Role.UNIT_STAFF, policy, load_workstation())
    staged = sealing.stage_content_keys(session)
    session.close()
    assert OLD["entry"].encode() in _pages(store_dir, key)  # nothing stranded: still the clear store
    adm = _unlock(store_dir, "alice", PASS, policy)
    admin.add_user(adm, "dr.nieuw", Role.MEDICAL_ADVISOR.value, USER_PASS)  # after the keys were staged
    adm.close()
    late = _unlock(store_dir, "dr.nieuw", USER_PASS, policy)  # holds no staged key: leaves it
    assert not content.is_sealed(late.vault.db)
    late.close()
    ma = _unlock(store_dir, "dr.jansen", USER_PASS, policy)
    try:
        assert ma.vault.bag.compartments[HEALTH] == staged[HEALTH]
        assert [e.text for e in records.entries(ma, "GD-OLD-1")] == [OLD["entry"]]
    finally:
        ma.close()
    assert OLD["entry"].encode() not in _pages(store_dir, key)

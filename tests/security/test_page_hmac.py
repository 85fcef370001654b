"""SQLCipher's page MAC (issue 15): new stores use HMAC-SHA256, stores made before keep SQLCipher 4's default
HMAC-SHA512, and the key-slot file says which, so every opener (unlock, a second connection, a backup copy,
a restore, a re-key) uses the store's own setting without guessing.

The slot file is readable by whoever holds the folder, so the field is written as an attacker would edit it:
flipping it (and fixing the plain checksum) must only make the store refuse to open, with a clear message,
and lose nothing.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
import sqlcipher3

from medunit.cli.main import run
from medunit.crypto.keyslots import read_slot_file
from medunit.crypto.page_hmac import LEGACY_PAGE_HMAC, NEW_STORE_PAGE_HMAC
from medunit.errors import IntegrityError
from medunit.services import backup, exports, stores
from medunit.store import vault as vault_module
from medunit.store.database import cipher_pragmas
from medunit.store.layout import DB_NAME, SLOTS_NAME
from tests.conftest import PASS
from tests.support.sqlcipher_pages import plaintext_pages

MARKER = "page-mac-marker-zq"


def _opens_raw(db: Path, key: bytes, page_hmac: str) -> bool:
    """Whether raw SQLCipher opens ``db`` with ``key`` and the page MAC ``page_hmac`` (an outsider's check)."""
    con = sqlcipher3.connect(str(db))
    try:
        con.execute("PRAGMA cipher_log_level = NONE")
        con.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        con.execute(f"PRAGMA cipher_hmac_algorithm = {page_hmac}")
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher3.DatabaseError:
        return False
    finally:
        con.close()


def _old_store(root: Path, policy, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """A store as medunit made it before issue 15: SQLCipher's default page MAC, no field in the slot file."""
    with monkeypatch.context() as m:
        m.setattr(vault_module, "NEW_STORE_PAGE_HMAC", LEGACY_PAGE_HMAC)
        session, _code = stores.create_store(root, "alice", PASS, policy)
    assert "page_hmac" not in json.loads((root / SLOTS_NAME).read_text().rpartition("\nchecksum")[0])
    return session


def _rewrite_field(slots: Path, value: str | None) -> None:
    """Edit ``page_hmac`` as someone without the data key can: change the JSON and redo the plain checksum."""
    body = json.loads(slots.read_text().rpartition("\nchecksum")[0])
    if value is None:
        body.pop("page_hmac", None)
    else:
        body["page_hmac"] = value
    text = json.dumps(body, sort_keys=True, indent=1)
    slots.write_text(text + "\n" + f"checksum {hashlib.sha256(text.encode()).hexdigest()}\n")


def _marker_present(session) -> bool:  # type: ignore[no-untyped-def]
    return MARKER.encode() in plaintext_pages(session.vault.db.path, session.vault.bag.data_key)


def test_a_new_store_uses_hmac_sha256_and_records_it(created, store_dir: Path) -> None:  # type: ignore[no-untyped-def]
    session, _code = created
    key = session.vault.bag.data_key
    assert read_slot_file(store_dir / SLOTS_NAME).page_hmac == NEW_STORE_PAGE_HMAC
    assert session.vault.db.page_hmac == NEW_STORE_PAGE_HMAC
    session.vault.db.pragma("wal_checkpoint(TRUNCATE)")
    assert _opens_raw(store_dir / DB_NAME, key, NEW_STORE_PAGE_HMAC)
    assert not _opens_raw(store_dir / DB_NAME, key, LEGACY_PAGE_HMAC)


def _rekey_backup_restore(session, store_dir: Path, tmp_path: Path, policy, page_hmac: str) -> None:  # type: ignore[no-untyped-def]
    """Re-key the store, back it up, verify and restore the backup: each keeps ``page_hmac`` (and only it
    opens the files), and the session is closed."""
    other = LEGACY_PAGE_HMAC if page_hmac == NEW_STORE_PAGE_HMAC else NEW_STORE_PAGE_HMAC
    old_key = session.vault.bag.data_key
    session.vault.rotate()  # SQLCipher keeps the page MAC across PRAGMA rekey
    key = session.vault.bag.data_key
    assert key != old_key and read_slot_file(store_dir / SLOTS_NAME).page_hmac == page_hmac
    made = backup.create_backup(session, tmp_path / "backups").folder
    ca = backup.trusted_ca_public(exports.public_key(session).file_text)
    session.close()
    assert backup.verify_backup(made, ca).ok
    for db in (store_dir / DB_NAME, made / DB_NAME):
        assert _opens_raw(db, key, page_hmac) and not _opens_raw(db, key, other)
    backup.restore_backup(made, tmp_path / "restored", "alice", PASS, policy)
    again = stores.unlock(tmp_path / "restored", "alice", PASS, policy)
    assert again.vault.db.page_hmac == page_hmac
    assert read_slot_file(tmp_path / "restored" / SLOTS_NAME).page_hmac == page_hmac
    again.close()


def test_a_new_store_keeps_hmac_sha256_through_rekey_backup_and_restore(  # type: ignore[no-untyped-def]
    created, store_dir: Path, tmp_path: Path, policy
) -> None:
    _rekey_backup_restore(created[0], store_dir, tmp_path, policy, NEW_STORE_PAGE_HMAC)


def test_an_old_store_opens_backs_up_restores_and_rekeys_with_its_own_setting(  # type: ignore[no-untyped-def]
    store_dir: Path, tmp_path: Path, policy, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = _old_store(store_dir, policy, monkeypatch)
    session.vault.db.pragma("wal_checkpoint(TRUNCATE)")
    key = session.vault.bag.data_key
    assert _opens_raw(store_dir / DB_NAME, key, LEGACY_PAGE_HMAC)
    assert not _opens_raw(store_dir / DB_NAME, key, NEW_STORE_PAGE_HMAC)
    session.close()
    session = stores.unlock(store_dir, "alice", PASS, policy)
    assert session.vault.db.page_hmac == LEGACY_PAGE_HMAC
    second = session.vault.second_connection()
    assert second.db.page_hmac == LEGACY_PAGE_HMAC
    second.close()
    _rekey_backup_restore(session, store_dir, tmp_path, policy, LEGACY_PAGE_HMAC)
    assert "page_hmac" not in (tmp_path / "restored" / SLOTS_NAME).read_text()


@pytest.mark.parametrize("old", [False, True])
def test_a_flipped_page_hmac_field_is_refused_clearly_and_loses_nothing(  # type: ignore[no-untyped-def]
    store_dir: Path, policy, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], old: bool
) -> None:
    session = (
        _old_store(store_dir, policy, monkeypatch) if old else stores.create_store(store_dir, "alice", PASS, policy)[0]
    )
    with session.vault.db.transaction():
        session.vault.db.execute("INSERT INTO meta(key, value) VALUES ('marker', ?)", (MARKER,))
    session.vault.db.pragma("wal_checkpoint(TRUNCATE)")
    assert _marker_present(session)
    session.close()
    slots = store_dir / SLOTS_NAME
    original = slots.read_bytes()
    db_before = (store_dir / DB_NAME).read_bytes()
    flipped = NEW_STORE_PAGE_HMAC if old else LEGACY_PAGE_HMAC
    for value in (flipped, None) if not old else (flipped,):
        _rewrite_field(slots, value)
        with pytest.raises(IntegrityError, match="was altered"):
            stores.unlock(store_dir, "alice", PASS, policy)
        monkeypatch.setenv("MEDUNIT_PASSPHRASE", PASS)
        code = run(["audit", "verify", "--store", str(store_dir), "--as", "alice"])
        _out, err = capsys.readouterr()
        assert code == 4 and "keyslots.json was altered" in err and "Traceback" not in err
        assert (store_dir / DB_NAME).read_bytes() == db_before  # nothing written to the database
    _rewrite_field(slots, "HMAC_SHA1")  # not a setting medunit writes: named as damage before any unlock
    with pytest.raises(IntegrityError, match="unknown page MAC"):
        stores.unlock(store_dir, "alice", PASS, policy)
    slots.write_bytes(original)  # the administrator puts the file back (or restores it): nothing was lost
    again = stores.unlock(store_dir, "alice", PASS, policy)
    assert again.vault.db.execute("SELECT value FROM meta WHERE key = 'marker'").fetchone()[0] == MARKER
    again.close()


def test_only_known_page_macs_reach_a_pragma() -> None:
    """The value is spliced into ``PRAGMA cipher_hmac_algorithm``: anything but the two names is refused."""
    assert cipher_pragmas(b"\0" * 32, NEW_STORE_PAGE_HMAC)[1] == "PRAGMA cipher_hmac_algorithm = HMAC_SHA256"
    with pytest.raises(ValueError, match="unknown page MAC"):
        cipher_pragmas(b"\0" * 32, "HMAC_SHA1; DROP TABLE meta")

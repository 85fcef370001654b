"""Integrity checks of an open store: the database pages, the schema, the slot file vs the users."""

from __future__ import annotations

from dataclasses import dataclass, field

from medunit.crypto.keyslots import RECOVERY_SLOT
from medunit.store.database import Database
from medunit.store.schema import LATEST, schema_version
from medunit.store.users import list_users
from medunit.store.vault import Vault


@dataclass
class IntegrityReport:
    problems: list[str] = field(default_factory=list)
    checks: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _cipher_check(db: Database, report: IntegrityReport) -> None:
    rows = db.pragma("cipher_integrity_check")
    if rows:
        report.problems.append(f"cipher_integrity_check: {len(rows)} page(s) fail authentication, e.g. {rows[0][0]}")
    report.checks.append("cipher_integrity_check")


def _sqlite_check(db: Database, report: IntegrityReport) -> None:
    rows = [r[0] for r in db.pragma("integrity_check")]
    if rows != ["ok"]:
        report.problems.append(f"integrity_check: {rows[0]}")
    report.checks.append("integrity_check")


def check_store(vault: Vault) -> IntegrityReport:
    report = IntegrityReport()
    db = vault.db
    if db.dialect == "sqlite":  # the server's pages are PostgreSQL's (its checksums, IT's backups)
        _cipher_check(db, report)
        _sqlite_check(db, report)
    version = schema_version(db)
    if version != LATEST:
        report.problems.append(f"schema version {version}, expected {LATEST}")
    report.checks.append("schema version")
    slots = vault.slots
    if not slots.mac_valid(vault.bag.data_key):
        report.problems.append("key-slot file MAC does not match")
    if slots.pending is not None:
        report.problems.append("key-slot file has an unfinished key rotation")
    if slots.slot(RECOVERY_SLOT) is None:
        report.problems.append("key-slot file has no recovery slot")
    store_id = db.execute("SELECT value FROM meta WHERE key = 'store_id'").fetchone()
    if not store_id or store_id[0] != slots.store_id:
        report.problems.append("key-slot file belongs to another store")
    users = {u.name for u in list_users(db)}
    slot_users = set(slots.user_names())
    for name in sorted(users - slot_users):
        report.problems.append(f"user {name} has no key slot")
    for name in sorted(slot_users - users):
        report.problems.append(f"key slot for unknown user {name}")
    for slot in slots.slots:
        if slot.slot_id not in slots.current.envelopes:
            report.problems.append(f"slot {slot.slot_id} has no data-key envelope")
    if slots.binding and any(s.kind == "user" and not s.bound for s in slots.slots):
        report.problems.append("store binds workstations but a user slot is unbound")
    report.checks.append("key-slot file")
    return report

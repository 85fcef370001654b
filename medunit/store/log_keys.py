"""Users' public access-log keys with the unit CA's certificate (insert-only ``log_keys``), and advisors'
document-signing certificates (``signing_certs``: insert, then only ever revoked)."""

from __future__ import annotations

from dataclasses import dataclass

from medunit.store.database import Database


@dataclass(frozen=True)
class LogKeyRow:
    key_id: str
    user: str
    public_key: bytes
    since_seq: int
    certificate: bytes


def insert(db: Database, row: LogKeyRow) -> None:
    db.execute(
        "INSERT INTO log_keys(key_id, user_name, public_key, since_seq, certificate) VALUES (?,?,?,?,?)",
        (row.key_id, row.user, row.public_key, row.since_seq, row.certificate),
    )


def all_keys(db: Database) -> list[LogKeyRow]:
    rows = db.execute(
        "SELECT key_id, user_name, public_key, since_seq, certificate FROM log_keys ORDER BY rowid"
    ).fetchall()
    return [LogKeyRow(str(r[0]), str(r[1]), bytes(r[2]), int(r[3]), bytes(r[4])) for r in rows]


def find(db: Database, key_id: str) -> LogKeyRow | None:
    return next((k for k in all_keys(db) if k.key_id == key_id), None)


@dataclass(frozen=True)
class SigningCertRow:
    serial: int
    user: str
    certificate: bytes
    issued_at: str
    revoked_at: str | None


def insert_signing_cert(db: Database, serial: int, user: str, certificate: bytes, issued_at: str) -> None:
    db.execute(
        "INSERT INTO signing_certs(serial, user_name, certificate, issued_at) VALUES (?,?,?,?)",
        (str(serial), user, certificate, issued_at),
    )


def signing_certs(db: Database) -> list[SigningCertRow]:
    rows = db.execute(
        "SELECT serial, user_name, certificate, issued_at, revoked_at FROM signing_certs ORDER BY rowid"
    ).fetchall()
    return [SigningCertRow(int(r[0]), str(r[1]), bytes(r[2]), str(r[3]), r[4]) for r in rows]


def revoke_signing_certs(db: Database, user: str, at: str) -> int:
    """Mark every unrevoked certificate of ``user`` revoked at ``at``; returns how many."""
    cursor = db.execute(
        "UPDATE signing_certs SET revoked_at = ? WHERE user_name = ? AND revoked_at IS NULL", (at, user)
    )
    return int(cursor.rowcount)

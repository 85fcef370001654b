"""Users' public access-log keys, each with the unit CA's certificate (insert-only table ``log_keys``)."""

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

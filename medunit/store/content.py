"""Health content sealed a second time, under keys only the roles that may read it hold.

The SQLCipher key opens the database for every role (case list columns, statuses, users, the access
log). Health content inside it (a case's question, entries, attachments, consents' scope, requests,
advice) is sealed again with AES-256-GCM before it is written:

* under the **health key** (the ``health`` compartment: medical advisors, unit staff, recovery slot);
* or, for a restricted case, under that **case's own key**, sealed (X25519 envelopes, the same ones the
  slot file uses for compartments) to the slots of the users the case is restricted to and to the unit's
  **glass** public key, whose private half is the ``glass`` compartment of every medical advisor and the
  recovery slot: breaking the glass opens that envelope.

The AAD binds store, table, column, row identity and which key, so a sealed value moved to another row,
column or case does not open. The keys this connection holds are attached to it (``db.content``) by the
vault that opened it: sealing is a property of the connection, like the SQLCipher key, so no repository
can write content in clear by forgetting to pass a key.

A store from before sealing (schema 6 or older) holds content in clear until ``seal_legacy_content`` ran; until
then reads pass clear values through, afterwards a clear value is refused as tampering.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from medunit.crypto.aead import DecryptionFailed, open_sealed, seal
from medunit.crypto.keyslots import KeyBag, open_compartment_key, seal_compartment_key
from medunit.domain.roles import GLASS, HEALTH
from medunit.errors import IntegrityError, PermissionDeniedError
from medunit.store import meta, rowlock
from medunit.store.database import Database

PREVIOUS = "#previous"
SEALED_FLAG = "content_sealed"
GLASS_PUBLIC = "glass_public_key"
GLASS_HOLDER = "glass"

#: Every sealed column: table -> columns (text columns; attachment chunks are sealed as bytes).
SEALED_COLUMNS: dict[str, tuple[str, ...]] = {
    "cases": ("question",),
    "health_entries": ("text",),
    "attachments": ("filename",),
    "consents": ("addressee_name", "addressee_institution", "addressee_specialism", "categories", "digital_reference"),
    "info_requests": ("addressee_name", "addressee_institution", "addressee_specialism", "questions"),
    "advice": ("outcome", "remark", "content_hash", "confirmed_findings"),
}
CHUNKS = "attachment_chunks"

_CLEAR = "A sealed value in {table}.{column} was replaced by clear text."
_NO_HEALTH = "Your key slot does not hold the health key, so health content cannot be read or written by you."
_NO_CASE = "Your key slot does not hold the key of restricted case {ref}."


class ContentKeyMissing(PermissionDeniedError):
    """The role gate let the call through, but this slot cannot decrypt: capabilities are keys."""


@dataclass
class ContentKeys:
    """The content keys a connection holds: the slot's key bag plus the restricted-case keys it opened."""

    store_id: str
    slot_id: str
    private: bytes
    bag: Callable[[], KeyBag]
    public_key: Callable[[str], bytes | None]
    cases: dict[int, bytes] = field(default_factory=dict)
    lent: dict[str, bytes] = field(default_factory=dict)

    def compartment(self, name: str) -> bytes | None:
        return self.lent.get(name) or self.bag().compartments.get(name)

    def drop(self) -> None:
        self.private = b"\0" * 32
        self.cases.clear()
        self.lent.clear()


@contextmanager
def lent_keys(db: Database, compartments: dict[str, bytes]) -> Iterator[None]:
    """Compartment keys from another slot (the recovery slot, opened with its code) for one call only:
    how the administrator seeds synthetic data without their own slot ever holding a content key."""
    keys = keys_of(db)
    keys.lent.update(compartments)
    try:
        yield
    finally:
        keys.lent.clear()
        keys.cases.clear()


def initialise(db: Database, compartments: dict[str, bytes]) -> None:
    """A new store: content is sealed from the first row; the glass public key is published (MAC'd
    under the health key). Called by the vault while it still holds the freshly made keys."""
    meta.put(db, SEALED_FLAG, "1")
    if HEALTH in compartments and GLASS in compartments:
        set_glass_public(db, compartments[HEALTH], compartments[GLASS])


def keys_of(db: Database) -> ContentKeys:
    keys = db.content
    if keys is None:
        raise ContentKeyMissing(_NO_HEALTH)
    return keys


def is_sealed(db: Database) -> bool:
    return meta.get(db, SEALED_FLAG) is not None


# -- the values ------------------------------------------------------------------------------------------


def _aad(store_id: str, table: str, column: str, row: str, kid: str) -> bytes:
    return f"medunit-content-v1|{store_id}|{table}|{column}|{row}|{kid}".encode()


def _health_keys(keys: ContentKeys) -> list[bytes]:
    found = [keys.compartment(HEALTH), keys.compartment(HEALTH + PREVIOUS)]
    return [k for k in found if k is not None]


def _sealing_key(db: Database, case_id: int | None) -> tuple[str, bytes]:
    """Which key a new value of ``case_id`` is sealed under, and its id in the stored value."""
    keys = keys_of(db)
    if case_id is not None and is_restricted(db, case_id):
        return f"c{case_id}", case_key(db, case_id)
    health = keys.compartment(HEALTH)
    if health is None:
        raise ContentKeyMissing(_NO_HEALTH)
    return "h", health


def _opening_keys(db: Database, kid: str) -> list[bytes]:
    keys = keys_of(db)
    if kid == "h":
        found = _health_keys(keys)
        if not found:
            raise ContentKeyMissing(_NO_HEALTH)
        return found
    return [case_key(db, int(kid[1:]))]


def seal_bytes(db: Database, table: str, column: str, row: object, case_id: int | None, data: bytes) -> bytes:
    kid, key = _sealing_key(db, case_id)
    return kid.encode() + b":" + seal(key, data, _aad(keys_of(db).store_id, table, column, str(row), kid))


def open_bytes(db: Database, table: str, column: str, row: object, value: bytes) -> bytes:
    kid_raw, sep, blob = value.partition(b":")
    kid = kid_raw.decode("ascii", "replace")
    if not sep or not (kid == "h" or (kid[:1] == "c" and kid[1:].isdigit())):
        if not is_sealed(db):
            return value  # a store from before sealing, not yet converted
        raise IntegrityError(_CLEAR, table=table, column=column)
    aad = _aad(keys_of(db).store_id, table, column, str(row), kid)
    for key in _opening_keys(db, kid):
        try:
            return open_sealed(key, blob, aad)
        except DecryptionFailed:
            continue
    raise IntegrityError("A sealed value in {table}.{column} was altered or moved.", table=table, column=column)


def seal_text(db: Database, table: str, column: str, row: object, case_id: int | None, text: str) -> str:
    """``text`` sealed for storage in a TEXT column (base64 after the key id)."""
    sealed = seal_bytes(db, table, column, row, case_id, text.encode("utf-8"))
    kid, _, blob = sealed.partition(b":")
    return "~" + kid.decode("ascii") + ":" + base64.b64encode(blob).decode("ascii")


def open_text(db: Database, table: str, column: str, row: object, value: str) -> str:
    if not value.startswith("~"):
        if not is_sealed(db):
            return value
        raise IntegrityError(_CLEAR, table=table, column=column)
    kid, _, b64 = value[1:].partition(":")
    try:
        blob = base64.b64decode(b64.encode("ascii"), validate=True)
    except ValueError:
        raise IntegrityError("A sealed value in {table}.{column} is damaged.", table=table, column=column) from None
    return open_bytes(db, table, column, row, kid.encode("ascii") + b":" + blob).decode("utf-8")


def seal_optional(
    db: Database, table: str, column: str, row: object, case_id: int | None, text: str | None
) -> str | None:
    return None if text is None else seal_text(db, table, column, row, case_id, text)


def open_optional(db: Database, table: str, column: str, row: object, value: str | None) -> str | None:
    return None if value is None else open_text(db, table, column, row, value)


def next_id(db: Database, table: str) -> int:
    """The id the next row of ``table`` gets, known before the insert so its values can be bound to it."""
    if table not in SEALED_COLUMNS:
        raise ValueError(table)
    if db.dialect == "postgresql":  # over every row, those row-level security hides from this login too
        return int(db.execute("SELECT next_id(?)", (table,)).fetchone()[0])
    return int(db.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0])  # noqa: S608


# -- restricted-case keys --------------------------------------------------------------------------------


def is_restricted(db: Database, case_id: int) -> bool:
    """Restricted by its flag or by key envelopes on file (clearing the flag does not unseal a case)."""
    row = db.execute(
        "SELECT restricted <> 0 OR EXISTS (SELECT 1 FROM case_keys WHERE case_id = ?) FROM cases WHERE id = ?",
        (case_id, case_id),
    ).fetchone()
    return bool(row and row[0])


def _case_name(case_id: int) -> str:
    return f"case:{case_id}"


def _reference(db: Database, case_id: int) -> str:
    row = db.execute("SELECT reference FROM cases WHERE id = ?", (case_id,)).fetchone()
    return str(row[0]) if row else f"#{case_id}"


def case_rows(db: Database, table: str) -> str:
    """The FROM source of one case's rows of a content table, its case id the statement's first parameter: on
    the unit server its logged-read function ``<table>_of_case`` (store/pg/ddl.py LOGGED_READS: sealed
    columns only for a committed log entry), in a file store the table itself."""
    return f"{table}_of_case(?)" if db.dialect == "postgresql" else f"{table} WHERE case_id = ?"


def missing_case_key(db: Database, case_id: int) -> ContentKeyMissing:
    """The refusal for a restricted case whose key this slot does not hold."""
    return ContentKeyMissing(_NO_CASE, ref=_reference(db, case_id))


def case_key(db: Database, case_id: int) -> bytes:
    """The restricted case's key from this slot's envelope (or one opened by breaking the glass)."""
    keys = keys_of(db)
    if case_id in keys.cases:
        return keys.cases[case_id]
    row = db.execute(
        "SELECT envelope FROM case_keys WHERE case_id = ? AND holder = ?", (case_id, keys.slot_id)
    ).fetchone()
    if row is None:
        raise missing_case_key(db, case_id)
    try:
        key = open_compartment_key(keys.store_id, _case_name(case_id), keys.slot_id, keys.private, bytes(row[0]))
    except DecryptionFailed:
        raise IntegrityError("The key envelope of case {ref} was altered.", ref=_reference(db, case_id)) from None
    keys.cases[case_id] = key
    return key


def glass_public(db: Database) -> bytes:
    """The unit's glass public key, checked against its MAC under the health key: a reader holding only
    the data key cannot swap in a key of their own and so catch future restricted cases."""
    health = keys_of(db).compartment(HEALTH)
    if health is None:
        raise ContentKeyMissing(_NO_HEALTH)
    return _checked_glass_public(db, health)


def _checked_glass_public(db: Database, health: bytes) -> bytes:
    value = meta.get(db, GLASS_PUBLIC)
    if value is None:
        raise IntegrityError("The store has no glass key; restricted cases cannot be created.")
    pub_b64, _, mac_hex = value.partition(" ")
    pub = base64.b64decode(pub_b64)
    if not hmac.compare_digest(_glass_mac(health, pub), mac_hex):
        raise IntegrityError("The store's glass key was replaced.")
    return pub


def _glass_mac(health: bytes, pub: bytes) -> str:
    return hmac.new(health, b"medunit-glass-public|" + pub, hashlib.sha256).hexdigest()


def set_glass_public(db: Database, health: bytes, glass_private: bytes) -> None:
    pub = glass_public_of(glass_private)
    meta.put(db, GLASS_PUBLIC, base64.b64encode(pub).decode("ascii") + " " + _glass_mac(health, pub))


def glass_public_of(private: bytes) -> bytes:
    return (
        X25519PrivateKey.from_private_bytes(private)
        .public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    )


def create_case_key(db: Database, case_id: int, users: Iterable[str]) -> bytes:
    """A fresh key for a restricted case, sealed to the listed users' slots (those that exist) and to the
    glass key; the creating connection keeps it open to seal the case's question."""
    keys = keys_of(db)
    glass = glass_public(db)
    key = secrets.token_bytes(32)
    _put_envelopes(db, case_id, key, [f"user:{u}" for u in users], glass)
    keys.cases[case_id] = key
    return key


def _put_envelopes(db: Database, case_id: int, key: bytes, slot_ids: list[str], glass: bytes) -> None:
    keys = keys_of(db)
    name = _case_name(case_id)
    rows = [(case_id, GLASS_HOLDER, seal_compartment_key(keys.store_id, name, GLASS_HOLDER, glass, key))]
    for sid in sorted(set(slot_ids)):
        pub = keys.public_key(sid)
        if pub is not None:
            rows.append((case_id, sid, seal_compartment_key(keys.store_id, name, sid, pub, key)))
    db.execute("DELETE FROM case_keys WHERE case_id = ?", (case_id,))
    db.executemany("INSERT INTO case_keys(case_id, holder, envelope) VALUES (?, ?, ?)", rows)


def open_glass(db: Database, case_id: int) -> None:
    """Break the glass: open the case key from its glass envelope with this slot's glass compartment.
    Only the break-glass service calls this, after the reasoned act is logged."""
    keys = keys_of(db)
    glass = keys.compartment(GLASS)
    if glass is None:
        raise ContentKeyMissing(_NO_CASE, ref=_reference(db, case_id))
    row = db.execute(
        "SELECT envelope FROM case_keys WHERE case_id = ? AND holder = ?", (case_id, GLASS_HOLDER)
    ).fetchone()
    if row is None:
        raise ContentKeyMissing(_NO_CASE, ref=_reference(db, case_id))
    try:
        keys.cases[case_id] = open_compartment_key(
            keys.store_id, _case_name(case_id), GLASS_HOLDER, glass, bytes(row[0])
        )
    except DecryptionFailed:
        raise IntegrityError("The key envelope of case {ref} was altered.", ref=_reference(db, case_id)) from None


def reseal_glass_envelopes(db: Database, old_glass: bytes, new_glass: bytes) -> int:
    """After the glass key changed: every case's glass envelope re-sealed to the new glass public key."""
    keys = keys_of(db)
    new_pub = glass_public_of(new_glass)
    rows = db.execute("SELECT case_id, envelope FROM case_keys WHERE holder = ?", (GLASS_HOLDER,)).fetchall()
    for case_id, envelope in rows:
        name = _case_name(int(case_id))
        key = open_compartment_key(keys.store_id, name, GLASS_HOLDER, old_glass, bytes(envelope))
        db.execute(
            "UPDATE case_keys SET envelope = ? WHERE case_id = ? AND holder = ?",
            (seal_compartment_key(keys.store_id, name, GLASS_HOLDER, new_pub, key), case_id, GLASS_HOLDER),
        )
    return len(rows)


def case_key_holders(db: Database, case_id: int) -> list[str]:
    rows = db.execute("SELECT holder FROM case_keys WHERE case_id = ? ORDER BY holder", (case_id,)).fetchall()
    return [str(r[0]) for r in rows]


def drop_holder(db: Database, slot_id: str) -> None:
    """A removed user's envelopes of restricted-case keys go with their slot."""
    db.execute("DELETE FROM case_keys WHERE holder = ?", (slot_id,))


# -- re-sealing every value (first sealing of an old store; health-key rotation) --------------------------


def reseal_all(db: Database, by: str, at: str) -> int:
    """Every sealed column of every row opened (clear text in a store not yet sealed; the current or the
    previous health key during a rotation) and sealed again under the current keys. Runs inside the
    caller's transaction, so an interruption leaves all rows as they were. The append-only triggers of
    the tables touched are lifted for this one transaction and put back unchanged.

    An editable row (store/rowlock.py) re-sealed gets its next version, stamped ``by``/``at``: an editor
    who read it before holds a copy sealed under a key this may have retired, so their next write must
    be refused and reloaded; and the server refuses an update that does not bump the version (with no
    exception for the re-seal, whose session setting any login could set)."""
    count = 0
    if db.dialect == "postgresql":  # the server's guards let this one transaction pass (store/pg/ddl.py)
        db.execute("SET LOCAL medunit.resealing = 'on'")
    for table, columns in SEALED_COLUMNS.items():
        triggers = (
            []
            if db.dialect == "postgresql"
            else db.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table,)
            ).fetchall()
        )
        for name, _sql in triggers:
            db.execute(f"DROP TRIGGER {name}")
        case_col = "id" if table == "cases" else "case_id"
        # on the server every sealed value is read through its re-sealing function (store/pg/ddl.py), which
        # asks for this duty's committed log entry
        source = f"{table}_to_reseal()" if db.dialect == "postgresql" else table
        select = f"SELECT id, {case_col}, {', '.join(columns)} FROM {source}"  # noqa: S608
        sets = ", ".join(f"{c} = ?" for c in columns)
        stamp: tuple[str, ...] = ()
        if table in rowlock.EDITABLE:
            sets += ", row_version = row_version + 1, changed_by = ?, changed_at = ?"
            stamp = (by, at)
        for row in db.execute(select).fetchall():
            row_id, case_id = int(row[0]), row[1]
            values = [_resealed(db, table, c, row_id, case_id, v) for c, v in zip(columns, row[2:], strict=True)]
            db.execute(f"UPDATE {table} SET {sets} WHERE id = ?", (*values, *stamp, row_id))  # noqa: S608
            count += 1
        for _name, sql in triggers:
            db.execute(sql)
    chunk_source = f"{CHUNKS}_to_reseal()" if db.dialect == "postgresql" else CHUNKS
    chunks = db.execute(
        f"SELECT k.attachment_id, k.seq, k.data, a.case_id FROM {chunk_source} k "  # noqa: S608
        "JOIN attachments a ON a.id = k.attachment_id"
    ).fetchall()
    for att_id, seq, data, case_id in chunks:
        row_key = f"{att_id}/{seq}"
        if _case_kid(bytes(data)):
            continue
        plain = open_bytes(db, CHUNKS, "data", row_key, bytes(data))
        db.execute(
            "UPDATE attachment_chunks SET data = ? WHERE attachment_id = ? AND seq = ?",
            (seal_bytes(db, CHUNKS, "data", row_key, case_id, plain), att_id, seq),
        )
        count += 1
    return count


def _case_kid(value: bytes) -> bool:
    """A value under a restricted case's key: the health key's rotation leaves it as it is."""
    kid, sep, _ = value.partition(b":")
    return bool(sep) and kid[:1] == b"c" and kid[1:].isdigit()


def _resealed(db: Database, table: str, column: str, row_id: int, case_id: int | None, value: str | None) -> str | None:
    if value is None or (value.startswith("~") and _case_kid(value[1:].encode("ascii", "replace"))):
        return value
    return seal_text(db, table, column, row_id, case_id, open_text(db, table, column, row_id, value))


def remac_glass_public(db: Database, old_health: bytes, new_health: bytes) -> None:
    """After the health key changed: the glass public key, checked under the old key, MAC'd under the new."""
    pub = _checked_glass_public(db, old_health)
    meta.put(db, GLASS_PUBLIC, base64.b64encode(pub).decode("ascii") + " " + _glass_mac(new_health, pub))

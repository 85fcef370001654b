"""The client side of the unit server's content: sealed here, opened here, never plaintext on the server.

Every content value is sealed with AES-256-GCM under the capability key the key hierarchy assigns it
(the health key, a restricted case's own key, the criminal-record compartment key) before it leaves the
process, its associated data binding the row's identity (kind, case, record), so a DBA who swaps two
ciphertexts between rows makes them fail to open. The person's identity on a case is sealed under the
data key every role holds (the case list needs it; the server's operators do not).

Reads go through the server's ``request_read`` (which commits the access-log row) and then
``fetch_content`` (which refuses until that row is committed): see ``medunit/store/pg/schema.py``.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

import psycopg

from medunit.crypto.aead import DecryptionFailed, open_sealed, seal
from medunit.errors import ConflictError, IntegrityError, PermissionDeniedError
from medunit.store.pg.schema import CONFLICT_STATE, DENIED_STATE


@dataclass(frozen=True)
class ServerCase:
    id: uuid.UUID
    reference: str
    case_type: str
    status: str
    person: dict[str, str]
    restricted: bool
    version: int
    changed_by: str
    changed_at: datetime


@dataclass(frozen=True)
class Content:
    id: uuid.UUID
    case_id: uuid.UUID
    kind: str
    plaintext: bytes
    version: int
    changed_by: str
    changed_at: datetime


def _aad(kind: str, case_id: uuid.UUID, record_id: uuid.UUID) -> bytes:
    return f"medunit-server|{kind}|{case_id}|{record_id}".encode()


def _person_aad(case_id: uuid.UUID) -> bytes:
    return f"medunit-server|person|{case_id}".encode()


@contextmanager
def _refusals() -> Iterator[None]:
    """The server's own refusals as medunit's errors (words, not SQLSTATEs)."""
    try:
        yield
    except psycopg.Error as exc:
        state = exc.sqlstate
        text = exc.diag.message_primary or str(exc)
        if state == CONFLICT_STATE:
            raise ConflictError("{detail}", detail=text) from None
        if state in (DENIED_STATE, "42501"):  # 42501: insufficient_privilege
            raise PermissionDeniedError("The unit server refused this: {detail}", detail=text) from None
        if state == "55P03":  # lock_not_available: another workstation holds the row (lock_timeout)
            raise ConflictError("Another workstation is changing this right now; try again in a moment.") from None
        if state == "23505":  # unique_violation: a case reference that exists already
            raise ConflictError("That already exists on the unit server ({detail}).", detail=text) from None
        raise


class ServerContent:
    """Cases and sealed content on the unit server, as one logged-in user at one workstation."""

    def __init__(self, conn: psycopg.Connection[Any], workstation: str) -> None:
        if not conn.autocommit:
            # request_read must commit its log row before fetch_content may run
            raise ValueError("the unit-server connection must be in autocommit mode")
        self.conn = conn
        self.workstation = workstation

    def create_case(
        self,
        reference: str,
        case_type: str,
        status: str,
        person: dict[str, str],
        data_key: bytes,
        restricted_to: list[str] | None = None,
    ) -> uuid.UUID:
        case_id = uuid.uuid4()
        sealed = seal(data_key, json.dumps(person, sort_keys=True).encode(), _person_aad(case_id))
        with _refusals():
            self.conn.execute(
                "SELECT medunit.create_case(%s, %s, %s, %s, %s, %s, %s)",
                (case_id, reference, case_type, status, sealed, restricted_to, self.workstation),
            )
        if not self.conn.execute("SELECT 1 FROM medunit.cases WHERE id = %s", (case_id,)).fetchone():
            raise PermissionDeniedError("The unit server refused to create case {reference}.", reference=reference)
        return case_id

    def cases(self, data_key: bytes) -> list[ServerCase]:
        """The case list this user may see (restricted cases of others are invisible server-side)."""
        rows = self.conn.execute(
            "SELECT id, reference, case_type, status, person_sealed, restricted_to IS NOT NULL, version, "
            "changed_by, changed_at FROM medunit.cases ORDER BY changed_at DESC"
        ).fetchall()
        return [
            ServerCase(
                id=row[0],
                reference=row[1],
                case_type=row[2],
                status=row[3],
                person=json.loads(open_sealed(data_key, bytes(row[4]), _person_aad(row[0]))),
                restricted=row[5],
                version=row[6],
                changed_by=row[7],
                changed_at=row[8],
            )
            for row in rows
        ]

    def put(
        self,
        case_id: uuid.UUID,
        kind: str,
        plaintext: bytes,
        key: bytes,
        key_id: str,
        record_id: uuid.UUID | None = None,
        expected_version: int | None = None,
    ) -> tuple[uuid.UUID, int]:
        """Write a new record (``record_id`` None) or a new version of one; returns (record id, version).

        A stale ``expected_version`` raises ConflictError "changed by <user> at <time>; reload"; the caller
        still holds what the user typed."""
        rid = record_id or uuid.uuid4()
        sealed = seal(key, plaintext, _aad(kind, case_id, rid))
        with _refusals():
            row = self.conn.execute(
                "SELECT medunit.put_content(%s, %s, %s, %s, %s, %s, %s)",
                (rid, case_id, kind, key_id, sealed, expected_version, self.workstation),
            ).fetchone()
        if row is None or row[0] is None:
            raise PermissionDeniedError("The unit server refused to write to this case (the refusal is logged).")
        return rid, int(row[0])

    def read(self, record_id: uuid.UUID, key: bytes, reason: str | None = None) -> Content:
        """A logged read: the server commits the access-log row, then hands out the ciphertext."""
        with _refusals():
            ticket = self.conn.execute(
                "SELECT medunit.request_read(%s, %s, %s)", (record_id, reason, self.workstation)
            ).fetchone()
            if ticket is None or ticket[0] is None:
                raise PermissionDeniedError("The unit server refused this read (the refusal is logged).")
            # fetch_content returns exactly one row or raises (see schema.py)
            row = cast(
                tuple[Any, ...], self.conn.execute("SELECT * FROM medunit.fetch_content(%s)", (ticket[0],)).fetchone()
            )
        rid, case_id, kind, _key_id, sealed, version, changed_by, changed_at = row
        try:
            plaintext = open_sealed(key, bytes(sealed), _aad(kind, case_id, rid))
        except DecryptionFailed as exc:  # altered on the server, or moved to another row
            raise IntegrityError("Record {record} on the unit server does not authenticate.", record=rid) from exc
        return Content(rid, case_id, kind, plaintext, version, changed_by, changed_at)

    def listen(self) -> None:
        """Be told of changed cases (a dedicated connection: a worker thread waits on it, not the GUI)."""
        self.conn.execute("LISTEN medunit_cases")

    def changed_cases(self, timeout: float) -> list[uuid.UUID]:
        """Ids of the cases changed since the last call, waiting up to ``timeout`` seconds for the first: the
        case list refreshes those rows instead of polling the whole table."""
        first = [n.payload for n in self.conn.notifies(timeout=timeout, stop_after=1)]
        rest = [n.payload for n in self.conn.notifies(timeout=0.01)] if first else []
        return [uuid.UUID(p) for p in dict.fromkeys(first + rest)]

    def verify_log(self) -> int | None:
        """The first sequence number where the server-side chain breaks, or None when it verifies."""
        with _refusals():
            row = self.conn.execute("SELECT medunit.verify_log()").fetchone()
        return None if row is None else row[0]

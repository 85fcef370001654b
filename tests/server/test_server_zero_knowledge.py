"""Zero-knowledge to the server's operators: a DBA's pg_dump of a seeded unit server holds ciphertext,
key slots and metadata, and no seeded health data or person's name; a DBA who moves ciphertext between
rows is caught when the client opens it."""

from __future__ import annotations

import os
import uuid

import pytest

from medunit.errors import IntegrityError
from tests.support.unit_server import UnitServer

HEALTH_KEY = os.urandom(32)
DATA_KEY = os.urandom(32)
MARKERS = (b"ZKMARK-question-hernia", b"ZKMARK-entry-insulin", b"ZKMARK-letter-cardiology")
NAME = "Zwaantje Zonderkennis"


def _seed(server: UnitServer) -> list[uuid.UUID]:
    records = []
    with server.content("alice") as alice:
        case = alice.create_case("GD-ZK-1", "claim", "open", {"name": NAME, "born": "1970-01-01"}, DATA_KEY)
        for kind, marker in zip(("question", "health_entry", "letter"), MARKERS, strict=True):
            records.append(alice.put(case, kind, marker, HEALTH_KEY, "health")[0])
        restricted = alice.create_case("GD-ZK-2", "claim", "open", {"name": NAME}, DATA_KEY, ["alice"])
        records.append(alice.put(restricted, "health_entry", MARKERS[1] + b"-restricted", HEALTH_KEY, "case")[0])
    with server.content("sam") as sam:
        for record in records[:-1]:  # the restricted case's entry is not sam's to read
            sam.read(record, HEALTH_KEY, reason="ZKMARK-reason-is-metadata")
    return records


def test_a_pg_dump_of_the_server_holds_no_health_data(unit_server: UnitServer) -> None:
    _seed(unit_server)
    cluster = unit_server.cluster
    out = cluster.run_as_owner(
        [cluster.tool("pg_dump"), "-h", str(cluster.socket_dir), "-p", str(cluster.port), "-U", "medunit_dba",
         "--no-password", unit_server.dbname],
        env={"PGPASSWORD": cluster.password},
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    dump = out.stdout
    assert "COPY medunit.content" in dump and "GD-ZK-1" in dump  # the dump is real and holds the rows
    for marker in (*MARKERS, NAME.encode(), b"Zonderkennis", b"insulin"):
        assert marker.decode() not in dump
        assert marker.hex() not in dump  # bytea is dumped as hex: no plaintext in that form either


def test_ciphertext_moved_between_rows_by_the_dba_does_not_open(unit_server: UnitServer) -> None:
    records = _seed(unit_server)
    with unit_server.dba() as dba:
        dba.execute(
            "UPDATE medunit.content SET sealed = (SELECT sealed FROM medunit.content WHERE id = %s) WHERE id = %s",
            (records[1], records[0]),
        )
    with unit_server.content("alice") as alice, pytest.raises(IntegrityError, match="does not authenticate"):
        alice.read(records[0], HEALTH_KEY)

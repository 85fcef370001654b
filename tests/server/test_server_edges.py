"""Edges of the unit-server client: mis-grants, vanished rows, duplicate references, unreachable or
misnamed servers, a DBA who is not a superuser, the guard's own decisions in this process."""

from __future__ import annotations

import os
import socket
import uuid

import psycopg
import pytest

from medunit import netguard
from medunit.errors import AuthenticationError, ConflictError, PermissionDeniedError, ValidationError
from medunit.services import server
from medunit.store.pg.connect import connect
from medunit.store.pg.content import ServerContent
from medunit.store.pg.url import parse_server_url
from tests.support.pg import Cluster
from tests.support.unit_server import UnitServer

KEY = os.urandom(32)
PASS = "correct horse battery staple"


def test_a_mis_granted_function_still_refuses_a_role_without_health_access(unit_server: UnitServer) -> None:
    """Grants are the first wall; the functions check the caller's role again (and log the refusal)."""
    with unit_server.dba() as dba:
        dba.execute(f'GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA medunit TO "{unit_server.login("pat")}"')
    with unit_server.content("alice") as alice:
        case = alice.create_case("GD-E1", "claim", "open", {"name": "x"}, KEY)
        record, _ = alice.put(case, "health_entry", b"secret", KEY, "health")
    with unit_server.content("pat") as pat:
        with pytest.raises(PermissionDeniedError, match="refused to create case GD-E2"):
            pat.create_case("GD-E2", "claim", "open", {"name": "x"}, KEY)
        with pytest.raises(PermissionDeniedError, match="refused this read"):
            pat.read(record, KEY)
        with pytest.raises(PermissionDeniedError, match="refused to write"):
            pat.put(case, "health_entry", b"x", KEY, "health", record, 1)


def test_vanished_rows_duplicates_and_other_server_errors(unit_server: UnitServer) -> None:
    with unit_server.content("alice") as alice:
        case = alice.create_case("GD-E3", "claim", "open", {"name": "x"}, KEY)
        record, _ = alice.put(case, "health_entry", b"secret", KEY, "health")
        with pytest.raises(ConflictError, match="already exists on the unit server"):
            alice.create_case("GD-E3", "claim", "open", {"name": "y"}, KEY)
        with pytest.raises(ConflictError, match="does not exist"):  # an update of a record never written
            alice.put(case, "health_entry", b"x", KEY, "health", uuid.uuid4(), expected_version=1)
        ticket = alice.conn.execute("SELECT medunit.request_read(%s, NULL, 'ws')", (record,)).fetchone()
        with unit_server.dba() as dba:  # the DBA removes the row between the logged request and the fetch
            dba.execute("DELETE FROM medunit.content WHERE id = %s", (record,))
        with pytest.raises(psycopg.Error, match="no longer exists"):
            alice.conn.execute("SELECT * FROM medunit.fetch_content(%s)", (ticket[0],))  # type: ignore[index]
    with unit_server.connect("alice", autocommit=False) as conn, pytest.raises(ValueError, match="autocommit"):
        ServerContent(conn, "ws")


def test_the_server_error_passthrough_in_the_refusal_wrapper(unit_server: UnitServer) -> None:
    with unit_server.content("alice") as alice, pytest.raises(psycopg.errors.InvalidTextRepresentation):
        alice.read("not-a-uuid", KEY)  # type: ignore[arg-type]


def test_connect_over_tcp_names_what_went_wrong(pg_cluster: Cluster, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(netguard, "_allowed", frozenset())
    url = parse_server_url(pg_cluster.url() + "?sslmode=disable")
    with connect(url) as conn:
        assert conn.execute("SELECT inet_server_port()").fetchone() == (pg_cluster.port,)
    assert netguard._allowed == frozenset({("127.0.0.1", pg_cluster.port)})
    with pytest.raises(AuthenticationError):
        connect(url, password="wrong")
    with pytest.raises(ConflictError, match=r"cannot be reached: .*does not exist"):
        connect(parse_server_url(pg_cluster.url(dbname="nope") + "?sslmode=disable"))
    monkeypatch.setattr(netguard, "_allowed", frozenset())
    with pytest.raises(ConflictError, match="cannot be found"):
        connect(parse_server_url("postgresql://no-such-host.invalid/unit"))


def test_the_guard_decides_by_address_and_port(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(netguard, "_allowed", frozenset())
    assert netguard.allow_server("127.0.0.1", 5999) == ("127.0.0.1",)
    assert netguard.allow_server("127.0.0.1", 5999) == ("127.0.0.1",)  # the same server again is fine
    with pytest.raises(netguard.NetworkRefusedError, match="bound to one unit server"):
        netguard.allow_server("127.0.0.1", 6000)
    netguard.check_destination("127.0.0.1", 5999)
    with pytest.raises(netguard.NetworkRefusedError, match="by address only"):
        netguard.check_destination("localhost", 5999)
    tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    unix = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        netguard._hook("socket.connect", (tcp, ("127.0.0.1", 5999)))
        netguard._hook("socket.connect", (unix, "/tmp/x"))
        netguard._hook("socket.getaddrinfo", ("x", 1))
        with pytest.raises(netguard.NetworkRefusedError):
            netguard._hook("socket.connect", (tcp, ("127.0.0.1", 6000)))
        with pytest.raises(netguard.NetworkRefusedError):
            netguard._hook("socket.sendto", (tcp, ("127.0.0.1", 5999)))
    finally:
        tcp.close()
        unix.close()


def test_init_refusals_for_unit_names_and_a_dba_who_is_not_superuser(pg_cluster: Cluster) -> None:
    db = "9unit" + uuid.uuid4().hex[:8]
    pg_cluster.createdb(db)
    url = f"postgresql://medunit_dba@:{pg_cluster.port}/{db}?host={pg_cluster.socket_dir}&sslmode=disable"
    assert server.default_unit(parse_server_url(url)) == f"u_{db}"
    with pytest.raises(ValidationError, match="unit name 'Bad-Unit'"):
        server.init_server(url, "ida", PASS, pg_cluster.password, unit="Bad-Unit")
    weak = "weak_" + uuid.uuid4().hex[:8]
    with psycopg.connect(pg_cluster.conninfo(dbname=db), autocommit=True) as dba:
        dba.execute(f"CREATE ROLE {weak} LOGIN PASSWORD 'weak-password'")
    with pytest.raises(PermissionDeniedError, match="run this as a PostgreSQL superuser"):
        server.init_server(url.replace("medunit_dba", weak), "ida", PASS, "weak-password")


def test_a_row_held_by_a_stuck_workstation_fails_the_write_instead_of_hanging(unit_server: UnitServer) -> None:
    cluster = unit_server.cluster
    url = parse_server_url(
        f"postgresql://:{cluster.port}/{unit_server.dbname}?host={cluster.socket_dir}&sslmode=disable"
    )
    with unit_server.content("alice") as alice:
        case = alice.create_case("GD-E4", "claim", "open", {"name": "x"}, KEY)
        record, _ = alice.put(case, "health_entry", b"v1", KEY, "health")
    with connect(url, user=unit_server.login("sam"), password=unit_server.passwords["sam"], autocommit=True) as conn:
        assert conn.execute("SHOW lock_timeout").fetchone() == ("10s",)
        assert conn.execute("SHOW idle_in_transaction_session_timeout").fetchone() == ("1min",)
        conn.execute("SET lock_timeout = '300ms'")  # the same refusal, sooner
        with unit_server.dba() as stuck, stuck.transaction():
            stuck.execute("SELECT 1 FROM medunit.content WHERE id = %s FOR UPDATE", (record,))
            with pytest.raises(ConflictError, match="Another workstation is changing this right now"):
                ServerContent(conn, "ws").put(case, "health_entry", b"v2", KEY, "health", record, 1)

"""Edges of the one connect path and the network guard: unreachable or misnamed servers, a wrong password,
the guard's own decisions in this process."""

from __future__ import annotations

import socket

import pytest

from medunit import netguard
from medunit.errors import AuthenticationError, ConflictError
from medunit.store.pg.connect import connect
from medunit.store.pg.url import parse_server_url
from tests.support.pg import Cluster


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

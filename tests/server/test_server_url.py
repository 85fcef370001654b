"""The unit-server URL: TLS with certificate check by default, weaker modes only on this machine, one
server only, nothing a URL could use to steer libpq around the network guard."""

from __future__ import annotations

import pytest

from medunit.errors import ValidationError
from medunit.store.pg.url import is_server_url, parse_server_url


def test_defaults_and_socket_form() -> None:
    url = parse_server_url("postgresql://medunit.unit.example:6432/medunit")
    assert (url.host, url.port, url.dbname, url.sslmode, url.is_socket) == (
        "medunit.unit.example", 6432, "medunit", "verify-full", False,
    )  # fmt: skip
    sock = parse_server_url("postgresql:///medunit?host=/var/run/postgresql&sslmode=disable")
    assert (sock.host, sock.port, sock.is_socket) == ("/var/run/postgresql", 5432, True)
    assert sock.shown() == "postgresql:///medunit?host=/var/run/postgresql"
    secret = parse_server_url("postgresql://dba:s%40cret@127.0.0.1/medunit?sslmode=require&connect_timeout=3")
    assert (secret.user, secret.password, secret.connect_timeout) == ("dba", "s@cret", 3)
    assert "s@cret" not in secret.shown()
    assert is_server_url("postgresql://h/db") and is_server_url("POSTGRES://h/db")
    assert not is_server_url("/home/unit/store") and not is_server_url("postgresql-store")


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("mysql://h/db", "not a postgresql://"),
        ("postgresql://h/db?sslmode=disable", "sslmode=verify-full"),
        ("postgresql://h/db?sslmode=prefer", "sslmode must be one of"),
        ("postgresql://a,b/db", "exactly one server"),
        ("postgresql:///db?host=a,b&sslmode=disable", "exactly one server"),
        ("postgresql://h/db?hostaddr=10.0.0.1", "'hostaddr' is not supported"),
        ("postgresql://h/db?service=x", "'service' is not supported"),
        ("postgresql://h/db?sslmode=require&sslmode=verify-full", "twice"),
        ("postgresql://h", "names no database"),
        ("postgresql://h:99999/db", "port"),
        ("postgresql:///db", "names no host"),
        ("postgresql://h/db?connect_timeout=0", "connect_timeout"),
        ("postgresql://h/db?connect_timeout=x", "connect_timeout"),
    ],
)
def test_refused_urls(text: str, says: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_server_url(text)
    assert says in info.value.message


def test_loopback_by_name_may_skip_tls() -> None:
    assert parse_server_url("postgresql://localhost/unit?sslmode=disable").sslmode == "disable"

"""The unit server's address: a ``postgresql://`` URL, checked before anything connects.

Only what medunit understands is accepted, so a URL cannot smuggle a second host (``host=a,b``), a
``hostaddr`` that bypasses the network guard, or a service file. TLS is required with the server's
certificate checked against its name (``sslmode=verify-full``, the default); a weaker mode is accepted
only where the traffic never leaves this machine (a Unix socket or a loopback address).
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from urllib.parse import parse_qsl, unquote, urlsplit

from medunit.errors import ValidationError

SCHEMES = ("postgresql", "postgres")
DEFAULT_PORT = 5432
SSLMODES = ("verify-full", "verify-ca", "require", "disable")
_PARAMS = {"sslmode", "sslrootcert", "sslcert", "sslkey", "connect_timeout", "host"}


def is_server_url(text: str) -> bool:
    """Whether a store location names a unit server rather than a folder."""
    return text.split("://", 1)[0].lower() in SCHEMES and "://" in text


@dataclass(frozen=True)
class ServerUrl:
    host: str  # a host name or address, or (starting with '/') the folder of the server's Unix socket
    port: int
    dbname: str
    user: str | None = None
    password: str | None = None
    sslmode: str = "verify-full"
    sslrootcert: str | None = None
    sslcert: str | None = None
    sslkey: str | None = None
    connect_timeout: int = 10

    @property
    def is_socket(self) -> bool:
        return self.host.startswith("/")

    def shown(self) -> str:
        """The URL without its password, for messages and logs."""
        who = f"{self.user}@" if self.user else ""
        where = f"?host={self.host}" if self.is_socket else ""
        at = "" if self.is_socket else f"{self.host}:{self.port}"
        return f"postgresql://{who}{at}/{self.dbname}{where}"


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def parse_server_url(text: str) -> ServerUrl:
    """Parse and check a unit-server URL; a ValidationError says what is wrong in words."""
    parts = urlsplit(text.strip())
    if parts.scheme.lower() not in SCHEMES:
        raise ValidationError("'{url}' is not a postgresql:// URL.", url=text)
    params: dict[str, str] = {}
    for name, value in parse_qsl(parts.query, keep_blank_values=True):
        if name not in _PARAMS:
            raise ValidationError("The server URL parameter '{name}' is not supported.", name=name)
        if name in params:
            raise ValidationError("The server URL names '{name}' twice.", name=name)
        params[name] = value
    netloc_host = unquote(parts.hostname or "")
    host = params.pop("host", "") or netloc_host
    if not host:
        raise ValidationError("The server URL names no host (or Unix-socket folder).")
    if "," in (parts.netloc + host):
        raise ValidationError("The server URL must name exactly one server.")
    try:
        port = parts.port or DEFAULT_PORT
    except ValueError:
        raise ValidationError("The server URL's port is not a number from 1 to 65535.") from None
    dbname = unquote(parts.path.lstrip("/"))
    if not dbname or "/" in dbname:
        raise ValidationError("The server URL names no database (postgresql://host/DATABASE).")
    sslmode = params.pop("sslmode", "verify-full")
    if sslmode not in SSLMODES:
        raise ValidationError("sslmode must be one of: {modes}.", modes=", ".join(SSLMODES))
    if sslmode != "verify-full" and not (host.startswith("/") or _is_loopback(host)):
        raise ValidationError(
            "A unit server on the network needs TLS with its certificate checked (sslmode=verify-full); "
            "'{mode}' is allowed only on this machine (Unix socket or loopback).",
            mode=sslmode,
        )
    timeout_text = params.pop("connect_timeout", "10")
    if not timeout_text.isdigit() or not 1 <= int(timeout_text) <= 300:
        raise ValidationError("connect_timeout must be a whole number of seconds from 1 to 300.")
    return ServerUrl(
        host=host,
        port=port,
        dbname=dbname,
        user=unquote(parts.username) if parts.username else None,
        password=unquote(parts.password) if parts.password else None,
        sslmode=sslmode,
        sslrootcert=params.get("sslrootcert"),
        sslcert=params.get("sslcert"),
        sslkey=params.get("sslkey"),
        connect_timeout=int(timeout_text),
    )

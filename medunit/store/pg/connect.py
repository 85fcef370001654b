"""The one place medunit opens a connection to the unit server.

The network guard cannot see libpq's socket (it is opened in C), so the destination is checked here:
the host is resolved once, admitted as the process's one network destination, and libpq is given the
checked address (``hostaddr``) while ``host`` stays the name the TLS certificate is verified against.
"""

from __future__ import annotations

import socket
from typing import Any

import psycopg

from medunit import netguard
from medunit.errors import AuthenticationError, ConflictError
from medunit.store.pg.url import ServerUrl

#: Seconds a statement waits for a lock another connection holds before it fails ("busy, try again"): long
#: enough for any other workstation's transaction to end, short enough that a stuck one does not hang this
#: one. A module value so a test that waits it out on purpose can set it short; the product never changes it.
LOCK_TIMEOUT_S = 10


def connect(
    url: ServerUrl, user: str | None = None, password: str | None = None, **kwargs: Any
) -> psycopg.Connection[Any]:
    """Connect as ``user`` (default: the URL's) to the configured server and nowhere else."""
    params: dict[str, Any] = {
        "dbname": url.dbname,
        "port": url.port,
        "user": user or url.user,
        "password": password if password is not None else url.password,
        "sslmode": url.sslmode,
        "connect_timeout": url.connect_timeout,
        "application_name": "medunit",
        # a row lock held by a stuck workstation fails a waiting write after LOCK_TIMEOUT_S instead of hanging
        # it, and a transaction left open for a minute is ended by the server (its locks with it)
        "options": (
            f"-c search_path=medunit -c lock_timeout={LOCK_TIMEOUT_S}s -c idle_in_transaction_session_timeout=60s"
        ),
        # no service file, no password file: what connects is what the URL and the caller say
        "service": None,
        "passfile": "/dev/null",
    }
    params.update({k: v for k, v in (("sslrootcert", url.sslrootcert), ("sslcert", url.sslcert),
                                     ("sslkey", url.sslkey)) if v})  # fmt: skip
    params["host"] = url.host
    if not url.is_socket:
        try:
            addresses = netguard.allow_server(url.host, url.port)
        except socket.gaierror as exc:
            raise ConflictError(
                "The unit server {host} cannot be found ({detail}).", host=url.host, detail=exc.strerror
            ) from None
        netguard.check_destination(addresses[0], url.port)
        params["hostaddr"] = addresses[0]
    params = {k: v for k, v in params.items() if v is not None}
    try:
        return psycopg.connect(**params, **kwargs)
    except psycopg.OperationalError as exc:
        text = str(exc)
        if "password authentication failed" in text or "no password supplied" in text:
            raise AuthenticationError("The unit server refused the user name or password.") from None
        detail = text.strip().splitlines()[-1] if text.strip() else "no reason given"
        raise ConflictError(
            "The unit server {url} cannot be reached: {detail}", url=url.shown(), detail=detail
        ) from None

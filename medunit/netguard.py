"""No network but the unit server: the medunit process refuses every outgoing IP connection except to
the one configured PostgreSQL server.

An audit hook sees every ``socket.connect`` before it happens. Local (AF_UNIX) sockets stay allowed:
the OS keychain is reached over D-Bus on one, and a unit server on this host may be reached on its
socket. :func:`allow_server` admits exactly one destination (the addresses its host name resolves to
at that moment, on its one port, TCP only), once per process: a second, different destination is
refused, so a process configured for one server cannot be talked into reaching another.
libpq (inside psycopg) opens its socket in C where no audit hook sees it, so
``medunit.store.pg.connect`` calls :func:`check_destination` first and hands libpq the very address
it checked (``hostaddr``), and is the only place medunit opens a database connection (a test holds it).

Installing the guard imports nothing: ``socket`` and ``ipaddress`` are loaded only when a socket event or
the unit server's address has to be judged (about 3 ms of a cold start, issue 15). That leaves no gap. The
hook is registered with the interpreter itself (``sys.addaudithook``), not on the ``socket`` module, so it
sees every socket whichever module makes it and whenever that module is imported; and the events it
judges are raised by ``_socket`` itself, so whenever one arrives ``_socket`` is already loaded and its
constants are read from there. The entry points install it first thing in ``main``, before any code that
could open a connection runs (before that only module-level definitions have run: imports that do no I/O).
"""

from __future__ import annotations

import sys
from typing import Any

_installed = False
_allowed: frozenset[tuple[str, int]] = frozenset()


class NetworkRefusedError(PermissionError):
    pass


def _normal(ip: str) -> str:
    import ipaddress  # only once an address is judged: not at start-up

    return str(ipaddress.ip_address(ip.split("%", 1)[0]))


def _hook(event: str, args: tuple[Any, ...]) -> None:
    if event in ("socket.connect", "socket.sendto", "socket.sendmsg"):
        import _socket  # raised these events, so it is loaded: a look-up, not an import

        sock = args[0]
        if getattr(sock, "family", None) in (_socket.AF_INET, _socket.AF_INET6):
            if event == "socket.connect" and getattr(sock, "type", None) == _socket.SOCK_STREAM:
                check_destination(args[1][0], args[1][1])
                return
            raise NetworkRefusedError("medunit opens no network connections")


def check_destination(host: str, port: int) -> None:
    """Refuse unless (IP address, port) is the configured unit server's."""
    try:
        ip = _normal(host)
    except ValueError:
        raise NetworkRefusedError("medunit connects by address only (a name was not resolved first)") from None
    if (ip, int(port)) not in _allowed:
        raise NetworkRefusedError(f"medunit opens no network connections but to its unit server (not {ip}:{port})")


def allow_server(host: str, port: int) -> tuple[str, ...]:
    """Admit the unit server at ``host``:``port`` (and nothing else); returns the addresses admitted.

    Once per process: the same server again is fine, any other is refused."""
    global _allowed
    import socket  # not at start-up: only a unit server's address needs it

    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    ips = tuple(dict.fromkeys(_normal(str(info[4][0])) for info in infos))
    wanted = frozenset((ip, int(port)) for ip in ips)
    if _allowed and not wanted <= _allowed:
        raise NetworkRefusedError(f"this medunit process is bound to one unit server; {host}:{port} is another")
    _allowed = _allowed or wanted
    return tuple(ip for ip, _ in sorted(_allowed & wanted))


def install() -> None:
    """Install once per process (audit hooks cannot be removed)."""
    global _installed
    if not _installed:
        sys.addaudithook(_hook)
        _installed = True

"""No network: the medunit process refuses every outgoing IP connection.

An audit hook sees every ``socket.connect`` before it happens. Local (AF_UNIX) sockets stay allowed:
the OS keychain is reached over D-Bus on one.
"""

from __future__ import annotations

import socket
import sys
from typing import Any

_installed = False


class NetworkRefusedError(PermissionError):
    pass


def _hook(event: str, args: tuple[Any, ...]) -> None:
    if event in ("socket.connect", "socket.sendto", "socket.sendmsg"):
        sock = args[0]
        if getattr(sock, "family", None) in (socket.AF_INET, socket.AF_INET6):
            raise NetworkRefusedError("medunit opens no network connections")


def install() -> None:
    """Install once per process (audit hooks cannot be removed)."""
    global _installed
    if not _installed:
        sys.addaudithook(_hook)
        _installed = True

"""The medunit process refuses every outgoing IP connection (audit hook), while local sockets work."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = r"""
import socket, sys
from medunit import netguard
server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(("127.0.0.1", 0)); server.listen(1)
port = server.getsockname()[1]
socket.create_connection(("127.0.0.1", port), timeout=2).close()   # allowed before the guard
netguard.install()
for family, addr in ((socket.AF_INET, ("127.0.0.1", port)),):
    s = socket.socket(family, socket.SOCK_STREAM)
    try:
        s.connect(addr)
    except netguard.NetworkRefusedError:
        print("refused-connect")
    s.close()
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
try:
    u.sendto(b"x", ("127.0.0.1", 9))
except netguard.NetworkRefusedError:
    print("refused-sendto")
a, b = socket.socketpair(socket.AF_UNIX)
a.sendall(b"ok"); print("unix", b.recv(2).decode())
netguard.install()  # idempotent
"""


def test_no_outgoing_connections() -> None:
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True, env={"PYTHONPATH": str(root)}
    )
    assert out.stdout.split() == ["refused-connect", "refused-sendto", "unix", "ok"]


def test_entry_points_install_the_guard() -> None:
    import inspect

    from medunit.cli import main as cli_main
    from medunit.gui import app

    assert "netguard.install()" in inspect.getsource(cli_main.run)
    assert "netguard.install()" in inspect.getsource(app.main)

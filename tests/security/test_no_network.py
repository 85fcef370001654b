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


def test_the_guard_is_the_first_thing_the_entry_points_do() -> None:
    """Before the policy is read, a window shown or a store opened (docs/unit-server.md): the first
    statement after the docstring."""
    import ast
    import inspect
    import textwrap

    from medunit.cli import main as cli_main
    from medunit.gui import app

    for function in (cli_main.run, app.main):
        body = ast.parse(textwrap.dedent(inspect.getsource(function))).body[0]
        assert isinstance(body, ast.FunctionDef)
        statements = [s for s in body.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
        assert ast.unparse(statements[0]) == "netguard.install()", function.__qualname__


LATE_IMPORT_SCRIPT = r"""
import sys
from medunit import netguard
netguard.install()
print("socket-loaded" if "socket" in sys.modules else "socket-not-loaded")  # the guard imports nothing
server_port, other_port = int(sys.argv[1]), int(sys.argv[2])
import http.client  # a module (and socket with it) imported after the guard: still watched
def attempt(name, fn):
    try:
        fn()
        print(name, "ok")
    except netguard.NetworkRefusedError:
        print(name, "refused")
def http_get(port):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
    try:
        conn.connect()
    finally:
        conn.close()
attempt("http-before-config", lambda: http_get(server_port))
import socket
netguard.allow_server("127.0.0.1", server_port)
attempt("server", lambda: socket.create_connection(("127.0.0.1", server_port), timeout=2).close())
attempt("http-to-server", lambda: http_get(server_port))
attempt("http-to-other-port", lambda: http_get(other_port))
attempt("raw-to-other-port", lambda: __import__("_socket").socket().connect(("127.0.0.1", other_port)))
"""


def test_modules_imported_after_the_guard_are_watched_and_the_server_stays_reachable() -> None:
    """The guard is installed before ``socket`` is loaded (start-up, issue 15): a connection through a module
    imported later, even raw ``_socket``, is refused, and the configured unit server is still reached."""
    import socket

    root = Path(__file__).resolve().parents[2]
    listeners = [socket.create_server(("127.0.0.1", 0)) for _ in range(2)]
    try:
        ports = [str(s.getsockname()[1]) for s in listeners]
        out = subprocess.run(
            [sys.executable, "-c", LATE_IMPORT_SCRIPT, *ports],
            capture_output=True, text=True, check=True, env={"PYTHONPATH": str(root)}, timeout=60,
        )  # fmt: skip
    finally:
        for s in listeners:
            s.close()
    assert out.stdout.splitlines() == [
        "socket-not-loaded",
        "http-before-config refused",
        "server ok",
        "http-to-server ok",
        "http-to-other-port refused",
        "raw-to-other-port refused",
    ]

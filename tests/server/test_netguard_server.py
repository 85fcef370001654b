"""The network guard admits exactly the configured unit server: its address and port over TCP, or its
Unix socket; every other IP destination stays refused, including through libpq (which opens its socket
in C, out of the audit hook's sight) and including a second server named later in the same process."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

from tests.support.pg import Cluster

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import json, socket, sys
from medunit import netguard
from medunit.errors import MedunitError
from medunit.store.pg.connect import connect
from medunit.store.pg.url import parse_server_url
tcp_url, socket_url, password = sys.argv[1], sys.argv[2], sys.argv[3]
other = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
other.bind(("127.0.0.1", 0)); other.listen(4)
other_port = other.getsockname()[1]
netguard.install()
out = {}
def attempt(name, fn):
    try:
        fn(); out[name] = "ok"
    except netguard.NetworkRefusedError:
        out[name] = "refused"
def sql(url):
    with connect(parse_server_url(url), password=password) as conn:
        conn.execute("SELECT 1").fetchone()
attempt("python-before-config", lambda: socket.create_connection(("127.0.0.1", other_port), timeout=2).close())
attempt("server-over-socket", lambda: sql(socket_url))
attempt("server-over-tcp", lambda: sql(tcp_url))
server_port = parse_server_url(tcp_url).port
attempt("python-to-server", lambda: socket.create_connection(("127.0.0.1", server_port), timeout=2).close())
attempt("python-to-other-port", lambda: socket.create_connection(("127.0.0.1", other_port), timeout=2).close())
attempt("libpq-to-other-port", lambda: sql(tcp_url.replace(f":{server_port}/", f":{other_port}/")))
attempt("libpq-to-other-host", lambda: sql(tcp_url.replace("127.0.0.1", "127.0.0.2")))
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
attempt("udp-to-server", lambda: u.sendto(b"x", ("127.0.0.1", server_port)))
print(json.dumps(out))
"""


def test_only_the_configured_server_is_reachable(pg_cluster: Cluster) -> None:
    tcp = pg_cluster.url(dbname="postgres") + "?sslmode=disable"
    sock = f"postgresql://medunit_dba@/postgres?host={pg_cluster.socket_dir}&sslmode=disable"
    sock = sock.replace("@/", f"@:{pg_cluster.port}/")
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT, tcp, sock, pg_cluster.password],
        capture_output=True, text=True, check=True, env={"PYTHONPATH": str(ROOT)}, timeout=120,
    )  # fmt: skip
    assert json.loads(out.stdout) == {
        "python-before-config": "refused",
        "server-over-socket": "ok",
        "server-over-tcp": "ok",
        "python-to-server": "ok",
        "python-to-other-port": "refused",
        "libpq-to-other-port": "refused",
        "libpq-to-other-host": "refused",
        "udp-to-server": "refused",
    }


def test_only_the_connect_module_opens_database_connections() -> None:
    """libpq's socket is invisible to the audit hook, so no other module may call psycopg.connect."""
    callers = []
    for path in (ROOT / "medunit").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if (
                isinstance(node, ast.Attribute)
                and node.attr == "connect"
                and (isinstance(node.value, ast.Name) and node.value.id == "psycopg")
            ):
                callers.append(path.relative_to(ROOT).as_posix())
    assert set(callers) == {"medunit/store/pg/connect.py"}

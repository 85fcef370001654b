"""The packaged medunit-admin reaches a real unit server with the psycopg and libpq of its own bundle.

Usage (scripts/ci-package.sh, after the build): python -m tests.support.bundle_server PATH/TO/medunit-admin

Starts a throw-away PostgreSQL cluster (tests/support/pg.py), then runs the bundled binary with a clean
environment (no PYTHONPATH, from ``/``, so nothing of this checkout or its virtual environment can be
imported): ``--version`` must name the bundle's libpq (psycopg's "binary" implementation), ``server init``
must set up a unit over TCP to 127.0.0.1 (SCRAM login, the network guard's one allowed destination), ``server
upgrade`` must apply its rules again, and ``audit verify --store URL`` must log in as the new unit admin's own
login role. Prints PASS lines; exits 1 with the binary's output on the first failure. The cluster is stopped
and deleted in every case.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import uuid

from tests.support.pg import start_cluster

PASSPHRASE = "bundle-check passphrase 1"


def _run(binary: str, args: list[str], env: dict[str, str]) -> str:
    clean = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "MEDUNIT_RESOURCES")}
    done = subprocess.run(
        [binary, *args], cwd="/", env={**clean, **env}, capture_output=True, text=True, timeout=300, check=False
    )
    out = done.stdout + done.stderr
    if done.returncode != 0:
        print(out)
        print(f"FAIL {os.path.basename(binary)} {' '.join(args[:2])}: exit {done.returncode}")
        raise SystemExit(1)
    return out


def main() -> None:
    binary = os.path.abspath(sys.argv[1])
    version = _run(binary, ["--version"], {})
    libpq = next((line for line in version.splitlines() if line.startswith("libpq ")), "")
    if "(bundled)" not in version or not libpq.endswith("binary)"):
        print(version)
        print("FAIL --version: not the bundle, or no bundled libpq (psycopg binary implementation)")
        raise SystemExit(1)
    print(f"PASS bundled driver: {libpq}")
    cluster = start_cluster()
    home = tempfile.mkdtemp(prefix="medunit-bundle-")
    try:
        db = "bundle_" + uuid.uuid4().hex[:10]
        cluster.createdb(db)
        env = {
            "HOME": home,
            "XDG_CONFIG_HOME": f"{home}/config",
            "XDG_DATA_HOME": f"{home}/data",
            "MEDUNIT_SERVER_PASSWORD": cluster.password,
            "MEDUNIT_NEW_PASSPHRASE": PASSPHRASE,
            "MEDUNIT_PASSPHRASE": PASSPHRASE,
        }
        url = f"postgresql://medunit_dba@127.0.0.1:{cluster.port}/{db}?sslmode=disable"
        out = _run(binary, ["server", "init", "--url", url, "--admin", "ida"], env)
        print(f"PASS bundled medunit-admin server init over TCP: {out.strip()}")
        out = _run(binary, ["server", "upgrade", "--url", url], env)  # a current server: its rules applied again
        print(f"PASS bundled medunit-admin server upgrade: {out.strip()}")
        out = _run(binary, ["audit", "verify", "--store", url.replace("medunit_dba@", ""), "--as", "ida"], env)
        print(f"PASS bundled medunit-admin audit verify on the server as the unit admin's login role: {out.strip()}")
    finally:
        cluster.stop()
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()

"""A throw-away PostgreSQL 15 cluster for the unit-server tests.

Started once per test session with ``initdb`` + ``pg_ctl`` from the Debian package, in a temporary folder
owned by a non-root system user: PostgreSQL refuses to run as root, and CI runs as root. The cluster
listens on a Unix socket inside that folder and on 127.0.0.1 at a free port, authenticates every role
(the superuser too) with SCRAM passwords, and is stopped and deleted at the end of the session.

If it cannot start, :func:`start_cluster` raises :class:`ClusterError` with the reason and the server log;
the fixture turns that into a test failure, never a skip: a suite that silently stops testing the server
backend would report green for code it never ran.
"""

from __future__ import annotations

import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

#: Debian's layout for the ``postgresql`` package (version 15 on Debian 12); overridable for other hosts.
BIN_DIR = Path(os.environ.get("MEDUNIT_PG_BINDIR", "/usr/lib/postgresql/15/bin"))
#: The system user the cluster runs as when the tests run as root (created if missing).
SYSTEM_USER = "medunit-test"
SUPERUSER = "medunit_dba"
_START_TIMEOUT_S = 60


class ClusterError(RuntimeError):
    """The throw-away cluster could not be set up; the message says why."""


@dataclass(frozen=True)
class Cluster:
    """A running cluster: where it listens and the superuser's (DBA's) credentials."""

    root: Path
    port: int
    password: str
    uid: int
    gid: int

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def socket_dir(self) -> Path:
        return self.root

    @property
    def host(self) -> str:
        return "127.0.0.1"

    def url(self, user: str = SUPERUSER, password: str | None = None, dbname: str = "postgres") -> str:
        """A ``postgresql://`` URL over TCP (the test server has no TLS: ``sslmode=disable`` is explicit)."""
        secret = self.password if password is None else password
        return f"postgresql://{quote(user, safe='')}:{quote(secret, safe='')}@{self.host}:{self.port}/{dbname}"

    def conninfo(self, user: str = SUPERUSER, password: str | None = None, dbname: str = "postgres") -> str:
        """A libpq keyword string over the Unix socket."""
        secret = self.password if password is None else password
        return f"host={self.socket_dir} port={self.port} user={user} password={secret} dbname={dbname}"

    def tool(self, name: str) -> str:
        return str(BIN_DIR / name)

    def run_as_owner(self, args: Sequence[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        """Run a PostgreSQL client tool (pg_dump, psql) as the cluster's owner, output captured."""
        return _run(args, self.uid, self.gid, self.root, env)

    def createdb(self, name: str) -> None:
        import psycopg

        with psycopg.connect(self.conninfo(), autocommit=True) as conn:
            # FILE_COPY (PostgreSQL 15's default is WAL_LOG): the template's files are copied instead of
            # written to the WAL page by page; with some 450 databases per run, WAL_LOG left ~1 GB of WAL and
            # made deleting the cluster at the end take 20-40 s.
            conn.execute(f'CREATE DATABASE "{name}" STRATEGY = FILE_COPY')

    def stop(self) -> None:
        """Stop the server (fast shutdown) and delete its folder."""
        try:
            _run([self.tool("pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop"], self.uid, self.gid, self.root)
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


def _run(
    args: Sequence[str], uid: int, gid: int, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    as_other = os.geteuid() != uid
    base = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C.UTF-8", "HOME": str(cwd)}
    return subprocess.run(
        list(args),
        cwd=cwd,
        env={**base, **(env or {})},
        user=uid if as_other else None,
        group=gid if as_other else None,
        extra_groups=[] if as_other else None,
        capture_output=True,
        text=True,
        timeout=_START_TIMEOUT_S,
        check=False,
    )


def _owner() -> tuple[int, int]:
    """Ourselves when not root; otherwise the ``medunit-test`` system user, created when missing."""
    if os.geteuid() != 0:
        return os.geteuid(), os.getegid()
    try:
        entry = pwd.getpwnam(SYSTEM_USER)
    except KeyError:
        made = subprocess.run(
            ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", SYSTEM_USER],
            capture_output=True,
            text=True,
            check=False,
        )
        if made.returncode != 0 and "already exists" not in made.stderr:
            raise ClusterError(f"cannot create the system user {SYSTEM_USER}: {made.stderr.strip()}") from None
        entry = pwd.getpwnam(SYSTEM_USER)
    return entry.pw_uid, entry.pw_gid


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _check(result: subprocess.CompletedProcess[str], what: str, log: Path | None = None) -> None:
    if result.returncode == 0:
        return
    detail = (result.stderr or result.stdout).strip()
    if log is not None and log.exists():
        detail += "\n--- server log ---\n" + log.read_text(errors="replace")[-4000:]
    raise ClusterError(f"{what} failed (exit {result.returncode}): {detail}")


def start_cluster(*, durable: bool = False) -> Cluster:
    """initdb + pg_ctl start in a fresh temporary folder; raises ClusterError with the reason.

    The suite's cluster skips fsync (nothing in it must survive a crash); ``durable`` keeps PostgreSQL's
    defaults (fsync, synchronous commit, full-page writes), as on a unit's server: what a benchmark that
    compares with the file store's fsynced commits must use."""
    for name in ("initdb", "pg_ctl", "postgres"):
        if not (BIN_DIR / name).exists():
            raise ClusterError(
                f"{BIN_DIR / name} is missing: install the Debian 'postgresql' package (scripts/bootstrap.sh does)"
            )
    uid, gid = _owner()
    root = Path(tempfile.mkdtemp(prefix="medunit-pg-"))
    try:
        os.chown(root, uid, gid)
        os.chmod(root, 0o700)
        password = secrets.token_urlsafe(24)
        pwfile = root / "pw"
        pwfile.write_text(password + "\n")
        os.chown(pwfile, uid, gid)
        _check(
            _run(
                [
                    str(BIN_DIR / "initdb"),
                    "-D", str(root / "data"),
                    "-U", SUPERUSER,
                    f"--pwfile={pwfile}",
                    "--auth=scram-sha-256",
                    "--encoding=UTF8",
                    "--no-locale",
                    "--no-sync",
                ],
                uid, gid, root,
            ),
            "initdb",
        )  # fmt: skip
        pwfile.unlink()
        log = root / "server.log"
        # The free port is probed, then bound by the server a moment later: another cluster starting at the
        # same time (the other test worker, a mutation run of check_promises) can take it in between. The
        # server then says so in its log, and this start tries the next free port.
        for attempt in range(3):
            port = _free_port()
            options = f"-k {root} -p {port} -c listen_addresses=127.0.0.1 -c max_connections=60"
            options += (
                " -c shared_buffers=128MB"
                if durable
                else (" -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=32MB")
            )
            started = _run(
                [str(BIN_DIR / "pg_ctl"), "-D", str(root / "data"), "-l", str(log), "-o", options, "-w", "start"],
                uid, gid, root,
            )  # fmt: skip
            taken = log.exists() and "Address already in use" in log.read_text(errors="replace")
            if started.returncode == 0 or not taken or attempt == 2:
                break
            log.unlink()
        _check(started, "pg_ctl start", log)
    except BaseException:
        shutil.rmtree(root, ignore_errors=True)
        raise
    return Cluster(root=root, port=port, password=password, uid=uid, gid=gid)

"""``store migrate`` at a unit's scale: a file store of N synthetic cases (sealed content, ~10 entries per
case) and N signed access-log entries moved to a throw-away PostgreSQL 15 cluster; writes
docs/benchmarks-migrate.md.

Run: PYTHONPATH=. .venv/bin/python tests/bench/bench_migrate.py [--quick]   (10k cases with --quick, else
10k and 100k). The cluster is the test suite's (tests/support/pg.py: fsync off, so the figures are the
copy and the checks, not the server's disk).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.bench.bench_store import fill  # noqa: E402
from tests.support.bench_env import use_bench_environment  # noqa: E402

PASS = "correct horse battery staple"
LINES: list[str] = []


def out(line: str = "") -> None:
    print(line, flush=True)
    LINES.append(line)


def _log(session: object, n: int) -> None:
    """``n`` access-log entries as reads write them, signed per transaction of 1,000 as the guard does."""
    from medunit.services.session import Session, utc_now
    from medunit.store import access_log

    assert isinstance(session, Session)
    db = session.vault.db
    for first in range(0, n, 1000):
        with db.transaction():
            last = min(first + 1000, n)
            for i in range(first, last):
                entry = access_log.LogEntry(
                    at=utc_now(), user="alice", role="unit-admin", responsible="alice", action="case.read",
                    outcome="granted", workstation="bench", case_ref=f"SYN-{i:07d}", basis="role:unit-admin",
                )  # fmt: skip
                access_log.append(db, entry, session.log_key, session.signer, sign=i == last - 1)


def run(tmp: Path, n: int, cluster: object) -> None:
    from medunit.config.policy import load_policy
    from medunit.domain.roles import GLASS, HEALTH
    from medunit.services import migrate, sealing, stores
    from medunit.store import content
    from tests.support.pg import Cluster

    assert isinstance(cluster, Cluster)
    policy = load_policy()
    root = tmp / f"store{n}"
    session, code = stores.create_store(root, "alice", PASS, policy, binding=False)
    t = time.perf_counter()
    keys = sealing.compartment_keys(session, {HEALTH, GLASS}, code)  # lent by the recovery code, as demo seed does
    with content.lent_keys(session.vault.db, keys):
        fill(session.vault.db, n)
    _log(session, n)
    session.vault.db.pragma("wal_checkpoint(TRUNCATE)")
    session.close()
    seed_s = time.perf_counter() - t
    size = (root / "medunit.db").stat().st_size / 1e6
    name = "bench" + uuid.uuid4().hex[:8]
    cluster.createdb(name)
    url = cluster.url(dbname=name) + "?sslmode=disable"
    first: list[float] = []
    last: dict[str, float] = {}

    def progress(phase: str, done: int, total: int) -> None:
        now = time.perf_counter()
        first.append(now) if not first else None
        last[phase.split(" ")[0]] = now

    t = time.perf_counter()
    report = migrate.migrate_store(root, url, "alice", PASS, code, policy, dba_password=None, progress=progress)
    total_s = time.perf_counter() - t
    before_s = first[0] - t
    copy_s = last["copied"] - first[0]
    check_s = last["verified"] - last["copied"]
    after_s = total_s - before_s - copy_s - check_s
    out(
        f"| {n:,} | {report.total_rows:,} | {report.log_entries:,} | {size:.0f} MB | {before_s:.1f} s | {copy_s:.1f} s "
        f"| {check_s:.1f} s | {after_s:.1f} s | {total_s:.1f} s | {report.total_rows / total_s:,.0f} |"
    )
    print(f"(seeding took {seed_s:.0f} s)", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    from tests.support.pg import start_cluster

    tmp = Path(tempfile.mkdtemp(prefix="medunit-bench-migrate-"))
    use_bench_environment(tmp)
    out("# medunit store migrate benchmark")
    out()
    out(
        f"Machine: {platform.node() or 'unknown'}, {platform.machine()}, {os.cpu_count()} cores (shared), load "
        f"{os.getloadavg()[0]:.1f}, Python {platform.python_version()}. Date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC. "
        "Command: `PYTHONPATH=. .venv/bin/python tests/bench/bench_migrate.py`. One run per size. Synthetic "
        "cases (~10 sealed entries each) plus one signed access-log entry per case. 'before' is the unlock, "
        "`verify` of the file store (pages, key slots, signed log) and the checks; 'copy' is COPY of every row; "
        "'compare' is every row read back and compared by hash; 'after' is the server's log verification, the "
        "commit, the administrator's login and `verify` on the server, and the folder's retirement."
    )
    out()
    out("| cases | rows | log entries | store file | before | copy | compare | after | total | rows/s |")
    out("|---|---|---|---|---|---|---|---|---|---|")
    cluster = start_cluster()
    try:
        for n in (10_000,) if args.quick else (10_000, 100_000):
            run(tmp, n, cluster)
    finally:
        cluster.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    (ROOT / "docs" / "benchmarks-migrate.md").write_text("\n".join(LINES) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

"""Backup and restore at 10,000 and 100,000 cases, as a ratio to ``cp`` of the same files; and the 10,000-case
round trip (every row identical, ``verify`` and ``audit verify`` pass). Writes docs/benchmarks-backup.md.

Run: PYTHONPATH=. .venv/bin/python tests/bench/bench_backup.py [--quick]   (--quick: 10,000 cases only)

``cp`` is timed with ``sync`` of the copies, since a backup flushes its files before it is renamed into place.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.bench.bench_store import fill  # noqa: E402
from tests.support import raw_sqlcipher  # noqa: E402
from tests.support.bench_env import use_bench_environment  # noqa: E402

PASS = "correct horse battery staple"
LINES: list[str] = []


def out(line: str = "") -> None:
    print(line, flush=True)
    LINES.append(line)


def _cp(files: list[Path], dest: Path) -> float:
    dest.mkdir()
    t = time.perf_counter()
    subprocess.run(["cp", *map(str, files), str(dest)], check=True)
    subprocess.run(["sync", *(str(dest / f.name) for f in files)], check=True)
    return time.perf_counter() - t


def _rows(db: Path, key: bytes) -> dict[str, list[tuple[object, ...]]]:

    conn = raw_sqlcipher.connect(db, key)
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    found = {n: sorted(conn.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr) for n in names}
    conn.close()
    return found


def _purged(db: Path, key: bytes, settings: dict[str, object]) -> dict[str, set[object]]:
    """Ids past their retention in the backup (defaults: recordings 28 days, closed cases 7 years)."""

    from medunit.domain.retention import RULES, DataKind, cutoff

    now = datetime.now(UTC)
    before = {rule.kind: cutoff(rule, settings, now).isoformat() for rule in RULES}
    conn = raw_sqlcipher.connect(db, key)
    cases = {
        r[0]
        for r in conn.execute(
            "SELECT id FROM cases WHERE closed_at IS NOT NULL AND closed_at < ?", (before[DataKind.CLOSED_CASE],)
        )
    }
    entries = {
        r[0]
        for r in conn.execute(
            "SELECT id, case_id FROM health_entries WHERE kind = 'recording' AND recorded_at < ?",
            (before[DataKind.RECORDING],),
        )
    }
    entries |= {r[0] for r in conn.execute("SELECT id, case_id FROM health_entries") if r[1] in cases}
    conn.close()
    return {"cases": cases, "health_entries": entries}


def run(tmp: Path, n: int) -> None:
    from medunit.config.policy import load_policy
    from medunit.services import audit, backup, exports, stores

    policy = load_policy()
    root = tmp / f"store{n}"
    session, _code = stores.create_store(root, "alice", PASS, policy, binding=False)
    fill(session.vault.db, n)
    session.vault.db.pragma("wal_checkpoint(TRUNCATE)")
    public = backup.trusted_ca_public(exports.public_key(session).file_text)
    key = session.vault.bag.data_key

    creates = []
    for _ in range(3):
        t = time.perf_counter()
        info = backup.create_backup(session, tmp / f"backups{n}")
        creates.append(time.perf_counter() - t)
    session.close()
    create_s = statistics.median(creates)
    cp_store = statistics.median(
        _cp([root / "medunit.db", root / "keyslots.json"], tmp / f"cp-store{n}-{i}") for i in range(3)
    )

    t = time.perf_counter()
    report = backup.verify_backup(info.folder, public)
    verify_s = time.perf_counter() - t
    assert report.ok, report.problems

    restores = []
    for i in range(3):
        target = tmp / f"restored{n}-{i}"
        t = time.perf_counter()
        backup.restore_backup(info.folder, target, "alice", PASS, policy)
        restores.append(time.perf_counter() - t)
    restore_s = statistics.median(restores)
    cp_backup = statistics.median(
        _cp([info.folder / "medunit.db", info.folder / "keyslots.json"], tmp / f"cp-backup{n}-{i}") for i in range(3)
    )

    size = sum(info.sizes.values()) / 1e6
    out(
        f"| {n:,} | {size:.0f} MB | {create_s:.2f} s | {cp_store:.2f} s | {create_s / cp_store:.1f}× | "
        f"{verify_s:.2f} s | {restore_s:.2f} s | {cp_backup:.2f} s | {restore_s / cp_backup:.1f}× |"
    )

    if n == 10_000:  # the round trip: every row identical, the log grown only by unlock and restore
        before, after = _rows(info.folder / "medunit.db", key), _rows(target / "medunit.db", key)
        purged = _purged(info.folder / "medunit.db", key, {k: v.value for k, v in policy.settings.items()})
        for table, rows in before.items():
            if table in ("access_log", "meta"):
                continue
            assert set(after[table]) <= set(rows), table  # nothing changed, nothing added
            if table in purged:  # and exactly what was past its retention is gone
                assert {r[0] for r in rows} - {r[0] for r in after[table]} == purged[table], table
            elif table in ("users", "persons", "criminal_records"):  # tables no purge touches
                assert after[table] == rows, table
        assert set(before["access_log"]) <= set(after["access_log"])
        restored = stores.unlock(target, "alice", PASS, policy)
        try:
            from medunit.services import admin

            assert admin.verify_store(restored).ok
            assert audit.verify_log(restored).ok
        finally:
            restored.close()
        ROUND_TRIP.append(
            f"Round trip at 10,000 cases: {len(before['cases']):,} cases, {len(before['health_entries']):,} entries "
            f"and {len(before['access_log']):,} log entries in the backup; after restore every row is identical "
            f"except what the retention purge deleted at once ({len(purged['cases']):,} cases closed over "
            f"7 years ago, {len(purged['health_entries']):,} entries: those cases' and recordings over 28 days "
            "old); the log kept every entry and gained the unlock, purge and restore entries; `verify` and "
            "`audit verify` pass."
        )
    for path in tmp.iterdir():
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)


ROUND_TRIP: list[str] = []


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="medunit-bench-backup-"))
    use_bench_environment(tmp)
    out("# medunit backup benchmarks")
    out()
    out(
        f"Machine: {platform.node() or 'unknown'}, {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}. Date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC. Command: "
        "`PYTHONPATH=. .venv/bin/python tests/bench/bench_backup.py`. Synthetic data (~10 entries per case). "
        "Medians of 3 runs; `cp` includes `sync` of the copies; restore includes the unlock (KDF at test cost) "
        "and the retention purge."
    )
    out()
    out(
        "| cases | backup size | backup create | cp + sync | ratio | verify | restore (incl. purge, unlock) "
        "| cp + sync | ratio |"
    )
    out("|---|---|---|---|---|---|---|---|---|")
    try:
        for n in (10_000,) if args.quick else (10_000, 100_000):
            run(tmp, n)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    out()
    for line in ROUND_TRIP:
        out(line)
    (ROOT / "docs" / "benchmarks-backup.md").write_text("\n".join(LINES) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

"""The case list's refresh (issue 12 point 4): what one tick costs when nothing changed, and how soon another
workstation's new case is seen, on the local file store and on the unit server (same run).

Run: PYTHONPATH=. QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_refresh.py [--cases N] [--rounds R]
Builds a unit with N cases on each backend (file store: demo seed; server: N intakes), in a temporary folder
and on a throw-away PostgreSQL cluster as the test suite starts one, then measures, as the advisor's window
asks them through services/changes.py:
- an idle tick (nothing changed anywhere): median / p95 of ChangeWatch.poll();
- a tick after another session committed something that is no case change (its own list read's log entry);
- a tick that finds a new case (another session's import), and the list read again (CaseListModel.refresh of
  the loaded first page, one logged query);
- the delay from the other session's commit returning to the watch naming the case (polled every 1 ms).
Printed as Markdown rows for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def _stats(samples: list[float]) -> str:
    from tests.bench.bench_store import med, p95

    return f"{med(samples) * 1e3:.3f} / {p95(samples) * 1e3:.3f} ms"


def run(backend: str, location: Path | str, cases: int, rounds: int) -> list[str]:
    from PySide6.QtWidgets import QApplication

    from medunit.config.policy import load_policy
    from medunit.domain.roles import Role
    from medunit.gui.models import CaseListModel
    from medunit.services import demo, intake, records
    from medunit.services.changes import ChangeWatch
    from tests.bench.bench_store import timed
    from tests.support.unit import TODAY, intake_json, make_unit

    QApplication.instance() or QApplication([])
    unit = make_unit(location, load_policy())
    try:
        advisor, staff = unit[Role.MEDICAL_ADVISOR], unit[Role.UNIT_STAFF]
        if backend == "file":
            demo.seed(unit[Role.UNIT_ADMIN], cases, recovery_code=unit.recovery_code)
        else:  # the server refuses the administrator's demo seeding (restricted content): import them
            for i in range(cases):
                intake.import_intake(advisor, intake_json(f"GS-2026-{i:06d}"), TODAY)
        model = CaseListModel(advisor)
        model.reload()
        watch = ChangeWatch(advisor)
        time.sleep(0.2)
        watch.poll()  # whatever the seeding left behind
        idle = timed(watch.poll, rounds)
        other_commit: list[float] = []
        for _ in range(max(1, rounds // 20)):
            records.list_cases(staff, records.CaseQuery(), 0, 1)
            time.sleep(0.01)
            t = time.perf_counter()
            assert not watch.poll()
            other_commit.append(time.perf_counter() - t)
        found: list[float] = []
        refresh: list[float] = []
        delay: list[float] = []
        for i in range(max(1, rounds // 50)):
            reference = f"{'BF' if backend == 'file' else 'BS'}-2026-{i:06d}"
            intake.import_intake(staff, intake_json(reference, received_at="2026-11-25"), TODAY)  # on top
            committed = time.perf_counter()
            while True:
                t = time.perf_counter()
                changes = watch.poll()
                if changes:
                    found.append(time.perf_counter() - t)
                    delay.append(time.perf_counter() - committed)
                    break
                time.sleep(0.001)
            t = time.perf_counter()
            assert model.refresh()
            refresh.append(time.perf_counter() - t)
        watch.close()
        name = "file store (PRAGMA data_version)" if backend == "file" else "unit server (LISTEN/NOTIFY)"
        return [
            f"| {name} | idle tick, nothing changed | {_stats(idle)} ({len(idle)} ticks) |",
            f"| {name} | tick after another session's commit that changes no case | {_stats(other_commit)} |",
            f"| {name} | tick that finds another session's new case | {_stats(found)} |",
            f"| {name} | the list read again ({model.rowCount()} rows, one log entry) | {_stats(refresh)} |",
            f"| {name} | other session's commit → this watch names the case | {_stats(delay)} |",
        ]
    finally:
        unit.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=1000)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    work = Path(tempfile.mkdtemp(prefix="medunit-bench-refresh-"))
    os.environ["MEDUNIT_POLICY"] = str(work / "policy.toml")
    (work / "policy.toml").write_text(
        "[security]\nkdf_memory_kib = 8192\nkdf_iterations = 1\n[store]\nworkstation_binding = false\n"
    )
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        os.environ[var] = str(work / var.lower())
    from tests.support.backends import server_location
    from tests.support.pg import start_cluster

    load = os.getloadavg()[0]
    rows = run("file", work / "store", args.cases, args.rounds)
    cluster = start_cluster()
    try:
        rows += run("server", server_location(cluster), args.cases, args.rounds)
    finally:
        cluster.stop()
    print(f"{args.cases} seeded cases, {args.rounds} idle ticks, load {load:.1f}; median / p95")
    print("| backend | what | median / p95 |")
    print("|---|---|---|")
    print("\n".join(rows))


if __name__ == "__main__":
    main()

"""The workstation at a unit's scale: a 100k-case demo store, timed through the real main window.

Run: PYTHONPATH=. QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_gui.py [--cases N]
The store is created once under /tmp/medunit-bench-<N> (seeding 100k cases takes minutes) and reused.
Figures: cold start to the painted unlock window against a bare PySide6 window (interleaved, same run);
unlock (KDF) time; unlock → first painted case list; a filter keystroke → updated list (median, p95; the
250 ms typing debounce excluded); RSS after opening. Printed as the Markdown rows of docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.support.bench_env import use_bench_environment  # noqa: E402

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from medunit.gui.case_list import CaseListView


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


#: Both children end the same way: the window shown, one pass of the event loop, then the time.
BARE = (
    "import os, time\n"
    "from PySide6.QtWidgets import QApplication, QWidget\n"
    "a = QApplication([]); w = QWidget(); w.show(); a.processEvents()\n"
    "print(time.monotonic(), flush=True); os._exit(0)\n"
)
#: medunit's real entry point in its self-test mode: policy, translator, icon, netguard, the unlock
#: window shown and one pass of the event loop (the self-test's processEvents), then the time.
MEDUNIT = (
    "import os, sys, time\n"
    "from medunit.gui.app import main\n"
    "rc = main(['--self-test', '--store', sys.argv[1]])\n"
    "print(time.monotonic(), flush=True); os._exit(rc)\n"
)


def cold_start(script: str, store: Path, tree: Path = ROOT) -> tuple[float, float]:
    """Seconds from spawning the interpreter to the child's window having been shown, and the CPU time
    the child used (user + system; it exits right after, so this is its start-up work: on a shared
    machine the wall time also carries other processes' load). ``tree``: the medunit source tree the
    child runs (it is also the child's working folder, which ``-c`` puts first on the path)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(tree)}
    t = time.monotonic()
    proc = subprocess.Popen(
        [sys.executable, "-c", script, str(store)],
        cwd=tree,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    shown = float(proc.stdout.read().strip().splitlines()[-1])
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    assert proc.returncode == 0
    return shown - t, usage.ru_utime + usage.ru_stime


def compile_bytecode(tree: Path = ROOT) -> None:
    """Write medunit's bytecode (``__pycache__``) as an installed copy has it: the bundle holds compiled
    modules and pip compiles at install, like PySide6's own modules here. Without this, a checkout run
    with PYTHONDONTWRITEBYTECODE set (as on the shared build machine) compiles every medunit module from
    source at each start, which the bare window, importing only installed modules, never does."""
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(tree / "medunit")], check=True, stdout=subprocess.DEVNULL
    )


def bench_startup(store: Path, rounds: int = 9) -> tuple[float, float, float, float]:
    """Bare window and medunit interleaved (one of each per round); medians of wall and CPU time."""
    (ours, ours_cpu), (bare, bare_cpu) = bench_startups(store, rounds, [ROOT])
    return ours, bare, ours_cpu, bare_cpu


def bench_startups(store: Path, rounds: int, trees: list[Path]) -> list[tuple[float, float]]:
    """Each tree's medunit and the bare window in turns (one of each per round): (wall, CPU) medians per
    tree, the bare window's last. Two trees in one run give a change's before and after under one load."""
    samples: list[list[tuple[float, float]]] = [[] for _ in range(len(trees) + 1)]
    for tree in trees:
        compile_bytecode(tree)
    cold_start(BARE, store)  # warm the OS file cache for all alike
    for tree in trees:
        cold_start(MEDUNIT, store, tree)
    for round_no in range(rounds):
        runs: list[Path | None] = [*trees, None]
        order = runs[round_no % len(runs) :] + runs[: round_no % len(runs)]  # nobody always goes first
        for run in order:
            index = len(trees) if run is None else trees.index(run)
            samples[index].append(cold_start(BARE, store) if run is None else cold_start(MEDUNIT, store, run))
    return [(statistics.median(x[0] for x in s), statistics.median(x[1] for x in s)) for s in samples]


# fmt: off
WORDS = ["J", "Ja", "Jan", "Jans", "Jansen", "V", "Vr", "Vri", "Vries", "SYN-2026-01", "SYN-2026-012", "B",
         "Ba", "Bak", "Bakker", "M", "Mu", "Mul", "Mulder", "P", "Pe", "Pet", "Peters", "S", "Sm", "Smit"]
# fmt: on


class Keystrokes:
    """Seconds per search in WORDS, wall and GUI-thread CPU time (what the keystroke costs without the
    other processes' load): ``wall``/``cpu`` from the query (with its access-log entry) through the model
    reset to one synchronous paint of the updated rows; ``idle_wall``/``idle_cpu`` until the GUI thread
    is idle again (the columns fitted to the new rows and painted once more). The typing debounce is not
    included."""

    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu: list[float] = []
        self.idle_wall: list[float] = []
        self.idle_cpu: list[float] = []

    def run(self, app: QApplication, case_list: CaseListView) -> None:
        viewport = case_list.table.viewport()
        for word in WORDS:
            case_list.search_edit.setText(word)
            app.processEvents()  # the text edit's own repaint is not part of the list's update
            t, c = time.perf_counter(), time.thread_time()
            case_list.apply_filters()  # what the debounce timer calls: query, model reset
            viewport.repaint()  # the updated rows painted (lays out the reset model first), synchronously
            self.wall.append(time.perf_counter() - t)
            self.cpu.append(time.thread_time() - c)
            app.processEvents()  # what the reset queued: the column fit and its repaint
            self.idle_wall.append(time.perf_counter() - t)
            self.idle_cpu.append(time.thread_time() - c)

    @staticmethod
    def figures(samples: list[float]) -> str:
        return f"median {statistics.median(samples) * 1000:.1f} ms, p95 {p95(samples) * 1000:.1f} ms"


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[max(0, int(len(ordered) * 0.95) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--startup-only", action="store_true", help="only the cold-start comparison")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of the 26 keystrokes (per variant)")
    parser.add_argument("--startup-rounds", type=int, default=9, help="cold starts of each (bare, medunit)")
    parser.add_argument(
        "--compare-first-page",
        type=int,
        metavar="ROWS",
        help="also time the keystrokes with a first page of ROWS rows, in turns with the shipped size",
    )
    parser.add_argument("--dir", type=Path, help="where the store is kept (default /tmp/medunit-bench-<cases>)")
    parser.add_argument(
        "--before-tree",
        type=Path,
        nargs="+",
        metavar="DIR",
        help="with --startup-only: also cold-start medunit from these source trees (e.g. git worktrees of the "
        "commits before each of several changes, oldest first), in turns with this tree and the bare window",
    )
    parser.add_argument(
        "--policy",
        type=Path,
        metavar="FILE",
        help="the policy file's text to run with (default: an empty file, the production defaults; "
        "packaging/common/policy.toml is what an installed workstation gets)",
    )
    args = parser.parse_args()
    base = args.dir or Path(f"/tmp/medunit-bench-{args.cases}")
    base.mkdir(exist_ok=True)
    use_bench_environment(base, policy=args.policy.read_text() if args.policy else "")  # production KDF cost
    from medunit.config.policy import load_policy
    from medunit.services import admin, demo, stores

    policy = load_policy()
    root = base / "store"
    if not stores.store_exists(root):
        t = time.perf_counter()
        session, code = stores.create_store(root, "beheer", "bench passphrase 1", policy, binding=False)
        admin.add_user(session, "dr.jansen", "medical-advisor", "bench passphrase 1", code)
        demo.seed(
            session,
            args.cases,
            progress=lambda d, n: print(f"\rseeding {d}/{n}", end="", flush=True),
            recovery_code=code,
        )
        session.close()
        print(f"\nseeded {args.cases:,} cases in {time.perf_counter() - t:.0f} s")

    load = os.getloadavg()
    if args.before_tree:
        trees = [*(tree.resolve() for tree in args.before_tree), ROOT]
        *figures, (bare, bare_cpu) = bench_startups(root, args.startup_rounds, trees)
        print(f"load average before / after the cold starts: {load} / {os.getloadavg()}")
        for tree, (wall, cpu) in zip(trees, figures, strict=True):
            print(
                f"{'after' if tree == ROOT else 'before'} ({tree}): {wall * 1000:.1f} ms = {wall / bare:.2f}× "
                f"({cpu * 1000:.1f} ms CPU = {cpu / bare_cpu:.2f}×)"
            )
        print(f"bare {bare * 1000:.1f} ms ({bare_cpu * 1000:.1f} ms CPU), {args.startup_rounds} rounds")
        return
    ours, bare, ours_cpu, bare_cpu = bench_startup(root, args.startup_rounds)
    print(f"load average before / after the cold starts: {load} / {os.getloadavg()}")
    print(
        f"| cold start to the painted unlock window (process start to the window shown and one event-loop "
        f"pass), wall time | {ours * 1000:.0f} ms | {bare * 1000:.0f} ms | {ours / bare:.2f}× |"
    )
    print(
        f"| the same, CPU time of the process (user + system) | {ours_cpu * 1000:.0f} ms | {bare_cpu * 1000:.0f} ms "
        f"| {ours_cpu / bare_cpu:.2f}× |"
    )
    if args.startup_only:
        return

    from PySide6.QtWidgets import QApplication

    from medunit.gui.main_window import MainWindow
    from tests.support.unit import accept_confidentiality

    app = QApplication([])
    t0 = time.perf_counter()
    session = stores.unlock(root, "dr.jansen", "bench passphrase 1", policy)
    t1 = time.perf_counter()
    accept_confidentiality(session)  # once per user and statement version, as the app asks
    window = MainWindow(session)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    window.grab()  # forces a full paint of the window, the case list included
    t2 = time.perf_counter()
    assert window.case_list is not None
    rows = window.case_list.model.rowCount()
    print(f"unlock (Argon2id included): {(t1 - t0) * 1000:.0f} ms")
    print(f"unlock -> first painted case list ({rows} rows loaded): {(t2 - t1) * 1000:.0f} ms")
    shipped = window.case_list.model.first_page
    sizes = [shipped] + ([args.compare_first_page] if args.compare_first_page else [])
    timed = {rows: Keystrokes() for rows in sizes}
    for round_no in range(args.rounds):  # the variants take turns, so both see the same load
        for rows in sizes[round_no % len(sizes) :] + sizes[: round_no % len(sizes)]:
            window.case_list.model.first_page = rows
            timed[rows].run(app, window.case_list)
    for rows, k in timed.items():
        label = f"first page {rows} rows{' (as shipped)' if rows == shipped else ''}, n={len(k.wall)}"
        print(f"filter keystroke -> updated list ({label}): wall {k.figures(k.wall)}; CPU {k.figures(k.cpu)}")
        print(f"  ... until the GUI thread is idle again: wall {k.figures(k.idle_wall)}; CPU {k.figures(k.idle_cpu)}")
    print(f"load average {os.getloadavg()}")
    print(f"RSS after opening: {rss_mib():.0f} MiB")
    window.close()


if __name__ == "__main__":
    main()

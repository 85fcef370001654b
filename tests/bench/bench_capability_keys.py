"""Capabilities are keys (issue 11): the cost of sealing health content a second time, before and after,
on the same store in the same run.

The store is made and seeded by the code from before sealing (a checkout given with --old, e.g.
``git worktree add /tmp/medunit-old <commit before issue 11>``), measured there, then opened by this code,
which seals it at the first advisor's unlock (timed), and measured again. Figures are medians; the
production KDF (policy defaults) is in every unlock.

Run: PYTHONPATH=. .venv/bin/python tests/bench/bench_capability_keys.py --old /tmp/medunit-old [--cases 100000]
Not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ADMIN, ADVISOR, PASSPHRASE = "beheer", "dr.jansen", "bench passphrase 1"


def _ms(samples: list[float]) -> float:
    return round(statistics.median(samples) * 1000, 2)


def seed(root: Path, cases: int) -> None:
    """With the old code on PYTHONPATH: a store, an advisor, ``cases`` synthetic cases (clear content)."""
    from medunit.config.policy import load_policy
    from medunit.services import admin, demo, stores

    policy = load_policy()
    session, code = stores.create_store(root, ADMIN, PASSPHRASE, policy, binding=False)
    admin.add_user(session, ADVISOR, "medical-advisor", PASSPHRASE, code)
    try:
        demo.seed(session, cases, recovery_code=code)  # type: ignore[call-arg]  # the new signature
    except TypeError:
        demo.seed(session, cases)  # the code before issue 11: the administrator seeds in clear
    session.close()


def measure(root: Path) -> dict[str, float]:
    """Unlock (KDF included), first page of 200, and opening a case (detail + entries) as the advisor."""
    from medunit.config.policy import load_policy
    from medunit.services import records, stores

    policy = load_policy()
    unlocks = []
    for _ in range(5):
        t = time.perf_counter()
        session = stores.unlock(root, ADVISOR, PASSPHRASE, policy)
        unlocks.append(time.perf_counter() - t)
        session.close()
    session = stores.unlock(root, ADVISOR, PASSPHRASE, policy)
    pages = []
    for _ in range(20):
        t = time.perf_counter()
        rows = records.list_cases(session, records.CaseQuery(), 0, 200)
        pages.append(time.perf_counter() - t)
    refs = [r.reference for r in rows if not r.restricted]
    rng = random.Random(7)
    opens = []
    for ref in rng.sample(refs, min(50, len(refs))):
        t = time.perf_counter()
        records.get_case(session, ref)
        records.entries(session, ref)
        opens.append(time.perf_counter() - t)
    session.close()
    return {"unlock_ms": _ms(unlocks), "first_page_ms": _ms(pages), "open_case_ms": _ms(opens)}


def first_unlock(root: Path) -> dict[str, float]:
    """The unlock that seals the store (new code only)."""
    from medunit.config.policy import load_policy
    from medunit.services import stores

    t = time.perf_counter()
    stores.unlock(root, ADVISOR, PASSPHRASE, load_policy()).close()
    return {"sealing_unlock_s": round(time.perf_counter() - t, 1)}


def _size(root: Path) -> int:
    return sum(f.stat().st_size for f in root.iterdir() if f.is_file())


def _run(pythonpath: Path, phase: str, root: Path, cases: int) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(pythonpath)}
    out = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--phase", phase, "--store", str(root), "--cases", str(cases)],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--old", type=Path, help="a checkout of medunit from before issue 11")
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--phase", choices=["seed", "measure", "first-unlock"])
    parser.add_argument("--store", type=Path)
    parser.add_argument("--work", type=Path, help="keep the stores here (default: a temporary folder)")
    args = parser.parse_args()
    if args.phase:
        result = {"seed": lambda: seed(args.store, args.cases) or {}, "measure": lambda: measure(args.store)}
        result["first-unlock"] = lambda: first_unlock(args.store)
        print(json.dumps(result[args.phase]()))
        return
    new = Path(__file__).resolve().parents[2]
    with tempfile.TemporaryDirectory(prefix="medunit-bench-keys-") as tmp:
        root = (args.work or Path(tmp)) / "store"
        t = time.perf_counter()
        _run(args.old, "seed", root, args.cases)
        print(f"seeded {args.cases:,} cases with the old code in {time.perf_counter() - t:.0f} s", flush=True)
        before = _run(args.old, "measure", root, args.cases)
        size_before = _size(root)
        sealing = _run(new, "first-unlock", root, args.cases)
        after = _run(new, "measure", root, args.cases)
        size_after = _size(root)
    print(f"\n| measure ({args.cases:,} cases) | before (clear in SQLCipher) | after (sealed) | ratio |")
    print("|---|---|---|---|")
    for key, label in (
        ("unlock_ms", "unlock, production KDF included"),
        ("first_page_ms", "first page of the case list (200 rows)"),
        ("open_case_ms", "open a case: detail + health entries"),
    ):
        print(f"| {label} | {before[key]} ms | {after[key]} ms | {after[key] / before[key]:.2f}× |")
    mib = 1024 * 1024
    print(
        f"| store size (database, WAL, slot file) | {size_before / mib:.1f} MiB | {size_after / mib:.1f} MiB "
        f"| {size_after / size_before:.2f}× |"
    )
    print(f"| first unlock by an advisor, sealing every value | | {sealing['sealing_unlock_s']} s | |")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Prove that every promise of the privacy statement is held by a test: break each mechanism on purpose
and show that one of the promise's tests fails.

``docs/promises.md`` is the list: one table row per promise, naming its proving tests and the mutations
(``tests/promises/*.patch``) that break its mechanism. For each mutation this script copies the tracked
files to a temporary folder, applies the patch with ``git apply``, and runs only that row's tests
(``pytest -x``). A mutation that no test catches **survives**, and the script fails. A patch that no
longer applies (the code moved under it) is an ERROR and fails the script too: refresh the patch.

Beside the mutations (the first job of the same pool), the named tests run once on the unchanged tree: a
test that already fails would "catch" every mutation and prove nothing, so a failing baseline fails the
script whatever the mutations gave.

    .venv/bin/python scripts/check_promises.py [--jobs 2] [--only NAME ...]

Exit 0: every mutation caught. Exit 1: a survivor, a patch that does not apply, or a failing baseline.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "promises.md"
TEST_ID = re.compile(r"`(tests/[\w/]+\.py(?:::[\w\[\]\-.]+)?)`")
PATCH = re.compile(r"`(tests/promises/[\w\-]+\.patch)`")
FAILED = re.compile(r"^(?:FAILED|ERROR) (\S+)", re.MULTILINE)


@dataclass(frozen=True)
class Promise:
    ident: str
    title: str
    tests: tuple[str, ...]
    patches: tuple[str, ...]


@dataclass(frozen=True)
class Outcome:
    promise: Promise
    patch: str
    status: str  # "caught" | "SURVIVED" | "ERROR"
    detail: str
    seconds: float


def read_promises(doc: Path = DOC) -> list[Promise]:
    """The table rows of docs/promises.md whose first cell is a promise id (P1, P2, …)."""
    promises = []
    for line in doc.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 5 or not re.fullmatch(r"P\d+", cells[0]):
            continue
        title = re.sub(r"\s+", " ", cells[1].split("<br>")[0]).strip("* ")
        promises.append(Promise(cells[0], title, tuple(TEST_ID.findall(cells[3])), tuple(PATCH.findall(cells[4]))))
    return promises


def tracked_files() -> list[str]:
    """Files git knows or would add (not ignored): the tree as a clone would have it, plus new work."""
    out = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    return [f for f in out.split("\0") if f and (ROOT / f).is_file()]


def copy_tree(files: list[str], dest: Path) -> None:
    for name in files:
        target = dest / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target)


def pytest_env(tree: Path) -> dict[str, str]:
    """The environment of scripts/run-tests.sh: offscreen Qt and the tree under test first on the path."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(tree)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def run_tests(tree: Path, tests: tuple[str, ...]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", "-rfE", *tests],
        cwd=tree,
        env=pytest_env(tree),
        capture_output=True,
        text=True,
        check=False,
    )


def check_mutation(promise: Promise, patch: str, files: list[str]) -> Outcome:
    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="medunit-mutant-") as tmp:
        tree = Path(tmp)
        copy_tree(files, tree)
        applied = subprocess.run(
            ["git", "apply", "--whitespace=nowarn", str(ROOT / patch)], cwd=tree, capture_output=True, text=True
        )
        if applied.returncode != 0:
            why = applied.stderr.strip().splitlines()
            return Outcome(
                promise,
                patch,
                "ERROR",
                f"patch no longer applies ({why[0] if why else 'git apply failed'}); refresh it against the code",
                time.monotonic() - start,
            )
        result = run_tests(tree, promise.tests)
    took = time.monotonic() - start
    if result.returncode == 0:
        return Outcome(promise, patch, "SURVIVED", "every named test passed", took)
    if result.returncode in (4, 5):  # usage error / no tests collected: a named test does not exist
        return Outcome(promise, patch, "ERROR", f"pytest exit {result.returncode}: {_last_line(result)}", took)
    failed = FAILED.findall(result.stdout)
    return Outcome(promise, patch, "caught", failed[0] if failed else f"pytest exit {result.returncode}", took)


def _last_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = (result.stdout + result.stderr).strip().splitlines()
    return lines[-1] if lines else ""


def baseline(promises: list[Promise]) -> subprocess.CompletedProcess[str]:
    tests = sorted({t for p in promises for t in p.tests})
    return run_tests(ROOT, tuple(tests))


def table(outcomes: list[Outcome]) -> str:
    rows = [("promise", "mutation", "result", "caught by", "s")]
    for o in outcomes:
        rows.append(
            (f"{o.promise.ident} {o.promise.title}"[:60], Path(o.patch).stem, o.status, o.detail, f"{o.seconds:.0f}")
        )
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    lines = []
    for n, r in enumerate(rows):
        lines.append(" | ".join(c.ljust(w) for c, w in zip(r[:4], widths, strict=True)) + f" | {r[4]}")
        if n == 0:
            lines.append("-+-".join("-" * w for w in widths) + "-+--")
    return "\n".join(lines)


def validate(promises: list[Promise]) -> list[str]:
    """Problems with the table itself: rows without tests or mutations, patch files missing or unlisted."""
    problems = []
    listed = set()
    for p in promises:
        if not p.tests:
            problems.append(f"{p.ident}: names no proving test")
        if not p.patches:
            problems.append(f"{p.ident}: names no mutation")
        for patch in p.patches:
            listed.add(patch)
            if not (ROOT / patch).is_file():
                problems.append(f"{p.ident}: {patch} does not exist")
    for path in sorted((ROOT / "tests" / "promises").glob("*.patch")):
        rel = path.relative_to(ROOT).as_posix()
        if rel not in listed:
            problems.append(f"{rel} is in no row of docs/promises.md")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jobs", type=int, default=2, help="mutations run at the same time (default 2)")
    parser.add_argument("--only", nargs="*", default=[], metavar="NAME", help="only these patches (file stem)")
    args = parser.parse_args(argv)
    started = time.monotonic()
    promises = read_promises()
    problems = validate(promises)
    if not promises:
        problems.append("docs/promises.md lists no promise rows")
    if problems:
        for p in problems:
            print(f"check_promises: ERROR {p}", file=sys.stderr)
        return 1
    work = [(p, patch) for p in promises for patch in p.patches if not args.only or Path(patch).stem in args.only]
    print(f"check_promises: {len(promises)} promises, {len(work)} mutations, beside a baseline run of the named tests")
    files = tracked_files()
    # The baseline (the named tests on the unchanged tree) is one job of the pool, started first, so it does
    # not hold the other core idle while it runs alone; its verdict is read before any mutation's.
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        base_job = pool.submit(baseline, promises)
        jobs = [pool.submit(check_mutation, p, patch, files) for p, patch in work]
        base = base_job.result()
        outcomes = [job.result() for job in jobs]
    if base.returncode != 0:
        print(base.stdout[-3000:], base.stderr[-2000:], sep="\n", file=sys.stderr)
        print("check_promises: ERROR the named tests fail on the unchanged tree; fix that first", file=sys.stderr)
        return 1
    print(table(outcomes))
    survived = [o for o in outcomes if o.status == "SURVIVED"]
    errors = [o for o in outcomes if o.status == "ERROR"]
    print(
        f"check_promises: {len(outcomes) - len(survived) - len(errors)} caught, {len(survived)} survived, "
        f"{len(errors)} error(s) in {time.monotonic() - started:.0f} s"
    )
    for o in errors:
        print(f"check_promises: ERROR {o.patch}: {o.detail}", file=sys.stderr)
    for o in survived:
        print(f"check_promises: SURVIVED {o.patch}: no test of {o.promise.ident} fails", file=sys.stderr)
    return 1 if survived or errors else 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The unit server under the advisor's workflow: 20 sessions for 5 minutes, and the case list / logged
read at 100k cases. Writes the section "Unit server (PostgreSQL)" of docs/benchmarks.md.

Run: PYTHONPATH=. .venv/bin/python tests/bench/bench_server.py [--seconds 300] [--sessions 20] [--cases 100000]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

import psycopg

from medunit.crypto.aead import seal
from tests.support.pg import start_cluster
from tests.support.server_load import KEY, run_load
from tests.support.unit_server import new_unit_server

ROOT = Path(__file__).resolve().parents[2]
SECTION = "## Unit server (PostgreSQL)"


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=300)
    ap.add_argument("--sessions", type=int, default=20)
    ap.add_argument("--cases", type=int, default=100_000)
    args = ap.parse_args()
    cluster = start_cluster()
    lines = [SECTION, ""]
    try:
        server = new_unit_server(cluster)
        result = run_load(server, sessions=args.sessions, seconds=args.seconds)
        with server.content("pat") as pat:
            chain = pat.verify_log()
        chain_text = "verifies" if chain is None else f"breaks at {chain}"
        lines += [
            f"{args.sessions} sessions (threads, one login role connection each, users alice/bob/sam) doing the "
            f"advisor's workflow for {args.seconds:.0f} s against a local PostgreSQL 15 (throw-away cluster, "
            "fsync off), on the same 2-core machine as the clients: case list, logged read of a shared record, "
            "versioned write of it (reload and retry on conflict), a new entry in a case of one's own.",
            "",
            f"* rounds completed: {result.increments} ({result.increments / result.seconds:.1f}/s); "
            f"conflicts resolved by reload: {result.conflicts}; lost updates: "
            f"{'none' if not result.errors else '; '.join(result.errors)}; sessions left hanging: "
            f"{sum('hangs' in e for e in result.errors)}; chain: {chain_text}",
            "",
            "| operation | median | p95 | count |",
            "|---|---|---|---|",
        ]
        for what, values in sorted(result.latencies_ms.items()):
            lines.append(f"| {what} (under load) | {statistics.median(values):.1f} ms | {_pct(values, 0.95):.1f} ms "
                         f"| {len(values)} |")  # fmt: skip
        big = new_unit_server(cluster)
        started = time.perf_counter()
        with psycopg.connect(cluster.conninfo(dbname=big.dbname), autocommit=True) as dba:
            with dba.cursor().copy("COPY medunit.cases (id, reference, case_type, status, person_sealed, changed_by)"
                                   " FROM STDIN") as copy:  # fmt: skip
                for n in range(args.cases):
                    cid = uuid.uuid4()
                    person = seal(KEY, json.dumps({"name": f"p{n}"}).encode(), f"medunit-server|person|{cid}".encode())
                    copy.write_row((cid, f"GD-{n}", "claim", "open", person, "alice"))
            dba.execute("ANALYZE")
        seeded = time.perf_counter() - started
        with big.content("alice") as alice:
            case = alice.create_case("GD-BIG", "claim", "open", {"name": "big"}, KEY)
            record, _ = alice.put(case, "health_entry", b"x" * 2000, KEY, "health")
            page, reads = [], []
            for _ in range(30):
                t = time.perf_counter()
                alice.conn.execute("SELECT id, reference, case_type, status, person_sealed FROM medunit.cases "
                                   "ORDER BY changed_at DESC LIMIT 50").fetchall()  # fmt: skip
                page.append((time.perf_counter() - t) * 1000)
                t = time.perf_counter()
                alice.read(record, KEY)
                reads.append((time.perf_counter() - t) * 1000)
        lines += [
            "",
            f"At {args.cases:,} cases (seeded by COPY in {seeded:.0f} s), one session, no load:",
            "",
            "| operation | median | p95 |",
            "|---|---|---|",
            f"| first page of the case list (50 rows, RLS applied) | {statistics.median(page):.2f} ms | "
            f"{_pct(page, 0.95):.2f} ms |",
            f"| logged read (request_read + fetch_content, 2 kB) | {statistics.median(reads):.2f} ms | "
            f"{_pct(reads, 0.95):.2f} ms |",
            "",
            "Not measured yet: the same operations on a local file store in the same run (a ratio); the "
            "local figures above come from another run and another layer.",
            "",
            f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}. "
            f"Date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC. Command: `make bench-server`.",
        ]
    finally:
        cluster.stop()
    target = ROOT / "docs" / "benchmarks.md"
    text = target.read_text(encoding="utf-8")
    head = text.split(SECTION, 1)[0].rstrip("\n")
    target.write_text(head + "\n\n" + "\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()

"""The unit server against the local file store, and under 20 workstations at once. Writes the section
"Unit server (PostgreSQL)" at the end of docs/benchmarks.md (the full run only).

1. Both stores made the same way (a unit, then the same synthetic cases bulk-inserted through each
   store's own database object, sealed by the store layer), in alternating batches, seeding timed;
   then first page, open case and logged read as a medical advisor through the services layer, the two
   stores measured interleaved (rotating order), medians, ratio server / file.
2. On the seeded server: 20 sessions (processes, one workstation each) doing the advisor's workflow
   (tests/support/server_load.py) for 5 minutes, then the checks: nothing lost, no lock left waiting,
   no session hanging, every logged act has its row, ``audit verify`` (timed).

The cluster runs with PostgreSQL's durable defaults (fsync on), as the file store's commits are fsynced.
Clients and server share this machine's 2 cores: every figure includes the other side's CPU. The KDF is
the test suite's cheap one (each real workstation pays its own Argon2id; here 20 of them would share 2
cores), so "unlock" is the rest of an unlock: login, slots, the unlock duties, the log.

Run: make bench-server   (PYTHONPATH=. .venv/bin/python tests/bench/bench_server.py [--quick])
Not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from medunit.config.policy import Policy, load_policy  # noqa: E402
from medunit.domain.roles import Role  # noqa: E402
from medunit.domain.synthetic import SyntheticCase, SyntheticGenerator  # noqa: E402
from medunit.services import records  # noqa: E402
from medunit.services.records import CaseQuery  # noqa: E402
from medunit.services.session import Session  # noqa: E402
from medunit.store import content  # noqa: E402
from medunit.store import records as repo  # noqa: E402
from medunit.store.database import Database  # noqa: E402
from medunit.store.pg.database import PgDatabase  # noqa: E402
from tests.support.backends import server_location  # noqa: E402
from tests.support.pg import start_cluster  # noqa: E402
from tests.support.server_load import ACTS, check, dba, prepare, run_load  # noqa: E402
from tests.support.unit import Unit, make_unit  # noqa: E402

SECTION = "## Unit server (PostgreSQL)"
TODAY = date(2026, 11, 25)
BATCH = 2000
LINES: list[str] = []


def out(line: str = "") -> None:
    print(line, flush=True)
    LINES.append(line)


def load_text() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.1f} / {five:.1f} / {fifteen:.1f}"


def pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


@contextmanager
def environment(work: Path) -> Iterator[Policy]:
    """The test suite's keychain file and cheap-KDF policy (tests/conftest.py), for this process."""
    import keyring.core

    from tests.conftest import FAST_POLICY, FILE_KEYRING

    (work / "policy.toml").write_text(FAST_POLICY)
    os.environ.update(
        PYTHON_KEYRING_BACKEND=FILE_KEYRING,
        MEDUNIT_INSECURE_TEST_KEYRING=FILE_KEYRING,
        MEDUNIT_TEST_KEYRING=str(work / "workstation.keyring"),
        MEDUNIT_POLICY=str(work / "policy.toml"),
        XDG_DATA_HOME=str(work / "data"),
        XDG_CONFIG_HOME=str(work / "config"),
        XDG_CACHE_HOME=str(work / "cache"),
    )
    keyring.core.init_backend()
    yield load_policy()


# -- seeding ---------------------------------------------------------------------------------------------


def _next(db: Database, table: str) -> int:
    return int(db.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0])


def seed_batch(db: Database, cases: list[SyntheticCase], seeder: str) -> None:
    """``cases`` in one transaction of a few bulk statements (``executemany``) on the store's own database
    object, content sealed by the store layer under the health key; a restricted case (about 3 %) goes
    through the store's own ``insert_case``/``insert_entry``, which give it its case key first."""
    with db.transaction():
        refs = sorted({c.person.reference for c in cases})
        marks = ", ".join("?" * len(refs))
        known = f"SELECT reference, id FROM persons WHERE reference IN ({marks})"
        people = dict(db.execute(known, tuple(refs)).fetchall())
        new_people = {c.person.reference: c.person for c in cases if c.person.reference not in people}
        # the id is the table's own (an identity column on the server): read back by reference
        db.executemany(
            "INSERT INTO persons(reference, given_names, family_name, date_of_birth, bsn, bsn_legal_basis) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (
                    p.reference,
                    p.given_names,
                    p.family_name,
                    p.date_of_birth.isoformat(),
                    p.bsn,
                    p.bsn_legal_basis if p.bsn else None,
                )
                for p in new_people.values()
            ],
        )
        people = dict(db.execute(known, tuple(refs)).fetchall())
        case_rows, entry_rows = [], []
        cid, eid = _next(db, "cases"), _next(db, "health_entries")
        for c in cases:
            if c.restricted:
                continue
            question = content.seal_text(db, "cases", "question", cid, None, c.question)
            case_rows.append(
                (
                    cid,
                    c.reference,
                    people[c.person.reference],
                    c.case_type.value,
                    c.status.value,
                    question,
                    c.received_at.isoformat(),
                    c.assigned_advisor,
                    "2026-11-25T00:00:00+00:00",
                    "bench",
                )
            )
            for e in c.entries:
                text = content.seal_text(db, "health_entries", "text", eid, None, f"{e.title}\n{e.text}")
                entry_rows.append((eid, cid, e.kind.value, text, e.written_on.isoformat(), e.author))
                eid += 1
            cid += 1
        db.executemany(
            "INSERT INTO cases(id, reference, person_id, case_type, status, question, received_at, "
            "assigned_advisor, restricted, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
            case_rows,
        )
        db.executemany(
            "INSERT INTO health_entries(id, case_id, kind, text, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?)",
            entry_rows,
        )
        for c in cases:
            if not c.restricted:
                continue
            # the seeding advisor is on every list: a restricted case's content is written by who may read it
            allowed = sorted({*c.restricted_to, *([c.assigned_advisor] if c.assigned_advisor else []), seeder})
            rid = repo.insert_case(
                db,
                c.reference,
                people[c.person.reference],
                c.case_type.value,
                c.status.value,
                c.question,
                c.received_at.isoformat(),
                c.assigned_advisor,
                True,
                "2026-11-25T00:00:00+00:00",
                "bench",
                allowed,
            )
            for e in c.entries:
                repo.insert_entry(db, rid, e.kind.value, f"{e.title}\n{e.text}", e.written_on.isoformat(), e.author)


def seeding_db(session: Session, location: Path | str) -> Database:
    """The database object to seed through: the session's own for a folder; on the server the same
    ``PgDatabase`` over the DBA's connection, holding the session's content keys (so the store layer seals
    exactly as for the session), because row-level security's per-row check of every inserted row (a
    SECURITY DEFINER function call each) makes seeding as a login about four times slower. Every measured
    act runs as the advisor's own login, with row-level security."""
    db = session.vault.db
    if not isinstance(db, PgDatabase):
        return db
    conn = dba(str(location))
    conn.execute("SET search_path = medunit")
    seeder = PgDatabase(conn, db.location)
    seeder.content = db.content
    return seeder


def seed_both(stores: dict[str, Session], locations: dict[str, Path | str], n: int) -> dict[str, float]:
    """The same ``n`` cases into every store, batch by batch in turn; seconds per store."""
    gen = SyntheticGenerator(7)
    spent = dict.fromkeys(stores, 0.0)
    targets = {name: seeding_db(session, locations[name]) for name, session in stores.items()}
    for first in range(0, n, BATCH):
        batch = list(gen.cases(min(BATCH, n - first), TODAY, first))
        for name, session in stores.items():
            started = time.perf_counter()
            seed_batch(targets[name], batch, session.user)
            spent[name] += time.perf_counter() - started
        if first // BATCH % 10 == 9:
            print(
                f"  seeded {first + len(batch):,}: " + ", ".join(f"{k} {v:.0f} s" for k, v in spent.items()), flush=True
            )
    for db in targets.values():
        if isinstance(db, PgDatabase):
            db.execute("ANALYZE")  # the planner's statistics, as autovacuum would have them by now
            db.close()
    return spent


# -- reads, interleaved ----------------------------------------------------------------------------------

READS: dict[str, Callable[[Session, str], object]] = {
    "first page of the case list (200 rows, logged)": lambda s, _ref: records.list_cases(s, CaseQuery(), 0, 200),
    "open case (detail, logged)": records.get_case,
    "logged read (the case's health entries)": records.entries,
}


def measure_reads(stores: dict[str, Session], refs: list[str], rounds: int) -> dict[str, dict[str, list[float]]]:
    samples: dict[str, dict[str, list[float]]] = {name: {w: [] for w in READS} for name in stores}
    names = list(stores)
    for r in range(rounds):
        order = names[r % len(names) :] + names[: r % len(names)]
        for workload, fn in READS.items():
            for ref in refs:
                for name in order:
                    started = time.perf_counter()
                    fn(stores[name], ref)
                    samples[name][workload].append(time.perf_counter() - started)
    return samples


# -- main ------------------------------------------------------------------------------------------------


def ratio_part(units: dict[str, Unit], cases: int, rounds: int) -> None:
    advisors = {name: unit[Role.MEDICAL_ADVISOR] for name, unit in units.items()}
    print(f"Seeding {cases:,} synthetic cases (~10 health entries each) into both, load {load_text()} …", flush=True)
    seeded = seed_both(advisors, {name: unit.root for name, unit in units.items()}, cases)
    rows = records.list_cases(advisors["file"], CaseQuery(), 0, 200)
    refs = random.Random(3).sample([r.reference for r in rows if not r.restricted], 20)
    load_before = load_text()
    samples = measure_reads(advisors, refs, rounds)
    out()
    out(f"### Server vs local file store at {cases:,} cases")
    out()
    out(
        f"Same run, same synthetic cases in both: bulk inserts (`executemany`, batches of {BATCH:,}, the stores "
        "in turn) through each store's database object, content sealed by the store layer under the advisor's keys "
        "(on the server over the DBA's connection: row-level security's check of each inserted row makes seeding "
        f"about 4× slower as a login). Seeding took **file {seeded['file']:.0f} s, server {seeded['server']:.0f} s**. "
        "A medical advisor's session on each, through "
        f"the services layer; {rounds} rounds × 20 cases, the two stores interleaved per call (rotating which goes "
        f"first); load average {load_before} before and {load_text()} after (1/5/15 min, 2 cores)."
    )
    out()
    out("| measure | file store median | server median | ratio | file p95 | server p95 |")
    out("|---|---|---|---|---|---|")
    for workload in READS:
        f, s = samples["file"][workload], samples["server"][workload]
        out(
            f"| {workload} | {ms(statistics.median(f))} | {ms(statistics.median(s))} | "
            f"{statistics.median(s) / statistics.median(f):.2f}× | {ms(pct(f, 0.95))} | {ms(pct(s, 0.95))} |"
        )


def load_part(unit: Unit, policy: Policy, work: Path, sessions: int, seconds: float) -> None:
    assert isinstance(unit.root, str)
    plan = prepare(unit.root, policy, work / "load", sessions, unit=unit)
    load_before = load_text()
    result = run_load(plan, seconds=seconds, shift=10)
    load_after = load_text()
    problems, verify_s = check(plan, result)
    entries = sum(len(s.entries) for s in result.sessions)
    signed = sum(len(s.signed) for s in result.sessions)
    out()
    out(f"### {sessions} workstations at once for {seconds:.0f} s")
    out()
    out(
        f"{sessions} processes, one workstation each ({len(plan.advisors)} advisors, so an advisor works on up to "
        f"{-(-sessions // len(plan.advisors))} workstations at once), on the seeded server above. Each repeats: "
        "unlock, 10 rounds of *first page → open one of 8 shared cases → read its health entries (logged) → add an "
        "entry to it* "
        'or *… → draft and sign the advice of its own case* (alternating), lock. An act refused with "the server is '
        f'busy" is retried (up to 5 times) and counted as a conflict. Load average {load_before} before, {load_after} '
        "after."
    )
    out()
    out("| measure | result |")
    out("|---|---|")
    out(f"| rounds | {result.rounds:,} in {result.seconds:.0f} s |")
    out(
        f"| acts (each a service call the GUI makes, locks included) | {result.acts:,} = "
        f"**{result.acts / result.seconds:.1f} per second** |"
    )
    out(f"| entries added / advice versions signed | {entries:,} / {signed:,} |")
    out(f'| conflicts ("server busy", retried) | {result.conflicts} |')
    out(f"| errors | {len(result.errors)} |")
    out(
        f"| lost updates, sessions hanging, lock requests left waiting, acts without their log row | "
        f"{'none' if not problems else '; '.join(problems)} |"
    )
    out(
        f"| `audit verify` of the whole log ({result.last_seq:,} entries) | "
        f"{'passes' if not any(p.startswith('audit') for p in problems) else 'FAILS'} in {verify_s:.2f} s |"
    )
    out()
    out("| act (under load) | median | p95 | count |")
    out("|---|---|---|---|")
    for act in ACTS:
        values = result.latencies(act)
        if values:
            out(f"| {act} | {ms(statistics.median(values))} | {ms(pct(values, 0.95))} | {len(values):,} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--quick", action="store_true", help="10,000 cases and 60 s of load; docs not written")
    ap.add_argument("--cases", type=int)
    ap.add_argument("--seconds", type=float)
    ap.add_argument("--sessions", type=int, default=20)
    ap.add_argument("--rounds", type=int, default=5, help="rounds of the read comparison")
    args = ap.parse_args()
    cases = args.cases or (10_000 if args.quick else 100_000)
    seconds = args.seconds or (60.0 if args.quick else 300.0)
    started = datetime.now(UTC)
    out(SECTION)
    out()
    out(
        f"Run {started:%Y-%m-%d %H:%M} UTC, `tests/bench/bench_server.py{' --quick' if args.quick else ''}` "
        f"(`make bench-server`): PostgreSQL 15 (throw-away cluster with the durable defaults: fsync, synchronous "
        "commit) on this machine, reached over TCP on 127.0.0.1; the file store on the local disk "
        "(`synchronous = FULL`). Clients and server share the 2 cores with other engineers' runs, so the wall "
        "times carry waits for the CPU. The KDF is the test suite's cheap one (tests/conftest.py)."
    )
    cluster = start_cluster(durable=True)
    try:
        with tempfile.TemporaryDirectory(prefix="medunit-bench-server-") as tmp, environment(Path(tmp)) as policy:
            work = Path(tmp)
            units = {"file": make_unit(work / "store", policy), "server": make_unit(server_location(cluster), policy)}
            try:
                ratio_part(units, cases, args.rounds)
                units["file"].close()
                load_part(units["server"], policy, work, args.sessions, seconds)
            finally:
                for unit in units.values():
                    unit.close()
    finally:
        cluster.stop()
    out()
    out(
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
        f"{(datetime.now(UTC) - started).total_seconds() / 60:.0f} minutes in all."
    )
    if not args.quick:
        target = ROOT / "docs" / "benchmarks.md"
        head = target.read_text(encoding="utf-8").split(SECTION, 1)[0].rstrip("\n")
        target.write_text(head + "\n\n" + "\n".join(LINES) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

"""medunit benchmarks at a unit's scale; writes docs/benchmarks.md.

Run: make bench   (or: PYTHONPATH=. .venv/bin/python tests/bench/bench_store.py [--quick])

Every figure is a median over repeated runs and, where a baseline makes sense, a ratio against a
baseline measured in the same run on the same machine: plain SQLite with the same schema, queries and
pragmas (through the same store layer), an unlogged read of the same row, a bare PySide6 window, or the
same bytes AES-GCM-encrypted to a file.
"""

from __future__ import annotations

import argparse
import io
import os
import platform
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from medunit.crypto.keyslots import KeyBag  # noqa: E402
from medunit.crypto.page_hmac import LEGACY_PAGE_HMAC, NEW_STORE_PAGE_HMAC  # noqa: E402
from medunit.domain.roles import GLASS, HEALTH  # noqa: E402
from medunit.domain.synthetic import SyntheticGenerator  # noqa: E402
from medunit.store import access_log, content, database  # noqa: E402
from medunit.store import records as repo  # noqa: E402
from medunit.store.content import ContentKeys  # noqa: E402
from medunit.store.database import (  # noqa: E402
    CACHE_KIB,
    STATEMENT_CACHE,
    Database,
    cipher_pragmas,
    open_database,
    require_memory_security,
)
from medunit.store.schema import migrate  # noqa: E402
from tests.support.bench_env import CHEAP_KDF, use_bench_environment  # noqa: E402

TODAY = date(2026, 11, 25)
LINES: list[str] = []


def out(line: str = "") -> None:
    print(line, flush=True)
    LINES.append(line)


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t)
    return samples


def load_line() -> str:
    """The machine is shared: the load next to the figures says how much to trust them."""
    one, five, fifteen = os.getloadavg()
    return f"Load average (1/5/15 min) at {datetime.now(UTC):%H:%M} UTC: {one:.2f} / {five:.2f} / {fifteen:.2f}."


def med(samples: list[float]) -> float:
    return statistics.median(samples)


def p95(samples: list[float]) -> float:
    return sorted(samples)[max(0, int(len(samples) * 0.95) - 1)]


def ms(x: float) -> str:
    return f"{x * 1000:.2f} ms"


def open_plain(path: Path, driver: str = "sqlite3", key: bytes | None = None, first: tuple[str, ...] = ()) -> Database:
    """Plain SQLite: Python's sqlite3, or the sqlcipher3 driver with no key (to tell the driver's cost
    from the encryption's). ``first``: pragmas before any other (a page size, SQLCipher's page settings).

    The sqlcipher3 driver gets medunit's statement cache (``STATEMENT_CACHE``, see store/database.py);
    Python's sqlite3 keeps its own default (an LRU of 128, which holds the workloads' statements)."""
    import sqlcipher3

    if driver == "sqlcipher3":
        conn = sqlcipher3.connect(
            str(path), isolation_level=None, check_same_thread=False, cached_statements=STATEMENT_CACHE
        )
    else:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    if key is not None:  # SQLCipher with medunit's pragmas except memory security (the baseline to split costs)
        conn.execute("PRAGMA cipher_log_level = NONE")
        for statement in cipher_pragmas(key, NEW_STORE_PAGE_HMAC):  # a new store's page MAC (``first`` may change it)
            conn.execute(statement)
        conn.execute("PRAGMA cipher_memory_security = OFF")
    for pragma in first:
        conn.execute(f"PRAGMA {pragma}").fetchall()
    for pragma in (
        "journal_mode = WAL",
        "synchronous = FULL",
        "secure_delete = ON",
        "temp_store = MEMORY",
        "foreign_keys = ON",
        f"cache_size = -{CACHE_KIB}",
    ):
        conn.execute(f"PRAGMA {pragma}").fetchall()
    return Database(conn, path)


def content_keys(db: Database, material: bytes | None = None) -> None:
    """A health and a glass key on the connection, as an advisor's unlock gives them: the store layer seals
    content (issue 11), so the figures below include that second layer. ``material``: 96 bytes (health key,
    glass key, private key) for a process that reads a store another process filled; random otherwise."""
    if db.content is not None:
        return
    material = material or os.urandom(96)
    keys = {HEALTH: material[:32], GLASS: material[32:64]}
    db.content = ContentKeys("bench", "user:bench", material[64:96], lambda: KeyBag(b"", keys), lambda _s: None)
    if not content.is_sealed(db):
        with db.transaction():
            content.initialise(db, keys)


def fill(db: Database, n_cases: int, seed: int = 7, start: int = 0, gen: SyntheticGenerator | None = None) -> float:
    """The same synthetic rows into either database through the store layer; returns seconds.

    ``start``/``gen`` let a caller fill in steps (cases ``start`` … ``start + n_cases``) with one generator."""
    content_keys(db)
    gen = gen or SyntheticGenerator(seed)
    t = time.perf_counter()
    batch = 1000
    for first in range(start, start + n_cases, batch):
        with db.transaction():
            for case in gen.cases(min(batch, start + n_cases - first), TODAY, first):
                p = case.person
                person = repo.person_by_reference(db, p.reference)
                pid = (
                    person.id
                    if person
                    else repo.insert_person(
                        db,
                        p.reference,
                        p.given_names,
                        p.family_name,
                        p.date_of_birth.isoformat(),
                        p.bsn,
                        p.bsn_legal_basis if p.bsn else None,
                    )
                )
                cid = repo.insert_case(
                    db,
                    case.reference,
                    pid,
                    case.case_type.value,
                    case.status.value,
                    case.question,
                    case.received_at.isoformat(),
                    case.assigned_advisor,
                    case.restricted,
                    "2026-11-25T00:00:00+00:00",
                    "bench",
                )
                for e in case.entries:
                    repo.insert_entry(db, cid, e.kind.value, e.text, e.written_on.isoformat(), e.author)
    return time.perf_counter() - t


def read_workload(db: Database, n_cases: int, rng: random.Random) -> dict[str, list[float]]:
    """Wall-time samples per workload, and under ``cpu:<workload>`` the thread's CPU time of the same
    calls (the reads are served from memory, so CPU time is what they cost without other processes'
    load on a shared machine)."""
    result: dict[str, list[float]] = {}

    def each(name: str, fn: Callable[[str], object], items: list[str]) -> None:
        wall, cpu = result.setdefault(name, []), result.setdefault(f"cpu:{name}", [])
        for item in items:
            t, c = time.perf_counter(), time.thread_time()
            fn(item)
            wall.append(time.perf_counter() - t)
            cpu.append(time.thread_time() - c)

    ids = rng.sample(range(1, n_cases + 1), 300)
    refs = [db.execute("SELECT reference FROM cases WHERE id = ?", (i,)).fetchone()[0] for i in ids]
    each("indexed lookup", lambda r: repo.case_by_reference(db, r), refs)
    each("open case (entries)", lambda r: repo.entries_of_case(db, repo.case_by_reference(db, r).id), refs)  # type: ignore[union-attr]
    each("first page", lambda _: repo.search_cases(db, repo.CaseQuery(), 0, 200), [""] * 20)
    words = ["Jansen", "Vries", "SYN-2026-0001", "Bakker", "Visser", "Smit", "Meijer", "Mulder"]
    each("search LIKE", lambda w: repo.search_cases(db, repo.CaseQuery(text=w), 0, 200), words * 5)
    each(
        "filter status",
        lambda s: repo.search_cases(db, repo.CaseQuery(status=s), 0, 200),
        ["new", "in-progress", "advised", "closed"] * 10,
    )
    each(
        "filter type",
        lambda t: repo.search_cases(db, repo.CaseQuery(case_type=t), 0, 200),
        ["acceptance-income", "incapacity-claim", "personal-injury"] * 10,
    )
    each(
        "filter advisor",
        lambda a: repo.search_cases(db, repo.CaseQuery(advisor=a), 0, 200),
        ["dr.jansen", "dr.bakker", "m.visser"] * 10,
    )
    return result


def timed_each(fn: Callable[[str], object], items: list[str]) -> list[float]:
    samples = []
    for item in items:
        t = time.perf_counter()
        fn(item)
        samples.append(time.perf_counter() - t)
    return samples


VARIANTS = {
    "medunit": "SQLCipher as medunit opens it by default",
    "mson": "SQLCipher with security.sqlcipher_memory_security = true",
    "msoff": "SQLCipher, cipher_memory_security OFF",
    "sqlite3": "plain SQLite (Python's sqlite3)",
}
#: Write-only variants (``--write-variants``, besides ``medunit``): where the write cost of encryption comes
#: from, and what SQLCipher's page settings change. (driver, key?, first pragmas)
_SHA512 = f"cipher_hmac_algorithm = {LEGACY_PAGE_HMAC}"
WRITE_VARIANTS: dict[str, tuple[str, bool, tuple[str, ...]]] = {
    "sqlite3": ("sqlite3", False, ()),
    "sqlite3-16k": ("sqlite3", False, ("page_size = 16384",)),
    "sqlite3-v14": ("sqlite3", False, ()),
    "sqlcipher-nokey": ("sqlcipher3", False, ()),
    "msoff": ("sqlcipher3", True, ()),
    "sha512": ("sqlcipher3", True, (_SHA512,)),
    "16k": ("sqlcipher3", True, ("cipher_page_size = 16384", _SHA512)),
    "16k-sha256": ("sqlcipher3", True, ("cipher_page_size = 16384",)),
}
WRITE_LABELS = {
    "sqlite3": "plain SQLite (Python's sqlite3, system SQLite), 4 KiB pages: the baseline",
    "sqlite3-16k": "plain SQLite, 16 KiB pages",
    "sqlite3-v14": "plain SQLite, the index of schema 14 (entries_kind on every entry; before change 18)",
    "sqlcipher-nokey": "the sqlcipher3 wheel's SQLite without a key (its build, no encryption)",
    "medunit": "SQLCipher as medunit opens a new store (4 KiB pages, HMAC-SHA256; `open_database`)",
    "medunit-100": "SQLCipher as medunit opened a new store before change 17 (the driver's 100 statement slots)",
    "medunit-v14": "SQLCipher as medunit opens a new store, the index of schema 14 (before change 18)",
    "msoff": "SQLCipher, a new store's settings, memory security off (4 KiB pages, HMAC-SHA256)",
    "sha512": "SQLCipher, HMAC-SHA512 (SQLCipher 4's default: stores created before issue 15)",
    "16k": "SQLCipher, 16 KiB pages (HMAC-SHA512)",
    "16k-sha256": "SQLCipher, 16 KiB pages and HMAC-SHA256",
}
#: steps per fill: the variants' fills are interleaved step by step so load on a shared machine falls on
#: all of them alike
FILL_STEPS = 20


#: reader processes per variant (``--read-processes``): processes of one configuration reading the same file
#: land up to 30 % apart on the same reads (0.88-1.12 ms for one filter in four processes at 100k cases,
#: docs/benchmarks.md), so each variant's read samples are pooled over several
READ_PROCESSES = 5


def serve_variant(variant: str, n: int, tmp: Path, material: bytes, reader: bool = False) -> None:
    """A worker process per variant (SQLCipher's memory security is process-wide once switched on).

    It reads commands from stdin so the parent can interleave the variants: ``fill K`` writes the next K
    cases, ``read SEED`` runs the read workload once, ``warm SEED`` runs it unrecorded, ``quit`` closes.
    Each answer is one JSON line. ``material``: the database key (32 bytes) and the content keys (96), so
    a ``reader`` process opens the file a filling process of the same variant wrote, with a fresh
    connection as a session after unlock does."""
    import json

    path = tmp / f"{variant}-{n}.db"
    key = material[:32]
    if variant in WRITE_VARIANTS:
        driver, keyed, first = WRITE_VARIANTS[variant]
        db = open_plain(path, driver, key=key if keyed else None, first=first)
    else:
        if variant == "mson":
            require_memory_security(True)
        if variant == "medunit-100":  # issue 15 change 17's "before": the sqlcipher3 driver's default cache
            database.STATEMENT_CACHE = 100
        db = open_database(path, key, create=not reader)
    if not reader:
        migrate(db)
        if variant.endswith("-v14"):  # issue 15 change 18's "before": every entry in (kind, recorded_at) again
            db.execute("DROP INDEX entries_recordings")
            db.execute("CREATE INDEX entries_kind ON health_entries(kind, recorded_at)")
    content_keys(db, material[32:])
    if reader:  # the restricted cases' keys, which the filling connection kept from creating them
        for (case_id,) in db.execute("SELECT id FROM cases WHERE restricted").fetchall():
            content.open_glass(db, case_id)
    gen = SyntheticGenerator(7)
    written = 0
    cpu0 = time.process_time()
    for line in sys.stdin:
        command, _, arg = line.strip().partition(" ")
        answer: object
        if command == "fill" and not reader:
            step = int(arg)
            answer = fill(db, step, start=written, gen=gen)
            written += step
        elif command in ("read", "warm"):
            samples = read_workload(db, n, random.Random(int(arg)))
            answer = samples if command == "read" else None
        elif command == "cpu":  # the worker's CPU time so far (the writes also wait on fsync)
            answer = time.process_time() - cpu0
        else:
            break
        print(json.dumps(answer), flush=True)
    db.close()


class Worker:
    """One worker process (``serve_variant``) and its command pipe."""

    def __init__(self, variant: str, n: int, tmp: Path, material: bytes, reader: bool) -> None:
        self.name = f"{variant}-{n}{' reader' if reader else ''}"
        command = [sys.executable, __file__, "--variant", variant, "--size", str(n), "--tmp", str(tmp)]
        self.proc = subprocess.Popen(
            [*command, *(["--reader"] if reader else [])], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert self.proc.stdin is not None
        self.proc.stdin.write(material.hex() + "\n")  # the keys on the pipe, not on the command line
        self.proc.stdin.flush()

    def ask(self, command: str) -> Any:  # one JSON answer: a number, the samples, or null
        import json

        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        return json.loads(self.proc.stdout.readline())

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        if self.proc.wait() != 0:
            raise RuntimeError(f"benchmark worker {self.name} failed")


def run_variants(
    tmp: Path, n: int, variants: list[str], rounds: int, processes: int = READ_PROCESSES
) -> dict[str, dict[str, list[float]]]:
    """Fill every variant interleaved (a, b, c, b, c, a, …), one filling process per variant. Then the reads:
    ``processes`` fresh processes per variant, all open at once, each on its variant's filled file; each
    first runs the rounds' queries once unrecorded (every variant then reads from a warm page cache, as
    the filling connection did), then ``rounds`` recorded rounds, every round visiting all processes in
    an order that rotates and reverses from round to round. Samples of all processes and rounds pooled."""
    material = {v: os.urandom(128) for v in variants}
    fillers = {v: Worker(v, n, tmp, material[v], reader=False) for v in variants}
    res: dict[str, dict[str, list[float]]] = {v: {"write": [0.0]} for v in variants}
    order = list(variants)
    step = max(1000, n // FILL_STEPS)
    for first in range(0, n, step):
        for v in order:
            res[v]["write"][0] += float(fillers[v].ask(f"fill {min(step, n - first)}"))
        order = order[1:] + order[:1]
    for v in variants:
        res[v]["cpu"] = [float(fillers[v].ask("cpu"))]
        fillers[v].close()  # the last connection to close checkpoints the WAL into the file
    if not rounds:
        return res
    readers = [(v, Worker(v, n, tmp, material[v], reader=True)) for _ in range(processes) for v in variants]
    for r in range(rounds):
        for _v, worker in readers:
            worker.ask(f"warm {r}")
    for r in range(rounds):
        shift = r % len(readers)
        turn = readers[shift:] + readers[:shift]
        for v, worker in reversed(turn) if r % 2 else turn:
            for w, samples in worker.ask(f"read {r}").items():
                res[v].setdefault(w, []).extend(samples)
    for _v, worker in readers:
        worker.close()
    return res


def bench_write_variants(tmp: Path, sizes: list[int], variants: list[str]) -> None:
    """The write workload only, in the variants named, interleaved like the main table (issue 15: where
    the write ratio comes from and what SQLCipher's page settings would change)."""
    out("## Writes: where encryption's cost comes from")
    out()
    out(f"The fill of the main table, the variants interleaved in {FILL_STEPS} steps; ratios against the first.")
    out("CPU = the worker process's CPU time (the fill also waits on fsync, which wall time includes).")
    out()
    out("| cases | variant | write (wall) | ratio | CPU | CPU ratio |")
    out("|---|---|---|---|---|---|")
    for n in sizes:
        res = run_variants(tmp, n, variants, 0)
        base = res[variants[0]]
        for v in variants:
            wall, cpu = res[v]["write"][0], res[v]["cpu"][0]
            out(
                f"| {n:,} | {WRITE_LABELS[v]} | {wall:.1f} s | {wall / base['write'][0]:.2f}× | {cpu:.1f} s | "
                f"{cpu / base['cpu'][0]:.2f}× |"
            )
    out()


def bench_cipher_vs_plain(
    tmp: Path, sizes: list[int], rounds: int, with_policy_variant: bool = True, processes: int = READ_PROCESSES
) -> None:
    out("## SQLCipher vs plain SQLite (same schema, queries, pragmas, store layer)")
    out()
    out("The same synthetic rows and queries in each variant: medunit's store as it opens it")
    out("(`cipher_memory_security` off unless the policy turns it on), the same with memory security")
    out("explicitly off, and plain SQLite. *Encryption* = memory security off vs plain; *medunit* = as")
    out(f"shipped vs plain. Each variant is filled by its own process, the fills interleaved in {FILL_STEPS} steps")
    out(f"taken in turn. The reads run in {processes} fresh processes per variant, all open at once, each on its")
    out("variant's filled file (one process of a configuration can land up to 30 % from another on the same")
    out("reads); each process runs the rounds' queries once unrecorded (a warm page cache), then")
    out(f"{rounds} recorded rounds, every round visiting all processes in an order that rotates and reverses;")
    out(f"medians of the samples of all {processes} processes and rounds pooled.")
    out()
    out("| cases | workload | medunit | memory security off | plain SQLite | encryption ratio | medunit ratio | p95 |")
    out("|---|---|---|---|---|---|---|---|")
    mson: dict[int, dict[str, dict[str, list[float]]]] = {}
    for n in sizes:
        res = run_variants(tmp, n, [v for v in VARIANTS if with_policy_variant or v != "mson"], rounds, processes)
        mson[n] = res
        for w in (w for w in res["medunit"] if not w.startswith("cpu")):
            a, k, b = med(res["medunit"][w]), med(res["msoff"][w]), med(res["sqlite3"][w])
            fmt = (lambda x: f"{x:.1f} s") if w == "write" else ms
            label = f"write {n:,} cases + ~{n * 10:,} entries" if w == "write" else w
            tail = "" if w == "write" else ms(p95(res["medunit"][w]))
            out(f"| {n:,} | {label} | {fmt(a)} | {fmt(k)} | {fmt(b)} | {k / b:.2f}× | {a / b:.2f}× | {tail} |")
    out()
    out("### The reads in CPU time")
    out()
    out("The same calls, timed as the reading thread's CPU time: on a shared machine the wall times above")
    out("also carry other processes' load (the medunit and memory-security-off columns are the same")
    out("configuration now, so their difference shows that noise). Writes are not listed: they wait on fsync.")
    out()
    out("| cases | workload | medunit | memory security off | plain SQLite | encryption ratio | medunit ratio |")
    out("|---|---|---|---|---|---|---|")
    for n, res in mson.items():
        for w in (w for w in res["medunit"] if w.startswith("cpu:")):
            a, k, b = med(res["medunit"][w]), med(res["msoff"][w]), med(res["sqlite3"][w])
            out(f"| {n:,} | {w[4:]} | {ms(a)} | {ms(k)} | {ms(b)} | {k / b:.2f}× | {a / b:.2f}× |")
    out()
    if not with_policy_variant:
        return
    out("### With the policy key `security.sqlcipher_memory_security = true`")
    out()
    out("Same run, a fourth interleaved variant that opens the store with memory security on.")
    out()
    out("| cases | workload | memory security on | plain SQLite | ratio | vs medunit default |")
    out("|---|---|---|---|---|---|")
    for n, res in mson.items():
        for w in (w for w in res["mson"] if not w.startswith("cpu")):
            a, b, d = med(res["mson"][w]), med(res["sqlite3"][w]), med(res["medunit"][w])
            fmt = (lambda x: f"{x:.1f} s") if w == "write" else ms
            label = "write" if w == "write" else w
            out(f"| {n:,} | {label} | {fmt(a)} | {fmt(b)} | {a / b:.2f}× | {a / d:.2f}× |")
    out()


def bench_indexes(tmp: Path, n: int) -> None:
    """Slow spot found by this suite: the case list's filters sorted by date needed a temporary sort of
    every matching row. Schema v4 adds (filter column, received_at) indexes; both shapes measured here."""
    out("## Slow spot fixed: case-list filters (schema v3 → v4)")
    out()
    out(f"| {n:,} cases, page of 200 | before (v3) median | after (v4) median | speed-up |")
    out("|---|---|---|---|")
    results = {}
    for version in (3, 4):
        db = open_database(tmp / f"idx{version}.db", os.urandom(32), create=True)
        migrate(db, target=version)
        fill(db, n)
        results[version] = {
            name: med(timed(lambda q=q, db=db: repo.search_cases(db, q, 0, 200), 20))  # type: ignore[misc]
            for name, q in (
                ("filter status", repo.CaseQuery(status="new")),
                ("filter type", repo.CaseQuery(case_type="incapacity-claim")),
                ("filter advisor", repo.CaseQuery(advisor="dr.jansen")),
                ("no filter", repo.CaseQuery()),
            )
        }
        db.close()
    for name in results[3]:
        a, b = results[3][name], results[4][name]
        out(f"| {name} | {ms(a)} | {ms(b)} | {a / b:.1f}× |")
    out()


def bench_fts(tmp: Path, sizes: list[int]) -> None:
    """Full-text search over health entries inside the encrypted store: FTS5 vs LIKE (does FTS pay off?)."""
    out("## Full-text search over health entries (inside the encrypted store)")
    out()
    out("| cases | entries | LIKE '%term%' median | FTS5 MATCH median | ratio | FTS index build | store growth |")
    out("|---|---|---|---|---|---|---|")
    terms = ["hernia", "metformine", "fysiotherapie", "burn-out", "orthopeed", "knie", "slaapproblemen", "MRI"]
    for n in sizes:
        path = tmp / f"fts{n}.db"
        db = open_database(path, os.urandom(32), create=True)
        migrate(db)
        fill(db, n)
        db.pragma("wal_checkpoint(TRUNCATE)")
        size_before = path.stat().st_size
        entries = int(db.execute("SELECT count(*) FROM health_entries").fetchone()[0])
        like = timed_each(
            lambda t, db=db: db.execute(  # type: ignore[misc]
                "SELECT id FROM health_entries WHERE text LIKE ? LIMIT 200", (f"%{t}%",)
            ).fetchall(),
            terms * 3,
        )
        t0 = time.perf_counter()
        with db.transaction():
            db.execute(
                "CREATE VIRTUAL TABLE entries_fts USING fts5(text, content='health_entries', content_rowid='id')"
            )
            db.execute("INSERT INTO entries_fts(entries_fts) VALUES ('rebuild')")
        build = time.perf_counter() - t0
        db.pragma("wal_checkpoint(TRUNCATE)")
        growth = path.stat().st_size / size_before
        fts = timed_each(
            lambda t, db=db: db.execute(  # type: ignore[misc]
                "SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? LIMIT 200", (f'"{t}"',)
            ).fetchall(),
            terms * 3,
        )
        out(
            f"| {n:,} | {entries:,} | {ms(med(like))} | {ms(med(fts))} | {med(like) / med(fts):.1f}× | "
            f"{build:.1f} s | {growth:.2f}× |"
        )
        db.close()
    out()
    out("LIKE stops at the first 200 hits, so common terms are cheap for it too; rare terms scan every entry.")
    out()


def bench_log(tmp: Path, sizes: list[int]) -> None:
    out("## Access log: append and `audit verify`")
    out()
    out("| entries | append (per entry) | verify (whole chain) | verify per entry |")
    out("|---|---|---|---|")
    key = os.urandom(32)
    db = open_database(tmp / "log.db", key, create=True)
    migrate(db)
    log_key = access_log.derive_log_key(key)
    written = 0
    entry = access_log.LogEntry(
        at="2026-11-25T10:00:00+00:00",
        user="dr.jansen",
        role="medical-advisor",
        responsible="dr.jansen",
        action="health.read",
        outcome="granted",
        workstation="ws/abc",
        person_ref="P-900001",
        case_ref="SYN-2026-000001",
        record_ids=("entry:1", "entry:2"),
    )
    for n in sizes:
        t = time.perf_counter()
        while written < n:
            with db.transaction():
                for _ in range(min(10_000, n - written)):
                    access_log.append(db, entry, log_key)
                    written += 1
        per = (time.perf_counter() - t) / max(1, n - (written - n if written > n else 0))
        v = timed(lambda: access_log.verify_chain(db, log_key), 1 if n >= 1_000_000 else 3)
        out(f"| {n:,} | {per * 1e6:.1f} µs | {med(v):.2f} s | {med(v) / n * 1e6:.2f} µs |")
    db.close()
    out()


def bench_service(tmp: Path) -> None:
    """Logged (service) read vs unlogged (repository) read of the same row; 20 MB attachment; purge."""
    use_bench_environment(tmp, policy=CHEAP_KDF + "[attachments]\nmax_mb = 50\n")
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from medunit.config.policy import load_policy
    from medunit.services import admin, demo, records, stores
    from tests.support.unit import accept_confidentiality

    policy = load_policy()
    session, code = stores.create_store(tmp / "svc", "alice", "correct horse battery staple", policy, binding=False)
    admin.add_user(session, "dr.jansen", "medical-advisor", "unit member passphrase", code)
    demo.seed(session, 1000, recovery_code=code)
    session.close()
    ma = stores.unlock(tmp / "svc", "dr.jansen", "unit member passphrase", policy)
    accept_confidentiality(ma)
    ref = records.list_cases(ma, records.CaseQuery(), 0, 1)[0].reference
    logged = timed(lambda: records.get_case(ma, ref), 500)
    db = ma.vault.db
    unlogged = timed(lambda: repo.case_by_reference(db, ref), 500)
    out("## Service layer")
    out()
    out("| measure | medunit | baseline | ratio |")
    out("|---|---|---|---|")
    out(
        f"| read one case: logged service call vs unlogged repository read | {ms(med(logged))} | "
        f"{ms(med(unlogged))} | {med(logged) / med(unlogged):.1f}× |"
    )
    big = max((c for c in records.list_cases(ma, records.CaseQuery(), 0, 200)), key=lambda c: c.reference)
    for i in range(50 - len(records.entries(ma, big.reference))):
        records.add_entry(ma, big.reference, "note", f"Notitie {i} " * 40)
    opened = timed(lambda: (records.get_case(ma, big.reference), records.entries(ma, big.reference)), 50)
    out(f"| open a case with 50 entries (case + entries, both logged) | {ms(med(opened))} | | |")
    payload = b"%PDF-1.7\n" + os.urandom(20 * 1024 * 1024)
    store_t = timed(lambda: records.add_attachment(ma, big.reference, "scan.pdf", io.BytesIO(payload)), 3)
    att = records.attachments(ma, big.reference)[-1]
    read_t = timed(lambda: b"".join(records.read_attachment(ma, big.reference, att.id)), 3)
    aes_key = os.urandom(32)

    def aes_file() -> None:
        nonce = os.urandom(12)
        p = tmp / "aes.bin"
        with p.open("wb") as fh:
            fh.write(nonce + AESGCM(aes_key).encrypt(nonce, payload, None))
            fh.flush()
            os.fsync(fh.fileno())

    def aes_read() -> None:
        blob = (tmp / "aes.bin").read_bytes()
        AESGCM(aes_key).decrypt(blob[:12], blob[12:], None)

    w = timed(aes_file, 3)
    r = timed(aes_read, 3)
    out(
        f"| store a 20 MB attachment vs AES-GCM to a file | {ms(med(store_t))} | {ms(med(w))} | "
        f"{med(store_t) / med(w):.1f}× |"
    )
    out(
        f"| read a 20 MB attachment vs AES-GCM file read | {ms(med(read_t))} | {ms(med(r))} | "
        f"{med(read_t) / med(r):.1f}× |"
    )
    ma.close()
    out()


def bench_purge(tmp: Path, n: int) -> None:
    key = os.urandom(32)
    db = open_database(tmp / f"purge{n}.db", key, create=True)
    migrate(db)
    fill(db, n)
    from medunit.store import workflow as wf

    with db.transaction():
        db.execute("UPDATE cases SET status = 'closed', closed_at = '2015-01-01T00:00:00+00:00' WHERE id % 10 = 0")
        old = (datetime.now(UTC) - timedelta(days=40)).isoformat()
        db.execute("UPDATE health_entries SET kind = 'recording', recorded_at = ? WHERE id % 50 = 0", (old,))
    before = (datetime.now(UTC) - timedelta(days=28)).isoformat()
    t = time.perf_counter()
    with db.transaction():
        rec = wf.due_recordings(db, before)
        wf.delete_entries(db, rec)
        cases = wf.due_closed_cases(db, "2020-01-01T00:00:00+00:00")
        wf.delete_cases(db, cases)
    wf.checkpoint(db)
    took = time.perf_counter() - t
    out("## Retention purge")
    out()
    out(
        f"Purge on {n:,} cases: {len(rec):,} recordings and {len(cases):,} closed cases (with their entries) "
        f"deleted with secure_delete, WAL truncated: **{took:.1f} s**."
    )
    out()
    db.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    parser.add_argument("--fts-only", action="store_true", help="only the full-text search section")
    parser.add_argument(
        "--sections", nargs="+", choices=["store", "service", "log", "purge", "indexes", "fts"], help="default: all"
    )
    parser.add_argument("--skip-policy-variant", action="store_true", help="store section without memory security on")
    parser.add_argument(
        "--write-variants",
        nargs="+",
        choices=list(WRITE_LABELS),
        help="only the write workload in these variants (the first is the baseline); see WRITE_LABELS",
    )
    parser.add_argument(
        "--read-processes",
        type=int,
        default=READ_PROCESSES,
        help=f"store section: reader processes per variant, samples pooled (default {READ_PROCESSES})",
    )
    parser.add_argument("--output", type=Path, help="write here instead of docs/benchmarks[-quick].md")
    parser.add_argument("--sizes", type=int, nargs="+", help="case counts (default 10,000 and 100,000)")
    parser.add_argument("--variant", help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--tmp", help=argparse.SUPPRESS)
    parser.add_argument("--reader", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.variant:
        serve_variant(args.variant, args.size, Path(args.tmp), bytes.fromhex(sys.stdin.readline()), args.reader)
        return
    sizes = args.sizes or ([1000, 5000] if args.quick else [10_000, 100_000])
    log_sizes = [10_000, 50_000] if args.quick else [100_000, 1_000_000]
    with tempfile.TemporaryDirectory(prefix="medunit-bench-") as t:
        tmp = Path(t)
        out("# medunit benchmarks")
        out()
        out(
            f"Machine: {platform.node()}, {platform.machine()}, {os.cpu_count()} cores, Python "
            f"{platform.python_version()}, {platform.platform()}. Date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC. "
            f"Command: `make bench`{' --quick' if args.quick else ''}. Synthetic data from `medunit.domain.synthetic` "
            "(~10 entries per case). Medians; ratios against a baseline measured in the same run."
        )
        out()
        out(load_line())
        out()
        if args.fts_only:
            bench_fts(tmp, sizes)
            print("\n".join(LINES))
            return
        if args.write_variants:
            bench_write_variants(tmp, sizes, args.write_variants)
            out(load_line())
            if args.output:
                args.output.write_text("\n".join(LINES) + "\n", encoding="utf-8")
            return
        rounds = 3 if args.quick else 5
        steps: dict[str, Callable[[], None]] = {
            "store": lambda: bench_cipher_vs_plain(
                tmp, sizes, rounds, not args.skip_policy_variant, args.read_processes
            ),
            "service": lambda: bench_service(tmp),
            "log": lambda: bench_log(tmp, log_sizes),
            "purge": lambda: bench_purge(tmp, sizes[-1]),
            "indexes": lambda: bench_indexes(tmp, sizes[-1]),
            "fts": lambda: bench_fts(tmp, sizes),
        }
        for name, step in steps.items():
            if args.sections is None or name in args.sections:
                step()
        out(load_line())
        out()
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        out(f"Peak RSS of the benchmark process: {rss:.0f} MiB.")
    target = args.output or ROOT / "docs" / ("benchmarks-quick.md" if args.quick else "benchmarks.md")
    target.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()

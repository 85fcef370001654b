"""Access-log benchmark (issue 15 point 4): `audit verify` at 1M signed entries, and a logged read vs an
unlogged read of the same row (``--read-only``: the same store reads and unsealing without the gate's
transaction and log entry; the bare repository SELECT shown beside it). Baselines are measured in the
same run.

    PYTHONPATH=. .venv/bin/python tests/bench/bench_log.py [--entries N] [--quick] [--interleaved]
        [--verify-only] [--workers N] [--profile]

The log is written the way medunit writes it: one transaction per service call, each ending in the acting
user's signature; five users take turns in sessions of 20–400 transactions (a workstation is used by one
person at a time). ``--interleaved`` writes the log of the unit server instead (issue 12): 20 users acting
at once, every transaction 1–3 entries, the users' transactions interleaved at random (100,000 entries
unless ``--entries`` says otherwise), so nearly every transaction ends a run of one key and has its
Ed25519 signature checked. Verify is timed twice: chain and MACs only (what `audit verify` checked before
personal signatures) and the full check (chain, MACs, every transaction's signer, Ed25519 per run of one
key; ``--workers`` sets the processes for the Ed25519 checks, default one per core). The CPU time of the
full check includes its worker processes'. ``--profile`` prints cProfile's top lines of the full verify.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from medunit.crypto import log_signatures, personal  # noqa: E402
from medunit.store import access_log  # noqa: E402
from medunit.store.access_log import KnownKey, LogEntry  # noqa: E402
from medunit.store.database import Database, open_database  # noqa: E402
from medunit.store.schema import migrate  # noqa: E402
from tests.support.bench_env import CHEAP_KDF, use_bench_environment  # noqa: E402

USERS = ("dr.jansen", "dr.bos", "staff.smit", "staff.dekker", "po.bakker")
SERVER_USERS = tuple(f"user{n:02d}" for n in range(20))  # --interleaved: 20 workstations at once


def _median_us(fn: Callable[[], object], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t)
    return statistics.median(samples) * 1e6


def _cpu() -> float:
    """CPU time of this process and of its finished worker processes."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


@dataclass
class BenchLog:
    """A written log and what verifying it needs."""

    db: Database
    log_key: bytes
    store_id: str
    keys: dict[str, KnownKey]
    transactions: int
    append_us: float  # append + sign with its own commit, per entry (a sample at the start)


def write_log(tmp: Path, n: int, *, interleaved: bool = False) -> BenchLog:
    """``n`` signed entries in ``tmp``/log.db, laid out as the module docstring says."""
    users = SERVER_USERS if interleaved else USERS
    key = os.urandom(32)
    db = open_database(tmp / "log.db", key, create=True)
    migrate(db)
    log_key = access_log.derive_log_key(key)
    store_id = "bench"
    signers = {u: personal.LogSigner.from_raw(store_id, personal.new_log_key()) for u in users}
    keys = {s.key_id: KnownKey(u, s.public, 0) for u, s in signers.items()}
    rng = random.Random(7)
    first = LogEntry(
        at="2026-11-25T10:00:00+00:00",
        user="alice",
        role="unit-admin",
        responsible="alice",
        action="user.manage",
        outcome="granted",
        workstation="ws/abc",
        record_ids=tuple(access_log.REGISTERED + k for k in keys),
    )

    def entry(user: str) -> LogEntry:
        return LogEntry(
            at="2026-11-25T10:00:00.123456+00:00",
            user=user,
            role="medical-advisor",
            responsible=user,
            action="health.read",
            outcome="granted",
            workstation="ws/abc",
            person_ref="P-900001",
            case_ref="SYN-2026-000001",
            record_ids=("entry:1", "entry:2"),
            basis="role:medical-advisor",
        )

    # Append as medunit does (one SQLite transaction per service call, fsync'd): timed on a sample.
    with db.transaction():
        access_log.append(db, first, log_key)  # registers the keys (unsigned: signing starts at #2)
    sample = 2_000
    t0 = time.perf_counter()
    for _ in range(sample):
        with db.transaction():
            access_log.append(db, entry(users[0]), log_key, signers[users[0]])
    append_us = (time.perf_counter() - t0) / sample * 1e6
    # The rest in batches of SQLite commits (the log's content is the same).
    written = 1 + sample
    transactions = sample
    with db.transaction():
        if interleaved:
            # Every transaction by a user drawn at random, 1–3 entries, signed by its last entry.
            while written < n:
                user = rng.choice(users)
                for _ in range(min(rng.randint(1, 3), n - written) - 1):
                    access_log.append(db, entry(user), log_key, signers[user], sign=False)
                    written += 1
                access_log.append(db, entry(user), log_key, signers[user])
                written += 1
                transactions += 1
        # Sessions of 20-400 transactions of one user, each transaction one entry, one in ten with a second.
        while written < n:
            user = rng.choice(users)
            for _ in range(rng.randint(20, 400)):
                if written >= n:
                    break
                if rng.random() < 0.1 and written + 1 < n:
                    access_log.append(db, entry(user), log_key, signers[user], sign=False)
                    written += 1
                access_log.append(db, entry(user), log_key, signers[user])
                written += 1
                transactions += 1
    return BenchLog(db, log_key, store_id, keys, transactions, append_us)


def bench_verify(
    tmp: Path, n: int, *, interleaved: bool = False, profile: bool = False, workers: int | None = None
) -> None:
    written = write_log(tmp, n, interleaved=interleaved)
    db, log_key, store_id, keys = written.db, written.log_key, written.store_id, written.keys
    transactions, append_us = written.transactions, written.append_us
    t, c = time.perf_counter(), time.process_time()
    base = access_log.verify_chain(db, log_key)
    base_s, base_cpu = time.perf_counter() - t, time.process_time() - c
    t, c = time.perf_counter(), _cpu()
    full = access_log.verify_chain(db, log_key, store_id=store_id, keys=keys, signed_from=2, workers=workers)
    full_s, full_cpu = time.perf_counter() - t, _cpu() - c
    if profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.runcall(access_log.verify_chain, db, log_key, store_id=store_id, keys=keys, signed_from=2, workers=workers)
        pstats.Stats(prof).sort_stats("tottime").print_stats(12)
    assert base.ok and full.ok, (base.problem, full.problem)
    assert full.signatures == transactions
    load = os.getloadavg()[0]
    print(f"Load average at the end: {load:.1f} on {os.cpu_count()} cores (wall time suffers; CPU time does not).")
    print()
    layout = "20 users interleaved, transactions of 1–3 entries" if interleaved else "sessions of one user"
    print(f"Signature checks in {workers or log_signatures.available_cores()} process(es).")
    print(f"Log: {layout}; {full.signatures:,} signed transactions, {full.signature_checks:,} Ed25519 checks.")
    print(
        "| entries | signed transactions | append + sign, own commit (per entry) | verify: chain + MACs only "
        "(wall / CPU) | verify: full (wall / CPU) | target |"
    )
    print("|---|---|---|---|---|---|")
    print(
        f"| {n:,} | {full.signatures:,} | {append_us:.0f} µs | {base_s:.2f} s / {base_cpu:.2f} s "
        f"| {full_s:.2f} s / {full_cpu:.2f} s | < 10 s |"
    )
    db.close()


#: The durability settings a logged read is timed under: (label, the policy's [store] lines).
READ_SETTINGS = (
    ("default: `read_log_flush_ms = 200` (read entries fsync'd within 200 ms)", ""),
    ("strict: `read_log_flush_ms = 0` (every commit fsync'd)", "read_log_flush_ms = 0\n"),
    ("`sync_every_commit = false` (nothing fsync'd per commit)", "sync_every_commit = false\n"),
)


def bench_read(tmp: Path, rounds: int = 3, calls: int = 400) -> None:
    """A logged service read (``records.get_case``: the gate, one transaction that reads the case and
    appends and signs its log entry) against the fair unlogged read of the same row (the same store reads
    and unsealing, ``records.case_detail``, without the gate's transaction and entry), with the bare
    repository SELECT as an extra column. The three reads are interleaved call by call; the durability
    settings (``READ_SETTINGS``) take turns over ``rounds``, each unlocked as the policy says."""
    policy_file = use_bench_environment(tmp)
    from medunit.config.policy import load_policy
    from medunit.services import admin, confidentiality, demo, records, stores
    from medunit.store import records as repo

    policy = load_policy()
    session, code = stores.create_store(tmp / "svc", "alice", "correct horse battery staple", policy, binding=False)
    admin.add_user(session, "dr.jansen", "medical-advisor", "unit member passphrase", code)
    demo.seed(session, 1000, recovery_code=code)
    session.close()
    ma = stores.unlock(tmp / "svc", "dr.jansen", "unit member passphrase", policy)
    confidentiality.accept(ma, confidentiality.statement(policy).version)
    ref = records.list_cases(ma, records.CaseQuery(), 0, 1)[0].reference
    ma.close()
    samples: dict[str, tuple[list[float], list[float], list[float], list[float]]] = {
        label: ([], [], [], []) for label, _ in READ_SETTINGS
    }
    for r in range(rounds):
        order = READ_SETTINGS[r % len(READ_SETTINGS) :] + READ_SETTINGS[: r % len(READ_SETTINGS)]
        for label, lines in order:
            policy_file.write_text(CHEAP_KDF + "[store]\n" + lines)
            ma = stores.unlock(tmp / "svc", "dr.jansen", "unit member passphrase", load_policy())
            db = ma.vault.db

            def fair(db: Database = db) -> object:
                row = repo.case_by_reference(db, ref)
                assert row is not None
                return records.case_detail(db, row, True)

            for _ in range(50):  # warm all three paths
                records.get_case(ma, ref)
                fair()
                repo.case_by_reference(db, ref)
            logged, cpu, unlogged, select = samples[label]
            for _ in range(calls):
                t, c = time.perf_counter(), time.thread_time()
                records.get_case(ma, ref)
                logged.append(time.perf_counter() - t)
                cpu.append(time.thread_time() - c)
                t = time.perf_counter()
                fair()
                unlogged.append(time.perf_counter() - t)
                t = time.perf_counter()
                repo.case_by_reference(db, ref)
                select.append(time.perf_counter() - t)
            ma.close()
    print()
    print(f"Load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores.")
    print()
    print(
        "| durability | logged service read (CPU) | unlogged read of the same row (case, person, question "
        "opened) | ratio | target | repository SELECT only | ratio to it |"
    )
    print("|---|---|---|---|---|---|---|")
    for label, (logged, cpu, unlogged, select) in samples.items():
        a, c, b, d = (statistics.median(x) * 1e6 for x in (logged, cpu, unlogged, select))
        print(
            f"| {label}, medians of {len(logged):,} | {a:.0f} µs ({c:.0f} µs) | {b:.0f} µs | {a / b:.1f}× | ≤ 3× "
            f"| {d:.0f} µs | {a / d:.0f}× |"
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, help="default 1,000,000 (--quick, --interleaved: 100,000)")
    parser.add_argument("--quick", action="store_true", help="100,000 entries")
    parser.add_argument("--read-only", action="store_true", help="only the logged vs unlogged read")
    parser.add_argument("--interleaved", action="store_true", help="the unit server's log: 20 users at once")
    parser.add_argument("--verify-only", action="store_true", help="skip the logged vs unlogged read")
    parser.add_argument("--profile", action="store_true", help="cProfile's top lines of the full verify")
    parser.add_argument("--workers", type=int, help="processes for the signature checks (default: one per core)")
    args = parser.parse_args()
    entries = args.entries or (100_000 if args.quick or args.interleaved else 1_000_000)
    with tempfile.TemporaryDirectory() as tmp:
        if not args.read_only:
            bench_verify(Path(tmp), entries, interleaved=args.interleaved, profile=args.profile, workers=args.workers)
        if not args.verify_only:
            bench_read(Path(tmp))


if __name__ == "__main__":
    main()

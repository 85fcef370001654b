"""20 workstations at once on one unit server, through the services the GUI calls: nothing reported as
saved is lost, no lock is left waiting and no session hangs, every logged act has its access-log row,
and ``audit verify`` passes. Timing lives in tests/bench/bench_server.py."""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from pathlib import Path

from medunit.config.policy import Policy
from medunit.services import stores
from tests.support.backends import server_location
from tests.support.pg import Cluster
from tests.support.server_load import check, dba, prepare, run_load
from tests.support.unit import USER_PASS


def test_twenty_sessions_lose_nothing_leave_no_lock_and_keep_the_log(
    pg_cluster: Cluster, policy: Policy, tmp_path: Path
) -> None:
    plan = prepare(server_location(pg_cluster), policy, tmp_path / "load", sessions=20)
    # two shifts of two rounds each: unlock, (page, open, read, entry), (page, open, read, draft+sign), lock
    result = run_load(plan, rounds=4, shift=2)
    problems, _ = check(plan, result)
    assert problems == []
    assert result.rounds == 80
    assert len([e for s in result.sessions for e in s.entries]) == 40
    assert len([a for s in result.sessions for a in s.signed]) == 40
    assert result.logged("health.read") == 80


def test_a_workstation_killed_inside_a_transaction_leaves_no_lock_behind(
    pg_cluster: Cluster, policy: Policy, tmp_path: Path
) -> None:
    """A workstation that dies (power cut, killed process) while it holds the server's writer lock: the
    server ends its transaction when the connection drops, and the others go on at once."""
    plan = prepare(server_location(pg_cluster), policy, tmp_path / "load", sessions=4, advisors=2, shared=2)
    context = multiprocessing.get_context("fork")
    holding = context.Event()

    def hold() -> None:
        session = stores.unlock(plan.location, plan.advisors[0], USER_PASS, policy)
        with session.vault.db.transaction():
            holding.set()
            time.sleep(300)

    proc = context.Process(target=hold, daemon=True)
    proc.start()
    try:
        assert holding.wait(60)
        with dba(plan.location) as conn:
            held = conn.execute("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted").fetchone()
        assert held == (1,)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.join()
    result = run_load(plan, rounds=2, shift=2)
    problems, _ = check(plan, result)
    assert problems == []
    assert result.conflicts == 0  # nobody waited out the 10 s lock timeout on the dead workstation's lock

"""20 workstations at once on one unit server, through the services the GUI calls: nothing reported as
saved is lost, no lock is left waiting and no session hangs, every logged act has its access-log row,
and ``audit verify`` passes. Timing lives in tests/bench/bench_server.py."""

from __future__ import annotations

from pathlib import Path

from medunit.config.policy import Policy
from tests.support.backends import server_location
from tests.support.pg import Cluster
from tests.support.server_load import check, prepare, run_load


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

"""20 sessions at once on one unit server: no lost update (optimistic locking), nothing left hanging,
the server-side chain verifies, every logged read has its row. Timing lives in tests/bench/bench_server.py."""

from __future__ import annotations

from tests.support.server_load import run_load
from tests.support.unit_server import UnitServer


def test_twenty_sessions_lose_no_update_and_keep_the_chain(unit_server: UnitServer) -> None:
    result = run_load(unit_server, sessions=20, rounds=3)
    assert result.errors == []
    assert result.increments == 60
    with unit_server.content("pat") as pat:
        assert pat.verify_log() is None
    with unit_server.dba() as dba:
        reads = dba.execute("SELECT count(*) FROM medunit.access_log WHERE action = 'content.read' AND granted")
        assert reads.fetchone() == (result.reads + 1,)  # + the final check's read
        leftover = dba.execute("SELECT count(*) FROM pg_locks WHERE NOT granted").fetchone()
        assert leftover == (0,)

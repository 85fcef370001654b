"""The advisor's workflow on one unit server from many sessions at once (threads, one connection each):
list cases, open one (logged read), edit a shared record with optimistic locking (reload and retry on
"changed by … ; reload"), add an entry to a case of one's own.

Used by the suite (a short run, checked for lost updates, deadlocks and the log chain; no timing) and by
``tests/bench/bench_server.py`` (20 sessions for 5 minutes, figures for docs/benchmarks.md).
"""

from __future__ import annotations

import os
import threading
import time
import uuid
from dataclasses import dataclass, field

from medunit.errors import ConflictError
from tests.support.unit_server import UnitServer

KEY = os.urandom(32)
SESSION_USERS = ("alice", "bob", "sam")


@dataclass
class LoadResult:
    increments: int = 0
    conflicts: int = 0
    reads: int = 0
    writes: int = 0
    errors: list[str] = field(default_factory=list)
    latencies_ms: dict[str, list[float]] = field(default_factory=dict)
    seconds: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def timed(self, what: str, started: float) -> None:
        with self.lock:
            self.latencies_ms.setdefault(what, []).append((time.perf_counter() - started) * 1000)


def seed_counter(server: UnitServer) -> tuple[uuid.UUID, uuid.UUID]:
    with server.content("alice") as alice:
        case = alice.create_case("GD-SHARED", "claim", "open", {"name": "shared"}, KEY)
        record, _ = alice.put(case, "advice_draft", b"0", KEY, "health")
    return case, record


def _session(server: UnitServer, n: int, case: uuid.UUID, counter: uuid.UUID, until: float, rounds: int,
             result: LoadResult) -> None:  # fmt: skip
    user = SESSION_USERS[n % len(SESSION_USERS)]
    done = 0
    try:
        with server.content(user, workstation=f"ws-{n}") as me:
            own = me.create_case(f"GD-{n}-{uuid.uuid4().hex[:8]}", "claim", "open", {"name": f"p{n}"}, KEY)
            while (rounds and done < rounds) or (not rounds and time.monotonic() < until):
                t = time.perf_counter()
                me.cases(KEY)
                result.timed("case list", t)
                while True:  # read-modify-write of the shared record: reload on conflict, never overwrite
                    t = time.perf_counter()
                    current = me.read(counter, KEY, reason="load")
                    result.timed("logged read", t)
                    try:
                        t = time.perf_counter()
                        me.put(case, "advice_draft", str(int(current.plaintext) + 1).encode(), KEY, "health",
                               counter, current.version)  # fmt: skip
                        result.timed("versioned write", t)
                        break
                    except ConflictError:
                        with result.lock:
                            result.conflicts += 1
                            result.reads += 1
                with result.lock:
                    result.increments += 1
                    result.reads += 1
                    result.writes += 2
                me.put(own, "health_entry", f"entry {done}".encode(), KEY, "health")
                done += 1
    except Exception as exc:  # collected: the caller asserts there were none
        with result.lock:
            result.errors.append(f"session {n}: {type(exc).__name__}: {exc}")


def run_load(server: UnitServer, sessions: int = 20, rounds: int = 0, seconds: float = 0.0) -> LoadResult:
    """``rounds`` per session, or for ``seconds``; returns what happened (the caller checks it)."""
    case, counter = seed_counter(server)
    result = LoadResult()
    until = time.monotonic() + seconds
    threads = [threading.Thread(target=_session, args=(server, n, case, counter, until, rounds, result))
               for n in range(sessions)]  # fmt: skip
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=seconds + 600)
        if thread.is_alive():
            result.errors.append("a session hangs (deadlock or lock wait not resolved)")
    result.seconds = time.perf_counter() - started
    with server.content("alice") as alice:
        final = int(alice.read(counter, KEY).plaintext)
    if final != result.increments:
        result.errors.append(f"lost update: counter {final}, increments {result.increments}")
    return result

"""The advisor's workflow from many workstations at once on one unit server, through the services layer
(the calls the GUI makes), and the checks that nothing was lost.

Each session is its own process (``fork``): a workstation of its own, with its own copy of the unit's
keychain file (the slots are bound to that workstation's secret, as on a real one), so no two sessions
share a connection, a Python lock or a keychain file. A session repeats shifts: unlock as an advisor,
then rounds of *first page of the case list → open a case → read its health entries (logged) → add an
entry to that case* or *→ draft and sign the advice of the session's own case*, then lock.

The cases read and written are a small shared set, so sessions constantly write to the same cases and
the same access log at the same moment. Used by the suite (a few rounds, checked; no timing) and by
``tests/bench/bench_server.py`` (20 sessions for 5 minutes, figures for docs/benchmarks.md).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import queue
import random
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import psycopg

from medunit.config.policy import Policy
from medunit.domain.permissions import Action
from medunit.domain.roles import Role
from medunit.errors import ConflictError
from medunit.services import admin, advice, audit, intake, profiles, records, stores
from medunit.services.records import CaseQuery
from medunit.services.session import Session
from medunit.store.pg.logins import login_role, unit_of
from medunit.store.pg.url import parse_server_url
from tests.support.unit import TODAY, USER_PASS, USERS, Unit, accept_confidentiality, intake_json, make_unit

T = TypeVar("T")

#: The acts whose latency is reported, in workflow order.
ACTS = ("unlock", "first page", "open case", "read health (logged)", "add entry", "draft advice", "sign advice", "lock")
#: How often an act refused as "the server is busy" (ConflictError) is tried again before it counts as an error.
RETRIES = 5
OUTCOME = {"decision": "accept"}
PAGE = 200  # the GUI's page of the case list


@dataclass(frozen=True)
class LoadPlan:
    """What the sessions work on: the server, the advisors, the shared cases and each session's own case."""

    location: str
    policy: Policy
    advisors: tuple[str, ...]
    shared: tuple[str, ...]
    own: tuple[str, ...]  # one per session
    keyring: Path  # the unit's workstation keychain file, copied for each session
    work: Path


@dataclass
class SessionResult:
    """What one session did and saw (sent back from its process)."""

    number: int
    user: str
    rounds: int = 0
    latencies: dict[str, list[float]] = field(default_factory=dict)
    #: (case reference, entry id, text) of every entry the service reported as saved
    entries: list[tuple[str, int, str]] = field(default_factory=list)
    #: (case reference, version, remark) of every advice the service reported as signed
    signed: list[tuple[str, int, str]] = field(default_factory=list)
    #: successful logged acts by action (each must have its granted access-log row)
    logged: dict[str, int] = field(default_factory=dict)
    conflicts: int = 0
    errors: list[str] = field(default_factory=list)


@dataclass
class LoadResult:
    sessions: list[SessionResult]
    seconds: float
    hanging: int
    first_seq: int  # the access log's last seq before the sessions started
    last_seq: int  # and after they ended

    @property
    def rounds(self) -> int:
        return sum(s.rounds for s in self.sessions)

    @property
    def acts(self) -> int:
        return sum(len(v) for s in self.sessions for v in s.latencies.values())

    @property
    def conflicts(self) -> int:
        return sum(s.conflicts for s in self.sessions)

    @property
    def errors(self) -> list[str]:
        return [e for s in self.sessions for e in s.errors]

    def latencies(self, act: str) -> list[float]:
        return [x for s in self.sessions for x in s.latencies.get(act, [])]

    def logged(self, action: str) -> int:
        return sum(s.logged.get(action, 0) for s in self.sessions)


def dba(location: str) -> psycopg.Connection[Any]:
    """The DBA's connection (the test URL carries the DBA's credentials): for pg_locks, pg_stat_activity
    and counting log rows by action, never for medunit's own work."""
    url = parse_server_url(location)
    return psycopg.connect(
        host=url.host, port=url.port, dbname=url.dbname, user=url.user, password=url.password, autocommit=True
    )


def advisor_name(n: int) -> str:
    return f"adviseur.{n:02d}"


def prepare(
    location: str,
    policy: Policy,
    work: Path,
    sessions: int,
    advisors: int = 5,
    shared: int = 8,
    unit: Unit | None = None,
) -> LoadPlan:
    """A unit on ``location`` (made here unless ``unit`` is given) with ``advisors`` medical advisors
    (BIG number in their profile, statement accepted, keys issued at a first unlock), ``shared`` cases
    everyone works on and one case per session for its advice."""
    made = unit is None
    unit = unit or make_unit(location, policy)
    try:
        return _prepare(unit, location, policy, work, sessions, advisors, shared)
    finally:
        if made:
            unit.close()


def _prepare(
    unit: Unit, location: str, policy: Policy, work: Path, sessions: int, advisors: int, shared: int
) -> LoadPlan:
    adm = unit[Role.UNIT_ADMIN]
    names = tuple(advisor_name(n) for n in range(1, advisors + 1))
    for n, name in enumerate(names, 1):
        big = f"{19000000000 + n:011d}"
        admin.add_user(adm, name, Role.MEDICAL_ADVISOR.value, USER_PASS, unit.recovery_code, big)
        profiles.set_profile(adm, name, f"Adviseur {n}", big)
        first = stores.unlock(location, name, USER_PASS, policy)
        accept_confidentiality(first)
        first.close()
    ma = unit[Role.MEDICAL_ADVISOR]
    shared_refs = tuple(f"GD-2026-5{n:05d}" for n in range(shared))
    own_refs = tuple(f"GD-2026-6{n:05d}" for n in range(sessions))
    for i, ref in enumerate(shared_refs + own_refs):
        doc = intake_json(ref, f"P-5{i:05d}", assigned_advisor=names[i % len(names)])
        intake.import_intake(ma, doc, TODAY)
    keyring = Path(os.environ["MEDUNIT_TEST_KEYRING"])
    work.mkdir(parents=True, exist_ok=True)
    return LoadPlan(location, policy, names, shared_refs, own_refs, keyring, work)


def _timed(result: SessionResult, act: str, action: str | None, fn: Callable[[], T]) -> T:
    """One act, retried while the server says it is busy; its latency (seconds) and logged row counted."""
    for attempt in range(RETRIES + 1):
        started = time.perf_counter()
        try:
            value = fn()
        except ConflictError:
            result.conflicts += 1
            if attempt == RETRIES:
                raise
            continue
        result.latencies.setdefault(act, []).append(time.perf_counter() - started)
        if action is not None:
            result.logged[action] = result.logged.get(action, 0) + 1
        return value
    raise AssertionError("unreachable")


def _round(plan: LoadPlan, session: Session, result: SessionResult, rng: random.Random, n: int) -> None:
    _timed(result, "first page", Action.CASE_LIST.value, lambda: records.list_cases(session, CaseQuery(), 0, PAGE))
    ref = rng.choice(plan.shared)
    _timed(result, "open case", Action.CASE_READ.value, lambda: records.get_case(session, ref))
    _timed(result, "read health (logged)", Action.HEALTH_READ.value, lambda: records.entries(session, ref))
    if result.rounds % 2 == 0:
        text = f"Telefonisch contact, werkplek {n}, ronde {result.rounds}."
        entry = _timed(
            result, "add entry", Action.HEALTH_WRITE.value, lambda: records.add_entry(session, ref, "note", text)
        )
        result.entries.append((ref, entry, text))
    else:
        own = plan.own[n]
        remark = f"Advies werkplek {n}, ronde {result.rounds}."
        _timed(
            result,
            "draft advice",
            Action.ADVICE_DRAFT.value,
            lambda: advice.draft_advice(session, own, OUTCOME, remark),
        )
        row = _timed(
            result,
            "sign advice",
            Action.ADVICE_SIGN.value,
            lambda: advice.sign_advice(session, own, confirm_findings=()),
        )
        result.signed.append((own, row.version, row.remark))
    result.rounds += 1


def _session(plan: LoadPlan, n: int, rounds: int, until: float, shift: int, out: Any) -> None:
    """One workstation (in its own process): shifts of ``shift`` rounds between an unlock and a lock,
    until ``rounds`` rounds are done or the clock passes ``until``."""
    user = plan.advisors[n % len(plan.advisors)]
    result = SessionResult(n, user)
    keychain = plan.work / f"workstation-{n:02d}.keyring"
    shutil.copyfile(plan.keyring, keychain)
    os.environ["MEDUNIT_TEST_KEYRING"] = str(keychain)
    rng = random.Random(n)

    def more() -> bool:
        return result.rounds < rounds if rounds else time.monotonic() < until

    try:
        while more():
            session = _timed(
                result,
                "unlock",
                Action.SESSION_UNLOCK.value,
                lambda: stores.unlock(plan.location, user, USER_PASS, plan.policy),
            )
            try:
                for _ in range(shift):
                    if not more():
                        break
                    _round(plan, session, result, rng, n)
            finally:
                _timed(result, "lock", None, session.close)
    except Exception as exc:  # sent back: the caller reports every error
        result.errors.append(f"session {n} ({user}) round {result.rounds}: {type(exc).__name__}: {exc}")
    out.put(result)


def _last_seq(location: str) -> int:
    with dba(location) as conn:
        row = conn.execute("SELECT coalesce(max(seq), 0) FROM medunit.access_log").fetchone()
    return int(row[0]) if row else 0


def run_load(
    plan: LoadPlan, *, rounds: int = 0, seconds: float = 0.0, shift: int = 10, grace: float = 120.0
) -> LoadResult:
    """Every session at once, each ``rounds`` rounds or for ``seconds``; a session still running ``grace``
    seconds after it should have ended is killed and counted as hanging."""
    context = multiprocessing.get_context("fork")
    out = context.Queue()
    first = _last_seq(plan.location)
    started = time.perf_counter()
    until = time.monotonic() + seconds
    procs = [
        context.Process(target=_session, args=(plan, n, rounds, until, shift, out), daemon=True)
        for n in range(len(plan.own))
    ]
    for proc in procs:
        proc.start()
    deadline = time.monotonic() + (seconds or 0) + grace
    results: list[SessionResult] = []
    while len(results) < len(procs) and time.monotonic() < deadline:
        with contextlib.suppress(queue.Empty):  # keep waiting until the deadline
            results.append(out.get(timeout=max(0.1, min(5.0, deadline - time.monotonic()))))
    elapsed = time.perf_counter() - started
    hanging = 0
    for proc in procs:
        proc.join(timeout=max(0.1, deadline - time.monotonic()))
        if proc.is_alive():
            hanging += 1
            proc.kill()
            proc.join()
    return LoadResult(sorted(results, key=lambda r: r.number), elapsed, hanging, first, _last_seq(plan.location))


def check(plan: LoadPlan, result: LoadResult, verify_as: str = USERS[Role.PRIVACY_OFFICER]) -> tuple[list[str], float]:
    """Everything that must hold after a run; returns the problems (none: it held) and how long the
    access log's ``audit verify`` took (seconds)."""
    problems = list(result.errors)
    if result.hanging or len(result.sessions) != len(plan.own):
        problems.append(f"{result.hanging} session(s) hanging, {len(result.sessions)} of {len(plan.own)} reported")
    with dba(plan.location) as conn:
        waiting = conn.execute("SELECT count(*) FROM pg_locks WHERE NOT granted").fetchone()
        if waiting != (0,):
            problems.append(f"lock requests still waiting: {waiting}")
        unit = unit_of(parse_server_url(plan.location))
        logins = [login_role(unit, name) for name in plan.advisors]
        left = conn.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() "
            "AND (usename = ANY(%s) OR state LIKE 'idle in transaction%%')",
            (logins,),
        ).fetchone()
        if left != (0,):
            problems.append(f"server connections left open or inside a transaction after the sessions locked: {left}")
        rows = dict(
            conn.execute(
                # one access by user, action and time: on the server an access that reads content has its
                # entry saved before the work and, when the work named more, a second one (services/guard.py)
                "SELECT action, count(DISTINCT (user_name, at)) FROM medunit.access_log WHERE seq > %s AND seq <= %s "
                "AND outcome = 'granted' AND user_name = ANY(%s) GROUP BY action",
                (result.first_seq, result.last_seq, list(plan.advisors)),
            ).fetchall()
        )
    for action in {a for s in result.sessions for a in s.logged}:
        if rows.get(action, 0) != result.logged(action):
            problems.append(f"{action}: {result.logged(action)} done, {rows.get(action, 0)} access-log rows")
    reader = stores.unlock(plan.location, plan.advisors[0], USER_PASS, plan.policy)
    try:
        for ref in plan.shared:
            found = {e.id: e.text for e in records.entries(reader, ref)}
            for case, entry, text in (x for s in result.sessions for x in s.entries if x[0] == ref):
                if found.get(entry) != text:
                    problems.append(f"lost update: entry {entry} of {case} reported saved, found {found.get(entry)!r}")
        for n, own in enumerate(plan.own):
            signed = [(v.version, v.remark) for v in advice.advice_versions(reader, own) if v.state == "signed"]
            mine = [(version, remark) for s in result.sessions for case, version, remark in s.signed if case == own]
            if signed != mine or [v for v, _ in signed] != list(range(1, len(signed) + 1)):
                problems.append(f"lost update: advice of {own} (session {n}): signed {signed}, reported {mine}")
    finally:
        reader.close()
    verifier = stores.unlock(plan.location, verify_as, USER_PASS, plan.policy)
    try:
        started = time.perf_counter()
        report = audit.verify_log(verifier)
        verify_seconds = time.perf_counter() - started
        if not report.ok:
            problems.append(f"audit verify: entry {report.first_bad}: {report.problem}")
    finally:
        verifier.close()
    return problems, verify_seconds

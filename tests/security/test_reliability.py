"""Reliability: SIGKILL during writes loses no committed entry; random byte flips in the database, the WAL
and the slot file are always detected or leave a consistent earlier state; never a crash or garbage."""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from medunit.cli.main import run
from medunit.errors import MedunitError
from medunit.services import admin, audit, records, stores
from tests.support.unit import USER_PASS, Unit, make_unit

KILLS = int(os.environ.get("MEDUNIT_SOAK_KILLS", "10"))
CASE = "GD-2026-000001"


@pytest.fixture
def unit(store_dir: Path, policy) -> Iterator[Unit]:  # type: ignore[no-untyped-def]
    u = make_unit(store_dir, policy)
    u.close()
    yield u


def _run_writer_and_kill(root: Path, rng: random.Random) -> list[tuple[int, str]]:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.support.writer", str(root), "dr.jansen", USER_PASS, CASE],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert child.stdout is not None
    first = child.stdout.readline()
    assert first, child.stderr.read().decode() if child.stderr else "writer died"
    time.sleep(rng.uniform(0.0, 0.3))
    child.kill()
    # Read the rest through the same buffered reader: readline() may already hold the next lines in its
    # buffer, which communicate() (reading the raw pipe) would drop, and with them confirmed commits.
    rest = child.stdout.read()
    child.stdout.close()
    if child.stderr:
        child.stderr.close()
    child.wait()
    lines = [first.decode(), *rest.decode().splitlines()]
    committed = []
    for line in lines:
        parts = line.split()
        if len(parts) == 2:  # a line cut by the kill is not a confirmed commit
            committed.append((int(parts[0]), parts[1]))
    return committed


def test_sigkill_during_writes_loses_no_committed_entry(unit: Unit, policy) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(8)
    confirmed: dict[int, str] = {}
    for _ in range(KILLS):
        confirmed.update(_run_writer_and_kill(unit.root, rng))
        session = stores.unlock(unit.root, "dr.jansen", USER_PASS, policy)
        try:
            present = {e.id: e.text for e in records.entries(session, CASE)}
            for entry_id, marker in confirmed.items():
                assert entry_id in present and marker in present[entry_id], f"lost committed entry {entry_id}"
        finally:
            session.close()
        checker = stores.unlock(unit.root, "alice", "correct horse battery staple", policy)
        try:
            report = admin.verify_store(checker)
            assert report.ok, report.problems
        finally:
            checker.close()
    assert len(confirmed) >= KILLS


def _flip(path: Path, rng: random.Random) -> int:
    data = bytearray(path.read_bytes())
    pos = rng.randrange(len(data))
    data[pos] ^= 1 << rng.randrange(8)
    path.write_bytes(bytes(data))
    return pos


@pytest.mark.parametrize("target", ["medunit.db", "keyslots.json"])
def test_random_flips_at_rest_are_always_detected(
    target: str, unit: Unit, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pristine = tmp_path / "pristine"
    shutil.copytree(unit.root, pristine)
    monkeypatch.setenv("MEDUNIT_PASSPHRASE", "correct horse battery staple")
    rng = random.Random(target)
    for _ in range(25):
        shutil.rmtree(unit.root)
        shutil.copytree(pristine, unit.root)
        pos = _flip(unit.root / target, rng)
        code = run(["verify", "--store", str(unit.root), "--as", "alice"])
        err = capsys.readouterr().err
        assert code in (3, 4), f"flip at {target}:{pos} not detected (exit {code})"
        assert "internal error" not in err


def test_random_flips_in_the_wal_never_give_garbage(unit: Unit, tmp_path: Path, policy) -> None:  # type: ignore[no-untyped-def]
    """A store killed mid-work keeps its WAL. A flip inside a frame's page is caught by SQLCipher's page
    HMAC; a flip in a frame header makes SQLite stop replaying there, which yields an earlier committed
    state (as if the process had died earlier). Either way: detected, or consistent; never garbage."""
    session = stores.unlock(unit.root, "dr.jansen", USER_PASS, policy)
    before = sorted(e.id for e in records.entries(session, CASE))
    session.close()
    committed = _run_writer_and_kill(unit.root, random.Random(3))
    wal = unit.root / "medunit.db-wal"
    assert wal.exists() and wal.stat().st_size > 0
    pristine = tmp_path / "pristine"
    shutil.copytree(unit.root, pristine)
    rng = random.Random(4)
    detected = consistent = 0
    for _ in range(25):
        shutil.rmtree(unit.root)
        shutil.copytree(pristine, unit.root)
        _flip(unit.root / "medunit.db-wal", rng)
        try:
            session = stores.unlock(unit.root, "dr.jansen", USER_PASS, policy)
        except MedunitError:
            detected += 1
            continue
        try:
            texts = {e.id: e.text for e in records.entries(session, CASE)}
            chain = audit.verify_log(unit_session := stores.unlock(unit.root, "po.bakker", USER_PASS, policy))
            unit_session.close()
        except MedunitError:
            detected += 1
            continue
        finally:
            session.close()
        # Whatever survived is a prefix of what was committed (the entries from before the writer, then the
        # writer's in order), byte for byte. The kill can land between a commit and its confirmation line: that
        # one entry may be there unconfirmed, after all the confirmed ones.
        history = before + [i for i, _ in committed]
        ids = sorted(texts)
        assert ids[: len(history)] == history[: len(ids)], "a later commit survived an earlier one"
        for entry_id, marker in committed:
            if entry_id in texts:
                assert marker in texts[entry_id]
        unconfirmed = ids[len(history) :]
        assert len(unconfirmed) <= 1, unconfirmed
        if unconfirmed:  # the writer's next entry, whole
            assert texts[unconfirmed[0]].startswith(f"Notitie crash-{len(committed)} "), unconfirmed
        assert chain.ok, chain.problem
        consistent += 1
    assert detected + consistent == 25

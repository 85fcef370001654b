"""A forged signature in the middle of a log that several people wrote at once, as the unit server's log
is: each act its own transaction, the users' transactions interleaved. ``audit verify`` checks these
signatures in bulk, in worker processes when there are many (``medunit.crypto.log_signatures``); the
forgery must be named whichever way the checks run: in this process, in workers, or here again after
the workers failed to start.

The insider is unit staff with the data key from their own slot and raw ``sqlcipher3``. They replace the
signature of one of dr.jansen's transactions (say, to deny it was theirs or to pin it on a key that was
never used): the chain does not cover the signature column, so hashes, MACs and the head stay valid, and
only the Ed25519 check of that transaction can catch it. dr.jansen signs again later, so a verify that
checked only each key's last signature would pass it.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.spawn
from collections.abc import Iterator
from pathlib import Path

import pytest

from medunit.crypto import log_signatures, personal
from medunit.domain.roles import Role
from medunit.services import audit, personal_keys, records
from medunit.store import access_log
from medunit.store.access_log import ChainReport
from tests.support.insider import raw
from tests.support.unit import Unit, make_unit

CASE = "GD-2026-000001"


@pytest.fixture
def unit(store_dir: Path, policy) -> Iterator[Unit]:  # type: ignore[no-untyped-def]
    u = make_unit(store_dir, policy)
    for _ in range(4):  # three people at work at once: their acts alternate in the log
        records.get_case(u[Role.UNIT_STAFF], CASE)
        records.get_case(u[Role.MEDICAL_ADVISOR], CASE)
        audit.entries(u[Role.PRIVACY_OFFICER], access_log.LogFilter(case_refs=(CASE,)))
    yield u
    u.close()


def _forge_middle_signature(unit: Unit) -> int:
    """Overwrite the signature of dr.jansen's second-to-last signed transaction with a made-up one;
    returns its seq."""
    staff, jansen = unit[Role.UNIT_STAFF], unit[Role.MEDICAL_ADVISOR].signer
    assert staff.signer is not None and jansen is not None
    con = raw(unit.root, staff.vault.bag.data_key)
    signed = con.execute("SELECT seq, signer FROM access_log WHERE signer IS NOT NULL ORDER BY seq").fetchall()
    theirs = [seq for seq, kid in signed if kid == jansen.key_id]
    target = theirs[-2]
    assert any(kid != jansen.key_id for seq, kid in signed if target < seq < theirs[-1])  # interleaved
    con.execute("UPDATE access_log SET sig = ? WHERE seq = ?", (b"\1" * 64, target))
    con.close()
    return target


def _verify(unit: Unit, workers: int | None) -> ChainReport:
    """`audit verify` of the privacy officer's open session, the Ed25519 checks in ``workers`` processes."""
    po = unit[Role.PRIVACY_OFFICER]
    db = po.vault.db
    keys, problems = personal_keys.certified_keys(db, po.vault.store_id)
    assert not problems
    since = personal_keys.signing_state(db).signed_from
    return access_log.verify_chain(
        db, po.log_key, store_id=po.vault.store_id, keys=keys, signed_from=since, workers=workers
    )


def test_honest_interleaved_log_passes_every_way(unit: Unit) -> None:
    for workers in (None, 1, 2):
        report = _verify(unit, workers=workers)
        assert report.ok, report.problem
        assert report.signature_checks > 10  # nearly every transaction ends a run of its key


def test_forged_signature_in_the_middle_is_named_in_this_process(unit: Unit) -> None:
    seq = _forge_middle_signature(unit)
    expected = (
        f"entry #{seq}: the signature of dr.jansen does not match "
        "(this entry or one before it was changed after it was signed)"
    )
    report = audit.verify_log(unit[Role.PRIVACY_OFFICER])
    assert not report.ok and report.problem == expected
    assert _verify(unit, workers=1).problem == expected


def test_forged_signature_in_the_middle_is_named_by_worker_processes(unit: Unit) -> None:
    seq = _forge_middle_signature(unit)
    report = _verify(unit, workers=2)
    assert not report.ok
    assert report.first_bad == seq
    assert report.problem.startswith(f"entry #{seq}: the signature of dr.jansen does not match")


def _checks() -> list[log_signatures.HeadCheck]:
    """40 signed heads, bad ones at 13, 22, 30 (a malformed key) and 37."""
    signer = personal.LogSigner.from_raw("store", personal.new_log_key())
    checks = [(signer.public, n, bytes(32), signer.sign_head(n, bytes(32))) for n in range(1, 41)]
    for bad in (37, 13, 22):
        checks[bad] = (signer.public, bad + 1, bytes(32), b"\1" * 64)
    checks[30] = (b"\0" * 31, 31, bytes(32), checks[30][3])  # a malformed key never verifies
    return checks


def test_first_of_several_bad_signatures_is_the_one_named() -> None:
    """Split over workers, the answer is still the first bad signature in log order."""
    checks = _checks()
    for workers in (None, 1, 3):
        assert log_signatures.first_invalid("store", checks, workers=workers) == 13
    assert log_signatures.first_invalid("store", checks[14:22], workers=2) is None
    assert log_signatures.first_invalid("other store", checks[:1], workers=2) == 0
    assert log_signatures.available_cores() >= 1


def test_bad_signature_is_named_when_the_workers_cannot_start() -> None:
    """The workers' interpreter cannot run (here it is /bin/false): every check is made in this process."""
    checks = _checks()
    context = multiprocessing.get_context("spawn")
    before = multiprocessing.spawn.get_executable()
    context.set_executable("/bin/false")
    try:
        assert log_signatures.first_invalid("store", checks, workers=2, context=context) == 13
        assert log_signatures.first_invalid("store", checks[14:22], workers=2, context=context) is None
    finally:
        context.set_executable(before)  # type: ignore[arg-type]

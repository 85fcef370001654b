"""Edit, delete, insert, swap or cut access-log rows with the raw key, outside medunit: `audit verify`
(and `verify`) exit 4 and name the first bad entry."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlcipher3

from medunit.cli.main import run
from medunit.domain.roles import Role
from medunit.services import records
from tests.support import raw_sqlcipher
from tests.support.unit import USER_PASS, Unit, make_unit

Tamper = Callable[[sqlcipher3.Connection], None]


def _edit(con: sqlcipher3.Connection) -> None:
    con.execute("UPDATE access_log SET user_name = 'someone-else' WHERE seq = 8")


def _delete(con: sqlcipher3.Connection) -> None:
    con.execute("DELETE FROM access_log WHERE seq = 8")


def _insert(con: sqlcipher3.Connection) -> None:
    last_seq, last_hash = con.execute("SELECT seq, hash FROM access_log ORDER BY seq DESC LIMIT 1").fetchone()
    fake = hashlib.sha256(bytes(last_hash) + b"forged").digest()
    con.execute(
        "INSERT INTO access_log SELECT ?, at, user_name, role, responsible, action, person_ref, case_ref, "
        "record_ids, reason, basis, emergency, workstation, outcome, ?, ?, mac, signer, sig "
        "FROM access_log WHERE seq = ?",
        (last_seq + 1, last_hash, fake, last_seq),
    )


def _swap(con: sqlcipher3.Connection) -> None:
    cols = (
        "at, user_name, role, responsible, action, person_ref, case_ref, record_ids, reason, basis, "
        "emergency, workstation, outcome, prev_hash, hash, mac"
    )
    a = tuple(con.execute(f"SELECT {cols} FROM access_log WHERE seq = 8").fetchone())
    b = tuple(con.execute(f"SELECT {cols} FROM access_log WHERE seq = 9").fetchone())
    sets = ", ".join(f"{c.strip()} = ?" for c in cols.split(","))
    con.execute(f"UPDATE access_log SET {sets} WHERE seq = 8", b)
    con.execute(f"UPDATE access_log SET {sets} WHERE seq = 9", a)


def _cut(con: sqlcipher3.Connection) -> None:
    last = con.execute("SELECT max(seq) FROM access_log").fetchone()[0]
    con.execute("DELETE FROM access_log WHERE seq > ?", (last - 2,))


CASES: list[tuple[str, Tamper, str]] = [
    ("edit", _edit, "entry #8 was edited"),
    ("delete", _delete, "entry #8 is missing"),
    ("insert", _insert, r"entry #\d+ (was edited|has an invalid MAC)"),
    ("swap", _swap, "entry #8 does not chain"),
    # cutting the end is caught already at unlock: the store is behind this workstation's rollback anchor
    (
        "cut",
        _cut,
        r"older than its rollback anchor .*: the database medunit.db is older than last seen: its access log ends at",
    ),
]


@pytest.fixture
def unit(store_dir: Path, policy) -> Iterator[Unit]:  # type: ignore[no-untyped-def]
    u = make_unit(store_dir, policy)
    for _ in range(10):
        records.get_case(u[Role.MEDICAL_ADVISOR], "GD-2026-000001")
    yield u
    u.close()


@pytest.mark.parametrize(("name", "tamper", "message"), CASES, ids=[c[0] for c in CASES])
def test_tampering_is_detected_and_named(
    name: str,
    tamper: Tamper,
    message: str,
    unit: Unit,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    key = unit[Role.UNIT_ADMIN].vault.bag.data_key
    root = unit.root
    unit.close()
    monkeypatch.setenv("MEDUNIT_PASSPHRASE", USER_PASS)
    assert run(["audit", "verify", "--store", str(root), "--as", "po.bakker"]) == 0
    con = raw_sqlcipher.connect(root / "medunit.db", key, isolation_level=None)
    con.execute("DROP TRIGGER access_log_no_update")
    con.execute("DROP TRIGGER access_log_no_delete")
    tamper(con)
    con.close()
    capsys.readouterr()
    assert run(["audit", "verify", "--store", str(root), "--as", "po.bakker"]) == 4
    assert re.search(message, capsys.readouterr().err)
    monkeypatch.setenv("MEDUNIT_PASSPHRASE", "correct horse battery staple")
    assert run(["verify", "--store", str(root), "--as", "alice"]) == 4
    out = capsys.readouterr()
    assert re.search(message, out.out + out.err)


def test_log_is_append_only_inside_sqlite(unit: Unit) -> None:
    from medunit.errors import MedunitError

    db = unit[Role.UNIT_ADMIN].vault.db
    with pytest.raises((sqlcipher3.IntegrityError, MedunitError)):
        db.execute("DELETE FROM access_log WHERE seq = 1")


def test_rechained_log_is_caught_by_an_archived_anchor(
    unit: Unit, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Someone with the data key edits entry #8 and recomputes every later hash, MAC and the head: before
    personal signatures and rollback anchors the chain verified again (only an archived anchor caught it)."""
    from tests.support.insider import raw, rewrite, rows

    key = unit[Role.UNIT_ADMIN].vault.bag.data_key
    root = unit.root
    unit.close()
    monkeypatch.setenv("MEDUNIT_PASSPHRASE", USER_PASS)
    anchor = tmp_path / "anchor.json"
    assert run(["audit", "anchor", "--out", str(anchor), "--store", str(root), "--as", "po.bakker"]) == 0
    con = raw(root, key)
    edited = [(*r[:9], "nothing to see", *r[10:]) if r[0] == 8 else r for r in rows(con)]
    rewrite(con, edited)  # every later hash, MAC and the head recomputed
    con.close()
    capsys.readouterr()
    # Before personal signatures and rollback anchors a re-chained log passed; now this workstation's
    # anchor refuses the store at unlock (tests/security/test_insider_log.py shows the signatures).
    assert run(["audit", "verify", "--store", str(root), "--as", "po.bakker"]) == 4
    assert re.search(r"the access log was rewritten: entry #\d+ differs", capsys.readouterr().err)
    assert run(["audit", "verify", "--anchor", str(anchor), "--store", str(root), "--as", "po.bakker"]) == 4

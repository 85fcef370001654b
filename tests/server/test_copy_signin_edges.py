"""Every branch of the two security modules of the move (held at 100 % line+branch by
scripts/check_coverage.py): ``store/pg/copy.py`` (what is copied and how every row is compared) and
``store/pg/signin.py`` (who may set a login with a one-time code), against the session's real cluster."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from medunit.config.policy import Policy
from medunit.crypto.kdf import KdfCost
from medunit.crypto.workstation import load_workstation
from medunit.domain.roles import Role
from medunit.errors import AuthenticationError, IntegrityError
from medunit.services import migrate, stores
from medunit.services.session import kdf_cost
from medunit.store.pg import copy, signin
from medunit.store.pg.url import parse_server_url
from medunit.store.vault import Vault
from tests.support.backends import server_location
from tests.support.pg import Cluster
from tests.support.unit import PASS, USER_PASS, USERS, Unit, make_unit

ADVISOR = USERS[Role.MEDICAL_ADVISOR]


@pytest.fixture
def unit(tmp_path: Path, policy: Policy) -> Iterator[Unit]:
    u = make_unit(tmp_path / "store", policy)
    u.close()
    yield u


def test_row_hash_keeps_types_and_lengths_apart() -> None:
    hashes = {
        copy.row_hash(row)
        for row in [(1,), ("1",), (b"1",), (None,), (b"",), (True,), (1.5,), ("1.5",), ("ab", "c"), ("a", "bc")]
    }
    assert len(hashes) == 9  # True and 1 are the same integer to SQLite and PostgreSQL; nothing else collides
    assert copy.row_hash((1.5,)) == copy.row_hash((1.5,))


def test_a_file_store_of_another_version_is_refused(unit: Unit) -> None:
    vault = Vault.unlock(Path(unit.root), "alice", PASS, load_workstation())
    try:
        vault.db.execute("CREATE TABLE stray_notes (id INTEGER PRIMARY KEY)")
        leaf = copy.TABLE_ORDER[-1]  # in dependency order: no other table refers to the last
        vault.db.execute(f"DROP TABLE {leaf}")
        with pytest.raises(IntegrityError) as refused:
            copy.tables_of(vault.db)
    finally:
        vault.close()
    assert refused.value.params == {"extra": "stray_notes", "missing": leaf}
    assert "nothing was moved" in refused.value.message


def test_progress_every_hundredth_row_and_a_row_on_the_server_only(unit: Unit, pg_cluster: Cluster) -> None:
    """With many rows the progress is called at every hundredth of them, not per row; a row the file lacks
    (the last in its table's order) is named "on the server only"; drop_unit on an empty database is a
    no-op."""
    location = server_location(pg_cluster)
    url = parse_server_url(location)
    vault = Vault.unlock(Path(unit.root), "alice", PASS, load_workstation())
    dba = copy.dba_database(url, None)
    calls: list[tuple[str, int, int]] = []
    try:
        copy.drop_unit(dba, url)  # nothing installed: nothing to drop, no error
        src = vault.db
        tables = copy.tables_of(src)
        rows = sum(copy.count_rows(src, tables).values())
        total = rows * 100  # as if a hundred times larger: one progress call per hundred rows

        def progress(phase: str, done: int, all_rows: int) -> None:
            calls.append((phase, done, all_rows))

        with pytest.raises(RuntimeError, match="stop"), copy.server_transaction(dba, url) as db:
            copy.copy_tables(src, db, tables, total, progress)
            assert copy.compare_tables(src, db, tables, total, progress)[0] is None
            within = [c for c in calls if c[0].startswith(("copying ", "verifying "))]
            assert within and all(done % (total // 100) == 0 for _phase, done, _all in within)
            assert len(within) < rows  # not a call per row
            table = next(t for t in tables if t.name == "users")
            last = src.execute(table.file_select()).fetchall()[-1]
            where = " AND ".join(f"{k} = ?" for k in table.key)
            src.execute(f"DELETE FROM users WHERE {where}", tuple(last[table.columns.index(k)] for k in table.key))
            difference, _ = copy.compare_tables(src, db, tables, total, progress)
            assert difference is not None and difference.what == "on the server only"
            assert str(difference) == f"table users, row {table.key_of(tuple(last))}: on the server only"
            raise RuntimeError("stop")
    finally:
        dba.close()
        vault.close()


def test_sign_in_refuses_a_user_without_a_users_row(unit: Unit, pg_cluster: Cluster, policy: Policy) -> None:
    """A login whose user row is gone (removed on the server while their code was out) cannot set a login
    even with the right code and passphrase: refused with the sign-in message, the login left as it was."""
    location = server_location(pg_cluster)
    report = migrate.migrate_store(
        Path(unit.root), location, "alice", PASS, unit.recovery_code, policy, dba_password=None
    )
    dbname = parse_server_url(location).dbname
    with psycopg.connect(pg_cluster.conninfo(dbname=dbname), autocommit=True) as conn:
        conn.execute("SET session_replication_role = replica")  # as a DBA would, past the triggers
        conn.execute("DELETE FROM medunit.users WHERE name = %s", (ADVISOR,))
    cost: KdfCost = kdf_cost(policy)
    with pytest.raises(AuthenticationError, match="Sign-in failed") as refused:
        signin.first_sign_in(location, ADVISOR, report.sign_in_codes[ADVISOR], USER_PASS, load_workstation(), cost)
    assert refused.value.params == {"days": signin.CODE_DAYS}
    with pytest.raises(AuthenticationError):
        stores.unlock(location, ADVISOR, USER_PASS, policy)  # their passphrase still logs nobody in
    # a code that is not one at all is refused before the server is asked
    with pytest.raises(AuthenticationError, match="Sign-in failed"):
        signin.first_sign_in(location, ADVISOR, "-", USER_PASS, None, cost)
    assert signin.code_password("-") is None

"""The store on the unit server, as its attackers see it: a DBA reading a pg_dump, and an insider with a
stolen passphrase logging in with raw psycopg as that user's own login role."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import psycopg
import pytest

from medunit.config.policy import Policy
from medunit.domain.roles import Role
from medunit.errors import AuthenticationError, StorageError
from medunit.services import admin, backup, intake, records, stores
from medunit.services.session import kdf_cost
from medunit.store.pg.logins import login_password, login_role, unit_of
from medunit.store.pg.url import parse_server_url
from tests.support.backends import server_location
from tests.support.pg import SUPERUSER, Cluster
from tests.support.unit import PASS, TODAY, USER_PASS, USERS, Unit, intake_json, make_unit

MARKERS = ("ZKMARK-question-hernia", "ZKMARK-entry-insulin", "ZKMARK-file-cardiology")


@pytest.fixture
def unit(pg_cluster: Cluster, policy: Policy) -> Iterator[Unit]:
    unit = make_unit(server_location(pg_cluster), policy)
    yield unit
    unit.close()


def _raw(cluster: Cluster, unit: Unit, user: str, passphrase: str = USER_PASS) -> psycopg.Connection[Any]:
    """What an insider gets with ``user``'s passphrase and psql: a connection as their own login role."""
    assert isinstance(unit.root, str)
    name = unit_of(parse_server_url(unit.root))
    password = login_password(passphrase, name, user, kdf_cost(unit.policy))
    conn = psycopg.connect(cluster.conninfo(login_role(name, user), password, parse_server_url(unit.root).dbname))
    conn.autocommit = True
    conn.execute("SET search_path = medunit")
    return conn


def _dbname(unit: Unit) -> str:
    assert isinstance(unit.root, str)
    return parse_server_url(unit.root).dbname


def test_a_pg_dump_of_the_server_holds_no_health_data(unit: Unit, pg_cluster: Cluster) -> None:
    import io

    ma = unit[Role.MEDICAL_ADVISOR]
    intake.import_intake(ma, intake_json("GD-2026-000777", "P-000777", question=f"Vraag {MARKERS[0]}"), TODAY)
    records.add_entry(ma, "GD-2026-000777", "note", f"Gebruikt {MARKERS[1]}")
    records.add_attachment(ma, "GD-2026-000777", f"{MARKERS[2]}.pdf", io.BytesIO(b"%PDF-1.4 " + MARKERS[2].encode()))
    records.add_entry(ma, "GD-2026-000002", "note", f"restricted {MARKERS[1]}")
    out = pg_cluster.run_as_owner(
        [pg_cluster.tool("pg_dump"), "-h", str(pg_cluster.socket_dir), "-p", str(pg_cluster.port), "-U", SUPERUSER,
         "--no-password", _dbname(unit)],
        env={"PGPASSWORD": pg_cluster.password},
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    dump = out.stdout
    assert "COPY medunit.health_entries" in dump and "GD-2026-000777" in dump  # the dump is real and holds the rows
    for marker in (*MARKERS, "insulin", "hernia", "cardiology"):
        assert marker not in dump
        assert marker.encode().hex() not in dump  # bytea is dumped as hex: no plaintext in that form either


@pytest.mark.parametrize("user", [USERS[Role.UNIT_ADMIN], USERS[Role.PRIVACY_OFFICER], USERS[Role.MEDICAL_ADVISOR]])
@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE access_log SET reason = 'nothing to see' WHERE seq = 1",
        "DELETE FROM access_log WHERE seq = 1",
        "TRUNCATE access_log",
        "DELETE FROM log_keys",
        "UPDATE log_keys SET user_name = 'x'",
    ],
)
def test_no_login_role_can_change_the_log(unit: Unit, pg_cluster: Cluster, user: str, statement: str) -> None:
    """The log is INSERT-only for every login role, the unit administrator's included: no grant, and
    triggers behind that (the owner's, which nobody logs in as)."""
    passphrase = PASS if user == USERS[Role.UNIT_ADMIN] else USER_PASS
    with _raw(pg_cluster, unit, user, passphrase) as conn:
        before = conn.execute("SELECT count(*), max(seq) FROM access_log").fetchone()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(statement)
        assert conn.execute("SELECT count(*), max(seq) FROM access_log").fetchone() == before


def test_a_log_row_rewritten_by_the_dba_is_caught_by_verify(unit: Unit, pg_cluster: Cluster) -> None:
    """The DBA can do anything, triggers or not; the client's signed chain still names the change."""
    with psycopg.connect(pg_cluster.conninfo(dbname=_dbname(unit)), autocommit=True) as dba:
        dba.execute("ALTER TABLE medunit.access_log DISABLE TRIGGER USER")
        dba.execute("UPDATE medunit.access_log SET reason = 'rewritten' WHERE seq = 3")
    report = admin.verify_store(unit[Role.UNIT_ADMIN])
    assert not report.ok
    assert any("access log" in p for p in report.problems)


def test_only_an_administrator_sets_another_users_login(unit: Unit, pg_cluster: Cluster) -> None:
    with _raw(pg_cluster, unit, USERS[Role.MEDICAL_ADVISOR]) as conn:
        with pytest.raises(psycopg.Error, match="only a unit administrator"):
            conn.execute("SELECT set_login('alice', 'unit-admin', 'SCRAM-SHA-256$4096:AA==$AA==:AA==')")
        with pytest.raises(psycopg.Error, match="cannot change their own role"):
            conn.execute("SELECT set_login('dr.jansen', 'unit-admin', 'SCRAM-SHA-256$4096:AA==$AA==:AA==')")
        with pytest.raises(psycopg.Error, match="only a unit administrator"):
            conn.execute("SELECT drop_login('alice')")


def test_a_wrong_passphrase_is_refused_by_the_server(unit: Unit) -> None:
    with pytest.raises(AuthenticationError, match="unknown user or wrong passphrase"):
        stores.unlock(unit.root, USERS[Role.MEDICAL_ADVISOR], "not the passphrase at all", unit.policy)


def test_a_removed_user_cannot_log_in_any_more(unit: Unit, pg_cluster: Cluster) -> None:
    admin.remove_user(unit[Role.UNIT_ADMIN], USERS[Role.PRIVACY_OFFICER])
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        _raw(pg_cluster, unit, USERS[Role.PRIVACY_OFFICER])
    with pytest.raises(AuthenticationError):
        stores.unlock(unit.root, USERS[Role.PRIVACY_OFFICER], USER_PASS, unit.policy)


def test_a_changed_passphrase_is_the_new_login(unit: Unit, pg_cluster: Cluster) -> None:
    session = unit[Role.MEDICAL_ADVISOR]
    admin.change_passphrase(session, "a brand new passphrase")
    stores.unlock(unit.root, USERS[Role.MEDICAL_ADVISOR], "a brand new passphrase", unit.policy).close()
    with pytest.raises(AuthenticationError):
        stores.unlock(unit.root, USERS[Role.MEDICAL_ADVISOR], USER_PASS, unit.policy)


def test_recovery_code_opens_the_server_and_gives_a_new_slot(unit: Unit) -> None:
    user = USERS[Role.PRIVACY_OFFICER]
    session = stores.recover(unit.root, user, unit.recovery_code, "recovered passphrase here", unit.policy)
    assert session.user == user
    session.close()
    with pytest.raises(AuthenticationError, match="recovery code"):
        stores.recover(unit.root, user, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF", "another passphrase here", unit.policy)


def test_file_operations_say_they_belong_to_it_on_the_server(unit: Unit, tmp_path: Any) -> None:
    with pytest.raises(StorageError, match="unit server"):
        backup.create_backup(unit[Role.UNIT_ADMIN], tmp_path / "backups")
    with pytest.raises(StorageError, match="unit server"):
        stores.store_folder(unit.root, "Restoring a backup")


def test_a_removed_users_open_window_is_refused_in_words(unit: Unit) -> None:
    from medunit.errors import PermissionDeniedError

    po = unit[Role.PRIVACY_OFFICER]
    admin.remove_user(unit[Role.UNIT_ADMIN], USERS[Role.PRIVACY_OFFICER])
    with pytest.raises(PermissionDeniedError, match="does not hold the right"):
        records.count_cases(po)
    po.close()  # locking a window whose login was taken does not fail


RESTRICTED = "GD-2026-000002"  # restricted to dr.jansen (tests/support/unit.py)


def _rows_of(conn: psycopg.Connection[Any], reference: str) -> int:
    row = conn.execute(
        "SELECT count(*) FROM health_entries e JOIN cases c ON c.id = e.case_id WHERE c.reference = %s", (reference,)
    ).fetchone()
    assert row is not None
    return int(row[0])


def test_a_restricted_case_is_invisible_to_unlisted_logins(unit: Unit, pg_cluster: Cluster) -> None:
    """Row-level security: staff with psql see the ordinary case's (sealed) rows and none of the
    restricted case's, cannot add to it, and clearing its flag by hand shows nothing either."""
    ma = unit[Role.MEDICAL_ADVISOR]
    records.add_entry(ma, "GD-2026-000001", "note", "gewoon")
    records.add_entry(ma, RESTRICTED, "note", "beperkt")
    with _raw(pg_cluster, unit, USERS[Role.MEDICAL_ADVISOR]) as listed:
        assert _rows_of(listed, RESTRICTED) == 1  # positive control: the listed advisor sees it
    with _raw(pg_cluster, unit, USERS[Role.UNIT_STAFF]) as staff:
        assert _rows_of(staff, "GD-2026-000001") == 1
        assert _rows_of(staff, RESTRICTED) == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            staff.execute(
                "INSERT INTO health_entries(id, case_id, kind, text, recorded_at, recorded_by) "
                "SELECT 999, id, 'note', 'x', '2026-01-01', 'staff.smit' FROM cases WHERE reference = %s",
                (RESTRICTED,),
            )
        staff.execute(
            "UPDATE cases SET restricted = 0, row_version = row_version + 1 WHERE reference = %s", (RESTRICTED,)
        )
        assert _rows_of(staff, RESTRICTED) == 0  # its key envelopes still mark it restricted


def test_an_unlisted_advisor_sees_the_restricted_case_only_after_breaking_the_glass(
    unit: Unit, pg_cluster: Cluster
) -> None:
    """Breaking the glass is the logged act that opens a restricted case; on the server the rows exist for
    an unlisted advisor only once that granted entry, under their own name, is in the log."""
    from tests.support.unit import SECOND_ADVISOR, add_second_advisor

    records.add_entry(unit[Role.MEDICAL_ADVISOR], RESTRICTED, "note", "beperkt")
    other = add_second_advisor(unit)
    try:
        with _raw(pg_cluster, unit, SECOND_ADVISOR) as raw:
            assert _rows_of(raw, RESTRICTED) == 0
            records.break_glass(other, RESTRICTED, "Spoed: de behandelend adviseur is afwezig")
            assert _rows_of(raw, RESTRICTED) == 1
            logged = raw.execute(
                "SELECT count(*) FROM access_log WHERE user_name = %s AND action = 'case.break-glass' "
                "AND outcome = 'granted' AND case_ref = %s",
                (SECOND_ADVISOR, RESTRICTED),
            ).fetchone()
            assert logged == (1,)
        assert [e.text for e in records.entries(other, RESTRICTED)] == ["beperkt"]
    finally:
        other.close()


def test_an_automatic_backup_is_not_attempted_on_the_server(unit: Unit, tmp_path: Any) -> None:
    """A policy with a backup folder does not make every lock of a server session fail."""
    from medunit.config.policy import load_policy

    policy_file = tmp_path / "policy-backup.toml"
    policy_file.write_text(
        f'[security]\nkdf_memory_kib = 8192\nkdf_iterations = 1\n[backup]\nfolder = "{tmp_path / "b"}"\n'
    )
    session = stores.unlock(unit.root, USERS[Role.UNIT_ADMIN], PASS, load_policy(policy_file))
    try:
        assert backup.backup_if_due(session) is None
        assert not (tmp_path / "b").exists()
    finally:
        session.close()


def test_rows_numbered_past_the_ones_a_login_cannot_see(unit: Unit) -> None:
    """The store numbers rows itself (sealed values are bound to their id): a login that row-level security
    keeps from a restricted case's newest rows still numbers its own past them."""
    records.add_entry(unit[Role.MEDICAL_ADVISOR], RESTRICTED, "note", "beperkt")
    staff = unit[Role.UNIT_STAFF]
    entry = records.add_entry(staff, "GD-2026-000001", "note", "door het secretariaat")
    assert entry == 2
    assert [e.text for e in records.entries(staff, "GD-2026-000001")] == ["door het secretariaat"]


def _dba_execute(pg_cluster: Cluster, unit: Unit, statement: str) -> None:
    with psycopg.connect(pg_cluster.conninfo(dbname=_dbname(unit)), autocommit=True) as dba:
        dba.execute(statement)


def test_the_same_server_over_its_unix_socket(unit: Unit, pg_cluster: Cluster) -> None:
    url = f"postgresql://:{pg_cluster.port}/{_dbname(unit)}?host={pg_cluster.socket_dir}&sslmode=disable"
    session = stores.unlock(url, USERS[Role.MEDICAL_ADVISOR], USER_PASS, unit.policy)
    try:
        assert records.count_cases(session) == 2
    finally:
        session.close()


def test_a_bound_slot_is_refused_on_another_workstation(
    unit: Unit, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.conftest import switch_workstation

    switch_workstation(monkeypatch, tmp_path / "workstation-b.keyring")
    with pytest.raises(AuthenticationError, match="another workstation"):
        stores.unlock(unit.root, USERS[Role.MEDICAL_ADVISOR], USER_PASS, unit.policy)


def test_a_server_of_another_schema_version_is_refused(unit: Unit, pg_cluster: Cluster) -> None:
    from medunit.errors import IntegrityError

    _dba_execute(pg_cluster, unit, "UPDATE medunit.server_settings SET value = '1' WHERE name = 'schema_version'")
    with pytest.raises(IntegrityError, match="schema version 1"):
        stores.unlock(unit.root, USERS[Role.MEDICAL_ADVISOR], USER_PASS, unit.policy)
    with pytest.raises(IntegrityError, match="schema version 1"):
        stores.recover(unit.root, USERS[Role.MEDICAL_ADVISOR], unit.recovery_code, "new passphrase here", unit.policy)


def test_a_server_without_key_slots_is_named(unit: Unit, pg_cluster: Cluster) -> None:
    from medunit.errors import IntegrityError

    _dba_execute(pg_cluster, unit, "DELETE FROM medunit.key_slots")
    with pytest.raises(IntegrityError, match="holds no key slots"):
        stores.unlock(unit.root, USERS[Role.MEDICAL_ADVISOR], USER_PASS, unit.policy)


def test_a_second_connection_logs_in_the_same_way(unit: Unit) -> None:
    vault = unit[Role.MEDICAL_ADVISOR].vault
    second = vault.second_connection()
    try:
        assert second.location == vault.location and second.slot_id == vault.slot_id
        assert second.db.execute("SELECT count(*) FROM cases").fetchone() == (2,)
    finally:
        second.close()


def test_a_new_recovery_code_is_the_recovery_login(unit: Unit) -> None:
    new_code = admin.new_recovery_code(unit[Role.UNIT_ADMIN], unit.recovery_code)
    user = USERS[Role.PRIVACY_OFFICER]
    with pytest.raises(AuthenticationError, match="recovery code"):
        stores.recover(unit.root, user, unit.recovery_code, "recovered passphrase here", unit.policy)
    stores.recover(unit.root, user, new_code, "recovered passphrase here", unit.policy).close()


def test_init_by_a_database_user_who_may_not_set_it_up(pg_cluster: Cluster, policy: Policy) -> None:
    from medunit.errors import PermissionDeniedError

    url = server_location(pg_cluster)
    with psycopg.connect(pg_cluster.conninfo(), autocommit=True) as dba:
        dba.execute("DROP ROLE IF EXISTS plain_user")
        dba.execute("CREATE ROLE plain_user LOGIN PASSWORD 'plain-password'")
    parsed = parse_server_url(url)
    plain = f"postgresql://plain_user:plain-password@{parsed.host}:{parsed.port}/{parsed.dbname}?sslmode=disable"
    with pytest.raises(PermissionDeniedError, match="superuser"):
        stores.create_store(plain, "ida", PASS, policy)


def test_a_login_follows_its_users_role(unit: Unit, pg_cluster: Cluster) -> None:
    """A role changed by the administrator moves the login's group at once: promoted, the privacy officer's
    login may write users; demoted again, it may not (a demoted administrator keeps no server right)."""
    po = USERS[Role.PRIVACY_OFFICER]
    admin.change_role(unit[Role.UNIT_ADMIN], po, Role.UNIT_ADMIN.value)
    with _raw(pg_cluster, unit, po) as conn:
        assert conn.execute("SELECT is_admin()").fetchone() == (True,)
        conn.execute(
            "UPDATE users SET display_name = 'P. Bakker', row_version = row_version + 1 WHERE name = %s", (po,)
        )
    admin.change_role(unit[Role.UNIT_ADMIN], po, Role.PRIVACY_OFFICER.value)
    with _raw(pg_cluster, unit, po) as conn:
        assert conn.execute("SELECT is_admin()").fetchone() == (False,)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "UPDATE users SET display_name = 'again', row_version = row_version + 1 WHERE name = %s", (po,)
            )

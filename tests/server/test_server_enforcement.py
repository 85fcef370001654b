"""What the unit server enforces whatever a client does, tried as the attacker would: a login role with a
stolen passphrase and a raw PostgreSQL connection (psycopg, and psql for the log)."""

from __future__ import annotations

import os
import uuid

import psycopg
import pytest

from medunit.errors import ConflictError, PermissionDeniedError
from tests.support.unit_server import UnitServer

HEALTH_KEY = os.urandom(32)
DATA_KEY = os.urandom(32)
MARKER = b"MARKER-diabetes-type-1-since-2009"


def _seed(server: UnitServer, restricted_to: list[str] | None = None) -> tuple[uuid.UUID, uuid.UUID]:
    with server.content("alice") as alice:
        case = alice.create_case("GD-1", "acceptance", "open", {"name": "Jan Jansen"}, DATA_KEY, restricted_to)
        record, _ = alice.put(case, "health_entry", MARKER, HEALTH_KEY, "health")
    return case, record


def _log_rows(server: UnitServer) -> list[tuple[str, str, bool]]:
    with server.dba() as dba:
        rows = dba.execute("SELECT login, action, granted FROM medunit.access_log ORDER BY seq").fetchall()
    return [(r[0], r[1], r[2]) for r in rows]


def test_a_logged_read_returns_the_content_and_leaves_a_chained_log_row(unit_server: UnitServer) -> None:
    case, record = _seed(unit_server)
    with unit_server.content("sam") as sam:
        got = sam.read(record, HEALTH_KEY, reason="prepare request")
        assert got.plaintext == MARKER and got.case_id == case and got.changed_by == "alice"
        with pytest.raises(PermissionDeniedError):  # verifying the log is the privacy officer's and admin's
            sam.verify_log()
    with unit_server.content("pat") as pat:
        assert pat.verify_log() is None
    assert _log_rows(unit_server)[-1] == (unit_server.login("sam"), "content.read", True)


def test_no_role_selects_content_directly(unit_server: UnitServer) -> None:
    _seed(unit_server)
    for user in ("alice", "sam", "pat", "ida"):
        with unit_server.connect(user) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT sealed FROM medunit.content").fetchall()


def test_no_content_without_a_committed_log_row(unit_server: UnitServer) -> None:
    """Reading inside a transaction and rolling it back would erase the log row: the server refuses to
    hand out content until the row is committed."""
    _, record = _seed(unit_server)
    before = len(_log_rows(unit_server))
    with unit_server.connect("alice", autocommit=False) as conn:
        ticket = conn.execute("SELECT medunit.request_read(%s, NULL, 'ws')", (record,)).fetchone()[0]  # type: ignore[index]
        with pytest.raises(psycopg.Error, match="not committed"):
            conn.execute("SELECT * FROM medunit.fetch_content(%s)", (ticket,)).fetchall()
        conn.rollback()
        with pytest.raises(psycopg.Error, match="not committed"):
            conn.execute("SELECT * FROM medunit.fetch_content(medunit.request_read(%s, NULL, 'ws'))", (record,))
        conn.rollback()
    assert len(_log_rows(unit_server)) == before
    with unit_server.connect("alice") as conn:
        ticket = conn.execute("SELECT medunit.request_read(%s, NULL, 'ws')", (record,)).fetchone()[0]  # type: ignore[index]
        assert conn.execute("SELECT sealed FROM medunit.fetch_content(%s)", (ticket,)).fetchall()
        with pytest.raises(psycopg.Error, match="already used"):  # one fetch per logged request
            conn.execute("SELECT sealed FROM medunit.fetch_content(%s)", (ticket,)).fetchall()
        with pytest.raises(psycopg.Error, match="no granted read request"):  # nor someone else's ticket
            conn.execute("SELECT sealed FROM medunit.fetch_content(%s)", (ticket - 1,)).fetchall()
    assert len(_log_rows(unit_server)) == before + 1


def test_a_forged_read_entry_is_no_ticket(unit_server: UnitServer) -> None:
    """bob, an advisor not on a restricted case's list, writes himself a 'granted read' log entry and tries to
    fetch with it: the kinds of entry fetch_content trusts are written by the server's functions only."""
    _, record = _seed(unit_server, restricted_to=["alice"])
    with unit_server.connect("bob") as conn:
        with pytest.raises(psycopg.Error, match="written by the server only"):
            conn.execute(
                "INSERT INTO medunit.access_log (action, record_id, granted) VALUES ('content.read', %s, true)",
                (record,),
            )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT medunit.append_log('content.read', NULL, %s, NULL, 'ws', true)", (record,))
        conn.execute("INSERT INTO medunit.access_log (action, record_id, granted) VALUES ('note', %s, true)", (record,))
    with unit_server.dba() as dba:
        seq = dba.execute("SELECT max(seq) FROM medunit.access_log").fetchone()[0]  # type: ignore[index]
    with unit_server.connect("bob") as conn, pytest.raises(psycopg.Error, match="no granted read request"):
        conn.execute("SELECT * FROM medunit.fetch_content(%s)", (seq,))


def test_roles_without_health_access_cannot_request_content(unit_server: UnitServer) -> None:
    _, record = _seed(unit_server)
    for user in ("pat", "ida", "carl"):
        with unit_server.connect(user) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT medunit.request_read(%s, NULL, 'ws')", (record,))


@pytest.mark.parametrize("statement", [
    "UPDATE medunit.access_log SET granted = false",
    "DELETE FROM medunit.access_log",
    "TRUNCATE medunit.access_log",
    "UPDATE medunit.log_head SET seq = 0",
    "ALTER TABLE medunit.access_log DISABLE TRIGGER USER",
])  # fmt: skip
def test_the_log_is_insert_only_for_every_login_role(unit_server: UnitServer, statement: str) -> None:
    _seed(unit_server)
    before = _log_rows(unit_server)
    for user in ("alice", "sam", "pat", "carl", "ida"):
        with unit_server.connect(user) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(statement)
    assert _log_rows(unit_server) == before


def test_the_log_refuses_changes_even_from_its_owner(unit_server: UnitServer) -> None:
    _seed(unit_server)
    with unit_server.dba() as dba:
        dba.execute(f'SET ROLE "{unit_server.unit}_owner"')
        for statement in ("UPDATE medunit.access_log SET granted = false", "DELETE FROM medunit.access_log",
                          "TRUNCATE medunit.access_log CASCADE"):  # fmt: skip
            with pytest.raises(psycopg.Error, match="append-only"):
                dba.execute(statement)


def test_psql_as_a_login_role_cannot_delete_log_rows(unit_server: UnitServer) -> None:
    _seed(unit_server)
    out = unit_server.cluster.run_as_owner(
        [unit_server.cluster.tool("psql"), "-X", "-v", "ON_ERROR_STOP=1", "-c", "DELETE FROM medunit.access_log",
         "-h", str(unit_server.cluster.socket_dir), "-p", str(unit_server.cluster.port),
         "-U", unit_server.login("ida"), unit_server.dbname],
        env={"PGPASSWORD": unit_server.passwords["ida"]},
    )  # fmt: skip
    assert out.returncode != 0 and "permission denied for table access_log" in out.stderr


def test_a_log_row_names_the_real_login_whatever_the_client_claims(unit_server: UnitServer) -> None:
    with unit_server.connect("sam") as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO medunit.access_log (login, action, granted) VALUES ('x.alice', 'forged', true)")
        conn.execute("INSERT INTO medunit.access_log (action, granted, reason) VALUES ('case.list', true, 'q')")
    with unit_server.dba() as dba:
        row = dba.execute("SELECT login, medunit_user FROM medunit.access_log WHERE action = 'case.list'").fetchone()
    assert row == (unit_server.login("sam"), "sam")


def test_a_restricted_case_is_invisible_and_unreadable_to_others(unit_server: UnitServer) -> None:
    case, record = _seed(unit_server, restricted_to=["alice"])
    with unit_server.content("alice") as alice:
        assert [c.id for c in alice.cases(DATA_KEY)] == [case]
        assert alice.read(record, HEALTH_KEY).plaintext == MARKER
    for user in ("bob", "sam", "pat", "ida"):
        with unit_server.connect(user) as conn:
            assert conn.execute("SELECT count(*) FROM medunit.cases").fetchone() == (0,)
    with unit_server.content("bob") as bob, pytest.raises(PermissionDeniedError):
        bob.read(record, HEALTH_KEY)
    with unit_server.content("bob") as bob, pytest.raises(PermissionDeniedError):
        bob.put(case, "health_entry", b"x", HEALTH_KEY, "health")
    assert _log_rows(unit_server)[-2:] == [
        (unit_server.login("bob"), "content.read", False),
        (unit_server.login("bob"), "content.write", False),
    ]


def test_an_edit_of_an_old_version_is_refused_with_who_and_when(unit_server: UnitServer) -> None:
    case, record = _seed(unit_server)
    with unit_server.content("alice") as alice, unit_server.content("sam") as sam:
        _, version = alice.put(case, "health_entry", b"alice's edit", HEALTH_KEY, "health", record, expected_version=1)
        assert version == 2
        with pytest.raises(ConflictError, match=r"changed by alice at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC; reload"):
            sam.put(case, "health_entry", b"sam's edit", HEALTH_KEY, "health", record, expected_version=1)
        assert sam.read(record, HEALTH_KEY).plaintext == b"alice's edit"


def test_the_chain_catches_a_superuser_rewriting_a_row(unit_server: UnitServer) -> None:
    _seed(unit_server)
    with unit_server.dba() as dba:
        dba.execute("ALTER TABLE medunit.access_log DISABLE TRIGGER access_log_no_update")
        dba.execute("UPDATE medunit.access_log SET granted = false WHERE seq = 2")
    with unit_server.content("pat") as pat:
        assert pat.verify_log() == 2


def test_a_case_change_is_notified_to_listeners(unit_server: UnitServer) -> None:
    with unit_server.content("bob") as bob:
        bob.listen()
        assert bob.changed_cases(timeout=0.05) == []
        case, _ = _seed(unit_server)
        with unit_server.content("sam") as sam:
            other = sam.create_case("GD-2", "claim", "open", {"name": "y"}, DATA_KEY)
            sam.create_case("GD-3", "claim", "open", {"name": "z"}, DATA_KEY)
        changed: list[uuid.UUID] = []
        for _ in range(10):  # several calls may be needed: each returns what has arrived so far
            changed += bob.changed_cases(timeout=10)
            if len(changed) >= 3:
                break
        assert changed[:2] == [case, other] and len(changed) == 3

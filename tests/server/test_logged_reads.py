"""No content without a log row, on the unit server, tested as the attacker: a login role with a stolen
passphrase and psql (raw psycopg as her own login), holding the keys her own slot yields (her content keys,
her access-log key and her personal log signer), so she can decrypt what she fetches and write log entries
that verify. What she cannot do: fetch a sealed value without a committed 'granted' entry of hers for that
case, written at most ``read_window_seconds`` ago (store/pg/ddl.py LOGGED_READS)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest

from medunit.config.policy import Policy
from medunit.domain.permissions import Action
from medunit.domain.roles import Role
from medunit.errors import PermissionDeniedError
from medunit.services import consents, intake, records
from medunit.services.guard import Access, _entry
from medunit.services.session import Session
from medunit.store import access_log, content
from medunit.store import records as records_repo
from medunit.store.pg import ddl
from medunit.store.pg.database import PgDatabase
from medunit.store.pg.url import parse_server_url
from tests.support.backends import RawLogin, server_location
from tests.support.pg import Cluster
from tests.support.unit import TODAY, USER_PASS, USERS, Unit, intake_json, make_unit

CASE, OTHER, RESTRICTED = "GD-2026-000001", "GD-2026-000003", "GD-2026-000002"
SECRET = "ZKMARK-insuline-dosering"


@pytest.fixture
def unit(pg_cluster: Cluster, policy: Policy) -> Iterator[Unit]:
    unit = make_unit(server_location(pg_cluster), policy)
    ma = unit[Role.MEDICAL_ADVISOR]
    intake.import_intake(ma, intake_json(OTHER, "P-000103"), TODAY)
    for ref in (CASE, OTHER, RESTRICTED):
        records.add_entry(ma, ref, "note", f"{SECRET} {ref}")
    records.add_attachment(ma, CASE, "brief-cardioloog.pdf", io.BytesIO(b"%PDF-1.4 " + SECRET.encode()))
    yield unit
    unit.close()


def _login(unit: Unit, user: str) -> RawLogin:
    """Her psql: a raw connection as her own login role, from her passphrase."""
    assert isinstance(unit.root, str)
    return RawLogin(unit.root, user, USER_PASS, unit.policy)


def _case_id(raw: RawLogin, reference: str) -> int:
    return int(raw.execute("SELECT id FROM cases WHERE reference = ?", (reference,)).fetchone()[0])


def _forge(raw: RawLogin, unit: Unit, session: Session, reference: str, action: Action = Action.HEALTH_READ) -> None:
    """A valid 'granted' entry of hers, made as the guard makes one, with her own log key and signer,
    appended on her raw connection (inside whatever transaction the caller holds)."""
    assert isinstance(unit.root, str)
    entry = _entry(session, action, Access(db=session.vault.db, case_ref=reference), "granted")
    access_log.append(_pg(raw, unit), entry, session.log_key, session.signer)


def _pg(raw: RawLogin, unit: Unit) -> PgDatabase:
    assert isinstance(unit.root, str)
    return PgDatabase(raw.conn, parse_server_url(unit.root).shown())


def _log_rows(raw: RawLogin) -> int:
    return int(raw.execute("SELECT count(*) FROM access_log").fetchone()[0])


def _refused_for_want_of_an_entry(raw: RawLogin, statement: str, params: tuple[Any, ...]) -> None:
    with pytest.raises(psycopg.Error, match="no saved access-log entry") as caught:
        raw.execute(statement, params).fetchall()
    assert caught.value.sqlstate == ddl.NO_LOG_ENTRY


@pytest.mark.parametrize("role", [r for r in USERS if r is not Role.UNIT_ADMIN])
def test_no_login_selects_a_sealed_column(unit: Unit, role: Role) -> None:
    """(a) Every sealed column of every table, for every role's login: permission denied. The other
    columns stay readable (the case list, ids and row versions are metadata)."""
    raw = _login(unit, USERS[role])
    try:
        for table, columns in ddl.SEALED_ON_SERVER.items():
            for column in columns:
                with pytest.raises(psycopg.errors.InsufficientPrivilege, match="permission denied"):
                    raw.execute(f"SELECT {column} FROM {table}").fetchall()
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                raw.execute(f"SELECT * FROM {table}").fetchall()
            raw.execute(f"SELECT count(*) FROM {table}").fetchone()  # the table itself is not hidden
        assert raw.execute("SELECT reference, status FROM cases ORDER BY id").fetchall()[0][0] == CASE
    finally:
        raw.close()


def test_the_administrator_selects_no_sealed_column_either(unit: Unit) -> None:
    from tests.support.unit import PASS

    assert isinstance(unit.root, str)
    raw = RawLogin(unit.root, USERS[Role.UNIT_ADMIN], PASS, unit.policy)
    try:
        for table, columns in ddl.SEALED_ON_SERVER.items():
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                raw.execute(f"SELECT {columns[0]} FROM {table}").fetchall()
    finally:
        raw.close()


def test_the_read_functions_refuse_without_a_log_row(unit: Unit) -> None:
    """(b) Each logged-read function, called by the advisor (who may read the case and holds its key) with
    no granted entry of a content action for it: refused with its own SQLSTATE, not an empty result."""
    raw = _login(unit, USERS[Role.MEDICAL_ADVISOR])
    try:
        cid = _case_id(raw, CASE)
        for table in ddl.CASE_CONTENT:
            _refused_for_want_of_an_entry(raw, f"SELECT * FROM {table}_of_case(?)", (cid,))
        _refused_for_want_of_an_entry(raw, "SELECT case_question(?)", (cid,))
        att = int(raw.execute("SELECT id FROM attachments WHERE case_id = ?", (cid,)).fetchone()[0])
        _refused_for_want_of_an_entry(raw, "SELECT attachment_chunk(?, 0)", (att,))
        _refused_for_want_of_an_entry(raw, "SELECT * FROM health_entries_to_reseal()", ())
    finally:
        raw.close()


def test_the_officers_facts_need_a_log_row_too(unit: Unit) -> None:
    from datetime import date

    cro = unit[Role.CRIMINAL_RECORD_OFFICER]
    records.add_criminal_fact(cro, "P-000101", date(2024, 3, 1), f"{SECRET} feit")
    raw = _login(unit, USERS[Role.CRIMINAL_RECORD_OFFICER])
    try:
        pid = int(raw.execute("SELECT id FROM persons WHERE reference = 'P-000101'").fetchone()[0])
        _refused_for_want_of_an_entry(raw, "SELECT * FROM criminal_records_of_person(?)", (pid,))
        _refused_for_want_of_an_entry(raw, "SELECT * FROM criminal_records_to_reseal()", ())
        # positive control: the officer's own logged read opens the person's facts for the window
        assert [f.text for f in records.criminal_facts(cro, "P-000101", TODAY)] == [f"{SECRET} feit"]
        assert len(raw.execute("SELECT * FROM criminal_records_of_person(?)", (pid,)).fetchall()) == 1
    finally:
        raw.close()
    advisor = _login(unit, USERS[Role.MEDICAL_ADVISOR])
    try:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            advisor.execute("SELECT * FROM criminal_records_of_person(?)", (pid,)).fetchall()
    finally:
        advisor.close()


def test_an_entry_in_the_reading_transaction_opens_nothing_and_rollback_leaves_nothing(unit: Unit) -> None:
    """(c) The issue's literal design ('append the log row in the same transaction') would let her write a
    valid entry, read, and ROLLBACK: no row. Here the entry of her own transaction does not count."""
    ma = unit[Role.MEDICAL_ADVISOR]
    raw = _login(unit, USERS[Role.MEDICAL_ADVISOR])
    try:
        cid = _case_id(raw, CASE)
        before = _log_rows(raw)
        with pytest.raises(psycopg.Error, match="no saved access-log entry"), raw.conn.transaction():
            _forge(raw, unit, ma, CASE)
            assert _log_rows(raw) == before + 1  # her entry is there, in her open transaction
            raw.execute("SELECT * FROM health_entries_of_case(?)", (cid,)).fetchall()
        assert _log_rows(raw) == before  # rolled back: nothing of it is left
        # the same entry, committed on its own, does open the case: the only way in leaves a row
        with raw.conn.transaction():
            _forge(raw, unit, ma, CASE)
        rows = raw.execute("SELECT id, text FROM health_entries_of_case(?)", (cid,)).fetchall()
        texts = [content.open_text(ma.vault.db, "health_entries", "text", r[0], r[1]) for r in rows]
        assert texts == [f"{SECRET} {CASE}"]  # the attack is real: her own keys open what she fetched
        assert _log_rows(raw) == before + 1
    finally:
        raw.close()


def test_an_entry_for_one_case_does_not_open_another(unit: Unit) -> None:
    """(d) A committed entry for case A (her ordinary, logged read in medunit) opens A, not B."""
    ma = unit[Role.MEDICAL_ADVISOR]
    assert [e.text for e in records.entries(ma, CASE)] == [f"{SECRET} {CASE}"]
    raw = _login(unit, USERS[Role.MEDICAL_ADVISOR])
    try:
        assert len(raw.execute("SELECT * FROM health_entries_of_case(?)", (_case_id(raw, CASE),)).fetchall()) == 1
        _refused_for_want_of_an_entry(raw, "SELECT * FROM health_entries_of_case(?)", (_case_id(raw, OTHER),))
        _refused_for_want_of_an_entry(raw, "SELECT case_question(?)", (_case_id(raw, OTHER),))
    finally:
        raw.close()


def test_an_entry_of_another_user_or_a_refused_one_opens_nothing(unit: Unit) -> None:
    """The entry must be hers, granted, and of an action that reads content."""
    staff, ma = unit[Role.UNIT_STAFF], unit[Role.MEDICAL_ADVISOR]
    records.entries(staff, CASE)  # staff's read: not the advisor's
    raw = _login(unit, USERS[Role.MEDICAL_ADVISOR])
    try:
        with raw.conn.transaction():  # hers and granted, but of an action that reads no content
            _forge(raw, unit, unit[Role.MEDICAL_ADVISOR], CASE, Action.CASE_LIST)
        with raw.conn.transaction():  # of a content action, but refused
            entry = _entry(ma, Action.HEALTH_READ, Access(db=ma.vault.db, case_ref=CASE), "refused")
            access_log.append(_pg(raw, unit), entry, ma.log_key, ma.signer)
        _refused_for_want_of_an_entry(raw, "SELECT * FROM health_entries_of_case(?)", (_case_id(raw, CASE),))
    finally:
        raw.close()


def test_an_entry_older_than_the_window_opens_nothing(unit: Unit, pg_cluster: Cluster) -> None:
    """(e) The server's own time of the entry, not the client's: older than ``read_window_seconds`` (300 by
    default, a server setting) it opens nothing."""
    assert isinstance(unit.root, str)
    ma = unit[Role.MEDICAL_ADVISOR]
    records.entries(ma, CASE)
    raw = _login(unit, USERS[Role.MEDICAL_ADVISOR])
    try:
        cid = _case_id(raw, CASE)
        assert len(raw.execute("SELECT * FROM health_entries_of_case(?)", (cid,)).fetchall()) == 1  # control
        with psycopg.connect(pg_cluster.conninfo(dbname=parse_server_url(unit.root).dbname), autocommit=True) as dba:
            window = dba.execute("SELECT value FROM medunit.server_settings WHERE name = 'read_window_seconds'")
            assert window.fetchone() == ("300",)
            dba.execute("ALTER TABLE medunit.access_log DISABLE TRIGGER access_log_no_update")
            dba.execute("UPDATE medunit.access_log SET logged_at = logged_at - interval '301 seconds'")
            dba.execute("ALTER TABLE medunit.access_log ENABLE TRIGGER access_log_no_update")
        _refused_for_want_of_an_entry(raw, "SELECT * FROM health_entries_of_case(?)", (cid,))
        # and she cannot move the server's stamp forward again
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            raw.execute("UPDATE access_log SET logged_at = now() WHERE case_ref = ?", (CASE,))
        _refused_for_want_of_an_entry(raw, "SELECT * FROM health_entries_of_case(?)", (cid,))
    finally:
        raw.close()


class _ChoosesStamps(PgDatabase):
    """Her own client, changed to write a time and a transaction of her choosing into the log row it
    appends (the row is otherwise valid: it chains, so the server's chain-link check lets it in)."""

    def execute(self, sql: str, params: Any = ()) -> Any:
        if sql.startswith("INSERT INTO access_log("):
            sql = sql.replace("access_log(", "access_log(logged_at, xact, ", 1)
            sql = sql.replace("VALUES (", "VALUES (now() + interval '1 day', '1', ", 1)
        return super().execute(sql, params)


def test_the_server_stamps_every_log_row_itself(unit: Unit) -> None:
    """A time or transaction of her choosing in an inserted row is replaced by the server's own."""
    assert isinstance(unit.root, str)
    advisor = unit[Role.MEDICAL_ADVISOR]
    raw = _login(unit, USERS[Role.MEDICAL_ADVISOR])
    try:
        chooser = _ChoosesStamps(raw.conn, parse_server_url(unit.root).shown())
        entry = _entry(advisor, Action.HEALTH_READ, Access(db=advisor.vault.db, case_ref=OTHER), "granted")
        with raw.conn.transaction():
            seq = access_log.append(chooser, entry, advisor.log_key, advisor.signer)
        row = raw.execute(
            "SELECT logged_at <= now(), xact::text <> '1', pg_xact_status(xact) FROM access_log WHERE seq = ?", (seq,)
        ).fetchone()
        assert row == (True, True, "committed")
    finally:
        raw.close()


def test_a_restricted_case_stays_invisible_even_with_an_entry(unit: Unit) -> None:
    """(f) Staff are not listed on the restricted case: a committed granted entry of hers for it (forged
    with her own keys) still shows her none of its rows, and no question."""
    staff = unit[Role.UNIT_STAFF]
    raw = _login(unit, USERS[Role.UNIT_STAFF])
    try:
        with raw.conn.transaction():
            _forge(raw, unit, staff, RESTRICTED)
        cid = _case_id(raw, RESTRICTED)
        for table in ddl.CASE_CONTENT:
            assert raw.execute(f"SELECT count(*) FROM {table}_of_case(?)", (cid,)).fetchone() == (0,)
        assert raw.execute("SELECT case_question(?)", (cid,)).fetchone() == (None,)
        # positive control: the listed advisor, after her logged read, gets the rows
        records.entries(unit[Role.MEDICAL_ADVISOR], RESTRICTED)
    finally:
        raw.close()
    listed = _login(unit, USERS[Role.MEDICAL_ADVISOR])
    try:
        assert listed.execute("SELECT count(*) FROM health_entries_of_case(?)", (cid,)).fetchone() == (1,)
    finally:
        listed.close()


def test_the_store_says_so_in_words_without_an_entry(unit: Unit) -> None:
    """Store code called outside the guard (no entry saved) is refused with a readable message."""
    ma = unit[Role.MEDICAL_ADVISOR]
    case_id = records_repo.case_by_reference(ma.vault.db, OTHER)
    assert case_id is not None
    with pytest.raises(PermissionDeniedError, match="only after the access-log entry of that read is saved"):
        records_repo.entries_of_case(ma.vault.db, case_id.id)


def test_the_guard_commits_the_entry_before_the_work_and_logs_a_refusal_after(unit: Unit) -> None:
    """On the server a content read is saved first; what the work learns (the ids it read) follows in a
    second row with the same time; a rule refusing the work appends a 'refused' row."""
    from medunit.errors import ValidationError

    ma = unit[Role.MEDICAL_ADVISOR]
    raw = _login(unit, USERS[Role.MEDICAL_ADVISOR])
    try:
        seq = int(raw.execute("SELECT max(seq) FROM access_log").fetchone()[0])
        found = records.entries(ma, CASE)
        rows = raw.execute(
            "SELECT at, record_ids, outcome FROM access_log WHERE seq > ? AND action = 'health.read' ORDER BY seq",
            (seq,),
        ).fetchall()
        assert len(rows) == 2 and rows[0][0] == rows[1][0]
        assert (rows[0][1], rows[1][1]) == ("[]", f'["entry:{found[0].id}"]')
        seq = int(raw.execute("SELECT max(seq) FROM access_log").fetchone()[0])
        with pytest.raises(ValidationError):
            consents.send_request(ma, CASE, 999)
        outcomes = raw.execute(
            "SELECT outcome FROM access_log WHERE seq > ? AND action = 'request.write' ORDER BY seq", (seq,)
        ).fetchall()
        assert [o[0] for o in outcomes] == ["granted", "refused"]
    finally:
        raw.close()

"""What the unit server enforces that a client cannot (issue 12 point 3), tested as the attacker: an insider
with a stolen passphrase and psql, logged in as that user's own login role (raw psycopg, no medunit code).

- Optimistic locking: an UPDATE of an editable row must bump ``row_version`` by exactly one, and the server
  writes ``changed_by``/``changed_at`` itself (store/pg/ddl.py ROW_VERSION_RULES).
- The access log's chain: an INSERT must be the next link (seq, prev_hash) with the hash of its own
  contents (store/pg/ddl.py CHAIN_LINK)."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg
import pytest

from medunit.config.policy import Policy
from medunit.domain.roles import Role
from medunit.errors import ConflictError, RowChangedError
from medunit.services.session import kdf_cost
from medunit.store import access_log, rowlock
from medunit.store.pg.database import CHAIN_LINK_STATE, ROW_VERSION_STATE
from medunit.store.pg.logins import login_password, login_role, unit_of
from medunit.store.pg.url import parse_server_url
from tests.support.backends import RawLogin, server_location
from tests.support.pg import Cluster
from tests.support.unit import PASS, USER_PASS, USERS, Unit, make_unit

CASE = "GD-2026-000001"
ADVISOR = USERS[Role.MEDICAL_ADVISOR]
STAFF = USERS[Role.UNIT_STAFF]
ADMIN = USERS[Role.UNIT_ADMIN]
#: services.session.utc_now's format, which the server's stamp must match exactly
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}\+00:00$")


@pytest.fixture
def unit(pg_cluster: Cluster, policy: Policy) -> Iterator[Unit]:
    unit = make_unit(server_location(pg_cluster), policy)
    yield unit
    unit.close()


@pytest.fixture
def advisor(unit: Unit) -> Iterator[RawLogin]:
    assert isinstance(unit.root, str)
    login = RawLogin(unit.root, ADVISOR, USER_PASS, unit.policy)
    yield login
    login.close()


def _refused(login: RawLogin, state: str, sql: str, params: tuple[Any, ...] = ()) -> str:
    """Run ``sql``; it must be refused with the server's own SQLSTATE (not a grant, a key or a constraint)."""
    with pytest.raises(psycopg.Error) as caught:
        login.execute(sql, params)
    assert caught.value.sqlstate == state, caught.value
    return str(caught.value)


def _case(login: RawLogin) -> tuple[str, int, str | None, str | None]:
    row = login.execute(
        "SELECT status, row_version, changed_by, changed_at FROM cases WHERE reference = ?", (CASE,)
    ).fetchone()
    return str(row[0]), int(row[1]), row[2], row[3]


# -- optimistic locking ---------------------------------------------------------------------------------


def test_the_version_rule_is_on_every_editable_table(unit: Unit, advisor: RawLogin) -> None:
    tables = advisor.execute(
        "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        "WHERE t.tgname = 'row_version_rules' AND NOT t.tgisinternal AND t.tgenabled = 'O'"
    ).fetchall()
    assert sorted(r[0] for r in tables) == sorted(rowlock.EDITABLE)


@pytest.mark.parametrize(
    "assignment",
    ["status = 'closed'", "status = 'closed', row_version = row_version + 2", "status = 'closed', row_version = 1",
     "status = 'closed', row_version = NULL"],
)  # fmt: skip
def test_an_update_that_does_not_bump_the_version_is_refused(unit: Unit, advisor: RawLogin, assignment: str) -> None:
    before = _case(advisor)
    message = _refused(advisor, ROW_VERSION_STATE, f"UPDATE cases SET {assignment} WHERE reference = ?", (CASE,))
    assert "row_version" in message
    assert _case(advisor) == before


@pytest.mark.parametrize(
    ("user", "passphrase", "table", "change", "key"),
    [
        (ADVISOR, USER_PASS, "persons", "family_name = 'X'", "reference = 'P-000101'"),
        (ADMIN, PASS, "users", "display_name = 'X'", f"name = '{STAFF}'"),
    ],
)
def test_the_rule_holds_on_the_other_tables(
    unit: Unit, user: str, passphrase: str, table: str, change: str, key: str
) -> None:
    assert isinstance(unit.root, str)
    login = RawLogin(unit.root, user, passphrase, unit.policy)
    try:
        row = f"SELECT row_version FROM {table} WHERE {key}"
        before = login.execute(row).fetchone()
        assert before is not None
        _refused(login, ROW_VERSION_STATE, f"UPDATE {table} SET {change} WHERE {key}")
        assert login.execute(row).fetchone() == before
        login.execute(f"UPDATE {table} SET {change}, row_version = row_version + 1 WHERE {key}")  # with the bump
        assert login.execute(row).fetchone() == (before[0] + 1,)
    finally:
        login.close()


def test_the_server_stamps_who_and_when_not_the_statement(unit: Unit, advisor: RawLogin) -> None:
    """An update naming the next version passes, but under the login's own name and the server's time, in
    the client's format: the insider cannot pass their change off as a colleague's, or as an old one."""
    _status, version, _by, _at = _case(advisor)
    start = datetime.now(UTC)
    advisor.execute(
        "UPDATE cases SET status = 'closed', row_version = row_version + 1, changed_by = ?, "
        "changed_at = '2001-01-01T00:00:00.000000+00:00' WHERE reference = ?",
        (STAFF, CASE),
    )
    status, after, by, at = _case(advisor)
    assert (status, after, by) == ("closed", version + 1, ADVISOR)
    assert at is not None and ISO.match(at), at
    assert abs(datetime.fromisoformat(at) - start) < timedelta(minutes=5)  # the server's clock, not 2001


def test_an_editor_after_the_insider_is_told_who_changed_it(unit: Unit, advisor: RawLogin) -> None:
    """The insider's psql change moves the version on, so the editor who read the row before cannot
    overwrite it, and learns who really made the change (the name the server stamped, not the colleague
    the insider wrote in)."""
    db = unit[Role.UNIT_ADMIN].vault.db
    read = rowlock.version(db, "cases", ("reference", CASE))
    advisor.execute(
        "UPDATE cases SET status = 'closed', row_version = row_version + 1, changed_by = ? WHERE reference = ?",
        (STAFF, CASE),
    )
    with db.transaction(), pytest.raises(RowChangedError) as caught:
        rowlock.update(db, "cases", ("reference", CASE), "status = ?", ("open",), expected=read, by=ADMIN, at="x")
    shown = advisor.execute("SELECT coalesce(display_name, name) FROM users WHERE name = ?", (ADVISOR,)).fetchone()
    assert caught.value.template == rowlock.CHANGED
    assert caught.value.params["user"] == shown[0]
    assert _case(advisor)[0] == "closed"


def test_a_client_update_without_the_bump_is_the_editors_conflict(unit: Unit) -> None:
    """The server's refusal reaches a medunit user as the conflict message, not a database error."""
    db = unit[Role.MEDICAL_ADVISOR].vault.db
    with pytest.raises(RowChangedError, match="changed by someone else"), db.transaction():
        db.execute("UPDATE cases SET status = 'closed' WHERE reference = ?", (CASE,))


def test_the_recovery_login_stamps_recovery(unit: Unit, pg_cluster: Cluster) -> None:
    assert isinstance(unit.root, str)
    url = parse_server_url(unit.root)
    name = unit_of(url)
    password = login_password(unit.recovery_code, name, ":recovery", kdf_cost(unit.policy))
    with psycopg.connect(
        pg_cluster.conninfo(login_role(name, ":recovery"), password, url.dbname), autocommit=True
    ) as conn:
        conn.execute(
            "UPDATE medunit.users SET display_name = 'S. Smit', row_version = row_version + 1, changed_by = 'alice' "
            "WHERE name = %s",
            (STAFF,),
        )
        row = conn.execute("SELECT changed_by FROM medunit.users WHERE name = %s", (STAFF,)).fetchone()
    assert row == ("recovery",)


# -- the access log's chain ----------------------------------------------------------------------------


def _last(login: RawLogin) -> tuple[int, bytes, bytes]:
    """(seq, hash, prev_hash) of the newest entry."""
    seq, digest, prev = login.execute(
        "SELECT seq, hash, prev_hash FROM access_log ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    return int(seq), bytes(digest), bytes(prev)


def _entry(**changes: Any) -> access_log.LogEntry:
    fields: dict[str, Any] = {
        "at": "2026-11-26T10:00:00.000000+00:00",
        "user": ADVISOR,
        "role": Role.MEDICAL_ADVISOR.value,
        "responsible": ADVISOR,
        "action": "case.view",
        "outcome": "granted",
        "workstation": "ws-1",
        "case_ref": CASE,
    }
    return access_log.LogEntry(**(fields | changes))


def _insert(login: RawLogin, entry: access_log.LogEntry, seq: int, prev: bytes, digest: bytes | None = None) -> None:
    """The row exactly as access_log.append writes it (MAC and signature made up: the server does not check
    those, verify does), with the hash the client would compute unless ``digest`` says otherwise."""
    digest = digest if digest is not None else hashlib.sha256(prev + entry.canonical(seq)).digest()
    login.execute(
        "INSERT INTO access_log(seq, at, user_name, role, responsible, action, person_ref, case_ref, record_ids, "
        "reason, basis, emergency, workstation, outcome, prev_hash, hash, mac) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (seq, entry.at, entry.user, entry.role, entry.responsible, entry.action, entry.person_ref, entry.case_ref,
         json.dumps(list(entry.record_ids)), entry.reason, entry.basis, int(entry.emergency), entry.workstation,
         entry.outcome, prev, digest, b"\0" * 32),
    )  # fmt: skip


def _count(login: RawLogin) -> int:
    return int(login.execute("SELECT count(*) FROM access_log").fetchone()[0])


def test_a_row_with_a_wrong_prev_hash_is_refused(unit: Unit, advisor: RawLogin) -> None:
    seq, _digest, prev = _last(advisor)
    count = _count(advisor)
    message = _refused_insert(advisor, _entry(), seq + 1, prev)  # links to the one before the last
    assert f"does not chain to entry #{seq}" in message
    assert _count(advisor) == count


def test_a_row_that_skips_a_seq_is_refused(unit: Unit, advisor: RawLogin) -> None:
    seq, digest, _prev = _last(advisor)
    message = _refused_insert(advisor, _entry(), seq + 2, digest)
    assert f"the next entry is #{seq + 1}" in message


def test_a_row_with_a_duplicate_seq_is_refused(unit: Unit, advisor: RawLogin) -> None:
    """Refused as a broken link before the primary key would refuse it (on the old server only the key)."""
    seq, _digest, prev = _last(advisor)
    _refused_insert(advisor, _entry(), seq, prev)


def test_a_row_whose_hash_is_not_its_contents_is_refused(unit: Unit, advisor: RawLogin) -> None:
    """The insider links correctly but hashes innocent contents for a row that says something else."""
    seq, digest, _prev = _last(advisor)
    innocent = hashlib.sha256(digest + _entry(action="case.list").canonical(seq + 1)).digest()
    message = _refused_insert(advisor, _entry(), seq + 1, digest, innocent)
    assert "hash is not the hash of its contents" in message


def _refused_insert(
    login: RawLogin, entry: access_log.LogEntry, seq: int, prev: bytes, digest: bytes | None = None
) -> str:
    count = _count(login)
    with pytest.raises(psycopg.Error) as caught:
        _insert(login, entry, seq, prev, digest)
    assert caught.value.sqlstate == CHAIN_LINK_STATE, caught.value
    assert _count(login) == count
    return str(caught.value)


@pytest.mark.parametrize(
    "entry",
    [
        _entry(),
        _entry(person_ref=None, case_ref=None, record_ids=(), emergency=True, basis="Wgbo art. 7:457"),
        _entry(
            reason='Ünïcode "quotes" \\ back\nslash\ttab\x01\x1f\u2028 é 🩺',
            record_ids=("entry:1", "log-key:é", 'a", "b', "🩺\\n"),
            user="dr.jänsen",
        ),
    ],
)
def test_a_correct_link_is_accepted_and_verify_agrees(
    unit: Unit, advisor: RawLogin, entry: access_log.LogEntry
) -> None:
    """Positive control: the server's canonical form is the client's, byte for byte (escapes, non-ASCII,
    record ids re-encoded), so it never refuses a row the client writes; the chain still walks after it."""
    seq, digest, _prev = _last(advisor)
    _insert(advisor, entry, seq + 1, digest)
    assert _last(advisor)[0] == seq + 1
    session = unit[Role.PRIVACY_OFFICER]
    report = access_log.verify_chain(session.vault.db, session.log_key)
    # the client's walk checks order, link and hash before the MAC: it stops at the made-up MAC only
    assert (report.first_bad, report.problem) == (
        seq + 1,
        f"entry #{seq + 1} has an invalid MAC (written outside medunit)",
    )


def test_a_broken_link_reaches_a_medunit_user_in_words(unit: Unit) -> None:
    """A client whose append does not link (a workstation that does not take the writer lock) gets the
    server's "busy, try again", not a database error; nothing is written."""
    db = unit[Role.MEDICAL_ADVISOR].vault.db
    seq, digest = access_log.last_entry(db)
    with pytest.raises(ConflictError, match="busy with another workstation"), db.transaction():
        db.execute(
            "INSERT INTO access_log(seq, at, user_name, role, responsible, action, record_ids, emergency, "
            "workstation, outcome, prev_hash, hash, mac) "
            "VALUES (?, 'x', 'x', 'x', 'x', 'x', '[]', 0, 'x', 'x', ?, ?, ?)",
            (seq + 2, digest, digest, digest),
        )
    assert access_log.last_entry(db) == (seq, digest)

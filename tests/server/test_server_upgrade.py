"""``medunit-admin server upgrade`` as IT runs it: a unit server set up by yesterday's release (schema 14:
no row-version or chain-link trigger, no server stamp on log rows, sealed columns readable by every login,
the old ``entries_kind`` index) brought to this release in one transaction, then checked as the attacker
(raw psycopg as a login role) and as the unit (a workstation opens, the data and the signed access log are
intact). A second run changes nothing; the refusals say so in words with the documented exit code."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from medunit import i18n
from medunit.config.policy import Policy
from medunit.domain.roles import Role
from medunit.errors import IntegrityError
from medunit.gui import i18n_build
from medunit.services import records, stores
from medunit.store.pg import connect as pg_connect
from medunit.store.pg import ddl
from medunit.store.pg.database import ROW_VERSION_STATE
from medunit.store.pg.logins import unit_of
from medunit.store.pg.url import parse_server_url
from medunit.store.schema import LATEST
from tests.server.test_server_commands_input import _one_message, _run_cli
from tests.server.test_server_rules import _entry, _last, _refused, _refused_insert
from tests.support.backends import RawLogin, server_location
from tests.support.cli import cli
from tests.support.pg import Cluster
from tests.support.unit import USER_PASS, USERS, Unit, make_unit

CASE = "GD-2026-000001"
SECRET = "ZKMARK-upgrade-insuline"
ADVISOR = USERS[Role.MEDICAL_ADVISOR]
PRIVACY = USERS[Role.PRIVACY_OFFICER]
#: The functions yesterday's release installed (store/pg/ddl.py before the row-version, chain-link and
#: logged-read rules): every other function of the schema is today's.
YESTERDAYS_FUNCTIONS = {
    "refuse", "refuse_unless_resealing", "unit", "is_admin", "role_groups", "set_group", "set_login",
    "login_follows_role", "me", "may_read_case", "next_id", "may_read_attachment", "drop_login", "notify_case_list",
}  # fmt: skip


@pytest.fixture(scope="module", autouse=True)
def compiled() -> None:
    i18n_build.build()
    i18n.catalogue.cache_clear()


@pytest.fixture
def unit(pg_cluster: Cluster, policy: Policy) -> Iterator[Unit]:
    """A unit on the server with a health entry, every window closed (IT upgrades with medunit closed)."""
    unit = make_unit(server_location(pg_cluster), policy)
    records.add_entry(unit[Role.MEDICAL_ADVISOR], CASE, "note", SECRET)
    unit.close()
    yield unit


def _dba(cluster: Cluster, url: str) -> psycopg.Connection[Any]:
    """The DBA's own psql on the unit's database."""
    return psycopg.connect(cluster.conninfo(dbname=parse_server_url(url).dbname), autocommit=True)


def _as_yesterday(cluster: Cluster, url: str) -> None:
    """Make the server what yesterday's release installed: today's functions gone (their triggers with
    them), no server stamp on log rows, table-level SELECT on the sealed tables, the old purge index,
    schema_version 14 and no read window."""
    groups = ", ".join(f'"{ddl.group_role(unit_of(parse_server_url(url)), r)}"' for r in Role)
    with _dba(cluster, url) as conn, conn.transaction():
        conn.execute("SET LOCAL search_path = medunit")
        today = conn.execute(
            "SELECT oid::regprocedure::text FROM pg_proc WHERE pronamespace = 'medunit'::regnamespace "
            "AND NOT proname = ANY(%s)",
            (sorted(YESTERDAYS_FUNCTIONS),),
        ).fetchall()
        assert len(today) > 10
        conn.execute(f"DROP FUNCTION {', '.join(r[0] for r in today)} CASCADE")
        conn.execute("ALTER TABLE access_log DROP COLUMN logged_at, DROP COLUMN xact")
        conn.execute(f"GRANT SELECT ON {', '.join(ddl.SEALED_ON_SERVER)} TO {groups}")
        conn.execute("DROP INDEX entries_recordings")
        conn.execute("CREATE INDEX entries_kind ON health_entries(kind, recorded_at)")
        conn.execute("DELETE FROM server_settings WHERE name = 'read_window_seconds'")
        conn.execute("UPDATE server_settings SET value = '14' WHERE name = 'schema_version'")


def _rules(cluster: Cluster, url: str) -> dict[str, list[tuple[Any, ...]]]:
    """The server's rules as the catalogue holds them (the unit's name made neutral, so two units compare):
    functions with their bodies and grants, triggers, policies, row-level security, indexes, columns and
    the table and column grants."""
    name = unit_of(parse_server_url(url))
    queries = {
        "functions": "SELECT p.oid::regprocedure::text, pg_get_functiondef(p.oid), "
        "array(SELECT unnest(p.proacl)::text ORDER BY 1)::text FROM pg_proc p "
        "WHERE p.pronamespace = 'medunit'::regnamespace",
        "triggers": "SELECT c.relname, t.tgname, pg_get_triggerdef(t.oid), t.tgenabled FROM pg_trigger t "
        "JOIN pg_class c ON c.oid = t.tgrelid WHERE c.relnamespace = 'medunit'::regnamespace AND NOT t.tgisinternal",
        "policies": "SELECT tablename, policyname, cmd, roles::text, qual FROM pg_policies "
        "WHERE schemaname = 'medunit'",
        "tables": "SELECT relname, relkind, relrowsecurity, array(SELECT unnest(relacl)::text ORDER BY 1)::text "
        "FROM pg_class WHERE relnamespace = 'medunit'::regnamespace",
        "indexes": "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'medunit'",
        # in column order (not attnum: the yesterday made here dropped columns, which keep their numbers)
        "columns": "SELECT c.relname, row_number() OVER (PARTITION BY c.relname ORDER BY a.attnum), a.attname, "
        "format_type(a.atttypid, a.atttypmod), "
        "array(SELECT unnest(a.attacl)::text ORDER BY 1)::text FROM pg_attribute a JOIN pg_class c "
        "ON c.oid = a.attrelid WHERE c.relnamespace = 'medunit'::regnamespace AND c.relkind = 'r' "
        "AND a.attnum > 0 AND NOT a.attisdropped",
    }
    with _dba(cluster, url) as conn:
        found = {key: conn.execute(query).fetchall() for key, query in queries.items()}
    return {
        key: sorted(tuple(str(v).replace(name, "UNIT") for v in row) for row in rows) for key, rows in found.items()
    }


def _settings(cluster: Cluster, url: str) -> dict[str, str]:
    with _dba(cluster, url) as conn:
        return dict(conn.execute("SELECT name, value FROM medunit.server_settings WHERE name <> 'unit'").fetchall())


def _data(cluster: Cluster, url: str) -> list[tuple[Any, ...]]:
    """The access log's chain and the content rows, as stored."""
    with _dba(cluster, url) as conn:
        log = conn.execute("SELECT seq, hash, mac, sig FROM medunit.access_log ORDER BY seq").fetchall()
        entries = conn.execute("SELECT id, case_id, text FROM medunit.health_entries ORDER BY id").fetchall()
    return [*log, *entries]


def _fresh_rules(cluster: Cluster) -> dict[str, list[tuple[Any, ...]]]:
    """What ``server init`` installs today, in a database of its own."""
    url = server_location(cluster)
    with _dba(cluster, url) as conn, conn.transaction():
        ddl.install(conn, unit_of(parse_server_url(url)))
    return _rules(cluster, url)


def test_yesterdays_server_upgraded_holds_todays_rules(
    unit: Unit, pg_cluster: Cluster, policy: Policy, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    url = unit.root
    assert isinstance(url, str)
    _as_yesterday(pg_cluster, url)
    data = _data(pg_cluster, url)
    # yesterday's server: a workstation of this release is refused, and a login reads sealed columns
    with pytest.raises(IntegrityError, match="holds schema version 14; this medunit needs"):
        stores.unlock(url, ADVISOR, USER_PASS, policy)
    attacker = RawLogin(url, ADVISOR, USER_PASS, policy)
    try:
        assert attacker.execute("SELECT text FROM health_entries").fetchall()  # the hole the upgrade closes
    finally:
        attacker.close()

    code, out, err = _run_cli("server", "upgrade", "--url", url)  # the installed medunit-admin, as IT runs it
    assert (code, err) == (0, ""), err
    lines = out.splitlines()
    assert lines[0].startswith("Eenheidsserver ") and f"van schemaversie 14 naar {LATEST}" in lines[0], out
    assert f"upgraded from schema version 14 to {LATEST}" in lines[1], out
    assert pg_cluster.password not in out  # the URL is shown without its password

    assert _rules(pg_cluster, url) == _fresh_rules(pg_cluster)  # exactly what a new server holds
    assert _settings(pg_cluster, url) == {"schema_version": str(LATEST), "read_window_seconds": "300"}
    assert _data(pg_cluster, url) == data  # not a row of content or log changed

    # the attacker's psql: sealed columns refused again, the chain link and the row version enforced
    attacker = RawLogin(url, ADVISOR, USER_PASS, policy)
    try:
        for table, columns in ddl.SEALED_ON_SERVER.items():
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                attacker.execute(f"SELECT {columns[0]} FROM {table}").fetchall()
        seq, _digest, prev = _last(attacker)
        assert "does not chain to entry" in _refused_insert(attacker, _entry(), seq + 1, prev)
        _refused(attacker, ROW_VERSION_STATE, "UPDATE cases SET status = 'closed' WHERE reference = ?", (CASE,))
    finally:
        attacker.close()

    # the workstation opens and reads through the logged reads; the signed log verifies
    session = stores.unlock(url, ADVISOR, USER_PASS, policy)
    try:
        assert [e.text for e in records.entries(session, CASE)] == [SECRET]
    finally:
        session.close()
    monkeypatch.setenv("MEDUNIT_PASSPHRASE", USER_PASS)
    code, out, err = cli(capsys, "audit", "verify", "--store", url, "--as", PRIVACY)
    assert (code, err) == (0, ""), err
    assert "access log chain intact" in out

    # a second run (a value the DBA set for the read window kept) changes nothing
    with _dba(pg_cluster, url) as conn:
        conn.execute("UPDATE medunit.server_settings SET value = '120' WHERE name = 'read_window_seconds'")
    rules, data = _rules(pg_cluster, url), _data(pg_cluster, url)
    code, out, err = cli(capsys, "server", "upgrade", "--url", url)
    assert (code, err) == (0, ""), err
    assert f"was at schema version {LATEST} already" in out
    assert (_rules(pg_cluster, url), _data(pg_cluster, url)) == (rules, data)
    assert _settings(pg_cluster, url) == {"schema_version": str(LATEST), "read_window_seconds": "120"}


def test_every_version_after_the_first_release_has_its_table_step() -> None:
    """A migration added to store/schema.py without its server step would leave upgraded servers behind."""
    assert set(ddl.TABLE_STEPS) == set(range(ddl.FIRST_RELEASED + 1, LATEST + 1))


def test_upgrade_refusals(unit: Unit, pg_cluster: Cluster, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = unit.root
    assert isinstance(url, str)
    code, _out, err = cli(capsys, "server", "upgrade", "--url", str(tmp_path))
    assert code == 2
    _one_message(err, "--url moet een postgresql://-URL zijn", "--url must be a postgresql:// URL")
    empty = server_location(pg_cluster)
    code, _out, err = cli(capsys, "server", "upgrade", "--url", empty)
    assert code == 1
    _one_message(err, "bevat geen medunit-eenheidsserver", "holds no medunit unit server")
    with _dba(pg_cluster, empty) as conn:
        assert conn.execute("SELECT 1 FROM pg_namespace WHERE nspname = 'medunit'").fetchone() is None
    rules = _rules(pg_cluster, url)
    for version, dutch, english in (
        (LATEST + 1, "nieuwer dan deze medunit", "newer than this medunit"),
        (ddl.FIRST_RELEASED - 1, "ouder dan elke uitgebrachte", "older than any released unit server"),
    ):
        with _dba(pg_cluster, url) as conn:
            conn.execute("UPDATE medunit.server_settings SET value = %s WHERE name = 'schema_version'", (str(version),))
        code, _out, err = cli(capsys, "server", "upgrade", "--url", url)
        assert code == 1
        _one_message(err, dutch, english)
        assert _settings(pg_cluster, url)["schema_version"] == str(version)  # nothing changed
        assert _rules(pg_cluster, url) == rules
    with _dba(pg_cluster, url) as conn:
        conn.execute("UPDATE medunit.server_settings SET value = '14' WHERE name = 'schema_version'")
        dbname = parse_server_url(url).dbname
        conn.execute(f"CREATE ROLE \"{dbname}_helpdesk\" LOGIN PASSWORD 'helpdesk-pw'")
        conn.execute(f'GRANT CONNECT ON DATABASE "{dbname}" TO "{dbname}_helpdesk"')
    helpdesk = pg_cluster.url(f"{dbname}_helpdesk", "helpdesk-pw", dbname) + "?sslmode=disable"
    code, _out, err = cli(capsys, "server", "upgrade", "--url", helpdesk)
    assert code == 1
    _one_message(err, "mag de eenheidsserver niet bijwerken", "may not upgrade the unit server")
    code, _out, err = cli(capsys, "server", "upgrade", "--url", helpdesk.replace("helpdesk-pw", "wrong"))
    assert code == 3
    _one_message(err, "weigerde de gebruikersnaam of het wachtwoord", "refused the user name or password")
    assert _settings(pg_cluster, url)["schema_version"] == "14" and _rules(pg_cluster, url) == rules


def test_a_workstation_holding_the_tables_leaves_the_server_as_it_was(
    unit: Unit, pg_cluster: Cluster, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A window left open in the middle of a read holds the access log: the upgrade, which has swapped the
    purge index by then, waits for the server's lock timeout, refuses in words and leaves the server as it
    was (one transaction); once the window is closed it goes through. The timeout is set to 1 s here (the
    product's 10 s would be waited out in full: nothing else ends the wait)."""
    monkeypatch.setattr(pg_connect, "LOCK_TIMEOUT_S", 1)
    url = unit.root
    assert isinstance(url, str)
    _as_yesterday(pg_cluster, url)
    rules = _rules(pg_cluster, url)
    reading = threading.Event()
    done = threading.Event()

    def workstation() -> None:
        with _dba(pg_cluster, url) as conn, conn.transaction():
            conn.execute("SELECT count(*) FROM medunit.access_log").fetchone()
            reading.set()
            done.wait(60)

    holder = threading.Thread(target=workstation)
    holder.start()
    try:
        assert reading.wait(30)
        code, _out, err = cli(capsys, "server", "upgrade", "--url", url)
    finally:
        done.set()
        holder.join()
    assert code == 1
    _one_message(err, "Een werkplek gebruikt de eenheidsserver", "A workstation is using the unit server")
    assert _rules(pg_cluster, url) == rules  # entries_kind back, no rule of today's
    assert _settings(pg_cluster, url) == {"schema_version": "14"}
    code, out, err = cli(capsys, "server", "upgrade", "--url", url)
    assert (code, err) == (0, "")
    assert f"upgraded from schema version 14 to {LATEST}" in out


def test_help_names_the_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli(capsys, "server", "upgrade", "--help")
    out = capsys.readouterr().out
    assert "exit codes: 0 done" in out and "3  the database administrator" in out and "docs/unit-server.md" in out

"""``medunit-admin store migrate``: a file store moved to a real unit server (the session's throw-away
PostgreSQL cluster), as IT runs it, and what goes wrong: a tampered store, an interrupted move, a database
that is not empty."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from medunit.config.policy import Policy
from medunit.crypto.recovery_code import new_recovery_code
from medunit.crypto.workstation import load_workstation
from medunit.domain.roles import Role
from medunit.errors import AuthenticationError, ConflictError, IntegrityError, PermissionDeniedError
from medunit.services import audit, intake, migrate, personal_keys, records, stores
from medunit.services.records import CaseQuery
from medunit.store import access_log
from medunit.store.access_log import LogFilter, ensure_log_key
from medunit.store.layout import Layout
from medunit.store.pg import copy
from medunit.store.pg.logins import unit_of
from medunit.store.pg.url import parse_server_url
from medunit.store.vault import Vault
from tests.support.backends import server_location
from tests.support.cli import cli
from tests.support.insider import raw
from tests.support.pg import SUPERUSER, Cluster
from tests.support.unit import PASS, TODAY, USER_PASS, USERS, Unit, intake_json, make_unit

MARKERS = ("MIGMARK-question-hernia", "MIGMARK-entry-insulin", "MIGMARK-file-cardiology", "MIGMARK-restricted")
ADVISOR = USERS[Role.MEDICAL_ADVISOR]


@pytest.fixture
def unit(tmp_path: Path, policy: Policy) -> Iterator[Unit]:
    """A file store with a user per role, two cases (one restricted) and seeded health markers."""
    u = make_unit(tmp_path / "store", policy)
    ma = u[Role.MEDICAL_ADVISOR]
    intake.import_intake(ma, intake_json("GD-2026-000777", "P-000777", question=f"Vraag {MARKERS[0]}"), TODAY)
    records.add_entry(ma, "GD-2026-000777", "note", f"Gebruikt {MARKERS[1]}")
    records.add_attachment(ma, "GD-2026-000777", f"{MARKERS[2]}.pdf", io.BytesIO(b"%PDF-1.4 " + MARKERS[2].encode()))
    records.add_entry(ma, "GD-2026-000002", "note", f"restricted {MARKERS[3]}")
    u.close()
    yield u


def _env(monkeypatch: pytest.MonkeyPatch, unit: Unit, cluster: Cluster) -> None:
    monkeypatch.setenv("MEDUNIT_PASSPHRASE", PASS)
    monkeypatch.setenv("MEDUNIT_RECOVERY_CODE", unit.recovery_code)
    monkeypatch.setenv("MEDUNIT_SERVER_PASSWORD", cluster.password)


def _case_list(location: Path | str, policy: Policy) -> list[tuple[str, str]]:
    s = stores.unlock(location, ADVISOR, USER_PASS, policy)
    try:
        return [(c.reference, c.status) for c in records.list_cases(s, CaseQuery(), limit=1000)]
    finally:
        s.close()


def _dump(cluster: Cluster, url: str) -> str:
    result = cluster.run_as_owner(
        [cluster.tool("pg_dump"), "-h", str(cluster.socket_dir), "-p", str(cluster.port), "-U", SUPERUSER,
         "--no-password", parse_server_url(url).dbname],
        env={"PGPASSWORD": cluster.password},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return result.stdout


def _is_empty(cluster: Cluster, url: str) -> bool:
    """No schema, no table and no role of the unit left in the database."""
    parsed = parse_server_url(url)
    with psycopg.connect(cluster.conninfo(dbname=parsed.dbname), autocommit=True) as conn:
        if copy.target_problem(conn) is not None:
            return False
        roles = conn.execute("SELECT count(*) FROM pg_roles WHERE rolname LIKE %s", (unit_of(parsed) + "%",))
        return roles.fetchone() == (0,)


def _wait_until_no_session(cluster: Cluster, url: str) -> None:
    dbname = parse_server_url(url).dbname
    with psycopg.connect(cluster.conninfo(), autocommit=True) as conn:
        for _ in range(300):
            others = conn.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = %s", (dbname,)).fetchone()
            if others == (0,):
                return
            time.sleep(0.1)
    raise AssertionError("the killed move's server session did not end")


def test_round_trip_moves_every_row_as_ciphertext_and_users_keep_their_passphrase(
    unit: Unit, pg_cluster: Cluster, policy: Policy, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    folder = Path(unit.root)
    before = _case_list(folder, policy)
    url = server_location(pg_cluster)
    _env(monkeypatch, unit, pg_cluster)
    code, out, err = cli(capsys, "store", "migrate", "--from", str(folder), "--to", url, "--as", "alice")
    assert code == 0, err
    assert "Traceback" not in err and "copied health_entries" in err and "verified access_log" in err
    assert "verified entry by entry" in out and pg_cluster.password not in out + err
    codes = dict(re.findall(r"^  (\S+): (\S+)$", out, re.MULTILINE))
    assert set(codes) == {name for role, name in USERS.items() if role is not Role.UNIT_ADMIN}

    # the DBA's dump holds no health marker, in text or as bytea hex
    dump = _dump(pg_cluster, url)
    for marker in (*MARKERS, "insulin", "hernia", "cardiology"):
        assert marker not in dump and marker.encode().hex() not in dump

    # the file store is retired: a note in its place, the store itself kept beside it
    assert (folder / migrate.NOTE_NAME).is_file() and list(folder.iterdir()) == [folder / migrate.NOTE_NAME]
    (retired,) = folder.parent.glob(folder.name + migrate.RETIRED_SUFFIX + "*")
    assert not stores.store_exists(folder) and stores.store_exists(retired)
    monkeypatch.setenv("MEDUNIT_PASSPHRASE", PASS)
    code, _out, err = cli(capsys, "verify", "--store", str(folder), "--as", "alice")
    assert code == 1 and f"was moved to the unit server {migrate.workstation_url(url)}" in err
    assert "Point this workstation at it" in err and "Deze opslag is verhuisd" in err

    # the advisor signs in once with the code and their unchanged passphrase, then reads everything
    with pytest.raises(AuthenticationError):
        stores.unlock(url, ADVISOR, USER_PASS, policy)  # before the sign-in: no login yet
    monkeypatch.setenv("MEDUNIT_PASSPHRASE", USER_PASS)
    monkeypatch.setenv("MEDUNIT_SIGN_IN_CODE", codes[ADVISOR])
    code, out, err = cli(capsys, "store", "sign-in", "--store", url, "--as", ADVISOR)
    assert code == 0, err
    assert _case_list(url, policy) == before
    ma = stores.unlock(url, ADVISOR, USER_PASS, policy)
    try:
        assert MARKERS[0] in records.get_case(ma, "GD-2026-000777").question
        assert f"Gebruikt {MARKERS[1]}" in [e.text for e in records.entries(ma, "GD-2026-000777")]
        assert f"restricted {MARKERS[3]}" in [e.text for e in records.entries(ma, "GD-2026-000002")]
        (att,) = records.attachments(ma, "GD-2026-000777")
        assert MARKERS[2].encode() in b"".join(records.read_attachment(ma, "GD-2026-000777", att.id))
    finally:
        ma.close()
    # the sign-in code worked once: now it is the passphrase that logs in
    code, _out, err = cli(capsys, "store", "sign-in", "--store", url, "--as", ADVISOR)
    assert code == 3 and "sign-in code" in err

    # the log moved whole and verifies on the server; both sides say who moved the store where
    monkeypatch.setenv("MEDUNIT_SIGN_IN_CODE", codes[USERS[Role.PRIVACY_OFFICER]])
    assert cli(capsys, "store", "sign-in", "--store", url, "--as", USERS[Role.PRIVACY_OFFICER])[0] == 0
    code, out, err = cli(capsys, "audit", "verify", "--store", url, "--as", USERS[Role.PRIVACY_OFFICER])
    assert code == 0, out + err
    po = stores.unlock(url, USERS[Role.PRIVACY_OFFICER], USER_PASS, policy)
    try:
        reasons = [e.reason or "" for e in audit.entries(po, LogFilter())]
    finally:
        po.close()
    shown = parse_server_url(url).shown()
    assert f"store migrated to {shown} by alice" in reasons
    assert any(r.startswith(f"store migrated from {folder} by alice") for r in reasons)
    # the retired store: refused on a workstation that has seen the server (its log is behind the anchor),
    # and, read outside medunit's checks, it holds the same entry and a whole chain
    with pytest.raises(IntegrityError, match="older than its rollback anchor"):
        stores.unlock(retired, USERS[Role.PRIVACY_OFFICER], USER_PASS, policy)
    old = Vault.unlock(retired, USERS[Role.PRIVACY_OFFICER], USER_PASS, load_workstation())
    try:
        log_key = ensure_log_key(old.db, old.bag.data_key)
        assert personal_keys.verify_log(old.db, old.store_id, log_key).ok
        old_reasons = [e.reason for e in access_log.query(old.db, LogFilter())]
        assert f"store migrated to {shown} by alice" in old_reasons
    finally:
        old.close()


def test_every_row_is_compared_and_a_difference_is_named(unit: Unit, pg_cluster: Cluster) -> None:
    """The comparison itself, as the move runs it: equal after the copy, and one changed row named by
    table and key; the transaction then ends in an error and the database is empty again."""
    location = server_location(pg_cluster)
    url = parse_server_url(location)
    vault = Vault.unlock(Path(unit.root), "alice", PASS, load_workstation())
    dba = copy.dba_database(url, None)
    try:
        src = vault.db
        tables = copy.tables_of(src)
        total = sum(copy.count_rows(src, tables).values())
        with pytest.raises(RuntimeError, match="stop"), copy.server_transaction(dba, url) as db:
            copy.copy_tables(src, db, tables, total, lambda *_: None)
            assert copy.compare_tables(src, db, tables, total, lambda *_: None)[0] is None
            db.execute("DELETE FROM case_keys")
            difference, _ = copy.compare_tables(src, db, tables, total, lambda *_: None)
            assert difference is not None and difference.table == "case_keys"
            assert difference.what == "missing on the server"
            db.execute("UPDATE health_entries SET recorded_by = 'x' WHERE id = (SELECT max(id) FROM health_entries)")
            difference, _ = copy.compare_tables(src, db, tables, total, lambda *_: None)
            assert difference is not None and difference.table == "health_entries"
            assert difference.key.startswith("id=") and difference.what == "differs"
            raise RuntimeError("stop")
    finally:
        dba.close()
        vault.close()
    assert _is_empty(pg_cluster, location)


def test_a_tampered_file_store_is_refused_and_nothing_moves(
    unit: Unit, pg_cluster: Cluster, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = Path(unit.root)
    vault = Vault.unlock(folder, "alice", PASS, load_workstation())
    data_key = vault.bag.data_key
    vault.close()
    con = raw(folder, data_key)
    con.execute("UPDATE access_log SET user_name = 'someone-else' WHERE seq = 8")
    con.close()
    url = server_location(pg_cluster)
    _env(monkeypatch, unit, pg_cluster)
    code, _out, err = cli(capsys, "store", "migrate", "--from", str(folder), "--to", url, "--as", "alice")
    assert code == 4 and "fails its check" in err and "#8" in err and "Traceback" not in err
    assert _is_empty(pg_cluster, url) and stores.store_exists(folder)


def test_an_interrupted_move_leaves_the_server_empty_and_the_file_store_in_use(
    unit: Unit, pg_cluster: Cluster, policy: Policy
) -> None:
    folder = Path(unit.root)
    url = server_location(pg_cluster)
    seen: list[str] = []

    def interrupt(phase: str, done: int, total: int) -> None:
        seen.append(phase)
        if phase == "copied health_entries":  # Ctrl-C half way through the copy
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        migrate.migrate_store(
            folder, url, "alice", PASS, unit.recovery_code, policy, dba_password=None, progress=interrupt
        )
    assert "copied cases" in seen
    assert _is_empty(pg_cluster, url)
    assert stores.store_exists(folder) and not (folder / migrate.NOTE_NAME).exists()
    s = stores.unlock(folder, USERS[Role.PRIVACY_OFFICER], USER_PASS, policy)
    try:
        assert audit.verify_log(s).ok
        reasons = [e.reason or "" for e in audit.entries(s, LogFilter())]
        assert any("failed, the server was left empty: KeyboardInterrupt" in r for r in reasons)
        assert not any(r.startswith("store migrated to") for r in reasons)  # rolled back with the copy
    finally:
        s.close()
    # the same move, not interrupted, then succeeds into the same database
    report = migrate.migrate_store(folder, url, "alice", PASS, unit.recovery_code, policy, dba_password=None)
    assert report.rows["cases"] == 3 and report.retired_folder is not None


def test_a_killed_move_leaves_the_server_empty(unit: Unit, pg_cluster: Cluster, policy: Policy, tmp_path: Path) -> None:
    """The process killed mid-copy (SIGKILL, no clean-up of ours runs): the server rolls everything back."""
    url = server_location(pg_cluster)
    script = tmp_path / "move.py"
    script.write_text(
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "from medunit.config.policy import load_policy\n"
        "from medunit.services import migrate\n"
        "def kill(phase, done, total):\n"
        "    if phase == 'copied cases':\n"
        "        os.kill(os.getpid(), signal.SIGKILL)\n"
        "migrate.migrate_store(Path(sys.argv[1]), sys.argv[2], 'alice', sys.argv[3], sys.argv[4], load_policy(),\n"
        "                      dba_password=None, progress=kill)\n"
    )
    result = subprocess.run(
        [sys.executable, str(script), str(unit.root), url, PASS, unit.recovery_code],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == -9, result.stderr[-2000:]
    _wait_until_no_session(pg_cluster, url)  # the server notices the dead client and rolls back
    assert _is_empty(pg_cluster, url)
    s = stores.unlock(Path(unit.root), USERS[Role.PRIVACY_OFFICER], USER_PASS, policy)
    try:  # the file store's transaction died with the process: no entry claims a move
        assert audit.verify_log(s).ok
        assert not any("store migrat" in (e.reason or "") for e in audit.entries(s, LogFilter()))
    finally:
        s.close()


def test_a_database_that_is_not_empty_is_refused(
    unit: Unit, pg_cluster: Cluster, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    url = server_location(pg_cluster)
    with psycopg.connect(pg_cluster.conninfo(dbname=parse_server_url(url).dbname), autocommit=True) as conn:
        conn.execute("CREATE TABLE public.payroll (id int)")
    _env(monkeypatch, unit, pg_cluster)
    code, _out, err = cli(capsys, "store", "migrate", "--from", str(unit.root), "--to", url, "--as", "alice")
    assert code == 1 and "not empty (it holds public.payroll)" in err and "nothing was moved" in err
    assert stores.store_exists(Path(unit.root))


def test_a_second_store_into_a_unit_server_is_refused_and_drop_unit_empties_it(
    unit: Unit, pg_cluster: Cluster, policy: Policy, tmp_path: Path
) -> None:
    url = server_location(pg_cluster)
    migrate.migrate_store(Path(unit.root), url, "alice", PASS, unit.recovery_code, policy, dba_password=None)
    other = make_unit(tmp_path / "other", policy)
    other.close()
    with pytest.raises(ConflictError, match="already holds a medunit unit server"):
        migrate.migrate_store(Path(other.root), url, "alice", PASS, other.recovery_code, policy, dba_password=None)
    assert stores.store_exists(Path(other.root))
    parsed = parse_server_url(url)
    dba = copy.dba_database(parsed, None)
    try:
        copy.drop_unit(dba, parsed)
    finally:
        dba.close()
    assert _is_empty(pg_cluster, url)
    report = migrate.migrate_store(Path(other.root), url, "alice", PASS, other.recovery_code, policy, dba_password=None)
    assert report.rows["cases"] == 2 and report.retire_problem is None


def test_wrong_recovery_code_or_a_non_admin_moves_nothing(unit: Unit, pg_cluster: Cluster, policy: Policy) -> None:
    url = server_location(pg_cluster)
    folder = Path(unit.root)
    with pytest.raises(AuthenticationError, match="recovery code"):
        migrate.migrate_store(folder, url, "alice", PASS, new_recovery_code(), policy, dba_password=None)
    with pytest.raises(PermissionDeniedError, match="Only a unit administrator"):
        migrate.migrate_store(folder, url, ADVISOR, USER_PASS, unit.recovery_code, policy, dba_password=None)
    assert _is_empty(pg_cluster, url) and stores.store_exists(folder)
    assert Layout(folder).slots.exists()


def test_a_store_whose_sealing_migration_is_pending_is_refused(
    tmp_path: Path, pg_cluster: Cluster, policy: Policy
) -> None:
    """Clear content must never reach the server: an old store is sealed (an advisor opens it once) first."""
    from tests.security.test_sealing_migration import _v5_store

    folder = tmp_path / "old"
    _key, code = _v5_store(folder, policy)
    url = server_location(pg_cluster)
    with pytest.raises(ConflictError, match="sealing migration is pending"):
        migrate.migrate_store(folder, url, "alice", PASS, code, policy, dba_password=None)
    assert _is_empty(pg_cluster, url) and stores.store_exists(folder)


def test_cli_says_in_words_what_is_wrong(
    unit: Unit, pg_cluster: Cluster, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _env(monkeypatch, unit, pg_cluster)
    code, _out, err = cli(
        capsys, "store", "migrate", "--from", str(unit.root), "--to", "/srv/elsewhere", "--as", "alice"
    )
    assert code == 1 and "must be a postgresql:// URL" in err
    url = server_location(pg_cluster)
    monkeypatch.setenv("MEDUNIT_RECOVERY_CODE", new_recovery_code())
    code, _out, err = cli(capsys, "store", "migrate", "--from", str(unit.root), "--to", url, "--as", "alice")
    assert code == 3 and "not the store's recovery code" in err
    monkeypatch.setenv("MEDUNIT_SERVER_PASSWORD", "not the password")
    monkeypatch.setenv("MEDUNIT_RECOVERY_CODE", unit.recovery_code)
    code, _out, err = cli(
        capsys,
        "store",
        "migrate",
        "--from",
        str(unit.root),
        "--to",
        url.replace(f":{pg_cluster.password}@", "@"),
        "--as",
        "alice",
    )
    assert code == 3 and "refused the user name or password" in err
    code, _out, err = cli(capsys, "store", "sign-in", "--store", url, "--as", ADVISOR)
    assert code == 2 and "No terminal" in err  # no code given and nobody to ask
    assert "Traceback" not in err
    assert _is_empty(pg_cluster, url) and stores.store_exists(Path(unit.root))

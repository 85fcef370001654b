"""``medunit-admin server init`` / ``server user-add`` as IT runs them, and what a stolen passphrase then
buys at the server (psql as the login role)."""

from __future__ import annotations

import uuid

import psycopg
import pytest

from medunit.services.server import login_password
from tests.support.cli import cli
from tests.support.pg import Cluster

PASS = "correct horse battery staple"


def _socket_url(cluster: Cluster, dbname: str, user: str = "medunit_dba") -> str:
    return f"postgresql://{user}@:{cluster.port}/{dbname}?host={cluster.socket_dir}&sslmode=disable"


def _psql(cluster: Cluster, login: str, password: str, dbname: str, statement: str) -> tuple[int, str]:
    out = cluster.run_as_owner(
        [cluster.tool("psql"), "-X", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", str(cluster.socket_dir),
         "-p", str(cluster.port), "-U", login, "-c", statement, dbname],
        env={"PGPASSWORD": password},
    )  # fmt: skip
    return out.returncode, out.stdout + out.stderr


def test_init_then_user_add_then_what_a_stolen_passphrase_gives(
    pg_cluster: Cluster, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = "unit_" + uuid.uuid4().hex[:10]
    pg_cluster.createdb(db)
    monkeypatch.setenv("MEDUNIT_SERVER_PASSWORD", pg_cluster.password)
    monkeypatch.setenv("MEDUNIT_NEW_PASSPHRASE", PASS)
    code, out, err = cli(capsys, "server", "init", "--url", _socket_url(pg_cluster, db), "--admin", "ida")
    assert (code, err) == (0, "")
    assert f"unit {db}, first unit admin ida (login role {db}.ida)" in out
    code, out, err = cli(capsys, "server", "user-add", "--url", _socket_url(pg_cluster, db), "pat",
                         "--role", "privacy-officer")  # fmt: skip
    assert (code, err) == (0, "") and f"login role {db}.pat" in out

    # the passphrase itself is not the database password; what medunit derives from it is
    assert _psql(pg_cluster, f"{db}.pat", PASS, db, "SELECT 1")[0] != 0
    stolen = login_password(PASS, db, "pat")
    assert _psql(pg_cluster, f"{db}.pat", stolen, db, "SELECT count(*) FROM medunit.access_log") == (0, "0\n")
    code, text = _psql(pg_cluster, f"{db}.pat", stolen, db, "SELECT * FROM medunit.content")
    assert code != 0 and "permission denied for table content" in text
    code, text = _psql(pg_cluster, f"{db}.ida", login_password(PASS, db, "ida"), db, "DELETE FROM medunit.access_log")
    assert code != 0 and "permission denied for table access_log" in text

    code, _, err = cli(capsys, "server", "init", "--url", _socket_url(pg_cluster, db), "--admin", "ida")
    assert code == 1 and f"The database {db} already holds a medunit unit server." in err
    code, _, err = cli(
        capsys, "server", "user-add", "--url", _socket_url(pg_cluster, db), "pat", "--role", "unit-staff"
    )
    assert code == 1 and "User pat already exists on the unit server." in err


def test_refusals_are_one_clear_line(
    pg_cluster: Cluster, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MEDUNIT_NEW_PASSPHRASE", PASS)
    monkeypatch.setenv("MEDUNIT_SERVER_PASSWORD", "wrong")
    code, _, err = cli(capsys, "server", "init", "--url", _socket_url(pg_cluster, "postgres"), "--admin", "ida")
    assert (code, err) == (3, "medunit-admin: The unit server refused the user name or password.\n")
    code, _, err = cli(capsys, "server", "init", "--url", "postgresql://db.example/unit?sslmode=require",
                       "--admin", "ida")  # fmt: skip
    assert code == 1 and "sslmode=verify-full" in err
    monkeypatch.setenv("MEDUNIT_SERVER_PASSWORD", pg_cluster.password)
    db = "empty_" + uuid.uuid4().hex[:10]
    pg_cluster.createdb(db)
    code, _, err = cli(
        capsys, "server", "user-add", "--url", _socket_url(pg_cluster, db), "pat", "--role", "unit-staff"
    )
    assert code == 1 and f"The database {db} holds no unit server; run 'server init' first." in err
    monkeypatch.setenv("MEDUNIT_NEW_PASSPHRASE", "short")
    code, _, err = cli(capsys, "server", "init", "--url", _socket_url(pg_cluster, db), "--admin", "ida")
    assert code == 1 and "at least" in err


def test_the_dba_password_is_asked_for_without_a_terminal_it_is_a_clear_refusal(
    pg_cluster: Cluster, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MEDUNIT_NEW_PASSPHRASE", PASS)
    monkeypatch.delenv("MEDUNIT_SERVER_PASSWORD", raising=False)
    code, _, err = cli(capsys, "server", "init", "--url", _socket_url(pg_cluster, "postgres"), "--admin", "ida")
    assert code == 2 and "No terminal to ask for the Password of the database administrator" in err


def test_audit_verify_on_the_server_as_the_privacy_officer(
    pg_cluster: Cluster, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = "unit_" + uuid.uuid4().hex[:10]
    pg_cluster.createdb(db)
    url = _socket_url(pg_cluster, db)
    monkeypatch.setenv("MEDUNIT_SERVER_PASSWORD", pg_cluster.password)
    monkeypatch.setenv("MEDUNIT_NEW_PASSPHRASE", PASS)
    assert cli(capsys, "server", "init", "--url", url, "--admin", "ida")[0] == 0
    assert cli(capsys, "server", "user-add", "--url", url, "pat", "--role", "privacy-officer")[0] == 0
    with psycopg.connect(pg_cluster.conninfo(f"{db}.ida", login_password(PASS, db, "ida"), db), autocommit=True) as c:
        for action in ("case.list", "case.list", "case.list"):
            c.execute("INSERT INTO medunit.access_log (action, granted) VALUES (%s, true)", (action,))
    monkeypatch.setenv("MEDUNIT_PASSPHRASE", PASS)
    url_as_pat = url.replace("medunit_dba@", "")
    assert cli(capsys, "server", "audit-verify", "--url", url_as_pat, "--as", "pat") == (
        0, "The unit server's access log verifies: every entry links to the one before it.\n", "",
    )  # fmt: skip
    with psycopg.connect(pg_cluster.conninfo(dbname=db), autocommit=True) as dba:
        dba.execute("ALTER TABLE medunit.access_log DISABLE TRIGGER access_log_no_update")
        dba.execute("UPDATE medunit.access_log SET action = 'nothing' WHERE seq = 2")
    code, _, err = cli(capsys, "server", "audit-verify", "--url", url_as_pat, "--as", "pat")
    assert code == 4 and "entry 2 no longer links" in err
    monkeypatch.setenv("MEDUNIT_PASSPHRASE", "not pat's passphrase at all")
    assert cli(capsys, "server", "audit-verify", "--url", url_as_pat, "--as", "pat")[0] == 3

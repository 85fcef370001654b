"""Bad input to ``server init``, ``store migrate`` and ``store sign-in`` as a user gives it: each gets one
message, Dutch first with the English under it, the exit code the help and docs/unit-server.md name, and
no stack trace. An unreachable server, a wrong or malformed sign-in code, an expired one, a database that
is not empty, a URL that is no server's."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from medunit import i18n
from medunit.config.policy import Policy
from medunit.domain.roles import Role
from medunit.gui import i18n_build
from medunit.services import migrate, stores
from medunit.store.pg.ddl import login_role
from medunit.store.pg.logins import unit_of
from medunit.store.pg.signin import CODE_DAYS
from medunit.store.pg.url import parse_server_url
from tests.server.test_store_migrate import _env
from tests.support.backends import server_location
from tests.support.cli import cli
from tests.support.pg import Cluster
from tests.support.unit import PASS, USER_PASS, USERS, Unit, make_unit

ADVISOR = USERS[Role.MEDICAL_ADVISOR]
STAFF = USERS[Role.UNIT_STAFF]


@pytest.fixture(scope="module", autouse=True)
def compiled() -> None:
    i18n_build.build()
    i18n.catalogue.cache_clear()


def _run_cli(*args: str) -> tuple[int, str, str]:
    """``medunit-admin`` as its own process, as IT runs it: its network guard admits the one server it is
    given (the test process's guard is bound to the session's cluster already)."""
    exe = Path(sys.executable).with_name("medunit-admin")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    done = subprocess.run([str(exe), *args], capture_output=True, text=True, env=env, check=False, timeout=120)
    return done.returncode, done.stdout, done.stderr


def _closed_port() -> int:
    """A local port nobody listens on (bound, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _one_message(err: str, dutch: str, english: str) -> None:
    """Exactly one message: the Dutch line first, the English under it, nothing else (no traceback)."""
    lines = err.rstrip("\n").split("\n")
    assert len(lines) == 2, err
    assert lines[0].startswith("medunit-admin: ") and dutch in lines[0], err
    assert lines[1].startswith("  (English) ") and english in lines[1], err


@pytest.fixture
def unit(tmp_path: Path, policy: Policy) -> Iterator[Unit]:
    u = make_unit(tmp_path / "store", policy)
    u.close()
    yield u


def test_server_init_refusals(
    pg_cluster: Cluster, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MEDUNIT_PASSPHRASE", PASS)
    monkeypatch.setenv("MEDUNIT_SERVER_PASSWORD", pg_cluster.password)
    code, _out, err = cli(capsys, "server", "init", "--url", str(tmp_path), "--admin", "ida")
    assert code == 2
    _one_message(err, "--url moet een postgresql://-URL zijn", "--url must be a postgresql:// URL")
    unreachable = f"postgresql://postgres@127.0.0.1:{_closed_port()}/unit1?sslmode=disable"
    code, _out, err = _run_cli("server", "init", "--url", unreachable, "--admin", "ida")
    assert code == 1
    _one_message(err, "is niet bereikbaar", "cannot be reached")
    url = server_location(pg_cluster)
    assert cli(capsys, "server", "init", "--url", url, "--admin", "ida")[0] == 0
    code, _out, err = cli(capsys, "server", "init", "--url", url, "--admin", "ida")
    assert code == 1
    _one_message(err, "bevat al een medunit-eenheidsserver", "already holds a medunit unit server")
    monkeypatch.setenv("MEDUNIT_SERVER_PASSWORD", "not the password")
    code, _out, err = cli(
        capsys, "server", "init", "--url", url.replace(f":{pg_cluster.password}@", "@"), "--admin", "ida"
    )
    assert code == 3, err
    _one_message(err, "weigerde de gebruikersnaam of het wachtwoord", "refused the user name or password")


def test_store_migrate_refusals(
    unit: Unit, pg_cluster: Cluster, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _env(monkeypatch, unit, pg_cluster)
    folder = str(unit.root)
    code, _out, err = cli(capsys, "store", "migrate", "--from", folder, "--to", "/srv/elsewhere", "--as", "alice")
    assert code == 1
    _one_message(err, "Het doel moet een postgresql://-URL zijn", "The target must be a postgresql:// URL")
    unreachable = f"postgresql://postgres@127.0.0.1:{_closed_port()}/unit1?sslmode=disable"
    code, _out, err = _run_cli("store", "migrate", "--from", folder, "--to", unreachable, "--as", "alice")
    assert code == 1
    _one_message(err, "is niet bereikbaar", "cannot be reached")
    url = server_location(pg_cluster)
    with psycopg.connect(pg_cluster.conninfo(dbname=parse_server_url(url).dbname), autocommit=True) as conn:
        conn.execute("CREATE TABLE public.payroll (id int)")
    code, _out, err = cli(capsys, "store", "migrate", "--from", folder, "--to", url, "--as", "alice")
    assert code == 1
    _one_message(err, "kan de opslag niet ontvangen", "not empty (it holds public.payroll)")
    monkeypatch.setenv("MEDUNIT_RECOVERY_CODE", "not a code")
    code, _out, err = cli(capsys, "store", "migrate", "--from", folder, "--to", url, "--as", "alice")
    assert code == 3
    _one_message(err, "dit is niet de herstelcode", "not the store's recovery code")
    assert stores.store_exists(Path(folder))  # nothing moved, the store still in use


def test_store_sign_in_refusals_and_an_expired_code(
    unit: Unit, pg_cluster: Cluster, policy: Policy, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    url = server_location(pg_cluster)
    report = migrate.migrate_store(Path(unit.root), url, "alice", PASS, unit.recovery_code, policy, dba_password=None)
    codes = report.sign_in_codes
    parsed = parse_server_url(url)
    unit_name = unit_of(parsed)

    def valid_until(user: str) -> str | None:
        with psycopg.connect(pg_cluster.conninfo(dbname=parsed.dbname), autocommit=True) as conn:
            row = conn.execute(
                "SELECT rolvaliduntil::text FROM pg_roles WHERE rolname = %s", (login_role(unit_name, user),)
            ).fetchone()
        assert row is not None
        return None if row[0] is None else str(row[0])

    # the server itself ends a code's login CODE_DAYS after the move
    assert report.codes_valid_until is not None
    assert valid_until(ADVISOR) is not None and valid_until("alice") is None
    monkeypatch.setenv("MEDUNIT_PASSPHRASE", USER_PASS)
    not_a_server = ["store", "sign-in", "--store", str(unit.root), "--as", ADVISOR]
    monkeypatch.setenv("MEDUNIT_SIGN_IN_CODE", codes[ADVISOR])
    code, _out, err = cli(capsys, *not_a_server)
    assert code == 1
    _one_message(err, "De opslag moet een postgresql://-URL zijn", "The store must be a postgresql:// URL")
    unreachable = f"postgresql://127.0.0.1:{_closed_port()}/{parsed.dbname}?sslmode=disable"
    code, _out, err = _run_cli("store", "sign-in", "--store", unreachable, "--as", ADVISOR)
    assert code == 1
    _one_message(err, "is niet bereikbaar", "cannot be reached")
    wrong = ("Aanmelden mislukt: onbekende gebruiker", "Sign-in failed: unknown user")
    for bad in (codes[STAFF], "not a code at all"):  # someone else's code; not a code
        monkeypatch.setenv("MEDUNIT_SIGN_IN_CODE", bad)
        code, _out, err = cli(capsys, "store", "sign-in", "--store", url, "--as", ADVISOR)
        assert code == 3
        _one_message(err, *wrong)
        assert f"(a code works {CODE_DAYS} days after the move)" in err
    # the right code with the wrong passphrase: the slot refuses, the login is left as it was
    monkeypatch.setenv("MEDUNIT_SIGN_IN_CODE", codes[ADVISOR])
    monkeypatch.setenv("MEDUNIT_PASSPHRASE", "not the passphrase of anyone")
    code, _out, err = cli(capsys, "store", "sign-in", "--store", url, "--as", ADVISOR)
    assert code == 3
    _one_message(err, "Ontgrendelen mislukt", "Unlock failed: unknown user or wrong passphrase.")
    # time passes: the code's login has expired on the server, and the right code no longer signs in
    with psycopg.connect(pg_cluster.conninfo(dbname=parsed.dbname), autocommit=True) as conn:
        conn.execute(f"ALTER ROLE \"{login_role(unit_name, STAFF)}\" VALID UNTIL '2026-01-01 00:00+00'")
    monkeypatch.setenv("MEDUNIT_PASSPHRASE", USER_PASS)
    monkeypatch.setenv("MEDUNIT_SIGN_IN_CODE", codes[STAFF])
    code, _out, err = cli(capsys, "store", "sign-in", "--store", url, "--as", STAFF)
    assert code == 3
    _one_message(err, "of de code is verlopen", "or the code has expired")
    # in time: signed in, and the user's own password never expires
    monkeypatch.setenv("MEDUNIT_SIGN_IN_CODE", codes[ADVISOR])
    code, out, err = cli(capsys, "store", "sign-in", "--store", url, "--as", ADVISOR)
    assert (code, err) == (0, "")
    assert re.match(rf"{ADVISOR} is aangemeld bij de eenheidsserver;.*\n  \(English\) {ADVISOR} signed in", out)
    assert valid_until(ADVISOR) == "infinity"
    stores.unlock(url, ADVISOR, USER_PASS, policy).close()


def test_help_names_the_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    for command in (["server", "init"], ["store", "migrate"], ["store", "sign-in"]):
        with pytest.raises(SystemExit):
            cli(capsys, *command, "--help")
        out = capsys.readouterr().out
        assert "exit codes: 0 done" in out.lower() and "3 " in out and "docs/unit-server.md" in out

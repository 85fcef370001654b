"""``medunit-admin server init`` as IT runs it, then the ordinary commands with ``--store URL``: the same
commands as for a folder, the same key hierarchy, and a login role per user."""

from __future__ import annotations

import pytest

from medunit.store.pg.url import parse_server_url
from tests.support.backends import server_location
from tests.support.cli import cli
from tests.support.pg import Cluster

PASS = "correct horse battery staple"


def test_init_user_add_verify_on_the_server(
    pg_cluster: Cluster, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    url = server_location(pg_cluster)
    monkeypatch.setenv("MEDUNIT_SERVER_PASSWORD", pg_cluster.password)
    monkeypatch.setenv("MEDUNIT_PASSPHRASE", PASS)
    code, out, err = cli(capsys, "server", "init", "--url", url, "--admin", "ida")
    assert (code, err) == (0, "")
    assert "Recovery code: " in out and "first unit administrator ida" in out
    assert pg_cluster.password not in out  # the URL is shown without its password
    monkeypatch.setenv("MEDUNIT_NEW_PASSPHRASE", "advisor passphrase here")
    code, out, err = cli(capsys, "user", "add", "--store", url, "--as", "ida", "dr.bos", "--role", "medical-advisor")
    assert (code, err) == (0, ""), err
    code, out, err = cli(capsys, "verify", "--store", url, "--as", "ida")
    assert code == 0, out + err
    assert cli(capsys, "server", "init", "--url", url)[0] == 2  # --admin missing: usage, nothing done
    code, out, err = cli(capsys, "server", "init", "--url", url, "--admin", "ida")
    assert code == 1 and "already holds a medunit unit server" in err
    dbname = parse_server_url(url).dbname
    code, out, err = cli(capsys, "backup", "restore", "--store", url, "--as", "ida", "--from", "/nonexistent")
    assert code == 1 and "unit server" in err and dbname in err


def test_init_needs_a_server_url(capsys: pytest.CaptureFixture[str], tmp_path: object) -> None:
    code, _out, err = cli(capsys, "server", "init", "--url", str(tmp_path), "--admin", "ida")
    assert code == 2 and "postgresql://" in err

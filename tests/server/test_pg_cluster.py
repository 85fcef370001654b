"""The throw-away cluster the unit-server tests run against: a real PostgreSQL 15, not run as root,
reachable on its Unix socket and on 127.0.0.1, passwords required."""

from __future__ import annotations

import os

import psycopg
import pytest

from tests.support.pg import Cluster


def test_cluster_runs_as_a_non_root_user_on_socket_and_tcp(pg_cluster: Cluster) -> None:
    pid = int((pg_cluster.data / "postmaster.pid").read_text().split()[0])
    assert os.stat(f"/proc/{pid}").st_uid == pg_cluster.uid != 0
    with psycopg.connect(pg_cluster.conninfo()) as conn:
        row = conn.execute("SELECT current_setting('server_version_num')::int, inet_server_addr()").fetchone()
    assert row is not None and row[0] // 10000 == 15 and row[1] is None  # None: a Unix-socket session
    with psycopg.connect(pg_cluster.url()) as conn:
        assert str(conn.execute("SELECT inet_server_addr()").fetchone()[0]) == "127.0.0.1"  # type: ignore[index]


def test_cluster_refuses_a_wrong_password(pg_cluster: Cluster) -> None:
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(pg_cluster.url(password="wrong"), connect_timeout=5)

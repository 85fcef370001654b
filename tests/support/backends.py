"""Both store backends for one test: a folder (local SQLCipher) and a unit server (a fresh database on the
session's PostgreSQL cluster). A test that takes ``store_location`` runs once per backend."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import psycopg

from medunit.config.policy import Policy
from medunit.crypto.workstation import load_workstation
from medunit.services.session import kdf_cost
from medunit.store.pg.database import to_pg_placeholders
from medunit.store.pg.logins import login_password, login_role, unit_of
from medunit.store.pg.url import parse_server_url
from medunit.store.pg.vault import ServerVault
from medunit.store.vault import Vault
from tests.support.pg import Cluster

BACKENDS = ("file", "server")


def server_location(cluster: Cluster) -> str:
    """A new, empty database on the cluster, as the URL a store location names. The URL carries the DBA's
    credentials, which only the store's creation (``server init``) uses; users log in as their own role.
    Every database is its own unit (its own roles), so tests never share one."""
    name = "t" + uuid.uuid4().hex[:16]
    cluster.createdb(name)
    return cluster.url(dbname=name) + "?sslmode=disable"


def location_for(backend: str, folder: Path, cluster: Cluster | None) -> Path | str:
    if backend == "file":
        return folder
    assert cluster is not None, "the server backend needs the session's cluster"
    return server_location(cluster)


def own_vault(location: Path | str, user: str, passphrase: str, policy: Policy) -> Vault:
    """What an insider's own passphrase yields on their own workstation, on either backend."""
    if isinstance(location, Path):
        return Vault.unlock(location, user, passphrase, load_workstation())
    return ServerVault.unlock_server(location, user, passphrase, load_workstation(), kdf_cost(policy))


class RawLogin:
    """An insider's raw connection to the unit server as their own login role (what psql gives them),
    taking the same ``?`` statements as a raw ``sqlcipher3`` connection to a store file."""

    def __init__(self, location: str, user: str, passphrase: str, policy: Policy) -> None:
        url = parse_server_url(location)
        unit = unit_of(url)
        self.conn = psycopg.connect(
            host=url.host,
            port=url.port,
            dbname=url.dbname,
            user=login_role(unit, user),
            password=login_password(passphrase, unit, user, kdf_cost(policy)),
            autocommit=True,
            options="-c search_path=medunit",
        )

    def execute(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        return self.conn.execute(to_pg_placeholders(sql), params)

    def tables(self) -> list[str]:
        rows = self.conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'medunit'").fetchall()
        return [str(r[0]) for r in rows]

    def readable_columns(self, table: str) -> list[str]:
        """The columns of ``table`` this login may SELECT (none of a sealed one: store/pg/ddl.py)."""
        rows = self.conn.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = 'medunit' AND table_name = %s "
            "AND has_column_privilege(format('medunit.%%I', table_name), column_name, 'SELECT') "
            "ORDER BY ordinal_position",
            (table,),
        ).fetchall()
        return [f'"{r[0]}"' for r in rows]

    def commit(self) -> None:
        """Autocommit: each statement is its own transaction, as the insider's psql session is."""

    def close(self) -> None:
        self.conn.close()

"""A freshly initialised unit server (one database of the session's cluster) with one user per role."""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import psycopg

from medunit.domain.roles import Role
from medunit.store.pg.content import ServerContent
from medunit.store.pg.schema import add_user, init_server, login_role
from tests.support.pg import Cluster

USERS: dict[str, Role] = {
    "alice": Role.MEDICAL_ADVISOR,
    "bob": Role.MEDICAL_ADVISOR,
    "sam": Role.UNIT_STAFF,
    "pat": Role.PRIVACY_OFFICER,
    "carl": Role.CRIMINAL_RECORD_OFFICER,
}
ADMIN = "ida"


@dataclass
class UnitServer:
    cluster: Cluster
    unit: str
    passwords: dict[str, str]

    @property
    def dbname(self) -> str:
        return self.unit

    def login(self, user: str) -> str:
        return login_role(self.unit, user)

    def conninfo(self, user: str) -> str:
        return self.cluster.conninfo(self.login(user), self.passwords[user], self.dbname)

    @contextmanager
    def connect(self, user: str, autocommit: bool = True) -> Iterator[psycopg.Connection[Any]]:
        """A raw connection as ``user``'s login role: what an insider with a stolen passphrase gets."""
        with psycopg.connect(self.conninfo(user), autocommit=autocommit) as conn:
            yield conn

    @contextmanager
    def content(self, user: str, workstation: str = "ws-1") -> Iterator[ServerContent]:
        with self.connect(user) as conn:
            yield ServerContent(conn, workstation)

    @contextmanager
    def dba(self) -> Iterator[psycopg.Connection[Any]]:
        with psycopg.connect(self.cluster.conninfo(dbname=self.dbname), autocommit=True) as conn:
            yield conn


def new_unit_server(cluster: Cluster) -> UnitServer:
    """A new database with its own unit name (roles are cluster-wide, so every test gets fresh ones)."""
    unit = "u" + uuid.uuid4().hex[:12]
    cluster.createdb(unit)
    passwords = {name: secrets.token_urlsafe(12) for name in (*USERS, ADMIN)}
    with psycopg.connect(cluster.conninfo(dbname=unit), autocommit=True) as conn:
        init_server(conn, unit, ADMIN, passwords[ADMIN])
        for name, role in USERS.items():
            add_user(conn, unit, name, role, passwords[name])
    return UnitServer(cluster, unit, passwords)

"""Both store backends for one test: a folder (local SQLCipher) and a unit server (a fresh database on the
session's PostgreSQL cluster). A test that takes ``store_location`` runs once per backend."""

from __future__ import annotations

import uuid
from pathlib import Path

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

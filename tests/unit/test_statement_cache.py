"""A store connection keeps its prepared statements (issue 15, docs/benchmarks.md change 17).

The sqlcipher3 driver's statement cache is not LRU: once its slots are full it keeps the statements that
filled them and evicts every newcomer at the next miss. Creating a store runs the migrations (99 distinct
statements) on the connection the new session goes on using, so with the driver's 100 slots every later
statement was compiled again at each call. These tests count compilations, not time: the driver calls the
connection object to compile a statement it does not hold, so a connection class that counts those calls
sees each cache miss."""

from __future__ import annotations

import collections
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from medunit.config.policy import load_policy
from medunit.services import demo, stores
from medunit.store.database import STATEMENT_CACHE
from tests.conftest import PASS

COMPILED: collections.Counter[str] = collections.Counter()


class _CountingConnection(sqlcipher3.Connection):  # type: ignore[misc]
    """The real driver connection; counts the statements the driver had to compile."""

    def __call__(self, sql: str) -> Any:
        COMPILED[sql] += 1
        return super().__call__(sql)


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> collections.Counter[str]:
    connect = sqlcipher3.connect

    def counting_connect(*args: Any, **kwargs: Any) -> Any:
        return connect(*args, factory=_CountingConnection, **kwargs)

    monkeypatch.setattr(sqlcipher3, "connect", counting_connect)
    COMPILED.clear()
    return COMPILED


def test_a_new_stores_session_reuses_its_statements_after_the_migrations(
    tmp_path: Path, counted: collections.Counter[str]
) -> None:
    session, code = stores.create_store(tmp_path / "store", "alice", PASS, load_policy(), binding=False)
    assert len(counted) > 99  # the migrations and the store's set-up ran on this very connection
    counted.clear()
    demo.seed(session, 40, recovery_code=code)
    session.close()
    inserts = {sql: n for sql, n in counted.items() if sql.startswith("INSERT INTO health_entries")}
    assert inserts, "the seed writes health entries"
    # compiled once, then taken from the cache for the other ~400 entries (before: compiled for each entry)
    assert max(counted.values()) <= 2, counted.most_common(3)


def test_the_cache_holds_more_statements_than_a_store_has_run_by_the_end_of_its_creation(
    tmp_path: Path, counted: collections.Counter[str]
) -> None:
    session, _ = stores.create_store(tmp_path / "store", "alice", PASS, load_policy(), binding=False)
    session.close()
    assert len(counted) < STATEMENT_CACHE // 4

"""Shared fixtures: a real encrypted-file keyring per simulated workstation, a fast-KDF policy, stores."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FILE_KEYRING = "tests.support.file_keyring.EncryptedFileKeyring"
PASS = "correct horse battery staple"
FAST_POLICY = "[security]\nkdf_memory_kib = 8192\nkdf_iterations = 1\n"


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test gets its own workstation keychain, policy file and home folders."""
    import keyring.core

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", FILE_KEYRING)
    monkeypatch.setenv("MEDUNIT_INSECURE_TEST_KEYRING", FILE_KEYRING)  # the one way to admit a non-keychain
    monkeypatch.setenv("MEDUNIT_TEST_KEYRING", str(tmp_path / "workstation-a.keyring"))
    policy = tmp_path / "policy.toml"
    policy.write_text(FAST_POLICY)
    monkeypatch.setenv("MEDUNIT_POLICY", str(policy))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(tmp_path / var.lower()))
    for var in ("MEDUNIT_PASSPHRASE", "MEDUNIT_NEW_PASSPHRASE", "MEDUNIT_RECOVERY_CODE"):
        monkeypatch.delenv(var, raising=False)
    keyring.core.init_backend()
    yield
    keyring.core.init_backend()


@pytest.fixture(scope="session", autouse=True)
def _widgets_application_first(qapp):  # type: ignore[no-untyped-def]
    """The QApplication (widgets) before any test, in every test process, as the app itself makes it before
    anything else. Otherwise the first PDF rendered without a window (medunit/export/_qtpdf.py) creates a
    bare QGuiApplication, pytest-qt's ``qapp`` then hands that one out, and the next test that opens a
    dialog makes Qt abort ("Must construct a QApplication before a QWidget"): in one process the GUI tests
    happened to run first; in a test worker (scripts/run-tests.sh runs two) any test may come first."""
    return qapp


@pytest.fixture
def policy():  # type: ignore[no-untyped-def]
    from medunit.config.policy import load_policy

    return load_policy()


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture(params=["file", "server"])
def store_location(request: pytest.FixtureRequest, store_dir: Path) -> Path | str:
    """Where a test's store is, once per backend: a folder, then a fresh unit server (its own database on
    the session's PostgreSQL cluster). Tests about files by nature keep ``store_dir``."""
    from tests.support.backends import location_for

    cluster = request.getfixturevalue("pg_cluster") if request.param == "server" else None
    return location_for(request.param, store_dir, cluster)


@pytest.fixture
def created(store_dir: Path, policy):  # type: ignore[no-untyped-def]
    """A store with admin 'alice'; yields (session, recovery_code)."""
    from medunit.services import stores

    session, code = stores.create_store(store_dir, "alice", PASS, policy)
    yield session, code
    session.close()


def switch_workstation(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """Simulate another workstation: another keychain file."""
    import keyring.core

    monkeypatch.setenv("MEDUNIT_TEST_KEYRING", str(path))
    keyring.core.init_backend()


@pytest.fixture(scope="session")
def pg_cluster():  # type: ignore[no-untyped-def]
    """One throw-away PostgreSQL 15 cluster per test session (see tests/support/pg.py); started on first
    use, stopped at the end. A cluster that cannot start FAILS the tests that need it, with the reason."""
    from tests.support.pg import ClusterError, start_cluster

    try:
        cluster = start_cluster()
    except ClusterError as exc:
        pytest.fail(f"the PostgreSQL test cluster did not start: {exc}", pytrace=False)
    yield cluster
    cluster.stop()

"""A user (or a script) points `keyring` at a backend that is no keychain — a plaintext file, the null
backend — through keyring's own PYTHON_KEYRING_BACKEND. medunit refuses it unless the test-only variable
names it, says so loudly when it does, and never creates a store whose slots nothing can open again."""

from __future__ import annotations

from pathlib import Path

import keyring.core
import pytest

from medunit.crypto.workstation import TEST_KEYRING_VARIABLE
from medunit.errors import KeyringUnavailableError
from medunit.services import stores
from tests.conftest import FILE_KEYRING, PASS
from tests.support.cli import cli

NULL = "keyring.backends.null.Keyring"


def test_keyrings_own_variable_does_not_admit_a_fallback(
    store_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(TEST_KEYRING_VARIABLE)  # PYTHON_KEYRING_BACKEND still names the file backend
    keyring.core.init_backend()
    monkeypatch.setenv("MEDUNIT_PASSPHRASE", PASS)
    code, out, err = cli(capsys, "init", "--store", str(store_dir), "--user", "alice")
    assert (code, out) == (1, "")
    assert f"{FILE_KEYRING} is not a keychain" in err
    assert not store_dir.exists()


def test_a_named_test_keyring_is_announced_by_init_and_verify(
    store_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MEDUNIT_PASSPHRASE", PASS)
    code, out, _ = cli(capsys, "init", "--store", str(store_dir), "--user", "alice")
    assert code == 0
    assert "workstation binding: INSECURE test keyring" in out.splitlines()
    code, out, _ = cli(capsys, "verify", "--store", str(store_dir), "--as", "alice")
    assert code == 0
    assert out.splitlines()[0] == "workstation binding: INSECURE test keyring"


@pytest.mark.parametrize("named", [True, False], ids=["named", "not-named"])
def test_a_backend_that_forgets_never_gets_a_store(
    store_dir: Path,
    policy,
    monkeypatch: pytest.MonkeyPatch,
    named: bool,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", NULL)
    if named:
        monkeypatch.setenv(TEST_KEYRING_VARIABLE, NULL)
    keyring.core.init_backend()
    match = "does not keep the secret" if named else "is not a keychain"
    with pytest.raises(KeyringUnavailableError, match=match):
        stores.create_store(store_dir, "alice", PASS, policy)
    assert not store_dir.exists()


def test_a_named_backend_that_fails_is_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    from medunit.crypto.workstation import load_workstation

    fail = "keyring.backends.fail.Keyring"
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", fail)
    monkeypatch.setenv(TEST_KEYRING_VARIABLE, fail)
    keyring.core.init_backend()
    with pytest.raises(KeyringUnavailableError, match=r"not available \(NoKeyringError\)"):
        load_workstation()

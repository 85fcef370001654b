"""The production keychain path: gnome-keyring's Secret Service over D-Bus (started by the test runner
in its own dbus-run-session). Skipped only where no session bus exists and the runner did not ask
for it; scripts/run-tests.sh sets MEDUNIT_REQUIRE_SECRET_SERVICE=1 so CI can never skip it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASS

SECRET_SERVICE = "keyring.backends.SecretService.Keyring"


def _available() -> bool:
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return False
    probe = subprocess.run(
        [sys.executable, "-c", "import keyring.backends.SecretService as s; assert s.Keyring.priority > 0"],
        capture_output=True,
        check=False,
        env={**os.environ, "PYTHON_KEYRING_BACKEND": SECRET_SERVICE},
    )
    return probe.returncode == 0


@pytest.fixture
def secret_service_env(tmp_path: Path) -> dict[str, str]:
    if not _available():
        if os.environ.get("MEDUNIT_REQUIRE_SECRET_SERVICE") == "1":
            pytest.fail("the Secret Service (gnome-keyring) is not running although the runner started it")
        pytest.skip("no Secret Service in this environment (scripts/run-tests.sh provides one)")
    env = {k: v for k, v in os.environ.items() if k != "MEDUNIT_TEST_KEYRING"}
    env["PYTHON_KEYRING_BACKEND"] = SECRET_SERVICE
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2])
    env["MEDUNIT_PASSPHRASE"] = PASS
    return env


def _admin(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    exe = str(Path(sys.executable).with_name("medunit-admin"))
    return subprocess.run([exe, *args], capture_output=True, text=True, env=env, check=False)


@pytest.mark.secretservice
def test_store_bound_through_secret_service(secret_service_env: dict[str, str], tmp_path: Path) -> None:
    env = secret_service_env
    root = tmp_path / "store"
    made = _admin(env, "init", "--store", str(root), "--user", "alice")
    assert made.returncode == 0, made.stderr
    assert "workstation binding on" in made.stdout
    assert _admin(env, "verify", "--store", str(root), "--as", "alice").returncode == 0
    # The secret lives in the Secret Service, not in any file of ours.
    read = subprocess.run(
        [sys.executable, "-c", "import keyring; print(keyring.get_password('medunit', 'workstation-secret'))"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    secret = read.stdout.strip()
    assert re.fullmatch(r"[0-9a-f]{64}", secret)
    for f in root.iterdir():
        assert secret.encode() not in f.read_bytes()
    # Another workstation = another keychain: the same store and passphrase are refused.
    env_b = {k: v for k, v in env.items() if k != "PYTHON_KEYRING_BACKEND"}
    env_b["PYTHON_KEYRING_BACKEND"] = "tests.support.file_keyring.EncryptedFileKeyring"
    env_b["MEDUNIT_INSECURE_TEST_KEYRING"] = "tests.support.file_keyring.EncryptedFileKeyring"
    env_b["MEDUNIT_TEST_KEYRING"] = str(tmp_path / "b.keyring")
    refused = _admin(env_b, "verify", "--store", str(root), "--as", "alice")
    assert refused.returncode == 3
    assert "another workstation" in refused.stderr

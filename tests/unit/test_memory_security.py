"""The policy key ``security.sqlcipher_memory_security``: off by default, on when IT (or the user) sets it.

SQLCipher makes the setting process-wide and keeps it on once any connection turned it on, so each case
runs in a fresh interpreter: one creates the store, another unlocks it and reads the setting back."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FAST_POLICY, PASS

ROOT = Path(__file__).resolve().parents[2]

CREATE = f"""
import sys
from pathlib import Path
from medunit.config.policy import load_policy
from medunit.services import stores
session, _ = stores.create_store(Path(sys.argv[1]), "alice", {PASS!r}, load_policy(), binding=False)
print(session.vault.db.pragma("cipher_memory_security")[0][0])
session.close()
"""

UNLOCK = f"""
import sys
from pathlib import Path
from medunit.config.policy import load_policy
from medunit.services import stores
session = stores.unlock(Path(sys.argv[1]), "alice", {PASS!r}, load_policy())
print(session.vault.db.pragma("cipher_memory_security")[0][0])
session.close()
"""


def _run(script: str, store: Path) -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", script, str(store)], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1]


@pytest.mark.parametrize(
    ("policy_text", "expected"),
    [
        (FAST_POLICY, "0"),
        (FAST_POLICY + "sqlcipher_memory_security = false\n", "0"),
        (FAST_POLICY + "sqlcipher_memory_security = true\n", "1"),
        (FAST_POLICY + "sqlcipher_memory_security = { value = true, locked = true }\n", "1"),
    ],
)
def test_store_connection_follows_the_policy(tmp_path: Path, policy_text: str, expected: str) -> None:
    Path(os.environ["MEDUNIT_POLICY"]).write_text(policy_text)
    store = tmp_path / "store"
    assert _run(CREATE, store) == expected
    assert _run(UNLOCK, store) == expected


def test_a_user_cannot_switch_off_what_it_locked_on(tmp_path: Path) -> None:
    """Checked where the app reads it: the unlock refuses to start rather than run without it."""
    Path(os.environ["MEDUNIT_POLICY"]).write_text(
        FAST_POLICY + "sqlcipher_memory_security = { value = true, locked = true }\n"
    )
    settings = Path(os.environ["XDG_CONFIG_HOME"]) / "medunit" / "settings.toml"
    settings.parent.mkdir(parents=True)
    settings.write_text("[security]\nsqlcipher_memory_security = false\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", CREATE, str(tmp_path / "store")], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode != 0
    assert "'security.sqlcipher_memory_security' = false would loosen true" in done.stderr
    assert not (tmp_path / "store").exists()

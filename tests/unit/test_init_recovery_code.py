"""`medunit-admin init` shows the recovery code before the store is final: when the code cannot be
printed (output closed or full), no store exists afterwards whose recovery code nobody saw."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASS

REPO = Path(__file__).resolve().parents[2]


def _init(root: Path, redirect: str) -> subprocess.CompletedProcess[str]:
    exe = Path(sys.executable).with_name("medunit-admin")
    env = {**os.environ, "MEDUNIT_PASSPHRASE": PASS, "PYTHONPATH": str(REPO)}
    script = f'exec {redirect}; exec "$0" init --store "$1" --user alice'
    return subprocess.run(
        ["bash", "-c", script, str(exe), str(root)], stderr=subprocess.PIPE, text=True, env=env, check=False
    )


@pytest.mark.parametrize("redirect", [">&-", ">/dev/full"], ids=["stdout-closed", "stdout-full"])
def test_a_failed_print_leaves_no_store(tmp_path: Path, redirect: str) -> None:
    root = tmp_path / "store"
    done = _init(root, redirect)
    assert done.returncode == 1
    assert done.stderr.strip() == (
        "medunit-admin: The recovery code could not be shown (output closed or full); no store was created."
    )
    assert not (root / "keyslots.json").exists()
    assert not root.exists() or not any(root.iterdir())  # an empty folder: `init` can simply run again
    again = _init(root, ">/dev/null")
    assert (again.returncode, again.stderr) == (0, "")
    assert (root / "keyslots.json").exists()


def test_create_store_leaves_nothing_when_showing_fails(store_dir: Path, policy) -> None:  # type: ignore[no-untyped-def]
    from medunit.services import stores

    shown: list[str] = []

    def show(code: str) -> None:
        shown.append(code)
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space"):
        stores.create_store(store_dir, "alice", PASS, policy, show_recovery_code=show)
    assert len(shown) == 1 and len(shown[0]) == 47
    assert list(store_dir.iterdir()) == []
    session, code = stores.create_store(store_dir, "alice", PASS, policy, show_recovery_code=shown.append)
    session.close()
    assert shown[-1] == code != shown[0]

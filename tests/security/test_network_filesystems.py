"""A store on a network file system is refused: the decision is tried on real mounts made by the test, a
FUSE file system (bindfs; sshfs is FUSE too) refused, a tmpfs and the test's own disk accepted. A machine
where the mounts cannot be made fails with the reason rather than skipping."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from medunit.cli.main import run
from medunit.errors import StorageError
from medunit.services import stores
from medunit.store import filesystems
from tests.conftest import PASS


def _run(*command: str | Path) -> None:
    done = subprocess.run([str(c) for c in command], capture_output=True, text=True, check=False)
    if done.returncode:
        pytest.fail(f"cannot run {command[0]} (needs root and scripts/bootstrap.sh's packages): {done.stderr.strip()}")


@pytest.fixture
def fuse_folder(tmp_path: Path) -> Iterator[Path]:
    if shutil.which("bindfs") is None:
        pytest.fail("bindfs is not installed: run scripts/bootstrap.sh")
    source, point = tmp_path / "source", tmp_path / "fuse"
    source.mkdir()
    point.mkdir()
    _run("bindfs", source, point)
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], check=False)


@pytest.fixture
def tmpfs_folder(tmp_path: Path) -> Iterator[Path]:
    point = tmp_path / "tmpfs"
    point.mkdir()
    _run("mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", point)
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], check=False)


def test_the_magic_table_decides() -> None:
    assert filesystems.network_kind_of_magic(0x6969) == "NFS"
    assert filesystems.network_kind_of_magic(0xFF534D42) == "SMB/CIFS"
    assert filesystems.network_kind_of_magic(-0xACB2BE) == "SMB/CIFS"  # a signed f_type on some ABIs
    assert filesystems.network_kind_of_magic(0xEF53) is None  # ext4
    assert filesystems.network_kind_of_magic(0x01021994) is None  # tmpfs


def test_a_fuse_mount_is_refused(fuse_folder: Path, policy, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    assert filesystems.linux_magic(fuse_folder) == 0x65735546
    assert filesystems.network_kind(fuse_folder / "store" / "not-yet") == "FUSE (e.g. sshfs)"
    with pytest.raises(StorageError, match=r"network file system \(FUSE") as err:
        stores.create_store(fuse_folder / "store", "alice", PASS, policy)
    assert "backup" in err.value.message and "unit server" in err.value.message
    assert not (fuse_folder / "store").exists()


def test_a_store_moved_onto_a_share_does_not_open(
    fuse_folder: Path,
    tmp_path: Path,
    policy,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    session, _code = stores.create_store(tmp_path / "source" / "store", "alice", PASS, policy)  # under the mount
    session.close()
    monkeypatch.setenv("MEDUNIT_PASSPHRASE", PASS)
    code = run(["user", "list", "--store", str(fuse_folder / "store"), "--as", "alice"])
    err = capsys.readouterr().err
    assert code == 1 and "network file system" in err and "docs/backup.md" in err
    assert not (fuse_folder / "store" / "unlock-attempts.jsonl").exists()


def test_tmpfs_and_the_local_disk_are_accepted(tmpfs_folder: Path, tmp_path: Path, policy) -> None:  # type: ignore[no-untyped-def]
    assert filesystems.network_kind(tmpfs_folder) is None
    assert filesystems.network_kind(tmp_path) is None
    session, _code = stores.create_store(tmpfs_folder / "store", "alice", PASS, policy)
    session.close()
    stores.unlock(tmpfs_folder / "store", "alice", PASS, policy).close()

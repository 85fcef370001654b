"""Crash-safe file replacement: write a temporary file, fsync it, rename it over the target, fsync the
folder. A reader sees the old file or the new one, never a mix, whenever the process dies.

The temporary file is made by ``tempfile.mkstemp`` (``O_CREAT|O_EXCL|O_NOFOLLOW``, unpredictable name):
someone who may write into the folder cannot plant a symlink that redirects the write, and the file is
owner-only from its first byte, whatever the umask."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def atomic_write(path: Path, data: bytes, mode: int = PRIVATE_FILE) -> None:
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as fh:
            os.fchmod(fh.fileno(), mode)  # exactly this mode: the umask could have left it narrower
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def create_private(path: Path) -> None:
    """Create ``path`` as a new, empty, owner-only file; refuses an existing file or a symlink there."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, PRIVATE_FILE)
    try:
        os.fchmod(fd, PRIVATE_FILE)
    finally:
        os.close(fd)


def make_private(folder: Path, files: tuple[Path, ...]) -> None:
    """``folder`` owner-only (0700) and those of ``files`` that exist owner-only (0600), whatever the umask
    or their old mode. Symlinks are left alone (chmod would follow them). Best effort: a store on a share
    whose owner is someone else keeps the share's modes."""
    with contextlib.suppress(OSError):
        os.chmod(folder, PRIVATE_FOLDER)
    for path in files:
        with contextlib.suppress(OSError):
            fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
            try:
                os.fchmod(fd, PRIVATE_FILE)
            finally:
                os.close(fd)

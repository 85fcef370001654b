"""Which kind of file system holds a folder: a store must be on a local one.

SQLite's locking and fsync are not reliable over network file systems (NFS, SMB/CIFS, sshfs and other
FUSE file systems): two workstations can both believe they hold the write lock, and a dropped connection
can leave a half-written page. A unit that shares data uses the unit server; a copy is a backup.

How the kind is found, per platform:

* **Linux**: ``statfs(2)`` through ctypes; ``f_type`` is compared with the small table ``NETWORK_MAGIC``
  below (values from ``linux/magic.h`` and ``statfs(2)``). FUSE is refused as a whole: the kernel cannot
  tell sshfs from a local FUSE file system, and the store has no business on either.
* **Windows**: ``GetDriveTypeW`` on the path's root; ``DRIVE_REMOTE`` (a mapped share) and UNC paths
  (``\\\\server\\share``) are network. Written to the documented API; not run by this project's CI.
* **macOS**: ``statfs(2)``; a file system without ``MNT_LOCAL`` in ``f_flags``, or whose ``f_fstypename`` is
  in ``MACOS_NETWORK_TYPES``, is network. Written to the documented struct layout; not run by CI.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys
from pathlib import Path

#: Linux ``statfs.f_type`` values of network (and FUSE) file systems, with the name shown to the user.
NETWORK_MAGIC: dict[int, str] = {
    0x6969: "NFS",
    0x517B: "SMB",
    0xFF534D42: "SMB/CIFS",
    0xFE534D42: "SMB2/3",
    0x65735546: "FUSE (e.g. sshfs)",
    0x73757245: "Coda",
    0x5346414F: "AFS",
    0x00C36400: "Ceph",
    0x01021997: "9P",
    0x564C: "NetWare (NCP)",
}

#: macOS ``f_fstypename`` values of network file systems.
MACOS_NETWORK_TYPES = frozenset({"nfs", "smbfs", "afpfs", "webdav", "cifs", "ftp", "macfuse", "osxfuse", "fusefs"})
_MNT_LOCAL = 0x00001000
_DRIVE_REMOTE = 4


def _existing(path: Path) -> Path:
    """The folder itself or, for a store not created yet, its nearest existing parent."""
    path = path.absolute()
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def linux_magic(path: Path) -> int:
    """``f_type`` of the file system holding ``path`` (Linux ``statfs``)."""

    class _Statfs(ctypes.Structure):
        _fields_ = [("f_type", ctypes.c_long), ("_rest", ctypes.c_byte * 256)]

    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    buf = _Statfs()
    if libc.statfs(os.fsencode(path), ctypes.byref(buf)) != 0:
        err = ctypes.get_errno()
        raise OSError(err, os.strerror(err), str(path))
    return int(buf.f_type) & 0xFFFFFFFF


def network_kind_of_magic(magic: int) -> str | None:
    """The decision on Linux: the network file system's name for ``magic``, or None when it is local."""
    return NETWORK_MAGIC.get(magic & 0xFFFFFFFF)


def _windows_kind(path: Path) -> str | None:  # pragma: no cover - Windows only
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return "a network share (UNC path)"
    root = os.path.splitdrive(text)[0] + "\\"
    kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined]
    return "a network drive" if kernel32.GetDriveTypeW(ctypes.c_wchar_p(root)) == _DRIVE_REMOTE else None


def _macos_kind(path: Path) -> str | None:  # pragma: no cover - macOS only
    class _Statfs(ctypes.Structure):
        _fields_ = [
            ("f_bsize", ctypes.c_uint32),
            ("f_iosize", ctypes.c_int32),
            ("f_counts", ctypes.c_uint64 * 5),
            ("f_fsid", ctypes.c_int32 * 2),
            ("f_owner", ctypes.c_uint32),
            ("f_type", ctypes.c_uint32),
            ("f_flags", ctypes.c_uint32),
            ("f_fssubtype", ctypes.c_uint32),
            ("f_fstypename", ctypes.c_char * 16),
            ("_rest", ctypes.c_byte * 2100),
        ]

    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    try:
        statfs = libc["statfs$INODE64"]  # x86_64; arm64 has only the 64-bit-inode "statfs"
    except AttributeError:
        statfs = libc.statfs
    buf = _Statfs()
    if statfs(os.fsencode(path), ctypes.byref(buf)) != 0:
        err = ctypes.get_errno()
        raise OSError(err, os.strerror(err), str(path))
    name = str(buf.f_fstypename.decode(errors="replace"))
    if name in MACOS_NETWORK_TYPES or not buf.f_flags & _MNT_LOCAL:
        return name
    return None


def network_kind(path: Path) -> str | None:
    """The kind of network file system holding ``path`` ("NFS", "SMB/CIFS", …), or None when local."""
    where = _existing(path)
    if sys.platform == "win32":  # pragma: no cover - Windows only
        return _windows_kind(where)
    if sys.platform == "darwin":  # pragma: no cover - macOS only
        return _macos_kind(where)
    return network_kind_of_magic(linux_magic(where))

"""Version and build information: ``medunit-admin --version`` and the GUI's About dialog.

A packaged build carries ``medunit/_build.json`` (written by ``scripts/package.sh`` and bundled by the
PyInstaller spec): the git commit and the build date. Run from a source checkout there is no such file,
so the commit is read with ``git rev-parse`` and marked "source checkout". Nothing here ever raises: a
missing git, Qt or SQLCipher shows as "unknown" instead.
"""

from __future__ import annotations

import json
import platform
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from medunit import __version__

BUILD_FILE = "_build.json"
UNKNOWN = "unknown"


@dataclass(frozen=True)
class BuildInfo:
    version: str
    commit: str
    build_date: str
    frozen: bool
    python: str
    qt: str
    sqlcipher: str
    libpq: str


def _build_file() -> Path | None:
    candidates = [Path(__file__).with_name(BUILD_FILE)]
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        candidates.append(Path(meipass) / "medunit" / BUILD_FILE)
    return next((p for p in candidates if p.is_file()), None)


def _stamp() -> dict[str, str]:
    path = _build_file()
    if path is None:
        return {}
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: str(v) for k, v in raw.items()} if isinstance(raw, dict) else {}


def _git_commit() -> str:
    repo = Path(__file__).resolve().parents[1]
    if not (repo / ".git").exists():
        return UNKNOWN
    try:
        out = subprocess.run(
            ["git", "-C", str(repo), "rev-parse", "--short=12", "HEAD"],
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return UNKNOWN
    commit = out.stdout.strip()
    return commit if out.returncode == 0 and commit else UNKNOWN


def qt_version() -> str:
    try:
        from PySide6.QtCore import qVersion

        return str(qVersion())
    except Exception:  # any import problem only hides a version number
        return UNKNOWN


def sqlcipher_version() -> str:
    try:
        from sqlcipher3 import dbapi2

        con = dbapi2.connect(":memory:")
        try:
            row = con.execute("PRAGMA cipher_version").fetchone()
            sqlite = con.execute("SELECT sqlite_version()").fetchone()
        finally:
            con.close()
    except Exception:  # any import or library problem only hides a version number
        return UNKNOWN
    if not row or not row[0]:
        return UNKNOWN
    return f"{row[0]} (SQLite {sqlite[0]})" if sqlite else str(row[0])


def libpq_version() -> str:
    """The libpq the unit server is reached with, and psycopg's implementation: "binary" in a bundle, which
    carries psycopg-binary's own libpq (so IT can see the bundle has it without connecting anywhere)."""
    try:
        import psycopg

        number = psycopg.pq.version()
    except Exception:  # any import or library problem only hides a version number
        return UNKNOWN
    major, minor = divmod(number, 10000)
    return f"{major}.{minor} (psycopg {psycopg.__version__}, {psycopg.pq.__impl__})"


def collect() -> BuildInfo:
    stamp = _stamp()
    frozen = bool(getattr(sys, "frozen", False))
    if stamp.get("commit"):
        commit = stamp["commit"]
    elif frozen:
        commit = UNKNOWN
    else:
        commit = f"source checkout ({_git_commit()})"
    return BuildInfo(
        version=__version__,
        commit=commit,
        build_date=stamp.get("build_date") or ("-" if not frozen else UNKNOWN),
        frozen=frozen,
        python=platform.python_version(),
        qt=qt_version(),
        sqlcipher=sqlcipher_version(),
        libpq=libpq_version(),
    )


def describe(program: str = "medunit") -> str:
    """Several lines, the first ``<program> <version>``; for ``--version`` and the About dialog."""
    info = collect()
    return "\n".join(
        [
            f"{program} {info.version}",
            f"commit: {info.commit}",
            f"built: {info.build_date}{' (bundled)' if info.frozen else ''}",
            f"Python {info.python}, Qt {info.qt}, SQLCipher {info.sqlcipher}",
            f"libpq {info.libpq}",
        ]
    )

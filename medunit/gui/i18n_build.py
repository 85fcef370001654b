"""Compile ``resources/translations/*.ts`` to ``.qm`` next to them: ``python -m medunit.gui.i18n_build``.

Also copies Qt's own translations (``qtbase_<language>.qm``: file dialogs, standard buttons) for each of
medunit's languages next to them, so the installer ships them and Qt's dialogs speak Dutch in the Dutch
interface whatever the Qt installation holds. Quiet and idempotent: an up-to-date file is left alone.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from medunit.gui.i18n import translations_dir


def find_lrelease() -> list[str]:
    """The command that runs lrelease: the PySide6 wrapper next to the interpreter, or the bundled binary."""
    bindir = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe"):
        candidate = bindir / name
        if candidate.exists():
            return [str(candidate)]
    import PySide6

    pkg = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease", "Qt/bin/lrelease"):
        candidate = pkg / name
        if candidate.exists():
            return [str(candidate)]
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found:
        return [found]
    raise FileNotFoundError("lrelease not found; install PySide6")


def build(folder: Path | None = None, *, force: bool = False) -> list[Path]:
    """Compile the stale .ts files in ``folder``; returns the .qm files written."""
    folder = folder or translations_dir()
    written: list[Path] = []
    command: list[str] | None = None
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not force and qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        command = command or find_lrelease()
        result = subprocess.run(
            [*command, "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True, check=False
        )
        if result.returncode != 0 or not qm.exists():
            sys.stderr.write(result.stdout + result.stderr)
            raise RuntimeError(f"lrelease failed for {ts.name}")
        written.append(qm)
    written += copy_qt_translations(folder, force=force)
    return written


def copy_qt_translations(folder: Path, *, force: bool = False) -> list[Path]:
    """Qt's ``qtbase_<language>.qm`` for every ``medunit_<language>.ts`` in ``folder`` (when Qt has it)."""
    from PySide6.QtCore import QLibraryInfo

    source_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    copied: list[Path] = []
    for ts in sorted(folder.glob("medunit_*.ts")):
        language = ts.stem.removeprefix("medunit_")
        source = source_dir / f"qtbase_{language}.qm"
        target = folder / source.name
        if not source.exists():
            continue
        if not force and target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        shutil.copy2(source, target)
        copied.append(target)
    return copied


def main() -> int:
    try:
        build(force="--force" in sys.argv[1:])
    except (OSError, RuntimeError) as exc:
        sys.stderr.write(f"i18n_build: {exc}\n")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

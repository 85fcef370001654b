"""What every medunit bundle contains (Linux, Windows and macOS specs import this: one list, in step).

Used from a PyInstaller spec only (``sys.path.insert(0, SPECPATH)`` then ``import bundle``).
"""

from __future__ import annotations

from pathlib import Path

from PyInstaller.utils.hooks import collect_data_files, collect_dynamic_libs, collect_submodules, copy_metadata

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"

#: (script, executable name, console?) — the GUI and the admin CLI share one folder (one Qt).
ENTRY_POINTS = (
    (str(PACKAGING / "entry_gui.py"), "medunit", False),
    (str(PACKAGING / "entry_admin.py"), "medunit-admin", True),
)

#: Runs before medunit's code in the frozen app: points MEDUNIT_RESOURCES at the bundled resources.
RUNTIME_HOOKS = [str(PACKAGING / "rthook_medunit.py")]

#: Modules medunit never uses; leaving them out keeps the bundle smaller.
EXCLUDES = ["tkinter", "_tkinter", "unittest", "pydoc_data", "pytest", "hypothesis", "mypy", "IPython"]


def hiddenimports() -> list[str]:
    # keyring finds its backends through entry points, and medunit's GUI modules import lazily
    return [
        *collect_submodules("keyring.backends"),
        *collect_submodules("medunit"),
        "secretstorage",
        "jeepney",
    ]


def datas() -> list[tuple[str, str]]:
    """(source, folder inside the bundle) pairs."""
    build_stamp = ROOT / "build" / "package" / "_build.json"
    translations = sorted((ROOT / "resources" / "translations").glob("*.qm"))
    if not translations:
        raise SystemExit("no compiled translations: run `python -m medunit.gui.i18n_build` first")
    icons = ROOT / "resources" / "icons" / "medunit.png"
    if not icons.is_file():
        raise SystemExit("no icon: run `python packaging/make_icon.py` first")
    out: list[tuple[str, str]] = [(str(p), "resources/translations") for p in translations]
    out += [(str(p), "resources/icons") for p in sorted((ROOT / "resources" / "icons").glob("*.png"))]
    if build_stamp.is_file():
        out.append((str(build_stamp), "medunit"))
    out += copy_metadata("keyring")
    out += collect_data_files("pypdfium2")
    out += collect_data_files("pypdfium2_raw")
    return out


def binaries() -> list[tuple[str, str]]:
    # pdfium's shared library (SQLCipher is linked into sqlcipher3's extension and comes with it)
    return collect_dynamic_libs("pypdfium2_raw")

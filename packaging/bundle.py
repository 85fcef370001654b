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
        # zoneinfo loads tzdata lazily: the bundle carries its own zone rules (Europe/Amsterdam), whatever
        # the target machine has in /usr/share/zoneinfo (Windows has nothing there)
        *collect_submodules("tzdata"),
        # the unit server's driver: psycopg picks its implementation at run time (psycopg_binary, which
        # carries its own libpq) and loads it, and the libpq it links, only when a server is configured
        *collect_submodules("psycopg"),
        # (named, not collected: psycopg_binary refuses to be imported before psycopg, as collecting would)
        "psycopg_binary",
        "psycopg_binary.pq",
        "psycopg_binary._psycopg",
        "psycopg_binary.version",
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
    out += collect_data_files("tzdata")
    out += third_party_licences()
    return out


#: Licence texts the bundle carries in ``licenses/`` beside the programs (every OS: Windows and macOS have no
#: /usr/share/doc/medunit/copyright). psycopg's come from its wheels; libpq's and those of the libraries
#: psycopg-binary links it with are in packaging/common/licenses/ (the wheels do not carry them).
LICENCE_DISTRIBUTIONS = ("psycopg", "psycopg_binary")


def third_party_licences() -> list[tuple[str, str]]:
    from importlib.metadata import distribution

    out: list[tuple[str, str]] = []
    for name in LICENCE_DISTRIBUTIONS:
        dist = distribution(name)
        texts = [f for f in dist.files or () if "/licenses/" in str(f).replace("\\", "/")]
        if not texts:
            raise SystemExit(f"the {name} wheel carries no licence text: cannot bundle it")
        out += [(str(dist.locate_file(f)), f"licenses/{name}") for f in texts]
    out += [(str(p), "licenses") for p in sorted((PACKAGING / "common" / "licenses").glob("*.txt"))]
    return out


def binaries() -> list[tuple[str, str]]:
    # pdfium's shared library (SQLCipher is linked into sqlcipher3's extension and comes with it); libpq and
    # the libraries it needs come with psycopg_binary's extension modules (psycopg_binary.libs on Linux)
    return collect_dynamic_libs("pypdfium2_raw") + collect_dynamic_libs("psycopg_binary")


#: Qt plugins medunit does not use (kiosk/framebuffer platforms, network, the GTK theme that drags in
#: all of GTK 3). Kept: platforms xcb, wayland, offscreen, minimal; image formats; xdg-desktop-portal.
DROP_PLUGINS = (
    "plugins/platforms/libqeglfs",
    "plugins/platforms/libqlinuxfb",
    "plugins/platforms/libqvnc",
    "plugins/platforms/libqminimalegl",
    "plugins/platforms/libqvkkhrdisplay",
    "plugins/platformthemes/libqgtk3",
    "plugins/egldeviceintegrations/",
    "plugins/generic/",
    "plugins/networkinformation/",
    "plugins/tls/",
)

#: Qt's own translations: only the interface languages medunit has (policy ``ui.language``).
QT_TRANSLATIONS = ("_nl.qm", "_en.qm")


def _norm(dest: str) -> str:
    return dest.replace("\\", "/")


def prune(binaries: list[tuple[str, str, str]], datas: list[tuple[str, str, str]]) -> tuple[list, list]:
    """Drop unused Qt plugins and foreign Qt translations, then (Linux) every top-level system library
    that no remaining binary needs any more (what only the dropped plugins pulled in)."""
    import sys

    kept = [b for b in binaries if not any(p in _norm(b[0]) for p in DROP_PLUGINS)]
    datas = [d for d in datas if "Qt/translations/" not in _norm(d[0]) or _norm(d[0]).endswith(QT_TRANSLATIONS)]
    if not sys.platform.startswith("linux"):
        return kept, datas
    from PyInstaller.depend import bindepend

    by_name = {_norm(dest).rsplit("/", 1)[-1]: (dest, src, kind) for dest, src, kind in kept}
    system = {dest for dest, _, _ in kept if "/" not in _norm(dest) and dest.startswith("lib") and ".so" in dest}
    roots = [entry for entry in kept if entry[0] not in system or entry[0].startswith("libpython")]
    needed: set[str] = set()
    todo = list(roots)
    while todo:
        _dest, src, _ = todo.pop()
        try:
            imports = bindepend.get_imports(src)
        except Exception:  # not an ELF file (a data file listed as binary): nothing it needs
            imports = []
        for item in imports:
            name = item[0] if isinstance(item, tuple) else item
            name = str(name).rsplit("/", 1)[-1]
            if name in by_name and name not in needed:
                needed.add(name)
                todo.append(by_name[name])
    kept = [entry for entry in kept if entry[0] not in system or entry[0] in needed or entry[0].startswith("libpython")]
    return kept, datas

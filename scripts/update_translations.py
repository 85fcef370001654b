"""Bring ``resources/translations/*.ts`` in line with the GUI's and the command line's source strings.

Runs ``pyside6-lupdate`` over ``medunit/gui`` and ``medunit/cli`` (no source locations, obsolete entries dropped), then:
the English file gets every open entry filled with its source text (English is the source language);
the Dutch file keeps lupdate's same-text guesses marked unfinished and lists every open entry, so a person
writes the Dutch. ``tests/gui/test_i18n.py`` fails while any entry is unfinished.

    .venv/bin/python scripts/update_translations.py
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"


def lupdate_command() -> list[str]:
    candidate = Path(sys.executable).parent / "pyside6-lupdate"
    return [str(candidate)] if candidate.exists() else ["pyside6-lupdate"]


def run_lupdate(ts: Path) -> None:
    # the GUI, and the command line's own output lines (context "cli", medunit/i18n.py reads them without Qt)
    sources = sorted(str(p) for sub in ("gui", "cli") for p in (ROOT / "medunit" / sub).glob("*.py"))
    subprocess.run(
        [*lupdate_command(), *sources, "-locations", "none", "-no-obsolete", "-ts", str(ts)],
        check=True,
        capture_output=True,
    )


def open_entries(ts: Path) -> list[tuple[str, str]]:
    root = ET.parse(ts).getroot()  # noqa: S314 - the project's own file
    found = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                found.append((context.findtext("name") or "", message.findtext("source") or ""))
    return found


def fill_english(ts: Path) -> None:
    tree = ET.parse(ts)  # noqa: S314 - the project's own file
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        del translation.attrib["type"]
        forms = list(translation.iter("numerusform"))
        if forms or message.get("numerus") == "yes":
            for form in forms:
                translation.remove(form)
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = message.findtext("source")
        else:
            translation.text = message.findtext("source")
    write(tree, ts)


def write(tree: ET.ElementTree, ts: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def main() -> int:
    for ts in sorted(FOLDER.glob("medunit_*.ts")):
        run_lupdate(ts)
        if ts.name == "medunit_en.ts":
            fill_english(ts)
            run_lupdate(ts)  # back to lupdate's own layout
    missing = open_entries(FOLDER / "medunit_nl.ts")
    for context, source in missing:
        print(f"nl open: [{context}] {source}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())

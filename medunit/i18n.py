"""Dutch first outside Qt: the command line's messages from the same compiled translations the GUI loads.

The GUI translates with Qt's ``QTranslator``; ``medunit-admin`` must not import Qt (the core stays free of
it, and the CLI starts without it), so this module reads the compiled ``medunit_<language>.qm`` itself.
One catalogue serves both: an error template is translated once in ``resources/translations/*.ts``
(context ``errors``), a command's own output lines in context ``cli``; ``scripts/update_translations.py``
collects both from the sources (``QT_TRANSLATE_NOOP`` below marks a string for it without Qt).

A message is shown Dutch first with the English under it (``bilingual``): IT reads English manuals and
searches for the English words, the unit reads Dutch. When the catalogue is missing or lacks the text, the
English shows alone, never an error.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Any

DEFAULT_LANGUAGE = "nl"

# the .qm format (Qt's qtranslator.cpp): a 16-byte magic, then sections (a tag byte and a 32-bit length);
# the messages section holds, per message, tagged fields ending with _END
_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_SECTION_MESSAGES = 0x69
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8


def resources_dir() -> Path:
    """``MEDUNIT_RESOURCES`` if set (the installed or frozen application), else the repository's ``resources``."""
    env = os.environ.get("MEDUNIT_RESOURCES")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[1] / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for the translation files (``scripts/update_translations.py``); returns it unchanged."""
    return text


def _messages(data: bytes) -> bytes:
    if not data.startswith(_MAGIC):
        raise ValueError("not a Qt translation file")
    at = len(_MAGIC)
    while at + 5 <= len(data):
        tag, length = data[at], int.from_bytes(data[at + 1 : at + 5], "big")
        at += 5
        if tag == _SECTION_MESSAGES:
            return data[at : at + length]
        at += length
    return b""


def parse_qm(data: bytes) -> dict[tuple[str, str], str]:
    """(context, source text) → translation, for every message of a compiled .qm file that keeps its
    context and source text (lrelease's default). Raises ValueError on a file that is not one."""
    found: dict[tuple[str, str], str] = {}
    section = _messages(data)
    at = 0
    context = source = translation = ""
    while at < len(section):
        tag = section[at]
        at += 1
        if tag == _END:
            if source and translation:
                found[(context, source)] = translation
            context = source = translation = ""
            continue
        if tag == _OBSOLETE1:
            at += 4
            continue
        length = int.from_bytes(section[at : at + 4], "big")
        at += 4
        if length == 0xFFFFFFFF:  # a null string
            continue
        value = section[at : at + length]
        at += length
        if tag == _TRANSLATION:
            translation = translation or value.decode("utf-16-be")  # the first form of a plural
        elif tag == _SOURCE:
            source = value.decode("utf-8")
        elif tag == _CONTEXT:
            context = value.decode("utf-8")
        elif tag != _COMMENT:
            raise ValueError(f"unknown field {tag} in a Qt translation file")
    return found


@functools.cache
def catalogue(language: str, folder: Path) -> dict[tuple[str, str], str]:
    """The language's translations, read once; empty (English shows) when there are none or they do not
    read."""
    try:
        return parse_qm((folder / f"medunit_{language}.qm").read_bytes())
    except (OSError, ValueError, UnicodeDecodeError):
        return {}


def translate(context: str, text: str, language: str | None = DEFAULT_LANGUAGE) -> str:
    """``text`` in ``language`` (``ui.language``), or ``text`` itself when the catalogue lacks it."""
    if not language or language == "en":
        return text
    return catalogue(language, translations_dir()).get((context, text), text)


def bilingual(context: str, template: str, params: dict[str, Any], language: str | None) -> str:
    """The message in ``language`` first and the English under it (indented), or the English alone when
    the language is English or the text has no translation."""
    english = template.format(**params) if params else template
    local = translate(context, template, language)
    if local == template:
        return english
    try:
        shown = local.format(**params) if params else local
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder: English only
        return english
    return f"{shown}\n  (English) {english}"

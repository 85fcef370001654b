"""What free text a user or a file may put into the store, and how stored text is shown safely.

Why: text from an intake file, a form or the command line is later shown to other people — in the
window, on a terminal, in a CSV opened in a spreadsheet. Three kinds of characters turn shown text into a
disguise or an attack:

* a lone surrogate (``"\\ud800"`` from a JSON escape) is not Unicode at all; SQLite cannot store it, so
  it must be a refusal with a clear message, not an "internal error";
* text-direction overrides and invisible characters make a name read differently from what it is,
  or make two names that look the same differ;
* control characters (C0, DEL, C1) and escape sequences re-program a terminal.

``text_problem`` says what is wrong with a text (without repeating it); ``check_text`` raises the
refusal. ``for_terminal`` and ``for_csv`` are the one place output is neutralised for a terminal and for
a spreadsheet. Plain Python, no I/O.
"""

from __future__ import annotations

import re
from typing import Final

from medunit.errors import ValidationError

#: Text-direction embeddings/overrides/isolates, zero-width and invisible "letters", the BOM.
INVISIBLE: Final = frozenset(
    [
        *range(0x202A, 0x202F),  # LRE RLE PDF LRO RLO
        *range(0x2066, 0x206A),  # LRI RLI FSI PDI
        *range(0x200B, 0x2010),  # zero-width space/non-joiner/joiner, LRM, RLM
        *(0x061C, 0x115F, 0x1160, 0x180E, 0x2028, 0x2029, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064),
        *(0x3164, 0xFEFF, 0xFFA0),  # Hangul fillers, zero-width no-break space (BOM)
    ]
)

#: Longest search text the case list accepts (a reference or a name fragment is far shorter).
MAX_SEARCH_CHARS: Final = 100
#: Largest page a caller may ask of a list service.
MAX_PAGE: Final = 10_000

_SURROGATE = re.compile("[\ud800-\udfff]")
_INVISIBLE = re.compile("[" + "".join(chr(c) for c in sorted(INVISIBLE)) + "]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_CONTROL_OR_NEWLINE = re.compile("[\x00-\x1f\x7f-\x9f]")
#: What may not reach a terminal: C0 controls but tab and newline, DEL, C1 controls (0x9b is a one-byte
#: CSI), lone surrogates, invisible and text-direction characters. Without its ESC, the rest of an escape
#: sequence is plain printable text.
_TERMINAL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff" + _INVISIBLE.pattern[1:])
_FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")


def text_problem(text: str, *, multiline: bool = True) -> str | None:
    """Why ``text`` may not be stored, or None. Never repeats the text (it may be health data)."""
    found = _SURROGATE.search(text)
    if found:
        return f"is not valid Unicode (a lone surrogate at character {found.start() + 1})"
    found = _INVISIBLE.search(text)
    if found:
        return (
            f"must not hold invisible or text-direction characters (U+{ord(found.group()):04X} "
            f"at character {found.start() + 1})"
        )
    found = (_CONTROL if multiline else _CONTROL_OR_NEWLINE).search(text)
    if found:
        return f"must not hold control characters (U+{ord(found.group()):04X} at character {found.start() + 1})"
    return None


def check_text(label: str, text: str, *, multiline: bool = True, max_chars: int | None = None) -> str:
    """``text`` if it may be stored; otherwise a ValidationError that names ``label`` and the problem."""
    if max_chars is not None and len(text) > max_chars:
        raise ValidationError("{label} is too long (at most {n} characters).", label=label, n=max_chars)
    problem = text_problem(text, multiline=multiline)
    if problem:
        raise ValidationError("{label} {problem}.", label=label, problem=problem)
    return text


def check_page(offset: int, limit: int) -> None:
    """A page of a list: a negative or absurd size is refused, not passed to SQL (where -1 means "all")."""
    if limit < 1 or limit > MAX_PAGE:
        raise ValidationError("The number of rows must be from 1 to {n}.", n=MAX_PAGE)
    if offset < 0:
        raise ValidationError("The list cannot start before its first row.")


def for_terminal(text: str) -> str:
    """Stored text as it may be printed on a terminal: control characters (except tab and newline), lone
    surrogates and invisible/bidi characters become a visible ``\\uXXXX``, so no escape sequence runs."""
    return _TERMINAL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def for_csv(cell: str) -> str:
    """A CSV cell a spreadsheet shows as text: a leading ``= + - @`` (or tab/CR) would start a formula."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell

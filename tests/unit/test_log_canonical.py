"""The access log's canonical form (what each entry's hash covers) is built by an f-string of C-encoded
strings instead of the JSON encoder (issue 15 point 4). It must stay byte for byte what the JSON encoder
gives (the form `audit verify` recomputes from the stored row), for any text a user or an attacker can
put in an entry: quotes, backslashes, control characters, U+2028/U+2029, non-BMP characters."""

from __future__ import annotations

import json
import random

from medunit.store.access_log import _CANONICAL, LogEntry, _canonical_row

HOSTILE = (
    '"',
    "\\",
    "\\u0000",
    "\x00",
    "\x01",
    "\x1f",
    "\x7f",
    "\n\r\t\b\f",
    "\u2028",
    "\u2029",
    "\ufeff",
    "🩺",
    "𝄞",
    "é",
    "Ü",
    '", "',
    "],[",
    "null",
    "</script>",
    " ",
)


def _text(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(0, 6)):
        if rng.random() < 0.5:
            parts.append(rng.choice(HOSTILE))
        else:
            parts.append(
                "".join(
                    chr(rng.choice((rng.randint(0, 0x7F), rng.randint(0, 0xD7FF), rng.randint(0xE000, 0x10FFFF))))
                    for _ in range(rng.randint(1, 4))
                )
            )
    return "".join(parts)


def _optional(rng: random.Random) -> str | None:
    return None if rng.random() < 0.3 else _text(rng)


#: LogEntry's fields in the canonical form's order (after the seq), as the stored row holds them
_NAMES = (
    "at",
    "user",
    "role",
    "responsible",
    "action",
    "person_ref",
    "case_ref",
    "record_ids",
    "reason",
    "basis",
    "emergency",
    "workstation",
    "outcome",
)
_IDS, _EMERGENCY = _NAMES.index("record_ids"), _NAMES.index("emergency")


def _reference(entry: LogEntry, seq: int) -> bytes:
    """The canonical form as the JSON encoder builds it (what ``LogEntry.canonical`` was)."""
    values = [getattr(entry, name) for name in _NAMES]
    values[_IDS] = list(values[_IDS])
    return _CANONICAL([seq, *values]).encode()


def _stored_row(entry: LogEntry, seq: int) -> tuple[object, ...]:
    """The row ``access_log.append`` inserts, up to the outcome: the ids as ``json.dumps``, the flag 0/1."""
    values = [getattr(entry, name) for name in _NAMES]
    values[_IDS], values[_EMERGENCY] = json.dumps(list(values[_IDS])), int(values[_EMERGENCY])
    return (seq, *values)


def test_the_fast_form_is_the_json_form_byte_for_byte_over_hostile_text() -> None:
    rng = random.Random(15)
    for n in range(3000):
        entry = LogEntry(
            at=_text(rng),
            user=_text(rng),
            role=_text(rng),
            responsible=_text(rng),
            action=_text(rng),
            outcome=_text(rng),
            workstation=_text(rng),
            person_ref=_optional(rng),
            case_ref=_optional(rng),
            record_ids=tuple(_text(rng) for _ in range(rng.randint(0, 3))),
            reason=_optional(rng),
            basis=_optional(rng),
            emergency=rng.random() < 0.5,
        )
        seq = rng.choice((n, 2**40 + n, 1))
        expected = _reference(entry, seq)
        assert entry.canonical(seq) == expected, entry
        assert _canonical_row(_stored_row(entry, seq)) == expected, entry


def test_an_entry_with_other_types_than_declared_still_gets_the_json_form() -> None:
    """Never written by medunit, but the form must not change with the fast path: an int among the ids,
    an int for a text field, an int for the emergency flag all go through the JSON encoder."""
    base = LogEntry(at="t", user="u", role="r", responsible="u", action="a", outcome="granted", workstation="w")
    odd = (
        LogEntry(**{**base.__dict__, "record_ids": ("entry:1", 5)}),
        LogEntry(**{**base.__dict__, "case_ref": 7}),
        LogEntry(**{**base.__dict__, "emergency": 1}),
    )
    for entry in odd:
        assert entry.canonical(3) == _reference(entry, 3)
    assert odd[0].canonical(3).endswith(b'["entry:1",5],null,null,false,"w","granted"]')
    assert b",1," in odd[2].canonical(3) and b"true" not in odd[2].canonical(3)

"""The advice request (*adviesaanvraag*) from the general dossier: parsing and validating the JSON file.

A bad file is refused whole, on its first problem, with one line that names the line in the file and the
field (a JSON path such as ``person.date_of_birth``)::

    Intake refused: line 9, field 'person.date_of_birth': must not be in the future

Refusal messages never repeat a value from the file (names, BSN, question): only the field, its line and
what is wrong with it. Plain Python, no I/O: the caller reads the file and passes ``today``.

How line numbers are found: the text is first decoded with :class:`json.JSONDecoder` (syntax errors carry
its line and column, field ``(syntax)``). A valid document is then walked a second time with the same
decoder's scanner, which records the line of every object key and array element down to the depth the
schema uses, so a nested key such as ``person.bsn`` points to its own line.
"""

from __future__ import annotations

import datetime
import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from json.decoder import scanstring  # type: ignore[attr-defined]  # public in CPython, missing in typeshed
from json.scanner import make_scanner
from typing import Any, Final, NoReturn

from medunit.domain.bsn import elfproef
from medunit.domain.records import BSN_LEGAL_BASES, CaseType
from medunit.domain.text import text_problem
from medunit.errors import ValidationError

INTAKE_SCHEMA_ID: Final = "medunit-intake/1"
MAX_INTAKE_BYTES: Final = 1_048_576
MAX_QUESTION_CHARS: Final = 4000
MAX_NAME_CHARS: Final = 100
MAX_AGE_YEARS: Final = 120

REFUSAL_TEMPLATE: Final = "Intake refused: line {line}, field '{field}': {problem}"

#: General dossier reference, e.g. ``GD-2026-000123`` (synthetic data uses ``SYN-``).
DOSSIER_REFERENCE_PATTERN: Final = r"^[A-Z]{2,5}-[0-9]{4}-[0-9]{6}$"
PERSON_REFERENCE_PATTERN: Final = r"^P-[0-9]{6}$"
#: Same rule as :func:`medunit.domain.roles.check_user_name`.
USER_NAME_PATTERN: Final = r"^[a-z][a-z0-9._-]{1,31}$"
DATE_PATTERN: Final = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
BSN_PATTERN: Final = r"^[0-9]{9}$"
NAME_PUNCTUATION: Final = " '-.’"

_DOSSIER_REFERENCE = re.compile(DOSSIER_REFERENCE_PATTERN.strip("^$"))
_PERSON_REFERENCE = re.compile(PERSON_REFERENCE_PATTERN.strip("^$"))
_USER_NAME = re.compile(USER_NAME_PATTERN.strip("^$"))
_DATE = re.compile(DATE_PATTERN.strip("^$"))
_BSN = re.compile(BSN_PATTERN.strip("^$"))

_NESTING_LIMIT = 64  # reported when the decoder itself gives up on depth
_WALK_DEPTH = 2  # containers deeper than this are never inspected field by field (all are wrong types)
_MAX_KEY_SHOWN = 60


@dataclass(frozen=True)
class IntakePerson:
    """Minimal identity of the person the question is about. Personal fields are kept out of ``repr``."""

    reference: str
    given_names: str = field(repr=False)
    family_name: str = field(repr=False)
    date_of_birth: datetime.date = field(repr=False)
    bsn: str | None = field(default=None, repr=False)
    bsn_legal_basis: str | None = None


@dataclass(frozen=True)
class IntakeRequest:
    """A validated advice request (schema ``medunit-intake/1``)."""

    reference: str
    case_type: CaseType
    question: str = field(repr=False)
    received_at: datetime.date
    person: IntakePerson
    restricted: bool = False
    restricted_to: tuple[str, ...] = ()
    assigned_advisor: str | None = None


# --------------------------------------------------------------------------------------------------------------
# JSON with line numbers


class _Number:
    """Stand-in for every JSON number: no field takes one, and this avoids int/float conversion limits."""

    __slots__ = ()


_NUMBER = _Number()


def _number(_text: str) -> _Number:
    return _NUMBER


@dataclass(frozen=True)
class _Member:
    key: str
    line: int
    value: object


@dataclass(frozen=True)
class _Object:
    line: int
    members: tuple[_Member, ...]


@dataclass(frozen=True)
class _Item:
    line: int
    value: object


@dataclass(frozen=True)
class _Array:
    line: int
    items: tuple[_Item, ...]


_DECODER = json.JSONDecoder(
    parse_int=_number,
    parse_float=_number,
    parse_constant=_number,
    object_pairs_hook=list,
)
_SCAN: Callable[[str, int], tuple[Any, int]] = make_scanner(_DECODER)  # type: ignore[arg-type]  # typeshed quirk
_WS = re.compile(r"[ \t\n\r]*")


class _Walker:
    """Second pass over text that :data:`_DECODER` already accepted: values plus the line of every key."""

    def __init__(self, text: str) -> None:
        self.text = text

    def line(self, pos: int) -> int:
        return self.text.count("\n", 0, pos) + 1

    def skip(self, pos: int) -> int:
        match = _WS.match(self.text, pos)
        assert match is not None
        return match.end()

    def value(self, pos: int, depth: int) -> tuple[object, int]:
        pos = self.skip(pos)
        char = self.text[pos : pos + 1]
        if depth <= _WALK_DEPTH and char == "{":
            return self.object(pos, depth)
        if depth <= _WALK_DEPTH and char == "[":
            return self.array(pos, depth)
        value, end = _SCAN(self.text, pos)
        if isinstance(value, list) and char == "{":
            value = _Object(self.line(pos), ())  # never inspected: only its type matters
        return value, end

    def object(self, start: int, depth: int) -> tuple[_Object, int]:
        members: list[_Member] = []
        pos = self.skip(start + 1)
        if self.text[pos] == "}":
            return _Object(self.line(start), ()), pos + 1
        while True:
            key_pos = pos
            key, pos = scanstring(self.text, pos + 1)
            pos = self.skip(pos) + 1  # past ':'
            value, pos = self.value(pos, depth + 1)
            members.append(_Member(key, self.line(key_pos), value))
            pos = self.skip(pos)
            if self.text[pos] == "}":
                return _Object(self.line(start), tuple(members)), pos + 1
            pos = self.skip(pos + 1)  # past ','

    def array(self, start: int, depth: int) -> tuple[_Array, int]:
        items: list[_Item] = []
        pos = self.skip(start + 1)
        if self.text[pos] == "]":
            return _Array(self.line(start), ()), pos + 1
        while True:
            pos = self.skip(pos)
            item_pos = pos
            value, pos = self.value(pos, depth + 1)
            items.append(_Item(self.line(item_pos), value))
            pos = self.skip(pos)
            if self.text[pos] == "]":
                return _Array(self.line(start), tuple(items)), pos + 1
            pos += 1  # past ','


def _refuse(line: int, path: str, problem: str) -> NoReturn:
    raise ValidationError(REFUSAL_TEMPLATE, line=line, field=path, problem=problem)


def _deep_nesting_line(text: str) -> int:
    """Line where brackets (outside strings) first nest deeper than :data:`_NESTING_LIMIT`."""
    depth = 0
    in_string = escaped = False
    line = 1
    for char in text:
        if char == "\n":
            line += 1
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > _NESTING_LIMIT:
                return line
        elif char in "]}":
            depth -= 1
    return 1


def _load(text: str) -> object:
    try:
        _DECODER.decode(text)  # first pass: syntax errors with the decoder's own line and column
        value, _end = _Walker(text).value(0, 0)
    except json.JSONDecodeError as exc:
        _refuse(exc.lineno, "(syntax)", f"{exc.msg} (column {exc.colno})")
    except RecursionError:
        _refuse(_deep_nesting_line(text), "(syntax)", "values are nested too deeply")
    return value


# --------------------------------------------------------------------------------------------------------------
# Field checks


def _type_name(value: object) -> str:
    if isinstance(value, _Object):
        return "an object"
    if isinstance(value, _Array | list):
        return "a list"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, _Number):
        return "a number"
    return "null"


def _shown_key(key: str) -> str:
    """A key from the file as it may appear in a message: printable and short."""
    shown = "".join(c if c.isprintable() and c not in "'\\" else f"\\u{ord(c):04x}" for c in key)
    return shown if len(shown) <= _MAX_KEY_SHOWN else shown[: _MAX_KEY_SHOWN - 1] + "…"


def _path(parent: str, key: str) -> str:
    shown = _shown_key(key)
    return f"{parent}.{shown}" if parent else shown


def _string(member: _Member, path: str) -> str:
    if not isinstance(member.value, str):
        _refuse(member.line, path, f"must be a string, not {_type_name(member.value)}")
    problem = text_problem(member.value)  # lone surrogates (SQLite cannot store them), bidi/invisible characters
    if problem:
        _refuse(member.line, path, problem)
    return member.value


def _date(member: _Member, path: str, today: datetime.date) -> datetime.date:
    text = _string(member, path)
    if not _DATE.fullmatch(text):
        _refuse(member.line, path, "must be a date written as YYYY-MM-DD")
    try:
        value = datetime.date.fromisoformat(text)
    except ValueError:
        _refuse(member.line, path, "is not an existing calendar date")
    if value > today:
        _refuse(member.line, path, "must not be in the future")
    return value


def _age(born: datetime.date, today: datetime.date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _name(member: _Member, path: str) -> str:
    text = unicodedata.normalize("NFC", _string(member, path))
    if not 1 <= len(text) <= MAX_NAME_CHARS:
        _refuse(member.line, path, f"must be 1 to {MAX_NAME_CHARS} characters")
    if text != text.strip() or "  " in text:
        _refuse(member.line, path, "must not start or end with a space or hold double spaces")
    if not any(c.isalpha() for c in text) or not all(c.isalpha() or c in NAME_PUNCTUATION for c in text):
        _refuse(member.line, path, "may hold only letters, spaces and the characters ' - .")
    return text


def _user_name(line: int, path: str, value: object) -> str:
    if not isinstance(value, str):
        _refuse(line, path, f"must be a string, not {_type_name(value)}")
    if not _USER_NAME.fullmatch(value):
        _refuse(
            line,
            path,
            "must be a user name: 2-32 characters, lower-case letters, digits, '.', '_' or '-', starting with a letter",
        )
    return value


def _question(member: _Member, path: str) -> str:
    text = _string(member, path)
    if not text.strip():
        _refuse(member.line, path, "must not be empty")
    if len(text) > MAX_QUESTION_CHARS:
        _refuse(member.line, path, f"must be at most {MAX_QUESTION_CHARS} characters")
    if any(unicodedata.category(c) == "Cc" and c not in "\n\r\t" for c in text):
        _refuse(member.line, path, "must not hold control characters")
    return text


def _members(obj: _Object, path: str, allowed: tuple[str, ...]) -> dict[str, _Member]:
    """The object's members by key; refuses unknown and duplicate keys (in file order)."""
    found: dict[str, _Member] = {}
    for member in obj.members:
        if member.key not in allowed:
            _refuse(member.line, _path(path, member.key), "unknown field")
        if member.key in found:
            _refuse(member.line, _path(path, member.key), "appears more than once")
        found[member.key] = member
    return found


def _require(found: dict[str, _Member], path: str, keys: tuple[str, ...], parent_line: int) -> None:
    for key in keys:
        if key not in found:
            _refuse(parent_line, _path(path, key), "is required but missing")


_ROOT_KEYS: Final = (
    "schema",
    "reference",
    "case_type",
    "question",
    "received_at",
    "person",
    "restricted",
    "restricted_to",
    "assigned_advisor",
)
_ROOT_REQUIRED: Final = ("schema", "reference", "case_type", "question", "received_at", "person")
_PERSON_KEYS: Final = ("reference", "given_names", "family_name", "date_of_birth", "bsn", "bsn_legal_basis")
_PERSON_REQUIRED: Final = ("reference", "given_names", "family_name", "date_of_birth")


def _person(member: _Member, today: datetime.date) -> IntakePerson:
    obj = member.value
    if not isinstance(obj, _Object):
        _refuse(member.line, "person", f"must be an object, not {_type_name(obj)}")
    found = _members(obj, "person", _PERSON_KEYS)
    _require(found, "person", _PERSON_REQUIRED, member.line)

    reference = _string(found["reference"], "person.reference")
    if not _PERSON_REFERENCE.fullmatch(reference):
        _refuse(found["reference"].line, "person.reference", "must look like P-000123 ('P-' and six digits)")
    given_names = _name(found["given_names"], "person.given_names")
    family_name = _name(found["family_name"], "person.family_name")
    born_member = found["date_of_birth"]
    born = _date(born_member, "person.date_of_birth", today)
    if _age(born, today) > MAX_AGE_YEARS:
        _refuse(born_member.line, "person.date_of_birth", f"gives an age above {MAX_AGE_YEARS} years")

    bsn: str | None = None
    basis: str | None = None
    if "bsn" in found:
        bsn = _string(found["bsn"], "person.bsn")
        if not _BSN.fullmatch(bsn):
            _refuse(found["bsn"].line, "person.bsn", "must be exactly nine digits, as a string")
        if not elfproef(bsn):
            _refuse(found["bsn"].line, "person.bsn", "is not a valid BSN (it fails the eleven-test)")
    if "bsn_legal_basis" in found:
        basis_member = found["bsn_legal_basis"]
        basis = _string(basis_member, "person.bsn_legal_basis")
        if basis not in BSN_LEGAL_BASES:
            _refuse(basis_member.line, "person.bsn_legal_basis", "must be one of " + ", ".join(BSN_LEGAL_BASES))
        if bsn is None:
            _refuse(basis_member.line, "person.bsn_legal_basis", "is only allowed together with a BSN")
    if bsn is not None and basis is None:
        _refuse(
            found["bsn"].line,
            "person.bsn_legal_basis",
            "is required with a BSN: a BSN is stored only under a legal basis",
        )
    return IntakePerson(reference, given_names, family_name, born, bsn, basis)


def parse_intake(text: str, today: datetime.date, max_bytes: int = MAX_INTAKE_BYTES) -> IntakeRequest:
    """Validate an intake file's text; raises :class:`ValidationError` on the first problem, nothing else."""
    if len(text) > max_bytes or len(text.encode("utf-8", "surrogatepass")) > max_bytes:
        _refuse(1, "(file)", f"larger than {max_bytes} bytes")
    text = text.removeprefix("\ufeff")  # a UTF-8 byte order mark sits on line 1 and changes no line number
    root = _load(text)
    if not isinstance(root, _Object):
        line = root.line if isinstance(root, _Array) else 1
        _refuse(line, "(root)", f"the file must hold one JSON object, not {_type_name(root)}")

    schema = next((m for m in root.members if m.key == "schema"), None)
    if schema is None:
        _refuse(root.line, "schema", "is required but missing")
    if _string(schema, "schema") != INTAKE_SCHEMA_ID:
        _refuse(schema.line, "schema", f"must be '{INTAKE_SCHEMA_ID}' (this version reads no other)")

    found = _members(root, "", _ROOT_KEYS)
    _require(found, "", _ROOT_REQUIRED, root.line)

    reference = _string(found["reference"], "reference")
    if not _DOSSIER_REFERENCE.fullmatch(reference):
        _refuse(
            found["reference"].line,
            "reference",
            "must look like GD-2026-000123 (2-5 capitals, a 4-digit year and 6 digits)",
        )
    case_text = _string(found["case_type"], "case_type")
    try:
        case_type = CaseType(case_text)
    except ValueError:
        _refuse(found["case_type"].line, "case_type", "must be one of " + ", ".join(t.value for t in CaseType))
    question = _question(found["question"], "question")
    received_at = _date(found["received_at"], "received_at", today)
    person = _person(found["person"], today)

    restricted = False
    if "restricted" in found:
        member = found["restricted"]
        if not isinstance(member.value, bool):
            _refuse(member.line, "restricted", f"must be true or false, not {_type_name(member.value)}")
        restricted = member.value

    restricted_to: tuple[str, ...] = ()
    if "restricted_to" in found:
        member = found["restricted_to"]
        if not isinstance(member.value, _Array):
            _refuse(member.line, "restricted_to", f"must be a list of user names, not {_type_name(member.value)}")
        if not restricted:
            _refuse(member.line, "restricted_to", "is only allowed when 'restricted' is true")
        if not member.value.items:
            _refuse(member.line, "restricted_to", "must name at least one user")
        names: list[str] = []
        for index, item in enumerate(member.value.items):
            name = _user_name(item.line, f"restricted_to[{index}]", item.value)
            if name in names:
                _refuse(item.line, f"restricted_to[{index}]", "names a user twice")
            names.append(name)
        restricted_to = tuple(names)

    assigned: str | None = None
    if "assigned_advisor" in found:
        member = found["assigned_advisor"]
        assigned = _user_name(member.line, "assigned_advisor", member.value)
        if restricted_to and assigned not in restricted_to:
            _refuse(member.line, "assigned_advisor", "must be one of the users in 'restricted_to'")

    return IntakeRequest(
        reference=reference,
        case_type=case_type,
        question=question,
        received_at=received_at,
        person=person,
        restricted=restricted,
        restricted_to=restricted_to,
        assigned_advisor=assigned,
    )


# --------------------------------------------------------------------------------------------------------------
# JSON Schema, for documentation and for the general dossier's developers

_NAME_SCHEMA: dict[str, Any] = {
    "type": "string",
    "minLength": 1,
    "maxLength": MAX_NAME_CHARS,
    "description": "Letters (accents allowed), spaces and ' - . only; at least one letter; no leading, trailing "
    "or double spaces.",
}
_USER_SCHEMA: dict[str, Any] = {"type": "string", "pattern": USER_NAME_PATTERN}

INTAKE_JSON_SCHEMA: Final[dict[str, Any]] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "urn:medunit:intake:1",
    "title": "medunit advice request (adviesaanvraag), version 1",
    "type": "object",
    "additionalProperties": False,
    "required": list(_ROOT_REQUIRED),
    "properties": {
        "schema": {"const": INTAKE_SCHEMA_ID},
        "reference": {
            "type": "string",
            "pattern": DOSSIER_REFERENCE_PATTERN,
            "description": "The general dossier's opaque reference.",
        },
        "case_type": {"enum": [t.value for t in CaseType]},
        "question": {"type": "string", "minLength": 1, "maxLength": MAX_QUESTION_CHARS},
        "received_at": {"type": "string", "format": "date", "description": "Not in the future."},
        "person": {
            "type": "object",
            "additionalProperties": False,
            "required": list(_PERSON_REQUIRED),
            "properties": {
                "reference": {"type": "string", "pattern": PERSON_REFERENCE_PATTERN},
                "given_names": _NAME_SCHEMA,
                "family_name": _NAME_SCHEMA,
                "date_of_birth": {
                    "type": "string",
                    "format": "date",
                    "description": f"Not in the future; age 0 to {MAX_AGE_YEARS} years.",
                },
                "bsn": {
                    "type": "string",
                    "pattern": BSN_PATTERN,
                    "description": "Burgerservicenummer; must pass the eleven-test; only with bsn_legal_basis.",
                },
                "bsn_legal_basis": {"enum": list(BSN_LEGAL_BASES)},
            },
            "dependentRequired": {"bsn": ["bsn_legal_basis"], "bsn_legal_basis": ["bsn"]},
        },
        "restricted": {"type": "boolean", "default": False},
        "restricted_to": {"type": "array", "items": _USER_SCHEMA, "minItems": 1, "uniqueItems": True},
        "assigned_advisor": _USER_SCHEMA,
    },
    "dependentRequired": {"restricted_to": ["restricted"]},
    "if": {"properties": {"restricted": {"const": False}}},
    "then": {"not": {"required": ["restricted_to"]}},
}

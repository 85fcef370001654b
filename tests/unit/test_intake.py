"""The intake file (adviesaanvraag): every refusal names the right line and field."""

from __future__ import annotations

import datetime
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medunit.domain.intake import (
    INTAKE_JSON_SCHEMA,
    INTAKE_SCHEMA_ID,
    REFUSAL_TEMPLATE,
    IntakeRequest,
    parse_intake,
)
from medunit.domain.records import CaseType
from medunit.errors import ValidationError

TODAY = datetime.date(2026, 11, 25)

# Line numbers below refer to this text (line 1 is the opening brace).
EXAMPLE = """\
{
  "schema": "medunit-intake/1",
  "reference": "GD-2026-000123",
  "case_type": "acceptance-income",
  "question": "Kandidaat meldt rugklachten (hernia 2019). Acceptatie mogelijk, eventueel met uitsluiting?",
  "received_at": "2026-11-20",
  "person": {
    "reference": "P-000123",
    "given_names": "Anna Maria",
    "family_name": "de Vries",
    "date_of_birth": "1980-04-02",
    "bsn": "111222333",
    "bsn_legal_basis": "fiscale-verplichting"
  },
  "restricted": true,
  "restricted_to": ["dr.jansen", "m.visser"],
  "assigned_advisor": "dr.jansen"
}
"""


def line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def replace_line(line: int, new: str | None, text: str = EXAMPLE) -> str:
    """The text with 1-based ``line`` replaced (``None``: removed)."""
    lines = text.split("\n")
    if new is None:
        del lines[line - 1]
    else:
        lines[line - 1] = new
    return "\n".join(lines)


def refusal(text: str, **kwargs: Any) -> tuple[int, str, str]:
    with pytest.raises(ValidationError) as info:
        parse_intake(text, TODAY, **kwargs)
    err = info.value
    assert err.template == REFUSAL_TEMPLATE
    assert err.message.startswith(f"Intake refused: line {err.params['line']}, field '{err.params['field']}': ")
    return err.params["line"], err.params["field"], err.params["problem"]


# --------------------------------------------------------------------------------------------------------------
# Accepted files


def test_example_parses() -> None:
    request = parse_intake(EXAMPLE, TODAY)
    assert isinstance(request, IntakeRequest)
    assert request.reference == "GD-2026-000123"
    assert request.case_type is CaseType.ACCEPTANCE
    assert request.question.startswith("Kandidaat meldt")
    assert request.received_at == datetime.date(2026, 11, 20)
    person = request.person
    assert person.reference == "P-000123"
    assert (person.given_names, person.family_name) == ("Anna Maria", "de Vries")
    assert person.date_of_birth == datetime.date(1980, 4, 2)
    assert (person.bsn, person.bsn_legal_basis) == ("111222333", "fiscale-verplichting")
    assert request.restricted is True
    assert request.restricted_to == ("dr.jansen", "m.visser")
    assert request.assigned_advisor == "dr.jansen"


def test_example_line_numbers_used_by_these_tests() -> None:
    assert line_of(EXAMPLE, '"date_of_birth"') == 11
    assert line_of(EXAMPLE, '"bsn"') == 12
    assert line_of(EXAMPLE, '"restricted_to"') == 16


def test_minimal_file_defaults() -> None:
    data = json.loads(EXAMPLE)
    for key in ("restricted", "restricted_to", "assigned_advisor"):
        del data[key]
    del data["person"]["bsn"], data["person"]["bsn_legal_basis"]
    request = parse_intake(json.dumps(data), TODAY)
    assert request.person.bsn is None and request.person.bsn_legal_basis is None
    assert (request.restricted, request.restricted_to, request.assigned_advisor) == (False, (), None)


def test_repr_shows_no_personal_data() -> None:
    shown = repr(parse_intake(EXAMPLE, TODAY))
    for secret in ("111222333", "Anna", "Vries", "1980", "rugklachten"):
        assert secret not in shown


@pytest.mark.parametrize("name", ["Zoë", "'t Hart", "Jean-Luc", "O’Neill", "van der Berg-Çelik", "J.P.", "Yılmaz"])
def test_names_with_accents_and_punctuation(name: str) -> None:
    text = replace_line(10, f'    "family_name": {json.dumps(name, ensure_ascii=False)},')
    assert parse_intake(text, TODAY).person.family_name == name


def test_decomposed_accents_are_normalised() -> None:
    text = replace_line(9, '    "given_names": "Zoe\\u0308",')
    assert parse_intake(text, TODAY).person.given_names == "Zoë"


@pytest.mark.parametrize("reference", ["SYN-2026-000123", "AB-1999-000000", "ABCDE-2026-999999"])
def test_reference_forms_accepted(reference: str) -> None:
    text = replace_line(3, f'  "reference": "{reference}",')
    assert parse_intake(text, TODAY).reference == reference


def test_dates_on_the_day_are_accepted() -> None:
    text = replace_line(6, f'  "received_at": "{TODAY.isoformat()}",')
    assert parse_intake(text, TODAY).received_at == TODAY
    text = replace_line(11, f'    "date_of_birth": "{TODAY.isoformat()}",')
    assert parse_intake(text, TODAY).person.date_of_birth == TODAY  # age 0
    text = replace_line(11, '    "date_of_birth": "1906-11-25",')  # exactly 120
    parse_intake(text, TODAY)


def test_restricted_without_list_is_accepted() -> None:
    text = replace_line(16, None)
    request = parse_intake(text, TODAY)
    assert request.restricted and request.restricted_to == ()


def test_crlf_bom_and_compact_files() -> None:
    assert parse_intake("\ufeff" + EXAMPLE.replace("\n", "\r\n"), TODAY) == parse_intake(EXAMPLE, TODAY)
    compact = json.dumps(json.loads(EXAMPLE))
    assert parse_intake(compact, TODAY) == parse_intake(EXAMPLE, TODAY)


# --------------------------------------------------------------------------------------------------------------
# Refusals: (line to replace, new content or None to remove) -> (line, field, part of the problem)

REFUSALS: list[tuple[str, int, str | None, int, str, str]] = [
    # wrong types
    ("reference number", 3, '  "reference": 2026000123,', 3, "reference", "must be a string, not a number"),
    ("case_type null", 4, '  "case_type": null,', 4, "case_type", "not null"),
    ("question list", 5, '  "question": ["a"],', 5, "question", "not a list"),
    ("given_names object", 9, '    "given_names": {"a": [1]},', 9, "person.given_names", "not an object"),
    ("date number", 11, '    "date_of_birth": 19800402,', 11, "person.date_of_birth", "must be a string"),
    ("bsn number", 12, '    "bsn": 111222333,', 12, "person.bsn", "must be a string, not a number"),
    ("restricted string", 15, '  "restricted": "yes",', 15, "restricted", "must be true or false, not a string"),
    ("restricted number", 15, '  "restricted": 1,', 15, "restricted", "must be true or false, not a number"),
    ("restricted_to string", 16, '  "restricted_to": "dr.jansen",', 16, "restricted_to", "must be a list"),
    ("restricted_to item", 16, '  "restricted_to": ["dr.jansen", 7],', 16, "restricted_to[1]", "not a number"),
    ("assigned bool", 17, '  "assigned_advisor": true', 17, "assigned_advisor", "not true/false"),
    # missing fields
    ("missing schema", 2, None, 1, "schema", "required but missing"),
    ("missing reference", 3, None, 1, "reference", "required but missing"),
    ("missing question", 5, None, 1, "question", "required but missing"),
    ("missing received_at", 6, None, 1, "received_at", "required but missing"),
    ("missing person ref", 8, None, 7, "person.reference", "required but missing"),
    ("missing family name", 10, None, 7, "person.family_name", "required but missing"),
    ("missing date of birth", 11, None, 7, "person.date_of_birth", "required but missing"),
    # unknown and duplicate keys
    ("unknown root key", 3, '  "priority": "high", "reference": "GD-2026-000123",', 3, "priority", "unknown field"),
    ("unknown nested key", 9, '    "nickname": "An", "given_names": "Anna",', 9, "person.nickname", "unknown field"),
    ("duplicate key", 4, '  "case_type": "acceptance-income", "reference": "x",', 4, "reference", "more than once"),
    ("schema version", 2, '  "schema": "medunit-intake/2",', 2, "schema", "must be 'medunit-intake/1'"),
    # references and enumerations
    ("reference lower case", 3, '  "reference": "gd-2026-000123",', 3, "reference", "must look like GD-2026-000123"),
    ("reference 6 capitals", 3, '  "reference": "GDOSSR-2026-000123",', 3, "reference", "must look like"),
    ("reference short year", 3, '  "reference": "GD-26-000123",', 3, "reference", "must look like"),
    ("reference newline", 3, '  "reference": "GD-2026-000123\\n",', 3, "reference", "must look like"),
    ("person reference", 8, '    "reference": "P-12345",', 8, "person.reference", "must look like P-000123"),
    ("case type", 4, '  "case_type": "life-insurance",', 4, "case_type", "must be one of acceptance-income"),
    ("legal basis unknown", 13, '    "bsn_legal_basis": "toestemming"', 13, "person.bsn_legal_basis", "must be one of"),
    # dates
    ("date format", 6, '  "received_at": "20-11-2026",', 6, "received_at", "YYYY-MM-DD"),
    ("date compact", 6, '  "received_at": "20261120",', 6, "received_at", "YYYY-MM-DD"),
    ("date with time", 6, '  "received_at": "2026-11-20T10:00",', 6, "received_at", "YYYY-MM-DD"),
    ("date not existing", 6, '  "received_at": "2026-02-30",', 6, "received_at", "not an existing calendar date"),
    ("received in future", 6, '  "received_at": "2026-11-26",', 6, "received_at", "must not be in the future"),
    ("born in future", 11, '    "date_of_birth": "2027-01-01",', 11, "person.date_of_birth", "in the future"),
    ("older than 120", 11, '    "date_of_birth": "1905-11-25",', 11, "person.date_of_birth", "above 120"),
    # BSN
    ("bsn eleven-test", 12, '    "bsn": "111222334",', 12, "person.bsn", "fails the eleven-test"),
    ("bsn eight digits", 12, '    "bsn": "11122233",', 12, "person.bsn", "exactly nine digits"),
    ("bsn with dots", 12, '    "bsn": "1112.22.333",', 12, "person.bsn", "exactly nine digits"),
    ("bsn zeros", 12, '    "bsn": "000000000",', 12, "person.bsn", "eleven-test"),
    ("bsn without basis", 13, None, 12, "person.bsn_legal_basis", "required with a BSN"),
    ("basis without bsn", 12, None, 12, "person.bsn_legal_basis", "only allowed together with a BSN"),
    # names and question
    ("name with digit", 9, '    "given_names": "Anna2",', 9, "person.given_names", "only letters"),
    ("name empty", 9, '    "given_names": "",', 9, "person.given_names", "1 to 100 characters"),
    ("name only dots", 9, '    "given_names": "..",', 9, "person.given_names", "only letters"),
    ("name leading space", 10, '    "family_name": " de Vries",', 10, "person.family_name", "space"),
    ("name too long", 10, '    "family_name": "' + "a" * 101 + '",', 10, "person.family_name", "1 to 100"),
    ("question blank", 5, '  "question": "   ",', 5, "question", "must not be empty"),
    ("question too long", 5, '  "question": "' + "x" * 4001 + '",', 5, "question", "at most 4000"),
    ("question control", 5, '  "question": "bell \\u0007",', 5, "question", "control characters"),
    # restriction
    ("restricted_to not restricted", 15, '  "restricted": false,', 16, "restricted_to", "only allowed when"),
    ("restricted_to without flag", 15, None, 15, "restricted_to", "only allowed when 'restricted' is true"),
    ("restricted_to empty", 16, '  "restricted_to": [],', 16, "restricted_to", "at least one user"),
    ("restricted_to bad name", 16, '  "restricted_to": ["Dr Jansen"],', 16, "restricted_to[0]", "must be a user name"),
    ("restricted_to twice", 16, '  "restricted_to": ["dr.jansen", "dr.jansen"],', 16, "restricted_to[1]", "twice"),
    ("assigned not allowed", 17, '  "assigned_advisor": "dr.bakker"', 17, "assigned_advisor", "restricted_to"),
    ("assigned bad name", 17, '  "assigned_advisor": "x"', 17, "assigned_advisor", "must be a user name"),
    # malformed JSON: the decoder's own line
    ("missing comma", 3, '  "reference": "GD-2026-000123"', 4, "(syntax)", "Expecting ',' delimiter (column 3)"),
    ("trailing comma", 17, '  "assigned_advisor": "dr.jansen",', 18, "(syntax)", "Expecting property name"),
    ("single quotes", 8, "    'reference': 'P-000123',", 8, "(syntax)", "double quotes"),
    ("unterminated string", 9, '    "given_names": "Anna,', 9, "(syntax)", "Invalid control character"),
    ("comment", 1, "{ // intake", 1, "(syntax)", "Expecting property name"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("at", "new", "line", "field", "problem"),
    [case[1:] for case in REFUSALS],
    ids=[case[0] for case in REFUSALS],
)
def test_refusal(at: int, new: str | None, line: int, field: str, problem: str) -> None:
    text = replace_line(at, new)
    if new is None and at in (13, 17):  # keep the JSON valid: drop the comma before the removed last member
        lines = text.split("\n")
        lines[at - 2] = lines[at - 2].rstrip(",")
        text = "\n".join(lines)
    got = refusal(text)
    assert got[:2] == (line, field), got
    assert problem in got[2], got


def test_refusal_message_is_one_line_without_values() -> None:
    text = replace_line(12, '    "bsn": "111222334",')
    with pytest.raises(ValidationError) as info:
        parse_intake(text, TODAY)
    assert info.value.message == (
        "Intake refused: line 12, field 'person.bsn': is not a valid BSN (it fails the eleven-test)"
    )
    text = replace_line(9, '    "given_names": "Anna2",')
    with pytest.raises(ValidationError) as info:
        parse_intake(text, TODAY)
    assert "Anna" not in info.value.message and "\n" not in info.value.message


def test_nested_key_line_is_its_own_not_an_earlier_mention() -> None:
    # "reference" and "bsn" appear earlier (root key, inside the question): the nested key's own line counts.
    text = replace_line(5, '  "question": "Is \\"bsn\\": \\"1\\" relevant? \\"reference\\": nee",')
    text = replace_line(8, '    "reference": "P-1",', text)
    assert refusal(text)[:2] == (8, "person.reference")
    text = replace_line(12, '    "bsn": "111222334",', text.replace('"P-1"', '"P-000123"'))
    assert refusal(text)[:2] == (12, "person.bsn")


def test_array_items_on_their_own_lines() -> None:
    text = replace_line(16, '  "restricted_to": [\n    "dr.jansen",\n    "Not A User"\n  ],')
    assert refusal(text)[:2] == (18, "restricted_to[1]")


def test_person_of_wrong_type() -> None:
    text = EXAMPLE[: EXAMPLE.index('"person"')] + '"person": "P-000123",\n' + EXAMPLE[EXAMPLE.index('  "restricted"') :]
    assert refusal(text) == (7, "person", "must be an object, not a string")


def test_line_numbers_with_crlf() -> None:
    text = replace_line(11, '    "date_of_birth": "2030-01-01",').replace("\n", "\r\n")
    assert refusal(text)[:2] == (11, "person.date_of_birth")


def test_compact_file_reports_line_one() -> None:
    data = json.loads(EXAMPLE)
    data["person"]["bsn"] = "111222334"
    assert refusal(json.dumps(data))[:2] == (1, "person.bsn")


def test_unknown_key_is_shown_safely() -> None:
    text = replace_line(3, "  \"it's\\n" + "k" * 100 + '": 1, "reference": "GD-2026-000123",')
    line, field, problem = refusal(text)
    assert (line, problem) == (3, "unknown field")
    assert "\n" not in field and "'" not in field and len(field) <= 60


@pytest.mark.parametrize(
    ("text", "field", "problem"),
    [
        ("", "(syntax)", "Expecting value"),
        ("  \t ", "(syntax)", "Expecting value"),
        ("[]", "(root)", "not a list"),
        ("null", "(root)", "not null"),
        ('"intake"', "(root)", "not a string"),
        ("1" * 5000, "(root)", "not a number"),
        ("{}", "schema", "required but missing"),
        ('{"schema": 1}', "schema", "must be a string"),
        ("{} {}", "(syntax)", "Extra data"),
        ('{"schema": NaN}', "schema", "not a number"),
    ],
)
def test_refusal_of_whole_file(text: str, field: str, problem: str) -> None:
    line, got_field, got_problem = refusal(text)
    assert (line, got_field) == (1, field)
    assert problem in got_problem


def test_truncated_file() -> None:
    text = EXAMPLE[: EXAMPLE.index('"bsn"')]
    assert refusal(text)[:2] == (12, "(syntax)")


def test_deeply_nested_file() -> None:
    text = '{"schema": "medunit-intake/1",\n"x":\n' + "[" * 100_000 + "]" * 100_000 + "}"
    line, field, problem = refusal(text)
    assert field == "(syntax)" and "nested" in problem and line == 3


def test_moderately_nested_value_is_a_type_error() -> None:
    text = replace_line(9, '    "given_names": ' + "[" * 500 + "]" * 500 + ",")
    assert refusal(text)[:3] == (9, "person.given_names", "must be a string, not a list")


def test_oversized_file() -> None:
    assert refusal(EXAMPLE, max_bytes=100)[:2] == (1, "(file)")
    assert "larger than 100 bytes" in refusal(EXAMPLE, max_bytes=100)[2]
    # bytes, not characters, count: 60 two-byte characters are 120 bytes
    assert refusal('"' + "é" * 60 + '"', max_bytes=100)[:2] == (1, "(file)")
    parse_intake(EXAMPLE, TODAY, max_bytes=len(EXAMPLE.encode()))


def test_default_limit_is_one_mebibyte() -> None:
    text = '{"schema": "' + "x" * 1_048_576 + '"}'
    assert refusal(text)[:2] == (1, "(file)")


# --------------------------------------------------------------------------------------------------------------
# JSON Schema for the docs


def test_json_schema_matches_the_parser() -> None:
    assert INTAKE_JSON_SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    props = INTAKE_JSON_SCHEMA["properties"]
    assert set(props) == set(json.loads(EXAMPLE))
    assert set(props["person"]["properties"]) == set(json.loads(EXAMPLE)["person"])
    assert props["schema"] == {"const": INTAKE_SCHEMA_ID}
    assert INTAKE_JSON_SCHEMA["additionalProperties"] is False
    assert props["person"]["additionalProperties"] is False
    json.dumps(INTAKE_JSON_SCHEMA)  # serialisable for the docs


# --------------------------------------------------------------------------------------------------------------
# Nothing but ValidationError, whatever the input

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20,
)


def _check_only_validation_errors(text: str) -> None:
    try:
        parse_intake(text, TODAY)
    except ValidationError as exc:
        line = exc.params["line"]
        assert isinstance(line, int) and 1 <= line <= text.count("\n") + 1
        assert exc.message.startswith("Intake refused: line ")


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_arbitrary_text_only_raises_validation_error(text: str) -> None:
    _check_only_validation_errors(text)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(json_values, st.sampled_from([None, 0, 2]))
def test_arbitrary_json_only_raises_validation_error(value: object, indent: int | None) -> None:
    _check_only_validation_errors(json.dumps(value, indent=indent))


_PATHS = [(key,) for key in json.loads(EXAMPLE)] + [("person", key) for key in json.loads(EXAMPLE)["person"]]


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_PATHS), json_values | st.text(), st.booleans(), st.sampled_from([None, 2]))
def test_mutated_example_only_raises_validation_error(
    path: tuple[str, ...], value: object, delete: bool, indent: int | None
) -> None:
    data = json.loads(EXAMPLE)
    target = data
    for key in path[:-1]:
        target = target[key]
    if delete:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    text = json.dumps(data, indent=indent, ensure_ascii=False)
    _check_only_validation_errors(text)

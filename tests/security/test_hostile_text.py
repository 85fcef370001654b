"""Text that disguises itself or breaks the program, sent in as a file or typed by an insider: lone
surrogates, bidirectional overrides and invisible characters are refused with a clear message."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from medunit.domain import advice, consent, contact, requests
from medunit.domain.consent import Addressee
from medunit.domain.records import CaseType
from medunit.errors import ValidationError
from medunit.services import audit, records, stores
from medunit.store.access_log import LogFilter
from tests.support.cli import cli
from tests.support.unit import SECOND_ADVISOR, USER_PASS, Unit, add_second_advisor, intake_json, make_cli_unit

#: every character the issue names, plus a few of the same family
HOSTILE = [
    *[chr(c) for c in range(0x202A, 0x202F)],
    *[chr(c) for c in range(0x2066, 0x206A)],
    *[chr(c) for c in range(0x200B, 0x2010)],
    "\u3164",
    "\ufeff",
]


@pytest.fixture
def unit(store_dir: Path, policy, monkeypatch: pytest.MonkeyPatch) -> Iterator[Unit]:  # type: ignore[no-untyped-def]
    yield make_cli_unit(store_dir, policy, monkeypatch)


def _import(capsys: pytest.CaptureFixture[str], unit: Unit, tmp_path: Path, text: str) -> tuple[int, str, str]:
    path = tmp_path / "intake.json"
    path.write_text(text, encoding="utf-8")
    return cli(capsys, "intake", "import", str(path), "--store", str(unit.root), "--as", "dr.jansen")


def test_a_lone_surrogate_is_a_refusal_not_an_internal_error(
    unit: Unit, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = intake_json("GD-2026-000500", "P-000500").replace("een AOV?", "een AOV? \\ud800")
    code, out, err = _import(capsys, unit, tmp_path, doc)
    assert (code, out) == (1, "")
    assert "internal error" not in err
    # one message (Dutch first, the English under it: medunit/i18n.py), its English exactly this
    assert err.strip().split("\n  (English) ")[-1] == (
        "Intake refused: line 5, field 'question': is not valid Unicode (a lone surrogate at character 49)"
    )
    doc = intake_json("GD-2026-000500", "P-000500").replace('"Anna"', '"An\\udc00na"')
    code, _, err = _import(capsys, unit, tmp_path, doc)
    assert code == 1 and "field 'person.given_names': is not valid Unicode" in err


@pytest.mark.parametrize("char", HOSTILE, ids=[f"U+{ord(c):04X}" for c in HOSTILE])
@pytest.mark.parametrize("field", ["family_name", "given_names", "question"])
def test_bidi_and_invisible_characters_are_refused_in_intake(
    unit: Unit, tmp_path: Path, capsys: pytest.CaptureFixture[str], char: str, field: str
) -> None:
    doc = json.loads(intake_json("GD-2026-000501", "P-000501"))
    target = doc if field == "question" else doc["person"]
    target[field] = target[field][:2] + char + target[field][2:]
    code, out, err = _import(capsys, unit, tmp_path, json.dumps(doc, indent=2, ensure_ascii=False))
    assert (code, out) == (1, "")
    path = field if field == "question" else f"person.{field}"
    assert f"field '{path}': must not hold invisible or text-direction characters (U+{ord(char):04X}" in err
    assert char not in err  # the message never repeats the text


def test_a_leading_byte_order_mark_is_still_fine(
    unit: Unit, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _import(capsys, unit, tmp_path, "\ufeff" + intake_json("GD-2026-000502", "P-000502"))[0] == 0


def test_free_text_typed_at_the_command_line_is_checked(unit: Unit, capsys: pytest.CaptureFixture[str]) -> None:
    s = str(unit.root)
    code, _, err = cli(
        capsys, "entry", "add", "--case", "GD-2026-000001", "--kind", "note", "--text",
        "Verwijzing naar \u202egnidnuvnietsnu", "--store", s, "--as", "dr.jansen",
    )  # fmt: skip
    assert code == 1
    assert "The entry must not hold invisible or text-direction characters (U+202E at character 17)" in err
    code, _, err = cli(
        capsys, "contact", "add", "--case", "GD-2026-000001", "--subject", "complaint", "--channel", "e-mail",
        "--department", "Klant\u200bservice", "--store", s, "--as", "dr.jansen",
    )  # fmt: skip
    assert code == 1 and "The department must not hold invisible" in err


def test_break_glass_reason_is_checked_and_the_refusal_logged(unit: Unit, policy) -> None:  # type: ignore[no-untyped-def]
    staff = add_second_advisor(unit)  # an advisor the case is not restricted to
    try:
        with pytest.raises(ValidationError, match="The reason must not hold invisible"):
            records.break_glass(staff, "GD-2026-000002", "Spoed\u2066 advies vandaag nodig")
        assert "GD-2026-000002" not in staff.broken_glass
    finally:
        staff.close()
    po = stores.unlock(unit.root, "po.bakker", USER_PASS, policy)
    try:
        glass = [e for e in audit.entries(po, LogFilter()) if e.action == "case.break-glass"]
        assert [(e.user, e.outcome) for e in glass] == [(SECOND_ADVISOR, "refused")]
    finally:
        po.close()


CHECKS: list[tuple[str, Callable[[str], object]]] = [
    ("addressee", lambda t: consent.check_addressee(Addressee(name=t))),
    ("institution", lambda t: consent.check_addressee(Addressee(name="dr. Bakker", institution=t))),
    ("specialism", lambda t: consent.check_addressee(Addressee(name="dr. Bakker", specialism=t))),
    ("questions", requests.check_questions),
    ("remark", advice.check_remark),
    (
        "exclusion",
        lambda t: advice.check_outcome(CaseType.ACCEPTANCE, {"decision": "accept-with-exclusion", "exclusion": t}),
    ),
    ("department", lambda t: contact.check_contact("complaint", "e-mail", t)),
]


@pytest.mark.parametrize(("name", "check"), CHECKS, ids=[n for n, _ in CHECKS])
def test_every_free_text_rule_refuses_hostile_text(name: str, check: Callable[[str], object]) -> None:
    check("Gewone tekst")
    for bad in ("Tekst \u202e omgekeerd", "Tekst\u3164", "Te\ufeffkst", "Tekst \ud800"):
        with pytest.raises(ValidationError, match=r"must not hold|not valid Unicode"):
            check(bad)


def test_digital_reference_is_checked() -> None:
    from datetime import UTC, datetime, timedelta

    now = datetime(2026, 11, 25, tzinfo=UTC)
    with pytest.raises(ValidationError, match="reference must not hold control"):
        consent.check_grant(
            categories=("diagnosis",), method="digital", evidence_attachment_id=None,
            digital_reference="PORTAL-1\x1b[2J", obtained_at=now, valid_until=now + timedelta(days=30), now=now,
        )  # fmt: skip

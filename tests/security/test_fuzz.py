"""Hostile input never escapes as an unhandled exception: policy files, validators, consent rules.
(Intake JSON and export verification have their own hypothesis tests in tests/unit.)"""

from __future__ import annotations

import contextlib
import re
from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from medunit.config.policy import PolicyError, parse_policy_text
from medunit.domain.advice import check_big_number, check_outcome, check_remark
from medunit.domain.bsn import check_bsn, elfproef
from medunit.domain.consent import Addressee, check_addressee, check_grant
from medunit.domain.contact import check_contact
from medunit.domain.records import CaseType
from medunit.errors import ValidationError

toml_values = st.one_of(
    st.integers(-(10**12), 10**12),
    st.booleans(),
    st.text(max_size=20),
    st.floats(allow_nan=False),
    st.lists(st.integers(), max_size=3),
    st.fixed_dictionaries({"value": st.integers(-5, 500)}, optional={"locked": st.booleans()}),
)
KEYS = [
    "store.location",
    "session.idle_lock_minutes",
    "retention.recordings_days",
    "ui.language",
    "security.kdf_memory_kib",
    "nope.key",
    "store.workstation_binding",
    "attachments.max_mb",
]


def _toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {_toml(v)}" for k, v in value.items()) + " }"
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return repr(value)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(KEYS), toml_values, max_size=5))
def test_policy_files_are_accepted_or_refused_with_a_named_key(entries: dict[str, object]) -> None:
    text = "\n".join(f"{k} = {_toml(v)}" for k, v in entries.items())
    try:
        settings_ = parse_policy_text(text, "fuzz.toml")
    except PolicyError as exc:
        assert "fuzz.toml" in exc.message
    else:
        assert set(settings_) <= set(KEYS)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_policy_arbitrary_text(text: str) -> None:
    with contextlib.suppress(PolicyError):
        parse_policy_text(text, "fuzz.toml")


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=30))
def test_bsn_validator(text: str) -> None:
    try:
        bsn = check_bsn(text)
    except ValidationError as exc:
        assert not re.search(r"\d{5}", exc.message)  # never echoes more than the last four digits
    else:
        assert elfproef(bsn)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=20), st.text(max_size=20), st.one_of(st.none(), st.text(max_size=12)))
def test_addressee_validator(name: str, institution: str, agb: str | None) -> None:
    with contextlib.suppress(ValidationError):
        check_addressee(Addressee(name, institution, "", agb))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(max_size=15), max_size=3),
    st.text(max_size=15),
    st.one_of(st.none(), st.integers(-5, 50)),
    st.one_of(st.none(), st.text(max_size=10)),
    st.datetimes(timezones=st.just(UTC)),
    st.datetimes(timezones=st.just(UTC)),
)
def test_consent_rules(
    cats: list[str], method: str, evidence: int | None, ref: str | None, a: datetime, b: datetime
) -> None:
    with contextlib.suppress(ValidationError):
        check_grant(
            categories=tuple(cats),
            method=method,
            evidence_attachment_id=evidence,
            digital_reference=ref,
            obtained_at=a,
            valid_until=b,
            now=datetime(2026, 11, 25, tzinfo=UTC),
        )


outcome_values = st.one_of(
    st.none(), st.integers(-1000, 1000), st.text(max_size=12), st.booleans(), st.dates().map(lambda d: d.isoformat())
)


@settings(max_examples=400, deadline=None)
@given(
    st.sampled_from(list(CaseType)),
    st.dictionaries(
        st.sampled_from(
            [
                "decision",
                "exclusion",
                "premium_loading_percent",
                "postpone_months",
                "incapacity_percent",
                "period_start",
                "period_end",
                "causal_relation",
                "end_state",
                "impairment_percent",
                "next_step",
                "other",
            ]
        ),
        outcome_values,
        max_size=5,
    ),
    st.text(max_size=600),
    st.text(max_size=15),
)
def test_advice_validators(case_type: CaseType, raw: dict[str, object], remark: str, big: str) -> None:
    for fn, args in ((check_outcome, (case_type, raw)), (check_remark, (remark,)), (check_big_number, (big,))):
        with contextlib.suppress(ValidationError):
            fn(*args)  # type: ignore[operator]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=15), st.text(max_size=15), st.text(max_size=120))
def test_contact_validator(subject: str, channel: str, department: str) -> None:
    with contextlib.suppress(ValidationError):
        check_contact(subject, channel, department)

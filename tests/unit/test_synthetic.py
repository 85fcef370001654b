"""Synthetic cases: deterministic, valid, and accepted by the intake parser."""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Iterator

import pytest

from medunit.domain.bsn import elfproef
from medunit.domain.intake import parse_intake
from medunit.domain.records import BSN_LEGAL_BASES, CaseStatus, CaseType, EntryKind
from medunit.domain.synthetic import SyntheticCase, SyntheticGenerator

TODAY = datetime.date(2026, 11, 25)
N = 2000


@pytest.fixture(scope="module")
def cases() -> list[SyntheticCase]:
    return list(SyntheticGenerator(42).cases(N, TODAY))


def test_deterministic_per_seed_and_index() -> None:
    a, b = SyntheticGenerator(42), SyntheticGenerator(42)
    assert a.case(17, TODAY) == b.case(17, TODAY)
    assert a.intake_json(17, TODAY) == b.intake_json(17, TODAY)
    # independent of what was generated before
    assert list(a.cases(20, TODAY))[17] == b.case(17, TODAY)
    assert list(a.cases(3, TODAY, start=16))[1] == b.case(17, TODAY)


def test_seeds_and_indexes_differ() -> None:
    gen = SyntheticGenerator(42)
    assert gen.case(1, TODAY) != gen.case(2, TODAY)
    assert gen.case(1, TODAY).person != SyntheticGenerator(43).case(1, TODAY).person


def test_negative_index_is_refused() -> None:
    with pytest.raises(ValueError):
        SyntheticGenerator(1).case(-1, TODAY)


def test_references_mark_synthetic_data(cases: list[SyntheticCase]) -> None:
    for case in cases:
        assert re.fullmatch(r"SYN-\d{4}-\d{6}", case.reference)
        assert case.reference.endswith(f"-{case.index:06d}")
        assert re.fullmatch(r"P-9\d{5}", case.person.reference)
    assert len({c.reference for c in cases}) == N
    assert len({c.person.reference for c in cases}) == N


def test_every_bsn_passes_the_eleven_test_and_has_a_legal_basis(cases: list[SyntheticCase]) -> None:
    with_bsn = [c for c in cases if c.person.bsn is not None]
    for case in cases:
        assert (case.person.bsn is None) == (case.person.bsn_legal_basis is None)
    for case in with_bsn:
        assert case.person.bsn is not None and elfproef(case.person.bsn)
        assert case.person.bsn_legal_basis in BSN_LEGAL_BASES
    assert 0.25 < len(with_bsn) / N < 0.35


def test_shares_and_variety(cases: list[SyntheticCase]) -> None:
    assert {c.case_type for c in cases} == set(CaseType)
    assert {c.status for c in cases} == set(CaseStatus)
    restricted = [c for c in cases if c.restricted]
    assert 0.03 < len(restricted) / N < 0.07
    for case in restricted:
        assert case.restricted_to and case.assigned_advisor in case.restricted_to
    assert all(c.restricted_to == () for c in cases if not c.restricted)
    facts = [c.criminal_record for c in cases if c.criminal_record is not None]
    assert 0 < len(facts) < 0.1 * N
    assert any(f.older_than_reporting_period for f in facts)
    assert any(not f.older_than_reporting_period for f in facts)
    for fact in facts:
        eight_years_ago = TODAY.replace(year=TODAY.year - 8)
        assert fact.older_than_reporting_period == (fact.fact_date < eight_years_ago)
        assert fact.text and fact.fact_date < TODAY
    names = {(c.person.given_names, c.person.family_name) for c in cases}
    assert len(names) > N // 2


def test_dates_are_plausible(cases: list[SyntheticCase]) -> None:
    for case in cases:
        assert TODAY - datetime.timedelta(days=730) <= case.received_at <= TODAY
        age = (case.received_at - case.person.date_of_birth).days / 365.25
        assert 17 < age < 68
        for entry in case.entries:
            assert case.received_at <= entry.written_on <= TODAY
            if entry.kind is EntryKind.RECORDING:  # kept at most 4 weeks
                assert (TODAY - entry.written_on).days < 28
        assert [e.written_on for e in case.entries] == sorted(e.written_on for e in case.entries)


def test_health_entries(cases: list[SyntheticCase]) -> None:
    counts = [len(c.entries) for c in cases]
    assert min(counts) >= 8 and max(counts) <= 12
    assert 9.5 < sum(counts) / N < 10.5
    kinds = [e.kind for c in cases for e in c.entries]
    assert set(kinds) == set(EntryKind)
    assert kinds.count(EntryKind.RECORDING) < 0.06 * len(kinds)
    text = " ".join(e.text for c in cases[:500] for e in c.entries)
    for phrase in ("hernia nuclei pulposi", "burn-out", "diabetes mellitus type 2", "artrose knie", "metformine"):
        assert phrase in text
    assert all(e.text and e.title and e.author for c in cases for e in c.entries)


def test_every_intake_json_parses(cases: list[SyntheticCase]) -> None:
    gen = SyntheticGenerator(42)
    for case in cases:
        text = gen.intake_json(case.index, TODAY)
        request = parse_intake(text, TODAY)
        assert request.reference == case.reference
        assert request.case_type is case.case_type
        assert request.question == case.question
        assert request.received_at == case.received_at
        assert request.person.reference == case.person.reference
        assert request.person.given_names == case.person.given_names
        assert request.person.family_name == case.person.family_name
        assert request.person.date_of_birth == case.person.date_of_birth
        assert request.person.bsn == case.person.bsn
        assert request.person.bsn_legal_basis == case.person.bsn_legal_basis
        assert request.restricted == case.restricted
        assert request.restricted_to == case.restricted_to
        assert request.assigned_advisor == case.assigned_advisor


def test_intake_json_is_readable_json() -> None:
    text = SyntheticGenerator(5).intake_json(3, TODAY)
    assert text.endswith("\n") and text.count("\n") > 10
    assert json.loads(text)["schema"] == "medunit-intake/1"


def test_generation_streams_and_reaches_any_index_directly() -> None:
    """A 100,000-case demo or benchmark store is filled from a stream that never holds the cases, and any
    slice starts at its own index without generating those before it (how fast that is belongs in
    tests/bench/, not here: no timed assertion in the normal suite)."""
    gen = SyntheticGenerator(9)
    stream = gen.cases(100_000, TODAY)
    assert isinstance(stream, Iterator) and not isinstance(stream, (list, tuple))
    assert next(stream) == gen.case(0, TODAY)
    assert list(gen.cases(2, TODAY, start=99_998)) == [gen.case(99_998, TODAY), gen.case(99_999, TODAY)]

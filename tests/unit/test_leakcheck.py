"""The remark leak check (medunit.domain.leakcheck)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medunit.domain.dutch_common import COMMON_DUTCH_WORDS
from medunit.domain.leakcheck import (
    REASON_DIAGNOSIS,
    REASON_MEDICATION,
    REASON_RARE,
    REASON_SPECIALISM,
    Leak,
    find_leaks,
    fold,
    stem,
)

ENTRIES = [
    "MRI: hernia nuclei pulposi L5-S1 links, lichte spondylolisthesis graad 1.",
    "Behandeling door orthopeed; gebruikt metformine 500 mg en ibuprofen bij pijn.",
]


def words(leaks: list[Leak]) -> list[str]:
    return [leak.word for leak in leaks]


def test_ordinary_exclusion_wording_is_not_flagged() -> None:
    assert find_leaks("Accepteren met uitsluiting van rugklachten", ENTRIES) == []
    assert find_leaks("Accepteren met uitsluiting van rugklachten", ["hernia nuclei pulposi L5"]) == []


@pytest.mark.parametrize(
    "remark",
    [
        "Geen bezwaar tegen acceptatie.",
        "Geen bezwaar tegen acceptatie met een premieopslag van 50 procent.",
        "Herbeoordeling over zes maanden na afronding van de behandeling.",
        "Nadere informatie opgevraagd bij de behandelaar; advies volgt.",
        "Arbeidsongeschikt voor 35% vanaf 1 januari, daarna herbeoordeling.",
    ],
)
def test_ordinary_advice_wording_is_not_flagged(remark: str) -> None:
    assert find_leaks(remark, ENTRIES) == []


@pytest.mark.parametrize(
    ("remark", "word", "reason"),
    [
        ("Uitsluiting i.v.m. hernia.", "hernia", REASON_DIAGNOSIS),
        ("Gebruikt Metformine.", "metformine", REASON_MEDICATION),
        ("Onder behandeling bij de psychiater.", "psychiater", REASON_SPECIALISM),
        ("Burn-out in 2021.", "burn-out", REASON_DIAGNOSIS),
        ("Bekend met DEPRESSIE.", "depressie", REASON_DIAGNOSIS),
        ("Eerdere depressies.", "depressies", REASON_DIAGNOSIS),
        ("Uitsluiting voor diabetescomplicaties.", "diabetescomplicaties", REASON_DIAGNOSIS),
        ("Controle bij de cardioloog.", "cardioloog", REASON_SPECIALISM),
        ("Gebruik van sertraline en oxazepam.", "oxazepam", REASON_MEDICATION),
        ("Status na hartinfarct.", "hartinfarct", REASON_DIAGNOSIS),
        ("Reumatoïde klachten.", "reumatoïde", REASON_DIAGNOSIS),
        ("COPD.", "copd", REASON_DIAGNOSIS),
    ],
)
def test_medical_vocabulary_is_flagged_without_entries(remark: str, word: str, reason: str) -> None:
    leaks = find_leaks(remark, [])
    assert Leak(word, reason) in leaks


def test_rare_word_from_the_entries_is_flagged() -> None:
    leaks = find_leaks("Uitsluiting wegens pulposi van de wervelkolom.", ENTRIES)
    assert leaks == [Leak("pulposi", REASON_RARE)]


def test_rare_word_only_counts_when_it_is_in_the_entries() -> None:
    assert find_leaks("Uitsluiting wegens pulposi.", ["Geen bijzonderheden."]) == []


def test_spondylolisthesis_is_flagged() -> None:
    leaks = find_leaks("Uitsluiting voor spondylolisthesis.", ENTRIES)
    assert words(leaks) == ["spondylolisthesis"]
    # Also when the word is not in the vocabulary but copied from the entries.
    leaks = find_leaks("Uitsluiting voor listhesis.", ["Bekend met listhesis."])
    assert leaks == [Leak("listhesis", REASON_RARE)]


def test_stemming_and_accents_link_remark_and_entries() -> None:
    entries = ["Recidiverende sinusitiden bekend; sinusitis maxillaris."]
    assert words(find_leaks("Uitsluiting sinusitis.", entries)) == ["sinusitis"]
    assert words(find_leaks("Bekend met fistels.", ["Perianale fistel"])) == ["fistels"]
    assert words(find_leaks("Cafe", ["cafés hier"])) == []  # shorter than 5 letters
    assert words(find_leaks("coxartrosé", ["coxartrose rechts"])) == ["coxartrosé"]


def test_short_words_and_common_words_are_not_flagged() -> None:
    assert find_leaks("pijn in de rug", ["pijn in de rug"]) == []
    assert find_leaks("Het gezin is bekend.", ["Het gezin is bekend."]) == []


def test_findings_are_sorted_and_deduplicated() -> None:
    leaks = find_leaks("Metformine, hernia, metformine en HERNIA; spondylolisthesis", ENTRIES)
    assert leaks == sorted(leaks)
    assert words(leaks) == ["hernia", "metformine", "spondylolisthesis"]


def test_custom_common_words_replace_the_builtin_list() -> None:
    assert words(find_leaks("pulposi", ENTRIES, frozenset({"pulposi"}))) == []
    assert words(find_leaks("gezondheid", ["gezondheid"], frozenset())) == ["gezondheid"]


def test_the_common_list_has_no_medical_terms() -> None:
    assert len(COMMON_DUTCH_WORDS) >= 1000
    assert all(w == fold(w) for w in COMMON_DUTCH_WORDS)
    assert find_leaks(" ".join(sorted(COMMON_DUTCH_WORDS)), []) == []


def test_helpers() -> None:
    assert fold("Patiënt Reumatoïde") == "patient reumatoide"
    assert stem("klachten") == "klacht"
    assert stem("hernias") == "hernia"
    assert stem("ziekte") == "ziekt"
    assert stem("ms") == "ms"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.lists(st.text(max_size=80), max_size=3))
def test_never_raises(remark: str, entries: list[str]) -> None:
    leaks = find_leaks(remark, entries)
    assert leaks == sorted(set(leaks))

"""Leak check for the advice remark: does the free text that leaves the unit reveal health data?

The remark goes to the case handler, who must learn the outcome, not the health data behind it. Before an
advice is signed the remark is checked for

(a) Dutch medical vocabulary: diagnoses, medication and medical specialisms (a built-in list), and
(b) words it shares with this case's health entries that are rare in ordinary Dutch (not among the
    frequent words of ``medunit.domain.dutch_common``), e.g. "spondylolisthesis" copied from a letter.

Matching is case-insensitive, accent-insensitive and uses a simple stemmer (strip -en, -s or -e).
Pure functions, no I/O. A finding is a warning for the advisor, not proof of a leak.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from medunit.domain.dutch_common import COMMON_DUTCH_WORDS

MIN_RARE_LENGTH = 5
#: Vocabulary terms at least this long are also found inside compounds ("herniaoperatie", "diabetespatient").
MIN_COMPOUND_LENGTH = 5

REASON_DIAGNOSIS = "medical term: diagnosis or condition"
REASON_MEDICATION = "medical term: medication"
REASON_SPECIALISM = "medical term: specialism or specialist"
REASON_RARE = "rare word that also occurs in the case's health entries"

_DIAGNOSES = """
hernia artrose artritis burn-out burnout depressie depressief depressieve diabetes diabeet kanker carcinoom
tumor tumoren metastase metastasen melanoom lymfoom leukemie whiplash reuma reumatoide astma copd hartinfarct
infarct herseninfarct beroerte cva tia hartfalen angina aritmie boezemfibrilleren hypertensie hypotensie
epilepsie migraine parkinson alzheimer dementie multiple sclerose ms hiv aids hepatitis tuberculose
psychose schizofrenie bipolair bipolaire manie manisch angststoornis paniekstoornis ptss posttraumatische
adhd autisme anorexia boulimia eetstoornis verslaving alcoholisme obesitas fibromyalgie cvs
longembolie trombose embolie aneurysma nierfalen nierinsufficientie dialyse cirrose pancreatitis crohn
colitis prikkelbare glaucoom cataract staar maculadegeneratie tinnitus doofheid slechthorendheid
osteoporose jicht spondylose spondylartrose spondylolisthesis stenose scoliose discopathie ischias
rsi epicondylitis tenniselleboog carpaaltunnelsyndroom fractuur fracturen hersenschudding
commotio contusie distorsie luxatie ruptuur meniscus kruisband artroscopie prothese
zwangerschap zwanger miskraam ivf endometriose suicide suicidaal suicidepoging zelfmoord automutilatie
overspannen overspanning surmenage hyperventilatie slaapapneu narcolepsie lymeziekte borreliose
sarcoidose psoriasis eczeem lupus sle sjogren bechterew spondylitis polyneuropathie neuropathie
hernia's cardiomyopathie hartklep bypass dotter dotterbehandeling stent pacemaker icd chemotherapie
chemo bestraling radiotherapie immunotherapie amputatie transplantatie astmatisch diabetisch
"""

_MEDICATION = """
metformine insuline gliclazide ibuprofen diclofenac naproxen paracetamol tramadol oxycodon morfine fentanyl
codeine sertraline paroxetine citalopram escitalopram fluoxetine venlafaxine duloxetine mirtazapine
amitriptyline nortriptyline oxazepam diazepam lorazepam temazepam alprazolam zolpidem quetiapine
olanzapine risperidon haloperidol aripiprazol lithium methylfenidaat ritalin concerta dexamfetamine
levothyroxine thyrax prednison prednisolon methotrexaat adalimumab humira etanercept infliximab
omeprazol pantoprazol esomeprazol simvastatine atorvastatine rosuvastatine metoprolol bisoprolol
atenolol amlodipine lisinopril enalapril losartan valsartan hydrochloorthiazide furosemide
acetylsalicylzuur ascal carbasalaatcalcium clopidogrel apixaban rivaroxaban dabigatran acenocoumarol
warfarine salbutamol ventolin budesonide fluticason tiotropium pregabaline gabapentine carbamazepine
valproaat levetiracetam lamotrigine methadon buprenorfine naltrexon antabuse disulfiram antidepressiva
antidepressivum antipsychotica benzodiazepine benzodiazepinen opioiden opiaten antibiotica amoxicilline
"""

_SPECIALISMS = """
orthopedie orthopeed orthopedisch psychiatrie psychiater psychiatrisch psycholoog psychologie
psychotherapeut psychotherapie cardiologie cardioloog neurologie neuroloog neurologisch oncologie oncoloog
oncologisch reumatologie reumatoloog longarts pulmonologie internist endocrinologie endocrinoloog
gastro-enterologie maag-darm-leverarts mdl-arts nefrologie nefroloog urologie uroloog gynaecologie
gynaecoloog dermatologie dermatoloog oogarts oftalmologie kno-arts neurochirurg neurochirurgie chirurg
chirurgie revalidatiearts revalidatie fysiotherapeut fysiotherapie ergotherapeut ergotherapie
geriater geriatrie anesthesioloog pijnpoli pijnbestrijding radioloog
radiologie psychomotorisch ggz verslavingszorg
"""


def fold(text: str) -> str:
    """Lowercase and strip accents ("Patiënt" → "patient")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def stem(word: str) -> str:
    """A deliberately simple Dutch stemmer: strip one of -en, -s, -e (keeping at least 3 letters)."""
    for suffix in ("en", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _vocabulary() -> dict[str, str]:
    vocab: dict[str, str] = {}
    for words, reason in (
        (_DIAGNOSES, REASON_DIAGNOSIS),
        (_MEDICATION, REASON_MEDICATION),
        (_SPECIALISMS, REASON_SPECIALISM),
    ):
        for word in words.split():
            vocab.setdefault(fold(word), reason)
    return vocab


#: folded term → reason
MEDICAL_TERMS: dict[str, str] = _vocabulary()
# Short or ambiguous abbreviations are matched as whole words only (never inside other words).
_WHOLE_WORD_ONLY = frozenset({"cva", "tia", "sle", "icd", "rsi", "ggz", "chemo", "staar", "manie", "stent", "dotter"})
_STEMMED_TERMS: dict[str, str] = {}
for _term, _reason in MEDICAL_TERMS.items():
    _STEMMED_TERMS.setdefault(stem(_term), _reason)
_COMPOUND_TERMS: tuple[tuple[str, str], ...] = tuple(
    sorted(
        (t, r)
        for t, r in MEDICAL_TERMS.items()
        if len(t) >= MIN_COMPOUND_LENGTH and t not in _WHOLE_WORD_ONLY and "-" not in t
    )
)

_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")


@dataclass(frozen=True, order=True)
class Leak:
    word: str  # as written in the remark, lowercased
    reason: str


def words_of(text: str) -> list[str]:
    """The words of a text (letters, with inner hyphens/apostrophes), lowercased, in order."""
    return [m.group(0).casefold() for m in _WORD.finditer(text)]


def _parts(folded: str) -> list[str]:
    """The word itself plus, for hyphenated words, its parts ("burn-out" stays whole, "mdl-arts" too)."""
    parts = [folded]
    if "-" in folded:
        parts.extend(p for p in folded.split("-") if p)
    return parts


def _medical_reason(folded: str) -> str | None:
    for part in _parts(folded):
        if part in MEDICAL_TERMS:
            return MEDICAL_TERMS[part]
        hit = _STEMMED_TERMS.get(stem(part))
        if hit is not None:
            return hit
        for term, reason in _COMPOUND_TERMS:
            if term in part:
                return reason
    return None


class LeakChecker:
    """The leak check bound to one case's health entries, for checking text again and again (the advice
    editor checks on every key press). Keeps only the stems of the entries' words, not their text."""

    def __init__(self, health_texts: Iterable[str], common_words: frozenset[str] | None = None) -> None:
        self.common = COMMON_DUTCH_WORDS if common_words is None else frozenset(fold(w) for w in common_words)
        self.common_stems = {stem(w) for w in self.common}
        self.health_stems: set[str] = set()
        for text in health_texts:
            for word in words_of(text):
                for part in _parts(fold(word)):
                    self.health_stems.add(stem(part))

    def reason(self, word: str) -> str | None:
        """Why ``word`` may reveal health data, or None."""
        folded = fold(word)
        reason = _medical_reason(folded)
        if reason is not None:
            return reason
        for part in _parts(folded):
            stemmed = stem(part)
            if (
                len(part) >= MIN_RARE_LENGTH
                and part not in self.common
                and stemmed not in self.common_stems
                and stemmed in self.health_stems
            ):
                return REASON_RARE
        return None

    def find(self, free_text: str) -> list[Leak]:
        """Words of ``free_text`` that may reveal health data, sorted and deduplicated."""
        found: dict[str, Leak] = {}
        for word in words_of(free_text):
            folded = fold(word)
            if folded in found:
                continue
            reason = self.reason(word)
            if reason is not None:
                found[folded] = Leak(word, reason)
        return sorted(set(found.values()))

    def spans(self, free_text: str) -> list[tuple[int, int, Leak]]:
        """Where each finding occurs in ``free_text`` (start, length, finding): what the editor underlines."""
        out: list[tuple[int, int, Leak]] = []
        for match in _WORD.finditer(free_text):
            word = match.group(0).casefold()
            reason = self.reason(word)
            if reason is not None:
                out.append((match.start(), len(match.group(0)), Leak(word, reason)))
        return out


def find_leaks(free_text: str, health_texts: list[str], common_words: frozenset[str] | None = None) -> list[Leak]:
    """Words of ``free_text`` that may reveal health data, sorted and deduplicated.

    ``common_words`` replaces the built-in list of frequent Dutch words (lowercase, accents folded).
    """
    return LeakChecker(health_texts, common_words).find(free_text)

"""Realistic synthetic cases for demos, tests and benchmarks (plain Python, no I/O).

Everything here is fictitious. Names are common Dutch given and family names, combined at random, so a
name alone never tells synthetic from real. What marks the data as synthetic are the references:

* general dossier references start with ``SYN-`` (``SYN-2026-000123``): the general dossier never issues
  that prefix;
* person references are in the range ``P-900000`` .. ``P-999999`` (``P-9`` and five digits).

BSNs are random nine-digit numbers that pass the eleven-test (*elfproef*); they are not taken from the
ranges set aside for testing, so one may by chance be a real person's number: never use synthetic data
outside medunit's own stores.

:class:`SyntheticGenerator` is deterministic: the same seed, index and ``today`` always give the same case,
whatever else was generated before, so a test can ask for case 41 alone. It is cheap (a few hundred
random draws per case), so 100 000 cases take seconds.
"""

from __future__ import annotations

import datetime
import json
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Final, TypeVar

from medunit.domain.intake import INTAKE_SCHEMA_ID
from medunit.domain.records import BSN_LEGAL_BASES, CaseStatus, CaseType, EntryKind

_T = TypeVar("_T")

SYNTHETIC_DOSSIER_PREFIX: Final = "SYN-"
SYNTHETIC_PERSON_PREFIX: Final = "P-9"
CRIMINAL_RECORD_REPORTING_YEARS: Final = 8

BSN_SHARE: Final = 0.30  # persons with a BSN (always with a legal basis)
RESTRICTED_SHARE: Final = 0.05
CRIMINAL_RECORD_SHARE: Final = 0.03
RECORDING_SHARE: Final = 0.03  # of health entries
RECEIVED_WITHIN_DAYS: Final = 730


@dataclass(frozen=True)
class SyntheticPerson:
    reference: str
    given_names: str
    family_name: str
    date_of_birth: datetime.date
    bsn: str | None = None
    bsn_legal_basis: str | None = None


@dataclass(frozen=True)
class SyntheticEntry:
    kind: EntryKind
    written_on: datetime.date
    author: str
    title: str
    text: str


@dataclass(frozen=True)
class SyntheticCriminalFact:
    text: str
    fact_date: datetime.date
    #: True when the fact is more than 8 years old on the generation day: it need not be reported.
    older_than_reporting_period: bool


@dataclass(frozen=True)
class SyntheticCase:
    index: int
    reference: str
    case_type: CaseType
    status: CaseStatus
    question: str
    received_at: datetime.date
    person: SyntheticPerson
    entries: tuple[SyntheticEntry, ...]
    restricted: bool = False
    restricted_to: tuple[str, ...] = ()
    assigned_advisor: str | None = None
    criminal_record: SyntheticCriminalFact | None = field(default=None)

    def intake_dict(self) -> dict[str, Any]:
        """The case as an intake file (schema ``medunit-intake/1``) would carry it."""
        person: dict[str, Any] = {
            "reference": self.person.reference,
            "given_names": self.person.given_names,
            "family_name": self.person.family_name,
            "date_of_birth": self.person.date_of_birth.isoformat(),
        }
        if self.person.bsn is not None:
            person["bsn"] = self.person.bsn
            person["bsn_legal_basis"] = self.person.bsn_legal_basis
        data: dict[str, Any] = {
            "schema": INTAKE_SCHEMA_ID,
            "reference": self.reference,
            "case_type": self.case_type.value,
            "question": self.question,
            "received_at": self.received_at.isoformat(),
            "person": person,
        }
        if self.restricted:
            data["restricted"] = True
            data["restricted_to"] = list(self.restricted_to)
        if self.assigned_advisor is not None:
            data["assigned_advisor"] = self.assigned_advisor
        return data


# --------------------------------------------------------------------------------------------------------------
# Vocabulary

_GIVEN_FEMALE: Final = (
    "Anna", "Emma", "Sophie", "Julia", "Lotte", "Sanne", "Eva", "Lisa", "Fleur", "Anouk", "Femke", "Iris",
    "Marieke", "Ingrid", "Petra", "Monique", "Esther", "Linda", "Saskia", "Wilma", "Johanna", "Maria",
    "Cornelia", "Hendrika", "Renée", "Zoë", "Chloë", "Noëlle", "Inès", "Fatima", "Yasmina", "Priya", "Mila",
    "Tess", "Noor", "Lieke", "Joyce", "Annemiek", "Geertje", "Daphne",
)  # fmt: skip
_GIVEN_MALE: Final = (
    "Jan", "Pieter", "Daan", "Bram", "Thijs", "Ruben", "Lucas", "Sem", "Jesse", "Joost", "Mark", "Dennis",
    "Erik", "Marco", "Henk", "Kees", "Gerrit", "Willem", "Johannes", "Cornelis", "Hendrik", "Teun", "Stijn",
    "Niels", "Sander", "Bas", "Martijn", "René", "André", "Joël", "Mohamed", "Youssef", "Ahmet", "Rajesh",
    "Luuk", "Gijs", "Wouter", "Arjen", "Frits", "Maarten",
)  # fmt: skip
_FAMILY: Final = (
    "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit",
    "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker",
    "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs",
    "de Haan", "Vermeulen", "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn", "van der Heijden",
    "Schouten", "van Beek", "Willems", "van Vliet", "van de Ven", "Hoekstra", "Maas", "Verhoeven", "Koster",
    "van Dam", "van der Wal", "Prins", "Blom", "Huisman", "'t Hart", "Postma", "Kuipers", "Wijnands",
    "Yılmaz", "El Amrani", "Ramdin", "Nguyen", "Çelik", "Bouzid", "Oosterhuis",
)  # fmt: skip
_ADVISORS: Final = ("dr.jansen", "dr.de-vries", "dr.bakker", "m.visser", "dr.el-amrani", "dr.smit")
_STAFF: Final = ("s.mulder", "k.dekker", "t.prins", "a.kok")

_Condition = tuple[str, str, str, str]
#: (diagnosis, typical complaint, specialism, medication); medication may be empty
_CONDITIONS: Final[tuple[_Condition, ...]] = (
    ("hernia nuclei pulposi L5-S1", "uitstralende pijn in het linkerbeen", "neurochirurgie", "ibuprofen 400 mg"),
    ("lumbago", "lage rugpijn", "orthopedie", "diclofenac 50 mg"),
    ("burn-out", "vermoeidheid en concentratieproblemen", "psychiatrie", ""),
    ("depressieve stoornis, matig", "somberheid en slaapproblemen", "psychiatrie", "sertraline 50 mg"),
    ("gegeneraliseerde angststoornis", "piekeren en hartkloppingen", "psychiatrie", "escitalopram 10 mg"),
    ("diabetes mellitus type 2", "dorst en moeheid", "interne geneeskunde", "metformine 500 mg"),
    ("hypertensie", "hoofdpijn", "cardiologie", "amlodipine 5 mg"),
    ("atriumfibrilleren", "hartkloppingen", "cardiologie", "metoprolol 50 mg"),
    ("status na myocardinfarct", "pijn op de borst bij inspanning", "cardiologie", "acetylsalicylzuur 80 mg"),
    ("artrose knie rechts", "pijn en stijfheid van de rechterknie", "orthopedie", "paracetamol 1000 mg"),
    ("artrose heup links", "startpijn in de linkerheup", "orthopedie", "naproxen 250 mg"),
    ("rotator cuff ruptuur rechts", "pijn bij heffen van de rechterarm", "orthopedie", ""),
    ("carpaaltunnelsyndroom", "tintelingen in de vingers", "neurologie", ""),
    ("migraine zonder aura", "aanvallen van bonzende hoofdpijn", "neurologie", "sumatriptan 50 mg"),
    ("whiplash-associated disorder graad II", "nekpijn en hoofdpijn", "neurologie", "ibuprofen 600 mg"),
    ("astma", "kortademigheid bij inspanning", "longziekten", "salbutamol inhalator"),
    ("COPD GOLD II", "hoesten en kortademigheid", "longziekten", "tiotropium inhalator"),
    ("ziekte van Crohn", "buikpijn en diarree", "maag-darm-leverziekten", "mesalazine 500 mg"),
    ("reumatoïde artritis", "gezwollen en pijnlijke handgewrichten", "reumatologie", "methotrexaat 15 mg"),
    ("fibromyalgie", "pijn op wisselende plaatsen", "reumatologie", "amitriptyline 10 mg"),
    ("mammacarcinoom, in remissie", "vermoeidheid na behandeling", "oncologie", "tamoxifen 20 mg"),
    ("fractuur distale radius links", "pijn en bewegingsbeperking van de linkerpols", "traumatologie", ""),
    ("enkeldistorsie rechts", "zwelling van de rechterenkel", "traumatologie", "paracetamol 500 mg"),
    ("posttraumatische stressstoornis", "herbelevingen en schrikreacties", "psychiatrie", ""),
    ("obstructief slaapapneusyndroom", "overmatige slaperigheid overdag", "longziekten", ""),
)  # fmt: skip
_ACCIDENTS: Final = (
    "een kop-staartaanrijding",
    "een val van een trap op het werk",
    "een aanrijding als fietser",
    "een uitglijpartij op een nat winkelpad",
    "een bedrijfsongeval met een heftruck",
    "een val van een steiger",
)
_OCCUPATIONS: Final = (
    "zelfstandig loodgieter",
    "fysiotherapeut",
    "tandarts",
    "ZZP-ontwikkelaar",
    "schilder",
    "eigenaar van een bakkerij",
    "hovenier",
    "accountant",
    "kapper",
    "dierenarts",
)
_INSTITUTIONS: Final = (
    "Ziekenhuis Rivierenland",
    "Medisch Centrum Noordwest",
    "Streekziekenhuis De Lier",
    "Universitair Medisch Centrum Oost",
    "Zorggroep Het Hof",
)
_OFFENCES: Final = (
    ("verduistering in dienstbetrekking", "taakstraf van 80 uur"),
    ("rijden onder invloed", "geldboete van € 750 en ontzegging van de rijbevoegdheid"),
    ("valsheid in geschrift", "voorwaardelijke gevangenisstraf van 3 maanden"),
    ("oplichting", "taakstraf van 120 uur"),
    ("eenvoudige mishandeling", "geldboete van € 400"),
    ("verzekeringsfraude", "voorwaardelijke gevangenisstraf van 2 maanden"),
)
_NOTES: Final = (
    "Dossier doorgenomen. Nadere informatie nodig van de behandelend specialist {specialism}.",
    "Telefonisch contact met betrokkene: klachten ({complaint}) wisselend, werkt halve dagen.",
    "Belastbaarheid besproken; beperkingen vooral door {complaint}.",
    "Toestemming voor opvragen medische informatie ontvangen en vastgelegd.",
    "Advies in concept: {diagnosis}, prognose gunstig bij voortzetting behandeling.",
    "Rappel verstuurd: antwoord van {specialism} nog niet ontvangen.",
)
_DOSAGES: Final = ("1dd1", "2dd1", "3dd1", "zo nodig")
_COURSES: Final = (
    "Beloop gunstig, controle over zes maanden.",
    "Wisselend beloop; fysiotherapie loopt.",
    "Restklachten te verwachten; eindtoestand nog niet bereikt.",
    "Stabiel sinds de laatste controle.",
)
_CITIES: Final = ("Amsterdam", "Utrecht", "Zwolle", "Arnhem", "Den Bosch", "Groningen", "Rotterdam", "Breda")

_CASE_TYPES_WEIGHTED: Final = (CaseType.ACCEPTANCE,) * 5 + (CaseType.INCAPACITY,) * 4 + (CaseType.PERSONAL_INJURY,)
_OPEN_STATUSES: Final = (CaseStatus.NEW, CaseStatus.IN_PROGRESS, CaseStatus.WAITING)
_DONE_STATUSES: Final = (CaseStatus.ADVISED, CaseStatus.CLOSED)
_ENTRY_KINDS_WEIGHTED: Final = (
    (EntryKind.DECLARATION,) * 2
    + (EntryKind.NOTE,) * 4
    + (EntryKind.DOCTOR_LETTER,) * 2
    + (EntryKind.DOCTOR_ANSWER,) * 2
)
_BSN_WEIGHTS: Final = (9, 8, 7, 6, 5, 4, 3, 2)
_LEGAL_BASIS_BY_TYPE: Final = {
    CaseType.ACCEPTANCE: (BSN_LEGAL_BASES[2],),
    CaseType.INCAPACITY: (BSN_LEGAL_BASES[0], BSN_LEGAL_BASES[1]),
    CaseType.PERSONAL_INJURY: (BSN_LEGAL_BASES[0],),
}


class _Draw:
    """Random draws from one seeded :class:`random.Random`, using only ``random()``: several times faster than
    ``choice``/``randint``, which matters for 100 000 cases of ten entries each."""

    __slots__ = ("_rng", "random")

    def __init__(self, seed: str) -> None:
        self._rng = random.Random(seed)  # noqa: S311 - fictitious test data, not secrets
        self.random = self._rng.random

    def pick(self, seq: Sequence[_T]) -> _T:
        return seq[int(self.random() * len(seq))]

    def below(self, n: int) -> int:
        return int(self.random() * n)

    def between(self, low: int, high: int) -> int:
        """``low`` .. ``high`` inclusive, like :meth:`random.Random.randint`."""
        return low + int(self.random() * (high - low + 1))

    def sample(self, seq: Sequence[_T], k: int) -> list[_T]:
        return self._rng.sample(seq, k)


def _random_bsn(rng: _Draw) -> str:
    """Nine digits passing the eleven-test: eight random digits and the check digit that fits them."""
    while True:
        digits = [rng.below(10) for _ in range(8)]
        check = sum(d * w for d, w in zip(digits, _BSN_WEIGHTS, strict=True)) % 11
        if check < 10 and any(digits):
            return "".join(map(str, digits)) + str(check)


def _years_before(day: datetime.date, years: int) -> datetime.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _written_on(entry: SyntheticEntry) -> datetime.date:
    return entry.written_on


def _dutch(day: datetime.date) -> str:
    return f"{day.day:02d}-{day.month:02d}-{day.year}"


class SyntheticGenerator:
    """Deterministic fictitious cases: ``case(i, today)`` depends only on the seed, ``i`` and ``today``."""

    def __init__(self, seed: int) -> None:
        self.seed = seed

    def _rng(self, index: int) -> _Draw:
        return _Draw(f"medunit-synthetic/{self.seed}/{index}")

    def cases(self, n: int, today: datetime.date, start: int = 0) -> Iterator[SyntheticCase]:
        """Cases ``start`` .. ``start + n - 1``."""
        for index in range(start, start + n):
            yield self.case(index, today)

    def intake_json(self, index: int, today: datetime.date) -> str:
        """Case ``index`` as an intake file's text; it passes :func:`medunit.domain.intake.parse_intake`."""
        return json.dumps(self.case(index, today).intake_dict(), ensure_ascii=False, indent=2) + "\n"

    def case(self, index: int, today: datetime.date) -> SyntheticCase:
        if index < 0:
            raise ValueError("index must not be negative")
        rng = self._rng(index)
        case_type = rng.pick(_CASE_TYPES_WEIGHTED)
        received_at = today - datetime.timedelta(days=rng.below(RECEIVED_WITHIN_DAYS + 1))
        person = self._person(rng, index, received_at, case_type)
        condition = rng.pick(_CONDITIONS)
        onset = received_at - datetime.timedelta(
            days=rng.between(14, 8 * 365 if case_type is CaseType.ACCEPTANCE else 900)
        )
        question = self._question(rng, case_type, condition, onset)

        age_days = (today - received_at).days
        if age_days > 120 or (age_days > 30 and rng.random() < 0.6):
            status = rng.pick(_DONE_STATUSES)
        else:
            status = rng.pick(_OPEN_STATUSES)

        restricted = rng.random() < RESTRICTED_SHARE
        restricted_to: tuple[str, ...] = ()
        assigned: str | None = None
        if restricted:
            restricted_to = tuple(rng.sample(_ADVISORS, rng.between(1, 2)))
            assigned = restricted_to[0]
        elif status is not CaseStatus.NEW or rng.random() < 0.5:
            assigned = rng.pick(_ADVISORS)

        entries = self._entries(rng, condition, onset, received_at, today, assigned or _ADVISORS[0])
        criminal = self._criminal(rng, today) if rng.random() < CRIMINAL_RECORD_SHARE else None
        return SyntheticCase(
            index=index,
            reference=f"{SYNTHETIC_DOSSIER_PREFIX}{received_at.year}-{index % 1_000_000:06d}",
            case_type=case_type,
            status=status,
            question=question,
            received_at=received_at,
            person=person,
            entries=entries,
            restricted=restricted,
            restricted_to=restricted_to,
            assigned_advisor=assigned,
            criminal_record=criminal,
        )

    # ----------------------------------------------------------------------------------------------------------

    @staticmethod
    def _person(rng: _Draw, index: int, received: datetime.date, case_type: CaseType) -> SyntheticPerson:
        given_pool = _GIVEN_FEMALE if rng.random() < 0.5 else _GIVEN_MALE
        given = rng.pick(given_pool)
        if rng.random() < 0.25:
            second = rng.pick(given_pool)
            if second != given:
                given = f"{given} {second}"
        family = rng.pick(_FAMILY)
        if rng.random() < 0.08:  # double family name after marriage
            other = rng.pick(_FAMILY)
            if other != family:
                family = f"{family}-{other}"
        age_years = rng.between(18, 66)
        born = _years_before(received, age_years) - datetime.timedelta(days=rng.below(365))
        bsn = basis = None
        if rng.random() < BSN_SHARE:
            bsn = _random_bsn(rng)
            basis = rng.pick(_LEGAL_BASIS_BY_TYPE[case_type])
        return SyntheticPerson(
            reference=f"{SYNTHETIC_PERSON_PREFIX}{index % 100_000:05d}",
            given_names=given,
            family_name=family,
            date_of_birth=born,
            bsn=bsn,
            bsn_legal_basis=basis,
        )

    @staticmethod
    def _question(rng: _Draw, case_type: CaseType, condition: _Condition, onset: datetime.date) -> str:
        diagnosis, complaint, specialism, _medication = condition
        if case_type is CaseType.ACCEPTANCE:
            return (
                f"Aanvraag arbeidsongeschiktheidsverzekering, beroep {rng.pick(_OCCUPATIONS)}. In de "
                f"gezondheidsverklaring meldt kandidaat {diagnosis} (sinds {onset.year}), behandeld via {specialism}. "
                "Graag uw advies: acceptatie tegen normale voorwaarden, met uitsluiting, met premieopslag of afwijzen?"
            )
        if case_type is CaseType.INCAPACITY:
            return (
                f"Verzekerde heeft zich per {_dutch(onset)} arbeidsongeschikt gemeld wegens {complaint}. "
                f"Behandelend arts noemt {diagnosis}. Graag uw advies over de mate van arbeidsongeschiktheid "
                "voor het eigen beroep en de te verwachten duur."
            )
        return (
            f"Letselschade na {rng.pick(_ACCIDENTS)} op {_dutch(onset)}. Betrokkene meldt sindsdien {complaint}. "
            "Graag uw advies over het causaal verband met het ongeval, eventuele pre-existente klachten en de "
            "medische eindtoestand."
        )

    @staticmethod
    def _entries(
        rng: _Draw,
        condition: _Condition,
        onset: datetime.date,
        received: datetime.date,
        today: datetime.date,
        advisor: str,
    ) -> tuple[SyntheticEntry, ...]:
        diagnosis, complaint, specialism, medication = condition
        words = {"diagnosis": diagnosis, "complaint": complaint, "specialism": specialism}
        span = (today - received).days
        entries: list[SyntheticEntry] = []
        for _ in range(rng.between(8, 12)):
            kind = EntryKind.RECORDING if rng.random() < RECORDING_SHARE else rng.pick(_ENTRY_KINDS_WEIGHTED)
            if kind is EntryKind.DECLARATION:
                title = f"Gezondheidsverklaring, vraag {rng.between(1, 14)}"
                text = (
                    f"Ja. {complaint.capitalize()} sinds {onset.year}. Diagnose {diagnosis}. "
                    + (f"Gebruikt {medication}. " if medication else "Geen medicatie. ")
                    + f"Onder behandeling geweest bij {specialism}."
                )
                entries.append(SyntheticEntry(kind, received, "kandidaat", title, text))
                continue
            if kind is EntryKind.RECORDING:  # recordings are kept at most 4 weeks: only recent ones exist
                day = max(received, today - datetime.timedelta(days=rng.between(0, 27)))
                text = f"Gesprek met betrokkene over {complaint}; duur {rng.between(3, 25)} minuten."
                entries.append(SyntheticEntry(kind, day, rng.pick(_STAFF), "Opname telefoongesprek", text))
                continue
            day = received + datetime.timedelta(days=rng.below(span + 1))
            if kind is EntryKind.NOTE:
                text = rng.pick(_NOTES).format_map(words)
                entries.append(
                    SyntheticEntry(kind, day, rng.pick(_STAFF) if rng.random() < 0.4 else advisor, "Notitie", text)
                )
            elif kind is EntryKind.DOCTOR_LETTER:
                title = f"Informatieverzoek aan afdeling {specialism}, {rng.pick(_INSTITUTIONS)}"
                text = (
                    f"Geachte collega, betrokkene is bij u bekend met {diagnosis}. Wilt u aangeven: de diagnose, "
                    "de ingestelde behandeling, het beloop en de prognose? Een machtiging is bijgevoegd."
                )
                entries.append(SyntheticEntry(kind, day, advisor, title, text))
            else:
                title = f"Antwoord {specialism}, {rng.pick(_INSTITUTIONS)}"
                dosage = f"Medicatie: {medication}, {rng.pick(_DOSAGES)}. " if medication else ""
                text = (
                    f"Betrokkene is sinds {_dutch(onset)} onder behandeling wegens {diagnosis}. "
                    f"Klachten: {complaint}. {dosage}{rng.pick(_COURSES)}"
                )
                entries.append(SyntheticEntry(kind, day, f"afdeling {specialism}", title, text))
        entries.sort(key=_written_on)
        return tuple(entries)

    @staticmethod
    def _criminal(rng: _Draw, today: datetime.date) -> SyntheticCriminalFact:
        offence, sentence = rng.pick(_OFFENCES)
        fact_date = today - datetime.timedelta(days=rng.between(200, 15 * 365))
        city = rng.pick(_CITIES)
        return SyntheticCriminalFact(
            text=f"Veroordeling wegens {offence} door de politierechter in {city}: {sentence}.",
            fact_date=fact_date,
            older_than_reporting_period=fact_date < _years_before(today, CRIMINAL_RECORD_REPORTING_YEARS),
        )

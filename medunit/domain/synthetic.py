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
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Final

from medunit.domain.intake import INTAKE_SCHEMA_ID
from medunit.domain.records import BSN_LEGAL_BASES, CaseStatus, CaseType, EntryKind

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

# (diagnosis, typical complaint, specialism, medication) — medication may be empty
_CONDITIONS: Final = (
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
_CITIES: Final = ("Amsterdam", "Utrecht", "Zwolle", "Arnhem", "Den Bosch", "Groningen", "Rotterdam", "Breda")

_CASE_TYPES: Final = tuple(CaseType)
_CASE_WEIGHTS: Final = (5, 4, 1)
_OPEN_STATUSES: Final = (CaseStatus.NEW, CaseStatus.IN_PROGRESS, CaseStatus.WAITING)
_DONE_STATUSES: Final = (CaseStatus.ADVISED, CaseStatus.CLOSED)
_ENTRY_KINDS: Final = (EntryKind.DECLARATION, EntryKind.NOTE, EntryKind.DOCTOR_LETTER, EntryKind.DOCTOR_ANSWER)
_ENTRY_WEIGHTS: Final = (2, 4, 2, 2)
_BSN_WEIGHTS: Final = (9, 8, 7, 6, 5, 4, 3, 2)
_LEGAL_BASIS_BY_TYPE: Final = {
    CaseType.ACCEPTANCE: (BSN_LEGAL_BASES[2],),
    CaseType.INCAPACITY: (BSN_LEGAL_BASES[0], BSN_LEGAL_BASES[1]),
    CaseType.PERSONAL_INJURY: (BSN_LEGAL_BASES[0],),
}


def _random_bsn(rng: random.Random) -> str:
    """Nine digits passing the eleven-test: eight random digits and the check digit that fits them."""
    while True:
        digits = [rng.randrange(10) for _ in range(8)]
        check = sum(d * w for d, w in zip(digits, _BSN_WEIGHTS, strict=True)) % 11
        if check < 10 and any(digits):
            return "".join(map(str, digits)) + str(check)


def _years_before(day: datetime.date, years: int) -> datetime.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _dutch(day: datetime.date) -> str:
    return day.strftime("%d-%m-%Y")


class SyntheticGenerator:
    """Deterministic fictitious cases: ``case(i, today)`` depends only on the seed, ``i`` and ``today``."""

    def __init__(self, seed: int) -> None:
        self.seed = seed

    def _rng(self, index: int) -> random.Random:
        return random.Random(f"medunit-synthetic/{self.seed}/{index}")  # noqa: S311 - test data, not secrets

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
        case_type = rng.choices(_CASE_TYPES, _CASE_WEIGHTS)[0]
        received_at = today - datetime.timedelta(days=rng.randrange(RECEIVED_WITHIN_DAYS + 1))
        person = self._person(rng, index, received_at, case_type)
        condition = rng.choice(_CONDITIONS)
        question = self._question(rng, case_type, condition, received_at)

        age_days = (today - received_at).days
        if age_days > 120 or (age_days > 30 and rng.random() < 0.6):
            status = rng.choice(_DONE_STATUSES)
        else:
            status = rng.choice(_OPEN_STATUSES)

        restricted = rng.random() < RESTRICTED_SHARE
        restricted_to: tuple[str, ...] = ()
        assigned: str | None = None
        if restricted:
            restricted_to = tuple(rng.sample(_ADVISORS, rng.randint(1, 2)))
            assigned = restricted_to[0]
        elif status is not CaseStatus.NEW or rng.random() < 0.5:
            assigned = rng.choice(_ADVISORS)

        entries = self._entries(rng, condition, received_at, today, assigned or _ADVISORS[0])
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
    def _person(rng: random.Random, index: int, received: datetime.date, case_type: CaseType) -> SyntheticPerson:
        given_pool = _GIVEN_FEMALE if rng.random() < 0.5 else _GIVEN_MALE
        given = rng.choice(given_pool)
        if rng.random() < 0.25:
            second = rng.choice(given_pool)
            if second != given:
                given = f"{given} {second}"
        family = rng.choice(_FAMILY)
        if rng.random() < 0.08:  # double family name after marriage
            other = rng.choice(_FAMILY)
            if other != family:
                family = f"{family}-{other}"
        age_years = rng.randint(18, 66)
        born = _years_before(received, age_years) - datetime.timedelta(days=rng.randrange(365))
        bsn = basis = None
        if rng.random() < BSN_SHARE:
            bsn = _random_bsn(rng)
            basis = rng.choice(_LEGAL_BASIS_BY_TYPE[case_type])
        return SyntheticPerson(
            reference=f"{SYNTHETIC_PERSON_PREFIX}{index % 100_000:05d}",
            given_names=given,
            family_name=family,
            date_of_birth=born,
            bsn=bsn,
            bsn_legal_basis=basis,
        )

    @staticmethod
    def _question(
        rng: random.Random, case_type: CaseType, condition: tuple[str, str, str, str], received: datetime.date
    ) -> str:
        diagnosis, complaint, specialism, _medication = condition
        if case_type is CaseType.ACCEPTANCE:
            occupation = rng.choice(_OCCUPATIONS)
            year = received.year - rng.randint(1, 12)
            return (
                f"Aanvraag arbeidsongeschiktheidsverzekering, beroep {occupation}. In de gezondheidsverklaring "
                f"meldt kandidaat {diagnosis} (sinds {year}), behandeld via {specialism}. Graag uw advies: "
                "acceptatie tegen normale voorwaarden, met uitsluiting, met premieopslag of afwijzen?"
            )
        if case_type is CaseType.INCAPACITY:
            since = received - datetime.timedelta(days=rng.randint(14, 120))
            return (
                f"Verzekerde heeft zich per {_dutch(since)} arbeidsongeschikt gemeld wegens {complaint}. "
                f"Behandelend arts noemt {diagnosis}. Graag uw advies over de mate van arbeidsongeschiktheid "
                "voor het eigen beroep en de te verwachten duur."
            )
        accident = rng.choice(_ACCIDENTS)
        on = received - datetime.timedelta(days=rng.randint(30, 900))
        return (
            f"Letselschade na {accident} op {_dutch(on)}. Betrokkene meldt sindsdien {complaint}. Graag uw advies "
            "over het causaal verband met het ongeval, eventuele pre-existente klachten en de medische eindtoestand."
        )

    @staticmethod
    def _entries(
        rng: random.Random,
        condition: tuple[str, str, str, str],
        received: datetime.date,
        today: datetime.date,
        advisor: str,
    ) -> tuple[SyntheticEntry, ...]:
        diagnosis, complaint, specialism, medication = condition
        span = max((today - received).days, 0)
        count = rng.randint(8, 12)
        entries: list[SyntheticEntry] = []
        for _ in range(count):
            if rng.random() < RECORDING_SHARE:
                kind = EntryKind.RECORDING
            else:
                kind = rng.choices(_ENTRY_KINDS, _ENTRY_WEIGHTS)[0]
            if kind is EntryKind.DECLARATION:
                day = received
            elif kind is EntryKind.RECORDING:  # recordings are kept at most 4 weeks: only recent ones exist
                day = max(received, today - datetime.timedelta(days=rng.randint(0, 27)))
            else:
                day = received + datetime.timedelta(days=rng.randint(0, span))
            earlier = day - datetime.timedelta(days=rng.randint(60, 2000))
            institution = rng.choice(_INSTITUTIONS)
            if kind is EntryKind.DECLARATION:
                title = "Gezondheidsverklaring, vraag " + str(rng.randint(1, 14))
                text = (
                    f"Ja. {complaint.capitalize()} sinds {earlier.year}. Diagnose {diagnosis}. "
                    + (f"Gebruikt {medication}. " if medication else "Geen medicatie. ")
                    + f"Onder behandeling geweest bij {specialism}."
                )
                author = "kandidaat"
            elif kind is EntryKind.NOTE:
                title = "Notitie"
                text = rng.choice(
                    (
                        f"Dossier doorgenomen. Nadere informatie nodig van de behandelend specialist {specialism}.",
                        f"Telefonisch contact met betrokkene: klachten ({complaint}) wisselend, werkt halve dagen.",
                        f"Belastbaarheid besproken; beperkingen vooral door {complaint}.",
                        "Toestemming voor opvragen medische informatie ontvangen en vastgelegd.",
                        f"Advies in concept: {diagnosis}, prognose gunstig bij voortzetting behandeling.",
                    )
                )
                author = rng.choice((advisor, *_STAFF))
            elif kind is EntryKind.DOCTOR_LETTER:
                title = f"Informatieverzoek aan afdeling {specialism}, {institution}"
                text = (
                    f"Geachte collega, betrokkene is bij u bekend met {diagnosis}. Wilt u aangeven: de diagnose, "
                    "de ingestelde behandeling, het beloop en de prognose? Een machtiging is bijgevoegd."
                )
                author = advisor
            elif kind is EntryKind.DOCTOR_ANSWER:
                title = f"Antwoord {specialism}, {institution}"
                text = (
                    f"Betrokkene is sinds {_dutch(earlier)} onder behandeling wegens {diagnosis}. "
                    f"Klachten: {complaint}. "
                    + (
                        f"Medicatie: {medication}, {rng.choice(('1dd1', '2dd1', '3dd1', 'zo nodig'))}. "
                        if medication
                        else ""
                    )
                    + rng.choice(
                        (
                            "Beloop gunstig, controle over zes maanden.",
                            "Wisselend beloop; fysiotherapie loopt.",
                            "Restklachten te verwachten; eindtoestand nog niet bereikt.",
                            "Stabiel sinds de laatste controle.",
                        )
                    )
                )
                author = f"afdeling {specialism}"
            else:
                title = "Opname telefoongesprek"
                text = f"Gesprek met betrokkene over {complaint}; duur {rng.randint(3, 25)} minuten."
                author = rng.choice(_STAFF)
            entries.append(SyntheticEntry(kind, day, author, title, text))
        entries.sort(key=lambda e: e.written_on)
        return tuple(entries)

    @staticmethod
    def _criminal(rng: random.Random, today: datetime.date) -> SyntheticCriminalFact:
        offence, sentence = rng.choice(_OFFENCES)
        fact_date = today - datetime.timedelta(days=rng.randint(200, 15 * 365))
        city = rng.choice(_CITIES)
        return SyntheticCriminalFact(
            text=f"Veroordeling wegens {offence} door de politierechter in {city}: {sentence}.",
            fact_date=fact_date,
            older_than_reporting_period=fact_date < _years_before(today, CRIMINAL_RECORD_REPORTING_YEARS),
        )

"""Dutch wording shared by the export documents (dates, consent terms, advice labels)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from functools import cache
from zoneinfo import ZoneInfo

#: The zone every time in a document is shown in: the unit and its readers are in the Netherlands.
ZONE = "Europe/Amsterdam"

_MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)

CONSENT_METHODS: dict[str, str] = {
    "signed-form": "ondertekend machtigingsformulier",
    "digital": "digitale toestemming",
}

CONSENT_CATEGORIES: dict[str, str] = {
    "diagnosis": "diagnose",
    "treatment": "behandeling",
    "medication": "medicatie",
    "prognosis": "prognose",
    "functional-limitations": "functionele beperkingen",
    "medical-history": "medische voorgeschiedenis",
}

#: Roles as a Dutch letter signs them (the sender's role under their name).
ROLE_NAMES_NL: dict[str, str] = {
    "medical-advisor": "Medisch adviseur",
    "unit-staff": "Medewerker functionele eenheid",
    "criminal-record-officer": "Functionaris strafrechtelijk verleden",
    "privacy-officer": "Privacyfunctionaris",
    "unit-admin": "Beheerder functionele eenheid",
}

CASE_TYPES: dict[str, str] = {
    "acceptance-income": "Acceptatie inkomensverzekering (AOV)",
    "incapacity-claim": "Arbeidsongeschiktheidsclaim",
    "personal-injury": "Letselschade",
}

#: The Dutch labels of the whitelisted export fields (EXPORT_FIELDS).
FIELD_LABELS: dict[str, str] = {
    "export_id": "Exportnummer",
    "dossier_reference": "Dossierreferentie",
    "case_type": "Soort aanvraag",
    "outcome": "Uitkomst",
    "remark": "Toelichting",
    "advisor_name": "Medisch adviseur",
    "advisor_big": "BIG-nummer",
    "signed_at": "Ondertekend op",
    "advice_version": "Versie van het advies",
    "exported_at": "Geëxporteerd op",
}

#: The Dutch labels of the outcome fields of all three case types.
OUTCOME_LABELS: dict[str, str] = {
    "decision": "Besluit",
    "exclusion": "Uitsluiting",
    "premium_loading_percent": "Premieopslag",
    "postpone_months": "Uitstel",
    "incapacity_percent": "Mate van arbeidsongeschiktheid",
    "period_start": "Periode vanaf",
    "period_end": "Periode tot en met",
    "causal_relation": "Causaal verband met het ongeval",
    "end_state": "Medische eindtoestand",
    "impairment_percent": "Functionele invaliditeit",
    "next_step": "Vervolgstap",
}

#: The Dutch wording of the enumerated outcome values, per outcome field.
OUTCOME_VALUES: dict[str, dict[str, str]] = {
    "decision": {
        "accept": "accepteren",
        "accept-with-exclusion": "accepteren met uitsluiting",
        "accept-with-premium-loading": "accepteren met premieopslag",
        "postpone": "uitstellen",
        "decline": "afwijzen",
    },
    "causal_relation": {
        "yes": "ja",
        "partial": "gedeeltelijk",
        "no": "nee",
        "undetermined": "niet vast te stellen",
    },
    "end_state": {
        "reached": "bereikt",
        "not-yet-reached": "nog niet bereikt",
    },
    "next_step": {
        "none": "geen",
        "more-information": "nadere medische informatie opvragen",
        "independent-medical-expert": "onafhankelijke medische expertise",
    },
}

_PERCENT_FIELDS = frozenset({"premium_loading_percent", "incapacity_percent", "impairment_percent"})
_DATE_FIELDS = frozenset({"period_start", "period_end"})


def long_date(iso: str) -> str:
    """'2025-03-07' → '7 maart 2025'; anything that is not an ISO date (or datetime) is returned unchanged."""
    try:
        d = date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


@cache
def amsterdam() -> ZoneInfo:
    """Europe/Amsterdam from the system's zone files, else from the ``tzdata`` package (a dependency, so
    a machine without zone files — Windows, a minimal container — has the same rules)."""
    return ZoneInfo(ZONE)


def local_datetime(iso: str) -> datetime | None:
    """An ISO 8601 date-time as Dutch local time (Europe/Amsterdam); a time without a zone is taken as UTC
    (medunit stores UTC). None if ``iso`` is not a date-time (a plain date has no time to convert)."""
    if len(iso.strip()) <= 10:
        return None
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(amsterdam())


def local_date(iso: str) -> str:
    """The Dutch local date (``YYYY-MM-DD``) of an ISO date-time; a plain date (or other text) unchanged."""
    moment = local_datetime(iso)
    return moment.date().isoformat() if moment is not None else iso


def short_datetime(iso: str) -> str:
    """'2025-03-07T13:05:00+00:00' → '2025-03-07 14:05 (UTC+01:00)' in Dutch local time (for tables);
    unparseable text unchanged."""
    moment = local_datetime(iso)
    if moment is None:
        return iso
    return f"{moment:%Y-%m-%d %H:%M} ({_offset(moment)})"


def _offset(moment: datetime) -> str:
    offset = moment.strftime("%z")
    return f"UTC{offset[:3]}:{offset[3:]}"


def long_datetime(iso: str) -> str:
    """'2025-03-07T13:05:00+00:00' → '7 maart 2025, 14:05 (UTC+01:00)': Dutch local time with its offset
    (CET or CEST); unparseable text unchanged."""
    moment = local_datetime(iso)
    if moment is None:
        return iso
    return f"{long_date(moment.date().isoformat())}, {moment:%H:%M} ({_offset(moment)})"


def outcome_value(key: str, value: object) -> str:
    """The Dutch wording of one outcome value (unknown values are shown as they are)."""
    if value is None or value == "":
        return "—"
    if key in OUTCOME_VALUES:
        return OUTCOME_VALUES[key].get(str(value), str(value))
    if key in _PERCENT_FIELDS:
        return f"{value}%"
    if key == "postpone_months":
        return f"{value} maand" if value == 1 else f"{value} maanden"
    if key in _DATE_FIELDS:
        return long_date(str(value))
    return str(value)

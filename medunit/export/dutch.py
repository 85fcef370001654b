"""Dutch wording shared by the export documents (dates, consent terms, advice labels)."""

from __future__ import annotations

from datetime import date

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


def long_datetime(iso: str) -> str:
    """'2025-03-07T14:05:00+00:00' → '7 maart 2025, 14:05 (+00:00)'; unparseable text unchanged."""
    from datetime import datetime

    try:
        dt = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    text = f"{long_date(dt.date().isoformat())}, {dt:%H:%M}"
    if dt.tzinfo is not None:
        offset = dt.strftime("%z")
        text += f" (UTC{offset[:3]}:{offset[3:]})" if offset else ""
    return text


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

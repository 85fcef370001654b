"""The data handed to the document renderers: plain values, built by the services from the store."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RequestLetter:
    """A doctor information request letter (informatieverzoek aan behandelaar)."""

    unit_name: str  # e.g. "Functionele eenheid medisch adviseur"
    request_id: int
    case_reference: str
    date: str  # ISO date of sending (Dutch local date)
    addressee_name: str
    addressee_institution: str
    addressee_specialism: str
    addressee_agb: str | None
    person_name: str
    person_date_of_birth: str
    questions: str
    consent_id: int
    consent_obtained_at: str  # ISO date
    consent_valid_until: str  # ISO date
    consent_method: str  # "signed-form" | "digital"
    consent_categories: tuple[str, ...]
    sender_name: str
    sender_role: str
    demo: bool = False  # made in the demo store: the letter carries a DEMO watermark


@dataclass(frozen=True)
class AdviceExport:
    """Exactly the whitelisted fields of a signed advice (see EXPORT_FIELDS); nothing else exists here."""

    export_id: str
    dossier_reference: str
    case_type: str
    outcome: dict[str, object]
    remark: str
    advisor_name: str
    advisor_big: str
    signed_at: str
    advice_version: int
    exported_at: str


#: The export whitelist, declared once: the JSON document and the PDF are built from these fields only.
EXPORT_FIELDS: tuple[str, ...] = (
    "export_id",
    "dossier_reference",
    "case_type",
    "outcome",
    "remark",
    "advisor_name",
    "advisor_big",
    "signed_at",
    "advice_version",
    "exported_at",
)

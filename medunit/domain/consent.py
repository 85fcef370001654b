"""Consent (toestemming/machtiging) before any doctor is asked for information.

Shaped after HL7 FHIR ``Consent``: a grant (status, patient = person, performer = recorded by, source =
evidence, provision = period + actor (addressee) + purpose (the case) + data categories), followed only
by events (withdrawn, expired). History is never rewritten, so for any moment we can say which consent
covered a request.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from medunit.domain.text import check_text
from medunit.errors import ValidationError


class Method(StrEnum):
    SIGNED_FORM = "signed-form"  # signed form, scanned evidence attached
    DIGITAL = "digital"  # digital consent (e.g. via the insurer's portal), with its reference


class Category(StrEnum):
    DIAGNOSIS = "diagnosis"
    TREATMENT = "treatment"
    MEDICATION = "medication"
    PROGNOSIS = "prognosis"
    LIMITATIONS = "functional-limitations"
    HISTORY = "medical-history"


class EventKind(StrEnum):
    WITHDRAWN = "withdrawn"
    EXPIRED = "expired"


class Status(StrEnum):
    ACTIVE = "active"
    WITHDRAWN = "withdrawn"
    EXPIRED = "expired"
    NOT_YET = "not-yet-valid"


_AGB = re.compile(r"^\d{8}$")


@dataclass(frozen=True)
class Addressee:
    """The doctor or institution asked (FHIR provision.actor)."""

    name: str
    institution: str = ""
    specialism: str = ""
    agb_code: str | None = None

    @property
    def key(self) -> str:
        """Identity for coverage: the AGB code when known, else the normalised name and institution."""
        if self.agb_code:
            return f"agb:{self.agb_code}"
        return f"name:{_norm(self.name)}|{_norm(self.institution)}"

    def label(self) -> str:
        parts = [self.name]
        if self.specialism:
            parts.append(f"({self.specialism})")
        if self.institution:
            parts.append(f"— {self.institution}")
        return " ".join(parts)


def _norm(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"[^a-z0-9 ]", " ", folded).split())


def check_addressee(a: Addressee) -> Addressee:
    if not a.name.strip():
        raise ValidationError("The addressee needs a name.")
    check_text("The addressee's name", a.name, multiline=False, max_chars=200)
    check_text("The institution", a.institution, multiline=False, max_chars=200)
    check_text("The specialism", a.specialism, multiline=False, max_chars=200)
    if a.agb_code is not None and not _AGB.match(a.agb_code):
        raise ValidationError("AGB code '{code}' is not valid: it has 8 digits.", code=a.agb_code)
    return a


@dataclass(frozen=True)
class ConsentGrant:
    id: int
    person_ref: str
    case_ref: str
    addressee: Addressee
    categories: tuple[str, ...]
    method: str
    evidence_attachment_id: int | None
    digital_reference: str | None
    obtained_at: datetime
    valid_until: datetime
    recorded_by: str
    recorded_at: datetime


@dataclass(frozen=True)
class ConsentEvent:
    consent_id: int
    kind: str
    at: datetime
    recorded_by: str


def check_grant(
    *,
    categories: tuple[str, ...],
    method: str,
    evidence_attachment_id: int | None,
    digital_reference: str | None,
    obtained_at: datetime,
    valid_until: datetime,
    now: datetime,
) -> None:
    """The rules a new consent must meet (each refusal says why)."""
    if not categories:
        raise ValidationError("A consent names at least one information category.")
    unknown = [c for c in categories if c not in {x.value for x in Category}]
    if unknown:
        raise ValidationError("Unknown information category '{cat}'.", cat=unknown[0])
    if method == Method.SIGNED_FORM:
        if evidence_attachment_id is None:
            raise ValidationError("A signed consent form needs its scan attached as evidence.")
    elif method == Method.DIGITAL:
        if not (digital_reference or "").strip():
            raise ValidationError("A digital consent needs the reference of the digital record.")
        check_text("The digital record's reference", digital_reference or "", multiline=False, max_chars=200)
    else:
        raise ValidationError("Unknown consent method '{method}'.", method=method)
    if obtained_at > now:
        raise ValidationError("A consent cannot be obtained in the future.")
    if valid_until <= now:
        raise ValidationError("The consent's valid-until date is in the past.")
    if valid_until <= obtained_at:
        raise ValidationError("The consent's valid-until date is before it was obtained.")


def status_at(grant: ConsentGrant, events: list[ConsentEvent], at: datetime) -> Status:
    """The consent's status at moment ``at``, from the grant and the events recorded up to then."""
    if at < grant.obtained_at:
        return Status.NOT_YET
    for event in sorted(events, key=lambda e: e.at):
        if event.consent_id == grant.id and event.at <= at and event.kind == EventKind.WITHDRAWN:
            return Status.WITHDRAWN
    if at >= grant.valid_until:
        return Status.EXPIRED
    return Status.ACTIVE


def covering(
    grants: list[ConsentGrant], events: list[ConsentEvent], case_ref: str, addressee: Addressee, at: datetime
) -> ConsentGrant | None:
    """The consent that covers asking ``addressee`` about case ``case_ref`` at ``at`` (latest obtained
    first), or None."""
    candidates = [
        g
        for g in grants
        if g.case_ref == case_ref and g.addressee.key == addressee.key and status_at(g, events, at) is Status.ACTIVE
    ]
    return max(candidates, key=lambda g: g.obtained_at) if candidates else None


def why_not_covered(
    grants: list[ConsentGrant], events: list[ConsentEvent], case_ref: str, addressee: Addressee, at: datetime
) -> str:
    """A message template explaining why no consent covers this request."""
    same_case = [g for g in grants if g.case_ref == case_ref]
    if not same_case:
        return "No consent is recorded for this case. Record the person's consent first."
    same = [g for g in same_case if g.addressee.key == addressee.key]
    if not same:
        return "No consent covers this addressee for this case; the person consented to other addressees only."
    statuses = {status_at(g, events, at) for g in same}
    if Status.WITHDRAWN in statuses:
        return "The consent for this addressee was withdrawn."
    if Status.EXPIRED in statuses:
        return "The consent for this addressee has expired."
    return "The consent for this addressee is not yet valid."

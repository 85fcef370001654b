"""The medical advice (medisch advies): a structured outcome per case type plus a short remark.

The outcome is what the case handler may learn; it must not carry the health data behind it, which is
why each case type has a closed set of fields and the remark is short.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from medunit.domain.records import CaseType
from medunit.domain.text import check_text
from medunit.errors import ValidationError

MAX_REMARK = 500
_BIG = re.compile(r"^\d{11}$")


class AcceptanceDecision(StrEnum):
    ACCEPT = "accept"
    ACCEPT_EXCLUSION = "accept-with-exclusion"
    ACCEPT_LOADING = "accept-with-premium-loading"
    POSTPONE = "postpone"
    DECLINE = "decline"


class CausalRelation(StrEnum):
    """Personal injury: is the claimed damage caused by the accident?"""

    YES = "yes"
    PARTIAL = "partial"
    NO = "no"
    UNDETERMINED = "undetermined"


class EndState(StrEnum):
    """Personal injury: has the medical end state (medische eindtoestand) been reached?"""

    REACHED = "reached"
    NOT_YET = "not-yet-reached"


class NextStep(StrEnum):
    """Personal injury: what the advisor recommends next."""

    NONE = "none"
    MORE_INFORMATION = "more-information"
    INDEPENDENT_EXPERT = "independent-medical-expert"


#: The outcome fields per case type: the export whitelist is built from these (and nothing else).
OUTCOME_FIELDS: dict[CaseType, tuple[str, ...]] = {
    CaseType.ACCEPTANCE: ("decision", "exclusion", "premium_loading_percent", "postpone_months"),
    CaseType.INCAPACITY: ("incapacity_percent", "period_start", "period_end"),
    CaseType.PERSONAL_INJURY: ("causal_relation", "end_state", "impairment_percent", "next_step"),
}


def _int(value: Any, name: str, lo: int, hi: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
        raise ValidationError("'{name}' must be a whole number from {lo} to {hi}.", name=name, lo=lo, hi=hi)
    return value


def _enum(value: Any, name: str, kind: type[StrEnum]) -> str:
    try:
        return kind(value).value
    except ValueError:
        raise ValidationError(
            "'{name}' must be one of: {values}.", name=name, values=", ".join(k.value for k in kind)
        ) from None


def _date(value: Any, name: str) -> str:
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise ValidationError("'{name}' must be a date (YYYY-MM-DD).", name=name) from None


def check_outcome(case_type: CaseType, raw: dict[str, Any]) -> dict[str, Any]:
    """The normalised outcome; unknown fields and missing or inconsistent values are refused."""
    allowed = OUTCOME_FIELDS[case_type]
    extra = sorted(set(raw) - set(allowed))
    if extra:
        raise ValidationError("'{name}' is not an outcome field for this case type.", name=extra[0])
    out: dict[str, Any] = {}
    if case_type is CaseType.ACCEPTANCE:
        decision = _enum(raw.get("decision"), "decision", AcceptanceDecision)
        out["decision"] = decision
        if decision == AcceptanceDecision.ACCEPT_EXCLUSION:
            text = str(raw.get("exclusion") or "").strip()
            if not text or len(text) > 200:
                raise ValidationError("An acceptance with exclusion states the exclusion (1-200 characters).")
            out["exclusion"] = check_text("The exclusion", text)
        if decision == AcceptanceDecision.ACCEPT_LOADING:
            out["premium_loading_percent"] = _int(raw.get("premium_loading_percent"), "premium_loading_percent", 1, 300)
        if decision == AcceptanceDecision.POSTPONE:
            out["postpone_months"] = _int(raw.get("postpone_months"), "postpone_months", 1, 24)
    elif case_type is CaseType.INCAPACITY:
        out["incapacity_percent"] = _int(raw.get("incapacity_percent"), "incapacity_percent", 0, 100)
        out["period_start"] = _date(raw.get("period_start"), "period_start")
        if raw.get("period_end") not in (None, ""):
            out["period_end"] = _date(raw.get("period_end"), "period_end")
            if out["period_end"] < out["period_start"]:
                raise ValidationError("The incapacity period ends before it starts.")
    else:
        out["causal_relation"] = _enum(raw.get("causal_relation"), "causal_relation", CausalRelation)
        out["end_state"] = _enum(raw.get("end_state"), "end_state", EndState)
        if raw.get("impairment_percent") not in (None, ""):
            out["impairment_percent"] = _int(raw.get("impairment_percent"), "impairment_percent", 0, 100)
        out["next_step"] = _enum(raw.get("next_step"), "next_step", NextStep)
    return out


def check_remark(remark: str) -> str:
    text = remark.strip()
    if len(text) > MAX_REMARK:
        raise ValidationError("The remark for the case handler is limited to {n} characters.", n=MAX_REMARK)
    return check_text("The remark", text)


def check_big_number(big: str) -> str:
    """BIG register numbers have 11 digits."""
    clean = big.strip().replace(" ", "")
    if not _BIG.match(clean):
        raise ValidationError("'{big}' is not a BIG number (11 digits).", big=big[:20])
    return clean


@dataclass(frozen=True)
class AdviceContent:
    case_reference: str
    case_type: str
    version: int
    outcome: dict[str, Any]
    remark: str
    supersedes_version: int | None

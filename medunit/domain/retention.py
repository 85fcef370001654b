"""Retention: how long each kind of data is kept, declared in one table.

Recordings of calls and chats: at most 4 weeks (privacy statement). The other periods come from the
policy. Access-log entries outlive the data they name (at least 5 years) and are never purged with it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any


class DataKind(StrEnum):
    RECORDING = "recording"
    CLOSED_CASE = "closed-case"
    CONTACT = "contact-moment"
    ACCESS_LOG = "access-log-entry"


@dataclass(frozen=True)
class Rule:
    kind: DataKind
    policy_key: str
    unit: str  # "days" | "years"
    counted_from: str


RULES: tuple[Rule, ...] = (
    Rule(DataKind.RECORDING, "retention.recordings_days", "days", "recorded"),
    Rule(DataKind.CLOSED_CASE, "retention.case_years", "years", "case closed"),
    Rule(DataKind.CONTACT, "retention.contact_log_years", "years", "contact moment"),
    Rule(DataKind.ACCESS_LOG, "retention.access_log_years", "years", "logged"),
)


def cutoff(rule: Rule, settings: dict[str, Any], now: datetime) -> datetime:
    """Anything of this kind dated before the returned moment is due for deletion."""
    amount = int(settings[rule.policy_key])
    if rule.unit == "days":
        return now - timedelta(days=amount)
    return now - timedelta(days=round(365.25 * amount))

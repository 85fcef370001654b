"""The unit's confidentiality statement (geheimhoudingsverklaring), which every user accepts before any
data shows.

The privacy statement promises: "Deze medewerkers hebben een specifieke geheimhoudingsplicht ten aanzien
van de gezondheidsgegevens die zij verwerken." medunit records that each user accepted that duty: at the
first unlock, again whenever the text changes (its version is a hash of the text), and again after the
policy's ``security.acknowledge_every_days``. Plain rules, no I/O.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta

from medunit.domain.permissions import Action
from medunit.domain.statement_texts import DEFAULT_STATEMENT_EN as DEFAULT_STATEMENT_EN
from medunit.domain.statement_texts import DEFAULT_STATEMENT_NL as DEFAULT_STATEMENT_NL

#: What a user may do before accepting: sign in, accept, and the administration that shows no person's
#: data. Every other action (and any action added later) waits for the acceptance.
ALLOWED_BEFORE_ACCEPTANCE: frozenset[Action] = frozenset(
    {
        Action.SESSION_UNLOCK,
        Action.CONFIDENTIALITY_ACCEPT,
        Action.USER_MANAGE,
        Action.USER_LIST,
        Action.KEY_GRANT,
        Action.RECOVERY_RESET,
        Action.STORE_VERIFY,
        Action.STORE_RESTORE,
        Action.BACKUP_CREATE,
        Action.BACKUP_RESTORE,
        Action.POLICY_READ,
        Action.AUDIT_VERIFY,
        Action.SIGNING_KEY_READ,
        Action.PURGE_RUN,
        Action.DEMO_SEED,
    }
)


@dataclass(frozen=True)
class Statement:
    nl: str
    en: str

    @property
    def version(self) -> str:
        """A hash of both texts: any change to either makes a new version that must be accepted again."""
        return hashlib.sha256(f"{self.nl.strip()}\n\n{self.en.strip()}".encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Acceptance:
    user: str
    version: str
    accepted_at: datetime


class Due:
    FIRST = "first"
    NEW_TEXT = "new-text"
    RENEWAL = "renewal"


def due(last: Acceptance | None, statement: Statement, now: datetime, every_days: int) -> str | None:
    """Why the user must accept now (``Due.*``), or None when their last acceptance still holds."""
    if last is None:
        return Due.FIRST
    if last.version != statement.version:
        return Due.NEW_TEXT
    if now - last.accepted_at >= timedelta(days=every_days):
        return Due.RENEWAL
    return None


def needs_acceptance(action: Action) -> bool:
    return action not in ALLOWED_BEFORE_ACCEPTANCE

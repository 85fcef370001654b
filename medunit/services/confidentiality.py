"""The unit's confidentiality statement: shown and accepted before any data shows, kept with its version
and time, logged. The guard refuses every data action while ``session.acknowledgement_due`` is set."""

from __future__ import annotations

from datetime import UTC, datetime

from medunit.config.policy import Policy
from medunit.domain.confidentiality import Acceptance, Statement, due
from medunit.domain.permissions import Action
from medunit.errors import ValidationError
from medunit.services.guard import access
from medunit.services.session import Session, utc_now
from medunit.store import acknowledgements as repo

__all__ = ["Statement", "accept", "refresh", "statement"]


def statement(policy: Policy) -> Statement:
    """The statement in force: the policy's text (IT may replace the default), Dutch and English."""
    return Statement(policy.get("confidentiality.statement_nl"), policy.get("confidentiality.statement_en"))


def refresh(session: Session, now: datetime | None = None) -> str | None:
    """Set and return why this user must accept now (first time, new text, renewal), or None."""
    row = repo.latest(session.vault.db, session.user)
    last = Acceptance(session.user, row[0], datetime.fromisoformat(row[1])) if row else None
    session.acknowledgement_due = due(
        last,
        statement(session.policy),
        now or datetime.now(UTC),
        int(session.policy.get("security.acknowledge_every_days")),
    )
    return session.acknowledgement_due


def accept(session: Session, version: str) -> None:
    """Record that the user accepted the statement ``version`` they were shown; a stale version (the text
    changed after it was shown) is refused, so nobody accepts a text they did not read."""
    current = statement(session.policy).version
    with access(session, Action.CONFIDENTIALITY_ACCEPT, reason=f"confidentiality statement {version}") as acc:
        if version != current:
            raise ValidationError(
                "The confidentiality statement changed after it was shown; read the current text and accept that."
            )
        repo.record(acc.db, session.user, current, utc_now())
    session.acknowledgement_due = None

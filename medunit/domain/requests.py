"""Doctor information requests (informatieverzoek aan behandelaar): states and their rules."""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from medunit.domain.text import check_text
from medunit.errors import ValidationError

ANSWER_WITHIN = timedelta(days=28)


class RequestState(StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    ANSWERED = "answered"
    OVERDUE = "overdue"
    CANCELLED = "cancelled"


_ALLOWED = {
    RequestState.DRAFT: {RequestState.SENT, RequestState.CANCELLED},
    RequestState.SENT: {RequestState.ANSWERED, RequestState.CANCELLED},
    RequestState.OVERDUE: {RequestState.ANSWERED, RequestState.CANCELLED},
}


def effective_state(stored: str, sent_at: datetime | None, now: datetime) -> RequestState:
    """A sent request without an answer becomes overdue after the answer period."""
    state = RequestState(stored)
    if state is RequestState.SENT and sent_at is not None and now > sent_at + ANSWER_WITHIN:
        return RequestState.OVERDUE
    return state


def check_transition(current: RequestState, target: RequestState) -> None:
    if target not in _ALLOWED.get(current, set()):
        raise ValidationError(
            "A request that is {current} cannot become {target}.", current=current.value, target=target.value
        )


def check_questions(questions: str) -> str:
    text = questions.strip()
    if not text:
        raise ValidationError("A request needs at least one targeted question.")
    if len(text) > 4000:
        raise ValidationError("The questions are too long (at most 4000 characters); ask only what is needed.")
    return check_text("The questions", text)

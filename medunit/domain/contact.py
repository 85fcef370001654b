"""Contact moments (contactmomenten), as the privacy statement's section d lists them."""

from __future__ import annotations

from enum import StrEnum

from medunit.domain.text import check_text
from medunit.errors import ValidationError


class Subject(StrEnum):
    PRODUCT = "product"
    ADVICE = "advice"
    OFFER = "offer"
    SERVICE_CALL = "service-call"
    MESSAGE = "message"
    COMPLAINT = "complaint"
    INFORMATION = "information"


class Channel(StrEnum):
    POST = "post"
    CHAT = "chat"
    WEBSITE = "website"
    EMAIL = "e-mail"
    NEWSLETTER = "newsletter"
    APP = "app"
    ADVISOR = "advisor"
    WEBCARE = "webcare"
    PHONE = "phone"  # telefoon: "We kunnen chat- en telefoongesprekken opnemen"


#: Contact moments whose conversation may be recorded (statement: chat and phone calls).
RECORDABLE: frozenset[Channel] = frozenset({Channel.PHONE, Channel.CHAT})


def check_contact(subject: str, channel: str, department: str) -> tuple[str, str, str]:
    try:
        s = Subject(subject).value
    except ValueError:
        raise ValidationError(
            "Unknown contact subject '{value}'; use one of: {values}.", value=subject, values=", ".join(Subject)
        ) from None
    try:
        c = Channel(channel).value
    except ValueError:
        raise ValidationError(
            "Unknown contact channel '{value}'; use one of: {values}.", value=channel, values=", ".join(Channel)
        ) from None
    dept = department.strip()
    if not dept or len(dept) > 100:
        raise ValidationError("A contact moment names the department (1-100 characters).")
    return s, c, check_text("The department", dept, multiline=False)


def check_recording(channel: str, text: str) -> str:
    """A recording belongs to a phone or chat contact moment and has content (a transcript or summary)."""
    if channel not in RECORDABLE:
        raise ValidationError(
            "Only a phone or chat contact moment can have a recording; this one was by {channel}.", channel=channel
        )
    if not text.strip():
        raise ValidationError("A recording needs its content (transcript or summary).")
    return check_text("The recording", text)

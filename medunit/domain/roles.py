"""The unit's roles."""

from __future__ import annotations

import re
from enum import StrEnum

from medunit.errors import ValidationError


class Role(StrEnum):
    MEDICAL_ADVISOR = "medical-advisor"
    UNIT_STAFF = "unit-staff"
    CRIMINAL_RECORD_OFFICER = "criminal-record-officer"
    PRIVACY_OFFICER = "privacy-officer"
    UNIT_ADMIN = "unit-admin"


#: Compartments whose key a role's slot holds (content encrypted a second time inside the store):
#: capabilities are keys. ``health`` seals health content; ``glass`` is the private key that opens any
#: restricted case's glass envelope (break-the-glass); ``criminal-record`` the criminal-record facts.
#: The privacy officer and the unit administrator hold none of them.
CRIMINAL_RECORD = "criminal-record"
HEALTH = "health"
GLASS = "glass"
COMPARTMENTS_BY_ROLE: dict[Role, frozenset[str]] = {
    Role.MEDICAL_ADVISOR: frozenset({HEALTH, GLASS}),
    Role.UNIT_STAFF: frozenset({HEALTH}),
    Role.CRIMINAL_RECORD_OFFICER: frozenset({CRIMINAL_RECORD}),
}
ALL_COMPARTMENTS: tuple[str, ...] = (CRIMINAL_RECORD, HEALTH, GLASS)


def parse_role(text: str) -> Role:
    try:
        return Role(text)
    except ValueError:
        raise ValidationError(
            "Unknown role '{role}'. Roles: {roles}.", role=text, roles=", ".join(r.value for r in Role)
        ) from None


_USER_NAME = re.compile(r"^[a-z][a-z0-9._-]{1,31}$")
MIN_PASSPHRASE = 12


def check_user_name(name: str) -> str:
    if not _USER_NAME.match(name):
        raise ValidationError(
            "User name '{name}' is not valid: 2-32 characters, lower-case letters, digits, '.', '_' or '-', "
            "starting with a letter.",
            name=name,
        )
    return name


def check_passphrase(passphrase: str) -> str:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError("A passphrase needs at least {n} characters.", n=MIN_PASSPHRASE)
    if passphrase.strip() != passphrase:
        raise ValidationError("A passphrase cannot begin or end with a space.")
    return passphrase

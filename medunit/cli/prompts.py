"""Passphrases and codes from the environment (scripts) or a no-echo prompt (people)."""

from __future__ import annotations

import getpass
import os
import sys
from typing import Any

from medunit import i18n
from medunit.config.policy import Policy
from medunit.errors import UsageError, ValidationError


def interactive() -> bool:
    """Whether a person is at the terminal to answer a question."""
    return bool(sys.stdin and sys.stdin.isatty())


def _prompt(label: str) -> str:
    if not interactive():
        raise UsageError("No terminal to ask for the {label}; set it in the environment.", label=label)
    return getpass.getpass(f"{label}: ")


def passphrase(user: str) -> str:
    value = os.environ.get("MEDUNIT_PASSPHRASE")
    if value is not None:
        return value
    return _prompt(f"Passphrase for {user}")


def new_passphrase(user: str) -> str:
    value = os.environ.get("MEDUNIT_NEW_PASSPHRASE")
    if value is not None:
        return value
    first = _prompt(f"New passphrase for {user}")
    if _prompt("Repeat the new passphrase") != first:
        raise UsageError("The two passphrases differ.")
    return first


def recovery_code(given: str | None) -> str | None:
    return given if given is not None else os.environ.get("MEDUNIT_RECOVERY_CODE")


def secret(label: str) -> str:
    """Any other secret (e.g. the database administrator's password), asked for without echo."""
    return _prompt(label)


def show_recovery_code(code: str) -> None:
    """Print a new store's recovery code, before the store is final: if it cannot be printed (closed or
    full output), the store is not created, so no store exists whose recovery code nobody saw."""
    try:
        print("Write the recovery code down now and keep it in the unit's escrow; it is shown only once.")
        print(f"Recovery code: {code}", flush=True)
    except (OSError, ValueError):
        raise ValidationError(
            "The recovery code could not be shown (output closed or full); no store was created."
        ) from None


def said(policy: Policy, template: str, **params: Any) -> str:
    """A line of a command's own output (context ``cli`` of the translation files, marked with
    ``QT_TRANSLATE_NOOP``): in the policy's interface language first, the English under it."""
    return i18n.bilingual("cli", template, params, policy.get("ui.language"))

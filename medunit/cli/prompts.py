"""Passphrases and codes from the environment (scripts) or a no-echo prompt (people)."""

from __future__ import annotations

import getpass
import os
import sys

from medunit.errors import UsageError


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

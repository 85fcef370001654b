"""The workstation secret, kept in the OS keychain through ``keyring``.

One abstraction that knows whether its backend is a real OS keychain (``is_primary``) or a fallback.
medunit refuses a fallback (a plaintext file, the null backend) unless the test-only variable
``MEDUNIT_INSECURE_TEST_KEYRING`` names that very backend; ``keyring``'s own ``PYTHON_KEYRING_BACKEND``
is not enough (anyone can set it, e.g. to a plaintext file). A store on such a keyring says so
(``Workstation.insecure``: init and verify print "workstation binding: INSECURE test keyring").
A secret the backend does not give back (the null backend forgets it) is refused: a store bound to it
would have user slots that nothing can open again.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
import socket
from dataclasses import dataclass

import keyring
from keyring.backend import KeyringBackend

from medunit.errors import KeyringUnavailableError

SERVICE = "medunit"
ACCOUNT = "workstation-secret"

#: Module prefixes of backends that are a real OS keychain.
PRIMARY_BACKEND_MODULES = (
    "keyring.backends.SecretService",
    "keyring.backends.libsecret",
    "keyring.backends.macOS",
    "keyring.backends.Windows",
    "keyring.backends.kwallet",
)

_UNAVAILABLE = (
    "The OS keychain is not available ({detail}). Log in to a desktop session with a keychain "
    "(GNOME Keyring / KWallet, macOS Keychain, Windows Credential Manager) or ask IT."
)


def _backend_name(backend: KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__name__}"


def _effective_backend() -> KeyringBackend:
    backend = keyring.get_keyring()
    inner = getattr(backend, "backends", None)
    if inner:
        return inner[0]  # type: ignore[no-any-return]
    return backend


@dataclass(frozen=True)
class Workstation:
    """This machine's binding secret and the id it logs under."""

    secret: bytes
    backend: str
    #: Kept by a non-keychain backend that a test named in MEDUNIT_INSECURE_TEST_KEYRING.
    insecure: bool = False

    @property
    def fingerprint(self) -> str:
        return hashlib.sha256(b"medunit-workstation-id\0" + self.secret).hexdigest()[:12]

    @property
    def workstation_id(self) -> str:
        return f"{socket.gethostname()}/{self.fingerprint}"

    def slot_tag(self, store_id: str) -> str:
        """Per-store tag that tells a slot bound here from one bound elsewhere (no secret leaks)."""
        return hmac.new(self.secret, b"slot-tag\0" + store_id.encode(), hashlib.sha256).hexdigest()[:16]


def is_primary(backend: KeyringBackend) -> bool:
    return _backend_name(backend).startswith(PRIMARY_BACKEND_MODULES)


#: The test-only variable that admits a non-keychain backend by its full class name.
TEST_KEYRING_VARIABLE = "MEDUNIT_INSECURE_TEST_KEYRING"


def explicitly_chosen(backend: KeyringBackend) -> bool:
    return os.environ.get(TEST_KEYRING_VARIABLE, "") == _backend_name(backend)


def load_workstation() -> Workstation:
    """Read (or create) this workstation's secret.

    Raises KeyringUnavailableError with a message that says what to do when no usable keychain exists.
    """
    backend = _effective_backend()
    name = _backend_name(backend)
    if not is_primary(backend) and not explicitly_chosen(backend):
        detail = "no keychain found" if name.startswith("keyring.backends.fail") else f"{name} is not a keychain"
        raise KeyringUnavailableError(_UNAVAILABLE, detail=detail)
    try:
        stored = backend.get_password(SERVICE, ACCOUNT)
        if stored is None:
            backend.set_password(SERVICE, ACCOUNT, secrets.token_hex(32))
            stored = backend.get_password(SERVICE, ACCOUNT)  # what a later start will read
            if stored is None:
                raise KeyringUnavailableError(_UNAVAILABLE, detail=f"{name} does not keep the secret")
    except KeyringUnavailableError:
        raise
    except Exception as exc:  # keyring, D-Bus and Secret Service errors all mean "unavailable"
        raise KeyringUnavailableError(_UNAVAILABLE, detail=type(exc).__name__) from exc
    if not re.fullmatch(r"[0-9a-f]{64}", stored):
        raise KeyringUnavailableError(_UNAVAILABLE, detail="the stored medunit secret is damaged")
    secret = bytes.fromhex(stored)
    return Workstation(secret=secret, backend=name, insecure=not is_primary(backend))


def read_note(account: str) -> str | None:
    """A small value medunit keeps beside the secret in this workstation's keychain (the count of failed
    unlocks recorded here), or None when there is none or no keychain answers."""
    try:
        return _effective_backend().get_password(SERVICE, account)
    except Exception:  # no keychain: the caller loses a cross-check, not its function
        return None


def write_note(account: str, value: str | None) -> None:
    """Set (or with None, delete) a keychain note; best effort, like ``read_note``."""
    try:
        backend = _effective_backend()
        if value is None:
            backend.delete_password(SERVICE, account)
        else:
            backend.set_password(SERVICE, account, value)
    except Exception:  # deleting a note that is not there raises in some backends; either way nothing to do
        return


def _anchor_account(store_id: str) -> str:
    return f"anchor:{store_id}"


def read_anchor(store_id: str) -> str | None:
    """This workstation's rollback anchor of a store (JSON text), kept beside the workstation secret in the
    OS keychain; None when this workstation has not opened the store yet."""
    try:
        return _effective_backend().get_password(SERVICE, _anchor_account(store_id))
    except Exception as exc:  # keyring, D-Bus and Secret Service errors all mean "unavailable"
        raise KeyringUnavailableError(_UNAVAILABLE, detail=type(exc).__name__) from exc


def write_anchor(store_id: str, text: str) -> None:
    try:
        _effective_backend().set_password(SERVICE, _anchor_account(store_id), text)
    except Exception as exc:
        raise KeyringUnavailableError(_UNAVAILABLE, detail=type(exc).__name__) from exc

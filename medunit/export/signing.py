"""The unit's Ed25519 export signing key: generation, fingerprint and the public-key file for IT.

Keys are passed around as raw bytes (32-byte private seed, 32-byte public key). The public key is handed
to the claims system as a small text file: a comment line with the fingerprint plus a PEM
SubjectPublicKeyInfo block (``public_key_file`` / ``load_public_key_file``).
"""

from __future__ import annotations

import hashlib

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from medunit.errors import ValidationError

KEY_SIZE = 32
_PEM_BEGIN = "-----BEGIN PUBLIC KEY-----"
_PEM_END = "-----END PUBLIC KEY-----"


def _private(private: bytes) -> Ed25519PrivateKey:
    if not isinstance(private, bytes | bytearray) or len(private) != KEY_SIZE:
        raise ValidationError("The export signing key must be {n} bytes.", n=KEY_SIZE)
    return Ed25519PrivateKey.from_private_bytes(bytes(private))


def new_signing_key() -> bytes:
    """A fresh raw 32-byte Ed25519 private key."""
    return Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )


def public_key_of(private: bytes) -> bytes:
    """The raw 32-byte public key of a raw private key."""
    return _private(private).public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def sign(private: bytes, data: bytes) -> bytes:
    """The 64-byte Ed25519 signature of ``data``."""
    return _private(private).sign(data)


def fingerprint(public: bytes) -> str:
    """SHA-256 of the raw public key, first 16 bytes as hex in groups of 4: 'ab12:cd34:...' (39 characters)."""
    digest = hashlib.sha256(public).hexdigest()[:32]
    return ":".join(digest[i : i + 4] for i in range(0, 32, 4))


def public_key_file(public: bytes) -> str:
    """The text file IT hands to the claims system: a fingerprint comment plus the PEM public key."""
    if len(public) != KEY_SIZE:
        raise ValidationError("A public key must be {n} bytes.", n=KEY_SIZE)
    pem = (
        Ed25519PublicKey.from_public_bytes(public)
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode("ascii")
    )
    return f"# medunit advice export signing key (Ed25519)\n# fingerprint: {fingerprint(public)}\n{pem}"


def load_public_key_file(text: str) -> bytes:
    """The raw public key from a file made by ``public_key_file`` (comment lines are ignored).

    If the file carries a fingerprint comment, it must match the key.
    """
    if not isinstance(text, str) or _PEM_BEGIN not in text or _PEM_END not in text:
        raise ValidationError("This is not a medunit public key file (no PEM public key found).")
    start = text.index(_PEM_BEGIN)
    end = text.index(_PEM_END, start) + len(_PEM_END)
    pem = text[start:end] + "\n"
    try:
        key = serialization.load_pem_public_key(pem.encode("ascii"))
    except (ValueError, UnicodeEncodeError, UnsupportedAlgorithm):
        raise ValidationError("The public key file is damaged: the PEM block cannot be read.") from None
    if not isinstance(key, Ed25519PublicKey):
        raise ValidationError("The public key file holds a key of the wrong type (an Ed25519 key is needed).")
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("#") and "fingerprint:" in stripped:
            stated = stripped.split("fingerprint:", 1)[1].strip()
            if stated != fingerprint(raw):
                raise ValidationError("The public key file is damaged: its fingerprint does not match the key.")
    return raw

"""The unit's Ed25519 export signing key: generation, fingerprint and the public-key file for IT.

Keys are passed around as raw bytes (32-byte private seed, 32-byte public key). The public key is handed
to the claims system as a small text file: a comment line with the fingerprint plus a PEM
SubjectPublicKeyInfo block (``public_key_file`` / ``load_public_key_file``).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
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


# -- the unit CA, advisors' certificates and revocations (format 2 exports) ------------------------------

_CERT_BLOCK = re.compile(r"-----BEGIN CERTIFICATE-----[A-Za-z0-9+/=\s]+?-----END CERTIFICATE-----")
_CRL_BLOCK = re.compile(r"-----BEGIN X509 CRL-----[A-Za-z0-9+/=\s]+?-----END X509 CRL-----")


@dataclass(frozen=True)
class Trust:
    """What the claims system trusts: the unit CA certificate and its latest revocation list."""

    ca: x509.Certificate
    crl: x509.CertificateRevocationList | None


def load_trust(text: str) -> Trust | None:
    """The unit CA and revocation list from a public-key file (None for a file without a CA: one written
    before advisors had certificates). A revocation list must be signed by the CA."""
    if not isinstance(text, str):
        raise ValidationError("This is not a medunit public key file.")
    certs = _CERT_BLOCK.findall(text)
    if not certs:
        return None
    crls = _CRL_BLOCK.findall(text)
    try:
        ca = x509.load_pem_x509_certificate(certs[0].encode("ascii"))
        crl = x509.load_pem_x509_crl(crls[0].encode("ascii")) if crls else None
    except ValueError:
        raise ValidationError(
            "The public key file is damaged: its certificate or revocation list cannot be read."
        ) from None
    public = ca.public_key()
    if not isinstance(public, ec.EllipticCurvePublicKey):
        raise ValidationError("The public key file's unit CA is not an ECDSA P-256 certificate.")
    if crl is not None and not crl.is_signature_valid(public):
        raise ValidationError("The public key file's revocation list is not signed by its unit CA.")
    return Trust(ca, crl)


def check_certificate(trust: Trust, certificate: bytes, at: datetime) -> tuple[x509.Certificate | None, str]:
    """The advisor certificate if it chains to the unit CA, was valid at ``at`` and was not revoked at or
    before ``at``; otherwise (None, why)."""
    try:
        cert = x509.load_der_x509_certificate(certificate)
        cert.verify_directly_issued_by(trust.ca)
    except (ValueError, TypeError, InvalidSignature):
        return None, "the signer's certificate was not issued by the unit CA"
    if not cert.not_valid_before_utc <= at <= cert.not_valid_after_utc:
        return None, "the signer's certificate was not valid at the signing time"
    revoked = trust.crl.get_revoked_certificate_by_serial_number(cert.serial_number) if trust.crl else None
    if revoked is not None and revoked.revocation_date_utc <= at:
        return (
            None,
            f"the signer's certificate was revoked at {revoked.revocation_date_utc.isoformat()}, "
            "before the signing time",
        )
    return cert, ""


def subject_value(cert: x509.Certificate, oid: x509.ObjectIdentifier) -> str:
    found = cert.subject.get_attributes_for_oid(oid)
    return str(found[0].value) if found else ""

"""Personal keys: each user's Ed25519 access-log key, and the unit CA that certifies them.

Why personal keys: the data key opens the database for every role, so anything keyed by it (the old log
MAC) can be recomputed by any insider. A signature by a key that only one user's slot unwraps cannot.
Each transaction's log entries end in a signature by the acting user over the chain head after them, so
rewriting an entry needs the key of every later author.

Why a CA: verifiers must know which public key belongs to whom without trusting the database (which an
insider can edit). The unit CA (ECDSA P-256, see docs/security.md for why not Ed25519) is held only by
unit-administrator slots and the recovery slot; it certifies each log key, and its fingerprint is pinned
outside the store in the rollback anchor.

Keys travel as raw bytes: a 32-byte Ed25519 seed for log keys, a DER PKCS#8 ECDSA key for the CA.
"""

from __future__ import annotations

import hashlib
import json
import struct
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.x509.oid import NameOID
from nacl.bindings import crypto_sign

#: Names of the personal keys a slot can hold (``KeyBag.personal``).
LOG_KEY = "log"
CA_KEY = "ca"

_RAW = serialization.Encoding.Raw
_DER = serialization.Encoding.DER
_SPKI = serialization.PublicFormat.SubjectPublicKeyInfo


def new_log_key() -> bytes:
    """A fresh raw 32-byte Ed25519 private key (a user's access-log key)."""
    return Ed25519PrivateKey.generate().private_bytes(
        _RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )


def log_public(private: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private).public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)


def key_id(public: bytes) -> str:
    """Short stable id of a public key: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(public).hexdigest()[:16]


def new_ca_key() -> bytes:
    """A fresh ECDSA P-256 private key (DER PKCS#8): the unit CA."""
    return ec.generate_private_key(ec.SECP256R1()).private_bytes(
        _DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def _ca_private(der: bytes) -> ec.EllipticCurvePrivateKey:
    key = serialization.load_der_private_key(der, None)
    assert isinstance(key, ec.EllipticCurvePrivateKey)
    return key


def ca_public(ca_private: bytes) -> bytes:
    """The CA's public key as DER SubjectPublicKeyInfo."""
    return _ca_private(ca_private).public_key().public_bytes(_DER, _SPKI)


def fingerprint(public: bytes) -> str:
    """SHA-256 of a public key's bytes, first 16 bytes in hex groups of 4 ('ab12:cd34:...')."""
    digest = hashlib.sha256(public).hexdigest()[:32]
    return ":".join(digest[i : i + 4] for i in range(0, 32, 4))


def _log_key_statement(store_id: str, user: str, public: bytes, since_seq: int) -> bytes:
    return json.dumps(
        ["medunit-log-key/1", store_id, user, public.hex(), since_seq], separators=(",", ":"), ensure_ascii=False
    ).encode()


def certify_log_key(ca_private: bytes, store_id: str, user: str, public: bytes, since_seq: int) -> bytes:
    """The CA's signature binding ``public`` to ``user`` in this store, for entries after ``since_seq``."""
    return ca_sign(ca_private, _log_key_statement(store_id, user, public, since_seq))


def log_key_certified(
    ca_public_der: bytes, store_id: str, user: str, public: bytes, since_seq: int, cert: bytes
) -> bool:
    """True when ``cert`` is the CA's signature over this key record (any malformed input: False)."""
    return ca_signature_valid(ca_public_der, _log_key_statement(store_id, user, public, since_seq), cert)


def ca_sign(ca_private: bytes, data: bytes) -> bytes:
    """The unit CA's ECDSA P-256 / SHA-256 signature (DER) over ``data``: only a unit-administrator slot or
    the recovery slot can make one, so it states what the unit vouches for (a backup manifest)."""
    return _ca_private(ca_private).sign(data, ec.ECDSA(hashes.SHA256()))


def ca_signature_valid(ca_public_der: bytes, data: bytes, signature: bytes) -> bool:
    """True when ``signature`` is the CA's over ``data`` (any malformed input: False)."""
    try:
        key = serialization.load_der_public_key(ca_public_der)
        if not isinstance(key, ec.EllipticCurvePublicKey):
            return False
        key.verify(signature, data, ec.ECDSA(hashes.SHA256()))
    except (ValueError, InvalidSignature):
        return False
    return True


def head_statement(store_id: str, seq: int, digest: bytes) -> bytes:
    """What a log key signs: the chain head (seq and hash) of one store, so a signature cannot be moved to
    another position or another store's log."""
    return b"medunit-log-head/1\0" + store_id.encode() + b"\0" + struct.pack(">Q", seq) + digest


@dataclass
class LogSigner:
    """A session's access-log key: signs the chain head at the end of each transaction.

    ``signed_to`` is the seq of the last head this signer signed, so the append path can tell a
    transaction signed with this key by another process (or forged) from its own."""

    store_id: str
    key_id: str
    public: bytes
    private: Ed25519PrivateKey
    signed_to: int = -1
    #: the key as libsodium takes it (seed, then the public key derived from it here, not ``public``)
    _sodium: bytes = field(default=b"", init=False, repr=False)

    def __post_init__(self) -> None:
        self._sodium = self.private.private_bytes_raw() + self.private.public_key().public_bytes_raw()

    @classmethod
    def from_raw(cls, store_id: str, private: bytes) -> LogSigner:
        public = log_public(private)
        return cls(store_id, key_id(public), public, Ed25519PrivateKey.from_private_bytes(private))

    def sign_head(self, seq: int, digest: bytes) -> bytes:
        """Ed25519 by libsodium: the same signature as OpenSSL's (Ed25519 signing is deterministic, RFC 8032;
        tests/unit/test_personal_keys.py compares them), in 23 µs instead of 36 µs: OpenSSL 3 sets up a
        signing context per call, and every logged read signs once (issue 15 point 4)."""
        self.signed_to = seq
        return crypto_sign(head_statement(self.store_id, seq, digest), self._sodium)[:64]

    def own_signature_valid(self, seq: int, digest: bytes, signature: bytes) -> bool:
        return head_signature_valid(self.public, self.store_id, seq, digest, signature)


def head_signature_valid(public: bytes, store_id: str, seq: int, digest: bytes, signature: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, head_statement(store_id, seq, digest))
    except (ValueError, InvalidSignature):
        return False
    return True


__all__ = [
    "CA_KEY",
    "LOG_KEY",
    "LogSigner",
    "ca_public",
    "ca_sign",
    "ca_signature_valid",
    "certify_log_key",
    "fingerprint",
    "head_signature_valid",
    "head_statement",
    "key_id",
    "log_key_certified",
    "log_public",
    "new_ca_key",
    "new_log_key",
]


# -- document signing: the unit CA's X.509 certificate, advisors' certificates, revocations ----------------

SIGN_KEY = "sign"  # an advisor's ECDSA P-256 document-signing key (DER PKCS#8), in their slot only
SIGN_CERT = "sign_cert"  # its X.509 certificate (DER), issued by the unit CA
CA_YEARS = 20
ADVISOR_YEARS = 3


def _name(common_name: str, serial: str | None = None) -> x509.Name:
    attrs = [
        x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "medunit"),
    ]
    if serial is not None:
        attrs.append(x509.NameAttribute(NameOID.SERIAL_NUMBER, serial))
    return x509.Name(attrs)


def ca_certificate(ca_private: bytes, store_id: str, now: datetime) -> bytes:
    """The unit CA's self-signed X.509 certificate (DER): what IT hands the claims system as trust anchor."""
    key = _ca_private(ca_private)
    name = _name(f"medunit unit CA {store_id[:8]}")
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=365 * CA_YEARS))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return cert.public_bytes(_DER)


def new_signing_key() -> bytes:
    """A fresh ECDSA P-256 document-signing key (DER PKCS#8)."""
    return new_ca_key()


def issue_advisor_certificate(
    ca_private: bytes, ca_cert: bytes, signing_private: bytes, name: str, big: str, now: datetime
) -> bytes:
    """An advisor's document-signing certificate (DER): subject CN = name, serialNumber = 'BIG <number>',
    valid ``ADVISOR_YEARS`` years, key usage digital signature + non-repudiation, issued by the unit CA."""
    issuer = x509.load_der_x509_certificate(ca_cert)
    ca_key = _ca_private(ca_private)
    public = _ca_private(signing_private).public_key()
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(name, f"BIG {big}"))
        .issuer_name(issuer.subject)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=365 * ADVISOR_YEARS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    return cert.public_bytes(_DER)


def revocation_list(ca_private: bytes, ca_cert: bytes, revoked: list[tuple[int, datetime]], now: datetime) -> bytes:
    """The unit CA's signed revocation list (X.509 CRL, DER) naming each revoked certificate's serial and
    the moment it was revoked: an export signed after that moment with that certificate is refused."""
    issuer = x509.load_der_x509_certificate(ca_cert)
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(issuer.subject)
        .last_update(now)
        .next_update(now + timedelta(days=365 * CA_YEARS))
        .add_extension(x509.CRLNumber(len(revoked)), critical=False)
    )
    for serial, at in revoked:
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder().serial_number(serial).revocation_date(at).build()
        )
    return builder.sign(_ca_private(ca_private), hashes.SHA256()).public_bytes(_DER)


def certificate_serial(cert: bytes) -> int:
    return int(x509.load_der_x509_certificate(cert).serial_number)

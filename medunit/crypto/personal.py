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
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

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
    statement = _log_key_statement(store_id, user, public, since_seq)
    return _ca_private(ca_private).sign(statement, ec.ECDSA(hashes.SHA256()))


def log_key_certified(
    ca_public_der: bytes, store_id: str, user: str, public: bytes, since_seq: int, cert: bytes
) -> bool:
    """True when ``cert`` is the CA's signature over this key record (any malformed input: False)."""
    try:
        key = serialization.load_der_public_key(ca_public_der)
        if not isinstance(key, ec.EllipticCurvePublicKey):
            return False
        key.verify(cert, _log_key_statement(store_id, user, public, since_seq), ec.ECDSA(hashes.SHA256()))
    except (ValueError, InvalidSignature):
        return False
    return True


def _head_statement(store_id: str, seq: int, digest: bytes) -> bytes:
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

    @classmethod
    def from_raw(cls, store_id: str, private: bytes) -> LogSigner:
        public = log_public(private)
        return cls(store_id, key_id(public), public, Ed25519PrivateKey.from_private_bytes(private))

    def sign_head(self, seq: int, digest: bytes) -> bytes:
        self.signed_to = seq
        return self.private.sign(_head_statement(self.store_id, seq, digest))

    def own_signature_valid(self, seq: int, digest: bytes, signature: bytes) -> bool:
        return head_signature_valid(self.public, self.store_id, seq, digest, signature)


def head_signature_valid(public: bytes, store_id: str, seq: int, digest: bytes, signature: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, _head_statement(store_id, seq, digest))
    except (ValueError, InvalidSignature):
        return False
    return True


__all__ = [
    "CA_KEY",
    "LOG_KEY",
    "LogSigner",
    "ca_public",
    "certify_log_key",
    "fingerprint",
    "head_signature_valid",
    "key_id",
    "log_key_certified",
    "log_public",
    "new_ca_key",
    "new_log_key",
]

"""Sealing a key bag to a slot's X25519 public key.

Why public keys: removing a user rotates the data key, and the new key must be wrapped for every
remaining user without knowing their passphrases. Each slot therefore holds an X25519 private key
under its passphrase, and the key bag is sealed to the public half (ephemeral-static ECDH, HKDF,
AES-GCM), so an administrator can re-wrap for everyone while only each user can unwrap.
"""

from __future__ import annotations

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from medunit.crypto.aead import DecryptionFailed, open_sealed, seal

_RAW = serialization.Encoding.Raw
_PUB = serialization.PublicFormat.Raw
_PRIV = serialization.PrivateFormat.Raw


def new_keypair() -> tuple[bytes, bytes]:
    """Return (private, public) raw 32-byte keys."""
    priv = X25519PrivateKey.generate()
    return (
        priv.private_bytes(_RAW, _PRIV, serialization.NoEncryption()),
        priv.public_key().public_bytes(_RAW, _PUB),
    )


def _wrap_key(shared: bytes, eph_pub: bytes, recipient_pub: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=eph_pub + recipient_pub, info=b"medunit-envelope-v1").derive(
        shared
    )


def seal_to(recipient_pub: bytes, plaintext: bytes, aad: bytes) -> bytes:
    eph = X25519PrivateKey.generate()
    eph_pub = eph.public_key().public_bytes(_RAW, _PUB)
    shared = eph.exchange(X25519PublicKey.from_public_bytes(recipient_pub))
    return eph_pub + seal(_wrap_key(shared, eph_pub, recipient_pub), plaintext, aad)


def open_envelope(private_key: bytes, blob: bytes, aad: bytes) -> bytes:
    if len(blob) < 32:
        raise DecryptionFailed("envelope too short")
    priv = X25519PrivateKey.from_private_bytes(private_key)
    recipient_pub = priv.public_key().public_bytes(_RAW, _PUB)
    eph_pub = blob[:32]
    try:
        shared = priv.exchange(X25519PublicKey.from_public_bytes(eph_pub))
    except ValueError as exc:
        raise DecryptionFailed("bad ephemeral key") from exc
    return open_sealed(_wrap_key(shared, eph_pub, recipient_pub), blob[32:], aad)

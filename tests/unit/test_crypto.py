from __future__ import annotations

import os

import pytest

from medunit.crypto.aead import DecryptionFailed, open_sealed, seal
from medunit.crypto.envelope import new_keypair, open_envelope, seal_to
from medunit.crypto.kdf import KdfCost, KdfParams, derive_key
from medunit.crypto.recovery_code import new_recovery_code, normalise
from medunit.errors import ValidationError

CHEAP = KdfCost(8192, 1, 1)


def test_aead_roundtrip_and_tamper() -> None:
    key = os.urandom(32)
    blob = seal(key, b"secret", b"aad")
    assert open_sealed(key, blob, b"aad") == b"secret"
    with pytest.raises(DecryptionFailed):
        open_sealed(key, blob, b"other aad")
    flipped = bytearray(blob)
    flipped[-1] ^= 1
    with pytest.raises(DecryptionFailed):
        open_sealed(key, bytes(flipped), b"aad")
    with pytest.raises(DecryptionFailed):
        open_sealed(key, blob[:20], b"aad")


def test_envelope_opens_only_for_recipient() -> None:
    priv, pub = new_keypair()
    other, _ = new_keypair()
    blob = seal_to(pub, b"bag", b"ctx")
    assert open_envelope(priv, blob, b"ctx") == b"bag"
    with pytest.raises(DecryptionFailed):
        open_envelope(other, blob, b"ctx")
    with pytest.raises(DecryptionFailed):
        open_envelope(priv, blob[:10], b"ctx")
    with pytest.raises(DecryptionFailed):
        open_envelope(priv, b"\0" * 32 + blob[32:], b"ctx")  # low-order point is refused


def test_kdf_pepper_changes_key() -> None:
    params = KdfParams.fresh(CHEAP)
    plain = derive_key(b"pw", params)
    assert plain == derive_key(b"pw", params)
    assert plain != derive_key(b"pw", params, pepper=b"w" * 32)
    assert KdfParams.from_json(params.to_json()) == params


@pytest.mark.parametrize(
    "data",
    [
        {"alg": "scrypt"},
        {"alg": "argon2id", "memory_kib": "x", "iterations": 1, "lanes": 1, "salt": "00"},
        {"alg": "argon2id", "memory_kib": 8192, "iterations": 1, "lanes": 1, "salt": 5},
    ],
)
def test_kdf_params_refuse_bad_json(data: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        KdfParams.from_json(data)


def test_kdf_cost_floor() -> None:
    with pytest.raises(ValidationError):
        KdfCost(1024, 1)
    with pytest.raises(ValidationError):
        KdfCost(8192, 1, 0)


def test_recovery_code_format_and_normalise() -> None:
    code = new_recovery_code()
    assert len(code.split("-")) == 8
    assert normalise(code.lower().replace("-", " ")) == code
    assert normalise("O" * 40) == "-".join(["00000"] * 8)
    assert normalise("too short") is None
    assert normalise("!" * 40) is None
    assert new_recovery_code() != code

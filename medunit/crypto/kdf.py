"""Argon2id key derivation for key slots.

The parameters travel with each slot so that a store created with today's cost still opens after the
defaults are raised, and so that IT can raise the cost for new slots through the policy.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from medunit.errors import ValidationError

#: Tuned on the development machines (2 cores): about 0.5 s per unlock and 192 MiB of memory.
DEFAULT_MEMORY_KIB = 196608
DEFAULT_ITERATIONS = 4
DEFAULT_LANES = 4
#: Below these a slot is refused outright, whatever a policy says: they stop a typo (e.g. 64 instead of
#: 65536) from producing a slot that falls to a brute-force search in minutes.
FLOOR_MEMORY_KIB = 8192
FLOOR_ITERATIONS = 1


@dataclass(frozen=True)
class KdfCost:
    memory_kib: int = DEFAULT_MEMORY_KIB
    iterations: int = DEFAULT_ITERATIONS
    lanes: int = DEFAULT_LANES

    def __post_init__(self) -> None:
        if self.memory_kib < FLOOR_MEMORY_KIB or self.iterations < FLOOR_ITERATIONS:
            raise ValidationError(
                "KDF cost too low: at least {mem} KiB and {it} iteration(s) are required",
                mem=FLOOR_MEMORY_KIB,
                it=FLOOR_ITERATIONS,
            )
        if not 1 <= self.lanes <= 16:
            raise ValidationError("KDF lanes must be between 1 and 16")


@dataclass(frozen=True)
class KdfParams:
    cost: KdfCost
    salt: bytes

    @classmethod
    def fresh(cls, cost: KdfCost) -> KdfParams:
        return cls(cost=cost, salt=os.urandom(16))

    def to_json(self) -> dict[str, object]:
        return {
            "alg": "argon2id",
            "memory_kib": self.cost.memory_kib,
            "iterations": self.cost.iterations,
            "lanes": self.cost.lanes,
            "salt": self.salt.hex(),
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> KdfParams:
        if data.get("alg") != "argon2id":
            raise ValueError("unsupported KDF")
        mem, it, lanes, salt = data["memory_kib"], data["iterations"], data["lanes"], data["salt"]
        if not (isinstance(mem, int) and isinstance(it, int) and isinstance(lanes, int)):
            raise ValueError("KDF parameters must be integers")
        if not isinstance(salt, str):
            raise ValueError("KDF salt must be hex")
        return cls(cost=KdfCost(mem, it, lanes), salt=bytes.fromhex(salt))


def derive_key(secret: bytes, params: KdfParams, pepper: bytes | None = None) -> bytes:
    """Derive a 256-bit key-encryption key.

    ``pepper`` is the workstation secret for bound slots: Argon2's secret input, so the passphrase
    alone (on another machine) derives a different key.
    """
    kdf = Argon2id(
        salt=params.salt,
        length=32,
        iterations=params.cost.iterations,
        lanes=params.cost.lanes,
        memory_cost=params.cost.memory_kib,
        secret=pepper or None,
    )
    return kdf.derive(secret)

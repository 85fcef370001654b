"""Recovery codes: 160 random bits, written as 8 groups of 5 Crockford base32 characters.

Crockford's alphabet leaves out I, L, O and U so a code read aloud or copied from paper by IT is not
mistyped; normalisation maps the look-alikes back.
"""

from __future__ import annotations

import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
GROUPS = 8
GROUP_LEN = 5
_LOOKALIKES = str.maketrans({"I": "1", "L": "1", "O": "0", "U": "V"})


def new_recovery_code() -> str:
    chars = "".join(secrets.choice(ALPHABET) for _ in range(GROUPS * GROUP_LEN))
    return "-".join(chars[i : i + GROUP_LEN] for i in range(0, len(chars), GROUP_LEN))


def normalise(code: str) -> str | None:
    """Canonical form of a typed code, or None when it cannot be a recovery code."""
    cleaned = "".join(ch for ch in code.upper() if ch not in "- \t").translate(_LOOKALIKES)
    if len(cleaned) != GROUPS * GROUP_LEN or any(ch not in ALPHABET for ch in cleaned):
        return None
    return "-".join(cleaned[i : i + GROUP_LEN] for i in range(0, len(cleaned), GROUP_LEN))

"""A medunit user's PostgreSQL login: the role name and the password derived from what the user knows.

A user's PostgreSQL password is not their passphrase: it is derived from it with Argon2id (salted with the
unit and user name), so the one thing a user remembers still logs them in, while the server (which keeps
a SCRAM verifier of that password, a fast hash) holds nothing that is cheaper to guess the passphrase
from than the key slot itself is. The recovery code logs in the same way as ``<unit>:recovery``.

The cost is the policy's KDF cost (``security.kdf_memory_kib``, ``security.kdf_iterations``): a client
derives the password before it can read anything from the server, so every workstation of a unit must
use the same values (IT sets one policy for the unit; docs/unit-server.md).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re

from medunit.crypto.kdf import KdfCost, KdfParams, derive_key
from medunit.store.pg.ddl import login_role
from medunit.store.pg.url import ServerUrl


def unit_of(url: ServerUrl) -> str:
    """The unit's name on the server (prefix of its roles): the database name made into an identifier."""
    name = re.sub(r"[^a-z0-9_]", "_", url.dbname.lower())[:40]
    return name if name[:1].isalpha() else f"u_{name}"


def login_password(secret: str, unit: str, user: str, cost: KdfCost) -> str:
    """The PostgreSQL password of ``user`` (or the recovery login) in ``unit``, derived from ``secret``."""
    salt = hashlib.sha256(f"medunit-server-login|{unit}|{user}".encode()).digest()[:16]
    key = derive_key(secret.encode(), KdfParams(cost, salt))
    return base64.urlsafe_b64encode(key).decode().rstrip("=")


def scram_verifier(password: str, iterations: int = 4096) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores (RFC 5802/7677), computed here so the password itself
    never reaches the server (nor its statement log)."""
    salt = os.urandom(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", "sha256").digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", "sha256").digest()

    def b64(data: bytes) -> str:
        return base64.b64encode(data).decode()

    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


__all__ = ["login_password", "login_role", "scram_verifier", "unit_of"]

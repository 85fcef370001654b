"""Setting up a unit server: the use cases IT runs once (``medunit-admin server init``) and per user.

The CLI knows only these calls; the SQL and the roles live in ``medunit/store/pg/``.

A user's PostgreSQL password is not their passphrase: it is derived from it with Argon2id (salted with
the unit and user name), so the one thing a user remembers still logs them in, while the server (which
keeps a SCRAM verifier of that password, a fast hash) holds nothing that is cheaper to guess the
passphrase from than the key slot itself is.
"""

from __future__ import annotations

import base64
import hashlib
import re
from typing import Any

import psycopg

from medunit.crypto.kdf import KdfCost, KdfParams, derive_key
from medunit.domain.roles import MIN_PASSPHRASE, Role, check_user_name
from medunit.errors import ConflictError, IntegrityError, PermissionDeniedError, ValidationError
from medunit.store.pg import schema
from medunit.store.pg.connect import connect
from medunit.store.pg.content import ServerContent
from medunit.store.pg.url import ServerUrl, parse_server_url

#: Fixed for every unit (a client must derive the same password on every workstation, before it can read
#: anything from the server): 64 MiB, 3 passes.
LOGIN_KDF = KdfCost(memory_kib=65536, iterations=3, lanes=4)


def login_password(passphrase: str, unit: str, user: str) -> str:
    """The PostgreSQL password of ``user`` in ``unit``, derived from their passphrase."""
    salt = hashlib.sha256(f"medunit-server-login|{unit}|{user}".encode()).digest()[:16]
    key = derive_key(passphrase.encode(), KdfParams(LOGIN_KDF, salt))
    return base64.urlsafe_b64encode(key).decode().rstrip("=")


def url_names_password(url_text: str) -> bool:
    return parse_server_url(url_text).password is not None


def default_unit(url: ServerUrl) -> str:
    """The unit's name on the server (prefix of its roles): the database name made into an identifier."""
    name = re.sub(r"[^a-z0-9_]", "_", url.dbname.lower())
    return name if name[:1].isalpha() else f"u_{name}"


def _check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError("A passphrase needs at least {n} characters.", n=MIN_PASSPHRASE)


def _as_dba(url_text: str, dba_password: str | None) -> tuple[ServerUrl, psycopg.Connection[Any]]:
    url = parse_server_url(url_text)
    return url, connect(url, password=dba_password, autocommit=True)


def init_server(url_text: str, admin: str, admin_passphrase: str, dba_password: str | None,
                unit: str | None = None) -> str:  # fmt: skip
    """Schema, roles, functions and the first unit admin in the (empty) database the URL names; returns the
    unit name. Run by the DBA (a PostgreSQL superuser)."""
    check_user_name(admin)
    _check_passphrase(admin_passphrase)
    url, conn = _as_dba(url_text, dba_password)
    name = unit or default_unit(url)
    try:
        schema.check_unit(name)
    except ValueError:
        raise ValidationError(
            "The unit name '{unit}' must be lower-case letters, digits and '_', starting with a letter.", unit=name
        ) from None
    with conn:
        if schema.is_initialised(conn):
            raise ConflictError("The database {db} already holds a medunit unit server.", db=url.dbname)
        try:
            schema.init_server(conn, name, admin, login_password(admin_passphrase, name, admin))
        except psycopg.errors.InsufficientPrivilege as exc:
            raise PermissionDeniedError(
                "The database user may not set up the unit server ({detail}); run this as a PostgreSQL superuser.",
                detail=exc.diag.message_primary or "permission denied",
            ) from None
    return name


def add_server_user(url_text: str, dba_password: str | None, user: str, role: Role, passphrase: str,
                    unit: str | None = None) -> str:  # fmt: skip
    """A login role for a new user (run by the DBA); returns the login role's name."""
    check_user_name(user)
    _check_passphrase(passphrase)
    url, conn = _as_dba(url_text, dba_password)
    name = unit or default_unit(url)
    with conn:
        if not schema.is_initialised(conn):
            raise ValidationError("The database {db} holds no unit server; run 'server init' first.", db=url.dbname)
        if schema.user_exists(conn, user):
            raise ConflictError("User {user} already exists on the unit server.", user=user)
        return schema.add_user(conn, name, user, role, login_password(passphrase, name, user))


def verify_server_log(url_text: str, user: str, passphrase: str, unit: str | None = None) -> None:
    """Recompute the server's access-log chain as ``user`` (privacy officer or unit admin); an
    IntegrityError names the first entry that no longer links."""
    url = parse_server_url(url_text)
    name = unit or default_unit(url)
    login = schema.login_role(name, user)
    with connect(url, user=login, password=login_password(passphrase, name, user), autocommit=True) as conn:
        broken = ServerContent(conn, "").verify_log()
    if broken is not None:
        raise IntegrityError(
            "The unit server's access log was altered: entry {seq} no longer links to the ones before it.", seq=broken
        )

"""A moved user's first sign-in to the unit server (``medunit-admin store sign-in``).

On the server a user logs in as their own PostgreSQL role with a password derived from their passphrase
(``store.pg.logins``). When a file store is moved to the server, nobody but each user knows their
passphrase, so the move cannot set their login: it gives each user's login a one-time sign-in code (a
random code in the recovery code's format, shown once to the administrator who hands it over, as with a
new user's first passphrase). With that code and their own, unchanged passphrase the user sets their
login once; from then on the passphrase alone logs them in, and the code no longer works.

The passphrase is checked against the user's own key slot before the login is changed: a stolen sign-in
code alone does not let anyone choose the user's server password. And a code expires: the move makes the
login it opens valid for ``CODE_DAYS`` days only (PostgreSQL's ``VALID UNTIL``, so the server refuses it
afterwards, whatever the client does); the password set at sign-in never expires (``vault.set_login``).
PostgreSQL says no more than "password authentication failed" for an expired login, so the message names
both causes.
"""

from __future__ import annotations

from datetime import datetime

from psycopg import sql

from medunit.crypto.kdf import KdfCost
from medunit.crypto.recovery_code import normalise
from medunit.crypto.workstation import Workstation
from medunit.domain.roles import Role
from medunit.errors import AuthenticationError
from medunit.store import users as users_repo
from medunit.store.pg.connect import connect
from medunit.store.pg.database import PgDatabase
from medunit.store.pg.logins import login_password, login_role, scram_verifier, unit_of
from medunit.store.pg.url import parse_server_url
from medunit.store.pg.vault import read_slots, set_login
from medunit.store.vault import open_user_slot

#: Days after the move a sign-in code still logs in.
CODE_DAYS = 14

_WRONG_CODE = (
    "Sign-in failed: unknown user, not the sign-in code the unit administrator gave you, or the code has expired "
    "(a code works {days} days after the move). A unit administrator gives you a new start with "
    "'medunit-admin recover --store URL --user NAME' and the recovery code."
)


def limit_code_login(db: PgDatabase, unit: str, user: str, until: datetime) -> None:
    """At the move, as the database administrator: the login a sign-in code opens expires at ``until``."""
    role = sql.Identifier(login_role(unit, user))
    db.raw.execute(sql.SQL("ALTER ROLE {} VALID UNTIL {}").format(role, sql.Literal(until.isoformat())))


def code_password(code: str) -> str | None:
    """The login password a sign-in code stands for (its canonical form), or None when it cannot be one."""
    return normalise(code)


def first_sign_in(
    url_text: str, user: str, code: str, passphrase: str, workstation: Workstation | None, cost: KdfCost
) -> None:
    """Log in with the sign-in code, prove the passphrase opens the user's own key slot, and set the login
    password derived from that passphrase."""
    url = parse_server_url(url_text)
    unit = unit_of(url)
    password = code_password(code)
    if password is None:
        raise AuthenticationError(_WRONG_CODE, days=CODE_DAYS)
    try:
        conn = connect(url, user=login_role(unit, user), password=password, autocommit=True)
    except AuthenticationError:
        raise AuthenticationError(_WRONG_CODE, days=CODE_DAYS) from None
    db = PgDatabase(conn, url.shown())
    try:
        open_user_slot(read_slots(db), user, passphrase, workstation)
        row = users_repo.get_user(db, user)
        if row is None:
            raise AuthenticationError(_WRONG_CODE, days=CODE_DAYS)
        set_login(db, user, Role(row.role).value, scram_verifier(login_password(passphrase, unit, user, cost)))
    finally:
        db.close()

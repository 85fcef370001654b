"""A moved user's first sign-in to the unit server (``medunit-admin store sign-in``).

On the server a user logs in as their own PostgreSQL role with a password derived from their passphrase
(``store.pg.logins``). When a file store is moved to the server, nobody but each user knows their
passphrase, so the move cannot set their login: it gives each user's login a one-time sign-in code (a
random code in the recovery code's format, shown once to the administrator who hands it over, as with a
new user's first passphrase). With that code and their own, unchanged passphrase the user sets their
login once; from then on the passphrase alone logs them in, and the code no longer works.

The passphrase is checked against the user's own key slot before the login is changed: a stolen sign-in
code alone does not let anyone choose the user's server password.
"""

from __future__ import annotations

from medunit.crypto.kdf import KdfCost
from medunit.crypto.recovery_code import normalise
from medunit.crypto.workstation import Workstation
from medunit.domain.roles import Role
from medunit.errors import AuthenticationError
from medunit.store import users as users_repo
from medunit.store.pg.connect import connect
from medunit.store.pg.database import PgDatabase
from medunit.store.pg.logins import login_password, login_role, unit_of
from medunit.store.pg.url import parse_server_url
from medunit.store.pg.vault import _read_slots, _set_login
from medunit.store.vault import open_user_slot

_WRONG_CODE = "Sign-in failed: unknown user, or not the sign-in code the unit administrator gave you."


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
        raise AuthenticationError(_WRONG_CODE)
    try:
        conn = connect(url, user=login_role(unit, user), password=password, autocommit=True)
    except AuthenticationError:
        raise AuthenticationError(_WRONG_CODE) from None
    db = PgDatabase(conn, url.shown())
    try:
        open_user_slot(_read_slots(db), user, passphrase, workstation)
        row = users_repo.get_user(db, user)
        if row is None:
            raise AuthenticationError(_WRONG_CODE)
        _set_login(db, user, Role(row.role), login_password(passphrase, unit, user, cost))
    finally:
        db.close()

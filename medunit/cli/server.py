"""``medunit-admin server …``: setting up a unit server (docs/unit-server.md). Run by IT as the DBA."""

from __future__ import annotations

import argparse
import os
from typing import Any

from medunit.cli import prompts
from medunit.config.policy import Policy
from medunit.domain.roles import parse_role
from medunit.errors import EXIT_OK


def _server() -> Any:
    """The server service, imported on use: psycopg (and its bundled libpq) is loaded only by the commands
    that talk to a server, not by every medunit-admin start."""
    from medunit.services import server

    return server


def _dba_password(url: str) -> str | None:
    """The DBA's password: MEDUNIT_SERVER_PASSWORD, else the URL's own, else asked for (no echo)."""
    server = _server()
    value = os.environ.get("MEDUNIT_SERVER_PASSWORD")
    if value is not None or server.url_names_password(url):
        return value
    return prompts.secret("Password of the database administrator")


def cmd_init(args: argparse.Namespace, policy: Policy) -> int:
    passphrase = prompts.new_passphrase(args.admin)
    unit = _server().init_server(args.url, args.admin, passphrase, _dba_password(args.url), args.unit)
    print(f"Unit server initialised: unit {unit}, first unit admin {args.admin} (login role {unit}.{args.admin}).")
    return EXIT_OK


def cmd_user_add(args: argparse.Namespace, policy: Policy) -> int:
    role = parse_role(args.role)
    passphrase = prompts.new_passphrase(args.user)
    login = _server().add_server_user(args.url, _dba_password(args.url), args.user, role, passphrase, args.unit)
    print(f"User {args.user} added to the unit server with role {role.value} (login role {login}).")
    return EXIT_OK


def cmd_audit_verify(args: argparse.Namespace, policy: Policy) -> int:
    _server().verify_server_log(args.url, args.acting, prompts.passphrase(args.acting), args.unit)
    print("The unit server's access log verifies: every entry links to the one before it.")
    return EXIT_OK


def register(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    srv = sub.add_parser("server", help="set up a unit server (PostgreSQL); run as the DBA").add_subparsers(
        dest="server_command", required=True, parser_class=parser_class
    )
    p = srv.add_parser("init", help="schema, roles, functions and the first unit admin in an empty database")
    p.add_argument("--url", required=True, help="postgresql://DBA@HOST[:PORT]/DATABASE (TLS verify-full by default)")
    p.add_argument("--admin", required=True, metavar="NAME", help="the unit's first administrator")
    p.add_argument("--unit", help="prefix of the unit's PostgreSQL roles (default: the database name)")
    p.set_defaults(handler=cmd_init)
    p = srv.add_parser("user-add", help="a login role for a new user (run as the DBA)")
    p.add_argument("--url", required=True)
    p.add_argument("user")
    p.add_argument("--role", required=True)
    p.add_argument("--unit", help="prefix of the unit's PostgreSQL roles (default: the database name)")
    p.set_defaults(handler=cmd_user_add)
    p = srv.add_parser("audit-verify", help="recompute the server's access-log chain (privacy officer, unit admin)")
    p.add_argument("--url", required=True)
    p.add_argument("--as", dest="acting", metavar="NAME", required=True, help="acting user")
    p.add_argument("--unit", help="prefix of the unit's PostgreSQL roles (default: the database name)")
    p.set_defaults(handler=cmd_audit_verify)

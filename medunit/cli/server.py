"""``medunit-admin server init``: setting up a unit server (docs/unit-server.md). Run once by IT as the DBA.

Everything after that is the ordinary commands with ``--store postgresql://…``: ``user add`` gives a new
user their key slot and their login role, ``verify`` and ``audit verify`` check the server's store.
"""

from __future__ import annotations

import argparse
import os
from typing import Any

from medunit.cli import prompts
from medunit.config.policy import Policy
from medunit.errors import EXIT_OK, UsageError
from medunit.services import stores


def _dba_password(url: str) -> str | None:
    """The DBA's password: MEDUNIT_SERVER_PASSWORD, else the URL's own, else asked for (no echo)."""
    value = os.environ.get("MEDUNIT_SERVER_PASSWORD")
    if value is not None or stores.server_url_password(url):
        return value
    return prompts.secret("Password of the database administrator")


def cmd_init(args: argparse.Namespace, policy: Policy) -> int:
    if stores.server_url(args.url) is None:
        raise UsageError("--url must be a postgresql:// URL (a folder store is made with 'medunit-admin init').")
    passphrase = os.environ.get("MEDUNIT_PASSPHRASE") or prompts.new_passphrase(args.admin)
    binding = False if args.no_binding else None
    session, _code = stores.create_store(
        args.url, args.admin, passphrase, policy, binding=binding, show_recovery_code=prompts.show_recovery_code,
        dba_password=_dba_password(args.url),
    )  # fmt: skip
    try:
        print(
            f"Unit server set up at {session.store_path}: first unit administrator {args.admin}. Point every "
            f"workstation at it with store.location (policy) or --store."
        )
    finally:
        session.close()
    return EXIT_OK


def register(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    srv = sub.add_parser("server", help="set up a unit server (PostgreSQL); run as the DBA").add_subparsers(
        dest="server_command", required=True, parser_class=parser_class
    )
    p = srv.add_parser("init", help="schema, roles and the store's keys in an empty database; the first unit admin")
    p.add_argument("--url", required=True, help="postgresql://DBA@HOST[:PORT]/DATABASE (TLS verify-full by default)")
    p.add_argument("--admin", required=True, metavar="NAME", help="the unit's first administrator")
    p.add_argument("--no-binding", action="store_true", help="key slots not bound to workstations")
    p.set_defaults(handler=cmd_init)

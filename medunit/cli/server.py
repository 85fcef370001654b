"""``medunit-admin server init``: setting up a unit server (docs/unit-server.md). Run once by IT as the DBA.
``medunit-admin server upgrade``: the server brought to this release, by IT as the DBA, before the
workstations get the release.

Everything after that is the ordinary commands with ``--store postgresql://…``: ``user add`` gives a new
user their key slot and their login role, ``verify`` and ``audit verify`` check the server's store.
"""

from __future__ import annotations

import argparse
import os
from typing import Any

from medunit import i18n
from medunit.cli import prompts
from medunit.cli.prompts import said
from medunit.config.policy import Policy
from medunit.errors import EXIT_OK, UsageError
from medunit.i18n import QT_TRANSLATE_NOOP
from medunit.services import stores

INIT_EXITS = """exit codes: 0 done, the unit server is set up
  1  the server cannot be reached or found, the database already holds a unit server, or the database
     user may not set one up
  2  usage: --url is no postgresql:// URL, a missing option, or no terminal to ask a secret
  3  the database administrator's password was refused
Every refusal is one message, Dutch first (ui.language), English under it. docs/unit-server.md"""

UPGRADE_EXITS = """exit codes: 0 done, the unit server is at this medunit's schema version with its rules
  1  the server cannot be reached or found, the database holds no unit server, the server is newer than
     this medunit (or older than any release), a workstation holds the server's tables, or the database
     user may not upgrade it; nothing was changed
  2  usage: --url is no postgresql:// URL, a missing option, or no terminal to ask a secret
  3  the database administrator's password was refused
Every refusal is one message, Dutch first (ui.language), English under it. docs/unit-server.md"""


def _dba_password(url: str, language: str | None) -> str | None:
    """The DBA's password: MEDUNIT_SERVER_PASSWORD, else the URL's own, else asked for (no echo)."""
    value = os.environ.get("MEDUNIT_SERVER_PASSWORD")
    if value is not None or stores.server_url_password(url):
        return value
    label = QT_TRANSLATE_NOOP("cli", "Password of the database administrator")
    return prompts.secret(i18n.translate("cli", label, language))


def cmd_init(args: argparse.Namespace, policy: Policy) -> int:
    if stores.server_url(args.url) is None:
        raise UsageError("--url must be a postgresql:// URL (a folder store is made with 'medunit-admin init').")
    passphrase = os.environ.get("MEDUNIT_PASSPHRASE") or prompts.new_passphrase(args.admin)
    binding = False if args.no_binding else None
    session, _code = stores.create_store(
        args.url, args.admin, passphrase, policy, binding=binding, show_recovery_code=prompts.show_recovery_code,
        dba_password=_dba_password(args.url, policy.get("ui.language")),
    )  # fmt: skip
    try:
        done = QT_TRANSLATE_NOOP(
            "cli",
            "Unit server set up at {url}: first unit administrator {admin}. Point every workstation at it with "
            "store.location (policy) or --store.",
        )
        print(said(policy, done, url=session.store_path, admin=args.admin))
    finally:
        session.close()
    return EXIT_OK


def cmd_upgrade(args: argparse.Namespace, policy: Policy) -> int:
    if stores.server_url(args.url) is None:
        raise UsageError("--url must be a postgresql:// URL (a folder store is upgraded when it is opened).")
    upgrade = stores.upgrade_server(args.url, _dba_password(args.url, policy.get("ui.language")))
    if upgrade.before == upgrade.after:
        done = QT_TRANSLATE_NOOP(
            "cli",
            "Unit server {url} was at schema version {version} already; its rules were applied again, "
            "nothing else changed.",
        )
        print(said(policy, done, url=upgrade.server, version=upgrade.after))
    else:
        done = QT_TRANSLATE_NOOP(
            "cli",
            "Unit server {url} upgraded from schema version {before} to {after}: tables brought up to date, "
            "every rule applied again. Now install this medunit release on the workstations.",
        )
        print(said(policy, done, url=upgrade.server, before=upgrade.before, after=upgrade.after))
    return EXIT_OK


def register(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    srv = sub.add_parser("server", help="set up or upgrade a unit server (PostgreSQL); run as the DBA").add_subparsers(
        dest="server_command", required=True, parser_class=parser_class
    )
    p = srv.add_parser(
        "init", help="schema, roles and the store's keys in an empty database; the first unit admin",
        epilog=INIT_EXITS, formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip
    p.add_argument("--url", required=True, help="postgresql://DBA@HOST[:PORT]/DATABASE (TLS verify-full by default)")
    p.add_argument("--admin", required=True, metavar="NAME", help="the unit's first administrator")
    p.add_argument("--no-binding", action="store_true", help="key slots not bound to workstations")
    p.set_defaults(handler=cmd_init)
    p = srv.add_parser(
        "upgrade", help="bring the unit server to this release (schema and rules); before the workstations",
        epilog=UPGRADE_EXITS, formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip
    p.add_argument("--url", required=True, help="postgresql://DBA@HOST[:PORT]/DATABASE (TLS verify-full by default)")
    p.set_defaults(handler=cmd_upgrade)

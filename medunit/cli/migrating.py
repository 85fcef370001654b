"""``medunit-admin store migrate`` (IT moves a file store to the unit server) and ``store sign-in`` (each
moved user's first login there). docs/unit-server.md, "Moving a file store to the server"."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Any

from medunit.cli import prompts
from medunit.cli.server import _dba_password
from medunit.config.policy import Policy
from medunit.errors import EXIT_ERROR, EXIT_OK, UsageError
from medunit.services import migrate


class _Progress:
    """Progress on stderr: a line per table and at most one line every few seconds within one."""

    def __init__(self, every_s: float = 5.0) -> None:
        self.every_s = every_s
        self.last = 0.0

    def __call__(self, phase: str, done: int, total: int) -> None:
        now = time.monotonic()
        finished = not phase.startswith(("copying ", "verifying "))
        if finished or now - self.last >= self.every_s:
            self.last = now
            share = 100 * done // total if total else 100
            print(f"{phase}: {done} of {total} rows ({share} %)", file=sys.stderr, flush=True)


def cmd_migrate(args: argparse.Namespace, policy: Policy) -> int:
    code = prompts.recovery_code(args.recovery_code) or prompts.secret("Recovery code of the file store")
    if not code:
        raise UsageError("Give the recovery code with --recovery-code or MEDUNIT_RECOVERY_CODE.")
    passphrase = prompts.passphrase(args.acting)
    report = migrate.migrate_store(
        Path(args.source).expanduser(), args.to, args.acting, passphrase, code, policy,
        dba_password=_dba_password(args.to), progress=_Progress(),
    )  # fmt: skip
    print(
        f"Store moved to {report.server}: {report.total_rows} rows in {len(report.rows)} tables copied and "
        f"verified entry by entry; the access log ({report.log_entries} entries, {report.signatures} signed "
        f"transactions) verifies on the server. Took {report.seconds:.1f} s."
    )
    if report.retired_folder is not None:
        print(f"The old store is kept in {report.retired_folder}; {args.source} now holds only a note.")
    if report.sign_in_codes:
        print("One-time sign-in codes: hand each user theirs in person (like a first passphrase). Each signs in")
        print("once with 'medunit-admin store sign-in --store URL --as NAME'; their passphrase stays the same.")
        for user, sign_in_code in sorted(report.sign_in_codes.items()):
            print(f"  {user}: {sign_in_code}")
    if report.retire_problem:
        print(f"medunit-admin: {report.retire_problem}", file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK


def cmd_sign_in(args: argparse.Namespace, policy: Policy) -> int:
    code = os.environ.get("MEDUNIT_SIGN_IN_CODE") or prompts.secret("Sign-in code from the unit administrator")
    migrate.sign_in(args.store, args.acting, code, prompts.passphrase(args.acting), policy)
    print(f"{args.acting} signed in to the unit server; from now on your passphrase alone logs you in.")
    return EXIT_OK


def register(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    store = sub.add_parser("store", help="move a file store to the unit server").add_subparsers(
        dest="store_command", required=True, parser_class=parser_class
    )
    p = store.add_parser("migrate", help="copy a file store into an empty server database, verified row by row")
    p.add_argument("--from", dest="source", required=True, metavar="DIR", help="the file store's folder")
    p.add_argument("--to", required=True, metavar="URL", help="postgresql://DBA@HOST[:PORT]/EMPTY_DATABASE")
    p.add_argument("--as", dest="acting", required=True, metavar="ADMIN", help="the file store's unit administrator")
    p.add_argument("--recovery-code", help="the file store's recovery code (or MEDUNIT_RECOVERY_CODE)")
    p.set_defaults(handler=cmd_migrate)
    p = store.add_parser("sign-in", help="a moved user's first login to the server, with their sign-in code")
    p.add_argument("--store", required=True, metavar="URL", help="the unit server's postgresql:// URL")
    p.add_argument("--as", dest="acting", required=True, metavar="NAME")
    p.set_defaults(handler=cmd_sign_in)

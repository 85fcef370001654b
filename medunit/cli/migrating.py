"""``medunit-admin store migrate`` (IT moves a file store to the unit server) and ``store sign-in`` (each
moved user's first login there). docs/unit-server.md, "Moving a file store to the server"."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Any

from medunit import i18n
from medunit.cli import prompts
from medunit.cli.prompts import said
from medunit.cli.server import _dba_password
from medunit.config.policy import Policy
from medunit.errors import EXIT_ERROR, EXIT_OK, UsageError
from medunit.i18n import QT_TRANSLATE_NOOP
from medunit.services import migrate

#: The progress line per phase of the move (services/migrate.py, store/pg/copy.py name the phase).
_PHASES = {
    "copying": QT_TRANSLATE_NOOP("cli", "copying {table}: {done} of {total} rows ({share} %)"),
    "copied": QT_TRANSLATE_NOOP("cli", "copied {table}: {done} of {total} rows ({share} %)"),
    "verifying": QT_TRANSLATE_NOOP("cli", "verifying {table}: {done} of {total} rows ({share} %)"),
    "verified": QT_TRANSLATE_NOOP("cli", "verified {table}: {done} of {total} rows ({share} %)"),
}
_LOG_PHASE = "verifying the access log on the server"

MIGRATE_EXITS = """exit codes: 0 done, the store moved and verified
  1  the target is no postgresql:// URL, the server cannot be reached or found, the database is not
     empty, the store is read-only or not sealed yet, or its folder could not be renamed after the move
  2  usage: a missing option, or no terminal to ask a secret that is not in the environment
  3  wrong passphrase, recovery code or database administrator's password
  4  the file store, or the copy on the server, fails its check (the server is left empty)
Every refusal is one message, Dutch first (ui.language), English under it. docs/unit-server.md"""

SIGN_IN_EXITS = f"""exit codes: 0 done, the passphrase alone logs in from now on
  1  the store is no postgresql:// URL, or the server cannot be reached or found
  2  usage: a missing option, or no terminal to ask a secret that is not in the environment
  3  unknown user, wrong or expired sign-in code (a code works {migrate.SIGN_IN_CODE_DAYS} days after the
     move), or wrong passphrase
Every refusal is one message, Dutch first (ui.language), English under it. docs/unit-server.md"""


class _Progress:
    """Progress on stderr: a line per table and at most one line every few seconds within one."""

    def __init__(self, language: str | None, every_s: float = 5.0) -> None:
        self.language = language
        self.every_s = every_s
        self.last = 0.0

    def __call__(self, phase: str, done: int, total: int) -> None:
        now = time.monotonic()
        finished = not phase.startswith(("copying ", "verifying "))
        if finished or now - self.last >= self.every_s:
            self.last = now
            share = 100 * done // total if total else 100
            if phase == _LOG_PHASE:
                template = QT_TRANSLATE_NOOP("cli", "verifying the access log on the server: {done} of {total} rows")
                params: dict[str, object] = {"done": done, "total": total}
            else:
                verb, _, table = phase.partition(" ")
                template = _PHASES.get(verb, "{table}: {done} of {total} rows ({share} %)")
                params = {"table": table if verb in _PHASES else phase, "done": done, "total": total, "share": share}
            print(i18n.bilingual("cli", template, params, self.language), file=sys.stderr, flush=True)


def cmd_migrate(args: argparse.Namespace, policy: Policy) -> int:
    language = policy.get("ui.language")
    code = prompts.recovery_code(args.recovery_code) or prompts.secret(
        i18n.translate("cli", QT_TRANSLATE_NOOP("cli", "Recovery code of the file store"), language)
    )
    if not code:
        raise UsageError("Give the recovery code with --recovery-code or MEDUNIT_RECOVERY_CODE.")
    passphrase = prompts.passphrase(args.acting)
    report = migrate.migrate_store(
        Path(args.source).expanduser(), args.to, args.acting, passphrase, code, policy,
        dba_password=_dba_password(args.to, language), progress=_Progress(language),
    )  # fmt: skip
    moved = QT_TRANSLATE_NOOP(
        "cli",
        "Store moved to {server}: {rows} rows in {tables} tables copied and verified entry by entry; the access "
        "log ({entries} entries, {signatures} signed transactions) verifies on the server. Took {seconds} s.",
    )
    print(said(policy, moved, server=report.server, rows=report.total_rows, tables=len(report.rows),
               entries=report.log_entries, signatures=report.signatures, seconds=f"{report.seconds:.1f}"))  # fmt: skip
    if report.retired_folder is not None:
        kept = QT_TRANSLATE_NOOP("cli", "The old store is kept in {retired}; {source} now holds only a note.")
        print(said(policy, kept, retired=report.retired_folder, source=args.source))
    if report.sign_in_codes:
        codes = QT_TRANSLATE_NOOP(
            "cli",
            "One-time sign-in codes: hand each user theirs in person (like a first passphrase). Each signs in once "
            "with 'medunit-admin store sign-in --store URL --as NAME'; their passphrase stays the same. The codes "
            "work until {until}.",
        )
        until = report.codes_valid_until.strftime("%Y-%m-%d %H:%M UTC") if report.codes_valid_until else "?"
        print(said(policy, codes, until=until))
        for user, sign_in_code in sorted(report.sign_in_codes.items()):
            print(f"  {user}: {sign_in_code}")
    if report.retire_problem:
        problem = report.retire_problem
        print(f"medunit-admin: {i18n.bilingual('errors', problem.template, problem.params, language)}", file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK


def cmd_sign_in(args: argparse.Namespace, policy: Policy) -> int:
    label = QT_TRANSLATE_NOOP("cli", "Sign-in code from the unit administrator")
    code = os.environ.get("MEDUNIT_SIGN_IN_CODE") or prompts.secret(
        i18n.translate("cli", label, policy.get("ui.language"))
    )
    migrate.sign_in(args.store, args.acting, code, prompts.passphrase(args.acting), policy)
    done = QT_TRANSLATE_NOOP(
        "cli", "{user} signed in to the unit server; from now on your passphrase alone logs you in."
    )
    print(said(policy, done, user=args.acting))
    return EXIT_OK


def register(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    store = sub.add_parser("store", help="move a file store to the unit server").add_subparsers(
        dest="store_command", required=True, parser_class=parser_class
    )
    p = store.add_parser(
        "migrate", help="copy a file store into an empty server database, verified row by row", epilog=MIGRATE_EXITS,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip
    p.add_argument("--from", dest="source", required=True, metavar="DIR", help="the file store's folder")
    p.add_argument("--to", required=True, metavar="URL", help="postgresql://DBA@HOST[:PORT]/EMPTY_DATABASE")
    p.add_argument("--as", dest="acting", required=True, metavar="ADMIN", help="the file store's unit administrator")
    p.add_argument("--recovery-code", help="the file store's recovery code (or MEDUNIT_RECOVERY_CODE)")
    p.set_defaults(handler=cmd_migrate)
    p = store.add_parser(
        "sign-in", help="a moved user's first login to the server, with their sign-in code", epilog=SIGN_IN_EXITS,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip
    p.add_argument("--store", required=True, metavar="URL", help="the unit server's postgresql:// URL")
    p.add_argument("--as", dest="acting", required=True, metavar="NAME")
    p.set_defaults(handler=cmd_sign_in)

"""medunit-admin entry point.

The command-line contract (sub-commands, options, exit codes) is what outside checks and IT scripts use:
keep it stable, add freely. Exit codes: 0 ok, 1 other error, 2 usage, 3 authentication failed,
4 integrity/tamper detected. Every error is one message on stderr, never a traceback: in the policy's
ui.language (Dutch by default) with the English under it when the template has a translation (medunit/i18n.py).
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import io
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import TextIO

from medunit import i18n, netguard
from medunit.cli import backups, exporting, migrating, prompts, workflow
from medunit.cli import server as server_cli
from medunit.config.policy import Policy, describe_setting, format_value, load_policy
from medunit.domain.text import MAX_PAGE, for_terminal
from medunit.errors import EXIT_ERROR, EXIT_INTEGRITY, EXIT_OK, MedunitError, UsageError, ValidationError
from medunit.services import admin, audit, confidentiality, demo, intake, profiles, records, rollback, sealing, stores
from medunit.services.guard import AcknowledgementRequiredError
from medunit.services.records import CaseQuery
from medunit.services.session import Session

Handler = Callable[[argparse.Namespace, Policy], int]


class _VersionAction(argparse.Action):
    """``--version``: several lines of build information (argparse's own action would re-wrap them)."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help="show version and build")

    def __call__(self, parser: argparse.ArgumentParser, *args: object, **kwargs: object) -> None:
        from medunit import buildinfo

        print(buildinfo.describe("medunit-admin"))
        parser.exit()


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError("{message} (see medunit-admin --help)", message=message)


def _store_dir(args: argparse.Namespace, policy: Policy) -> Path | str:
    """The store: ``--store`` or the policy's store.location, a folder or a unit server's URL."""
    if not args.store:
        return policy.store_location
    return args.store if stores.server_url(args.store) else Path(args.store).expanduser()


def _open(args: argparse.Namespace, policy: Policy) -> Session:
    root = _store_dir(args, policy)
    stores.store_binds(root)  # a missing or foreign folder is named before anyone types a passphrase
    failures = stores.failed_unlocks(root)
    wait = stores.delay_units(failures)
    if wait:  # the GUI's growing delay: a script cannot guess faster than the window allows
        print(f"{failures} failed unlocks since the last successful one; waiting {wait} s.", file=sys.stderr)
        time.sleep(wait)
    session = stores.unlock(root, args.acting, prompts.passphrase(args.acting), policy)
    if session.acknowledgement_due:
        try:
            _acknowledge(session, getattr(args, "accept_confidentiality", None))
        except BaseException:
            session.close()
            raise
    return session


def _acknowledge(session: Session, given: str | None) -> None:
    """The confidentiality statement before any data shows: ``--accept-confidentiality VERSION`` (scripts,
    after reading ``confidentiality show``), or a question on the terminal. Without either, the guard
    refuses every data command (administration that shows no person's data still works)."""
    statement = confidentiality.statement(session.policy)
    if given is None and prompts.interactive():
        print(_statement_text(statement), file=sys.stderr)
        answer = input("Accepteert u deze verklaring? / Do you accept this statement? [ja/nee] ")
        given = statement.version if answer.strip().lower() in ("ja", "j", "yes", "y") else None
    if given is not None:
        confidentiality.accept(session, given)
        print(f"Confidentiality statement {statement.version} accepted by {session.user}.", file=sys.stderr)


def _statement_text(statement: confidentiality.Statement) -> str:
    return (
        f"Geheimhoudingsverklaring / confidentiality statement (version {statement.version})\n\n"
        f"{statement.nl}\n\n{statement.en}\n"
    )


def cmd_confidentiality_show(args: argparse.Namespace, policy: Policy) -> int:
    print(_statement_text(confidentiality.statement(policy)))
    print(f"To accept it in a script: --accept-confidentiality {confidentiality.statement(policy).version}")
    return EXIT_OK


def cmd_init(args: argparse.Namespace, policy: Policy) -> int:
    pw = os.environ.get("MEDUNIT_PASSPHRASE") or prompts.new_passphrase(args.user)
    binding = False if args.no_binding else None

    session, _code = stores.create_store(
        _store_dir(args, policy),
        args.user,
        pw,
        policy,
        binding=binding,
        show_recovery_code=prompts.show_recovery_code,
    )
    try:
        print(
            f"Store created at {session.store_path} (user {args.user}, role unit-admin, "
            f"workstation binding {'on' if session.vault.slots.binding else 'off'})."
        )
        warning = stores.binding_warning(session)
        if warning:
            print(warning)
    finally:
        session.close()
    return EXIT_OK


def _with_session(fn: Callable[[Session, argparse.Namespace], int]) -> Handler:
    def run(args: argparse.Namespace, policy: Policy) -> int:
        session = _open(args, policy)
        try:
            return fn(session, args)
        finally:
            session.close()

    return run


def _user_add(session: Session, args: argparse.Namespace) -> int:
    pw = prompts.new_passphrase(args.newuser)
    pending = admin.add_user(session, args.newuser, args.role, pw, prompts.recovery_code(args.recovery_code), args.big)
    print(f"User {args.newuser} added with role {args.role}.")
    if pending:
        print(
            f"Key grant pending ({', '.join(pending)}): a holder of the key approves it with "
            f"'medunit-admin user grant {args.newuser}', or give --recovery-code."
        )
    return EXIT_OK


def _user_grant(session: Session, args: argparse.Namespace) -> int:
    granted = sealing.grant_keys(session, args.user, prompts.recovery_code(args.recovery_code))
    print(f"Keys sealed to {args.user}'s slot: {', '.join(granted)}.")
    return EXIT_OK


def _user_pending(session: Session, args: argparse.Namespace) -> int:
    for g in sealing.pending_grants(session):
        print(f"{g.user}\t{g.role}\twaiting for: {', '.join(g.missing)}\tcreated by {g.created_by} at {g.created_at}")
    return EXIT_OK


def _user_role(session: Session, args: argparse.Namespace) -> int:
    taken = admin.change_role(session, args.user, args.role, version=args.if_version)
    print(f"Role of {args.user} is now {args.role}.")
    if taken:
        print(f"Keys taken from the slot and due for rotation at the next holder's unlock: {', '.join(taken)}.")
    return EXIT_OK


def _user_certify(session: Session, args: argparse.Namespace) -> int:
    admin.certify_advisor(session, args.user, args.big)
    print(f"Document-signing certificate issued to {args.user} (BIG {args.big}); give IT the new public-key file.")
    return EXIT_OK


def _user_remove(session: Session, args: argparse.Namespace) -> int:
    admin.remove_user(session, args.user)
    print(f"User {args.user} removed; the data key was rotated.")
    return EXIT_OK


def _user_list(session: Session, args: argparse.Namespace) -> int:
    staff_teams = admin.staff_teams(session)
    current = confidentiality.statement(session.policy).version
    for row in admin.list_users(session):
        if row.acknowledged_version is None:
            ack = "confidentiality: not accepted"
        else:
            old = "" if row.acknowledged_version == current else ", an earlier text"
            ack = f"confidentiality: {row.acknowledged_version} accepted {row.acknowledged_at}{old}"
        team = f"\tsupports: {', '.join(staff_teams.get(row.name, [])) or 'nobody'}" if row.role == "unit-staff" else ""
        print(
            f"{row.name}\t{row.role}\t{row.created_at}\t{row.display_name or ''}\t{row.big_number or ''}\t"
            f"version {row.row_version}\t{ack}{team}"
        )
    return EXIT_OK


def _user_team(session: Session, args: argparse.Namespace) -> int:
    advisors = [a for a in args.advisors.split(",") if a.strip()]
    admin.assign_team(session, args.staff, advisors)
    print(f"{args.staff} now supports: {', '.join(sorted(a.strip() for a in advisors)) or 'nobody'}.")
    return EXIT_OK


def _user_set_profile(session: Session, args: argparse.Namespace) -> int:
    row = profiles.set_profile(session, args.user, args.display_name, args.big or "", version=args.if_version)
    big = f", BIG {row.big_number}" if row.big_number else ""
    print(f"Profile of {row.name}: {row.full_name}{big}.")
    return EXIT_OK


def _passwd(session: Session, args: argparse.Namespace) -> int:
    admin.change_passphrase(session, prompts.new_passphrase(session.user))
    print(f"Passphrase of {session.user} changed.")
    return EXIT_OK


def _recovery_reset(session: Session, args: argparse.Namespace) -> int:
    code = admin.new_recovery_code(session, prompts.recovery_code(args.recovery_code))
    print("The old recovery code no longer works. Write the new one down now; it is shown only once.")
    print(f"Recovery code: {code}")
    return EXIT_OK


def _verify(session: Session, args: argparse.Namespace) -> int:
    report = admin.verify_store(session)
    warning = stores.binding_warning(session)
    if warning:
        print(warning)
    for problem in report.problems:
        print(f"FAIL {problem}")
    if report.ok:
        print(f"OK: {', '.join(report.checks)}")
        return EXIT_OK
    print(f"medunit-admin: integrity problem: {report.problems[0]}", file=sys.stderr)
    return EXIT_INTEGRITY


def cmd_restore_accept(args: argparse.Namespace, policy: Policy) -> int:
    """A unit administrator accepts a restored backup: the rollback anchor moves back, logged."""
    root = _store_dir(args, policy)
    stores.store_binds(root)
    session = stores.unlock(root, args.acting, prompts.passphrase(args.acting), policy, check_anchor=False)
    try:
        before, now = rollback.accept_restore(session, args.reason)
    finally:
        session.close()
    was = f"log #{before.log_seq}, key generation {before.slot_generation}" if before else "none on this workstation"
    print(
        f"Restore accepted: rollback anchor moved to log #{now.log_seq}, key generation {now.slot_generation} "
        f"(was {was}); logged."
    )
    return EXIT_OK


def _intake_import(session: Session, args: argparse.Namespace) -> int:
    path = Path(args.file)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UsageError("Cannot read {path}: {why}", path=path, why=exc.strerror or "error") from exc
    limit = 1_048_576
    if len(raw) > limit:
        raise ValidationError("Intake refused: line 1, field '(file)': larger than {n} bytes", n=limit)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ValidationError("Intake refused: line 1, field '(file)': not UTF-8 text") from None
    ref = intake.import_intake(session, text)
    print(f"Imported case {ref}.")
    return EXIT_OK


def _case_list(session: Session, args: argparse.Namespace) -> int:
    query = CaseQuery(text=args.search or "", status=args.status, case_type=args.type, advisor=args.advisor)
    rows = records.list_cases(session, query, 0, args.limit)
    if args.json:
        print(json.dumps([asdict(r) for r in rows], indent=1, ensure_ascii=False))
        return EXIT_OK
    for r in rows:
        who = r.person_name if r.person_name else "(restricted)"
        print(f"{r.reference}\t{r.case_type}\t{r.status}\t{r.received_at}\t{r.assigned_advisor or '-'}\t{who}")
    return EXIT_OK


def _case_show(session: Session, args: argparse.Namespace) -> int:
    if args.break_glass is not None:
        records.break_glass(session, args.reference, args.break_glass)
    detail = records.get_case(session, args.reference)
    if args.json:
        print(json.dumps(asdict(detail), indent=1, ensure_ascii=False))
        return EXIT_OK
    s, p = detail.summary, detail.person
    print(f"Case {s.reference} ({s.case_type}, {s.status}), received {s.received_at}")
    print(f"Advisor: {s.assigned_advisor or '-'}{'  [restricted]' if s.restricted else ''}")
    print(f"Person: {p.name} ({p.reference}), born {p.date_of_birth}, BSN {p.bsn_masked or '-'}")
    print(f"Question: {detail.question if detail.question_shown else '(not shown to your role)'}")
    print(f"Version: {detail.version} (case-close --if-version {detail.version} acts only if nobody changed it since)")
    return EXIT_OK


def _audit_verify(session: Session, args: argparse.Namespace) -> int:
    report = audit.verify_log(session)
    if not report.ok:
        print(f"medunit-admin: access log tampered: {report.problem}", file=sys.stderr)
        return EXIT_INTEGRITY
    anchors = []
    for name in args.anchor or []:
        try:
            anchors.append(Path(name).read_bytes())
        except OSError as exc:
            raise UsageError("Cannot read {path}: {why}", path=name, why=exc.strerror or "error") from exc
    problems = audit.verify_anchors(session, anchors) if anchors else []
    if problems:
        print(f"medunit-admin: access log differs from an archived anchor: {problems[0]}", file=sys.stderr)
        return EXIT_INTEGRITY
    extra = f"; {len(anchors)} anchor(s) match" if anchors else ""
    print(f"OK: access log chain intact ({report.entries} entries){extra}")
    return EXIT_OK


def _audit_anchor(session: Session, args: argparse.Namespace) -> int:
    seq = audit.write_anchor(session, Path(args.out))
    print(f"Log head #{seq} signed and written to {args.out}; archive it outside the store.")
    return EXIT_OK


def _audit_export(session: Session, args: argparse.Namespace) -> int:
    count = audit.export_csv(session, Path(args.csv))
    print(f"Wrote {count} entries to {args.csv}.")
    return EXIT_OK


def _audit_person(session: Session, args: argparse.Namespace) -> int:
    report = audit.person_report(session, args.reference, args.since, args.until)
    print(f"Access to the data of person {report.person_ref} (cases: {', '.join(report.case_refs) or '-'})")
    for e in report.entries:
        glass = " BREAK-THE-GLASS" if e.emergency else ""
        why = f" reason: {e.reason}" if e.reason else ""
        print(f"{e.at}\t{e.user} ({e.role}, for {e.responsible})\t{e.action}\t{e.outcome}{glass}{why}")
    return EXIT_OK


def _demo_seed(session: Session, args: argparse.Namespace) -> int:
    def progress(done: int, total: int) -> None:
        if done == total or done % 1000 == 0:
            print(f"seeded {done}/{total}", file=sys.stderr, flush=True)

    code = prompts.recovery_code(args.recovery_code)
    n = demo.seed(session, args.cases, seed=args.seed, progress=progress, recovery_code=code)
    print(f"Seeded {n} synthetic cases.")
    return EXIT_OK


def cmd_recover(args: argparse.Namespace, policy: Policy) -> int:
    code = prompts.recovery_code(args.recovery_code)
    if not code:
        raise UsageError("Give the recovery code with --recovery-code or MEDUNIT_RECOVERY_CODE.")
    pw = os.environ.get("MEDUNIT_NEW_PASSPHRASE") or os.environ.get("MEDUNIT_PASSPHRASE")
    pw = pw or prompts.new_passphrase(args.user)
    session = stores.recover(_store_dir(args, policy), args.user, code, pw, policy)
    session.close()
    print(f"Slot of {args.user} re-bound to this workstation with the new passphrase.")
    return EXIT_OK


def cmd_policy_show(args: argparse.Namespace, policy: Policy) -> int:
    def state(path: str, present: bool) -> str:
        return path if present else f"{path} (not present)"

    print(f"# policy file: {state(policy.policy_file, policy.policy_file_present)}")
    print(f"# user settings: {state(policy.settings_file, policy.settings_file_present)}")
    for name, setting in sorted(policy.settings.items()):
        print(f"{name} = {format_value(setting.value)}\t[{describe_setting(name, setting)}]")
    return EXIT_OK


def _row_count(text: str) -> int:
    """``--limit``: a whole number the list service accepts; anything else is one clear line, not a
    conversion error (``1e20``, ``-5``, a 100-digit number)."""
    value = int(text) if len(text) <= 6 and text.strip().lstrip("-").isdigit() else 0
    if not 1 <= value <= MAX_PAGE:
        raise UsageError("--limit must be a whole number from 1 to {n}.", n=MAX_PAGE)
    return value


def _store_args(p: argparse.ArgumentParser, acting: bool = True) -> None:
    p.add_argument(
        "--store",
        metavar="DIR|URL",
        help="store folder or unit server URL postgresql://HOST/DB (default: the policy's store.location)",
    )
    if acting:
        p.add_argument("--as", dest="acting", metavar="NAME", required=True, help="acting user")
        p.add_argument(
            "--accept-confidentiality",
            metavar="VERSION",
            help="accept the unit's confidentiality statement of this version (see: confidentiality show)",
        )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="medunit-admin", description="Administer a medunit store.")
    parser.add_argument("--version", action=_VersionAction)
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    p = sub.add_parser("init", help="create a store; the first user is its unit administrator")
    _store_args(p, acting=False)
    p.add_argument("--user", required=True)
    p.add_argument("--no-binding", action="store_true", help="do not bind to this workstation (shared location)")
    p.set_defaults(handler=cmd_init)

    user = sub.add_parser("user", help="add, remove or list users").add_subparsers(
        dest="user_command", required=True, parser_class=_Parser
    )
    p = user.add_parser("add")
    _store_args(p)
    p.add_argument("newuser")
    p.add_argument("--role", required=True)
    p.add_argument("--recovery-code", help="seal the role's content keys at once (else a holder approves later)")
    p.add_argument("--big", help="a medical advisor's BIG number: issues their document-signing certificate")
    p.set_defaults(handler=_with_session(_user_add))
    p = user.add_parser("certify", help="issue a medical advisor's document-signing certificate")
    _store_args(p)
    p.add_argument("user")
    p.add_argument("--big", required=True, help="the advisor's BIG number (11 digits)")
    p.set_defaults(handler=_with_session(_user_certify))
    p = user.add_parser("grant", help="approve a pending key grant (a holder of the key, or with the recovery code)")
    _store_args(p)
    p.add_argument("user")
    p.add_argument("--recovery-code", help="for an administrator, who holds no content key")
    p.set_defaults(handler=_with_session(_user_grant))
    p = user.add_parser("pending", help="users whose role waits for keys you can grant")
    _store_args(p)
    p.set_defaults(handler=_with_session(_user_pending))
    p = user.add_parser("role", help="change a user's role; keys the new role does not hold are rotated")
    _store_args(p)
    p.add_argument("user")
    p.add_argument("role")
    p.add_argument("--if-version", type=int, metavar="N", help="only if still at the version 'user list' printed")
    p.set_defaults(handler=_with_session(_user_role))
    p = user.add_parser("remove")
    _store_args(p)
    p.add_argument("user")
    p.set_defaults(handler=_with_session(_user_remove))
    p = user.add_parser("list")
    _store_args(p)
    p.set_defaults(handler=_with_session(_user_list))
    p = user.add_parser("team", help="set the medical advisors a unit-staff member supports (need to know)")
    _store_args(p)
    p.add_argument("staff")
    p.add_argument("--advisors", required=True, help="comma-separated advisor user names ('' for none)")
    p.set_defaults(handler=_with_session(_user_team))
    p = user.add_parser("set-profile", help="display name (all users) and BIG number (medical advisors)")
    _store_args(p)
    p.add_argument("user")
    p.add_argument("--display-name", required=True, help='e.g. "Dr. A. Jansen"; empty clears it')
    p.add_argument("--big", help="the BIG register number (11 digits), medical advisors only")
    p.add_argument("--if-version", type=int, metavar="N", help="only if still at the version 'user list' printed")
    p.set_defaults(handler=_with_session(_user_set_profile))

    p = sub.add_parser("passwd", help="change the acting user's passphrase")
    _store_args(p)
    p.set_defaults(handler=_with_session(_passwd))

    p = sub.add_parser("recover", help="set a new passphrase with the recovery code and re-bind here")
    _store_args(p, acting=False)
    p.add_argument("--user", required=True)
    p.add_argument("--recovery-code")
    p.set_defaults(handler=cmd_recover)

    rec = sub.add_parser("recovery", help="recovery code").add_subparsers(
        dest="recovery_command", required=True, parser_class=_Parser
    )
    p = rec.add_parser("reset", help="new recovery code; the old one stops working")
    _store_args(p)
    p.add_argument("--recovery-code", help="the current code, needed when your slot lacks a compartment key")
    p.set_defaults(handler=_with_session(_recovery_reset))

    res = sub.add_parser("restore", help="after restoring a backup").add_subparsers(
        dest="restore_command", required=True, parser_class=_Parser
    )
    p = res.add_parser("accept", help="accept a restored (older) store: moves the rollback anchor back, logged")
    _store_args(p)
    p.add_argument("--reason", required=True, help="why the store was restored (logged)")
    p.set_defaults(handler=cmd_restore_accept)

    p = sub.add_parser("verify", help="check encryption, database, schema and key slots")
    _store_args(p)
    p.set_defaults(handler=_with_session(_verify))

    intake_p = sub.add_parser("intake", help="advice requests from the general dossier").add_subparsers(
        dest="intake_command", required=True, parser_class=_Parser
    )
    p = intake_p.add_parser("import", help="import one intake JSON file (refused whole when invalid)")
    _store_args(p)
    p.add_argument("file")
    p.set_defaults(handler=_with_session(_intake_import))

    case = sub.add_parser("case", help="list and show cases").add_subparsers(
        dest="case_command", required=True, parser_class=_Parser
    )
    p = case.add_parser("list")
    _store_args(p)
    p.add_argument("--search")
    p.add_argument("--status")
    p.add_argument("--type")
    p.add_argument("--advisor")
    p.add_argument("--limit", type=_row_count, default=100, help=f"rows to show, 1 to {MAX_PAGE}")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_with_session(_case_list))
    p = case.add_parser("show")
    _store_args(p)
    p.add_argument("reference")
    p.add_argument("--json", action="store_true")
    p.add_argument("--break-glass", metavar="REASON", help="open a restricted case; the reason is logged")
    p.set_defaults(handler=_with_session(_case_show))

    aud = sub.add_parser("audit", help="the access log").add_subparsers(
        dest="audit_command", required=True, parser_class=_Parser
    )
    p = aud.add_parser("verify", help="check the hash chain and MACs; exit 4 names the first bad entry")
    _store_args(p)
    p.add_argument("--anchor", action="append", metavar="FILE", help="an archived anchor to compare with")
    p.set_defaults(handler=_with_session(_audit_verify))
    p = aud.add_parser("anchor", help="sign the log head and write it out for archiving (privacy officer)")
    _store_args(p)
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(handler=_with_session(_audit_anchor))
    p = aud.add_parser("export", help="the access log as CSV (privacy officer)")
    _store_args(p)
    p.add_argument("--csv", required=True, metavar="FILE")
    p.set_defaults(handler=_with_session(_audit_export))
    p = aud.add_parser("person", help="who accessed this person's data (person or case reference)")
    _store_args(p)
    p.add_argument("reference")
    p.add_argument("--since", help="ISO date/time, inclusive")
    p.add_argument("--until", help="ISO date/time, exclusive")
    p.set_defaults(handler=_with_session(_audit_person))

    dem = sub.add_parser("demo", help="synthetic data").add_subparsers(
        dest="demo_command", required=True, parser_class=_Parser
    )
    p = dem.add_parser("seed", help="fill the store with synthetic cases (clearly fictitious)")
    _store_args(p)
    p.add_argument("--cases", type=int, default=100)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--recovery-code", help="lends the content keys to an administrator for this seeding")
    p.set_defaults(handler=_with_session(_demo_seed))

    workflow.register(sub, _Parser, _store_args, _with_session)
    exporting.register(sub, _Parser, _store_args, _with_session)
    server_cli.register(sub, _Parser)
    migrating.register(sub, _Parser)
    backups.register(sub, _Parser, _store_args, _with_session)

    pol = sub.add_parser("policy", help="the policy in force").add_subparsers(
        dest="policy_command", required=True, parser_class=_Parser
    )
    p = pol.add_parser("show", help="every policy value and where it came from")
    p.set_defaults(handler=cmd_policy_show)

    conf = sub.add_parser("confidentiality", help="the unit's confidentiality statement").add_subparsers(
        dest="confidentiality_command", required=True, parser_class=_Parser
    )
    p = conf.add_parser("show", help="the statement in force and its version")
    p.set_defaults(handler=cmd_confidentiality_show)
    return parser


class _TerminalSafe(io.TextIOBase):
    """A text stream that passes everything through ``for_terminal``: stored text (a name, a reason, a
    remark typed by someone else) printed by any command cannot re-program the reader's terminal or
    reverse what a line says."""

    def __init__(self, inner: TextIO | None) -> None:
        self.inner = inner  # None when the process was started with the descriptor closed

    def write(self, text: str) -> int:
        if self.inner is None:
            raise OSError(errno.EBADF, "the output is closed")
        self.inner.write(for_terminal(text))
        return len(text)

    def flush(self) -> None:
        if self.inner is not None:
            self.inner.flush()


def run(argv: Sequence[str] | None = None) -> int:
    netguard.install()
    with contextlib.redirect_stdout(_TerminalSafe(sys.stdout)), contextlib.redirect_stderr(_TerminalSafe(sys.stderr)):
        return _run(argv)


def _run(argv: Sequence[str] | None) -> int:
    language: str | None = i18n.DEFAULT_LANGUAGE  # until the policy says otherwise (ui.language)
    try:
        args = build_parser().parse_args(argv)
        policy = load_policy()
        language = policy.get("ui.language")
        handler: Handler = args.handler
        return handler(args, policy)
    except AcknowledgementRequiredError as exc:
        print(
            f"medunit-admin: {exc.message} Read it with 'medunit-admin confidentiality show' and add "
            "--accept-confidentiality VERSION.",
            file=sys.stderr,
        )
        return exc.exit_code
    except MedunitError as exc:
        # Dutch first, the English under it (medunit/i18n.py); a template without a translation in English
        print(f"medunit-admin: {i18n.bilingual('errors', exc.template, exc.params, language)}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("medunit-admin: interrupted; nothing was changed that was not finished.", file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:
        print(f"medunit-admin: {exc.strerror or type(exc).__name__}: {exc.filename or ''}", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:  # never a traceback: it could carry health data
        print(f"medunit-admin: internal error ({type(exc).__name__}); details are withheld.", file=sys.stderr)
        return EXIT_ERROR


def main() -> None:
    raise SystemExit(run())


if __name__ == "__main__":
    main()

"""medunit-admin export: advice export, verification (no store needed), public key, access report."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from medunit.errors import EXIT_INTEGRITY, EXIT_OK, UsageError
from medunit.services import exports
from medunit.services.session import Session

Command = Callable[[Session, argparse.Namespace], int]


def export_advice(session: Session, args: argparse.Namespace) -> int:
    result = exports.export_advice(
        session, args.case, Path(args.out) if args.out else None, confirm_findings=args.confirm_findings
    )
    print(f"Export {result.export_id} written:")
    print(f"  {result.json_path}")
    print(f"  {result.pdf_path}")
    if result.findings_confirmed:
        print(f"Leak-check findings confirmed by you: {', '.join(result.findings_confirmed)} (logged).")
    return EXIT_OK


def export_public_key(session: Session, args: argparse.Namespace) -> int:
    info = exports.write_public_key(session, Path(args.out))
    print(f"Public key file written to {args.out}; fingerprint {info.fingerprint} (compare it by phone)")
    return EXIT_OK


def access_report(session: Session, args: argparse.Namespace) -> int:
    path = exports.access_report(session, args.reference, Path(args.out), confirmed=args.yes)
    print(f"Access report written to {path} (plaintext: hand it over securely, then delete it).")
    return EXIT_OK


def verify(args: argparse.Namespace, _policy: object) -> int:
    """Needs no store: the claims system's side of the bridge."""
    try:
        data = Path(args.file).read_bytes()
        key_text = Path(args.public_key).read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise UsageError("Cannot read {path}: {why}", path=exc.filename, why=exc.strerror or "error") from exc
    result = exports.verify_file(data, key_text)
    if result.valid:
        print(f"valid: {result.kind} export {result.export_id}, signed with an advisor certificate from the unit CA")
        return EXIT_OK
    print(f"invalid: {result.reason}", file=sys.stderr)
    return EXIT_INTEGRITY


def register(
    sub: argparse._SubParsersAction,  # type: ignore[type-arg]
    parser_class: type[argparse.ArgumentParser],
    store_args: Callable[[argparse.ArgumentParser], None],
    with_session: Callable[[Command], object],
) -> None:
    grp: argparse._SubParsersAction = sub.add_parser(  # type: ignore[type-arg]
        "export", help="the signed advice export and other exports"
    ).add_subparsers(dest="export_command", required=True, parser_class=parser_class)
    p = grp.add_parser("advice", help="write the signed advice of a case as JSON + PDF")
    store_args(p)
    p.add_argument("case")
    p.add_argument("--out", metavar="DIR", help="default: the policy's export.folder")
    p.add_argument("--confirm-findings", action="store_true", help="export although the leak check found words")
    p.set_defaults(handler=with_session(export_advice))
    p = grp.add_parser("verify", help="check an export file against the unit's public key (no store needed)")
    p.add_argument("file")
    p.add_argument("--public-key", required=True, metavar="KEY")
    p.set_defaults(handler=verify)
    p = grp.add_parser("public-key", help="write the unit's public key file for the claims system")
    store_args(p)
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(handler=with_session(export_public_key))
    p = grp.add_parser("access-report", help="GDPR inzage: a PDF for one person (medical advisor)")
    store_args(p)
    p.add_argument("reference", help="person reference or one of their case references")
    p.add_argument("--out", required=True, metavar="DIR")
    p.add_argument("--yes", action="store_true", help="confirm that a plaintext PDF may be written")
    p.set_defaults(handler=with_session(access_report))

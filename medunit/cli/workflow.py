"""medunit-admin sub-commands of the consent workflow: consent, request, advice, contact, purge,
entry and attachment. Each calls one service; every access is checked and logged there."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import UTC, date, datetime, time
from pathlib import Path

from medunit.errors import EXIT_OK, UsageError, ValidationError
from medunit.services import advice, consents, contacts, records, retention
from medunit.services.consents import Addressee
from medunit.services.session import Session

Command = Callable[[Session, argparse.Namespace], int]


def _addressee(args: argparse.Namespace) -> Addressee:
    return Addressee(args.doctor, args.institution or "", args.specialism or "", args.agb)


def _when(text: str | None, what: str) -> datetime | None:
    if text is None:
        return None
    try:
        if len(text) == 10:
            return datetime.combine(date.fromisoformat(text), time(), tzinfo=UTC)
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValidationError("'{what}' must be a date (YYYY-MM-DD) or date and time.", what=what) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def consent_add(session: Session, args: argparse.Namespace) -> int:
    evidence = args.evidence
    if args.evidence_file:
        with open(args.evidence_file, "rb") as fh:
            evidence = records.add_attachment(session, args.case, Path(args.evidence_file).name, fh).id
    consent_id = consents.record_consent(
        session,
        args.case,
        _addressee(args),
        tuple(c.strip() for c in args.categories.split(",") if c.strip()),
        args.method,
        evidence_attachment_id=evidence,
        digital_reference=args.digital_ref,
        obtained_at=_when(args.obtained, "obtained"),
        valid_until=_when(args.valid_until, "valid-until"),
    )
    print(f"Consent {consent_id} recorded for case {args.case}.")
    return EXIT_OK


def _if_version(args: argparse.Namespace) -> int | None:
    """``--if-version N``: the version the user read (``list``/``show`` print it); a change by someone else
    since is refused, naming who and when (store/rowlock.py). Without it the command acts on the row as it
    is at that moment."""
    value: int | None = getattr(args, "if_version", None)
    return value


def _advice_seen(args: argparse.Namespace) -> tuple[int, int] | None:
    """``--if-version ID:N`` as ``advice show`` prints it (the latest advice's id and row version; ``0:0``:
    there was no advice yet)."""
    text: str | None = args.if_version
    if text is None:
        return None
    advice_id, sep, version = text.partition(":")
    if not sep or not advice_id.isdigit() or not version.isdigit():
        raise UsageError("--if-version takes ID:VERSION as 'advice show' prints it, e.g. 12:3.")
    return (int(advice_id), int(version))


def consent_withdraw(session: Session, args: argparse.Namespace) -> int:
    consents.withdraw_consent(session, args.case, args.consent, seen_events=_if_version(args))
    print(f"Consent {args.consent} withdrawn; drafts relying on it can no longer be sent.")
    return EXIT_OK


def consent_list(session: Session, args: argparse.Namespace) -> int:
    for v in consents.consents(session, args.case):
        g = v.grant
        print(
            f"{g.id}\t{v.status}\t{g.addressee.label()}\t{','.join(g.categories)}\t{g.method}\t"
            f"{g.obtained_at.date()}..{g.valid_until.date()}\tversion {len(v.events)}"
        )
    return EXIT_OK


def request_create(session: Session, args: argparse.Namespace) -> int:
    questions = Path(args.questions_file).read_text(encoding="utf-8") if args.questions_file else args.questions
    if not questions:
        raise UsageError("Give the questions with --questions or --questions-file.")
    request_id = consents.create_request(session, args.case, _addressee(args), questions)
    print(f"Request {request_id} drafted for case {args.case}.")
    return EXIT_OK


def request_send(session: Session, args: argparse.Namespace) -> int:
    path = consents.send_with_letter(session, args.case, args.request, Path(args.out), version=_if_version(args))
    print(f"Request {args.request} sent; letter written to {path}.")
    return EXIT_OK


def request_answer(session: Session, args: argparse.Namespace) -> int:
    text = Path(args.text_file).read_text(encoding="utf-8") if args.text_file else args.text
    if args.letter:
        with open(args.letter, "rb") as fh:
            entry_id = consents.answer_request(
                session,
                args.case,
                args.request,
                text or "",
                letter=(Path(args.letter).name, fh),
                version=_if_version(args),
            )
    else:
        entry_id = consents.answer_request(session, args.case, args.request, text or "", version=_if_version(args))
    print(f"Answer filed as health entry {entry_id}{' with the letter attached' if args.letter else ''}.")
    return EXIT_OK


def request_cancel(session: Session, args: argparse.Namespace) -> int:
    consents.cancel_request(session, args.case, args.request, version=_if_version(args))
    print(f"Request {args.request} cancelled.")
    return EXIT_OK


def request_list(session: Session, args: argparse.Namespace) -> int:
    for r in consents.requests(session, args.case):
        flag = "  CONSENT WITHDRAWN" if r.consent_withdrawn else ""
        print(f"{r.id}\t{r.state}\t{r.addressee.label()}\tconsent {r.consent_id}\tversion {r.version}{flag}")
    return EXIT_OK


def advice_draft(session: Session, args: argparse.Namespace) -> int:
    try:
        outcome = json.loads(args.outcome)
    except json.JSONDecodeError:
        raise UsageError('--outcome must be a JSON object, e.g. \'{"decision": "accept"}\'.') from None
    if not isinstance(outcome, dict):
        raise UsageError("--outcome must be a JSON object.")
    result = advice.draft_advice(session, args.case, outcome, args.remark or "", seen=_advice_seen(args))
    print(f"Draft advice version {result.version} saved for case {args.case}.")
    return EXIT_OK


def advice_sign(session: Session, args: argparse.Namespace) -> int:
    row = advice.sign_advice(session, args.case, args.big, seen=_advice_seen(args))
    print(f"Advice version {row.version} of case {args.case} signed by {row.signed_by} (BIG {row.signed_big}).")
    return EXIT_OK


def advice_show(session: Session, args: argparse.Namespace) -> int:
    rows = advice.advice_versions(session, args.case)
    if args.json:
        print(json.dumps([r.__dict__ for r in rows], indent=1, ensure_ascii=False))
        return EXIT_OK
    if not rows:
        print(f"No advice for case {args.case} yet (to save only if that is still so: --if-version 0:0).")
    for r in rows:
        signed = f"signed by {r.signed_by} (BIG {r.signed_big}) at {r.signed_at}" if r.state == "signed" else "draft"
        print(f"version {r.version}: {signed}")
        print(f"  outcome: {json.dumps(r.outcome, ensure_ascii=False)}")
        print(f"  remark: {r.remark}")
    if rows:
        seen = advice.seen_of(rows)
        print(f"To draft or sign only if nobody changed it since: --if-version {seen[0]}:{seen[1]}")
    return EXIT_OK


def contact_add(session: Session, args: argparse.Namespace) -> int:
    contact_id = contacts.add_contact(
        session, args.case, args.subject, args.channel, args.department, _when(args.at, "at")
    )
    print(f"Contact moment {contact_id} recorded.")
    return EXIT_OK


def contact_list(session: Session, args: argparse.Namespace) -> int:
    for c in contacts.contacts(session, args.case):
        rec = f"\t{c.recordings} recording(s)" if c.recordings else ""
        print(f"{c.id}\t{c.at}\t{c.subject}\t{c.channel}\t{c.department}\t{c.case_reference or '-'}{rec}")
    return EXIT_OK


def contact_record(session: Session, args: argparse.Namespace) -> int:
    entry_id = contacts.add_recording(session, args.case, args.contact_id, args.text)
    print(f"Recording filed as entry {entry_id} with contact moment {args.contact_id} (kept at most 4 weeks).")
    return EXIT_OK


def purge(session: Session, args: argparse.Namespace) -> int:
    items = retention.plan(session) if args.dry_run else retention.purge(session)
    verb = "would delete" if args.dry_run else "deleted"
    for item in items:
        print(f"{item.kind}: {verb} {item.count} (older than {item.before[:10]})")
    return EXIT_OK


def case_close(session: Session, args: argparse.Namespace) -> int:
    retention.close_case(session, args.case, version=_if_version(args))
    print(f"Case {args.case} closed; its retention period starts today.")
    return EXIT_OK


def entry_add(session: Session, args: argparse.Namespace) -> int:
    text = Path(args.text_file).read_text(encoding="utf-8") if args.text_file else args.text
    entry_id = records.add_entry(session, args.case, args.kind, text or "")
    print(f"Health entry {entry_id} added.")
    return EXIT_OK


def attachment_add(session: Session, args: argparse.Namespace) -> int:
    with open(args.file, "rb") as fh:
        info = records.add_attachment(session, args.case, Path(args.file).name, fh)
    print(f"Attachment {info.id} stored ({info.media_type}, {info.size} bytes).")
    return EXIT_OK


def register(
    sub: argparse._SubParsersAction,  # type: ignore[type-arg]
    parser_class: type[argparse.ArgumentParser],
    store_args: Callable[[argparse.ArgumentParser], None],
    with_session: Callable[[Command], object],
) -> None:
    def group(name: str, help_text: str) -> argparse._SubParsersAction:  # type: ignore[type-arg]
        grp: argparse._SubParsersAction = sub.add_parser(name, help=help_text).add_subparsers(  # type: ignore[type-arg]
            dest=f"{name}_command", required=True, parser_class=parser_class
        )
        return grp

    def cmd(grp: argparse._SubParsersAction, name: str, fn: Command, help_text: str) -> argparse.ArgumentParser:  # type: ignore[type-arg]
        p: argparse.ArgumentParser = grp.add_parser(name, help=help_text)
        store_args(p)
        p.set_defaults(handler=with_session(fn))
        return p

    def addressee(p: argparse.ArgumentParser) -> None:
        p.add_argument("--doctor", required=True, help="doctor or institution asked")
        p.add_argument("--institution")
        p.add_argument("--specialism")
        p.add_argument("--agb", help="AGB code (8 digits), optional")

    g = group("consent", "the person's consent before a doctor is asked")
    p = cmd(g, "add", consent_add, "record a consent")
    p.add_argument("--case", required=True)
    addressee(p)
    p.add_argument("--categories", required=True, help="comma-separated: diagnosis,treatment,medication,...")
    p.add_argument("--method", required=True, choices=["signed-form", "digital"])
    p.add_argument("--evidence", type=int, help="attachment id of the scanned form")
    p.add_argument("--evidence-file", help="attach this scan of the signed form as evidence")
    p.add_argument("--digital-ref", help="reference of the digital consent")
    p.add_argument("--obtained", help="when obtained (default: now)")
    p.add_argument("--valid-until", help="default: the policy's consent validity")
    p = cmd(g, "withdraw", consent_withdraw, "record a withdrawal (an event; history is kept)")
    p.add_argument("--case", required=True)
    p.add_argument("consent", type=int)
    p.add_argument("--if-version", type=int, metavar="N", help="only if still at the version 'list' printed")
    p = cmd(g, "list", consent_list, "consents of a case with their status")
    p.add_argument("--case", required=True)

    g = group("request", "doctor information requests")
    p = cmd(g, "create", request_create, "draft a request (needs a covering consent)")
    p.add_argument("--case", required=True)
    addressee(p)
    p.add_argument("--questions")
    p.add_argument("--questions-file")
    p = cmd(g, "send", request_send, "send: writes the request letter (PDF) into --out")
    p.add_argument("--case", required=True)
    p.add_argument("request", type=int)
    p.add_argument("--out", required=True, metavar="DIR")
    p.add_argument("--if-version", type=int, metavar="N", help="only if still at the version 'list' printed")
    p = cmd(g, "answer", request_answer, "file the answer as a health entry")
    p.add_argument("--case", required=True)
    p.add_argument("request", type=int)
    p.add_argument("--text")
    p.add_argument("--text-file")
    p.add_argument("--letter", metavar="FILE", help="the doctor's letter (PDF/PNG/JPEG), stored as an attachment")
    p.add_argument("--if-version", type=int, metavar="N", help="only if still at the version 'list' printed")
    p = cmd(g, "cancel", request_cancel, "cancel a request")
    p.add_argument("--case", required=True)
    p.add_argument("request", type=int)
    p.add_argument("--if-version", type=int, metavar="N", help="only if still at the version 'list' printed")
    p = cmd(g, "list", request_list, "requests of a case")
    p.add_argument("--case", required=True)

    g = group("advice", "the medical advice")
    p = cmd(g, "draft", advice_draft, "create or update the draft")
    p.add_argument("--case", required=True)
    p.add_argument("--outcome", required=True, help="JSON object with the outcome fields of the case type")
    p.add_argument("--remark")
    p.add_argument("--if-version", metavar="ID:N", help="only if the advice is still as 'advice show' printed it")
    p = cmd(g, "sign", advice_sign, "sign the draft (medical advisors only)")
    p.add_argument("--case", required=True)
    p.add_argument("--big", help="your BIG number (11 digits); default: the one in your profile")
    p.add_argument("--if-version", metavar="ID:N", help="only if the advice is still as 'advice show' printed it")
    p = cmd(g, "show", advice_show, "all versions")
    p.add_argument("--case", required=True)
    p.add_argument("--json", action="store_true")

    g = group("contact", "contact moments")
    p = cmd(g, "add", contact_add, "record a contact moment")
    p.add_argument("--case", required=True)
    p.add_argument("--subject", required=True)
    p.add_argument("--channel", required=True)
    p.add_argument("--department", required=True)
    p.add_argument("--at", help="when (default: now)")
    p = cmd(g, "list", contact_list, "contact moments of the case's person")
    p.add_argument("--case", required=True)
    p = cmd(g, "record", contact_record, "file the recording of a phone or chat contact moment")
    p.add_argument("--case", required=True)
    p.add_argument("contact_id", type=int, metavar="CONTACT_ID")
    p.add_argument("--text", required=True, help="transcript or summary of the recording")

    p = sub.add_parser("purge", help="delete what is past its retention period")
    store_args(p)
    p.add_argument("--dry-run", action="store_true", help="list what would go; delete nothing")
    p.set_defaults(handler=with_session(purge))

    g = group("entry", "health entries")
    p = cmd(g, "add", entry_add, "add a health entry")
    p.add_argument("--case", required=True)
    p.add_argument("--kind", required=True)
    p.add_argument("--text")
    p.add_argument("--text-file")

    g = group("attachment", "attachments (PDF, PNG, JPEG)")
    p = cmd(g, "add", attachment_add, "store a file encrypted inside the store")
    p.add_argument("--case", required=True)
    p.add_argument("file")

    p = sub.add_parser("case-close", help="close a case (its retention period starts)")
    store_args(p)
    p.add_argument("--case", required=True)
    p.add_argument("--if-version", type=int, metavar="N", help="only if still at the version 'case show' printed")
    p.set_defaults(handler=with_session(case_close))

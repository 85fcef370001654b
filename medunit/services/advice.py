"""The medical advice: drafts, signing by a medical advisor, immutable signed versions, amendments."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from medunit.domain.advice import check_big_number, check_outcome, check_remark
from medunit.domain.leakcheck import Leak, LeakChecker
from medunit.domain.permissions import Action
from medunit.domain.records import CaseStatus, CaseType
from medunit.errors import ConflictError, LeakFindingsError, ValidationError
from medunit.services.guard import access
from medunit.services.records import open_case
from medunit.services.session import Session
from medunit.store import records as records_repo
from medunit.store import users as users_repo
from medunit.store import workflow as repo
from medunit.store.workflow import AdviceRow

__all__ = [
    "AdviceRow",
    "advice_versions",
    "content_hash",
    "draft_advice",
    "latest_signed",
    "leak_checker",
    "sign_advice",
    "unconfirmed",
]


def content_hash(case_ref: str, case_type: str, version: int, outcome: dict[str, Any], remark: str) -> str:
    """SHA-256 over the canonical advice content: what the signature and the export stand for."""
    body = json.dumps(
        {"case": case_ref, "type": case_type, "version": version, "outcome": outcome, "remark": remark},
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256(body.encode()).hexdigest()


@dataclass(frozen=True)
class DraftResult:
    advice_id: int
    version: int


def draft_advice(session: Session, case_ref: str, outcome: dict[str, Any], remark: str) -> DraftResult:
    """Create or update the case's draft. After a signed version, a new draft is an amendment that
    references the version it replaces."""
    with access(session, Action.ADVICE_DRAFT, case_ref=case_ref) as acc:
        case = open_case(session, acc, case_ref)
        clean = check_outcome(CaseType(case.case_type), outcome)
        text = check_remark(remark)
        versions = repo.advice_versions(acc.db, case.id)
        now = datetime.now(UTC).isoformat()
        if versions and versions[-1].state == "draft":
            repo.update_draft(acc.db, versions[-1].id, clean, text, now, session.user)
            acc.record_ids = [f"advice:{versions[-1].id}"]
            return DraftResult(versions[-1].id, versions[-1].version)
        supersedes = versions[-1].id if versions else None
        version = versions[-1].version + 1 if versions else 1
        advice_id = repo.insert_advice(acc.db, case.id, version, supersedes, clean, text, now, session.user)
        acc.record_ids = [f"advice:{advice_id}"]
        return DraftResult(advice_id, version)


def sign_advice(
    session: Session,
    case_ref: str,
    big_number: str | None = None,
    *,
    confirm_findings: Collection[str] | None = None,
) -> AdviceRow:
    """Sign the current draft (medical advisors only); it becomes immutable.

    ``big_number`` defaults to the advisor's BIG number in their profile (set by the unit administrator),
    so the GUI never asks for it. With ``confirm_findings`` (the GUI's path) the leak check runs here, in
    the signing transaction: every finding must be among the confirmed words, which are kept with the
    signed version so the export does not ask again. Without it the export does the check (CLI path).
    """
    big = check_big_number(big_number) if big_number is not None else None
    with access(session, Action.ADVICE_SIGN, case_ref=case_ref) as acc:
        if big is None:
            profile = users_repo.get_user(acc.db, session.user)
            if profile is None or not profile.big_number:
                raise ValidationError(
                    "No BIG number is recorded for {user}; ask the unit administrator to set it.", user=session.user
                )
            big = profile.big_number
        case = open_case(session, acc, case_ref)
        versions = repo.advice_versions(acc.db, case.id)
        if not versions or versions[-1].state != "draft":
            raise ConflictError("There is no draft advice to sign for case {ref}.", ref=case_ref)
        draft = versions[-1]
        confirmed: tuple[str, ...] | None = None
        if confirm_findings is not None:
            checker = LeakChecker(e.text for e in records_repo.entries_of_case(acc.db, case.id))
            findings = checker.find(checked_text(draft))
            raise_unconfirmed(findings, confirm_findings)
            confirmed = tuple(sorted({f.word for f in findings}))
            if confirmed:
                acc.reason = "leak-check findings confirmed at signing: " + ", ".join(confirmed)
        digest = content_hash(case.reference, case.case_type, draft.version, draft.outcome, draft.remark)
        repo.sign_advice(
            acc.db, draft.id, session.user, big, datetime.now(UTC).isoformat(), digest, confirmed_findings=confirmed
        )
        records_repo.set_case_status(acc.db, case.id, CaseStatus.ADVISED.value)
        acc.record_ids = [f"advice:{draft.id}"]
        signed = repo.advice_versions(acc.db, case.id)[-1]
        return signed


def checked_text(row: AdviceRow) -> str:
    """The free text of an advice version the leak check reads: the remark and the exclusion."""
    return f"{row.remark}\n{row.outcome.get('exclusion', '')}"


def unconfirmed(findings: list[Leak], confirmed: Collection[str]) -> list[Leak]:
    words = set(confirmed)
    return [f for f in findings if f.word not in words]


def raise_unconfirmed(findings: list[Leak], confirmed: Collection[str]) -> None:
    """Refuse while a finding is not among the words the advisor confirmed."""
    open_findings = unconfirmed(findings, confirmed)
    if open_findings:
        raise LeakFindingsError(
            "The remark may contain health data ({words}); edit it, or confirm that it may go to the case handler.",
            words=", ".join(sorted({f.word for f in open_findings})),
        )


def leak_checker(session: Session, case_ref: str) -> LeakChecker:
    """The leak check for the advice editor, to run on every key press without a service call: reads the
    case's health entries once (one logged access) and keeps only their word stems, in memory."""
    with access(session, Action.HEALTH_READ, case_ref=case_ref, reason="leak check while writing the advice") as acc:
        case = open_case(session, acc, case_ref)
        return LeakChecker(e.text for e in records_repo.entries_of_case(acc.db, case.id))


def advice_versions(session: Session, case_ref: str) -> list[AdviceRow]:
    with access(session, Action.ADVICE_READ, case_ref=case_ref) as acc:
        case = open_case(session, acc, case_ref)
        rows = repo.advice_versions(acc.db, case.id)
        acc.record_ids = [f"advice:{r.id}" for r in rows]
        return rows


def latest_signed(rows: list[AdviceRow]) -> AdviceRow:
    signed = [r for r in rows if r.state == "signed"]
    if not signed:
        raise ValidationError("The advice is not signed yet; only a signed advice can be exported.")
    return signed[-1]

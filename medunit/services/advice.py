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
from medunit.services.guard import Access, access
from medunit.services.records import open_case
from medunit.services.session import Session
from medunit.store import records as records_repo
from medunit.store import rowlock
from medunit.store import users as users_repo
from medunit.store import workflow as repo
from medunit.store.workflow import AdviceRow

__all__ = [
    "NO_ADVICE",
    "AdviceRow",
    "advice_versions",
    "content_hash",
    "draft_advice",
    "latest_signed",
    "leak_checker",
    "seen_of",
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
    #: the draft row's version after this save: what the editor names at its next save or at signing
    row_version: int = 1

    @property
    def seen(self) -> tuple[int, int]:
        return (self.advice_id, self.row_version)


#: ``seen`` for an editor that showed no advice at all (the case had none yet).
NO_ADVICE = (0, 0)


def seen_of(rows: list[AdviceRow]) -> tuple[int, int]:
    """What an editor that shows ``rows`` (the case's advice versions) names when it saves or signs."""
    return (rows[-1].id, rows[-1].row_version) if rows else NO_ADVICE


def _check_seen(acc: Access, rows: list[AdviceRow], seen: tuple[int, int] | None) -> None:
    """Refuse, naming who changed what when, if the case's latest advice is no longer what the editor
    showed (another draft was saved over it, it was signed, or a new draft was started)."""
    if seen is None or seen_of(rows) == seen:
        return
    if not rows:
        raise rowlock.RowChangedError(rowlock.GONE)
    raise rowlock.changed_error(acc.db, "advice", ("id", rows[-1].id))


def draft_advice(
    session: Session, case_ref: str, outcome: dict[str, Any], remark: str, *, seen: tuple[int, int] | None = None
) -> DraftResult:
    """Create or update the case's draft. After a signed version, a new draft is an amendment that
    references the version it replaces.

    ``seen``: (advice id, row version) of the latest advice the editor showed (``seen_of``, or the last
    ``DraftResult.seen``; ``NO_ADVICE`` if it showed none). If that is no longer the latest, nothing is
    saved and RowChangedError names who changed it when; the editor keeps its text and reloads. None:
    save over whatever is there now (a one-shot command)."""
    with access(session, Action.ADVICE_DRAFT, case_ref=case_ref) as acc:
        case = open_case(session, acc, case_ref)
        clean = check_outcome(CaseType(case.case_type), outcome)
        text = check_remark(remark)
        versions = repo.advice_versions(acc.db, case.id)
        _check_seen(acc, versions, seen)
        now = datetime.now(UTC).isoformat()
        if versions and versions[-1].state == "draft":
            draft = versions[-1]
            row_version = repo.update_draft(
                acc.db, draft.id, clean, text, now, session.user, expected=draft.row_version
            )
            acc.record_ids = [f"advice:{draft.id}"]
            return DraftResult(draft.id, draft.version, row_version)
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
    seen: tuple[int, int] | None = None,
) -> AdviceRow:
    """Sign the current draft (medical advisors only); it becomes immutable.

    ``big_number`` defaults to the advisor's BIG number in their profile (set by the unit administrator),
    so the GUI never asks for it. With ``confirm_findings`` (the GUI's path) the leak check runs here, in
    the signing transaction: every finding must be among the confirmed words, which are kept with the
    signed version so the export does not ask again. Without it the export does the check (CLI path).

    ``seen`` as for ``draft_advice``: an advisor signs only the draft text they were shown; if someone
    saved over it since, nothing is signed and RowChangedError names who and when.
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
        _check_seen(acc, versions, seen)
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
        now = datetime.now(UTC).isoformat()
        # the version read above: on the unit server another save can land between that read and this write
        repo.sign_advice(
            acc.db, draft.id, session.user, big, now, digest, confirmed_findings=confirmed, expected=draft.row_version
        )
        records_repo.set_case_status(acc.db, case.id, CaseStatus.ADVISED.value, expected=None, by=session.user, at=now)
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

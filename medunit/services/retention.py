"""Retention purge: runs at unlock and on demand; deletes with secure_delete and logs kind and count,
never content. After deleting, the WAL is checkpointed and truncated so no deleted row lingers there."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from medunit.domain.permissions import Action
from medunit.domain.retention import RULES, DataKind, cutoff
from medunit.services.guard import access
from medunit.services.session import Session, utc_now
from medunit.store import workflow as repo
from medunit.store.database import Database


@dataclass(frozen=True)
class PurgeItem:
    kind: str
    count: int
    before: str


def _settings(session: Session) -> dict[str, object]:
    return {name: s.value for name, s in session.policy.settings.items()}


def plan(session: Session, now: datetime | None = None) -> list[PurgeItem]:
    """What a purge would delete now (kind, count, cut-off), without deleting anything."""
    moment = now or datetime.now(UTC)
    with access(session, Action.PURGE_RUN, reason="dry run") as acc:
        return _plan(acc.db, _settings(session), moment)


def _plan(db: Database, settings: dict[str, object], moment: datetime) -> list[PurgeItem]:
    items = []
    for rule in RULES:
        before = cutoff(rule, settings, moment).isoformat()
        if rule.kind is DataKind.ACCESS_LOG:
            continue  # access-log entries: kept (at least 5 years); they outlive the data they name
        items.append(PurgeItem(rule.kind.value, _due(db, rule.kind, before), before))
    return items


def _due(db: Database, kind: DataKind, before: str) -> int:
    """How many items of ``kind`` are due (ids only, no content is read)."""
    if kind is DataKind.RECORDING:
        return len(repo.due_recordings(db, before))
    if kind is DataKind.CLOSED_CASE:
        return len(repo.due_closed_cases(db, before))
    return len(repo.due_contacts(db, before))


def purge(session: Session, now: datetime | None = None, automatic: bool = False) -> list[PurgeItem]:
    """Delete everything past its retention period; one access-log entry per kind, naming the count.

    ``automatic`` is the purge at unlock: the policy's duty, run whoever signs in."""
    moment = now or datetime.now(UTC)
    settings = _settings(session)
    done: list[PurgeItem] = []
    for rule in RULES:
        if rule.kind is DataKind.ACCESS_LOG:
            continue
        before = cutoff(rule, settings, moment).isoformat()
        if automatic and not _due(session.vault.db, rule.kind, before):
            continue  # nothing due: no entry, so every unlock does not add log noise
        with access(session, Action.PURGE_RUN, system=automatic) as acc:
            if rule.kind is DataKind.RECORDING:
                ids = repo.due_recordings(acc.db, before)
                repo.delete_entries(acc.db, ids)
            elif rule.kind is DataKind.CLOSED_CASE:
                ids = repo.due_closed_cases(acc.db, before)
                repo.delete_cases(acc.db, ids)
            else:
                ids = repo.due_contacts(acc.db, before)
                repo.delete_contacts(acc.db, ids)
            acc.reason = f"retention purge: {len(ids)} {rule.kind.value}(s) before {before}"
        done.append(PurgeItem(rule.kind.value, len(ids), before))
    if any(item.count for item in done):
        repo.checkpoint(session.vault.db)
    return done


def close_case(session: Session, case_ref: str, *, version: int | None = None) -> None:
    """Close a case: its retention period starts now. ``version``: the case's version the editor read
    (``CaseDetail.version``; None: as it is now); a stale one is refused and nothing is closed."""
    from medunit.services.records import open_case

    with access(session, Action.CASE_UPDATE, case_ref=case_ref) as acc:
        case = open_case(session, acc, case_ref)
        repo.close_case(acc.db, case.id, utc_now(), expected=version, by=session.user)

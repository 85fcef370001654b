"""The one gate every service call passes: permission check, the work, and the access-log entry, in one
transaction. A refusal is logged (and committed) before it is raised.

On the unit server an action that reads sealed content (``permissions.READS_CONTENT``, and the re-sealing
duties of ``RESEALS_CONTENT``) is two transactions: its 'granted' entry is saved and committed first, then
the work runs; the server gives a sealed value only to a login with such a committed entry for that case
(store/pg/ddl.py ``LOGGED_READS``), so no content leaves it without a log row. Should the work learn more
than that entry names (the ids it read or wrote, a reason), a second 'granted' entry with all of it follows
inside the work's transaction, with the first one's time (one access, two rows with one time: the load
test counts accesses by user and time); a rule refusing the work appends the usual 'refused' entry."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

from medunit.domain.confidentiality import needs_acceptance
from medunit.domain.permissions import READS_CONTENT, RESEALS_CONTENT, Action, allowed
from medunit.errors import MedunitError, PermissionDeniedError, StorageError
from medunit.services.session import Session, utc_now
from medunit.store import access_log, pending_log
from medunit.store.database import Database


class AcknowledgementRequiredError(PermissionDeniedError):
    """A data action before the user accepted the confidentiality statement."""


@dataclass
class Access:
    """What the log entry will name; the work may fill in ids it learns (a new record's id)."""

    db: Database
    person_ref: str | None = None
    case_ref: str | None = None
    record_ids: list[str] = field(default_factory=list)
    reason: str | None = None
    basis: str | None = None
    emergency: bool = False
    responsible: str | None = None


def _entry(session: Session, action: Action, acc: Access, outcome: str) -> access_log.LogEntry:
    return access_log.LogEntry(
        at=utc_now(),
        user=session.user,
        role=session.role.value,
        responsible=acc.responsible or session.user,
        action=action.value,
        outcome=outcome,
        workstation=session.workstation_id,
        person_ref=acc.person_ref,
        case_ref=acc.case_ref,
        record_ids=tuple(acc.record_ids),
        reason=acc.reason,
        basis=acc.basis or f"role:{session.role.value}",
        emergency=acc.emergency
        or action is Action.BREAK_GLASS
        or (acc.case_ref in session.broken_glass if acc.case_ref else False),
    )


def _log(session: Session, db: Database, entry: access_log.LogEntry) -> None:
    """Into the access log; on a read-only store into the pending log (on disk before the data is shown)."""
    if db.read_only:
        try:
            pending_log.record(session.vault.bag.data_key, session.vault.store_id, entry)
        except OSError as exc:
            raise StorageError(
                "The store is read-only and this action's access-log entry could not be kept in {path} "
                "({detail}): nothing was shown and nothing of this action was saved.",
                path=pending_log.path_for(session.vault.store_id).parent,
                detail=exc.strerror or type(exc).__name__,
            ) from exc
    else:
        access_log.append(db, entry, session.log_key, session.signer)


def log_refusal(session: Session, action: Action, acc: Access, why: str) -> None:
    with session.vault.db.transaction() as db:
        acc.basis = why
        _log(session, db, _entry(session, action, acc, "refused"))


Names = Callable[[Access], None]


def _open_first(
    session: Session, action: Action, acc: Access, system: bool, names: Names | None
) -> tuple[access_log.LogEntry | None, bool]:
    """On the unit server, for an action whose work reads sealed content: its 'granted' entry, saved and
    committed before the work (the server's condition for handing out sealed values), after ``names`` filled
    in what it names; and whether ``names`` ran. No entry elsewhere: the file store writes the entry with
    the work, in one transaction; nor for an entry that names no case and no person (it opens nothing),
    unless it is a re-sealing duty's."""
    db = acc.db
    resealing = system and action in RESEALS_CONTENT
    if db.dialect != "postgresql" or not (action in READS_CONTENT or resealing):
        return None, False
    with db.transaction():
        if names is not None:
            names(acc)
        if not (acc.case_ref or acc.person_ref or resealing):
            return None, True
        entry = _entry(session, action, acc, "granted")
        _log(session, db, entry)
    return entry, True


@contextmanager
def access(
    session: Session,
    action: Action,
    *,
    person_ref: str | None = None,
    case_ref: str | None = None,
    reason: str | None = None,
    system: bool = False,
    names: Names | None = None,
) -> Iterator[Access]:
    """Check ``action`` for the session's role, run the block in a transaction, log the outcome.

    ``system`` is for duties the policy imposes whoever is signed in (retention purge, consent expiry
    at unlock): no role check, and the entry's basis says so.

    ``names`` fills in, from metadata, what the entry names when the caller does not know it yet (the
    person of a reference): it runs before the work, so that on the unit server the entry saved first
    names the case or person whose content the work reads.

    A ``MedunitError`` raised by the block (a rule refused the work) rolls the work back and is logged
    as refused with its reason; other exceptions, and a ``StorageError`` (the disk failed, not a rule), roll
    back and propagate unlogged (nothing was read, nothing was saved).
    """
    if not session.open:
        raise PermissionDeniedError("The session is locked; unlock first.")
    db = session.vault.db
    acc = Access(db=db, person_ref=person_ref, case_ref=case_ref, reason=reason)
    if system:
        acc.basis = "policy:automatic"
    elif not allowed(session.role, action):
        log_refusal(session, action, acc, f"role {session.role.value} lacks {action.value}")
        raise PermissionDeniedError(
            "Your role {role} may not do '{action}'. The attempt was logged.",
            role=session.role.value,
            action=action.value,
        )
    elif session.acknowledgement_due and needs_acceptance(action):
        log_refusal(session, action, acc, "confidentiality statement not accepted")
        raise AcknowledgementRequiredError(
            "Accept the unit's confidentiality statement first; nothing is shown before. The attempt was logged."
        )
    try:
        opened, named = _open_first(session, action, acc, system, names)
        with db.transaction():
            if names is not None and not named:
                names(acc)
            yield acc
            entry = _entry(session, action, acc, "granted")
            if opened is not None:  # the same access: its second row carries the first one's time
                entry = replace(entry, at=opened.at)
            if entry != opened:
                _log(session, db, entry)
    except StorageError:
        raise  # the disk failed, no rule refused: nothing was saved, and a refusal entry could not be either
    except MedunitError as exc:
        log_refusal(session, action, acc, exc.template.split(".")[0][:120])
        raise

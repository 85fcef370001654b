"""The privacy officer's view of the access log: verification, filters, CSV export, a person's report."""

from __future__ import annotations

import base64
import csv
import io
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from medunit.crypto.atomic import atomic_write
from medunit.domain.permissions import Action
from medunit.domain.text import for_csv
from medunit.errors import ValidationError
from medunit.services.guard import access
from medunit.services.session import Session
from medunit.store import access_log
from medunit.store import records as repo
from medunit.store.access_log import ChainReport, LogEntry, LogFilter

__all__ = ["ChainReport", "LogEntry", "LogFilter", "PersonAccessReport", "case_log", "entries", "export_csv"]

CSV_COLUMNS = (
    "seq",
    "at",
    "user",
    "role",
    "responsible",
    "action",
    "outcome",
    "person_ref",
    "case_ref",
    "record_ids",
    "reason",
    "basis",
    "emergency",
    "workstation",
)


def verify_log(session: Session) -> ChainReport:
    from medunit.services.personal_keys import verify_log as verify_signed_log

    with access(session, Action.AUDIT_VERIFY):
        return verify_signed_log(session.vault.db, session.vault.store_id, session.log_key)


def entries(session: Session, flt: LogFilter, limit: int | None = None) -> list[LogEntry]:
    with access(session, Action.AUDIT_READ, person_ref=flt.person_ref) as acc:
        found = list(access_log.query(acc.db, flt, limit))
        acc.reason = f"filter {_describe(flt)}; {len(found)} entries"
        return found


def _describe(flt: LogFilter) -> str:
    parts = [f"{k}={v}" for k, v in vars(flt).items() if v not in (None, False, ())]
    return ",".join(parts) or "none"


def _row(e: LogEntry) -> list[str]:
    return [
        str(e.seq),
        e.at,
        e.user,
        e.role,
        e.responsible,
        e.action,
        e.outcome,
        e.person_ref or "",
        e.case_ref or "",
        " ".join(e.record_ids),
        e.reason or "",
        e.basis or "",
        "yes" if e.emergency else "",
        e.workstation,
    ]


def export_csv(session: Session, path: Path, flt: LogFilter | None = None) -> int:
    """Write the (filtered) log as CSV atomically; returns the number of entries written."""
    flt = flt or LogFilter()
    with access(session, Action.AUDIT_EXPORT, reason=f"to {path}") as acc:
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(CSV_COLUMNS)
        count = 0
        for entry in access_log.query(acc.db, flt):
            writer.writerow([for_csv(cell) for cell in _row(entry)])  # no cell starts a formula
            count += 1
        try:
            atomic_write(path, buf.getvalue().encode("utf-8"))
        except OSError as exc:
            raise ValidationError("Cannot write {path}: {why}", path=path, why=exc.strerror or "error") from exc
        return count


@dataclass(frozen=True)
class PersonAccessReport:
    person_ref: str
    case_refs: tuple[str, ...]
    entries: tuple[LogEntry, ...]


def person_report(
    session: Session, reference: str, since: str | None = None, until: str | None = None
) -> PersonAccessReport:
    """Who accessed this person's data, when and why (refusals included); ``reference`` is the person's
    reference or one of their case references."""
    with access(session, Action.AUDIT_READ) as acc:
        person = repo.person_by_reference(acc.db, reference)
        if person is None:
            case = repo.case_by_reference(acc.db, reference)
            if case is None:
                raise ValidationError("No person or case with reference {ref}.", ref=reference)
            person = repo.person_by_id(acc.db, case.person_id)
        acc.person_ref = person.reference
        cases = tuple(repo.cases_of_person(acc.db, person.id))
        flt = LogFilter(person_ref=person.reference, case_refs=cases, since=since, until=until)
        found = tuple(access_log.query(acc.db, flt))
        acc.reason = "access report"
        return PersonAccessReport(person.reference, cases, found)


def case_log(session: Session, reference: str) -> list[LogEntry]:
    """The access log of one case, for the people working on it (who else looked at this file?). A
    restricted case's log names its person and who works on it: it opens under the same rule as the case
    (on its list, or after a logged break-the-glass)."""
    from medunit.services.records import open_case

    with access(session, Action.CASE_LOG_READ, case_ref=reference) as acc:
        open_case(session, acc, reference)
        return list(access_log.query(acc.db, LogFilter(case_refs=(reference,))))


# -- anchors: the log head signed and kept outside the store ------------------------------------------------

ANCHOR_FORMAT = "medunit-log-anchor/1"


def write_anchor(session: Session, path: Path) -> int:
    """Sign the current log head with the unit key and write it to ``path`` for IT to archive outside the
    store. Someone who later obtains the data key can re-chain the log from an edited entry onward, but
    cannot change an archived anchor: ``verify_anchors`` then names the entry. Returns the anchored seq."""
    from medunit.export import signing
    from medunit.services.exports import signing_key

    with access(session, Action.AUDIT_EXPORT, reason=f"log anchor to {path}") as acc:
        seq, digest = access_log.head(acc.db)
        body = {
            "format": ANCHOR_FORMAT,
            "store_id": session.vault.store_id,
            "seq": seq,
            "hash": digest.hex(),
            "at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
        key = signing_key(acc.db)
        doc = {**body, "signature": base64.b64encode(signing.sign(key, canonical)).decode()}
        try:
            atomic_write(path, (json.dumps(doc, indent=1, sort_keys=True) + "\n").encode())
        except OSError as exc:
            raise ValidationError("Cannot write {path}: {why}", path=path, why=exc.strerror or "error") from exc
        return seq


def verify_anchors(session: Session, documents: list[bytes]) -> list[str]:
    """Problems found comparing the log with archived anchors (empty: every anchored entry is unchanged)."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    from medunit.export import signing
    from medunit.services.exports import signing_key

    problems = []
    with access(session, Action.AUDIT_VERIFY, reason=f"{len(documents)} anchor(s)") as acc:
        public = Ed25519PublicKey.from_public_bytes(signing.public_key_of(signing_key(acc.db)))
        for n, data in enumerate(documents, start=1):
            try:
                doc = json.loads(data)
                signature = base64.b64decode(doc.pop("signature"), validate=True)
                public.verify(signature, json.dumps(doc, sort_keys=True, separators=(",", ":")).encode())
                if doc["format"] != ANCHOR_FORMAT or doc["store_id"] != session.vault.store_id:
                    problems.append(f"anchor {n}: belongs to another store")
                    continue
                seq, expected = int(doc["seq"]), bytes.fromhex(doc["hash"])
            except (ValueError, KeyError, TypeError, AttributeError, InvalidSignature):
                problems.append(f"anchor {n}: not a valid medunit log anchor")
                continue
            if seq == 0:
                continue
            actual = access_log.entry_hash(acc.db, seq)
            if actual is None:
                problems.append(f"anchor {n}: entry #{seq} is gone from the log")
            elif actual != expected:
                problems.append(f"anchor {n}: entry #{seq} or an entry before it was changed after the anchor")
    return problems

"""The one way out: the signed advice export (JSON + PDF), its public key, and the person's access report.

The export is built from the declared whitelist (``export.documents.EXPORT_FIELDS``), never filtered after
the fact; the remark is checked against the case's health vocabulary first, and findings block the export
until the advisor confirms (the confirmation is logged).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives import serialization

from medunit.crypto import personal
from medunit.domain.bsn import mask_bsn
from medunit.domain.leakcheck import Leak, find_leaks
from medunit.domain.permissions import Action
from medunit.errors import LeakFindingsError, ValidationError
from medunit.export import signing
from medunit.export.access_report import AccessReport, ReportCase, render_access_report
from medunit.export.advice_export import (
    DocumentKey,
    VerifyResult,
    build_json,
    build_pdf,
    verify_export,
    write_atomically,
)
from medunit.export.documents import AdviceExport
from medunit.services.advice import checked_text, latest_signed, unconfirmed
from medunit.services.guard import Access, access
from medunit.services.personal_keys import CA_CERT, trust_pem
from medunit.services.records import open_case
from medunit.services.session import Session
from medunit.store import access_log, meta
from medunit.store import records as records_repo
from medunit.store import workflow as repo
from medunit.store.database import Database


def signing_key(db: Database) -> bytes:
    """The unit's Ed25519 key, created inside the store on first use."""
    stored = meta.get(db, "signing_key")
    if stored:
        return bytes.fromhex(stored)
    key = signing.new_signing_key()
    meta.put(db, "signing_key", key.hex())
    return key


@dataclass(frozen=True)
class PublicKeyInfo:
    public_key: bytes
    fingerprint: str
    file_text: str


def public_key(session: Session) -> PublicKeyInfo:
    with access(session, Action.SIGNING_KEY_READ) as acc:
        pub = signing.public_key_of(signing_key(acc.db))
        text = signing.public_key_file(pub)
        trust = trust_pem(acc.db)
        fingerprint = signing.fingerprint(pub)
        if trust:  # the unit CA and its revocation list: what exports are checked against (docs/export.md)
            ca = signing.load_trust(trust)
            assert ca is not None
            fingerprint = signing.fingerprint(ca.ca.public_bytes(serialization.Encoding.DER))
            text += f"# unit CA certificate (SHA-256 {fingerprint}) and its signed revocation list (X.509)\n" + trust
        return PublicKeyInfo(pub, fingerprint, text)


def write_public_key(session: Session, path: Path) -> PublicKeyInfo:
    info = public_key(session)
    write_atomically(path.parent, path.name, info.file_text.encode())
    return info


def leak_findings(session: Session, case_ref: str) -> list[Leak]:
    """What in the remark (and exclusion) of the advice that would be exported looks like health data of
    this case: the latest signed version, or the draft when none is signed yet."""
    with access(session, Action.HEALTH_READ, case_ref=case_ref, reason="leak check before export") as acc:
        case = open_case(session, acc, case_ref)
        versions = repo.advice_versions(acc.db, case.id)
        if not versions:
            return []
        signed = [v for v in versions if v.state == "signed"]
        checked = signed[-1] if signed else versions[-1]  # what export_advice would send
        texts = [e.text for e in records_repo.entries_of_case(acc.db, case.id)]
        return find_leaks(checked_text(checked), texts)


@dataclass(frozen=True)
class ExportResult:
    export_id: str
    json_path: Path
    pdf_path: Path
    findings_confirmed: tuple[str, ...]


def export_advice(
    session: Session, case_ref: str, out_dir: Path | None = None, confirm_findings: bool = False
) -> ExportResult:
    """Write the signed advice export (JSON and PDF) to ``out_dir`` (default: the policy's export folder).

    The leak check runs inside the export's own transaction (one log entry for the act): words the advisor
    confirmed when signing pass; any other finding needs ``confirm_findings``."""
    folder = out_dir or session.policy.export_folder
    if out_dir is None:  # the policy's folder is created on first use (owner-only); a chosen one must exist
        try:
            if not folder.exists():
                folder.mkdir(parents=True, mode=0o700)
                folder.chmod(0o700)  # mkdir's mode passes through the umask
        except OSError as exc:
            raise ValidationError(
                "The export folder {path} cannot be created: {why}", path=folder, why=exc.strerror or "error"
            ) from exc
    with access(session, Action.EXPORT_ADVICE, case_ref=case_ref) as acc:
        case = open_case(session, acc, case_ref)
        signed = latest_signed(repo.advice_versions(acc.db, case.id))
        texts = [e.text for e in records_repo.entries_of_case(acc.db, case.id)]
        findings = find_leaks(checked_text(signed), texts)
        at_signing = signed.confirmed_findings or ()
        if unconfirmed(findings, at_signing) and not confirm_findings:
            raise LeakFindingsError(
                "The remark may contain health data ({words}); edit it, or confirm that it may go to the case handler.",
                words=", ".join(sorted({f.word for f in unconfirmed(findings, at_signing)})),
            )
        assert signed.signed_by and signed.signed_big and signed.signed_at
        export = AdviceExport(
            export_id=str(uuid.uuid4()),
            dossier_reference=case.reference,
            case_type=case.case_type,
            outcome=dict(signed.outcome),
            remark=signed.remark,
            advisor_name=session.full_name(signed.signed_by),
            advisor_big=signed.signed_big,
            signed_at=signed.signed_at,
            advice_version=signed.version,
            exported_at=datetime.now(UTC).isoformat(timespec="seconds"),
        )
        key = _document_key(session, acc.db, signed.signed_by, signed.signed_big)
        base = f"advies-{case.reference}-v{signed.version}-{export.export_id[:8]}"
        json_path = write_atomically(folder, base + ".json", build_json(export, key))
        pdf_path = write_atomically(folder, base + ".pdf", build_pdf(export, key, demo=session.demo))
        confirmed = tuple(sorted({f.word for f in findings}))
        acc.record_ids = [f"advice:{signed.id}", f"export:{export.export_id}"]
        acc.reason = f"written to {folder}" + (
            f"; leak-check findings confirmed: {', '.join(confirmed)}" if confirmed else ""
        )
        return ExportResult(export.export_id, json_path, pdf_path, confirmed)


def _holds_certificate_for(session: Session, big: str) -> bool:
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    cert = session.vault.bag.personal.get(personal.SIGN_CERT)
    if cert is None:
        return False
    serial = x509.load_der_x509_certificate(cert).subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)
    return bool(serial) and serial[0].value == f"BIG {big}"


def own_document_key(session: Session, db: Database) -> DocumentKey | None:
    """The session user's own document-signing key, certificate and the unit CA certificate, or None when
    their slot holds none (every role but a certified medical advisor)."""
    private = session.vault.bag.personal.get(personal.SIGN_KEY)
    cert = session.vault.bag.personal.get(personal.SIGN_CERT)
    ca_cert = meta.get(db, CA_CERT)
    if private is None or cert is None or ca_cert is None:
        return None
    return DocumentKey(private, cert, bytes.fromhex(ca_cert))


def _document_key(session: Session, db: Database, signed_by: str, signed_big: str) -> DocumentKey:
    """The exporting advisor's own document-signing key and certificate, from their slot. The export is
    signed by whoever exports it, so they must be the advisor who signed the advice, with that BIG number."""
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    if not _holds_certificate_for(session, signed_big):
        session.vault.refresh_personal()  # an administrator may have issued it since this session opened
    key = own_document_key(session, db)
    if key is None:
        raise ValidationError(
            "Your key slot holds no document-signing certificate; a unit administrator issues one with: "
            "medunit-admin user certify {user} --big NUMBER",
            user=session.user,
        )
    subject = x509.load_der_x509_certificate(key.certificate).subject
    if (
        signed_by != session.user
        or subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)[0].value != f"BIG {signed_big}"
    ):
        raise ValidationError(
            "Only {user}, who signed this advice, can export it with their certificate (BIG {big}).",
            user=signed_by,
            big=signed_big,
        )
    return key


def access_report(session: Session, reference: str, out_dir: Path, confirmed: bool) -> Path:
    """GDPR art. 15: a PDF of what the unit holds about one person and who accessed it. Writes a plaintext
    file with health data, so only with explicit confirmation, by a medical advisor, logged."""
    if not confirmed:
        raise ValidationError(
            "The access report is a plaintext PDF with health data; confirm explicitly that it may be written."
        )

    def person_of_reference(acc: Access) -> None:
        """The person the report is about (a person's or a case's reference): the entry names them before
        the report reads their cases (on the unit server it is saved first)."""
        person = records_repo.person_by_reference(acc.db, reference)
        if person is None:
            case_row = records_repo.case_by_reference(acc.db, reference)
            if case_row is None:
                raise ValidationError("No person or case with reference {ref}.", ref=reference)
            person = records_repo.person_by_id(acc.db, case_row.person_id)
        acc.person_ref = person.reference

    with access(session, Action.EXPORT_ACCESS_REPORT, reason=f"written to {out_dir}", names=person_of_reference) as acc:
        db = acc.db
        person = records_repo.person_by_reference(db, acc.person_ref or "")
        if person is None:  # named before the work, then removed (the retention purge) on the unit server
            raise ValidationError("No person or case with reference {ref}.", ref=reference)
        case_refs = records_repo.cases_of_person(db, person.id)
        cases = []
        for ref in case_refs:
            row = open_case(session, acc, ref)
            acc.case_ref = None
            entries = tuple((e.recorded_at, e.kind, e.text) for e in records_repo.entries_of_case(db, row.id))
            consents = tuple(
                f"{g.addressee.label()}: {', '.join(g.categories)} ({g.obtained_at.date()} t/m {g.valid_until.date()})"
                for g in repo.consents_of_case(db, row.id)
            )
            requests = tuple(f"{r.addressee.label()}: {r.state}" for r in repo.requests_of_case(db, row.id))
            advice = tuple(f"versie {a.version} ({a.state}): {a.outcome}" for a in repo.advice_versions(db, row.id))
            cases.append(
                ReportCase(
                    row.reference, row.case_type, row.status, row.received_at, entries, consents, requests, advice
                )
            )
        contacts = tuple(
            f"{c.at[:10]} {c.subject} via {c.channel} ({c.department})" for c in repo.contacts_of_person(db, person.id)
        )
        log = access_log.query(db, access_log.LogFilter(person_ref=person.reference, case_refs=tuple(case_refs)))
        accesses = tuple(
            (e.at, e.user, e.role, e.action, e.outcome + (" (noodprocedure)" if e.emergency else "")) for e in log
        )
        report = AccessReport(
            person.reference,
            f"{person.given_names} {person.family_name}",
            person.date_of_birth,
            mask_bsn(person.bsn) if person.bsn else None,
            datetime.now(UTC).isoformat(),
            session.user,
            tuple(cases),
            contacts,
            accesses,
        )
        pdf = render_access_report(report)
        return write_atomically(out_dir, f"inzage-{person.reference}.pdf", pdf)


def verify_file(data: bytes, public_key_text: str) -> VerifyResult:
    """Check an export against the unit's public key file (its unit CA certificate and revocation list);
    needs no store (the claims system's side)."""
    trust = signing.load_trust(public_key_text)
    if trust is None:
        raise ValidationError(
            "The public key file holds no unit CA certificate (written before advisors had certificates); "
            "ask IT for the current one (medunit-admin export public-key)."
        )
    return verify_export(data, trust)

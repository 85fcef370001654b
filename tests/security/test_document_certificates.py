"""Advisors' document-signing keys: an X.509 certificate from the unit CA (name, BIG number, validity) in
the advisor's slot only; removal revokes it in the signed revocation list of the public-key file IT hands
the claims system, which plain `openssl verify` checks independently of medunit."""

from __future__ import annotations

import subprocess
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from medunit.cli.main import run
from medunit.crypto import personal
from medunit.domain.roles import Role
from medunit.errors import ValidationError
from medunit.services import admin, exports, personal_keys, stores
from tests.conftest import PASS
from tests.support import raw_sqlcipher
from tests.support.unit import ADVISOR_BIG, accept_confidentiality, make_unit

CASE = "GD-2026-000001"

USER_PASS = "unit member passphrase"
BIG = "12345678901"


def _openssl_verify(trust: Path, cert: Path, crl: bool) -> subprocess.CompletedProcess[str]:
    args = ["openssl", "verify", "-CAfile", str(trust)]
    if crl:
        args += ["-crl_check", "-CRLfile", str(trust)]
    return subprocess.run([*args, str(cert)], capture_output=True, text=True, check=False)


def test_advisor_certificate_chain_and_revocation(
    store_dir: Path,
    policy,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    session, _code = stores.create_store(store_dir, "alice", PASS, policy)
    session.close()
    monkeypatch.setenv("MEDUNIT_PASSPHRASE", PASS)
    monkeypatch.setenv("MEDUNIT_NEW_PASSPHRASE", USER_PASS)
    base = ["--store", str(store_dir), "--as", "alice"]
    assert run(["user", "add", "dr.bos", "--role", "medical-advisor", "--big", BIG, *base]) == 0
    assert run(["user", "add", "dr.vink", "--role", "medical-advisor", "--big", "10987654321", *base]) == 0
    assert run(["user", "add", "staff.smit", "--role", "unit-staff", *base]) == 0
    assert run(["user", "add", "po.bakker", "--role", "privacy-officer", "--big", BIG, *base]) == 1  # no BIG for them

    held = {}
    for name in ("dr.bos", "staff.smit"):
        s = stores.unlock(store_dir, name, USER_PASS, policy)
        held[name] = dict(s.vault.bag.personal)
        s.close()
    assert set(held["staff.smit"]) == {personal.LOG_KEY}  # unit staff hold no signing key
    assert set(held["dr.bos"]) == {personal.LOG_KEY, personal.SIGN_KEY, personal.SIGN_CERT}
    cert = x509.load_der_x509_certificate(held["dr.bos"][personal.SIGN_CERT])
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "dr.bos"
    assert cert.subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)[0].value == f"BIG {BIG}"
    assert isinstance(cert.public_key(), ec.EllipticCurvePublicKey)
    assert (cert.not_valid_after_utc - cert.not_valid_before_utc).days >= 365 * personal.ADVISOR_YEARS

    trust = tmp_path / "unit.pub"
    assert run(["export", "public-key", "--out", str(trust), *base]) == 0
    pem = tmp_path / "dr.bos.pem"
    pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    assert _openssl_verify(trust, pem, crl=False).returncode == 0

    assert run(["user", "remove", "dr.bos", *base]) == 0
    assert run(["user", "remove", "dr.vink", *base]) == 0  # a second revocation keeps the first in the list
    assert run(["user", "remove", "staff.smit", *base]) == 0  # no certificate: nothing to revoke
    assert run(["export", "public-key", "--out", str(trust), *base]) == 0
    assert "BEGIN X509 CRL" in trust.read_text()
    result = _openssl_verify(trust, pem, crl=True)
    assert result.returncode != 0 and "certificate revoked" in result.stdout + result.stderr
    crl = x509.load_pem_x509_crl(trust.read_text()[trust.read_text().index("-----BEGIN X509 CRL-----") :].encode())
    assert crl.get_revoked_certificate_by_serial_number(cert.serial_number) is not None
    assert len(list(crl)) == 2


def test_document_key_needs_the_ca_and_its_certificate(created) -> None:  # type: ignore[no-untyped-def]
    session, _ = created
    db = session.vault.db
    with db.transaction():
        db.execute("DELETE FROM meta WHERE key IN (?, ?)", (personal_keys.CA_CERT, personal_keys.CRL))
    with pytest.raises(ValidationError, match="no unit CA certificate"):
        admin.add_user(session, "dr.bos", "medical-advisor", USER_PASS, big=BIG)
    assert personal_keys.trust_pem(db) == ""


# -- forged exports, written as the insider would ----------------------------------------------------------


def _export_case(unit) -> Path:  # type: ignore[no-untyped-def]
    from medunit.services import advice

    ma = unit[Role.MEDICAL_ADVISOR]
    advice.draft_advice(ma, CASE, {"decision": "accept"}, "Geen bezwaar.")
    advice.sign_advice(ma, CASE, ADVISOR_BIG)
    return unit.root


def _trust_file(unit, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path / "unit.pub"
    exports.write_public_key(unit[Role.UNIT_ADMIN], path)
    return path


def _forged_json(advisor: str, big: str, key: bytes, cert: bytes) -> bytes:
    """An export document built by hand, with whatever key and certificate the forger has."""
    from medunit.export.advice_export import DocumentKey, build_json
    from medunit.export.documents import AdviceExport

    export = AdviceExport(
        export_id="EXP-FORGED",
        dossier_reference=CASE,
        case_type="acceptance-income",
        outcome={"decision": "decline"},
        remark="Afgewezen.",
        advisor_name=advisor,
        advisor_big=big,
        signed_at=datetime.now(UTC).isoformat(timespec="seconds"),
        advice_version=2,
        exported_at=datetime.now(UTC).isoformat(timespec="seconds"),
    )
    return build_json(export, DocumentKey(key, cert, cert))  # the CA certificate only enters a PDF


def test_staff_cannot_forge_an_export_signed_by_the_advisor(
    store_dir: Path,
    policy,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    """Unit staff, with the data key from their own slot, read everything signing-related the database
    holds (the unit's old export key, the CA certificate) and make a CA and certificate of their own for
    dr.jansen: `export verify` refuses every variant. Before advisors' certificates the unit key in the
    database was all it took (format 1 exports, accepted by export verify)."""
    import base64
    import json

    unit = make_unit(store_dir, policy)
    try:
        staff = unit[Role.UNIT_STAFF]
        assert personal.SIGN_KEY not in staff.vault.bag.personal
        trust = _trust_file(unit, tmp_path).read_text()
        con = raw_sqlcipher.connect(store_dir / "medunit.db", staff.vault.bag.data_key)
        unit_key = bytes.fromhex(con.execute("SELECT value FROM meta WHERE key = 'signing_key'").fetchone()[0])
        con.close()
        own_ca = personal.new_ca_key()
        own_ca_cert = personal.ca_certificate(own_ca, "forged", datetime.now(UTC))
        own_key = personal.new_signing_key()
        own_cert = personal.issue_advisor_certificate(
            own_ca, own_ca_cert, own_key, "dr.jansen", ADVISOR_BIG, datetime.now(UTC)
        )
        forged = _forged_json("dr.jansen", ADVISOR_BIG, own_key, own_cert)
        result = exports.verify_file(forged, trust)
        assert not result.valid and "not issued by the unit CA" in result.reason
        # the format-1 document signed with the unit key from the database
        from medunit.export.advice_export import canonical_json
        from medunit.export.signing import fingerprint, public_key_of, sign

        doc = json.loads(forged)
        doc["format"] = "medunit-advice-export/1"
        value = base64.b64encode(sign(unit_key, canonical_json(doc["advice"]))).decode()
        doc["signature"] = {"alg": "Ed25519", "key_fingerprint": fingerprint(public_key_of(unit_key)), "value": value}
        old = (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode()
        assert not exports.verify_file(old, trust).valid
    finally:
        unit.close()


def test_removed_advisors_old_key_is_refused_after_revocation(
    store_dir: Path,
    policy,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    unit = make_unit(store_dir, policy)
    try:
        _export_case(unit)
        ma = unit[Role.MEDICAL_ADVISOR]
        before = exports.export_advice(ma, CASE, tmp_path)
        old_key = ma.vault.bag.personal[personal.SIGN_KEY]  # what dr.jansen keeps after leaving
        old_cert = ma.vault.bag.personal[personal.SIGN_CERT]
        for role in Role:  # removing a user re-keys the store: no other session may be open
            if role is not Role.UNIT_ADMIN:
                unit[role].close()
        time.sleep(1.1)  # revocation times have whole seconds
        admin.remove_user(unit[Role.UNIT_ADMIN], "dr.jansen")
        time.sleep(1.1)
        trust = _trust_file(unit, tmp_path).read_text()
        for path in (before.json_path, before.pdf_path):  # signed before the revocation: still valid
            assert exports.verify_file(path.read_bytes(), trust).valid
        after = _forged_json("dr.jansen", ADVISOR_BIG, old_key, old_cert)
        result = exports.verify_file(after, trust)
        assert not result.valid and "was revoked at" in result.reason and "before the signing time" in result.reason
    finally:
        unit.close()


def test_export_needs_the_signing_advisors_own_certificate(store_dir: Path, policy) -> None:  # type: ignore[no-untyped-def]
    unit = make_unit(store_dir, policy)
    try:
        _export_case(unit)
        # no BIG yet: no certificate
        admin.add_user(unit[Role.UNIT_ADMIN], "dr.bos", "medical-advisor", USER_PASS, unit.recovery_code)
        bos = stores.unlock(store_dir, "dr.bos", USER_PASS, policy)
        accept_confidentiality(bos)
        try:
            with pytest.raises(ValidationError, match="holds no document-signing certificate"):
                exports.export_advice(bos, CASE, store_dir.parent)
            admin.certify_advisor(unit[Role.UNIT_ADMIN], "dr.bos", "10987654321")
        finally:
            bos.close()
        bos = stores.unlock(store_dir, "dr.bos", USER_PASS, policy)
        try:
            assert personal.SIGN_CERT in bos.vault.bag.personal and personal.LOG_KEY in bos.vault.bag.personal
            with pytest.raises(ValidationError, match=r"Only dr\.jansen, who signed this advice"):
                exports.export_advice(bos, CASE, store_dir.parent)
        finally:
            bos.close()
        with pytest.raises(ValidationError, match="not a medical advisor"):
            admin.certify_advisor(unit[Role.UNIT_ADMIN], "staff.smit", "10987654321")
    finally:
        unit.close()

"""Advisors' document-signing keys: an X.509 certificate from the unit CA (name, BIG number, validity) in
the advisor's slot only; removal revokes it in the signed revocation list of the public-key file IT hands
the claims system, which plain `openssl verify` checks independently of medunit."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from medunit.cli.main import run
from medunit.crypto import personal
from medunit.errors import ValidationError
from medunit.services import admin, personal_keys, stores
from tests.conftest import PASS

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
        db.execute("DELETE FROM meta WHERE key = ?", (personal_keys.CA_CERT,))
    with pytest.raises(ValidationError, match="no unit CA certificate"):
        admin.add_user(session, "dr.bos", "medical-advisor", USER_PASS, big=BIG)
    assert personal_keys.trust_pem(db) == ""

"""Standard PDF signatures (PAdES baseline B, ``ETSI.CAdES.detached``) by an advisor's personal certificate.

Why: a case handler opens an advice PDF or a doctor's letter in an ordinary PDF reader, which shows a
standard PDF signature (signer, validity, "document not changed") but ignores anything after ``%%EOF``.
The signature is made with pyHanko as an incremental update of the PDF/A file Qt wrote; the CMS carries the
advisor's certificate and the unit CA certificate, so a reader (or poppler's ``pdfsig``) that trusts the
unit CA reports it as valid and trusted.

``verify_pdf_signature`` is medunit's own check (``export verify``), by the same rules as the JSON export:
the signature must cover the whole file except its own ``/Contents`` hole (nothing appended, nothing
changed), the CMS must be exactly what medunit writes (one signer, SHA-256, ECDSA, no extra certificates or
unsigned attributes, canonical DER), and the certificate must chain to the unit CA, be valid and not
revoked at the signing time ``/M`` that the signed signature dictionary states.
"""

from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import Encoding

from medunit.export.signing import Trust, check_certificate

FIELD_NAME = "Handtekening"
# Room for the CMS in the file (bytes, written as twice as many hex digits): two ECDSA P-256 certificates
# (~0.5 KB each), the signed attributes and the signature take ~1.5 KB.
RESERVED = 4096

_BYTE_RANGE = re.compile(rb"/ByteRange \[(\d{1,10}) (\d{1,10}) (\d{1,10}) (\d{1,10})\] *\n")
_HEX = re.compile(rb"<([0-9A-Fa-f]*)>")
_DICT_END = b"\n>>\nendobj\n"
_PDF_DATE = re.compile(r"D:(\d{14})(Z|[+-]\d\d'\d\d'?)")


@dataclass(frozen=True)
class PadesKey:
    """What signs: the advisor's private key (DER PKCS#8), their certificate and the unit CA's (DER)."""

    private: bytes
    certificate: bytes
    chain: tuple[bytes, ...]


@dataclass(frozen=True)
class PadesResult:
    """The signer's certificate, the signing time and the stated reason; or ``certificate`` None and why."""

    certificate: x509.Certificate | None
    why: str
    signed_at: datetime | None = None
    reason: str = ""


def sign_pdf(pdf: bytes, key: PadesKey, *, reason: str, at: datetime) -> bytes:
    """``pdf`` with a PAdES signature appended as an incremental update, signing time ``at``.

    The file keeps its PDF 1.4 header and catalog version: pyHanko would otherwise declare PDF 2.0 (the
    ISO 32002 extension for ECDSA) or 1.7 (its default, and the ESIC extension), where PDF/A-1b is PDF 1.4;
    readers and ``pdfsig`` do not need these declarations to check the signature."""
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    class _Signer(signers.PdfSigner):
        def register_extensions(self, pdf_out: Any, *, md_algorithm: str) -> None:
            """No version bump (see above)."""

        def init_signing_session(self, pdf_out: Any, existing_fields_only: bool = False) -> Any:
            session = super().init_signing_session(pdf_out, existing_fields_only)
            session.system_time = at  # the document's own signing time, not the clock at this call
            return session

    signer = signers.SimpleSigner(
        asn1_x509.Certificate.load(key.certificate),
        asn1_keys.PrivateKeyInfo.load(key.private),
        SimpleCertificateStore.from_certs([asn1_x509.Certificate.load(c) for c in key.chain]),  # type: ignore[no-untyped-call]
    )
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        reason=reason,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
    )

    class _Writer(IncrementalPdfFileWriter):
        output_version = (1, 4)  # pyHanko's default would add /Version /1.7 to the catalog

        def _update_meta(self) -> None:
            """Leave Qt's Info dictionary and XMP packet as they are: pyHanko would rewrite the XMP in its own
            form and set the modification date to the machine clock in UTC, where PDF/A-1b requires Info and
            XMP to agree and medunit shows Dutch local time."""

    writer = _Writer(io.BytesIO(pdf))
    out = _Signer(meta, signer).sign_pdf(writer, bytes_reserved=RESERVED)
    return bytes(out.getvalue())


def _entry(sig_dict: bytes, name: bytes) -> str | None:
    """A literal-string entry of the signature dictionary as pyHanko writes it (ASCII, octal escapes)."""
    match = re.search(b"\n" + re.escape(name) + rb" \(((?:[ -'*-\[\]-~]|\\[0-7]{3})*)\)\n", sig_dict)
    if match is None:
        return None
    return re.sub(rb"\\([0-7]{3})", lambda m: bytes([int(m.group(1), 8) & 0x7F]), match.group(1)).decode("ascii")


def _pdf_date(text: str | None) -> datetime | None:
    match = _PDF_DATE.fullmatch(text or "")
    if match is None:
        return None
    offset = match.group(2).replace("'", "")
    return datetime.strptime(match.group(1) + ("+0000" if offset == "Z" else offset), "%Y%m%d%H%M%S%z")


def _cms(der: bytes, digest: bytes, trust: Trust) -> tuple[bytes | None, str]:
    """The signer's certificate (DER) if ``der`` is the CMS medunit writes and signs ``digest``."""
    from asn1crypto import cms

    info = cms.ContentInfo.load(der, strict=True)
    if info["content_type"].native != "signed_data":
        return None, "the signature is not in the form medunit writes"
    signed = info["content"]
    signer_infos = signed["signer_infos"]
    certificates = [c.chosen.dump() for c in signed["certificates"]]  # (.native would decode them: slow)
    if (
        signed["version"].native != "v1"
        or [a["algorithm"].native for a in signed["digest_algorithms"]] != ["sha256"]
        or signed["encap_content_info"]["content_type"].native != "data"
        or signed["encap_content_info"]["content"].native is not None
        or len(signed["crls"]) != 0
        or len(signer_infos) != 1
    ):
        return None, "the signature is not in the form medunit writes"
    si = signer_infos[0]
    if (
        si["version"].native != "v1"
        or si["digest_algorithm"]["algorithm"].native != "sha256"
        or si["signature_algorithm"]["algorithm"].native not in ("sha256_ecdsa", "ecdsa")
        or len(si["unsigned_attrs"]) != 0
    ):
        return None, "the signature is not in the form medunit writes"
    attrs = {a["type"].native: a["values"] for a in si["signed_attrs"]}
    if attrs.get("content_type") is None or [v.native for v in attrs["content_type"]] != ["data"]:
        return None, "the signature is not in the form medunit writes"
    if attrs.get("message_digest") is None or [v.native for v in attrs["message_digest"]] != [digest]:
        return None, "the document was altered after signing"
    sid = si["sid"].chosen
    own = [c for c in certificates if _is_signer(c, sid)]
    others = [c for c in certificates if not _is_signer(c, sid)]
    ca = trust.ca.public_bytes(Encoding.DER)
    if len(own) != 1 or any(c != ca for c in others):
        return None, "the signature carries certificates other than the signer's and the unit CA's"
    cert = x509.load_der_x509_certificate(own[0])
    public = cert.public_key()
    signed_attrs = b"\x31" + si["signed_attrs"].dump()[1:]  # signed as a SET OF, stored [0] IMPLICIT
    try:
        assert isinstance(public, ec.EllipticCurvePublicKey)
        public.verify(si["signature"].native, signed_attrs, ec.ECDSA(hashes.SHA256()))
    except (AssertionError, InvalidSignature):
        return None, "the signature does not match (altered, or signed with another key)"
    if info.dump(force=True) != der:  # last: slow; catches any non-canonical encoding the parser tolerated
        return None, "the signature is not in the form medunit writes"
    return own[0], ""


def _is_signer(certificate: bytes, sid: Any) -> bool:
    from asn1crypto import cms
    from asn1crypto import x509 as asn1_x509

    cert = asn1_x509.Certificate.load(certificate)
    return isinstance(sid, cms.IssuerAndSerialNumber) and (
        sid["serial_number"].native == cert.serial_number and sid["issuer"] == cert.issuer
    )


def _der_size(raw: bytes) -> int | None:
    """The length of the DER SEQUENCE at the start of ``raw`` (the CMS), from its header."""
    if len(raw) < 2 or raw[0] != 0x30:
        return None
    if raw[1] < 0x80:
        return 2 + raw[1]
    count = raw[1] & 0x7F
    if not 1 <= count <= 3:
        return None
    size = 2 + count + int.from_bytes(raw[2 : 2 + count], "big")
    return size if size <= len(raw) else None


def verify_pdf_signature(data: bytes, trust: Trust) -> PadesResult:
    """Check the PAdES signature of a whole PDF against the unit CA."""
    spans = list(_BYTE_RANGE.finditer(data))
    if not spans:
        return PadesResult(None, "no PDF signature found (not signed, or truncated)")
    match = spans[-1]
    start, first, second, length = (int(g) for g in match.groups())
    hole = _HEX.fullmatch(data, first, second) if start == 0 and first < second else None
    if hole is None or second + length != len(data) or not first < match.start() < second + length:
        return PadesResult(None, "the PDF signature does not cover the whole file")
    raw = bytes.fromhex(hole.group(1).decode("ascii")) if len(hole.group(1)) % 2 == 0 else b""
    digest = hashlib.sha256(data[:first] + data[second:]).digest()
    if digest not in raw:  # quick refusal of any change to the signed bytes
        return PadesResult(None, "the document was altered after signing")
    size = _der_size(raw)
    if size is None or raw[size:].strip(b"\x00"):  # after the CMS only pyHanko's zero padding
        return PadesResult(None, "the signature is not in the form medunit writes")
    end = data.find(_DICT_END, second)
    sig_dict = data[second : end + 1] if end >= 0 else b""
    at = _pdf_date(_entry(sig_dict, b"/M"))
    if at is None:
        return PadesResult(None, "the PDF signature states no signing time")
    try:
        certificate, why = _cms(raw[:size], digest, trust)
    except (ValueError, TypeError, KeyError):  # asn1crypto's refusals of malformed DER
        return PadesResult(None, "the signature is damaged (not readable)")
    if certificate is None:
        return PadesResult(None, why)
    cert, why = check_certificate(trust, certificate, at)
    if cert is None:
        return PadesResult(None, why)
    return PadesResult(cert, "", at.astimezone(UTC), _entry(sig_dict, b"/Reason") or "")

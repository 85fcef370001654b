"""The advice export: the only way out of the unit to the general dossier (see docs/export.md).

Two documents carry exactly the whitelisted fields (``EXPORT_FIELDS``) of a signed advice:

* a JSON document for the claims system, signed with the advisor's personal ECDSA P-256 key over the
  canonical JSON of the ``advice`` object, carrying the advisor's X.509 certificate from the unit CA;
* a one-page Dutch PDF for people, showing the same fields and the same signature, and itself signed with
  a standard PDF (PAdES) signature by the same key and certificate (``pades``), which the case handler's
  PDF reader shows and ``export verify`` checks by the same certificate rules.

``verify_export`` checks either kind and never raises: anything malformed, truncated or altered is
reported as invalid with a reason.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from medunit.errors import ValidationError
from medunit.export.documents import EXPORT_FIELDS, AdviceExport
from medunit.export.pades import PadesKey, sign_pdf, verify_pdf_signature
from medunit.export.signing import Trust, check_certificate, subject_value

FORMAT = "medunit-advice-export/2"
ALG = "ES256"  # ECDSA P-256 with SHA-256; the signature DER-encoded
MAX_SIGNATURE = 72
PDF_REASON = "Medisch advies, export "  # + the export id: the PDF signature's /Reason
VERIFY_HINT = "medunit-admin export verify"

_TOP_KEYS = frozenset({"format", "advice", "signature"})
_SIGNATURE_KEYS = frozenset({"alg", "certificate", "value"})


@dataclass(frozen=True)
class DocumentKey:
    """An advisor's document-signing key (DER PKCS#8, ECDSA P-256), its certificate (DER) and the unit CA
    certificate (DER) that issued it, which the PDF signature carries so a reader can build the chain."""

    private: bytes
    certificate: bytes
    ca_certificate: bytes

    def sign(self, data: bytes) -> bytes:
        key = serialization.load_der_private_key(self.private, None)
        if not isinstance(key, ec.EllipticCurvePrivateKey):
            raise ValidationError("The document-signing key is not an ECDSA P-256 key.")
        return key.sign(data, ec.ECDSA(hashes.SHA256(), deterministic_signing=True))  # RFC 6979

    @property
    def signer(self) -> str:
        """Who signs, for people: 'dr.jansen (BIG 12345678901), certificate 1a2b…'."""
        cert = x509.load_der_x509_certificate(self.certificate)
        name = subject_value(cert, NameOID.COMMON_NAME)
        big = subject_value(cert, NameOID.SERIAL_NUMBER)
        return f"{name} ({big}), certificaat {cert.serial_number:x}"

    @property
    def pades(self) -> PadesKey:
        return PadesKey(self.private, self.certificate, (self.ca_certificate,))


@dataclass(frozen=True)
class VerifyResult:
    valid: bool
    kind: Literal["json", "pdf"]
    reason: str
    export_id: str | None = None


# --------------------------------------------------------------------------------------------- building


def advice_object(export: AdviceExport) -> dict[str, Any]:
    """The ``advice`` object: exactly the whitelisted fields, taken one by one from ``EXPORT_FIELDS``."""
    advice: dict[str, Any] = {}
    for name in EXPORT_FIELDS:
        advice[name] = getattr(export, name)
    return advice


def canonical_json(obj: object) -> bytes:
    """The canonical JSON bytes that are signed: sorted keys, no whitespace, UTF-8, no NaN/Infinity."""
    try:
        text = json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise ValidationError("The advice cannot be exported: a field holds a value JSON cannot carry.") from exc
    return text.encode("utf-8")


def _b64(signature: bytes) -> str:
    return base64.b64encode(signature).decode("ascii")


def _signature_block(advice: dict[str, Any], key: DocumentKey) -> dict[str, str]:
    return {"alg": ALG, "certificate": _b64(key.certificate), "value": _b64(key.sign(canonical_json(advice)))}


def _layout(document: dict[str, Any]) -> bytes:
    """The exact file layout medunit writes (2-space indent, UTF-8, trailing newline)."""
    return (json.dumps(document, indent=2, ensure_ascii=False, allow_nan=False) + "\n").encode("utf-8")


def build_json(export: AdviceExport, key: DocumentKey) -> bytes:
    """The signed JSON export document (UTF-8 bytes)."""
    advice = advice_object(export)
    document = {"format": FORMAT, "advice": advice, "signature": _signature_block(advice, key)}
    return _layout(document)


def _outcome_rows(outcome: dict[str, object]) -> list[tuple[str, str]]:
    from medunit.export.dutch import OUTCOME_LABELS, outcome_value

    known = [k for k in OUTCOME_LABELS if k in outcome]
    other = sorted(k for k in outcome if k not in OUTCOME_LABELS)
    return [(OUTCOME_LABELS.get(k, k), outcome_value(k, outcome[k])) for k in known + other]


def advice_html(advice: dict[str, Any], signer: str, signature_b64: str) -> str:
    """The body of the advice PDF (every value escaped); exposed for tests."""
    from medunit.export._qtpdf import esc
    from medunit.export.dutch import CASE_TYPES, FIELD_LABELS, long_datetime

    def row(label: str, value: str, *, indent: bool = False) -> str:
        pad = "padding-left:14px;" if indent else ""
        return (
            f'<tr><td width="38%" style="{pad}color:#444444">{esc(label)}</td>'
            f'<td style="font-weight:bold">{esc(value)}</td></tr>'
        )

    rows: list[str] = []
    for name in EXPORT_FIELDS:
        label = FIELD_LABELS.get(name, name)
        value = advice[name]
        if name == "outcome":
            rows.append(f'<tr><td colspan="2" style="padding-top:8px; color:#444444">{esc(label)}</td></tr>')
            outcome = value if isinstance(value, dict) else {}
            for sub_label, sub_value in _outcome_rows(outcome):
                rows.append(row(sub_label, sub_value, indent=True))
            if not outcome:
                rows.append(row("—", "", indent=True))
        elif name == "remark":
            text = esc(str(value)).replace("\n", "<br>") if value else "—"
            rows.append(f'<tr><td width="38%" style="color:#444444">{esc(label)}</td><td>{text}</td></tr>')
        elif name == "case_type":
            rows.append(row(label, CASE_TYPES.get(str(value), str(value))))
        elif name in ("signed_at", "exported_at"):
            rows.append(row(label, long_datetime(str(value))))
        else:
            rows.append(row(label, str(value)))
    half = len(signature_b64) // 2
    sig_lines = f"{esc(signature_b64[:half])}<br>{esc(signature_b64[half:])}"
    return f"""
<p style="font-size:17pt; font-weight:bold; color:#1f3b63; margin-bottom:2px">Medisch advies — uitkomst</p>
<p style="color:#555555; margin-top:0px">Dossier {esc(advice["dossier_reference"])}
 · export {esc(advice["export_id"])}</p>
<hr>
<table width="100%" cellspacing="0" cellpadding="4">
{"".join(rows)}
</table>
<p style="margin-top:16px; color:#555555">Dit document bevat alleen de uitkomst van het medisch advies; de medische
 gegevens waarop het advies berust blijven bij de functionele eenheid medisch adviseur.</p>
<hr>
<p style="font-size:8pt; color:#333333; margin-bottom:2px"><b>Digitale handtekening</b> (ECDSA P-256) over de uitkomst
 hierboven (canonieke JSON van het adviesobject)</p>
<table cellspacing="0" cellpadding="2" style="font-size:8pt">
<tr><td>Ondertekend door:&nbsp;</td><td>{esc(signer)}</td></tr>
<tr><td>Handtekening:</td><td style="font-family:'DejaVu Sans Mono'">{sig_lines}</td></tr>
</table>
<p style="font-size:8pt; color:#333333">Dit PDF-bestand draagt de <b>digitale handtekening van de medisch
 adviseur</b>; uw PDF-lezer toont die (paneel Handtekeningen) en meldt elke wijziging na ondertekening. De lezer
 toont de handtekening als vertrouwd zodra het certificaat van de unit-CA is geïnstalleerd dat IT verspreidt
 (uitvoer van <b>medunit-admin export public-key</b>). De eenheid zelf controleert met: {esc(VERIFY_HINT)}.</p>
"""


def build_pdf(export: AdviceExport, key: DocumentKey, *, demo: bool = False) -> bytes:
    """The one-page Dutch PDF with the visible signature, signed as a whole with a PAdES signature by the
    advisor's certificate at the export time. ``demo``: made in the demo store, so every page carries a
    DEMO watermark."""
    from medunit.export._qtpdf import html_to_pdf

    advice = advice_object(export)
    block = _signature_block(advice, key)
    pdf = html_to_pdf(
        advice_html(advice, key.signer, block["value"]),
        title=f"Medisch advies — uitkomst ({export.export_id})",
        footer="Vertrouwelijk — uitkomst medisch advies",
        watermark="DEMO" if demo else None,
    )
    try:
        at = datetime.fromisoformat(str(export.exported_at))
    except ValueError as exc:
        raise ValidationError("The advice cannot be exported: its export time is not a date-time.") from exc
    return sign_pdf(pdf, key.pades, reason=PDF_REASON + str(export.export_id), at=at)


# --------------------------------------------------------------------------------------------- verifying


def _decode_b64(value: object, limit: int) -> bytes | None:
    """The bytes if ``value`` is canonical base64 of at most ``limit`` bytes, else None."""
    if not isinstance(value, str | bytes):
        return None
    raw = value.encode("ascii", "replace") if isinstance(value, str) else value
    try:
        data = base64.b64decode(raw, validate=True)
    except (binascii.Error, ValueError):
        return None
    if not data or len(data) > limit or base64.b64encode(data) != raw:
        return None  # non-canonical encodings (e.g. changed padding bits) are refused
    return data


def _signed_by(
    trust: Trust, certificate: bytes, at_text: object, data: bytes, signature: bytes
) -> tuple[x509.Certificate | None, str]:
    """The certificate if it chains to the unit CA, was neither expired nor revoked at ``at_text`` (the
    signing time the document states) and its key made ``signature`` over ``data``."""
    try:
        at = datetime.fromisoformat(str(at_text))
    except ValueError:
        return None, "the signing time is not a date-time"
    if at.tzinfo is None:
        return None, "the signing time has no time zone"
    cert, why = check_certificate(trust, certificate, at)
    if cert is None:
        return None, why
    public = cert.public_key()
    try:
        assert isinstance(public, ec.EllipticCurvePublicKey)
        public.verify(signature, data, ec.ECDSA(hashes.SHA256()))
    except (AssertionError, InvalidSignature):
        return None, "the signature does not match (altered, or signed with another key)"
    return cert, ""


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"duplicate key {key!r}")
        out[key] = value
    return out


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"non-standard JSON constant {name}")


def _verify_json(data: bytes, trust: Trust) -> VerifyResult:
    def bad(reason: str) -> VerifyResult:
        return VerifyResult(False, "json", reason)

    try:
        text = data.decode("utf-8")
        document = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_refuse_constant)
    except (UnicodeDecodeError, ValueError, RecursionError):
        return bad("not a readable JSON export (damaged or truncated)")
    if not isinstance(document, dict) or set(document) != _TOP_KEYS:
        return bad("not a medunit advice export (unexpected top-level fields)")
    if document["format"] != FORMAT:
        return bad(f"unknown export format (expected {FORMAT})")
    advice = document["advice"]
    if not isinstance(advice, dict) or set(advice) != set(EXPORT_FIELDS):
        return bad("the advice fields are not exactly the export whitelist")
    block = document["signature"]
    if not isinstance(block, dict) or set(block) != _SIGNATURE_KEYS:
        return bad("the signature block is malformed")
    if block["alg"] != ALG:
        return bad("unsupported signature algorithm")
    signature = _decode_b64(block["value"], MAX_SIGNATURE)
    certificate = _decode_b64(block["certificate"], 16384)
    if signature is None or certificate is None:
        return bad("the signature value or certificate is malformed")
    try:
        signed = canonical_json(advice)
    except ValidationError:
        return bad("the advice holds values that cannot be canonicalised")
    cert, why = _signed_by(trust, certificate, advice["exported_at"], signed, signature)
    if cert is None:
        return bad(why)
    # The BIG number identifies the advisor (the name in the advice is their display name, which may change).
    if subject_value(cert, NameOID.SERIAL_NUMBER) != f"BIG {advice['advisor_big']}":
        return bad("the advisor named in the advice is not the holder of the signing certificate (BIG number)")
    try:
        same_layout = _layout(document) == data
    except ValueError:
        same_layout = False
    if not same_layout:
        return bad("the file was altered after export (its bytes differ from what medunit wrote)")
    export_id = advice["export_id"]
    return VerifyResult(True, "json", "valid signature", export_id if isinstance(export_id, str) else str(export_id))


def _verify_pdf(data: bytes, trust: Trust) -> VerifyResult:
    """The PDF's PAdES signature, by the JSON's certificate rules (see ``pades.verify_pdf_signature``)."""
    result = verify_pdf_signature(data, trust)
    if result.certificate is None:
        return VerifyResult(False, "pdf", result.why)
    export_id = result.reason[len(PDF_REASON) :] if result.reason.startswith(PDF_REASON) else None
    return VerifyResult(True, "pdf", "valid signature", export_id)


def verify_export(data: bytes, trust: Trust) -> VerifyResult:
    """Check a JSON or PDF advice export against the unit CA (and its revocation list). Never raises."""
    kind: Literal["json", "pdf"] = "json"
    try:
        raw = bytes(data)
        if raw[:5] == b"%PDF-":
            kind = "pdf"
        if not isinstance(trust, Trust):
            return VerifyResult(False, kind, "no unit CA certificate to check against")
        return _verify_pdf(raw, trust) if kind == "pdf" else _verify_json(raw, trust)
    except Exception as exc:  # defensive: verification must report, never crash
        return VerifyResult(False, kind, f"the export could not be checked ({type(exc).__name__})")


# --------------------------------------------------------------------------------------------- writing

_BAD_NAME = re.compile(r"[/\\\x00]")


def write_atomically(folder: Path, name: str, data: bytes) -> Path:
    """Write ``folder/name`` atomically: temp file in the same folder, fsync, rename, fsync the folder.

    On any failure nothing is left behind (not the temp file, not a partial target) and a
    ValidationError names the folder.
    """
    if not name or name in (".", "..") or _BAD_NAME.search(name):
        raise ValidationError("'{name}' is not a valid export file name.", name=name)
    folder = Path(folder)
    target = folder / name
    tmp_path: str | None = None
    try:
        if not folder.is_dir():
            raise NotADirectoryError(f"{folder} is not an existing folder")
        fd, tmp_path = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(handle.fileno(), 0o600)  # owner-only whatever the umask
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_path, target)
        tmp_path = None
        _fsync_dir(folder)
    except OSError as exc:
        if tmp_path is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_path)
        why = exc.strerror or str(exc)
        raise ValidationError("The export folder {path} is not writable: {why}", path=str(folder), why=why) from exc
    return target


def _fsync_dir(folder: Path) -> None:
    """Make the rename durable; best effort (not every platform can open a directory)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)

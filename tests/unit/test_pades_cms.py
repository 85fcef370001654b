"""``export verify`` on a PDF accepts only the PAdES signature medunit writes, checked rule by rule.

Each case takes a real signed advice PDF, changes one thing in its CMS and, where the change would
otherwise be caught by the signature itself, re-signs the CMS with the advisor's own key (the strongest
forger: one who holds the key but tries to smuggle in a different form, another certificate or another
time). The changed CMS goes into the same ``/Contents`` hole, so the byte range stays as written.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from asn1crypto import cms, core
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

from medunit.export.advice_export import build_pdf, verify_export
from medunit.export.pades import _der_size, _entry, _pdf_date
from tests.unit.test_export_advice import CA_CERT, KEY, OTHER_KEY, TRUST, sample_export


class _Lazy:
    """The signed advice PDF, made on first use: Qt must not render at collection time, before pytest-qt
    made the application object."""

    @functools.cached_property
    def pdf(self) -> bytes:
        return build_pdf(sample_export(), KEY)


_LAZY = _Lazy()


def _hole(data: bytes) -> tuple[int, int]:
    at = data.rindex(b"/Contents <") + len(b"/Contents <")
    return at, data.index(b">", at)


def _cms(data: bytes) -> cms.ContentInfo:
    start, end = _hole(data)
    raw = bytes.fromhex(data[start:end].decode())
    return cms.ContentInfo.load(raw[: _der_size(raw)])


def _put(data: bytes, der: bytes) -> bytes:
    start, end = _hole(data)
    hexed = der.hex().upper().encode()
    assert len(hexed) <= end - start
    return data[:start] + hexed + b"0" * (end - start - len(hexed)) + data[end:]


def _resign(info: cms.ContentInfo, key_der: bytes = KEY.private) -> None:
    si = info["content"]["signer_infos"][0]
    key = serialization.load_der_private_key(key_der, None)
    assert isinstance(key, ec.EllipticCurvePrivateKey)
    attrs = b"\x31" + si["signed_attrs"].dump(force=True)[1:]
    si["signature"] = key.sign(attrs, ec.ECDSA(hashes.SHA256()))


def _changed(change: Callable[[cms.ContentInfo], None], *, resign: bool = True) -> str:
    info = _cms(_LAZY.pdf)
    change(info)
    if resign:
        _resign(info)
    result = verify_export(_put(_LAZY.pdf, info.dump(force=True)), TRUST)
    assert not result.valid
    return result.reason


def test_the_untouched_pdf_and_a_re_signed_copy_pass() -> None:
    assert verify_export(_LAZY.pdf, TRUST).valid
    info = _cms(_LAZY.pdf)
    _resign(info)
    assert verify_export(_put(_LAZY.pdf, info.dump(force=True)), TRUST).valid  # the helper itself changes nothing else


def _set(path: tuple[object, ...], value: object) -> Callable[[cms.ContentInfo], None]:
    def change(info: cms.ContentInfo) -> None:
        node: object = info
        for step in path[:-1]:
            node = node[step]  # type: ignore[index]
        node[path[-1]] = value  # type: ignore[index]

    return change


def _si(info: cms.ContentInfo) -> cms.SignerInfo:
    return info["content"]["signer_infos"][0]


FORM = "the signature is not in the form medunit writes"


@pytest.mark.parametrize(
    "change",
    [
        _set(("content", "version"), "v3"),
        _set(("content", "digest_algorithms"), [{"algorithm": "sha512"}]),
        _set(("content", "encap_content_info"), {"content_type": "signed_data"}),
        _set(("content", "encap_content_info"), {"content_type": "data", "content": b"x"}),
        lambda info: info["content"].__setitem__(
            "crls",
            [cms.RevocationInfoChoice({"other": {"other_rev_info_format": "1.2.3", "other_rev_info": core.Null()}})],
        ),
        lambda info: info["content"].__setitem__("signer_infos", [_si(info), _si(info)]),
        lambda info: _si(info).__setitem__("version", "v3"),
        lambda info: _si(info).__setitem__("digest_algorithm", {"algorithm": "sha512"}),
        lambda info: _si(info).__setitem__("signature_algorithm", {"algorithm": "sha256_rsa"}),
        lambda info: _si(info).__setitem__(
            "unsigned_attrs", [{"type": "signing_time", "values": [cms.Time({"utc_time": datetime.now(UTC)})]}]
        ),
        lambda info: _si(info).__setitem__(
            "signed_attrs", [a for a in _si(info)["signed_attrs"] if a["type"].native != "content_type"]
        ),
    ],
)
def test_a_cms_of_another_form_is_refused(change: Callable[[cms.ContentInfo], None]) -> None:
    assert _changed(change) == FORM


def _digest(data: bytes) -> bytes:
    start, end = _hole(data)
    return hashlib.sha256(data[: start - 1] + data[end + 1 :]).digest()


def test_a_cms_of_another_content_type_is_refused() -> None:
    info = cms.ContentInfo({"content_type": "data", "content": _digest(_LAZY.pdf)})
    result = verify_export(_put(_LAZY.pdf, info.dump()), TRUST)
    assert not result.valid and result.reason == FORM


def test_a_damaged_cms_is_refused() -> None:
    garbage = _tlv(b"\x30", _tlv(b"\x04", _digest(_LAZY.pdf)) + b"\x05\x00")
    result = verify_export(_put(_LAZY.pdf, garbage), TRUST)
    assert not result.valid and "damaged" in result.reason


def test_a_missing_message_digest_is_refused() -> None:
    """Without a messageDigest attribute (the digest smuggled into another attribute so that the quick
    byte search passes) nothing binds the signature to the document."""
    digest = next(a for a in _si(_cms(_LAZY.pdf))["signed_attrs"] if a["type"].native == "message_digest")["values"]

    def change(info: cms.ContentInfo) -> None:
        kept = [a for a in _si(info)["signed_attrs"] if a["type"].native != "message_digest"]
        _si(info)["signed_attrs"] = [*kept, {"type": "1.2.3.4", "values": [core.OctetString(digest[0].native)]}]

    assert "altered" in _changed(change)


def test_certificates_other_than_the_signer_and_the_unit_ca_are_refused() -> None:
    other = asn1_x509.Certificate.load(OTHER_KEY.certificate)
    reason = _changed(
        lambda info: info["content"]["certificates"].append(cms.CertificateChoices({"certificate": other}))
    )
    assert "certificates other than" in reason
    # without the signer's own certificate
    ca = asn1_x509.Certificate.load(CA_CERT)
    reason = _changed(_set(("content", "certificates"), [cms.CertificateChoices({"certificate": ca})]))
    assert "certificates other than" in reason
    # a signer named by key identifier, not by issuer and serial number: medunit does not write that
    reason = _changed(lambda info: _si(info).__setitem__("sid", {"subject_key_identifier": b"\x01" * 20}))
    assert "certificates other than" in reason


def test_a_signature_by_another_key_is_refused() -> None:
    info = _cms(_LAZY.pdf)
    _resign(info, OTHER_KEY.private)
    result = verify_export(_put(_LAZY.pdf, info.dump(force=True)), TRUST)
    assert not result.valid and "does not match" in result.reason


def _tlv(tag: bytes, body: bytes, *, long_form: bool = False) -> bytes:
    n = len(body)
    if n < 0x80 and not long_form:
        return tag + bytes([n]) + body
    size = n.to_bytes((n.bit_length() + 7) // 8 or 1, "big")
    return tag + bytes([0x80 | len(size)]) + size + body


def test_a_non_canonical_encoding_is_refused() -> None:
    """The same CMS with the SignedData version's length in long form (BER, which the parser tolerates, not
    DER): every signed value is unchanged, so only the canonical-encoding rule catches it."""
    info = _cms(_LAZY.pdf)
    body = info["content"].contents
    assert body.startswith(bytes.fromhex("020101"))
    signed_data = _tlv(b"\x30", bytes.fromhex("02810101") + body[3:])
    ber = _tlv(b"\x30", info["content_type"].dump() + _tlv(b"\xa0", signed_data))
    result = verify_export(_put(_LAZY.pdf, ber), TRUST)
    assert not result.valid and result.reason == FORM


def test_non_zero_padding_after_the_cms_is_refused() -> None:
    _, end = _hole(_LAZY.pdf)
    padded = bytearray(_LAZY.pdf)
    padded[end - 1 : end] = b"1"
    assert verify_export(bytes(padded), TRUST).reason == FORM


def test_helpers() -> None:
    assert _der_size(b"") is None and _der_size(b"\x31\x00") is None
    assert _der_size(b"\x30\x03abc") == 5
    assert _der_size(b"\x30\x80") is None and _der_size(b"\x30\x85" + b"\x00" * 5) is None
    assert _der_size(b"\x30\x81\x05ab") is None  # longer than what is there
    assert _der_size(b"\x30\x81\x01a") == 4
    assert _entry(b"\n/M (D\\07220250307131000Z)\n", b"/M") == "D:20250307131000Z"
    assert _entry(b"\n/Reason (x)\n", b"/M") is None
    assert _pdf_date(None) is None and _pdf_date("D:2025") is None
    assert _pdf_date("D:20250307131000Z") == datetime(2025, 3, 7, 13, 10, tzinfo=UTC)
    assert _pdf_date("D:20250307141000+01'00'") == datetime(2025, 3, 7, 13, 10, tzinfo=UTC)


def _resealed(data: bytes) -> bytes:
    """``data`` whose signed bytes were changed, signed again by the advisor's key over the new digest."""
    digest = _digest(data)
    info = _cms(data)
    for attr in _si(info)["signed_attrs"]:
        if attr["type"].native == "message_digest":
            attr["values"] = [digest]
    _resign(info)
    return _put(data, info.dump(force=True))


def test_signing_time_rules_hold_for_the_key_holder_too() -> None:
    assert verify_export(_resealed(_LAZY.pdf), TRUST).valid  # the helper itself changes nothing else
    at = _LAZY.pdf.rindex(b"\n/M (")
    no_time = _resealed(_LAZY.pdf[:at] + b"\n/X (" + _LAZY.pdf[at + 5 :])
    result = verify_export(no_time, TRUST)
    assert not result.valid and "no signing time" in result.reason
    # a signing time before the certificate was issued (2025-03-01)
    at = _LAZY.pdf.rindex(b"\n/M (D\\0722025030")
    early = _LAZY.pdf[:at] + b"\n/M (D\\0722025020" + _LAZY.pdf[at + len(b"\n/M (D\\0722025030") :]
    result = verify_export(_resealed(early), TRUST)
    assert not result.valid and "not valid at the signing time" in result.reason

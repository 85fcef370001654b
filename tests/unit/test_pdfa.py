"""Letters, advice exports and access reports are PDF/A-1b with title, author, language and Dutch local times.

Checked with poppler's own ``pdfinfo`` (installed by bootstrap.sh), the tool IT and archivists use, not with
medunit's code reading its own output back.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest

from medunit.export._qtpdf import LANGUAGE, UNIT_AUTHOR
from medunit.export.access_report import AccessReport, ReportCase, render_access_report
from medunit.export.advice_export import build_pdf, verify_export
from medunit.export.dutch import amsterdam, local_date, long_datetime, short_datetime
from medunit.export.letter_pdf import render_request_letter
from medunit.export.pdfa import PdfLayoutError, finish_pdfa, pdf_date
from tests.unit.test_export_advice import KEY, TRUST, sample_export
from tests.unit.test_export_letter import pdf_text, sample_letter

pytestmark = pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler-utils (bootstrap.sh) missing")


def sample_report() -> AccessReport:
    return AccessReport(
        person_reference="PRS-0001",
        person_name="Jan Jansen",
        date_of_birth="1980-05-14",
        bsn_masked="*****1234",
        produced_at="2026-07-01T22:30:00+00:00",  # 2 July, 00:30 in Amsterdam (summer time)
        produced_by="privacy",
        cases=(
            ReportCase(
                "AOV-2025-0042",
                "acceptance-income",
                "open",
                "2026-01-05T10:00:00+00:00",
                (("2026-01-05T23:30:00+00:00", "note", "telefonisch contact"),),  # 6 January in Amsterdam
                (),
                (),
                (),
            ),
        ),
        contacts=(),
        accesses=(("2026-11-26T04:20:00+00:00", "mbakker", "Medisch adviseur", "inzien", "toegestaan"),),
    )


def run_pdfinfo(data: bytes, tmp_path_factory: pytest.TempPathFactory, *options: str) -> str:
    path = tmp_path_factory.mktemp("pdfa") / "doc.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdfinfo", *options, str(path)], capture_output=True, text=True, check=True).stdout


def pdfinfo(data: bytes, tmp_path_factory: pytest.TempPathFactory, *options: str) -> dict[str, str]:
    info: dict[str, str] = {}  # the first of a key: the PDF/A subtype block repeats "Title"
    for line in run_pdfinfo(data, tmp_path_factory, *options).splitlines():
        key, _, value = line.partition(":")
        info.setdefault(key.strip(), value.strip())
    return info


@pytest.fixture(scope="module")
def documents() -> dict[str, tuple[bytes, str, datetime]]:
    """name → (PDF, expected title, the moment it was made)."""
    out: dict[str, tuple[bytes, str, datetime]] = {}
    for name, make, title in (
        ("letter", lambda: render_request_letter(sample_letter()), "Informatieverzoek — dossier AOV-2025-0042"),
        ("export", lambda: build_pdf(sample_export(), KEY), "Medisch advies — uitkomst (EXP-2025-0007)"),
        ("report", lambda: render_access_report(sample_report()), "Inzage PRS-0001"),
    ):
        before = datetime.now(UTC).replace(microsecond=0)
        out[name] = (make(), title, before)
    return out


@pytest.mark.parametrize("name", ["letter", "export", "report"])
def test_pdfinfo_shows_pdfa_title_author_and_local_creation_time(
    name: str, documents: dict[str, tuple[bytes, str, datetime]], tmp_path_factory: pytest.TempPathFactory
) -> None:
    data, title, before = documents[name]
    info = pdfinfo(data, tmp_path_factory, "-isodates")
    assert info["PDF subtype"] == "PDF/A-1b:2005"
    assert info["Conformance"] == "Level B, Basic"
    assert info["Standard"] == "ISO 19005-1"
    assert info["Title"] == title
    assert info["Author"] == UNIT_AUTHOR
    assert info["PDF version"] == "1.4"
    # The creation time carries Amsterdam's offset at that moment (+01 in winter, +02 in summer) ...
    created = info["CreationDate"]
    offset_hours = int(before.astimezone(amsterdam()).utcoffset().total_seconds() // 3600)  # type: ignore[union-attr]
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0[12]", created), created
    assert created.endswith(f"+{offset_hours:02d}")
    # ... and is the real moment of making (within the test's own run time).
    moment = datetime.fromisoformat(created + ":00")
    assert before - timedelta(seconds=1) <= moment <= datetime.now(UTC) + timedelta(seconds=1)
    assert info["ModDate"] == created
    # XMP agrees with Info (PDF/A-1 6.7.3) and names the language; the catalog has /Lang.
    meta = run_pdfinfo(data, tmp_path_factory, "-meta")
    assert 'pdfaid:part="1"' in meta and 'pdfaid:conformance="B"' in meta
    assert f"<rdf:li>{LANGUAGE}</rdf:li>" in meta and "<dc:language>" in meta
    assert f'xmp:CreateDate="{created}:00"' in meta
    assert UNIT_AUTHOR in meta
    assert b"/Lang (nl-NL)" in data


def test_the_advice_pdf_still_verifies_as_documented(documents: dict[str, tuple[bytes, str, datetime]]) -> None:
    data = documents["export"][0]
    result = verify_export(data, TRUST)
    assert result.valid and result.kind == "pdf", result.reason
    flipped = bytearray(data)
    flipped[data.index(b"/Lang (nl-NL)") + 7] ^= 1
    assert not verify_export(bytes(flipped), TRUST).valid


def test_times_in_the_documents_are_dutch_local_time(documents: dict[str, tuple[bytes, str, datetime]]) -> None:
    export_text = pdf_text(documents["export"][0])
    # signed_at 2025-03-07T14:05:00+01:00 stays 14:05 CET
    assert "7 maart 2025, 14:05 (UTC+01:00)" in export_text
    report_text = pdf_text(documents["report"][0])
    assert "2 juli 2026, 00:30 (UTC+02:00)" in report_text  # produced 22:30 UTC in summer
    assert "2026-11-26 05:20 (UTC+01:00)" in report_text  # access at 04:20 UTC in winter
    assert "2026-01-06" in report_text and "2026-01-05 11:00 (UTC+01:00)" in report_text
    assert "Moment (Nederlandse tijd)" in report_text
    assert "UTC+00:00" not in report_text + export_text


@pytest.mark.parametrize(
    ("iso", "expected"),
    [
        ("2025-03-30T00:59:59+00:00", "30 maart 2025, 01:59 (UTC+01:00)"),  # last second of winter time
        ("2025-03-30T01:00:00+00:00", "30 maart 2025, 03:00 (UTC+02:00)"),  # summer time starts
        ("2025-10-26T00:59:00+00:00", "26 oktober 2025, 02:59 (UTC+02:00)"),
        ("2025-10-26T01:00:00+00:00", "26 oktober 2025, 02:00 (UTC+01:00)"),  # the hour repeats in CET
        ("2025-03-07T13:05:00", "7 maart 2025, 14:05 (UTC+01:00)"),  # no zone: medunit stores UTC
        ("2025-12-31T23:30:00-05:00", "1 januari 2026, 05:30 (UTC+01:00)"),
        ("geen datum", "geen datum"),
        ("2025-03-07", "2025-03-07"),  # a date has no time to convert
    ],
)
def test_long_datetime_is_amsterdam_time_across_dst(iso: str, expected: str) -> None:
    assert long_datetime(iso) == expected


def test_short_and_local_date() -> None:
    assert short_datetime("2025-07-01T10:00:00+00:00") == "2025-07-01 12:00 (UTC+02:00)"
    assert short_datetime("onbekend") == "onbekend"
    assert local_date("2025-12-31T23:30:00+00:00") == "2026-01-01"
    assert local_date("2025-12-31") == "2025-12-31"


def test_letter_date_is_the_dutch_local_date_of_sending() -> None:
    text = pdf_text(render_request_letter(sample_letter(date=local_date("2025-03-06T23:30:00+00:00"))))
    assert "Datum: 7 maart 2025" in text


def test_pdf_date() -> None:
    summer = datetime(2025, 7, 1, 12, 0, 5, tzinfo=UTC).astimezone(amsterdam())
    assert pdf_date(summer) == "D:20250701140005+02'00'"


def test_finish_pdfa_refuses_what_it_cannot_rewrite(documents: dict[str, tuple[bytes, str, datetime]]) -> None:
    now = datetime.now(UTC)
    with pytest.raises(ValueError, match="timezone-aware"):
        finish_pdfa(b"%PDF-1.4\n", language=LANGUAGE, created=datetime(2025, 1, 1))
    with pytest.raises(PdfLayoutError, match="startxref"):
        finish_pdfa(b"%PDF-1.4\nnothing here", language=LANGUAGE, created=now)
    letter = documents["letter"][0]
    xref = letter.rindex(b"\nxref\n") + 1
    with pytest.raises(PdfLayoutError, match="cross-reference section"):
        finish_pdfa(letter[:xref] + b"xref\n1 " + letter[xref + 7 :], language=LANGUAGE, created=now)
    with pytest.raises(PdfLayoutError, match="XMP"):
        finish_pdfa(letter.replace(b'pdfaid:part="1"', b'pdfaid:part="2"'), language=LANGUAGE, created=now)
    with pytest.raises(PdfLayoutError, match="Metadata"):
        finish_pdfa(letter.replace(b"/Metadata ", b"/Metadatx "), language=LANGUAGE, created=now)


def test_finishing_twice_is_stable(documents: dict[str, tuple[bytes, str, datetime]]) -> None:
    """Rewriting an already finished file changes only the times (no second /Lang, no second dc:language)."""
    letter = documents["letter"][0]
    again = finish_pdfa(letter, language=LANGUAGE, created=datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC))
    assert again.count(b"/Lang ") == 1 and again.count(b"<dc:language>") == 1
    assert b"/CreationDate (D:20250102040405+01'00')" in again
    assert b'xmp:CreateDate="2025-01-02T04:04:05+01:00"' in again


def test_amsterdam_without_system_zone_files() -> None:
    """Windows and minimal images have no /usr/share/zoneinfo: the ``tzdata`` dependency carries the rules."""
    env = {**os.environ, "PYTHONTZPATH": ""}  # empty: zoneinfo searches no system folder at all
    code = (
        "import zoneinfo; assert zoneinfo.TZPATH == (), zoneinfo.TZPATH;"
        "from medunit.export.dutch import long_datetime; print(long_datetime('2025-07-01T10:00:00+00:00'))"
    )
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
    assert out.strip() == "1 juli 2025, 12:00 (UTC+02:00)"

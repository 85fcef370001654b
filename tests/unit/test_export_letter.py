"""The request letter PDF (medunit.export.letter_pdf)."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pytest

from medunit.export.documents import RequestLetter
from medunit.export.letter_pdf import letter_html, render_request_letter


def sample_letter(**changes: object) -> RequestLetter:
    letter = RequestLetter(
        unit_name="Functionele eenheid medisch adviseur",
        request_id=17,
        case_reference="AOV-2025-0042",
        date="2025-03-07",
        addressee_name="dr. A. de Vries",
        addressee_institution="Ziekenhuis Rijnstate & Co",
        addressee_specialism="orthopedisch chirurg",
        addressee_agb="03012345",
        person_name="Jan Jansen",
        person_date_of_birth="1980-05-14",
        questions="1. Wat is de diagnose?\n2. Welke behandeling loopt er?\nZijn er restklachten te verwachten?",
        consent_id=4711,
        consent_obtained_at="2025-03-01",
        consent_valid_until="2025-09-01",
        consent_method="signed-form",
        consent_categories=("diagnosis", "treatment", "prognosis"),
        sender_name="M. Bakker",
        sender_role="Medisch adviseur",
    )
    return replace(letter, **changes)  # type: ignore[arg-type]


def pdf_text(data: bytes) -> str:
    pdf = pdfium.PdfDocument(data)
    return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))


def save_png(data: bytes, path: Path) -> None:
    """Render page 1 to a PNG with Qt (no PIL needed), for looking at the layout."""
    from PySide6.QtGui import QImage

    bitmap = pdfium.PdfDocument(data)[0].render(scale=1.3, rev_byteorder=True)
    image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888)
    assert image.save(str(path))


@pytest.fixture(scope="module")
def letter_pdf() -> bytes:
    return render_request_letter(sample_letter())


def test_letter_is_a_one_page_a4_pdf(letter_pdf: bytes, tmp_path: Path) -> None:
    assert letter_pdf.startswith(b"%PDF-")
    pdf = pdfium.PdfDocument(letter_pdf)
    assert len(pdf) == 1
    width, height = pdf[0].get_size()
    assert abs(width - 595) < 2 and abs(height - 842) < 2  # A4 in points
    save_png(letter_pdf, tmp_path / "letter.png")  # renders (the test folder is removed after)


def test_letter_text_has_the_questions_consent_and_footer(letter_pdf: bytes) -> None:
    text = pdf_text(letter_pdf)
    for expected in (
        "Informatieverzoek — dossier AOV-2025-0042",
        "1. Wat is de diagnose?",
        "2. Welke behandeling loopt er?",
        "3. Zijn er restklachten te verwachten?",
        "4711",
        "ondertekend machtigingsformulier",
        "1 maart",
        "1 september 2025",
        "diagnose, behandeling en prognose",
        "Jan Jansen",
        "14 mei 1980",
        "Vertrouwelijk — medisch geheim",
        "M. Bakker",
        "AGB-code: 03012345",
    ):
        assert expected in text, expected


def test_digital_consent_and_single_question() -> None:
    text = pdf_text(
        render_request_letter(
            sample_letter(consent_method="digital", questions="Wat is de prognose?", addressee_agb=None)
        )
    )
    assert "digitale toestemming" in text
    assert "Wat is de prognose?" in text
    assert "1. Wat" not in text
    assert "AGB" not in text


def test_values_are_escaped() -> None:
    html = letter_html(sample_letter(person_name="<b>Jan</b> & <script>x</script>"))
    assert "<script>" not in html and "<b>Jan</b>" not in html
    assert "&lt;b&gt;Jan&lt;/b&gt; &amp; &lt;script&gt;" in html
    text = pdf_text(render_request_letter(sample_letter(person_name="<b>Jan</b> & Co")))
    assert "<b>Jan</b> & Co" in text


def test_long_questions_flow_onto_more_pages_with_footer() -> None:
    questions = "\n".join(f"Vraag nummer {i}: beschrijf het beloop in de periode {i}." for i in range(1, 70))
    data = render_request_letter(sample_letter(questions=questions))
    pdf = pdfium.PdfDocument(data)
    assert len(pdf) >= 2
    for i in range(len(pdf)):
        assert "Vertrouwelijk — medisch geheim" in pdf[i].get_textpage().get_text_range()
    assert "69. Vraag nummer 69" in pdf_text(data)


def test_importing_the_export_package_does_not_load_qt() -> None:
    code = (
        "import sys, medunit.export, medunit.export.letter_pdf, medunit.export.advice_export, "
        "medunit.export.signing; print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_renders_without_an_existing_application() -> None:
    code = (
        "import os; os.environ.pop('QT_QPA_PLATFORM', None)\n"
        "from tests.unit.test_export_letter import sample_letter\n"
        "from medunit.export.letter_pdf import render_request_letter\n"
        "data = render_request_letter(sample_letter())\n"
        "print(data[:5].decode(), os.environ['QT_QPA_PLATFORM'])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["%PDF-", "offscreen"]

"""Render HTML to an A4 PDF/A-1b with Qt's own PDF writer (QPdfWriter), headless if need be.

Every document medunit writes (letters, advice exports, access reports) is kept for years in a dossier or
the unit's archive, so it is PDF/A-1b (ISO 19005-1, level B: fonts embedded, sRGB output intent, XMP
metadata) with title, author (the unit), language (nl-NL) and a creation time in Dutch local time; the
last three are finished by ``medunit.export.pdfa`` on Qt's output.

Qt is imported inside the functions only: importing ``medunit.export`` (or this module) never loads or
initialises Qt. The first render without a running QGuiApplication creates one, on the "offscreen"
platform unless ``QT_QPA_PLATFORM`` says otherwise, and keeps it for the life of the process.
"""

from __future__ import annotations

import html
import os
from datetime import UTC, datetime
from typing import Any

from medunit.export.pdfa import finish_pdfa

#: The QGuiApplication this module created (if any); kept so it is not garbage-collected.
_APP: Any = None

FONT_FAMILY = "DejaVu Sans"
PAGE_MARGIN_MM = 20.0
FOOTER_MM = 10.0
#: The author of every document: the unit, not the person who happened to press the button.
UNIT_AUTHOR = "Functionele eenheid medisch adviseur"
#: The documents' language (BCP 47), in the catalog's /Lang and the XMP dc:language.
LANGUAGE = "nl-NL"


def esc(value: object) -> str:
    """HTML-escape any value for use in the rendered document (quotes included)."""
    return html.escape(str(value), quote=True)


def ensure_app() -> None:
    """Make sure a QGuiApplication exists (fonts and the PDF engine need one)."""
    global _APP
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _APP = QGuiApplication(["medunit-export"])


def html_to_pdf(
    body_html: str,
    *,
    title: str,
    footer: str,
    font_pt: float = 10.0,
    author: str = UNIT_AUTHOR,
    created: datetime | None = None,
    watermark: str | None = None,
) -> bytes:
    """Lay out ``body_html`` on A4 pages (20 mm margins) with ``footer`` and a page number at the bottom,
    as PDF/A-1b with ``title``, ``author``, language nl-NL and ``created`` (default: now) as creation time.

    ``watermark`` (e.g. "DEMO" for documents made in the demo store) is drawn large and diagonal behind
    the text of every page, in an opaque light colour (PDF/A-1 allows no transparency), so a printed copy
    cannot pass for a real one."""
    ensure_app()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
    from PySide6.QtGui import (
        QFont,
        QPagedPaintDevice,
        QPageLayout,
        QPageSize,
        QPainter,
        QPdfWriter,
        QTextDocument,
    )

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b)
    writer.setResolution(300)
    writer.setTitle(title)
    writer.setAuthor(author)
    writer.setCreator("medunit")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    dots_per_mm = writer.resolution() / 25.4
    paint = writer.pageLayout().paintRectPixels(writer.resolution())
    width = float(paint.width())
    footer_h = FOOTER_MM * dots_per_mm
    body_h = float(paint.height()) - footer_h

    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(font_pt)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setHtml(body_html)
    doc.setPageSize(QSizeF(width, body_h))
    pages = max(1, doc.pageCount())

    small = QFont(FONT_FAMILY)
    small.setPointSizeF(7.5)
    painter = QPainter()
    if not painter.begin(writer):  # pragma: no cover - only if the PDF engine is unusable
        raise RuntimeError("Qt could not start the PDF writer")
    try:
        for page in range(pages):
            if page:
                writer.newPage()
            if watermark:
                _draw_watermark(painter, watermark, width, body_h + footer_h)
            painter.save()
            painter.translate(QPointF(0, -page * body_h))
            doc.drawContents(painter, QRectF(0, page * body_h, width, body_h))
            painter.restore()
            painter.setFont(small)
            painter.setPen(Qt.GlobalColor.darkGray)
            line_y = body_h + footer_h * 0.35
            painter.drawLine(QPointF(0, line_y), QPointF(width, line_y))
            box = QRectF(0, line_y, width, footer_h - footer_h * 0.35)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), footer)
            painter.drawText(
                box,
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                f"Pagina {page + 1} van {pages}",
            )
    finally:
        painter.end()
    buffer.close()
    return finish_pdfa(bytes(data.data()), language=LANGUAGE, created=created or datetime.now(UTC))


def _draw_watermark(painter: Any, text: str, width: float, height: float) -> None:
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QFont

    painter.save()
    big = QFont(FONT_FAMILY)
    big.setBold(True)
    big.setPixelSize(int(width / 4))
    painter.setFont(big)
    painter.setPen(QColor("#f4cccc"))  # opaque: behind the text, no transparency (PDF/A-1)
    painter.translate(QPointF(width / 2, height / 2))
    painter.rotate(-35)
    painter.drawText(QRectF(-width, -height / 4, 2 * width, height / 2), int(Qt.AlignmentFlag.AlignCenter), text)
    painter.restore()

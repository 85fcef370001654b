"""In-app viewer for attachments, from bytes in memory only: PDF pages via pypdfium2, PNG/JPEG via QImage.

Nothing is written to disk: no temp file, no cache."""

from __future__ import annotations

import pypdfium2 as pdfium  # type: ignore[import-untyped]
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QResizeEvent, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from medunit.gui.widgets import MessageLabel

PDF = "application/pdf"
IMAGES = ("image/png", "image/jpeg")


def pdf_page_image(doc: pdfium.PdfDocument, index: int, width_px: int) -> QImage:
    """Page ``index`` rendered ``width_px`` wide, as a QImage that owns its pixels."""
    page = doc[index]
    try:
        page_width = page.get_width() or 1.0
        scale = max(0.2, min(6.0, width_px / page_width))
        bitmap = page.render(scale=scale, prefer_bgrx=True)
        try:
            channels = bitmap.stride // max(1, bitmap.width) if bitmap.width else 4
            data = bytes(bitmap.buffer)
            if channels >= 4:
                fmt = QImage.Format.Format_RGBX8888 if bitmap.rev_byteorder else QImage.Format.Format_RGB32
            else:
                fmt = QImage.Format.Format_RGB888 if bitmap.rev_byteorder else QImage.Format.Format_BGR888
            return QImage(data, bitmap.width, bitmap.height, bitmap.stride, fmt).copy()
        finally:
            bitmap.close()
    finally:
        page.close()


class AttachmentViewer(QWidget):
    """Shows one attachment: a PDF page by page (fit to width), or an image."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc: pdfium.PdfDocument | None = None
        self._data = b""
        self._image: QImage | None = None
        self.page = 0

        self.title_label = QLabel(self)
        self.title_label.setObjectName("viewerTitle")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.prev_button = QPushButton(self.tr("◀ &Previous page"), self)
        self.next_button = QPushButton(self.tr("Next page ▶"), self)
        self.page_label = QLabel(self)
        self.page_label.setObjectName("pageLabel")
        self.prev_button.clicked.connect(lambda: self.show_page(self.page - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self.page + 1))

        self.image_label = QLabel(self)
        self.image_label.setObjectName("viewerImage")
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.image_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.placeholder = self.tr("Choose an attachment and press Enter (or double-click) to view it here.")
        self.image_label.setText(self.placeholder)
        self.image_label.setWordWrap(True)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidget(self.image_label)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setBackgroundRole(self.backgroundRole())
        self.scroll_area.setStyleSheet("QScrollArea { background: #7a7a7a; }")
        self.message = MessageLabel(self)

        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.page_label)
        bar.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.scroll_area, 1)

        QShortcut(QKeySequence(Qt.Key.Key_PageDown), self.scroll_area, lambda: self.show_page(self.page + 1))
        QShortcut(QKeySequence(Qt.Key.Key_PageUp), self.scroll_area, lambda: self.show_page(self.page - 1))
        self._update_controls()

    @property
    def page_count(self) -> int:
        if self._doc is not None:
            return len(self._doc)
        return 1 if self._image is not None else 0

    @property
    def showing(self) -> bool:
        return self._doc is not None or self._image is not None

    def pixmap(self) -> QPixmap:
        return self.image_label.pixmap()

    def show_bytes(self, title: str, media_type: str, data: bytes) -> bool:
        """Show ``data``; False (with a message) when it cannot be shown."""
        self.clear()
        self.title_label.setText(title)
        if media_type == PDF:
            try:
                self._data = data  # pdfium reads from this buffer for as long as the document is open
                self._doc = pdfium.PdfDocument(self._data)
            except pdfium.PdfiumError:
                self._failed()
                return False
            self.show_page(0)
            return True
        if media_type in IMAGES:
            image = QImage.fromData(data)
            if image.isNull():
                self._failed()
                return False
            self._image = image
            self.show_page(0)
            return True
        self._failed()
        return False

    def _failed(self) -> None:
        self.clear()
        self.message.show_error(self.tr("This attachment cannot be shown: its content is damaged or not supported."))

    def show_page(self, page: int) -> None:
        if not self.showing or not 0 <= page < self.page_count:
            return
        self.page = page
        self._render()
        self._update_controls()

    def _target_width(self) -> int:
        return max(200, self.scroll_area.viewport().width() - 24)

    def _render(self) -> None:
        width = self._target_width()
        if self._doc is not None:
            image = pdf_page_image(self._doc, self.page, width)
        elif self._image is not None:
            image = self._image
            if image.width() > width:
                image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        else:
            return
        self.image_label.setPixmap(QPixmap.fromImage(image))

    def _update_controls(self) -> None:
        many = self._doc is not None and self.page_count > 1
        self.prev_button.setVisible(many)
        self.next_button.setVisible(many)
        self.page_label.setVisible(self._doc is not None)
        self.prev_button.setEnabled(self.page > 0)
        self.next_button.setEnabled(self.page < self.page_count - 1)
        if self._doc is not None:
            self.page_label.setText(
                self.tr("Page %1 of %2").replace("%1", str(self.page + 1)).replace("%2", str(self.page_count))
            )

    def clear(self) -> None:
        """Drop the document and its pixels (on lock, or before showing another one)."""
        if self._doc is not None:
            self._doc.close()
        self._doc = None
        self._data = b""
        self._image = None
        self.page = 0
        self.title_label.clear()
        self.message.clear_message()
        self.image_label.clear()
        self.image_label.setText(self.placeholder)
        self._update_controls()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.showing:
            self._render()

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


#: zoom steps (1.0 = fit to width), Ctrl+plus / Ctrl+minus walk them, Ctrl+0 goes back to fit to width
ZOOM_STEPS = (0.5, 0.67, 0.8, 1.0, 1.25, 1.5, 2.0, 3.0)


class AttachmentViewer(QWidget):
    """Shows one attachment: a PDF page by page, or an image; fit to width by default, zoom with Ctrl+plus
    and Ctrl+minus (Ctrl+0: fit to width again), pages with Page Up/Down. Hidden while nothing is shown,
    so an empty viewer takes no room from the lists beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc: pdfium.PdfDocument | None = None
        self._data = b""
        self._image: QImage | None = None
        self.page = 0
        self.zoom = 1.0

        self.title_label = QLabel(self)
        self.title_label.setObjectName("viewerTitle")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.prev_button = QPushButton(self.tr("◀ &Previous page"), self)
        self.next_button = QPushButton(self.tr("Next page ▶"), self)
        self.page_label = QLabel(self)
        self.page_label.setObjectName("pageLabel")
        self.prev_button.clicked.connect(lambda: self.show_page(self.page - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self.page + 1))
        self.zoom_out_button = QPushButton(self.tr("−"), self)
        self.zoom_out_button.setObjectName("zoomOutButton")
        self.zoom_out_button.setAccessibleName(self.tr("Zoom out (Ctrl+minus)"))
        self.zoom_out_button.setToolTip(self.tr("Zoom out (Ctrl+minus)"))
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("zoomLabel")
        self.zoom_in_button = QPushButton(self.tr("+"), self)
        self.zoom_in_button.setObjectName("zoomInButton")
        self.zoom_in_button.setAccessibleName(self.tr("Zoom in (Ctrl+plus)"))
        self.zoom_in_button.setToolTip(self.tr("Zoom in (Ctrl+plus)"))
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.fit_button = QPushButton(self.tr("&Fit to width"), self)
        self.fit_button.setObjectName("fitWidthButton")
        self.fit_button.setToolTip(self.tr("Fit to width (Ctrl+0)"))
        self.fit_button.clicked.connect(self.fit_width)
        self.close_button = QPushButton(self.tr("C&lose viewer"), self)
        self.close_button.setObjectName("closeViewerButton")
        self.close_button.clicked.connect(self.clear)
        for button in (self.zoom_out_button, self.zoom_in_button):
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("MM") + 16)

        self.image_label = QLabel(self)
        self.image_label.setObjectName("viewerImage")
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.image_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.placeholder = self.tr("Choose an attachment and press Enter (or double-click) to view it here.")
        self.image_label.setText(self.placeholder)
        self.image_label.setWordWrap(True)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("viewerPage")
        self.scroll_area.setAccessibleName(self.tr("Attachment page (Page Up / Page Down to turn)"))
        self.scroll_area.setWidget(self.image_label)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setBackgroundRole(self.backgroundRole())
        self.scroll_area.setStyleSheet("QScrollArea { background: #7a7a7a; }")
        self.message = MessageLabel(self)

        bar = QHBoxLayout()
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.zoom_label)
        bar.addWidget(self.zoom_in_button)
        bar.addWidget(self.fit_button)
        bar.addStretch(1)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.page_label)
        bar.addWidget(self.next_button)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.scroll_area, 1)

        QShortcut(QKeySequence(Qt.Key.Key_PageDown), self.scroll_area, lambda: self.show_page(self.page + 1))
        QShortcut(QKeySequence(Qt.Key.Key_PageUp), self.scroll_area, lambda: self.show_page(self.page - 1))
        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, self.zoom_in),
            ("Ctrl+=", self.zoom_in),
            (QKeySequence.StandardKey.ZoomOut, self.zoom_out),
            ("Ctrl+0", self.fit_width),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._update_controls()
        self.setVisible(False)

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
        self.setVisible(True)
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
        self.setVisible(True)
        self.message.show_error(self.tr("This attachment cannot be shown: its content is damaged or not supported."))

    def show_page(self, page: int) -> None:
        if not self.showing or not 0 <= page < self.page_count:
            return
        self.page = page
        self._render()
        self._update_controls()

    def zoom_in(self) -> None:
        self._set_zoom(next((z for z in ZOOM_STEPS if z > self.zoom + 1e-6), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        self._set_zoom(next((z for z in reversed(ZOOM_STEPS) if z < self.zoom - 1e-6), ZOOM_STEPS[0]))

    def fit_width(self) -> None:
        self._set_zoom(1.0)

    def _set_zoom(self, zoom: float) -> None:
        self.zoom = zoom
        if self.showing:
            self._render()
        self._update_controls()

    def _target_width(self) -> int:
        return int(max(200, self.scroll_area.viewport().width() - 24) * self.zoom)

    def _render(self) -> None:
        width = self._target_width()
        if self._doc is not None:
            image = pdf_page_image(self._doc, self.page, width)
        elif self._image is not None:
            image = self._image
            if image.width() > width or self.zoom != 1.0:
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
        self.zoom_label.setText(self.tr("%1 %").replace("%1", str(round(self.zoom * 100))))
        self.zoom_label.setToolTip(self.tr("100 % is the width of the viewer"))
        self.zoom_out_button.setEnabled(self.zoom > ZOOM_STEPS[0])
        self.zoom_in_button.setEnabled(self.zoom < ZOOM_STEPS[-1])
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
        self.zoom = 1.0
        self._update_controls()
        self.setVisible(False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.showing:
            self._render()

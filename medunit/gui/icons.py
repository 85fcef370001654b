"""Icons drawn in code (no image files needed)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap


@cache
def lock_icon() -> QIcon:
    """A small padlock: marks restricted cases."""
    icon = QIcon()
    for size in (16, 24, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        s = size / 16.0
        pen = QPen(QColor("#8a5a00"), 1.6 * s)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawArc(QRectF(4.5 * s, 1.5 * s, 7 * s, 9 * s), 0, 180 * 16)
        painter.drawLine(int(4.5 * s), int(6 * s), int(4.5 * s), int(8 * s))
        painter.drawLine(int(11.5 * s), int(6 * s), int(11.5 * s), int(8 * s))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#d49a00"))
        painter.drawRoundedRect(QRectF(2.5 * s, 7 * s, 11 * s, 8 * s), 1.5 * s, 1.5 * s)
        painter.setBrush(QColor("#5a3b00"))
        painter.drawEllipse(QRectF(7 * s, 9.5 * s, 2 * s, 2 * s))
        painter.end()
        icon.addPixmap(pixmap)
    return icon

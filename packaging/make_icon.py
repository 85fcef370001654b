"""Draw medunit's application icon with QPainter (no image editor, no binary blobs to review).

    QT_QPA_PLATFORM=offscreen python packaging/make_icon.py [OUT_DIR]

Writes ``medunit.png`` (256x256, for the .deb's hicolor theme, the .app and the window icon) and
``medunit.ico`` (Windows installer) into OUT_DIR (default: ``resources/icons``). A teal rounded square,
a white medical cross and a small padlock: "health data, locked away".
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen


def draw(size: int = 256) -> QImage:
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256.0
    # background: rounded square
    bg = QPainterPath()
    bg.addRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 44 * s, 44 * s)
    p.fillPath(bg, QColor("#0e6b73"))
    # white cross
    cross = QPainterPath()
    cross.addRoundedRect(QRectF(98 * s, 40 * s, 60 * s, 150 * s), 10 * s, 10 * s)
    cross.addRoundedRect(QRectF(53 * s, 85 * s, 150 * s, 60 * s), 10 * s, 10 * s)
    cross.setFillRule(Qt.FillRule.WindingFill)
    p.fillPath(cross.simplified(), QColor("#ffffff"))
    # padlock, bottom right
    p.setPen(QPen(QColor("#f2b705"), 10 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawArc(QRectF(163 * s, 141 * s, 42 * s, 48 * s), 0, 180 * 16)
    p.drawLine(int(163 * s), int(165 * s), int(163 * s), int(175 * s))
    p.drawLine(int(205 * s), int(165 * s), int(205 * s), int(175 * s))
    body = QPainterPath()
    body.addRoundedRect(QRectF(150 * s, 170 * s, 68 * s, 54 * s), 8 * s, 8 * s)
    p.fillPath(body, QColor("#f2b705"))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#0e6b73"))
    p.drawEllipse(QRectF(177 * s, 185 * s, 14 * s, 14 * s))
    p.drawRect(QRectF(181 * s, 195 * s, 6 * s, 16 * s))
    p.end()
    return img


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parents[1] / "resources" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    _app = QGuiApplication.instance() or QGuiApplication(["make_icon"])
    img = draw(256)
    if not img.save(str(out / "medunit.png"), "PNG"):
        print("make_icon: cannot write PNG", file=sys.stderr)
        return 1
    # ICO through Qt's qico plugin; a missing plugin only loses the Windows icon, never the build
    if not draw(256).scaled(256, 256).save(str(out / "medunit.ico"), "ICO"):
        print("make_icon: Qt has no ICO writer here; medunit.ico not written", file=sys.stderr)
    print(f"make_icon: wrote {out / 'medunit.png'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))

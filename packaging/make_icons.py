"""Draw StudyApp's icon and write it for each platform: PNG sizes for Linux and the
window, .ico for Windows, .icns for macOS (Qt's own image plugins write both).

    .venv/bin/python packaging/make_icons.py     # writes resources/icons/
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"
NAVY = "#1f3a5f"


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    path = QPainterPath()
    path.addRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 44 * s, 44 * s)
    p.fillPath(path, QColor(NAVY))
    # An open book: two pages and a spine.
    p.setPen(QPen(QColor("white"), 12 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    left = QPainterPath()
    left.moveTo(128 * s, 92 * s)
    left.cubicTo(104 * s, 74 * s, 72 * s, 70 * s, 48 * s, 76 * s)
    left.lineTo(48 * s, 188 * s)
    left.cubicTo(72 * s, 182 * s, 104 * s, 186 * s, 128 * s, 204 * s)
    right = QPainterPath()
    right.moveTo(128 * s, 92 * s)
    right.cubicTo(152 * s, 74 * s, 184 * s, 70 * s, 208 * s, 76 * s)
    right.lineTo(208 * s, 188 * s)
    right.cubicTo(184 * s, 182 * s, 152 * s, 186 * s, 128 * s, 204 * s)
    p.drawPath(left)
    p.drawPath(right)
    p.drawLine(int(128 * s), int(92 * s), int(128 * s), int(204 * s))
    # A check mark for the completed activity.
    p.setPen(QPen(QColor("#7fd1a8"), 14 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    p.drawLine(int(150 * s), int(138 * s), int(168 * s), int(158 * s))
    p.drawLine(int(168 * s), int(158 * s), int(196 * s), int(118 * s))
    p.end()
    return image


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    for size in (16, 32, 48, 64, 128, 256, 512):
        draw(size).save(str(OUT / f"studyapp-{size}.png"))
    draw(256).save(str(OUT / "studyapp.ico"))
    draw(512).save(str(OUT / "studyapp.icns"))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())

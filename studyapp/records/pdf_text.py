"""Text on Qt-drawn PDFs that reads back as written, and the issuing institution's logo."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QImage,
    QPainter,
    QTextCursor,
    QTextDocument,
)


def _logo_image(logo: bytes | None) -> QImage | None:
    image = QImage.fromData(logo) if logo else None
    return image if image is not None and not image.isNull() and image.height() else None


def logo_width(logo: bytes | None, height: float) -> float:
    """How wide the logo is drawn `height` high (0 if there is none or it cannot be read)."""
    image = _logo_image(logo)
    return height * image.width() / image.height() if image else 0.0


def draw_logo(
    painter: QPainter, logo: bytes | None, left: float, top: float, height: float
) -> None:
    """The logo at (left, top), `height` high, its aspect kept."""
    image = _logo_image(logo)
    if image is not None:
        painter.drawImage(QRectF(left, top, logo_width(logo, height), height), image)


def ensure_application() -> QGuiApplication:
    """Qt's PDF writer needs an application object; from the command line, one that opens
    no window and needs no display."""
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    return QGuiApplication(["studyapp", "-platform", "offscreen"])


def no_ligatures(font: QFont) -> QFont:
    """Ligatures (fi, ff) come out of text extractors as single glyphs, so a search for
    "Certificate" fails and copied text is wrong: every certificate font turns them off."""
    for tag in ("liga", "clig", "dlig", "hlig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def strip_ligatures(document: QTextDocument) -> None:
    """HTML styles make new fonts per span; give each the no-ligature features too."""
    cursor = QTextCursor(document)
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.isValid():
                fmt = fragment.charFormat()
                fmt.setFont(no_ligatures(fmt.font()))
                cursor.setPosition(fragment.position())
                cursor.setPosition(
                    fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                )
                cursor.setCharFormat(fmt)
            it += 1
        block = block.next()

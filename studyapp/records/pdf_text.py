"""Text on Qt-drawn PDFs that reads back as written, and the issuing institution's logo."""

from __future__ import annotations

import threading

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
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


def letter_writer(
    title: str, landscape: bool, margin_mm: float, resolution: int
) -> tuple[QPdfWriter, QBuffer, QByteArray]:
    """A PDF writer on US Letter into memory, laid out at `resolution` so sizes in points
    are points on paper. The buffer and its bytes are returned to be kept alive and read
    once the painter has ended.

    Only on the main thread: Qt objects made on another thread, while the main thread
    deletes widgets, can lock the process for good (see ui/tasks.py). An error here is
    found by a test; a deadlock is found by a user."""
    if threading.current_thread() is not threading.main_thread():
        raise RuntimeError("PDFs are drawn on the main thread only")
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("StudyApp")
    writer.setResolution(resolution)
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    margins = QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.Letter),
            orientation,
            margins,
            QPageLayout.Unit.Millimeter,
        )
    )
    return writer, buffer, data


def text_document(writer: QPdfWriter, markup: str) -> QTextDocument:
    """HTML laid out for the writer, in DejaVu Serif, with no ligatures anywhere."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDefaultFont(no_ligatures(QFont("DejaVu Serif", 11)))
    document.setHtml(markup)
    strip_ligatures(document)
    return document


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

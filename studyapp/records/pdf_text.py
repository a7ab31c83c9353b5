"""Text on Qt-drawn PDFs that reads back as written."""

from __future__ import annotations

from PySide6.QtGui import QFont, QGuiApplication, QTextCursor, QTextDocument


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

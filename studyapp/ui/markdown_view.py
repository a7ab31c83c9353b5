"""A reader for pack Markdown that loads nothing from the network or outside the pack."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor, QTextDocument, QWheelEvent
from PySide6.QtWidgets import QTextBrowser, QWidget

FEATURES = QTextDocument.MarkdownFeature(
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub.value
    | QTextDocument.MarkdownFeature.MarkdownNoHTML.value
)


class MarkdownView(QTextBrowser):
    """Raw HTML in the Markdown is shown as text, never run; resources come only from the pack."""

    external_link = Signal(str)
    user_scrolled = Signal()  # by the wheel or the keyboard, not by a layout change

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._root: Path | None = None
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDocumentMargin(14)
        self.anchorClicked.connect(self._follow)

    def show_markdown(self, text: str, root: Path | None = None, base: str = "") -> None:
        self._root = root.resolve() if root else None
        self._base = base
        self.document().setMarkdown(text, FEATURES)
        # The cursor ends at the end of the new text, and a text view scrolls to its cursor
        # when shown: put it at the start, or the page opens at its last section.
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.verticalScrollBar().setValue(0)

    def wheelEvent(self, event: QWheelEvent) -> None:
        super().wheelEvent(event)
        self.user_scrolled.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        self.user_scrolled.emit()

    def loadResource(self, kind: int, url: QUrl) -> object:
        path = self._local_path(url)
        if path is None:
            return None
        if kind == QTextDocument.ResourceType.ImageResource.value:
            return path.read_bytes()
        return None

    def _local_path(self, url: QUrl) -> Path | None:
        if self._root is None or url.scheme() not in ("", "file") or url.host():
            return None
        relative = url.path() if url.scheme() == "" else None
        if relative is None:
            return None
        candidate = (self._root / self._base / relative).resolve()
        try:
            candidate.relative_to(self._root)
        except ValueError:
            return None
        return candidate if candidate.is_file() else None

    def _follow(self, url: QUrl) -> None:
        if url.scheme() == "" and url.hasFragment() and not url.path():
            self.scrollToAnchor(url.fragment())
        elif url.scheme() in ("http", "https", "mailto"):
            self.external_link.emit(url.toString())

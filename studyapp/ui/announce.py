"""Say something to a screen reader without moving the keyboard focus: a score, a review's
verdicts, a notification. Qt 6.8 and later carry it as an accessibility announcement;
polite ones wait for the reader to finish what it is saying."""

from __future__ import annotations

import logging
import re

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)


def plain(text: str) -> str:
    """Rich text as a reader should say it."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", text)).strip()


def announce(widget: QWidget, text: str, assertive: bool = False) -> None:
    try:
        from PySide6.QtGui import QAccessibleAnnouncementEvent
    except ImportError:  # Qt before 6.8: the text stays on screen for the reader to find
        return
    event = QAccessibleAnnouncementEvent(widget, plain(text))
    politeness = QAccessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if assertive else politeness.Polite)
    QAccessible.updateAccessibility(event)

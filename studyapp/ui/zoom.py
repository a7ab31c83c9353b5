"""View > Zoom: Ctrl+plus, Ctrl+minus and Ctrl+0 scale the text of the whole app, from
the system's own size, and the choice is kept between sessions."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

STEPS = (50, 67, 80, 90, 100, 110, 125, 150, 175, 200)
_base: dict[str, QFont] = {}


def _app_font_base() -> QFont:
    if "font" not in _base:
        _base["font"] = QApplication.font()  # the system's size: 100%
    return _base["font"]


def apply(percent: int) -> int:
    """Scale the application font to `percent` of the system's (clamped to the steps)."""
    percent = min(STEPS, key=lambda step: abs(step - percent))
    base = _app_font_base()
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * percent / 100)
    else:
        font.setPixelSize(max(1, round(base.pixelSize() * percent / 100)))
    QApplication.setFont(font)
    return percent


def step(current: int, direction: int) -> int:
    """The next step up (1) or down (-1) from `current`."""
    index = STEPS.index(current) if current in STEPS else STEPS.index(100)
    return STEPS[max(0, min(len(STEPS) - 1, index + direction))]

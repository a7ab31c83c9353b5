"""The app's colours in one place: the signal colours for "saved / correct" and "problem /
incorrect", in a light and a dark shade chosen from the system palette, so text stays
readable in either mode. Widgets take colours from here or from palette roles, never
written in. A colour never carries a meaning alone: the words beside it say it too
("Correct.", "Saved", the message itself)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

# (light mode, dark mode, high contrast): each reads at 4.5:1 or more on its mode's window
# (tests/ui/test_contrast.py measures it with a colour library).
PROBLEM = ("#b00020", "#ff8a80", "#ffa0a0")
GOOD = ("#2a7030", "#81c784", "#8cff8c")
WARNING = ("#8a5a00", "#ffcc80", "#ffe066")  # soon: an activity expiring within 30 days

# The high-contrast palette: white on black, yellow selection, cyan links; disabled text
# stays readable (7:1 and more, WCAG's enhanced level).
HIGH_CONTRAST = {
    QPalette.ColorRole.Window: ("#000000", "#000000"),
    QPalette.ColorRole.WindowText: ("#ffffff", "#c8c8c8"),
    QPalette.ColorRole.Base: ("#000000", "#000000"),
    QPalette.ColorRole.AlternateBase: ("#1a1a1a", "#1a1a1a"),
    QPalette.ColorRole.Text: ("#ffffff", "#c8c8c8"),
    QPalette.ColorRole.Button: ("#000000", "#000000"),
    QPalette.ColorRole.ButtonText: ("#ffffff", "#c8c8c8"),
    QPalette.ColorRole.Highlight: ("#ffff00", "#ffff00"),
    QPalette.ColorRole.HighlightedText: ("#000000", "#000000"),
    QPalette.ColorRole.Link: ("#00ffff", "#00ffff"),
    QPalette.ColorRole.LinkVisited: ("#ff80ff", "#ff80ff"),
    QPalette.ColorRole.ToolTipBase: ("#000000", "#000000"),
    QPalette.ColorRole.ToolTipText: ("#ffffff", "#ffffff"),
    QPalette.ColorRole.PlaceholderText: ("#c8c8c8", "#c8c8c8"),
    QPalette.ColorRole.BrightText: ("#ffffff", "#ffffff"),
    QPalette.ColorRole.Light: ("#ffffff", "#ffffff"),
    QPalette.ColorRole.Midlight: ("#c8c8c8", "#c8c8c8"),
    QPalette.ColorRole.Mid: ("#808080", "#808080"),
    QPalette.ColorRole.Dark: ("#ffffff", "#ffffff"),
    QPalette.ColorRole.Shadow: ("#ffffff", "#ffffff"),
}  # (enabled, disabled)
_state: dict = {"high_contrast": False, "palette": None}


def high_contrast_palette() -> QPalette:
    palette = QPalette()
    for role, (enabled, disabled) in HIGH_CONTRAST.items():
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, role, QColor(enabled))
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return palette


def system_wants_high_contrast() -> bool:
    """The system asks for more contrast (Qt 6.10 and later can tell)."""
    app = QGuiApplication.instance()
    try:
        from PySide6.QtCore import Qt

        style_hints = app.styleHints()  # type: ignore[union-attr]
        accessibility = style_hints.accessibility()  # kept: a temporary is deleted at once
        return accessibility.contrastPreference() == Qt.ContrastPreference.HighContrast
    except (AttributeError, TypeError, RuntimeError):
        return False


def set_high_contrast(on: bool) -> None:
    """Switch the application to the high-contrast palette, or back to the one it had."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication) or on == _state["high_contrast"]:
        return
    if on:
        _state["palette"] = app.palette()
        app.setPalette(high_contrast_palette())
    elif _state["palette"] is not None:
        app.setPalette(_state["palette"])
    _state["high_contrast"] = on


def high_contrast() -> bool:
    return bool(_state["high_contrast"])


def _mode() -> int:
    return 2 if high_contrast() else int(dark_mode())


def dark_mode() -> bool:
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    palette = app.palette()
    return (
        palette.color(QPalette.ColorRole.Window).lightness()
        < palette.color(QPalette.ColorRole.WindowText).lightness()
    )


def problem_colour() -> str:
    return PROBLEM[_mode()]


def good_colour() -> str:
    return GOOD[_mode()]


def warning_colour() -> str:
    return WARNING[_mode()]


def problem_style() -> str:
    return f"color: {problem_colour()};"


def good_style() -> str:
    return f"color: {good_colour()};"


def warning_style() -> str:
    return f"color: {warning_colour()};"


def fit_width(dialog: QWidget, width: int) -> None:
    """At least `width` px wide, and never narrower than its contents need at the present
    text size (an explicit minimum alone would let Qt squeeze a long check box at 200%).
    Call once the dialog's layout is filled."""
    layout = dialog.layout()
    needed = layout.minimumSize().width() if layout is not None else 0
    dialog.setMinimumWidth(max(width, needed))

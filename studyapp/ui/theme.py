"""The app's colours in one place: the signal colours for "saved / correct" and "problem /
incorrect", in a light and a dark shade chosen from the system palette, so text stays
readable in either mode. Widgets take colours from here or from palette roles, never
written in. A colour never carries a meaning alone: the words beside it say it too
("Correct.", "Saved", the message itself)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QPalette

# (light mode, dark mode): dark-mode shades are lighter so they read on a dark window.
PROBLEM = ("#b00020", "#ff8a80")
GOOD = ("#2e7d32", "#81c784")
WARNING = ("#8a5a00", "#ffcc80")  # soon: an activity expiring within 30 days


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
    return PROBLEM[dark_mode()]


def good_colour() -> str:
    return GOOD[dark_mode()]


def warning_colour() -> str:
    return WARNING[dark_mode()]


def problem_style() -> str:
    return f"color: {problem_colour()};"


def good_style() -> str:
    return f"color: {good_colour()};"

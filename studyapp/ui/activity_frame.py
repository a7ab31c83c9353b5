"""What every activity screen has around its steps: the way back, the title, the step
rail and a page per step. The open activity and its preview (shown before the data folder
is open) are built alike, so one becomes the other without a pixel of the top moving."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from studyapp.ui.i18n import translate
from studyapp.ui.instant_button import InstantButton
from studyapp.ui.step_rail import LABELS, StepRail, step_label


@dataclass
class ActivityFrame:
    back: QPushButton
    rail: StepRail
    tabs: QTabWidget
    pages: list[QVBoxLayout]  # each step's page, to hold what the step shows


def build_frame(owner: QWidget, title: str) -> ActivityFrame:
    back = InstantButton(translate("ActivityView", "← &Library"))
    heading = QLabel(f"<h2>{title}</h2>")
    heading.setWordWrap(True)
    header = QHBoxLayout()
    header.addWidget(back)
    header.addWidget(heading, 1)

    tabs = QTabWidget()
    pages = []
    for index in range(len(LABELS)):
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        pages.append(column)
        tabs.addTab(page, step_label(index))
    # The rail is how the learner moves between steps; the tab bar underneath is hidden.
    tabs.tabBar().hide()
    # A tab widget forwards its focus to its tab bar; with the bar hidden that focus
    # goes nowhere, and Tab from the rail stayed on the rail for good.
    tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)
    tabs.setDocumentMode(True)
    rail = StepRail()

    layout = QVBoxLayout(owner)
    layout.addLayout(header)
    layout.addWidget(rail)
    layout.addWidget(tabs, 1)
    return ActivityFrame(back, rail, tabs, pages)

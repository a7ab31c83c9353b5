"""The Overview tab: everything an accredited enduring activity must state up front."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from studyapp.core.activity import Activity, Person
from studyapp.ui.i18n import credits_text, date_text, translate
from studyapp.ui.library_model import format_minutes
from studyapp.ui.markdown_view import MarkdownView


def language_name(tag: str) -> str:
    """A pack's language by its own name ("English", "Español", "Español de México")."""
    from studyapp.ui.i18n import LANGUAGES

    if tag in LANGUAGES:  # Qt names a bare "en" or "es" after a country
        return LANGUAGES[tag]
    name = QLocale(tag.replace("-", "_")).nativeLanguageName()
    return (name[:1].upper() + name[1:]) if name else tag


def _md_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_")


def _people(people: tuple[Person, ...]) -> str:
    lines = []
    for p in people:
        lines.append(f"**{_md_escape(p.name)}**  ")
        if p.role:
            lines.append(f"{_md_escape(p.role)}  ")
        if p.affiliation:
            lines.append(f"{_md_escape(p.affiliation)}  ")
        lines.append(
            translate("OverviewTab", "*Disclosure:* {disclosure}\n").format(
                disclosure=_md_escape(p.disclosure)
            )
        )
    return "\n".join(lines)


def overview_markdown(a: Activity) -> str:
    o = a.overview
    # The title is in the activity's header already: not repeated here.
    parts: list[str] = []
    if a.is_sample:
        parts.append(
            translate(
                "OverviewTab",
                "> **Sample activity.** Bundled with StudyApp to show how an activity works. Its "
                "certificates are marked as samples and are not valid for credit.",
            )
        )
    # Key facts as a list: a Markdown table needs a header row, which here had no words.
    facts = (
        (translate("OverviewTab", "Provider"), _md_escape(a.provider)),
        (translate("OverviewTab", "Format"), _md_escape(a.format)),
        (translate("OverviewTab", "Release date"), date_text(a.release_date)),
        (translate("OverviewTab", "Expiration date"), date_text(a.expiration_date)),
        *(
            [(translate("OverviewTab", "Most recent review"), date_text(a.review_date))]
            if a.review_date is not None
            else []
        ),
        (
            translate("OverviewTab", "Estimated time to complete"),
            format_minutes(a.estimated_minutes),
        ),
        (
            translate("OverviewTab", "Maximum credits"),
            f"{credits_text(a.credit.max_credits)} {_md_escape(a.credit.credit_type)}",
        ),
        (
            translate("OverviewTab", "Passing score"),
            translate("OverviewTab", "{passing_score}% on the Post-Test").format(
                passing_score=a.passing_score
            ),
        ),
        (translate("OverviewTab", "Language"), _md_escape(language_name(a.language))),
    )
    parts.append("\n".join(f"- **{label}:** {value}" for label, value in facts))
    parts += [translate("OverviewTab", "## Statement of need"), o.statement_of_need]
    refs = "\n".join(f"- **{r.id}.** {_md_escape(r.citation)}" for r in a.references)
    parts += [translate("OverviewTab", "### References"), refs]
    parts += [translate("OverviewTab", "## Intended audience"), o.audience]
    parts += [
        translate("OverviewTab", "## Educational objectives"),
        translate(
            "OverviewTab", "After completing this activity, participants should be better able to:"
        ),
        "\n".join(f"{n}. {_md_escape(obj.text)}" for n, obj in enumerate(a.objectives, 1)),
    ]
    parts += [
        translate("OverviewTab", "## Faculty and disclosures"),
        o.disclosure_policy,
        _people(a.faculty),
    ]
    if a.planners:
        parts += [translate("OverviewTab", "### Planners and managers"), _people(a.planners)]
    parts += [
        translate("OverviewTab", "## Accreditation statement"),
        a.credit.accreditation_statement,
    ]
    parts += [translate("OverviewTab", "## Designation statement"), a.credit.designation_statement]
    parts += [translate("OverviewTab", "## Commercial support"), o.commercial_support]
    parts += [translate("OverviewTab", "## Disclosure of unlabeled use"), o.unlabeled_use]
    parts += [translate("OverviewTab", "## Fee, refund and cancellation policy"), o.fee_policy]
    parts += [translate("OverviewTab", "## How to earn credit"), o.credit_requirements]
    parts += [translate("OverviewTab", "## Hardware and software requirements"), o.hardware]
    if o.history:
        parts += [translate("OverviewTab", "## History of this activity"), o.history]
    return "\n\n".join(parts)


class OverviewTab(QWidget):
    """Opens at its top, or where the learner last scrolled it to (`scroll`); only the
    learner's own scrolling is remembered (`scrolled`)."""

    queue_toggled = Signal(bool)
    scrolled = Signal(int)

    def __init__(
        self,
        activity: Activity,
        root: Path,
        queued: bool,
        scroll: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = MarkdownView()
        self.view.show_markdown(overview_markdown(activity), root)
        self._scroll = scroll
        bar = self.view.verticalScrollBar()
        bar.actionTriggered.connect(lambda _action: self._user_scrolled())
        self.view.user_scrolled.connect(self._user_scrolled)
        self.queue_button = QPushButton()
        self.queue_button.setCheckable(True)
        self.queue_button.setChecked(queued)
        self._label_queue(queued)
        self.queue_button.toggled.connect(self._toggled)
        self.hint = QLabel(
            translate(
                "OverviewTab",
                "Work through the tabs in order: Pre-Test, Reading, Post-Test, Evaluation, then "
                "Credit. Everything is saved as you go.",
            )
        )
        self.hint.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.hint, 1)
        top.addWidget(self.queue_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Once laid out, so the range is known; before, a restored place would be clipped.
        QTimer.singleShot(0, lambda: self.view.verticalScrollBar().setValue(self._scroll))

    def _user_scrolled(self) -> None:
        self._scroll = self.view.verticalScrollBar().value()
        self.scrolled.emit(self._scroll)

    def _label_queue(self, queued: bool) -> None:
        self.queue_button.setText(
            translate("OverviewTab", "In your queue ✓")
            if queued
            else translate("OverviewTab", "Add to &queue")
        )

    def _toggled(self, queued: bool) -> None:
        self._label_queue(queued)
        self.queue_toggled.emit(queued)

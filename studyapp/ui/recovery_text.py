"""What the learner is told when start-up had to deal with a damaged data file."""

from __future__ import annotations

from studyapp.services.safety import Recovery
from studyapp.ui.i18n import date_text, translate


def recovery_message(recovery: Recovery) -> tuple[str, str]:
    """(title, text) for the box shown once the window is up."""
    found = translate(
        "Recovery",
        "StudyApp could not use its data file: {problem}. The damaged file was moved, "
        "unchanged, to {moved}.",
    ).format(problem=recovery.problem, moved=recovery.moved_to)
    chosen = recovery.restored_from
    if chosen is None:
        return translate("Recovery", "Your data file was damaged"), found + " " + translate(
            "Recovery",
            "No usable backup was found, so StudyApp has started with no history. Keep that "
            "file and send it to your support contact: it may be recoverable.",
        )
    local = chosen.made_at.astimezone()
    return translate("Recovery", "Your data was restored from a backup"), found + " " + translate(
        "Recovery",
        "Your data was restored from the automatic backup of {date} at {time}; anything "
        "done after that time is not included.",
    ).format(date=date_text(local.date()), time=f"{local:%H:%M}")

"""Work done ahead so it is not done while the learner waits: the data folder's first
reads before the window shows it, and after start the modules an activity needs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from studyapp.ui.tasks import run_in_background

if TYPE_CHECKING:
    from collections.abc import Callable

    from studyapp.services.context import Context


def prepare(ctx: Context) -> None:
    """Still on the worker: what attaching the data then does on the UI thread, done once
    here first, reading only. Its modules are imported (the database models alone took
    85 ms) and its queries compiled, which SQLAlchemy keeps, so the UI thread is not held
    for them: attaching took 118 ms there on an ordinary start, over the 50 ms a frame may
    take."""
    # library and wallet are used next, by other workers: imported here, once.
    from studyapp.services import learners, library, places, protection, wallet  # noqa: F401

    learner = learners.last_used(ctx)
    learners.list_learners(ctx)
    places.get_preference(ctx, "zoom")
    if learner is not None:
        protection.is_protected(ctx, learner.id)
        places.last_activity(ctx, learner.id)


# How long after the library is live the warm-up starts: past the start's last frames.
WARM_UP_AFTER_MS = 300
# Imported on a worker after start: what opening an activity and claiming need, without Qt
# (checked by a test: Qt on a worker can deadlock against the UI thread).
PLAIN_MODULES = (
    "studyapp.records.rdfc",
    "studyapp.content.loader",
    "studyapp.services.attempts",
    "studyapp.services.evaluations",
    "studyapp.services.credit",
    "studyapp.services.record_signing",
    "studyapp.services.reading_aids",
    "studyapp.services.spaced_review",
    "studyapp.services.transcript",
    "studyapp.services.transcript_export",
    "studyapp.services.knowledge",
    "studyapp.services.active_time",
    "studyapp.services.queue",
)
# Then on the UI thread, one a turn: the screens' own modules, leaves first.
SCREEN_MODULES = (
    "studyapp.ui.markdown_view",
    "studyapp.ui.question_widget",
    "studyapp.ui.test_tab",
    "studyapp.ui.overview_tab",
    "studyapp.ui.reading_aids",
    "studyapp.ui.reading_tab",
    "studyapp.ui.evaluation_tab",
    "studyapp.ui.gain_chart",
    "studyapp.ui.record_actions",
    "studyapp.ui.credit_tab",
    "studyapp.ui.activity_view",
    "studyapp.ui.transcript_actions",
    "studyapp.ui.history_view",
    "studyapp.ui.queue_dialog",
)


def warm_up() -> None:
    """On a worker, once the library is up: import what opening an activity and claiming
    need, so the first one is as fast as the rest."""
    import importlib

    for name in PLAIN_MODULES:
        importlib.import_module(name)


def signing() -> None:
    """A claim signs with PyLD, ~150 ms to import the first time and 7 MiB for the rest of
    the session (it brings lxml and Python's HTTP and asyncio modules): imported on a worker
    once a claim is possible, not by every session at start."""
    import sys

    if "pyld.jsonld" in sys.modules:
        return
    from studyapp.records import rdfc

    run_in_background(rdfc.jsonld)


def warm_up_screens() -> None:
    """The screens' modules, all at once."""
    import importlib

    for name in SCREEN_MODULES:
        importlib.import_module(name)
    settle()


def settle(screen_open: Callable[[], bool] = lambda: False) -> None:
    """Once every module is in, start-up is over (ui/cycle_collector.py)."""
    from studyapp.ui import cycle_collector

    cycle_collector.settled(screen_open)


def warm_up_screens_in_turn(
    names: tuple[str, ...] = SCREEN_MODULES, screen_open: Callable[[], bool] = lambda: False
) -> None:
    """On the UI thread, one module per turn of the event loop: together they held the
    thread for 90 ms, and a key pressed meanwhile waited; one at a time each is a few.
    `screen_open`: whether a screen is open that start-up's freeze must give back once it
    closes (ui/cycle_collector.settled)."""
    import importlib

    if names:
        importlib.import_module(names[0])
        QTimer.singleShot(0, lambda: warm_up_screens_in_turn(names[1:], screen_open))
    else:
        settle(screen_open)

"""The open data folder and the current learner, for every screen, and the news of changes.

The main window owns one Session. Screens read `ctx` and `learner` from it and connect to
its signals instead of being called by hand: `attached` and `detached` when a data folder
opens or closes (start-up, restore), `learner_changed` when the learner changes or locks,
and `changed` for what a service wrote (services/changes.py), always on the UI thread.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from shiboken6 import isValid

from studyapp.ui.tasks import call_on_ui

if TYPE_CHECKING:
    from studyapp.services.changes import Changed
    from studyapp.services.context import Context
    from studyapp.services.learners import LearnerView


class Session(QObject):
    attached = Signal()
    detached = Signal()
    learner_changed = Signal(object)  # LearnerView | None
    changed = Signal(object)  # services.changes.Changed

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx: Context | None = None
        self.learner: LearnerView | None = None
        self._unsubscribe = None

    def attach(self, ctx: Context) -> None:
        self.detach_quietly()
        self.ctx = ctx
        # Services may publish from a worker thread: the news crosses to the UI thread
        # through tasks' queue, never through a signal emitted by the worker.
        self._unsubscribe = ctx.changes.subscribe(lambda c: call_on_ui(partial(self._tell, c)))
        self.attached.emit()

    def _tell(self, changed: Changed) -> None:
        if isValid(self):  # the window may have closed while the news was on its way
            self.changed.emit(changed)

    def detach(self) -> Context | None:
        """Forget the data folder (the caller closes it); returns it."""
        ctx = self.detach_quietly()
        self.detached.emit()
        return ctx

    def detach_quietly(self) -> Context | None:
        ctx = self.ctx
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.ctx = None
        self.learner = None
        return ctx

    def set_learner(self, learner: LearnerView | None) -> None:
        self.learner = learner
        self.learner_changed.emit(learner)

    def concerns(self, changed: Changed, pack_id: int | None = None) -> bool:
        """Whether a change is about the current learner (and, if given, this activity)."""
        if changed.learner_id is not None and (
            self.learner is None or changed.learner_id != self.learner.id
        ):
            return False
        return pack_id is None or changed.pack_id in (None, pack_id)

"""An activity asked for before the data folder is open: its preview at once, and the
open activity in its place once the data is up (ui/activity_preview.py says when a
preview can be trusted)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # provided by MainWindow; declared for the checker
    from collections.abc import Callable
    from pathlib import Path

    from PySide6.QtWidgets import QStackedWidget

    from studyapp.services.library_rows import Snapshot
    from studyapp.ui.activity_preview import ActivityPreview
    from studyapp.ui.activity_view import ActivityView
    from studyapp.ui.library_view import LibraryView


class EarlyOpen:
    if TYPE_CHECKING:
        stack: QStackedWidget
        library: LibraryView
        snapshot: Snapshot | None
        snapshot_folder: Path | None
        _open_when_ready: int | None
        on_data_needed: Callable[[], None] | None

    activity_preview: ActivityPreview | None = None
    # The activity left open was shown at start and the learner went back from it: it is
    # not reopened when the data is up.
    reopen_declined = False
    _previewing_reopen = False

    def preview_activity(self, pack_id: int) -> None:
        """Show the activity from the snapshot and its installed copy, if the snapshot
        holds the learner's progress as the database does."""
        snapshot, folder = self.snapshot, self.snapshot_folder
        if (
            self.activity_preview is not None
            or snapshot is None
            or folder is None
            or not snapshot.sealed
            or snapshot.learner_id is None
            or self.library.model is None
        ):
            return
        row = self.library.model.row_by_pack(pack_id)
        if row is None or not row.folder:
            return
        from studyapp.paths import DataPaths
        from studyapp.ui.activity_preview import ActivityPreview, load_activity

        loaded = load_activity(DataPaths(folder).packs, row)
        if loaded is None:
            return
        activity, root = loaded
        preview = ActivityPreview(row, activity, root, dt.date.today())
        preview.back_requested.connect(self.cancel_early_open)
        self.activity_preview = preview
        self.stack.addWidget(preview)
        self.stack.setCurrentWidget(preview)

    def preview_reopened(self) -> None:
        """At start, with the snapshot's rows shown: the activity the learner left open,
        which the app reopens once the data is up, shown now. The folder opens at once:
        the library behind it need not be painted first."""
        reopen = self.snapshot.reopen if self.snapshot is not None else None
        if reopen is None or self.activity_preview is not None or self._open_when_ready:
            return
        self.preview_activity(reopen)
        if self.activity_preview is not None:
            self._previewing_reopen = True
            if self.on_data_needed is not None:
                self.on_data_needed()

    def cancel_early_open(self) -> None:
        """Back to the library before the activity opened: it will not open."""
        if self._previewing_reopen and self._open_when_ready is None:
            self.reopen_declined = True
        self._open_when_ready = None
        self.end_preview()

    def end_preview(self) -> None:
        """The activity will not open after all (no learner yet, a read-only folder, the
        data could not be opened): the library again."""
        if self.activity_preview is not None:
            self.drop_preview()
            self.stack.setCurrentWidget(self.library)
            self.library.focus_table()

    def drop_preview(self) -> None:
        preview = self.activity_preview
        if preview is None:
            return
        self.activity_preview = None
        self._previewing_reopen = False
        self.stack.removeWidget(preview)
        preview.deleteLater()

    def hand_over(self, view: ActivityView) -> Callable[[], None]:
        """The open activity takes the preview's place, at the step the learner chose in
        it and with the queue as they left it. Called before the view is shown; what it
        returns is called once it is, and puts the keyboard where the learner had it: on
        a step of the rail, or in the step chosen with Ctrl+1-6."""
        from PySide6.QtWidgets import QApplication

        preview = self.activity_preview
        if preview is None:
            return lambda: None
        if preview.pack_id != view.pack_id:
            return self.drop_preview
        if preview.chosen_step() != view.current_tab():
            view.show_tab(preview.chosen_step())
        if preview.queued is not None:
            button = view.overview.queue_button
            if button.isChecked() != preview.queued:
                button.setChecked(preview.queued)  # saved as a click on it would be
        focused = QApplication.focusWidget()
        steps = preview.rail.buttons
        on_step = steps.index(focused) if focused is not None and focused in steps else None
        into_step = preview.keyboard_in_step

        def shown() -> None:
            self.drop_preview()
            if into_step:
                view.focus_step()
            elif on_step is not None:
                view.rail.buttons[on_step].setFocus()

        return shown

"""The main window: library, open activity and CME history in one stack, and the menus."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from studyapp.content.institution import DEFAULT as DEFAULT_INSTITUTION
from studyapp.content.institution import Institution
from studyapp.ui import cycle_collector, i18n
from studyapp.ui.early_open import EarlyOpen
from studyapp.ui.file_actions import FileActions
from studyapp.ui.i18n import translate
from studyapp.ui.library_loading import LibraryLoading
from studyapp.ui.library_view import LibraryView
from studyapp.ui.menus import Menus
from studyapp.ui.profile_actions import ProfileActions
from studyapp.ui.restore_actions import RestoreActions
from studyapp.ui.session import Session
from studyapp.ui.wallet_screen import WalletScreen

# The window paints before SQLAlchemy is imported (it costs ~0.3 s), so everything
# that reaches the database is imported when first used, not at module load.
if TYPE_CHECKING:
    from studyapp.services.changes import Changed
    from studyapp.services.context import Context
    from studyapp.services.learners import LearnerView
    from studyapp.ui.activity_view import ActivityView
    from studyapp.ui.history_view import HistoryView
    from studyapp.ui.profile_dialog import ProfileDialog

log = logging.getLogger(__name__)
# After an activity opened at start, how long until the library behind it is read.
LIBRARY_AFTER_OPEN_MS = 400


class MainWindow(
    QMainWindow,
    LibraryLoading,
    EarlyOpen,
    ProfileActions,
    FileActions,
    RestoreActions,
    WalletScreen,
    Menus,
):
    def __init__(
        self, log_file: Path | None = None, institution: Institution = DEFAULT_INSTITUTION
    ) -> None:
        super().__init__()
        self.institution = institution
        self.setWindowTitle(f"StudyApp — {institution.name}" if institution.name else "StudyApp")
        self.resize(1100, 760)
        self.session = Session(self)
        from studyapp.ui.toast import Toaster

        self.toaster = Toaster(self)
        self.session.attached.connect(self._attached)
        self.session.detached.connect(self._detached)
        self.session.changed.connect(self._changed)
        self.activity_view: ActivityView | None = None
        self.log_file = log_file
        self.profile_dialog: ProfileDialog | None = None
        self._open_when_ready: int | None = None
        # Opens the data folder now, while start-up waits to open it (ui/app.start).
        self.on_data_needed: Callable[[], None] | None = None
        self.recovery_box: QMessageBox | None = None
        self.open_failed_box: QMessageBox | None = None
        self.data_missing_box: QMessageBox | None = None
        self.unlock_dialog: QDialog | None = None
        self.protect_dialog: QDialog | None = None
        self.restore_dialog: QDialog | None = None
        self.restore_progress: QDialog | None = None
        self.restore_job: QObject | None = None
        self.restoring = False
        self.stack = QStackedWidget()
        self.library = LibraryView()
        self.library.open_requested.connect(self.open_activity)
        self.library.import_requested.connect(self.import_pack)
        self.library.queue_requested.connect(self._set_queued)
        self._history: HistoryView | None = None
        self.stack.addWidget(self.library)
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setMargin(8)
        self.banner.setStyleSheet(
            "background: palette(highlight); color: palette(highlighted-text);"
        )
        self.banner.hide()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        from studyapp.ui import focus_ring

        focus_ring.install(QApplication.instance())
        self._build_menus()
        self.statusBar().showMessage(translate("MainWindow", "Opening your library…"))
        self.institution_notice = QLabel()
        self.institution_notice.setObjectName("institution-notice")
        if institution.ignored:
            self.institution_notice.setText(
                translate("MainWindow", "Institution settings: {problems}").format(
                    problems="; ".join(str(p) for p in institution.ignored)
                )
            )
            self.statusBar().addPermanentWidget(self.institution_notice)

    @property
    def ctx(self) -> Context | None:
        return self.session.ctx

    @property
    def learner(self) -> LearnerView | None:
        return self.session.learner

    @property
    def history(self) -> HistoryView:
        if self._history is None:
            from studyapp.ui.history_view import HistoryView

            self._history = HistoryView()
            self._history.back_requested.connect(self.show_library)
            self.stack.addWidget(self._history)
        return self._history

    # Start-up ----------------------------------------------------------------

    def attach(self, ctx: Context) -> None:
        """Called once the database is open (off the UI thread) to fill the window."""
        self.session.attach(ctx)

    def _attached(self) -> None:
        ctx = self.session.ctx
        assert ctx is not None
        self.menuBar().setEnabled(True)
        self.centralWidget().setEnabled(True)
        self._show_read_only(ctx.read_only)
        self.restore_view_settings()
        self.show_language_choice(i18n.read_choice(ctx.paths.root))
        self._restore_window()
        self.start_sending(ctx)
        if ctx.recovery:
            from studyapp.ui.recovery_text import recovery_message

            title, text = recovery_message(ctx.recovery)
            self.recovery_box = QMessageBox(
                QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self
            )
            self.recovery_box.open()
        # The learner, their library and their last activity in the next turn of the event
        # loop: together with the above they held the UI thread for 40 ms and more.
        QTimer.singleShot(0, lambda: self._attach_learner(ctx))

    # The data's learner is chosen (or asked for): the second turn of attaching is done.
    learner_attached = False

    def _attach_learner(self, ctx: Context) -> None:
        from studyapp.services import learners, places

        if self.ctx is not ctx:  # detached again meanwhile (a restore, a failed check)
            return
        learner = learners.last_used(ctx)
        if learner is None and learners.list_learners(ctx):
            self.end_preview()  # no activity behind the question whose learner it is
            learner = self._choose_learner()
        # An activity about to open (asked for before the data was up, or the one left
        # open): the library, behind it, is read after it shows. The query is Python on a
        # worker (a second at ten times the large folder) and slowed the opening through
        # the interpreter's lock.
        self.library_waits = self._open_when_ready is not None or (
            learner is not None
            and not self.reopen_declined
            and places.last_activity(ctx, learner.id) is not None
        )
        self._attaching = True
        try:
            self.set_learner(learner)
        finally:
            self._attaching = False
        try:
            if learner is None:
                self.ask_first_profile()
            elif self._open_when_ready is not None and self.learner is not None:
                pack_id, self._open_when_ready = self._open_when_ready, None
                self.open_activity(pack_id)
            elif self.reopen_declined and self.learner is not None:
                places.close_activity(ctx, self.learner.id)  # went back from it at start
            else:
                self.reopen_last_activity()
        finally:
            self.end_preview()  # if it was not opened after all
            self.learner_attached = True
            if self.library_waits:
                self.library_waits = False
                QTimer.singleShot(LIBRARY_AFTER_OPEN_MS, self.refresh_library)

    def _show_read_only(self, read_only: bool) -> None:
        """A folder StudyApp may not write to: the history and records are there to read;
        whatever would write is switched off, and the banner says why."""
        self.banner.setText(
            translate(
                "MainWindow",
                "<b>Your data folder is read-only.</b> You can see your CME history and check "
                "your completion records, but nothing new can be saved, so activities cannot "
                "be opened. Ask for write access to the folder, then start StudyApp again.",
            )
        )
        self.banner.setVisible(read_only)
        for action in self.write_actions:
            action.setEnabled(not read_only)

    def show_library(self) -> None:
        left = self.activity_view.pack_id if self.activity_view is not None else None
        self._close_activity(forget=True)
        # What changed meanwhile came as changes (_changed); leaving an activity changes its
        # own row (when it was last opened), and a new day can change any row's status.
        model = self.library.model
        if model is not None and self.ctx is not None and model.today != self.ctx.today():
            self.refresh_library(background=True)
        elif left is not None:
            self.refresh_library(background=True, only=(left,))
        self.stack.setCurrentWidget(self.library)
        self.library.focus_table()

    def show_history(self) -> None:
        if self.ctx is None or self.learner is None:
            return
        self._close_activity(forget=False)
        self.history.show_learner(self.ctx, self.learner.id)
        self.stack.setCurrentWidget(self.history)

    def open_activity(self, pack_id: int, resumed: bool = False) -> None:
        if self.ctx is None:
            self._open_when_ready = pack_id  # chosen from the snapshot; opens once data is up
            self.preview_activity(pack_id)
            if self.on_data_needed is not None:
                self.on_data_needed()
            self.statusBar().showMessage(translate("MainWindow", "Opening your library…"))
            return
        if self.ctx.read_only:
            self.statusBar().showMessage(
                translate(
                    "MainWindow", "Activities cannot be opened: your data folder is read-only."
                )
            )
            return
        if self.learner is None:
            self.ask_first_profile()
            return
        from studyapp.ui.activity_view import ActivityView

        self._close_activity(forget=False)
        from studyapp.ui import window_state

        splitter: list = []
        window_state.restore(self.ctx, window_state.READING_SPLITTER, splitter.append)
        view = ActivityView(
            self.session,
            pack_id,
            reading_splitter=splitter[0] if splitter else None,
            resumed=resumed,
        )
        view.back_requested.connect(self.show_library)
        self.activity_view = view
        self.stack.addWidget(view)
        shown = self.hand_over(view)
        self.stack.setCurrentWidget(view)
        shown()
        self.library.select_pack(pack_id)

    def _close_activity(self, forget: bool) -> None:
        view = self.activity_view
        if view is None:
            return
        view.flush()
        view.close_view()
        self._save_splitter(view)
        if forget and self.ctx and self.learner:
            from studyapp.services import places

            places.close_activity(self.ctx, self.learner.id)
        self.stack.removeWidget(view)
        view.deleteLater()
        self.activity_view = None
        cycle_collector.screen_closed()

    def _detached(self) -> None:
        """The data folder is closed (a restore under way): nothing may reach it."""
        self.library_loaded = self.learner_attached = False
        self.stop_sending()
        self.menuBar().setEnabled(False)
        self.centralWidget().setEnabled(False)

    def _changed(self, changed: Changed) -> None:
        """A service wrote something: the library and history show it, whoever asked."""
        from studyapp.services.changes import Change

        if changed.what is Change.TIME or not self.session.concerns(changed):
            return
        if changed.what in (Change.WALLET, Change.CERTIFICATE_MADE):
            pass  # nothing the library shows
        elif changed.pack_id is not None and changed.what is not Change.LIBRARY:
            self.refresh_library(background=True, only=(changed.pack_id,))
        else:
            self.refresh_library(background=True)
        if self._history is not None and self.stack.currentWidget() is self._history:
            self.show_history()
        self.wallet_changed(changed)

    # Set when the geometry was read from the data folder before the window showed.
    placed_early = False
    # The library snapshot was written on quitting: sealed once the database is closed.
    snapshot_saved = False

    def _restore_window(self) -> None:
        from studyapp.ui import window_state

        assert self.ctx is not None
        if not self.placed_early:  # never moved once the data is open
            window_state.restore(self.ctx, window_state.GEOMETRY, self.restoreGeometry)

    def _save_splitter(self, view: ActivityView) -> None:
        from studyapp.ui import window_state

        if self.ctx is not None and view.is_built("reading"):
            window_state.save(
                self.ctx, window_state.READING_SPLITTER, view.reading.splitter.saveState()
            )

    def save_state(self, learner_id: int | None = None) -> None:
        """Keep the window's state and the library snapshot; `learner_id`: whose, when no
        learner is attached yet."""
        from studyapp.ui import window_state

        if self.ctx is None:
            return
        if self.activity_view is not None:
            self.activity_view.flush()
            self._save_splitter(self.activity_view)
        geometry = self.saveGeometry()
        window_state.save(self.ctx, window_state.GEOMETRY, geometry)
        if not self.ctx.read_only:
            window_state.write_early(self.ctx.paths.root, geometry)
        from studyapp.services import library

        model = self.library.model
        shown = model.all_rows() if model is not None and self.library_settled else None
        open_pack = self.activity_view.pack_id if self.activity_view is not None else None
        self.snapshot_saved = library.save_snapshot(
            self.ctx, self.learner.id if self.learner else learner_id, shown, open_pack
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        from studyapp.ui.quit_guard import may_quit

        if self.restoring:
            self.statusBar().showMessage(
                translate("MainWindow", "Wait for the restore to finish, then quit.")
            )
            event.ignore()
            return
        if not may_quit(self, self.ctx):
            event.ignore()
            return
        try:
            self.save_state()
        except Exception:
            log.exception("Could not save the window state on close")
        self.drop_library_reads()
        event.accept()

"""What the File and View menus open beyond the main screens: importing packs and
question banks, checking a completion record, exports, sending to the record store, and
the spaced review. A part of the main window, kept apart by its job."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QStatusBar

from studyapp.ui.i18n import translate

if TYPE_CHECKING:
    from studyapp.services.context import Context
    from studyapp.services.learners import LearnerView
    from studyapp.ui.import_dialog import ImportDialog
    from studyapp.ui.library_view import LibraryView
    from studyapp.ui.lrs_sender import LrsSender


class FileActions:
    """Mixed into MainWindow, which provides what is declared here."""

    if TYPE_CHECKING:  # provided by MainWindow and QMainWindow; declared for the checker
        ctx: Context | None
        learner: LearnerView | None
        library: LibraryView

        def statusBar(self) -> QStatusBar: ...
        def refresh_library(
            self, background: bool = True, then: Callable[[], None] | None = None
        ) -> None: ...

    def check_record(self) -> None:
        from studyapp.ui.record_check import check_record_file

        if self.ctx is not None:
            check_record_file(self, self.ctx)  # type: ignore[arg-type]

    lrs_sender: LrsSender | None = None

    def start_sending(self, ctx: Context) -> None:
        """With a learning record store set up: send statements in the background and
        show how that stands in the status bar."""
        self.stop_sending()
        if ctx.institution.record_store is None or ctx.read_only:
            return
        from PySide6.QtWidgets import QLabel

        from studyapp.ui.lrs_sender import LrsSender

        label = QLabel()
        label.setObjectName("lrs-status")
        self.statusBar().addPermanentWidget(label)
        self.lrs_sender = LrsSender(ctx, label, self)  # type: ignore[arg-type]

    def stop_sending(self) -> None:
        if self.lrs_sender is not None:
            self.lrs_sender.stop()
            self.statusBar().removeWidget(self.lrs_sender.label)
            self.lrs_sender.label.deleteLater()
            self.lrs_sender = None

    def spaced_review(self) -> None:
        from studyapp.ui.review_dialog import open_dialog

        if self.ctx is not None and self.learner is not None:
            self.review_dialog = open_dialog(self, self.ctx, self.learner.id)  # type: ignore[arg-type]

    def _set_queued(self, pack_id: int, queued: bool) -> None:
        """The library's Add to queue / Remove from queue."""
        from studyapp.services import places
        from studyapp.services.errors import UserError
        from studyapp.ui.reasons import error_text
        from studyapp.ui.toast import notify

        if self.ctx is None or self.learner is None:
            return
        try:
            places.set_queued(self.ctx, self.learner.id, pack_id, queued)
        except UserError as exc:
            notify(self, error_text(exc), ok=False)  # type: ignore[arg-type]
            return
        notify(
            self,  # type: ignore[arg-type]
            translate("FileActions", "Added to your queue (View > Queue, Ctrl+U).")
            if queued
            else translate("FileActions", "Taken off your queue."),
        )

    # Zoom and contrast, kept between sessions ---------------------------------

    ZOOM_KEY = "ui/zoom"
    CONTRAST_KEY = "ui/high-contrast"
    zoom_percent = 100

    def restore_view_settings(self) -> None:
        from studyapp.services import places
        from studyapp.ui import theme, zoom

        assert self.ctx is not None
        saved = places.get_preference(self.ctx, self.ZOOM_KEY)
        self.zoom_percent = zoom.apply(int(saved) if saved and saved.isdigit() else 100)
        chosen = places.get_preference(self.ctx, self.CONTRAST_KEY)
        on = chosen == "on" if chosen in ("on", "off") else theme.system_wants_high_contrast()
        theme.set_high_contrast(on)
        self.high_contrast_action.setChecked(on)  # type: ignore[attr-defined]

    def _zoom_to(self, percent: int) -> None:
        from studyapp.services import places
        from studyapp.ui import zoom

        self.zoom_percent = zoom.apply(percent)
        if self.ctx is not None:
            places.set_preference(self.ctx, self.ZOOM_KEY, str(self.zoom_percent))
        self.statusBar().showMessage(
            translate("FileActions", "Text size {zoom_percent}%").format(
                zoom_percent=self.zoom_percent
            ),
            3000,
        )  # type: ignore[attr-defined]

    def zoom_in(self) -> None:
        from studyapp.ui import zoom

        self._zoom_to(zoom.step(self.zoom_percent, 1))

    def zoom_out(self) -> None:
        from studyapp.ui import zoom

        self._zoom_to(zoom.step(self.zoom_percent, -1))

    def zoom_reset(self) -> None:
        self._zoom_to(100)

    def toggle_high_contrast(self) -> None:
        from studyapp.services import places
        from studyapp.ui import theme

        on = self.high_contrast_action.isChecked()  # type: ignore[attr-defined]
        theme.set_high_contrast(on)
        if self.ctx is not None:
            places.set_preference(self.ctx, self.CONTRAST_KEY, "on" if on else "off")

    def show_queue(self) -> None:
        from studyapp.ui.queue_dialog import open_dialog

        if self.ctx is not None and self.learner is not None:
            self.queue_dialog = open_dialog(
                self,  # type: ignore[arg-type]
                self.ctx,
                self.learner.id,
                self.open_activity,  # type: ignore[attr-defined]
            )

    def export_records(self) -> None:
        from studyapp.ui.export_dialog import open_dialog

        if self.ctx is not None:
            self.export_dialog = open_dialog(self, self.ctx)  # type: ignore[arg-type]

    def import_questions(self) -> None:
        from studyapp.ui.qti_dialog import open_dialog

        self.qti_dialog = open_dialog(self)  # type: ignore[arg-type]

    def import_pack(self) -> None:
        if self.ctx is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,  # type: ignore[arg-type]
            translate("FileActions", "Import activity pack"),
            str(Path.home()),
            translate("FileActions", "Activity packs (*.zip activity.toml);;All files (*)"),
        )
        if not path:
            return
        source = Path(path)
        if source.name == "activity.toml":
            source = source.parent
        self.import_from(source)

    def import_from(self, source: Path) -> ImportDialog:
        from studyapp.ui.import_dialog import ImportDialog

        assert self.ctx is not None
        dialog = ImportDialog(self.ctx, source, self)  # type: ignore[arg-type]
        dialog.accepted.connect(lambda: self._imported(dialog.installed_pack_id))
        dialog.open()
        return dialog

    def _imported(self, pack_id: int | None) -> None:
        if pack_id is None:
            self.refresh_library()
        else:
            self.refresh_library(then=lambda: self.library.select_pack(pack_id))
            from studyapp.services import library
            from studyapp.ui.toast import notify

            assert self.ctx is not None
            notify(
                self,
                translate("FileActions", "Installed “{title}”.").format(
                    title=library.activity(self.ctx, pack_id).title
                ),
            )

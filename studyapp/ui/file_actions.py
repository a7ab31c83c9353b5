"""What the File menu does with files: importing packs and question banks, checking a
completion record. A part of the main window, kept apart by its job."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QStatusBar

if TYPE_CHECKING:
    from studyapp.services.context import Context
    from studyapp.ui.import_dialog import ImportDialog
    from studyapp.ui.library_view import LibraryView


class FileActions:
    """Mixed into MainWindow, which provides what is declared here."""

    if TYPE_CHECKING:  # provided by MainWindow and QMainWindow; declared for the checker
        ctx: Context | None
        library: LibraryView

        def statusBar(self) -> QStatusBar: ...
        def refresh_library(self) -> None: ...

    def check_record(self) -> None:
        from studyapp.ui.record_check import check_record_file

        if self.ctx is not None:
            check_record_file(self, self.ctx)  # type: ignore[arg-type]

    def import_questions(self) -> None:
        from studyapp.ui.qti_dialog import open_dialog

        self.qti_dialog = open_dialog(self)  # type: ignore[arg-type]

    def import_pack(self) -> None:
        if self.ctx is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,  # type: ignore[arg-type]
            "Import activity pack",
            str(Path.home()),
            "Activity packs (*.zip activity.toml);;All files (*)",
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
        self.refresh_library()
        if pack_id is not None:
            self.library.select_pack(pack_id)
            self.statusBar().showMessage("Pack installed.", 5000)

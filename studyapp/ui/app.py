"""Start the GUI: paint a window first, then open the database off the UI thread."""

from __future__ import annotations

import argparse
import logging
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from studyapp import APP_NAME, __version__, applog
from studyapp.paths import DataPaths, resolve_data_dir
from studyapp.ui.error_dialog import install_excepthook
from studyapp.ui.main_window import MainWindow
from studyapp.ui.tasks import run_in_background

log = logging.getLogger(__name__)


def open_library(paths: DataPaths):
    from studyapp.services import library
    from studyapp.services.context import open_context

    ctx = open_context(paths)
    library.install_bundled(ctx)
    return ctx


def start(window: MainWindow, paths: DataPaths) -> None:
    def failed(exc: BaseException) -> None:
        log.error("Could not open the data folder %s", paths.root, exc_info=exc)
        QMessageBox.critical(
            window,
            "StudyApp cannot open your data",
            f"StudyApp could not open its data folder:\n{paths.root}\n\n{exc}\n\n"
            "Nothing has been changed or deleted. Details are in the log at "
            f"{window.log_file}.",
        )
        window.statusBar().showMessage("Your data could not be opened.")

    run_in_background(open_library, (paths,), on_success=window.attach, on_failure=failed)


def run(args: argparse.Namespace) -> int:
    paths = resolve_data_dir(args.data_dir)
    paths.ensure()
    log_file = applog.configure(paths.logs)
    log.info("StudyApp %s starting with data in %s", __version__, paths.root)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    window = MainWindow(log_file)
    install_excepthook(log_file, lambda: window)
    window.show()
    QTimer.singleShot(0, lambda: start(window, paths))
    code = app.exec()
    if window.ctx is not None:
        window.ctx.close()
    return code

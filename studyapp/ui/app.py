"""Start the GUI: paint a window first, then open the database off the UI thread."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from studyapp import APP_NAME, __version__, applog
from studyapp.content.institution import DEFAULT as DEFAULT_INSTITUTION
from studyapp.content.institution import Institution, InstitutionError
from studyapp.paths import DataPaths, resolve_data_dir, resources_dir
from studyapp.ui.error_dialog import install_excepthook
from studyapp.ui.i18n import translate
from studyapp.ui.main_window import MainWindow
from studyapp.ui.startup_marks import after_first_paint, report_startup
from studyapp.ui.tasks import SWITCH_INTERVAL_S, drain, run_in_background
from studyapp.ui.warm_up import WARM_UP_AFTER_MS, prepare, warm_up, warm_up_screens_in_turn

if TYPE_CHECKING:
    from studyapp.services.context import Context
    from studyapp.storage.backup import Backup

log = logging.getLogger(__name__)


def open_library(
    paths: DataPaths,
    allow_empty: bool = False,
    restore: Backup | None = None,
    institution: Institution = DEFAULT_INSTITUTION,
) -> Context:
    """Runs on a pool thread: it imports SQLAlchemy, which costs about 0.3 s."""
    from studyapp.services.context import DataFolderIsAFileError, open_context

    if paths.root.exists() and not paths.root.is_dir():
        raise DataFolderIsAFileError(paths.root)
    try:
        paths.ensure()
        applog.configure(paths.logs)
    except OSError as exc:  # a read-only folder: open_context opens it for reading only
        log.warning("Cannot write logs in %s (%s)", paths.logs, exc)
    log.info("StudyApp %s starting with data in %s", __version__, paths.root)
    # The full integrity check (seconds on a large file) runs once the library is up.
    ctx = open_context(
        paths, allow_empty=allow_empty, restore=restore, institution=institution, deep_check=False
    )
    prepare(ctx)
    return ctx


def install_samples(window: MainWindow) -> None:
    """After the library shows: add bundled packs this data folder lacks (first run,
    upgrade), then the institution's own packs."""
    if window.ctx is None:
        return
    ctx = window.ctx

    def work() -> tuple[bool, list[str]]:
        from studyapp.services import institution_packs, library  # imported off the UI thread

        before = library.installed_count(ctx)
        library.install_bundled(ctx)
        failures = institution_packs.preinstall(ctx)
        return library.installed_count(ctx) != before, failures

    def done(result: tuple[bool, list[str]]) -> None:
        added, failures = result
        if added:  # an ordinary start adds nothing: no second read of the library
            window.refresh_library()
        if failures:
            from studyapp.ui.reasons import say

            window.statusBar().showMessage(" ".join(say(f) for f in failures))

    run_in_background(work, on_success=done)


def app_icon():
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        icon.addFile(str(resources_dir() / "icons" / f"studyapp-{size}.png"))
    return icon


def start(window: MainWindow, paths: DataPaths) -> None:
    """Show the last library at once, then open the data folder on a pool thread; the
    window fills in from the database when it is ready.

    The folder is opened once the snapshot's rows are painted: opening it is Python on a
    worker (SQLAlchemy's import above all), and while it ran, each call the painting made
    into Python waited for the interpreter's lock, holding frames for 80-150 ms at ten
    times the large folder; after the paint, 30-50 (bench/scale.py). A learner who asks
    for an activity before then has it opened at once."""

    def failed(exc: BaseException) -> None:
        window.end_preview()
        from studyapp.services.errors import UserError
        from studyapp.services.safety import DataMissingError
        from studyapp.storage.lock import FolderInUseError
        from studyapp.ui.reasons import error_text

        if isinstance(exc, FolderInUseError):
            log.info("Another StudyApp holds %s; this copy closes", paths.root)
            QMessageBox.information(
                window, translate("App", "StudyApp is already open"), error_text(exc)
            )
            window.close()
            return
        if isinstance(exc, DataMissingError):
            offer_backup(window, paths, exc, opened, failed)
            return
        log.error("Could not open the data folder %s", paths.root, exc_info=exc)
        text = translate(
            "App", "StudyApp could not open its data folder:\n{root}\n\n{reason}"
        ).format(root=paths.root, reason=error_text(exc))
        if not isinstance(exc, UserError):
            text += "\n\n" + translate("App", "Nothing has been changed or deleted.")
        if window.log_file.is_file():
            text += " " + translate("App", "Details are in the log at {log_file}.").format(
                log_file=window.log_file
            )
        window.open_failed_box = QMessageBox(
            QMessageBox.Icon.Critical,
            translate("App", "StudyApp cannot open your data"),
            text,
            QMessageBox.StandardButton.Ok,
            window,
        )
        window.open_failed_box.open()
        window.statusBar().showMessage(translate("App", "Your data could not be opened."))

    def checks_failed(exc: BaseException, ctx: Context) -> None:
        from studyapp.services.safety import DiskTroubleAtStartError

        if not isinstance(exc, DiskTroubleAtStartError):
            log.error("Start-up backup failed: %s", exc)
            return
        # The disk would not let the data be checked: stop using it, as a start would.
        if window.ctx is ctx:
            window.session.detach()
            ctx.close()
        failed(exc)

    def opened(ctx: Context) -> None:
        from studyapp.services import safety
        from studyapp.services.context import utc_now

        window.attach(ctx)
        if ctx.read_only:
            return

        # After the library is live, and one after another: Python work on a worker slows
        # the UI thread too (they share the interpreter's lock), so none of it runs while
        # the window is being filled. The integrity check and the backup are mostly
        # SQLite and file copying, which let go of the lock.
        def when_live() -> None:
            install_samples(window)
            run_in_background(
                safety.check_then_back_up,
                (ctx.paths, utc_now()),
                on_success=lambda why: why and recover_in_session(window, ctx),
                on_failure=lambda exc: checks_failed(exc, ctx),
            )
            QTimer.singleShot(WARM_UP_AFTER_MS, window, warm)  # not once the window is gone

        def warm() -> None:
            run_in_background(
                warm_up,
                on_success=lambda _none: warm_up_screens_in_turn(
                    screen_open=lambda: window.activity_view is not None
                ),
                on_failure=lambda exc: log.warning("Warm-up failed: %s", exc),
                owner=window,
            )

        # Once the library is live: an activity asked for at start opens first, and the
        # check of the bundled packs on a worker slowed it (they share the interpreter's
        # lock). On a first run the library is live, and empty, at once. And once its rows
        # are painted: with these workers starting under it, that paint (whose calls into
        # Python wait for the lock) took 30-80 ms at ten times the large folder.
        window.after_library_loaded(lambda: window.library.after_painted(when_live))

    def open_data() -> None:
        if window.on_data_needed is None:
            return  # already asked for
        window.on_data_needed = None
        run_in_background(
            open_library,
            (paths, False, None, window.institution),
            on_success=opened,
            on_failure=failed,
        )

    from studyapp.ui import c_heap

    c_heap.limit_arenas()  # before the first worker starts
    window.on_data_needed = open_data
    window.show_snapshot(paths.root, background=True, then=open_data)
    QTimer.singleShot(0, window.library.prepare_table)


def recover_in_session(window: MainWindow, ctx: Context) -> None:
    """The full check found damage after start: close the data, move the damaged file aside
    and put the newest good backup in its place, as a damaged start does, then open it again
    and tell the learner (the recovery message the window shows for any recovery)."""
    from studyapp.services import safety
    from studyapp.services.context import open_context, utc_now

    if window.ctx is not ctx:
        return
    paths, institution = ctx.paths, ctx.institution
    window.show_library()
    lock = ctx.close(keep_lock=True)
    window.session.detach()
    window.statusBar().showMessage(translate("App", "Repairing your data from a backup…"))

    def work() -> Context:
        recovery = safety.recover_if_damaged(paths, utc_now())
        reopened = open_context(paths, lock, institution=institution, deep_check=False)
        reopened.recovery = recovery
        return reopened

    def failed(exc: BaseException) -> None:
        log.error("Could not recover the damaged data folder %s", paths.root, exc_info=exc)
        window.open_failed_box = QMessageBox(
            QMessageBox.Icon.Critical,
            translate("App", "StudyApp cannot open your data"),
            translate(
                "App",
                "StudyApp found damage in its data file and could not repair it:\n{reason}\n\n"
                "The damaged file is kept in the data folder. Ask your support contact for help.",
            ).format(reason=exc),
            QMessageBox.StandardButton.Ok,
            window,
        )
        window.open_failed_box.open()

    run_in_background(work, on_success=window.attach, on_failure=failed)


def offer_backup(
    window: MainWindow,
    paths: DataPaths,
    exc: BaseException,
    opened: Callable[[Context], None],
    failed: Callable[[BaseException], None],
) -> None:
    """The data file is missing or empty but a backup holds profiles: ask, never start
    empty silently."""
    from studyapp.services import safety

    assert isinstance(exc, safety.DataMissingError)
    from studyapp.ui.reasons import say

    if exc.missing:
        title = translate("App", "Your data file is missing")
        text = translate(
            "App",
            "StudyApp's data file is missing. The newest backup with your profiles is from "
            "{backup}.\n\nRestore it to carry on where that backup left off, or start with no "
            "data (the backups are kept).",
        )
    else:
        title = translate("App", "Your data file is empty")
        text = translate(
            "App",
            "StudyApp's data file is empty. The newest backup with your profiles is from "
            "{backup}.\n\nRestore it to carry on where that backup left off, or start with no "
            "data (the backups are kept).",
        )
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        title,
        text.format(backup=say(safety.describe(exc.newest))),
        QMessageBox.StandardButton.NoButton,
        window,
    )
    box.setObjectName("data-missing")
    restore = box.addButton(
        translate("App", "&Restore the backup"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(translate("App", "Start with &no data"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(restore)
    window.data_missing_box = box

    def chosen(_result: int) -> None:
        if box.clickedButton() is restore:
            run_in_background(
                open_library,
                (paths, False, exc.newest, window.institution),
                on_success=opened,
                on_failure=failed,
            )
        else:
            run_in_background(
                open_library,
                (paths, True, None, window.institution),
                on_success=opened,
                on_failure=failed,
            )

    box.finished.connect(chosen)
    box.open()


def refuse_institution(app: QApplication, error: InstitutionError) -> int:
    """The institution file is broken where it guards something: say what, and do not
    start half configured."""
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        translate("App", "StudyApp cannot start"),
        translate(
            "App",
            "The institution settings in {path} have problems StudyApp must not run with:"
            "\n\n{problems}\n\nAsk whoever set up this computer to correct the file. "
            "`studyapp institution check FILE` shows the same list.",
        ).format(path=error.path, problems="\n".join(str(p) for p in error.problems)),
        QMessageBox.StandardButton.Ok,
    )
    box.setObjectName("institution-refused")
    box.finished.connect(lambda _r: app.exit(1))
    box.open()
    return app.exec() or 1


def run(args: argparse.Namespace) -> int:
    from studyapp.content import institution as institution_file

    paths = resolve_data_dir(args.data_dir)
    log_file = paths.logs / applog.LOG_NAME
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    from studyapp.ui import cycle_collector

    cycle_collector.install(app)
    cycle_collector.hold_for_start_up()  # until the warm-up settles
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    try:
        institution = institution_file.load(institution_file.find(args.institution))
    except InstitutionError as exc:
        log.error("Institution settings refused: %s", exc)
        return refuse_institution(app, exc)
    from studyapp.ui import i18n

    i18n.install(i18n.chosen(i18n.read_choice(paths.root)))
    window = MainWindow(log_file, institution)
    from studyapp.ui import window_state

    window.placed_early = window_state.place_early(window, paths.root)
    install_excepthook(log_file, lambda: window)
    marks = os.environ.get("STUDYAPP_STARTUP_MARKS")
    if marks:
        report_startup(app, window, then_quit=marks == "exit")
    window.show()
    # Only after the first paint: building the library or importing SQLAlchemy while the
    # window is being drawn delays the drawing (bench/startup.py).
    after_first_paint(app, lambda: (app.setWindowIcon(app_icon()), start(window, paths)))
    code = app.exec()
    cycle_collector.uninstall()
    if not drain():
        log.warning("Background work was still running at exit")
    close_data(window)
    return code


def close_data(window: MainWindow) -> None:
    """At quit, with no work left running: close the database, then seal the library
    snapshot saved on closing, as the files now are (services/library_rows.seal)."""
    ctx = window.ctx
    if ctx is None:
        return
    if not window.snapshot_saved:
        # Quit before the data was up: the window closed with nothing to save, and the
        # data was attached afterwards, as the last results were delivered (drain),
        # perhaps before its learner was.
        from studyapp.services import learners

        try:
            last = None if window.learner_attached else learners.last_used(ctx)
            window.save_state(last.id if last else None)
        except Exception:
            log.exception("Could not save the window state at quit")
    ctx.close()
    if window.snapshot_saved:
        from studyapp.services.library_rows import seal

        seal(ctx.paths.root)

"""Work off the UI thread: results, progress and failures arrive on the UI thread in the
order they happened, and Qt drawing is refused off the main thread (it once deadlocked
the app against a window being deleted)."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from studyapp.paths import DataPaths
from studyapp.services import credit, learners
from studyapp.ui.tasks import drain, run_in_background
from tests.ui.helpers import close_window
from tests.ui.test_record_check import window_with_record


def test_progress_then_result_arrive_on_the_ui_thread_in_order(qtbot: QtBot) -> None:
    seen: list[tuple[str, object, bool]] = []
    main = threading.main_thread()

    def work(progress) -> int:
        assert threading.current_thread() is not main
        for step in (25, 50, 100):
            progress(step, f"step {step}")
        return 42

    def note(what: str):
        return lambda *value: seen.append((what, value, threading.current_thread() is main))

    run_in_background(
        work, on_success=note("done"), on_failure=note("failed"), on_progress=note("progress")
    )
    qtbot.waitUntil(lambda: bool(seen) and seen[-1][0] == "done", timeout=5000)
    assert seen == [
        ("progress", (25, "step 25"), True),
        ("progress", (50, "step 50"), True),
        ("progress", (100, "step 100"), True),
        ("done", (42,), True),
    ]


def test_a_failure_reaches_its_handler_and_the_next_job_still_runs(qtbot: QtBot) -> None:
    failures: list[str] = []
    results: list[str] = []

    def broken() -> None:
        raise OSError("disk gone")

    run_in_background(broken, on_failure=lambda exc: failures.append(str(exc)))
    run_in_background(lambda: "fine", on_success=results.append)
    assert drain(10)
    assert failures == ["disk gone"] and results == ["fine"]


def test_a_worker_cannot_start_more_work_behind_the_ui_threads_back(qtbot: QtBot) -> None:
    failures: list[str] = []

    def nested() -> None:
        run_in_background(lambda: None)

    run_in_background(nested, on_failure=lambda exc: failures.append(str(exc)))
    assert drain(10)
    assert failures == ["run_in_background is called from the UI thread only"]


def test_widgets_deleted_while_jobs_run_do_not_stop_the_app(qtbot: QtBot) -> None:
    """What froze the app: a window's widgets deleted on the UI thread while workers ran.
    Now workers touch no Qt object, so this only has to finish."""
    done: list[int] = []
    for n in range(40):
        label = QLabel(f"label {n}")
        label.deleteLater()
        run_in_background(lambda n=n: sum(range(20_000)) + n, on_success=done.append)
    qtbot.waitUntil(lambda: len(done) == 40, timeout=20_000)
    assert sorted(done) == [sum(range(20_000)) + n for n in range(40)]


def test_a_result_for_a_widget_deleted_meanwhile_is_dropped(qtbot: QtBot) -> None:
    """A history closed while its summary was being worked out: the result must not reach
    the deleted label (it raised in whatever ran next), and a living owner still gets it."""
    gone, kept = QLabel(), QLabel()
    qtbot.addWidget(kept)
    release = threading.Event()

    def slow(text: str) -> str:
        release.wait(5)
        return text

    run_in_background(slow, ("late",), on_success=gone.setText, owner=gone)
    run_in_background(slow, ("shown",), on_success=kept.setText, owner=kept)
    gone.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(gone))
    release.set()
    assert drain(10)
    assert kept.text() == "shown"


def test_a_certificate_is_never_drawn_off_the_main_thread(qtbot: QtBot, paths: DataPaths) -> None:
    window, record_id = window_with_record(qtbot, paths)
    ctx = window.ctx

    failures: list[BaseException] = []
    run_in_background(credit.certificate_pdf, (ctx, record_id), on_failure=failures.append)
    assert drain(20)
    assert [str(e) for e in failures] == ["PDFs are drawn on the main thread only"]
    # Nothing half-made was kept: on the UI thread the certificate is drawn and kept.
    pdf = credit.certificate_pdf(ctx, record_id)
    assert pdf.startswith(b"%PDF")
    close_window(window)


def test_a_transcript_is_signed_on_a_worker_and_drawn_on_the_ui_thread(
    qtbot: QtBot, paths: DataPaths
) -> None:
    from studyapp.records.transcript_credential import Period
    from studyapp.services import transcript_export

    window, _record_id = window_with_record(qtbot, paths)
    ctx = window.ctx
    learner = learners.last_used(ctx)

    signed: list[transcript_export.SignedTranscript] = []
    run_in_background(
        lambda: transcript_export.sign(ctx, learner.id, Period(None, None)),
        on_success=signed.append,
    )
    assert drain(30) and len(signed) == 1
    files = transcript_export.render(signed[0])
    assert files.count == 1 and files.pdf.startswith(b"%PDF")
    assert files.credential["type"] == ["VerifiableCredential", "ClrCredential"]
    close_window(window)

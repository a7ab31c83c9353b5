"""Slow work off the UI thread, in one small vocabulary (after Anki's background ops).

    run_in_background(fn, args, on_success=..., on_failure=..., on_progress=...)

`fn` runs on a worker thread; the callbacks run on the UI thread. Give `fn` a
`progress` keyword to report (percent, message). `call_on_ui(fn)` hands any other call
from a worker to the UI thread (the services' change news travels this way).

A worker never touches a Qt object: no signal, no QObject, no PDF writer. PySide keeps
the GIL through many Qt calls, and Qt holds its own locks while it calls back into
Python (a widget's destructor asks its Python wrapper about overrides). A worker holding
the GIL while it waits for such a lock, and the UI thread holding the lock while it waits
for the GIL, freeze the app for good: a pool thread laying out a PDF while the UI thread
deleted a closed window did exactly that. So results travel in a plain queue that the UI
thread empties on a timer while work is out, and Qt drawing (certificates, transcripts)
is done on the UI thread.
"""

from __future__ import annotations

import inspect
import logging
import queue
import sys
import threading
import time
from collections.abc import Callable
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer

log = logging.getLogger(__name__)

# How long a thread may hold the interpreter's lock while another waits for it. Each time
# Qt calls into Python on the UI thread (a paint, a model's data, a key) it waits for the
# lock; with Python's 5 ms and a worker busy, the hundreds of calls of painting the library
# held a frame for 150 ms at ten times the large folder. At 0.5 ms that frame took 90 ms,
# and the worker's start-up reads finished as fast (bench/startup.py, bench/scale.py).
SWITCH_INTERVAL_S = 0.0005

POLL_MS = 10
# How long one tick may run results before input and painting get their turn again.
DELIVERY_BUDGET_S = 0.008

_mailbox: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()
_state: dict[str, Any] = {"out": 0, "timer": None, "app": None}


def on_ui_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


def call_on_ui(fn: Callable[[], None]) -> None:
    """Run `fn` on the UI thread: now if this is it, else as soon as the UI thread looks."""
    if on_ui_thread():
        fn()
    else:
        _mailbox.put(fn)


def _deliver() -> None:
    """UI thread: run what the workers sent, in the order they sent it. Past a few
    milliseconds the rest waits for the next tick, so input and painting get their turn
    between two results (the database opening and the library's rows came back together
    at start-up and held the thread for 70 ms)."""
    began = time.perf_counter()
    while time.perf_counter() - began < DELIVERY_BUDGET_S:
        try:
            fn = _mailbox.get_nowait()
        except queue.Empty:
            break
        try:
            fn()
        except BaseException:  # one failing callback must not stop the others
            sys.excepthook(*sys.exc_info())
    timer = _state["timer"]
    if _state["out"] == 0 and _mailbox.empty() and timer is not None:
        timer.stop()


def _start_polling() -> None:
    app = QCoreApplication.instance()
    if _state["app"] is not app:  # a new application (tests, the self-test): a new timer
        timer = QTimer(app)
        timer.setInterval(POLL_MS)
        timer.timeout.connect(_deliver)
        _state["timer"], _state["app"] = timer, app
    if not _state["timer"].isActive():
        _state["timer"].start()


def run_in_background(
    fn: Callable[..., Any],
    args: tuple = (),
    *,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, str], None] | None = None,
    owner: QObject | None = None,
) -> None:
    """Call from the UI thread (the callbacks' own thread). With `owner` (the widget the
    result is for), a result that comes after that widget is gone is dropped."""
    if not on_ui_thread():
        raise RuntimeError("run_in_background is called from the UI thread only")
    wants_progress = "progress" in inspect.signature(fn).parameters

    def finish(ok: bool, value: Any) -> None:
        _state["out"] -= 1
        if owner is not None and not shiboken6.isValid(owner):
            return  # its window was closed and deleted meanwhile
        if ok:
            if on_success:
                on_success(value)
        elif on_failure:
            on_failure(value)
        else:
            raise value

    def report(percent: int, text: str) -> None:
        if on_progress:
            _mailbox.put(partial(on_progress, percent, text))

    def job() -> None:
        try:
            result = fn(*args, progress=report) if wants_progress else fn(*args)
        except BaseException as exc:
            _mailbox.put(partial(finish, False, exc))
        else:
            _mailbox.put(partial(finish, True, result))

    _state["out"] += 1
    # Daemon threads: a job stuck on a dead network must not keep the app from quitting;
    # drain() gives running jobs their time first.
    threading.Thread(target=job, name=f"job-{fn.__name__}", daemon=True).start()
    _start_polling()


def drain(seconds: float = 30.0) -> bool:
    """Let running jobs finish and deliver their results; call before the app exits."""
    deadline = time.monotonic() + seconds
    while True:
        _deliver()
        QCoreApplication.processEvents()  # what the results set going (a refresh, a paint)
        if not _state["out"] or time.monotonic() >= deadline:
            break
        time.sleep(0.005)
    return not _state["out"]

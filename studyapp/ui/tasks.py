"""Slow work off the UI thread, in one small vocabulary (after Anki's background ops).

    run_in_background(fn, args, on_success=..., on_failure=..., on_progress=...)

`fn` runs on a pool thread; the callbacks run on the UI thread. Give `fn` a
`progress` keyword to report (percent, message).
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)
_running: set[_Relay] = set()


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, str)


class _Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], args: tuple, relay: _Relay, progress: bool) -> None:
        super().__init__()
        self.fn, self.args, self.relay, self.progress = fn, args, relay, progress

    def run(self) -> None:
        try:
            if self.progress:
                result = self.fn(*self.args, progress=self.relay.progressed.emit)
            else:
                result = self.fn(*self.args)
        except BaseException as exc:
            self.relay.failed.emit(exc)
        else:
            self.relay.succeeded.emit(result)


def run_in_background(
    fn: Callable[..., Any],
    args: tuple = (),
    *,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, str], None] | None = None,
) -> None:
    relay = _Relay()
    _running.add(relay)

    def done() -> None:
        _running.discard(relay)

    def succeeded(result: Any) -> None:
        done()
        if on_success:
            on_success(result)

    def failed(exc: BaseException) -> None:
        done()
        if on_failure:
            on_failure(exc)
        else:
            raise exc

    relay.succeeded.connect(succeeded)
    relay.failed.connect(failed)
    wants_progress = "progress" in inspect.signature(fn).parameters
    if on_progress:
        relay.progressed.connect(on_progress)
    QThreadPool.globalInstance().start(_Job(fn, args, relay, wants_progress))


def drain(seconds: float = 30.0) -> bool:
    """Let running jobs finish and deliver their results; call before the app exits.

    Waiting in Qt's own pool destructor at interpreter exit would hold the GIL that
    a finishing job needs, and hang; here the GIL is released between short waits.
    """
    import time

    from PySide6.QtCore import QCoreApplication

    deadline = time.monotonic() + seconds
    while _running and time.monotonic() < deadline:
        QThreadPool.globalInstance().waitForDone(20)
        QCoreApplication.processEvents()
        time.sleep(0.005)
    return not _running

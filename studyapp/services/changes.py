"""What a service changed, said once, for every screen that shows it.

A service that writes publishes a Changed after its transaction commits; screens subscribe
(through ui/session.py, which brings the news onto the UI thread) and refresh themselves.
Nothing is refreshed by hand-wired calls, so a screen added later cannot be forgotten.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

log = logging.getLogger(__name__)


class Change(StrEnum):
    TEST_STARTED = "test-started"
    TEST_SUBMITTED = "test-submitted"
    EVALUATION_ANSWERED = "evaluation-answered"
    EVALUATION_SUBMITTED = "evaluation-submitted"
    CREDIT_CLAIMED = "credit-claimed"
    CERTIFICATE_MADE = "certificate-made"
    QUEUE = "queue"
    LIBRARY = "library"  # packs installed
    LEARNERS = "learners"  # profiles added or edited
    PROTECTION = "protection"  # a passphrase set
    TIME = "time"  # active time added
    WALLET = "wallet"  # licences, requirements or outside credit changed


@dataclass(frozen=True)
class Changed:
    what: Change
    learner_id: int | None = None
    pack_id: int | None = None
    record_id: str | None = None


Listener = Callable[[Changed], None]


class ChangeHub:
    """Synchronous: listeners run in the publishing thread. The UI's listener only queues a
    signal, so a service on a pool thread never touches a widget."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def publish(self, changed: Changed) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(changed)
            except Exception:
                log.exception("A listener failed on %s", changed)

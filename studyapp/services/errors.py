"""Errors a service raises for the user to read; the message is the whole story."""

from __future__ import annotations

from typing import TYPE_CHECKING

from studyapp.core.message import Message

if TYPE_CHECKING:  # errors is on the path to the first paint: no rules imported for a hint
    from studyapp.core.gating import Lock


class UserError(Exception):
    """Something the user asked for that cannot be done; str(e) says why and what next.

    Raised with a template marked for translation and its parameters,
    `UserError(QT_TRANSLATE_NOOP("Messages", "Could not read {name}."), name=...)`, so the
    window can say it in the learner's language (core/message.py)."""

    def __init__(self, message: str, /, **params: object) -> None:
        if not isinstance(message, Message) or params:
            message = Message(message, **params)
        self.message: Message = message
        super().__init__(message)


class LockedError(UserError):
    """A gate is closed: the lock says which and why, as a reason code with parameters, for
    the screen or command to put into words (ui/reasons.py)."""

    def __init__(self, lock: Lock) -> None:
        self.lock = lock
        super().__init__(lock.reason.value)


class ValidationError(UserError):
    """Input with problems, by field name, each with its message."""

    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = problems
        super().__init__(Message.joined(problems.values(), " "))


class StorageUnavailable(UserError):
    """The disk refused a write (full, read-only, folder gone). The write is kept in memory
    by services/pending.py and retried; nothing is lost while the app stays open."""

"""A sentence for the learner, as data: an English template and its parameters.

Rules and services say what happened with a Message. It *is* the English sentence (a str),
so logs, the command line and tests read it as before; the window puts it into the
learner's language by translating the template through Qt (context "Messages") and filling
in the same parameters (ui/reasons.error_text).

Templates are written `QT_TRANSLATE_NOOP("Messages", "...")` where they are used: a no-op
here, but the name pyside6-lupdate looks for, so the catalogue finds every template without
anything below the UI importing Qt. Only the two-argument form is recognised, so the
parameters are passed to Message, never to the marker.
"""

from __future__ import annotations

from collections.abc import Iterable

CONTEXT = "Messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


class Message(str):
    """An English sentence that remembers how it was made, so it can be made again in
    another language. Parameters may themselves be Messages (translated in turn)."""

    template: str
    params: dict[str, object]
    parts: tuple[Message, ...]
    separator: str

    def __new__(cls, template: str, /, **params: object) -> Message:
        made = super().__new__(cls, template.format(**params) if params else template)
        made.template, made.params, made.parts, made.separator = template, params, (), ""
        return made

    @classmethod
    def joined(cls, parts: Iterable[str], separator: str = "\n") -> Message:
        """Several sentences shown as one text (lines of a report)."""
        listed = tuple(p if isinstance(p, Message) else Message("{text}", text=p) for p in parts)
        made = super().__new__(cls, separator.join(listed))
        made.template, made.params, made.parts, made.separator = "", {}, listed, separator
        return made


def message_of(exc: BaseException) -> str:
    """The Message an exception was raised with, or its text (str(exc) would drop the
    template: str() of a str subclass is a plain str)."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, Message) else str(exc)

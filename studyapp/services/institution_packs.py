"""The institution's own packs, installed on first run (and on any later start that
lacks them)."""

from __future__ import annotations

import logging

from studyapp.content.problems import PackError
from studyapp.core.message import QT_TRANSLATE_NOOP, Message, message_of
from studyapp.services import library
from studyapp.services.context import Context
from studyapp.services.errors import UserError
from studyapp.services.pack_tools import pack_name
from studyapp.storage import packs as pack_store

log = logging.getLogger(__name__)


def preinstall(ctx: Context) -> list[str]:
    """Install the institution's packs this data folder lacks; returns a sentence for each
    that could not be installed (the rest of the app carries on without it)."""
    if ctx.read_only:
        return []
    failures = []
    for source in ctx.institution.preinstall:
        key = pack_name(source)
        if key is not None:
            with ctx.db.transaction() as s:
                if pack_store.find(s, *key) is not None:
                    continue
        try:
            library.install(ctx, source)
        except (PackError, UserError, OSError) as exc:
            log.error("Institution pack %s was not installed: %s", source.name, exc)
            failures.append(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "{name} could not be installed: {reason}"),
                    name=source.name,
                    reason=message_of(exc),
                )
            )
    return failures

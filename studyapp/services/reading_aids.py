"""Reading aids: which sections the learner has read, their bookmarks and notes (kept per
learner and activity), and search across the activity's reading."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from studyapp.core.activity import Activity
from studyapp.services.context import Context, ReadOnlyFolderError
from studyapp.services.protection import require_unlocked
from studyapp.storage import reading_marks as mark_store

MAX_NOTE = 5000
SNIPPET = 60


@dataclass(frozen=True)
class SectionMarks:
    read: bool = False
    bookmarked: bool = False
    note: str = ""


@dataclass(frozen=True)
class Found:
    section_id: str
    title: str
    snippet: str  # the words around the first match
    count: int  # matches in the section


def marks(ctx: Context, learner_id: int, pack_id: int) -> dict[str, SectionMarks]:
    with ctx.db.transaction() as s:
        return {
            m.section_id: SectionMarks(m.read_at is not None, m.bookmarked, m.note)
            for m in mark_store.for_activity(s, learner_id, pack_id)
        }


def _writable(ctx: Context, learner_id: int) -> None:
    if ctx.read_only:
        raise ReadOnlyFolderError()
    require_unlocked(ctx, learner_id)


def mark_read(ctx: Context, learner_id: int, pack_id: int, section_id: str) -> bool:
    """The first time a section is shown; True if this made it read."""
    if ctx.read_only:
        return False  # progress through the reading: a convenience, not their data
    require_unlocked(ctx, learner_id)
    with ctx.db.transaction() as s:
        row = mark_store.mark(s, learner_id, pack_id, section_id)
        if row.read_at is not None:
            return False
        row.read_at = ctx.now()
    return True


def set_bookmark(
    ctx: Context, learner_id: int, pack_id: int, section_id: str, bookmarked: bool
) -> None:
    _writable(ctx, learner_id)
    with ctx.db.transaction() as s:
        mark_store.mark(s, learner_id, pack_id, section_id).bookmarked = bookmarked


def save_note(ctx: Context, learner_id: int, pack_id: int, section_id: str, text: str) -> None:
    _writable(ctx, learner_id)
    with ctx.db.transaction() as s:
        mark_store.mark(s, learner_id, pack_id, section_id).note = text[:MAX_NOTE]


def _plain(markdown: str) -> str:
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", " ", markdown)  # images
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)  # links: their words
    text = re.sub(r"[*_`#>|]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def search(activity: Activity, root: Path, query: str) -> list[Found]:
    """Sections whose text holds every word of the query (any case), in reading order."""
    words = query.lower().split()
    if not words:
        return []
    found = []
    for section in activity.sections:
        try:
            text = _plain((root / section.file).read_text("utf-8"))
        except OSError:
            continue
        lower = text.lower()
        if not all(w in lower for w in words):
            continue
        at = lower.find(words[0])
        start = max(0, at - SNIPPET)
        snippet = ("…" if start else "") + text[start : at + len(words[0]) + SNIPPET].strip()
        if at + len(words[0]) + SNIPPET < len(text):
            snippet += "…"
        found.append(Found(section.id, section.title, snippet, lower.count(words[0])))
    return found

"""Spaced review of missed post-test items: a short, optional daily session, scheduled by
FSRS (the `fsrs` package), entirely apart from credit.

An item missed on a submitted post-test becomes a card due at once, in the submission's
transaction. Each review rates the card Good when answered right and Again when not, and
FSRS says when it is due next.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from studyapp.core.activity import Item, TestKind
from studyapp.core.message import QT_TRANSLATE_NOOP
from studyapp.core.scoring import is_correct
from studyapp.services import library
from studyapp.services.context import Context
from studyapp.services.errors import UserError
from studyapp.services.protection import require_unlocked
from studyapp.storage import review_cards as card_store
from studyapp.storage.models import ReviewCard


def _iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds")


def _scheduler():
    from fsrs import Scheduler

    # No fuzz: the same answers give the same dates, which learners (and tests) can follow.
    return Scheduler(enable_fuzzing=False)


def add_missed(
    session: Session, learner_id: int, pack_id: int, item_ids: list[str], now: dt.datetime
) -> None:
    """In the post-test's submission: each missed item not yet in review, due now."""
    from fsrs import Card

    for item_id in item_ids:
        if card_store.get(session, learner_id, pack_id, item_id) is None:
            card = Card(due=now)
            card_store.add(
                session,
                ReviewCard(
                    learner_id=learner_id,
                    pack_id=pack_id,
                    item_id=item_id,
                    card=card.to_json(),
                    due=_iso(now),
                ),
            )


@dataclass(frozen=True)
class DueItem:
    pack_id: int
    activity_title: str
    item: Item


def due(ctx: Context, learner_id: int) -> list[DueItem]:
    """The items due now, oldest first (items of activities no longer installed are left
    out)."""
    require_unlocked(ctx, learner_id)
    with ctx.db.transaction() as s:
        cards = [(c.pack_id, c.item_id) for c in card_store.due(s, learner_id, _iso(ctx.now()))]
    found = []
    for pack_id, item_id in cards:
        try:
            act = library.activity(ctx, pack_id)
        except UserError:
            continue
        item = next((i for i in act.items(TestKind.POST) if i.id == item_id), None)
        if item is not None:
            found.append(DueItem(pack_id, act.title, item))
    return found


@dataclass(frozen=True)
class Reviewed:
    correct: bool
    next_due: dt.datetime


def answer(
    ctx: Context, learner_id: int, pack_id: int, item_id: str, selection: list[str]
) -> Reviewed:
    from fsrs import Card, Rating

    require_unlocked(ctx, learner_id)
    act = library.activity(ctx, pack_id)
    item = next((i for i in act.items(TestKind.POST) if i.id == item_id), None)
    if item is None:
        raise UserError(
            QT_TRANSLATE_NOOP("Messages", "That question is no longer in its activity.")
        )
    correct = is_correct(item, selection)
    now = ctx.now()
    with ctx.db.transaction() as s:
        row = card_store.get(s, learner_id, pack_id, item_id)
        if row is None:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "That question is not in your review."))
        card, _log = _scheduler().review_card(
            Card.from_json(row.card), Rating.Good if correct else Rating.Again, now
        )
        row.card, row.due = card.to_json(), _iso(card.due)
    return Reviewed(correct, card.due)

"""What the learner gained: the pre-test against the post-test, per objective, for one
activity (the submitted pre-test and the best post-test attempt)."""

from __future__ import annotations

from studyapp.core import forms
from studyapp.core.activity import TestKind
from studyapp.core.knowledge_gain import KnowledgeGain, gain
from studyapp.core.scoring import Score
from studyapp.services import library
from studyapp.services.context import Context
from studyapp.services.protection import require_unlocked
from studyapp.storage import attempts as attempt_store


def activity_gain(ctx: Context, learner_id: int, pack_id: int) -> KnowledgeGain | None:
    """None until both tests have a submitted attempt."""
    require_unlocked(ctx, learner_id)
    act = library.activity(ctx, pack_id)
    with ctx.db.transaction() as s:
        pre = [
            a
            for a in attempt_store.all_for(s, learner_id, pack_id, TestKind.PRE.value)
            if a.submitted_at is not None
        ]
        post = [
            a
            for a in attempt_store.all_for(s, learner_id, pack_id, TestKind.POST.value)
            if a.submitted_at is not None
        ]
        if not pre or not post:
            return None
        best_post = max(post, key=lambda a: (a.correct or 0, a.number))
        pre_answers = attempt_store.responses(s, pre[0].id)
        post_answers = attempt_store.responses(s, best_post.id)
        asked = forms.items_of(forms.from_json(best_post.form_json, act.posttest), act.posttest)
    return gain(act, pre_answers, post_answers, asked)


def history_gains(ctx: Context, learner_id: int) -> list[tuple[str, Score, Score]]:
    """Each activity the learner has taken both tests of: its title, the first pre-test's
    score and the best post-test's. The scores kept on the attempts are enough, so no pack
    is read: one query, however long the history."""
    require_unlocked(ctx, learner_id)
    with ctx.db.transaction() as s:
        rows = attempt_store.submitted_with_titles(s, learner_id)
    # Twelve thousand attempts at ten times the large folder: plain tuples, and a Score
    # made once per activity, keep this loop short on its worker.
    pre: dict[int, tuple[int, int]] = {}
    best: dict[int, tuple[int, int, int]] = {}  # correct, number, total
    titles: dict[int, str] = {}
    pre_test = TestKind.PRE.value
    for pack_id, test, number, correct, total, title in rows:
        titles[pack_id] = title
        if test == pre_test:
            if pack_id not in pre:  # the first pre-test counts
                pre[pack_id] = (correct or 0, total or 0)
        else:
            mark = (correct or 0, number, total or 0)
            if pack_id not in best or mark[:2] > best[pack_id][:2]:
                best[pack_id] = mark
    return [
        (titles[p], Score(*pre[p]), Score(best[p][0], best[p][2]))
        for p in sorted(pre.keys() & best.keys())
    ]

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
    pre: dict[int, Score] = {}
    best: dict[int, tuple[int, int, Score]] = {}
    titles: dict[int, str] = {}
    for attempt in rows:
        titles[attempt.pack_id] = attempt.title
        score = Score(attempt.correct or 0, attempt.total or 0)
        if attempt.test == TestKind.PRE.value:
            pre.setdefault(attempt.pack_id, score)  # the first pre-test counts
        else:
            rank = (score.correct, attempt.number)
            if attempt.pack_id not in best or rank > best[attempt.pack_id][:2]:
                best[attempt.pack_id] = (*rank, score)
    return [(titles[p], pre[p], best[p][2]) for p in sorted(set(pre) & set(best))]

"""What the learner gained: the pre-test against the post-test, per objective, for one
activity (the submitted pre-test and the best post-test attempt)."""

from __future__ import annotations

from studyapp.core import forms
from studyapp.core.activity import TestKind
from studyapp.core.knowledge_gain import KnowledgeGain, gain
from studyapp.services import library
from studyapp.services.context import Context
from studyapp.services.errors import UserError
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


def history_gains(ctx: Context, learner_id: int) -> list[tuple[str, KnowledgeGain]]:
    """Each activity the learner has taken both tests of, with what they gained. Reads
    every such pack: off the UI thread for a long history."""
    require_unlocked(ctx, learner_id)
    with ctx.db.transaction() as s:
        pack_ids = attempt_store.packs_with_both_tests(s, learner_id)
    gains = []
    for pack_id in pack_ids:
        try:
            found = activity_gain(ctx, learner_id, pack_id)
            title = library.activity(ctx, pack_id).title
        except UserError:  # a pack no longer installed or readable: left out
            continue
        if found is not None:
            gains.append((title, found))
    return gains

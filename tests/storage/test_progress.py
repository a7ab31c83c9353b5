"""A learner's progress read for some packs only is the same as read for all of them."""

from __future__ import annotations

from studyapp.core.activity import TestKind
from studyapp.services import attempts, library, places
from studyapp.storage import progress as progress_store
from tests.services.test_study_flow import answer_all, complete


def test_progress_among_some_packs_is_the_whole_progress_of_those(ctx, learner) -> None:
    ids = library.install_bundled(ctx)
    il6, journal = sorted(ids)
    complete(ctx, learner.id, il6)
    attempts.submit(ctx, answer_all(ctx, learner.id, journal, TestKind.PRE, right=1))
    places.set_queued(ctx, learner.id, journal, True)
    with ctx.db.transaction() as s:
        everything = progress_store.progress_by_pack(s, learner.id)
        assert set(everything) == {il6, journal}
        assert progress_store.progress_by_pack(s, learner.id, among={journal}) == {
            journal: everything[journal]
        }
        assert progress_store.progress_by_pack(s, learner.id, among={il6, journal, 999}) == (
            everything
        )
        assert progress_store.progress_by_pack(s, learner.id, among=set()) == {}
        assert everything[journal].queued and everything[journal].pretest_submitted
        assert everything[il6].evaluation_submitted and not everything[il6].queued

"""Pre-test and post-test attempts: start, save each answer at once, submit, review."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from studyapp.core import forms, gating, scoring
from studyapp.core.activity import Activity, TestKind
from studyapp.core.message import QT_TRANSLATE_NOOP
from studyapp.records import xapi
from studyapp.services import library, spaced_review, xapi_outbox
from studyapp.services.changes import Change, Changed
from studyapp.services.context import Context
from studyapp.services.errors import LockedError, UserError
from studyapp.services.protection import require_unlocked
from studyapp.storage import attempts as attempt_store
from studyapp.storage import progress as progress_store
from studyapp.storage.models import Attempt


@dataclass(frozen=True)
class AttemptView:
    id: int
    test: TestKind
    number: int
    answers: dict[str, list[str]] = field(default_factory=dict)
    submitted: bool = False
    score: scoring.Score | None = None
    passed: bool | None = None
    form: forms.Form = ()  # the questions this attempt asks, in its order


@dataclass(frozen=True)
class TestState:
    """What the test tab shows: the current attempt (if any) and what may happen next."""

    test: TestKind
    attempt: AttemptView | None
    lock: gating.Lock | None
    can_start: bool
    attempts_used: int
    attempts_left: int | None
    history: list[AttemptView]


def _view(row: Attempt, answers: dict[str, list[str]], items: tuple = ()) -> AttemptView:
    score = None
    if row.submitted_at is not None and row.correct is not None and row.total is not None:
        score = scoring.Score(row.correct, row.total)
    return AttemptView(
        id=row.id,
        test=TestKind(row.test),
        number=row.number,
        answers=answers,
        submitted=row.submitted_at is not None,
        score=score,
        passed=row.passed,
        form=forms.from_json(row.form_json, items),
    )


def progress(ctx: Context, learner_id: int, pack_id: int) -> gating.Progress:
    with ctx.db.transaction() as s:
        found = progress_store.progress_by_pack(s, learner_id, pack_id).get(pack_id)
    return library.to_progress(found)


def state(ctx: Context, learner_id: int, pack_id: int, test: TestKind) -> TestState:
    require_unlocked(ctx, learner_id)
    act = library.activity(ctx, pack_id)
    prog = progress(ctx, learner_id, pack_id)
    with ctx.db.transaction() as s:
        rows = attempt_store.all_for(s, learner_id, pack_id, test.value)
        ctx.attempt_owner.update((r.id, learner_id) for r in rows)
        items = act.items(test)
        history = [_view(r, {}, items) for r in rows]
        current = rows[-1] if rows else None
        current_view = (
            _view(current, attempt_store.responses(s, current.id), items) if current else None
        )
    if test is TestKind.PRE:
        lock = None
        can_start = current is None
        used, left = len(rows), None
    else:
        lock = gating.posttest_lock(prog)
        can_start = gating.retake_lock(act, prog) is None and (
            current is None or current.submitted_at is not None
        )
        used, left = prog.posttest_attempts, gating.attempts_left(act, prog)
    return TestState(test, current_view, lock, can_start, used, left, history)


def new_form(activity: Activity, test: TestKind) -> forms.Form:
    """A form for the next attempt: the Pre-Test as written; the Post-Test drawn from its
    pools, questions and options in a new order (core/forms.py)."""
    if test is TestKind.PRE:
        return forms.whole(activity.pretest)
    seed = random.SystemRandom().randrange(2**63)
    return forms.draw(activity.posttest, dict(activity.pools), seed)


def start(
    ctx: Context,
    learner_id: int,
    pack_id: int,
    test: TestKind,
    form: forms.Form | None = None,
) -> AttemptView:
    """Start an attempt asking `form` (the one the screen shows), or a new form."""
    current = state(ctx, learner_id, pack_id, test)
    if current.lock:
        raise LockedError(current.lock)
    if current.attempt is not None and not current.attempt.submitted:
        return current.attempt
    if not current.can_start:
        act = library.activity(ctx, pack_id)
        reason = gating.retake_lock(act, progress(ctx, learner_id, pack_id))
        if reason is not None:
            raise LockedError(reason)
        raise UserError(
            QT_TRANSLATE_NOOP("Messages", "The {test} has already been submitted."), test=test.label
        )
    act = library.activity(ctx, pack_id)
    known = {i.id for i in act.items(test)}
    if form is None or not form or any(f.item_id not in known for f in form):
        form = new_form(act, test)
    form_json = forms.to_json(form) if test is TestKind.POST else None
    with ctx.db.transaction() as s:
        row = attempt_store.start(s, learner_id, pack_id, test.value, ctx.now(), form_json)
        progress_store.place(s, learner_id, pack_id).opened_at = ctx.now()
        view = _view(row, {}, act.items(test))
    ctx.attempt_owner[view.id] = learner_id
    ctx.changes.publish(Changed(Change.TEST_STARTED, learner_id, pack_id))
    return view


def _owner(ctx: Context, attempt_id: int) -> int:
    owner = ctx.attempt_owner.get(attempt_id)
    if owner is None:
        with ctx.db.transaction() as s:
            row = attempt_store.get(s, attempt_id)
            if row is None:
                raise UserError(QT_TRANSLATE_NOOP("Messages", "This attempt no longer exists."))
            owner = ctx.attempt_owner[attempt_id] = row.learner_id
    return owner


def save_answer(ctx: Context, attempt_id: int, item_id: str, selection: list[str]) -> None:
    """Commit one answer. Returns only once it is on disk; raises StorageUnavailable (the
    answer kept in memory and retried) when the disk refuses it."""
    from studyapp.services.guarded_write import guarded

    learner_id = _owner(ctx, attempt_id)
    require_unlocked(ctx, learner_id)
    saved_at = ctx.now()
    written: list[bool] = []

    # One row, one page: the answer alone. Its xAPI statement is written when the test is
    # submitted, from the answer and its time; here it cost three more pages (the outbox
    # row and its two indexes) on every save, 4.5 times the bytes fsynced.
    def write() -> None:
        with ctx.db.write() as conn:
            written.append(
                attempt_store.save_response(conn, attempt_id, item_id, selection, saved_at)
            )

    guarded(ctx, ("answer", attempt_id, item_id), write)
    if written[-1]:
        return
    with ctx.db.transaction() as s:
        row = attempt_store.get(s, attempt_id)
    if row is None:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "This attempt no longer exists."))
    raise UserError(
        QT_TRANSLATE_NOOP(
            "Messages", "This attempt has been submitted; its answers can no longer change."
        )
    )


def retry_pending(ctx: Context) -> int:
    """Write what the disk refused earlier; returns how many writes are still waiting."""
    from studyapp.services.context import ensure_folder
    from studyapp.storage.failures import storage_failure

    if not len(ctx.pending):
        return 0
    try:
        ensure_folder(ctx)
    except Exception as exc:
        if storage_failure(exc) is None:
            raise
        return len(ctx.pending)
    return ctx.pending.flush()


def submit(ctx: Context, attempt_id: int) -> AttemptView:
    require_unlocked(ctx, _owner(ctx, attempt_id))
    with ctx.db.transaction() as s:
        row = attempt_store.get(s, attempt_id)
        if row is None:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "This attempt no longer exists."))
        if row.submitted_at is not None:
            return _view(row, attempt_store.responses(s, attempt_id))
        pack_id = row.pack_id
    if len(ctx.pending) and retry_pending(ctx):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Some answers are not yet saved to disk, so the test cannot be "
                "scored yet. Free some space or check the data folder, then submit.",
            )
        )
    act: Activity = library.activity(ctx, pack_id)
    with ctx.db.transaction() as s:
        row = attempt_store.get(s, attempt_id)
        assert row is not None
        answers, answered_at = attempt_store.responses_with_times(s, attempt_id)
        test = TestKind(row.test)
        asked = forms.items_of(forms.from_json(row.form_json, act.items(test)), act.items(test))
        result = scoring.score(asked, answers)
        row.submitted_at = ctx.now()
        row.correct, row.total = result.correct, result.total
        row.passed = result.passes(act.passing_score) if test is TestKind.POST else None
        view, learner_id = _view(row, answers, act.items(test)), row.learner_id
        who, what = xapi_outbox.actor(ctx, s, learner_id), xapi_outbox.activity_ref(s, pack_id)
        for item in asked:  # each final answer, at the time it was given
            if item.id in answers:
                selection = answers[item.id]
                answered = xapi.answered(
                    who,
                    what,
                    test.value,
                    item.id,
                    item.stem,
                    selection,
                    scoring.is_correct(item, selection),
                    answered_at[item.id],
                )
                xapi_outbox.add(s, learner_id, answered)
        if test is TestKind.PRE:
            scored = xapi.pretest_completed(who, what, result.correct, result.total, ctx.now())
        else:
            scored = xapi.posttest_scored(
                who, what, result.correct, result.total, bool(row.passed), ctx.now()
            )
            missed = [i.id for i in asked if not scoring.is_correct(i, answers.get(i.id, []))]
            spaced_review.add_missed(s, learner_id, pack_id, missed, ctx.now())
        xapi_outbox.add(s, learner_id, scored)
    ctx.changes.publish(Changed(Change.TEST_SUBMITTED, learner_id, pack_id))
    return view

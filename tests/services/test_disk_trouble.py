"""A full disk, a read-only or a deleted data folder: a clear message, nothing lost."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from sqlalchemy.exc import OperationalError

from studyapp.core.activity import TestKind
from studyapp.services import attempts
from studyapp.services.context import open_context
from studyapp.services.errors import StorageUnavailable
from studyapp.storage import attempts as attempt_store


class Disk:
    """Makes the storage layer refuse writes the way SQLite does, until told to stop."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, message: str) -> None:
        self.refusing = True
        real = attempt_store.save_response

        def save_response(*args, **kwargs):
            if self.refusing:
                raise OperationalError("INSERT", {}, sqlite3.OperationalError(message))
            return real(*args, **kwargs)

        monkeypatch.setattr(attempt_store, "save_response", save_response)


def stored(paths, attempt_id: int) -> dict:
    with sqlite3.connect(paths.database) as conn:
        rows = conn.execute(
            "SELECT item_id, selection FROM response WHERE attempt_id = ?", (attempt_id,)
        ).fetchall()
    return dict(rows)


@pytest.mark.parametrize(
    ("sqlite_message", "words"),
    [
        ("database or disk is full", "the disk is full"),
        ("attempt to write a readonly database", "the data folder is read-only"),
        ("disk I/O error", "the disk reported an error"),
    ],
)
def test_refused_answers_wait_in_memory_then_land(
    ctx, il6_pack, learner, monkeypatch, sqlite_message: str, words: str
) -> None:
    attempt = attempts.start(ctx, learner.id, il6_pack, TestKind.PRE)
    attempts.save_answer(ctx, attempt.id, "pre-1", ["A"])
    disk = Disk(monkeypatch, sqlite_message)
    with pytest.raises(StorageUnavailable) as caught:
        attempts.save_answer(ctx, attempt.id, "pre-2", ["T"])
    assert str(caught.value).startswith(f"Not yet saved to disk: {words}. 1 answer is kept")
    with pytest.raises(StorageUnavailable, match="2 answers are kept in memory"):
        attempts.save_answer(ctx, attempt.id, "pre-3", ["C"])
    with pytest.raises(StorageUnavailable, match="2 answers are kept"):
        attempts.save_answer(ctx, attempt.id, "pre-2", ["F"])  # replaces the earlier pre-2
    assert attempts.retry_pending(ctx) == 2
    with pytest.raises(Exception, match="not yet saved to disk"):
        attempts.submit(ctx, attempt.id)
    assert stored(ctx.paths, attempt.id) == {"pre-1": '["A"]'}

    disk.refusing = False
    assert attempts.retry_pending(ctx) == 0
    assert stored(ctx.paths, attempt.id) == {"pre-1": '["A"]', "pre-2": '["F"]', "pre-3": '["C"]'}
    assert attempts.submit(ctx, attempt.id).submitted


def test_deleted_data_folder_is_written_back_with_everything(paths, il6_pack, learner, ctx) -> None:
    attempt = attempts.start(ctx, learner.id, il6_pack, TestKind.PRE)
    attempts.save_answer(ctx, attempt.id, "pre-1", ["A"])
    shutil.rmtree(paths.root)
    attempts.save_answer(ctx, attempt.id, "pre-2", ["T"])
    assert paths.database.exists()
    ctx.close()
    reopened = open_context(paths)
    try:
        from studyapp.services import library

        library.install_bundled(reopened)  # puts the sample's deleted files back
        assert (paths.packs / "il6-treat-to-target" / "1.0.0" / "activity.toml").is_file()
        state = attempts.state(reopened, learner.id, il6_pack, TestKind.PRE)
        assert state.attempt is not None
        assert state.attempt.answers == {"pre-1": ["A"], "pre-2": ["T"]}
    finally:
        reopened.close()

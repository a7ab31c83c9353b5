"""xAPI to a real learning record store (Ralph on loopback): every statement arrives
exactly once, through an outage mid-batch, a resend of what was stored but not marked,
and a restart; bad answers leave the statements queued with a clear status."""

from __future__ import annotations

import dataclasses
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from studyapp.content.institution import RecordStore
from studyapp.services import lrs_sync, xapi_outbox
from tests.collect.ralph import PASSWORD, USER, Ralph
from tests.services.test_study_flow import complete


@pytest.fixture
def ralph(tmp_path: Path) -> Iterator[Ralph]:
    server = Ralph(tmp_path / "ralph")
    server.start()
    yield server
    server.stop()


def with_store(ctx, endpoint: str, user: str = USER, password: str = PASSWORD):
    ctx.institution = dataclasses.replace(
        ctx.institution, record_store=RecordStore(endpoint, user, password)
    )
    return ctx


def test_every_statement_arrives_once_through_an_outage_and_a_resend(
    ctx, il6_pack, learner, ralph: Ralph, monkeypatch: pytest.MonkeyPatch
) -> None:
    with_store(ctx, ralph.endpoint)
    complete(ctx, learner.id, il6_pack)
    ours = [s["statement"]["id"] for s in xapi_outbox.statements(ctx)]
    assert len(ours) >= 25 and len(set(ours)) == len(ours)

    # The store goes away right after taking the second batch, before it is marked sent
    # here (a crash or a dropped connection looks the same from this side).
    real_mark = lrs_sync._mark_sent
    batches: list[list[int]] = []

    def mark_then_fail(context, seqs: list[int]) -> None:
        batches.append(seqs)
        if len(batches) == 2:
            ralph.stop()
            raise OSError("connection reset")
        real_mark(context, seqs)

    monkeypatch.setattr(lrs_sync, "_mark_sent", mark_then_fail)
    with pytest.raises(OSError):
        lrs_sync.send_pending(ctx, batch_size=10)
    monkeypatch.setattr(lrs_sync, "_mark_sent", real_mark)
    waiting, sent = xapi_outbox.counts(ctx)
    assert sent == 10 and waiting == len(ours) - 10

    with pytest.raises(lrs_sync.SendError) as caught:  # still away: queued, status says so
        lrs_sync.send_pending(ctx, batch_size=10)
    assert caught.value.retry
    status = lrs_sync.status(ctx)
    assert status.waiting == len(ours) - 10
    assert "the store cannot be reached" in status.text()

    ralph.start()
    # Another batch size, so a batch holds statements stored before and new ones.
    assert lrs_sync.send_pending(ctx, batch_size=7) == len(ours) - 10
    assert xapi_outbox.counts(ctx) == (0, len(ours))
    assert lrs_sync.status(ctx).last_error is None
    stored = ralph.all_statement_ids()
    assert sorted(stored) == sorted(ours)  # each exactly once
    ralph.stop()
    ralph.start()  # a restart keeps them
    assert sorted(ralph.all_statement_ids()) == sorted(ours)


def test_a_wrong_password_leaves_everything_queued_and_says_why(
    ctx, il6_pack, learner, ralph: Ralph
) -> None:
    with_store(ctx, ralph.endpoint, password="not-it")
    complete(ctx, learner.id, il6_pack)
    total = len(xapi_outbox.statements(ctx))
    with pytest.raises(lrs_sync.SendError) as caught:
        lrs_sync.send_pending(ctx)
    assert not caught.value.retry
    assert str(caught.value).startswith("the store refused the user name or password")
    assert xapi_outbox.counts(ctx) == (total, 0)
    assert "check institution.toml" in lrs_sync.status(ctx).text()


class _Canned(http.server.BaseHTTPRequestHandler):
    answer: tuple[int, bytes] = (500, b"")
    delay = 0.0

    def do_POST(self) -> None:
        import time

        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        time.sleep(self.delay)
        code, body = self.answer
        self.send_response(code)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args) -> None:
        pass


@pytest.mark.parametrize(
    ("code", "body", "delay", "message", "retry"),
    [
        (400, b'{"detail":"invalid statement"}', 0, "refused the statements as malformed", False),
        (500, b"", 0, "the store answered 500", True),
        (503, b"<html>garbage", 0, "the store answered 503: <html>garbage", True),
        (200, b"", 20, "the store cannot be reached", True),
    ],
    ids=["400", "500", "garbage 503", "timeout"],
)
def test_bad_answers_keep_the_statements_queued(
    ctx,
    il6_pack,
    learner,
    monkeypatch: pytest.MonkeyPatch,
    code: int,
    body: bytes,
    delay: float,
    message: str,
    retry: bool,
) -> None:
    handler = type("Handler", (_Canned,), {"answer": (code, body), "delay": delay})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    monkeypatch.setattr(lrs_sync, "TIMEOUT_SECONDS", 1)
    try:
        with_store(ctx, f"http://127.0.0.1:{server.server_port}/xAPI/")
        complete(ctx, learner.id, il6_pack)
        total = len(xapi_outbox.statements(ctx))
        with pytest.raises(lrs_sync.SendError) as caught:
            lrs_sync.send_pending(ctx)
        assert message in str(caught.value)
        assert caught.value.retry is retry
        assert xapi_outbox.counts(ctx) == (total, 0)
        assert message in lrs_sync.status(ctx).text()
    finally:
        server.shutdown()


def test_the_wait_between_tries_backs_off() -> None:
    waits = [None]
    for _ in range(8):
        waits.append(lrs_sync.next_wait(waits[-1]))
    assert waits[1:] == [30, 60, 120, 240, 480, 960, 1800, 1800]


def test_the_sync_command_sends_once_and_says_how_it_stands(
    ctx, paths, il6_pack, learner, ralph: Ralph, tmp_path: Path
) -> None:
    from tests.test_architecture import run_cli

    complete(ctx, learner.id, il6_pack)
    total = len(xapi_outbox.statements(ctx))
    ctx.close()
    settings = tmp_path / "institution.toml"
    settings.write_text(
        f'[record_store]\nendpoint = "{ralph.endpoint}"\nusername = "{USER}"\n'
        f'password = "{PASSWORD}"\n',
        "utf-8",
    )
    common = ["--data-dir", str(paths.root), "--institution", str(settings), "sync", "--once"]
    done = run_cli(*common)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Sent {total} statements. 0 statements waiting; last sent")
    assert PASSWORD not in done.stdout + done.stderr
    from studyapp.services.context import open_context

    again = open_context(paths)
    try:
        ours = sorted(s["statement"]["id"] for s in xapi_outbox.statements(again))
        assert xapi_outbox.counts(again) == (0, total)
    finally:
        again.close()
    assert sorted(ralph.all_statement_ids()) == ours
    ralph.stop()
    done = run_cli(*common)
    assert done.returncode == 0  # nothing waiting: nothing to send
    assert done.stdout.startswith("Sent 0 statements.")
    no_store = tmp_path / "none.toml"
    no_store.write_text('[organisation]\nname = "X"\n', "utf-8")
    done = run_cli("--data-dir", str(paths.root), "--institution", str(no_store), "sync", "--once")
    assert done.returncode == 2
    assert "No learning record store is set up" in done.stderr


def test_a_restore_from_backup_resends_without_duplicates(
    ctx, paths, il6_pack, learner, ralph: Ralph
) -> None:
    """A backup made before sending holds the statements as unsent: after a restore they
    go again, and the store keeps one copy of each."""
    from studyapp.services import safety

    with_store(ctx, ralph.endpoint)
    complete(ctx, learner.id, il6_pack)
    made = safety.backup_now(ctx.paths, "before-send", ctx.now())
    backup = next(b for b in safety.list_backups(ctx.paths) if b.path == made)
    assert lrs_sync.send_pending(ctx) > 0
    ours = sorted(s["statement"]["id"] for s in xapi_outbox.statements(ctx))
    lock = ctx.close(keep_lock=True)
    safety.restore(paths, backup, ctx.now(), lambda *_a: None)
    from studyapp.services.context import open_context

    restored = with_store(open_context(paths, lock), ralph.endpoint)
    try:
        assert xapi_outbox.counts(restored)[0] == len(ours)  # unsent again
        assert lrs_sync.send_pending(restored) == len(ours)
        assert sorted(ralph.all_statement_ids()) == ours
    finally:
        restored.close()

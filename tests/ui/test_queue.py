"""The queue as a learner uses it: "Add to queue" on an Overview lines an activity up;
View > Queue lists them in the learner's order, flags expiry in words, reorders with
buttons or Alt+Up/Down, removes with Delete and opens with Enter; the order survives a
restart."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studyapp.paths import DataPaths
from studyapp.services import learners, queue
from studyapp.ui.queue_dialog import QueueDialog
from tests.ui.helpers import click, close_window, open_window
from tests.ui.test_activity_screens import ready

pytestmark = pytest.mark.gui


def queue_both(qtbot: QtBot, paths: DataPaths):
    window, _il6 = ready(qtbot, paths)
    rows = window.library.row_texts()
    ids = {r[0].split(":")[0]: window.library.pack_id_at(i) for i, r in enumerate(rows)}
    for title in ("Treating to Target by Interrupting IL-6–Mediated Signaling  (sample)",
                  "Journal Club"):  # fmt: skip
        window.open_activity(ids[title])
        click(qtbot, window.activity_view.overview.queue_button)
        window.show_library()
    return window, ids


def open_queue(qtbot: QtBot, window) -> QueueDialog:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    before = getattr(window, "queue_dialog", None)
    qtbot.keyClick(window, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(window, "queue_dialog", None) not in (None, before))
    dialog = window.queue_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_the_queue_keeps_the_learners_order_across_a_restart(
    qtbot: QtBot, paths: DataPaths
) -> None:
    window, _ids = queue_both(qtbot, paths)
    # The library re-reads itself on a worker after a change.
    qtbot.waitUntil(lambda: all("queued" in r[0] for r in window.library.row_texts()))
    dialog = open_queue(qtbot, window)
    assert dialog.intro.text() == "2 activities lined up, in your order."
    assert dialog.texts() == [
        "1. Treating to Target by Interrupting IL-6–Mediated Signaling — 1 h, "
        "until October 31, 2029",
        "2. Journal Club: Tocilizumab in Refractory Systemic Sclerosis — 15 min, "
        "until October 31, 2029",
    ]
    dialog.list.setCurrentRow(1)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert dialog.texts()[0].startswith("1. Journal Club")
    assert dialog.list.currentRow() == 0  # the moved one stays chosen
    click(qtbot, dialog.down)
    assert dialog.texts()[1].startswith("2. Journal Club")
    click(qtbot, dialog.up)
    dialog.reject()
    close_window(window)

    again = open_window(qtbot, paths)
    dialog = open_queue(qtbot, again)
    assert [t.split(" — ")[0] for t in dialog.texts()] == [
        "1. Journal Club: Tocilizumab in Refractory Systemic Sclerosis",
        "2. Treating to Target by Interrupting IL-6–Mediated Signaling",
    ]
    # Enter opens the chosen activity in the window.
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert again.activity_view is not None
    assert again.activity_view.activity.title.startswith("Journal Club")
    assert not dialog.isVisible()
    close_window(again)


def test_expiry_is_flagged_and_delete_takes_one_off(qtbot: QtBot, paths: DataPaths) -> None:
    window, _ids = queue_both(qtbot, paths)
    ctx = window.ctx
    ctx.today = lambda: dt.date(2029, 10, 21)  # ten days before both packs expire
    dialog = open_queue(qtbot, window)
    assert dialog.intro.text() == ("2 activities lined up, in your order. 2 expire within 30 days.")
    assert dialog.texts()[0].endswith("— 1 h, ⚠ expires in 10 days")
    dialog.reject()
    ctx.today = lambda: dt.date(2029, 12, 2)
    dialog = open_queue(qtbot, window)
    assert dialog.texts()[1].endswith("⚠ expired on October 31, 2029: no credit can be claimed")
    dialog.list.setCurrentRow(0)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Delete)
    assert len(dialog.texts()) == 1 and dialog.texts()[0].startswith("1. Journal Club")
    learner = learners.last_used(ctx)
    assert [q.title[:12] for q in queue.queued(ctx, learner.id)] == ["Journal Club"]
    qtbot.waitUntil(
        lambda: (
            not any(
                "queued" in r[0] for r in window.library.row_texts() if r[0].startswith("Treating")
            )
        )
    )
    close_window(window)


def test_the_library_adds_to_and_takes_off_the_queue(qtbot: QtBot, paths: DataPaths) -> None:
    window, _il6 = ready(qtbot, paths)
    lib = window.library
    row = next(i for i, r in enumerate(lib.row_texts()) if r[0].startswith("Journal Club"))
    lib.table.selectRow(row)
    assert lib.queue_button.text() == "Add to &queue"
    click(qtbot, lib.queue_button)
    qtbot.waitUntil(lambda: "queued" in lib.row_texts()[row][0])
    assert window.toaster.texts() == ["✓ Added to your queue (View > Queue, Ctrl+U)."]
    assert lib.selected_pack() == lib.pack_id_at(row)  # the refresh kept the place
    assert lib.queue_button.text() == "Remove from &queue"
    learner = learners.last_used(window.ctx)
    assert [q.title[:12] for q in queue.queued(window.ctx, learner.id)] == ["Journal Club"]
    click(qtbot, lib.queue_button)
    qtbot.waitUntil(lambda: "queued" not in lib.row_texts()[row][0])
    assert queue.queued(window.ctx, learner.id) == []
    close_window(window)

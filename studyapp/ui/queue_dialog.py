"""View > Queue: the activities the learner means to take next, in the order they choose
(Move up / Move down, or Alt+Up / Alt+Down), with those near or past expiry flagged in
words. Open one with Enter; take one off the queue with Delete."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.gating import Status
from studyapp.services import places, queue
from studyapp.services.context import Context
from studyapp.services.errors import UserError
from studyapp.ui.i18n import date_text, translate
from studyapp.ui.library_model import days_words, format_minutes
from studyapp.ui.reasons import error_text

PACK = Qt.ItemDataRole.UserRole


class QueueWords:
    """The words of the queue's lines, translated once per list: a long queue (1,250
    activities at ten times the large folder) asked Qt for the same four sentences and the
    same few hundred dates over and over."""

    def __init__(self) -> None:
        self.claimed = translate("QueueDialog", "credit claimed")
        self.expired = translate("QueueDialog", "⚠ expired on {date}: no credit can be claimed")
        self.soon = translate("QueueDialog", "⚠ expires {when}")
        self.until = translate("QueueDialog", "until {date}")
        self._dates: dict[dt.date, str] = {}

    def date(self, day: dt.date) -> str:
        text = self._dates.get(day)
        if text is None:
            text = self._dates[day] = date_text(day)
        return text

    def line(self, n: int, q: queue.QueuedActivity) -> str:
        if q.status is Status.CREDIT_CLAIMED:
            when = self.claimed
        elif q.days_left < 0:
            when = self.expired.format(date=self.date(q.expiration_date))
        elif q.expires_soon:
            when = self.soon.format(when=days_words(q.days_left))
        else:
            when = self.until.format(date=self.date(q.expiration_date))
        return f"{n}. {q.title} — {format_minutes(q.estimated_minutes)}, {when}"


class QueueDialog(QDialog):
    def __init__(
        self,
        ctx: Context,
        learner_id: int,
        open_activity: Callable[[int], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.learner_id, self._open_activity = ctx, learner_id, open_activity
        self.setWindowTitle(translate("QueueDialog", "Queue"))
        self.setMinimumSize(560, 360)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("QueueDialog", "Queued activities, in order"))
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.up = QPushButton(translate("QueueDialog", "Move &up"))
        self.up.setToolTip("Alt+Up")
        self.up.clicked.connect(lambda: self.move(-1))
        self.down = QPushButton(translate("QueueDialog", "Move &down"))
        self.down.setToolTip("Alt+Down")
        self.down.clicked.connect(lambda: self.move(1))
        self.remove = QPushButton(translate("QueueDialog", "&Remove from queue"))
        self.remove.setToolTip(translate("QueueDialog", "Delete"))
        self.remove.clicked.connect(self.remove_selected)
        self.open_button = QPushButton(translate("QueueDialog", "&Open"))
        self.open_button.clicked.connect(self.open_selected)
        for keys, slot in (
            ("Alt+Up", lambda: self.move(-1)),
            ("Alt+Down", lambda: self.move(1)),
            (QKeySequence.StandardKey.Delete, self.remove_selected),
        ):
            QShortcut(QKeySequence(keys), self, slot)
        side = QVBoxLayout()
        for button in (self.open_button, self.up, self.down, self.remove):
            side.addWidget(button)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.list, 1)
        middle.addLayout(side)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(middle, 1)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        items = queue.queued(self.ctx, self.learner_id)
        self.list.clear()
        words = QueueWords()
        for n, q in enumerate(items, start=1):
            entry = QListWidgetItem(words.line(n, q))
            entry.setData(PACK, q.pack_id)
            entry.setToolTip(q.provider)
            self.list.addItem(entry)
        soon = sum(1 for q in items if q.expires_soon)
        if not items:
            self.intro.setText(
                translate(
                    "QueueDialog",
                    "Your queue is empty. Choose “Add to queue” on an activity's Overview to "
                    "line it up here.",
                )
            )
        else:
            text = (
                translate("QueueDialog", "1 activity lined up.")
                if len(items) == 1
                else translate("QueueDialog", "{count} activities lined up, in your order.").format(
                    count=len(items)
                )
            )
            if soon == 1:
                text += " " + translate("QueueDialog", "1 expires within 30 days.")
            elif soon:
                text += " " + translate("QueueDialog", "{count} expire within 30 days.").format(
                    count=soon
                )
            self.intro.setText(text)
        chosen = next(
            (i for i in range(self.list.count()) if self.list.item(i).data(PACK) == select), 0
        )
        if items:
            self.list.setCurrentRow(chosen)
        for button in (self.up, self.down, self.remove, self.open_button):
            button.setEnabled(bool(items))

    def texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _selected(self) -> int | None:
        item = self.list.currentItem()
        return item.data(PACK) if item else None

    def move(self, offset: int) -> None:
        pack_id = self._selected()
        if pack_id is None:
            return
        try:
            queue.move(self.ctx, self.learner_id, pack_id, offset)
        except UserError as exc:
            self.message.setText(error_text(exc))
            return
        self.reload(select=pack_id)

    def remove_selected(self) -> None:
        pack_id = self._selected()
        if pack_id is None:
            return
        row = self.list.currentRow()
        try:
            places.set_queued(self.ctx, self.learner_id, pack_id, False)
        except UserError as exc:
            self.message.setText(error_text(exc))
            return
        self.reload()
        if self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))

    def open_selected(self) -> None:
        pack_id = self._selected()
        if pack_id is not None:
            self.accept()
            self._open_activity(pack_id)


def open_dialog(
    parent: QWidget, ctx: Context, learner_id: int, open_activity: Callable[[int], None]
) -> QueueDialog:
    dialog = QueueDialog(ctx, learner_id, open_activity, parent)
    dialog.open()
    return dialog

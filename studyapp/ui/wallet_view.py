"""The CME wallet: each licence and certification with its cycle's progress, overall and
per topic, days left and what is missing; and every credit, from StudyApp or elsewhere."""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from studyapp.services import wallet
from studyapp.services.context import Context
from studyapp.services.wallet import Wallet, WalletEntry
from studyapp.ui.i18n import date_text, translate
from studyapp.ui.tasks import run_in_background
from studyapp.ui.wallet_actions import WalletActions
from studyapp.ui.wallet_tables import (
    counting_columns,
    credit_columns,
    fill,
    table,
    topic_columns,
)
from studyapp.ui.wallet_text import (
    check_text,
    credits,
    days_left,
    missing_text,
    recurrence_name,
    source_name,
    source_text,
    summary_line,
)

log = logging.getLogger(__name__)


class WalletView(QWidget, WalletActions):
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: Context | None = None
        self.learner_id: int | None = None
        self.current: Wallet = Wallet()
        self._asked = 0
        back = QPushButton(translate("Wallet", "← &Library"))
        back.clicked.connect(self.back_requested)
        heading = QLabel("<h2>{}</h2>".format(translate("Wallet", "CME wallet")))
        top = QHBoxLayout()
        top.addWidget(back)
        top.addWidget(heading, 1)

        self.credential_list = QListWidget()
        self.credential_list.setAccessibleName(translate("Wallet", "Licences and certifications"))
        self.credential_list.setWordWrap(True)
        self.credential_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.credential_list.currentRowChanged.connect(lambda _row: self._show_selected())
        self.credential_list.itemActivated.connect(lambda _item: self.edit_credential())
        self.add_licence = QPushButton(translate("Wallet", "Add &licence…"))
        self.add_board = QPushButton(translate("Wallet", "Add &board certification…"))
        self.edit = QPushButton(translate("Wallet", "&Edit…"))
        self.remove = QPushButton(translate("Wallet", "Re&move…"))
        self.next_cycle = QPushButton(translate("Wallet", "Start &next cycle"))
        self.audit = QPushButton(translate("Wallet", "Save &audit pack…"))
        self.add_licence.clicked.connect(lambda: self.add_credential("licence"))
        self.add_board.clicked.connect(lambda: self.add_credential("board"))
        self.edit.clicked.connect(self.edit_credential)
        self.remove.clicked.connect(self.remove_credential)
        self.next_cycle.clicked.connect(self.start_next_cycle)
        self.audit.clicked.connect(self.save_audit_pack)
        left = QVBoxLayout()
        left.addWidget(self.credential_list, 1)
        for button in (
            self.add_licence,
            self.add_board,
            self.edit,
            self.remove,
            self.next_cycle,
            self.audit,
        ):
            left.addWidget(button)

        self.empty = QLabel(
            translate(
                "Wallet",
                "Add your licences and board certifications to see what each renewal still "
                "needs. Credit from StudyApp counts by itself; add credit from elsewhere "
                "under All credit.",
            )
        )
        self.empty.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.detail.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.overall = QProgressBar()
        self.overall.setAccessibleName(translate("Wallet", "Credits toward the total"))
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.missing.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.topic_table = table(
            topic_columns(), translate("Wallet", "Topic requirements of this cycle")
        )
        self.counting_table = table(
            counting_columns(), translate("Wallet", "Credits that count toward this cycle")
        )
        right = QVBoxLayout()
        right.addWidget(self.empty)
        right.addWidget(self.detail)
        right.addWidget(self.overall)
        right.addWidget(self.missing)
        self.captions = (
            QLabel(translate("Wallet", "Topics:")),
            QLabel(translate("Wallet", "Credits that count toward this cycle:")),
        )
        right.addWidget(self.captions[0])
        right.addWidget(self.topic_table, 1)
        right.addWidget(self.captions[1])
        right.addWidget(self.counting_table, 2)
        licences_page = QWidget()
        columns = QHBoxLayout(licences_page)
        columns.addLayout(left, 1)
        columns.addLayout(right, 3)

        self.credit_table = table(credit_columns(), translate("Wallet", "All credit"))
        self.credit_table.itemActivated.connect(lambda _item: self.edit_credit())
        self.add_certificate = QPushButton(translate("Wallet", "Add outside &certificate…"))
        self.import_record = QPushButton(translate("Wallet", "&Import signed record…"))
        self.edit_outside = QPushButton(translate("Wallet", "Edi&t credit…"))
        self.remove_outside = QPushButton(translate("Wallet", "Remove c&redit…"))
        self.save_file = QPushButton(translate("Wallet", "&Save certificate file…"))
        self.add_certificate.clicked.connect(self.add_outside_certificate)
        self.import_record.clicked.connect(self.import_signed_record)
        self.edit_outside.clicked.connect(self.edit_credit)
        self.remove_outside.clicked.connect(self.remove_credit)
        self.save_file.clicked.connect(self.save_certificate_file)
        self.credit_table.itemSelectionChanged.connect(self._credit_buttons)
        credit_buttons = QHBoxLayout()
        for button in (
            self.add_certificate,
            self.import_record,
            self.edit_outside,
            self.remove_outside,
            self.save_file,
        ):
            credit_buttons.addWidget(button)
        credit_buttons.addStretch(1)
        self.credit_note = QLabel(
            translate(
                "Wallet",
                "Credit from StudyApp is listed as it is claimed. Sample credit never counts "
                "toward a licence.",
            )
        )
        self.credit_note.setWordWrap(True)
        credits_page = QWidget()
        credits_column = QVBoxLayout(credits_page)
        credits_column.addWidget(self.credit_note)
        credits_column.addWidget(self.credit_table, 1)
        credits_column.addLayout(credit_buttons)

        self.tabs = QTabWidget()
        self.tabs.addTab(licences_page, translate("Wallet", "Licences and certificati&ons"))
        self.tabs.addTab(credits_page, translate("Wallet", "All cre&dit"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        # Delete removes (after asking), Enter edits, as in the queue.
        for widget, act in (
            (self.credential_list, self.remove_credential),
            (self.credit_table, self.remove_credit),
        ):
            shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), widget)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(act)
        self._show_selected()
        self._credit_buttons()

    # Loading ----------------------------------------------------------------------

    def show_learner(self, ctx: Context, learner_id: int) -> None:
        self.ctx, self.learner_id = ctx, learner_id
        writable = not ctx.read_only
        for button in (self.add_licence, self.add_board, self.add_certificate, self.import_record):
            button.setEnabled(writable)
        self.reload()

    def reload(self) -> None:
        """Read the wallet off the UI thread (it reads the whole history); the latest
        request wins."""
        if self.ctx is None or self.learner_id is None:
            return
        self._asked += 1
        asked, ctx, learner_id = self._asked, self.ctx, self.learner_id

        def shown(found: Wallet) -> None:
            if asked == self._asked and self.ctx is ctx and self.learner_id == learner_id:
                self.show_wallet(found)

        run_in_background(
            wallet.wallet,
            (ctx, learner_id),
            on_success=shown,
            on_failure=lambda exc: self.report(
                translate("Wallet", "The wallet could not be read: {error}").format(error=exc),
                False,
            ),
        )

    def show_wallet(self, found: Wallet) -> None:
        selected = self.selected_entry()
        keep = selected.credential.id if selected else None
        self.current = found
        self.credential_list.clear()
        for entry in found.entries:
            item = QListWidgetItem(summary_line(entry))
            item.setData(Qt.ItemDataRole.UserRole, entry.credential.id)
            self.credential_list.addItem(item)
        ids = [e.credential.id for e in found.entries]
        if ids:
            self.credential_list.setCurrentRow(ids.index(keep) if keep in ids else 0)
        self._show_selected()
        self._show_credits()

    def selected_entry(self) -> WalletEntry | None:
        item = self.credential_list.currentItem()
        if item is None:
            return None
        wanted = item.data(Qt.ItemDataRole.UserRole)
        return next((e for e in self.current.entries if e.credential.id == wanted), None)

    def _show_selected(self) -> None:
        entry = self.selected_entry()
        has = entry is not None
        for widget in (
            self.detail,
            self.overall,
            self.missing,
            self.topic_table,
            self.counting_table,
            *self.captions,
        ):
            widget.setVisible(has)
        writable = self.ctx is not None and not self.ctx.read_only
        for button in (self.edit, self.remove, self.next_cycle):
            button.setEnabled(has and writable)
        self.audit.setEnabled(has)
        self.empty.setVisible(not self.current.entries)
        if entry is None:
            return
        view, prog = entry.credential, entry.progress
        d = view.data
        number = f" · {html.escape(d.number)}" if d.number else ""
        self.detail.setText(
            f"<h3>{html.escape(view.name)}{number}</h3>"
            + translate("Wallet", "Cycle {start} to {end}: <b>{left}</b>.").format(
                start=date_text(view.cycle.start),
                end=date_text(view.cycle.end),
                left=days_left(prog.days_left),
            )
            + "<br>"
            + translate("Wallet", "Requirements: {source}").format(
                source=source_text(d.requirements_source)
            )
        )
        total = view.requirements.total_quarters
        self.overall.setRange(0, max(total, 1))
        self.overall.setValue(min(prog.earned_quarters, max(total, 1)))
        self.overall.setFormat(
            translate("Wallet", "{earned} of {total} credits").format(
                earned=credits(prog.earned_quarters), total=credits(total)
            )
        )
        self.overall.setAccessibleDescription(self.overall.format())
        self.missing.setText(("⚠ " if prog.alert else "") + missing_text(entry))
        rows = []
        for t in prog.topics:
            status = (
                translate("Wallet", "Not due this cycle")
                if not t.applies
                else (
                    translate("Wallet", "✓ Met")
                    if t.met
                    else translate("Wallet", "{hours} h missing").format(
                        hours=credits(t.missing_quarters)
                    )
                )
            )
            rows.append(
                [
                    t.rule.topic,
                    recurrence_name(t.rule.recurrence),
                    credits(t.rule.quarters),
                    credits(t.earned_quarters),
                    status,
                ]
            )
        fill(self.topic_table, rows)
        topic_of = {t.rule.topic: set(t.counted) for t in prog.topics}
        counting = []
        for c in sorted(
            (c for c in self.current.credits if c.credit.key in prog.counting_keys),
            key=lambda c: c.credit.earned_on,
            reverse=True,
        ):
            toward = ([translate("Wallet", "total")] if c.credit.key in prog.counted else []) + [
                topic for topic, keys in topic_of.items() if c.credit.key in keys
            ]
            counting.append(
                [
                    c.credit.earned_on.isoformat(),
                    c.credit.title,
                    credits(c.credit.quarters),
                    ", ".join(toward),
                    source_name(c.source),
                ]
            )
        fill(self.counting_table, counting)

    def _show_credits(self) -> None:
        rows, keys = [], []
        for c in self.current.credits:
            sample = translate("Wallet", " (sample, never counts)") if c.credit.is_sample else ""
            rows.append(
                [
                    c.credit.earned_on.isoformat(),
                    c.credit.title + sample,
                    c.provider,
                    credits(c.credit.quarters),
                    c.credit.credit_type,
                    "; ".join(sorted(c.credit.topics)),
                    source_name(c.source),
                    check_text(c),
                ]
            )
            keys.append(c.credit.key)
        fill(self.credit_table, rows, keys)
        self._credit_buttons()

    def selected_credit(self) -> wallet.WalletCredit | None:
        row = self.credit_table.currentRow()
        item = self.credit_table.item(row, 0) if row >= 0 else None
        return None if item is None else self.current.credit(item.data(Qt.ItemDataRole.UserRole))

    def _credit_buttons(self) -> None:
        chosen = self.selected_credit()
        outside = chosen is not None and chosen.outside_id is not None
        writable = self.ctx is not None and not self.ctx.read_only
        self.edit_outside.setEnabled(outside and writable)
        self.remove_outside.setEnabled(outside and writable)
        self.save_file.setEnabled(outside and bool(chosen and chosen.has_file))

    def report(self, text: str, ok: bool = True) -> None:
        from studyapp.ui import theme

        self.status.setText(text)
        self.status.setStyleSheet("" if ok else theme.problem_style())

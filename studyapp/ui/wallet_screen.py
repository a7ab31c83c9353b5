"""The wallet as a screen of the main window: opened from View > CME wallet, refreshed
when anything it counts changes, and its renewal alerts shown when a profile opens. A
part of the main window, kept apart by its job."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QStackedWidget

if TYPE_CHECKING:
    from studyapp.services.changes import Changed
    from studyapp.services.context import Context
    from studyapp.services.learners import LearnerView
    from studyapp.services.wallet import WalletEntry
    from studyapp.ui.toast import Toaster
    from studyapp.ui.wallet_view import WalletView

log = logging.getLogger(__name__)


class WalletScreen:
    """Mixed into MainWindow, which provides what is declared here."""

    if TYPE_CHECKING:
        ctx: Context | None
        learner: LearnerView | None
        stack: QStackedWidget
        toaster: Toaster

        def show_library(self) -> None: ...
        def _close_activity(self, forget: bool) -> None: ...

    _wallet: WalletView | None = None

    @property
    def wallet_view(self) -> WalletView:
        if self._wallet is None:
            from studyapp.ui.wallet_view import WalletView

            self._wallet = WalletView()
            self._wallet.back_requested.connect(self.show_library)
            self.stack.addWidget(self._wallet)
        return self._wallet

    def show_wallet(self) -> None:
        if self.ctx is None or self.learner is None:
            return
        self._close_activity(forget=False)
        self.wallet_view.show_learner(self.ctx, self.learner.id)
        self.stack.setCurrentWidget(self.wallet_view)
        self.wallet_view.credential_list.setFocus()

    def wallet_changed(self, changed: Changed) -> None:
        from studyapp.services.changes import Change

        if changed.what in (Change.TIME, Change.QUEUE):
            return
        if self._wallet is not None and self.stack.currentWidget() is self._wallet:
            self._wallet.reload()

    def show_wallet_alerts(self, learner_id: int) -> None:
        """Renewal alerts due (90 and 30 days before a cycle ends unmet, and at its end),
        each shown once; worked out off the UI thread."""
        from studyapp.services import wallet
        from studyapp.ui.tasks import run_in_background

        ctx = self.ctx
        if ctx is None or ctx.read_only:
            return

        def show(entries: list[WalletEntry]) -> None:
            if self.ctx is not ctx or self.learner is None or self.learner.id != learner_id:
                return
            if not entries:
                return
            from studyapp.ui.wallet_text import alert_text  # only when there is one to say

            for entry in entries:
                self.toaster.show(alert_text(entry), ok=False)

        run_in_background(
            wallet.alerts_to_show,
            (ctx, learner_id),
            on_success=show,
            on_failure=lambda exc: log.warning("Renewal alerts could not be worked out: %s", exc),
        )

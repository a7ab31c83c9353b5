"""What the File menu does with learner profiles: the first profile, switching, editing,
protecting, locking and unlocking. A part of the main window, kept apart by its job."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QInputDialog, QStatusBar

from studyapp.services.errors import UserError
from studyapp.ui.i18n import translate

if TYPE_CHECKING:
    from studyapp.services.context import Context
    from studyapp.services.learners import LearnerView
    from studyapp.ui.profile_dialog import ProfileDialog
    from studyapp.ui.session import Session


class ProfileActions:
    """Mixed into MainWindow, which provides what is declared here."""

    session: Session
    profile_dialog: ProfileDialog | None
    unlock_dialog: QDialog | None
    protect_dialog: QDialog | None
    _open_when_ready: int | None

    if TYPE_CHECKING:  # provided by MainWindow and QMainWindow; declared for the checker
        ctx: Context | None
        learner: LearnerView | None

        def statusBar(self) -> QStatusBar: ...
        def setWindowTitle(self, title: str) -> None: ...
        def refresh_library(self, background: bool = True) -> None: ...
        def show_library(self) -> None: ...
        def show_wallet_alerts(self, learner_id: int) -> None: ...
        def open_activity(self, pack_id: int, resumed: bool = False) -> None: ...

    def ask_first_profile(self) -> ProfileDialog:
        """Window-modal, so the library stays visible behind it and nothing blocks."""
        from studyapp.ui.profile_dialog import ProfileDialog

        assert self.ctx is not None
        dialog = ProfileDialog(self.ctx, parent=self)  # type: ignore[arg-type]
        dialog.setWindowTitle(
            translate("ProfileActions", "Welcome to StudyApp: create your learner profile")
        )
        dialog.accepted.connect(lambda: self.set_learner(dialog.learner))
        self.profile_dialog = dialog
        dialog.open()
        return dialog

    def reopen_last_activity(self) -> None:
        from studyapp.services import places

        if self.ctx is None or self.learner is None:
            return
        last = places.last_activity(self.ctx, self.learner.id)
        if last is None:
            return
        try:
            self.open_activity(last, resumed=True)
        except UserError:
            places.close_activity(self.ctx, self.learner.id)

    def set_learner(self, learner: LearnerView | None) -> None:
        from studyapp.services import learners, protection

        if (
            learner is not None
            and self.ctx is not None
            and not protection.is_unlocked(self.ctx, learner.id)
        ):
            self.session.set_learner(None)
            self.refresh_library()
            self.statusBar().showMessage(
                translate("MainWindow", "{name} is locked.").format(name=learner.display_name)
            )
            self.ask_unlock(learner)
            return
        self.session.set_learner(learner)
        self.setWindowTitle(self.title_for(learner))
        if learner is None:
            self.statusBar().showMessage(
                translate("MainWindow", "No learner profile: use File > New profile to start.")
            )
        else:
            if self.ctx is not None:
                learners.remember(self.ctx, learner.id)
            self.statusBar().showMessage(
                translate("MainWindow", "Learner: {name}").format(name=learner.display_name)
            )
            self.show_wallet_alerts(learner.id)
        self.refresh_library()
        if (
            learner is not None
            and self.ctx is not None
            and self.ctx.institution.require_passphrase
            and not protection.is_protected(self.ctx, learner.id)
        ):
            self.require_protection(learner)

    def title_for(self, learner: LearnerView | None) -> str:
        parts = ["StudyApp"]
        if learner is not None:
            parts.append(learner.display_name)
        if self.ctx is not None and self.ctx.institution.name:
            parts.append(self.ctx.institution.name)
        return " — ".join(parts)

    def require_protection(self, learner: LearnerView) -> None:
        """A profile made before the institution required passphrases gets one now, or
        stays closed."""
        from studyapp.ui.passphrase_dialogs import protect

        assert self.ctx is not None
        dialog = protect(self, self.ctx, learner)
        dialog.setWindowTitle(translate("ProfileActions", "Your institution requires a passphrase"))

        def refused() -> None:
            self.session.set_learner(None)
            self.setWindowTitle(self.title_for(None))
            self.refresh_library()
            self.statusBar().showMessage(
                translate(
                    "ProfileActions",
                    "{display_name} needs a passphrase before it can be used here: choose the "
                    "profile again to set one.",
                ).format(display_name=learner.display_name)
            )

        dialog.rejected.connect(refused)
        self.protect_dialog = dialog

    def ask_unlock(self, learner: LearnerView) -> None:
        from studyapp.ui.passphrase_dialogs import ask_unlock

        assert self.ctx is not None

        def unlocked() -> None:
            self.set_learner(learner)
            self.reopen_last_activity()

        self.unlock_dialog = ask_unlock(self, self.ctx, learner, unlocked)

    def protect_profile(self) -> None:
        from studyapp.ui.passphrase_dialogs import protect

        if self.ctx is None or self.learner is None:
            return
        dialog = protect(self, self.ctx, self.learner)
        dialog.accepted.connect(
            lambda: self.statusBar().showMessage(
                translate("ProfileActions", "This profile is now protected."), 5000
            )
        )
        self.protect_dialog = dialog

    def lock_profile(self) -> None:
        from studyapp.services import protection

        if self.ctx is None or self.learner is None:
            return
        learner = self.learner
        self.show_library()
        protection.lock_all(self.ctx)
        self.set_learner(learner)

    def new_profile(self) -> None:
        from studyapp.ui.profile_dialog import ProfileDialog

        if self.ctx is None:
            return
        dialog = ProfileDialog(self.ctx, parent=self)  # type: ignore[arg-type]
        if dialog.exec() and dialog.learner:
            self.show_library()
            self.set_learner(dialog.learner)

    def edit_profile(self) -> None:
        from studyapp.ui.profile_dialog import ProfileDialog

        if self.ctx is None or self.learner is None:
            return
        dialog = ProfileDialog(self.ctx, self.learner, parent=self)  # type: ignore[arg-type]
        if dialog.exec() and dialog.learner:
            self.set_learner(dialog.learner)

    def _choose_learner(self) -> LearnerView | None:
        from studyapp.services import learners

        assert self.ctx is not None
        everyone = learners.list_learners(self.ctx)
        names = [p.display_name for p in everyone]
        name, ok = QInputDialog.getItem(
            self,
            translate("ProfileActions", "Switch profile"),
            translate("ProfileActions", "Who is studying?"),
            names,
            0,
            False,
        )
        if not ok:
            return None
        return everyone[names.index(name)]

    def switch_profile(self) -> None:
        if self.ctx is None:
            return
        chosen = self._choose_learner()
        if chosen is not None:
            self.show_library()
            self.set_learner(chosen)

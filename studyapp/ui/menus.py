"""The main window's menus, their shortcuts and accelerators, in the learner's language,
and View > Language. A part of the main window, kept apart by its job."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from studyapp.ui import help_actions, i18n
from studyapp.ui.i18n import translate

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QMenuBar

    from studyapp.services.context import Context

Key = QKeySequence.StandardKey


def _action(window: QObject, menu: QMenu, text: str, slot, shortcut=None) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(slot)
    menu.addAction(action)
    return action


class Menus:
    """Mixed into MainWindow, which provides what is declared here."""

    if TYPE_CHECKING:  # provided by MainWindow and QMainWindow; declared for the checker
        ctx: Context | None
        log_file: Path | None
        import_action: QAction
        write_actions: list[QAction]
        high_contrast_action: QAction
        language_menu: QMenu

        def menuBar(self) -> QMenuBar: ...
        def close(self) -> bool: ...
        def import_pack(self) -> None: ...
        def import_questions(self) -> None: ...
        def export_records(self) -> None: ...
        def new_profile(self) -> None: ...
        def switch_profile(self) -> None: ...
        def edit_profile(self) -> None: ...
        def protect_profile(self) -> None: ...
        def lock_profile(self) -> None: ...
        def restore_backup(self) -> None: ...
        def check_record(self) -> None: ...
        def show_library(self) -> None: ...
        def show_history(self) -> None: ...
        def spaced_review(self) -> None: ...
        def show_queue(self) -> None: ...
        def show_wallet(self) -> None: ...
        def zoom_in(self) -> None: ...
        def zoom_out(self) -> None: ...
        def zoom_reset(self) -> None: ...
        def toggle_high_contrast(self) -> None: ...

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(translate("MainWindow", "&File"))
        add = lambda text, slot, key=None: _action(self, file_menu, text, slot, key)  # noqa: E731
        self.import_action = add(
            translate("MainWindow", "&Import pack…"), self.import_pack, "Ctrl+I"
        )
        add(translate("MainWindow", "Import q&uestions into a pack…"), self.import_questions)
        add(translate("MainWindow", "E&xport records…"), self.export_records, "Ctrl+E")
        file_menu.addSeparator()
        new_profile = add(translate("MainWindow", "&New profile…"), self.new_profile, "Ctrl+N")
        add(translate("MainWindow", "&Switch profile…"), self.switch_profile, "Ctrl+Shift+P")
        edit = add(translate("MainWindow", "&Edit profile…"), self.edit_profile)
        protect = add(
            translate("MainWindow", "&Protect profile with a passphrase…"), self.protect_profile
        )
        add(translate("MainWindow", "&Lock profile"), self.lock_profile, "Ctrl+Shift+L")
        file_menu.addSeparator()
        restore = add(translate("MainWindow", "&Restore from backup…"), self.restore_backup)
        # What writes to the data folder: switched off when it is read-only.
        self.write_actions = [self.import_action, new_profile, edit, protect, restore]
        add(translate("MainWindow", "&Check a completion record…"), self.check_record)
        file_menu.addSeparator()
        add(translate("MainWindow", "&Quit"), self.close, Key.Quit)

        view = bar.addMenu(translate("MainWindow", "&View"))
        see = lambda text, slot, key=None: _action(self, view, text, slot, key)  # noqa: E731
        see(translate("MainWindow", "&Library"), self.show_library, "Ctrl+L")
        see(translate("MainWindow", "CME &history"), self.show_history, "Ctrl+H")
        see(translate("MainWindow", "Spaced &review…"), self.spaced_review, "Ctrl+R")
        see(translate("MainWindow", "&Queue…"), self.show_queue, "Ctrl+U")
        see(translate("MainWindow", "CME &wallet"), self.show_wallet, "Ctrl+Shift+W")
        view.addSeparator()
        zoom_in = see(translate("MainWindow", "Zoom &in"), self.zoom_in, Key.ZoomIn)
        zoom_in.setShortcuts([QKeySequence(Key.ZoomIn), QKeySequence("Ctrl+=")])
        see(translate("MainWindow", "Zoom &out"), self.zoom_out, Key.ZoomOut)
        see(translate("MainWindow", "&Actual size"), self.zoom_reset, "Ctrl+0")
        self.high_contrast_action = see(
            translate("MainWindow", "High &contrast"), self.toggle_high_contrast, "Ctrl+Alt+C"
        )
        self.high_contrast_action.setCheckable(True)
        self.language_menu = self._language_menu(view)

        help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        _action(
            self,
            help_menu,
            translate("MainWindow", "Open &log folder"),
            lambda: help_actions.open_logs(self.log_file),
        )
        _action(
            self,
            help_menu,
            translate("MainWindow", "&About StudyApp"),
            lambda: help_actions.about(self),
        )
        bar.setEnabled(False)

    def _language_menu(self, view: QMenu) -> QMenu:
        """System default, then each language by its own name; the choice applies from the
        next start (the screens are built in one language)."""
        menu = view.addMenu(translate("MainWindow", "Lan&guage"))
        group = QActionGroup(menu)
        choices = [(i18n.SYSTEM, translate("MainWindow", "&System default"))]
        choices += [(code, name) for code, name in i18n.LANGUAGES.items()]
        for code, text in choices:
            action = QAction(text, menu, checkable=True)
            action.setData(code)
            group.addAction(action)
            menu.addAction(action)
            action.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
        return menu

    def show_language_choice(self, choice: str) -> None:
        for action in self.language_menu.actions():
            action.setChecked(action.data() == choice)

    def choose_language(self, choice: str) -> None:
        from studyapp.ui.toast import notify

        if self.ctx is None:
            return
        try:
            i18n.save_choice(self.ctx.paths.root, choice)
        except OSError as exc:
            notify(
                self,
                translate("MainWindow", "The language could not be saved: {error}.").format(
                    error=exc.strerror or exc
                ),
                False,
            )
            return
        self.show_language_choice(choice)
        name = i18n.LANGUAGES.get(i18n.chosen(choice), "English")
        notify(
            self,
            translate("MainWindow", "StudyApp will be in {language} from its next start.").format(
                language=name
            ),
        )

"""The main window's menus, their shortcuts and accelerators, in the learner's language,
and View > Language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from studyapp.ui import help_actions, i18n
from studyapp.ui.i18n import translate

if TYPE_CHECKING:
    from studyapp.ui.main_window import MainWindow

Key = QKeySequence.StandardKey


def _action(window: MainWindow, menu: QMenu, text: str, slot, shortcut=None) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(slot)
    menu.addAction(action)
    return action


def build(w: MainWindow) -> None:
    bar = w.menuBar()
    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    add = lambda text, slot, key=None: _action(w, file_menu, text, slot, key)  # noqa: E731
    w.import_action = add(translate("MainWindow", "&Import pack…"), w.import_pack, "Ctrl+I")
    add(translate("MainWindow", "Import q&uestions into a pack…"), w.import_questions)
    add(translate("MainWindow", "E&xport records…"), w.export_records, "Ctrl+E")
    file_menu.addSeparator()
    new_profile = add(translate("MainWindow", "&New profile…"), w.new_profile, "Ctrl+N")
    add(translate("MainWindow", "&Switch profile…"), w.switch_profile, "Ctrl+Shift+P")
    edit = add(translate("MainWindow", "&Edit profile…"), w.edit_profile)
    protect = add(translate("MainWindow", "&Protect profile with a passphrase…"), w.protect_profile)
    add(translate("MainWindow", "&Lock profile"), w.lock_profile, "Ctrl+Shift+L")
    file_menu.addSeparator()
    restore = add(translate("MainWindow", "&Restore from backup…"), w.restore_backup)
    # What writes to the data folder: switched off when it is read-only.
    w.write_actions = [w.import_action, new_profile, edit, protect, restore]
    add(translate("MainWindow", "&Check a completion record…"), w.check_record)
    file_menu.addSeparator()
    add(translate("MainWindow", "&Quit"), w.close, Key.Quit)

    view = bar.addMenu(translate("MainWindow", "&View"))
    see = lambda text, slot, key=None: _action(w, view, text, slot, key)  # noqa: E731
    see(translate("MainWindow", "&Library"), w.show_library, "Ctrl+L")
    see(translate("MainWindow", "CME &history"), w.show_history, "Ctrl+H")
    see(translate("MainWindow", "Spaced &review…"), w.spaced_review, "Ctrl+R")
    see(translate("MainWindow", "&Queue…"), w.show_queue, "Ctrl+U")
    see(translate("MainWindow", "CME &wallet"), w.show_wallet, "Ctrl+Shift+W")
    view.addSeparator()
    zoom_in = see(translate("MainWindow", "Zoom &in"), w.zoom_in, Key.ZoomIn)
    zoom_in.setShortcuts([QKeySequence(Key.ZoomIn), QKeySequence("Ctrl+=")])
    see(translate("MainWindow", "Zoom &out"), w.zoom_out, Key.ZoomOut)
    see(translate("MainWindow", "&Actual size"), w.zoom_reset, "Ctrl+0")
    w.high_contrast_action = see(
        translate("MainWindow", "High &contrast"), w.toggle_high_contrast, "Ctrl+Alt+C"
    )
    w.high_contrast_action.setCheckable(True)
    w.language_menu = language_menu(w, view)

    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    _action(
        w,
        help_menu,
        translate("MainWindow", "Open &log folder"),
        lambda: help_actions.open_logs(w.log_file),
    )
    _action(w, help_menu, translate("MainWindow", "&About StudyApp"), lambda: help_actions.about(w))
    bar.setEnabled(False)


def language_menu(w: MainWindow, view: QMenu) -> QMenu:
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
        action.triggered.connect(lambda _checked=False, c=code: choose_language(w, c))
    return menu


def show_language_choice(w: MainWindow, choice: str) -> None:
    for action in w.language_menu.actions():
        action.setChecked(action.data() == choice)


def choose_language(w: MainWindow, choice: str) -> None:
    from studyapp.ui.toast import notify

    if w.ctx is None:
        return
    try:
        i18n.save_choice(w.ctx.paths.root, choice)
    except OSError as exc:
        notify(
            w,
            translate("MainWindow", "The language could not be saved: {error}.").format(
                error=exc.strerror or exc
            ),
            False,
        )
        return
    show_language_choice(w, choice)
    name = i18n.LANGUAGES.get(i18n.chosen(choice), "English")
    notify(
        w,
        translate("MainWindow", "StudyApp will be in {language} from its next start.").format(
            language=name
        ),
    )

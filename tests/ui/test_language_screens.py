"""Every screen and dialog in Spanish: nothing of the app's own is left in English.

The learner works through a whole activity in Spanish (each step before and after it is
done), then opens the CME history, the queue, spaced review and every dialog. On each, all
the words the app shows (labels, buttons and their tips, group and window titles, field
hints, list and table headers, tab names, accessible names and descriptions) are read, the
activity's own content and the learner's data are taken out, and what is left must hold
neither a sentence of the English catalogue nor common English words. Activity content is
English on purpose: a pack is shown as written."""

from __future__ import annotations

import dataclasses
import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from studyapp.core.activity import TestKind
from studyapp.paths import DataPaths
from studyapp.services import credit, library
from studyapp.ui import i18n
from tests.services.test_study_flow import complete
from tests.ui.helpers import close_window, fill_profile, open_window, save_profile

pytestmark = pytest.mark.gui
TS = Path(__file__).resolve().parents[2] / "translations" / "studyapp_es.ts"

# Frequent English words that are not also Spanish words: any of them left on a screen,
# once the content is taken out, is a string that was never translated.
ENGLISH = {
    "the", "your", "you", "and", "of", "this", "that", "with", "from", "is", "are", "be",
    "has", "have", "was", "will", "can", "cannot", "could", "here", "what", "which", "when",
    "until", "already", "answer", "question", "questions", "record", "records", "saved",
    "save", "open", "choose", "enter", "add", "remove", "check", "submit", "show", "only",
    "each", "every", "before", "after", "next", "back", "not", "yet", "been", "it", "its",
    "by", "on", "in", "at", "or", "as", "an", "if", "into", "test", "step", "locked",
    "done", "credit", "certificate", "library", "history", "queue", "wallet", "activity",
}  # fmt: skip


@pytest.fixture
def spanish(qapp) -> Iterator[None]:
    assert i18n.install("es") == "es"
    yield
    i18n.install("en")


def english_sentences() -> list[str]:
    """The literal runs of the catalogue's English (between placeholders, without tags),
    long enough to be a phrase, for every string whose Spanish differs."""
    runs: set[str] = set()
    for context in ET.parse(TS).getroot():
        for message in context.findall("message"):
            source = message.findtext("source") or ""
            if source == (message.findtext("translation") or ""):
                continue
            plain = html.unescape(re.sub(r"<[^>]+>", " ", source)).replace("&", "")
            for run in re.split(r"\{[^}]*\}|\n", plain):
                run = " ".join(run.split()).strip(" .,:;()")
                if len(run.split()) >= 3:
                    runs.add(run)
    return sorted(runs, key=len, reverse=True)


def content_strings(*objects: object) -> set[str]:
    """Every text inside an activity (or any dataclass): what the pack says, as written."""
    found: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            if len(value.strip()) > 1:
                found.add(value.strip())
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            for f in dataclasses.fields(value):
                walk(getattr(value, f.name))
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list | tuple | set | frozenset):
            for v in value:
                walk(v)

    for thing in objects:
        walk(thing)
    return found


def texts_of(root: QWidget, skip: tuple[QWidget, ...] = ()) -> list[str]:
    """What the app itself says on a screen or dialog: every visible piece of text."""
    texts = [root.windowTitle()] if isinstance(root, QDialog) else []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if any(widget is s or s.isAncestorOf(widget) for s in skip):
            continue
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        texts += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            texts += [
                str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(model.columnCount())
            ]
            for r in range(model.rowCount()):
                texts += [str(model.index(r, c).data() or "") for c in range(model.columnCount())]
    return [t for t in texts if t and t.strip()]


class Screens:
    """Collects what is left in English across the screens a test walks through."""

    def __init__(self, data: set[str]) -> None:
        # Longest first, so a title is taken out before a word inside it.
        self.data = sorted(data, key=len, reverse=True)
        self.sentences = english_sentences()
        self.left: dict[str, str] = {}

    def check(self, where: str, root: QWidget, skip: tuple[QWidget, ...] = ()) -> None:
        for raw in texts_of(root, skip):
            plain = html.unescape(re.sub(r"<[^>]+>", " ", raw))
            rest = plain
            for piece in self.data:
                if piece in rest:
                    rest = rest.replace(piece, " ")
            rest = " ".join(rest.replace("&", "").split())
            sentence = next((s for s in self.sentences if s in rest), None)
            words = {w.lower() for w in re.findall(r"[^\W\d_]+", rest)} & ENGLISH
            if sentence or words:
                self.left.setdefault(plain.strip(), f"{where}: {sentence or sorted(words)}")


def _start(qtbot: QtBot, paths: DataPaths):
    window = open_window(qtbot, paths)
    fill_profile(qtbot, window.profile_dialog, "Maria Lopez", "MD", "Rheumatology", "m@x.org")
    save_profile(qtbot, window.profile_dialog)
    qtbot.waitUntil(lambda: len(window.library.row_texts()) == 2)
    rows = window.library.row_texts()
    pack_id = window.library.pack_id_at(
        next(i for i, r in enumerate(rows) if r[0].startswith("Treating"))
    )
    return window, pack_id


def _walk_steps(qtbot: QtBot, window, screens: Screens, when: str) -> None:
    view = window.activity_view
    for step in range(6):
        qtbot.keyClick(view, Qt.Key(Qt.Key.Key_1 + step), Qt.KeyboardModifier.ControlModifier)
        qtbot.wait(30)
        page = view.tabs.currentWidget()
        # The Overview and the Reading are the pack's own text, shown as written.
        skip = tuple(
            w for w in (getattr(view.overview, "view", None), view.reading.view)
            if w is not None and page.isAncestorOf(w)
        )  # fmt: skip
        screens.check(f"{when}, step {step + 1}", view, skip)


def test_every_screen_and_dialog_speaks_spanish(qtbot: QtBot, paths: DataPaths, spanish) -> None:
    from studyapp.core.requirements import CredentialKind
    from studyapp.ui.credential_dialog import CredentialDialog
    from studyapp.ui.export_dialog import ExportDialog
    from studyapp.ui.outside_credit_dialog import OutsideCreditDialog
    from studyapp.ui.passphrase_dialogs import ProtectDialog
    from studyapp.ui.profile_dialog import ProfileDialog
    from studyapp.ui.qti_dialog import QtiDialog
    from studyapp.ui.queue_dialog import QueueDialog
    from studyapp.ui.restore_dialog import RestoreDialog
    from studyapp.ui.review_dialog import ReviewDialog

    window, pack_id = _start(qtbot, paths)
    ctx, learner = window.ctx, window.learner
    activity = library.activity(ctx, pack_id)
    screens = Screens(
        content_strings(activity, learner)
        | {str(paths.root), "StudyApp", *i18n.LANGUAGES.values(), "EMC", "activity.toml"}
        # A credit type named as an example: a designation, the same in every language.
        | {"AMA PRA Category 1 Credit™"}
    )

    window.open_activity(pack_id)
    _walk_steps(qtbot, window, screens, "new")
    overview = window.activity_view.overview.view.toPlainText()
    assert "Justificación de la necesidad" in overview and "Statement of need" not in overview
    assert "Proveedor: " in overview

    # The whole journey done, credit claimed: every step shows its finished state.
    complete(ctx, learner.id, pack_id)
    credit.claim(ctx, learner.id, pack_id, Decimal("0.25"), 30, True)
    window.show_library()
    window.open_activity(pack_id)
    _walk_steps(qtbot, window, screens, "claimed")
    assert window.activity_view.pretest.submit_button.isHidden()

    window.show_library()
    window.show_history()
    qtbot.waitUntil(lambda: window.history.model.rowCount() == 1)
    screens.check("history", window.history)

    dialogs = {
        "profile": ProfileDialog(ctx, learner, window),
        "new profile": ProfileDialog(ctx, None, window),
        "export": ExportDialog(ctx, window),
        "licence": CredentialDialog(ctx, learner.id, CredentialKind.LICENCE, None, window),
        "board": CredentialDialog(ctx, learner.id, CredentialKind.BOARD, None, window),
        "outside credit": OutsideCreditDialog(ctx, learner.id, parent=window),
        "passphrase": ProtectDialog(ctx, learner, window),
        "queue": QueueDialog(ctx, learner.id, lambda _p: None, window),
        "review": ReviewDialog(ctx, learner.id, window),
        "restore": RestoreDialog(paths, window),
        "questions": QtiDialog(window),
    }
    for where, dialog in dialogs.items():
        dialog.show()
        qtbot.waitExposed(dialog)
        screens.check(where, dialog)
        dialog.close()

    assert screens.left == {}, "\n".join(f"{k!r}: {v}" for k, v in screens.left.items())
    close_window(window)


def test_a_service_refusal_reaches_the_learner_in_spanish(
    qtbot: QtBot, paths: DataPaths, spanish
) -> None:
    """Sentences made below the UI come translated, with the same parameters filled in:
    here the profile's problems, typed into the real dialog, and a claim's refusal."""
    from studyapp.core.message import Message
    from studyapp.services.errors import UserError
    from studyapp.ui.profile_dialog import ProfileDialog
    from studyapp.ui.reasons import error_text, say
    from tests.ui.helpers import click

    window, pack_id = _start(qtbot, paths)
    dialog = ProfileDialog(window.ctx, window.learner, window)
    dialog.show()
    dialog.email.clear()
    qtbot.keyClicks(dialog.email, "not an address")
    dialog.full_name.clear()
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert dialog.isVisible()  # refused: nothing saved
    assert dialog.errors["email"].text() == (
        "Escriba una dirección de correo como nombre@example.org."
    )
    assert dialog.errors["full_name"].text() == (
        "Escriba su nombre completo tal como debe aparecer en los certificados."
    )
    dialog.close()
    assert window.learner.email == "m@x.org"

    with pytest.raises(UserError) as caught:
        credit.claim(window.ctx, window.learner.id, pack_id, Decimal("0.25"), 30, False)
    assert str(caught.value).startswith("Tick the box")  # English below, for logs and CLI
    assert error_text(caught.value) == (
        "Marque la casilla para declarar que el tiempo y el crédito que solicita son exactos."
    )
    told = Message("{count} minutes", count=3)
    assert say(told) == "3 minutos" and told == "3 minutes"
    assert say(TestKind.POST.label) == "Prueba posterior"
    close_window(window)

"""The app in Spanish: the language follows the system or the learner's choice, the screens
read in Spanish with dates and numbers in its form, and no string of the app's own is left
in English on the library screen. Activity content stays as written."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QMenu, QPushButton
from pytestqt.qtbot import QtBot

from studyapp.paths import DataPaths
from studyapp.ui import i18n
from tests.ui.helpers import (
    close_window,
    fill_profile,
    menu_action,
    open_window,
    save_profile,
)

pytestmark = pytest.mark.gui
TS = Path(__file__).resolve().parents[2] / "translations" / "studyapp_es.ts"


def catalogue() -> list[tuple[str, str]]:
    """(English source, Spanish translation) of every string of the app's own."""
    root = ET.parse(TS).getroot()
    return [
        (m.findtext("source") or "", m.findtext("translation") or "")
        for c in root
        for m in c.findall("message")
    ]


@pytest.fixture
def spanish(qapp) -> Iterator[None]:
    assert i18n.install("es") == "es"
    yield
    i18n.install("en")


def test_the_catalogue_is_complete_and_keeps_placeholders_and_accelerators() -> None:
    pairs = catalogue()
    assert len(pairs) > 100
    root = ET.parse(TS).getroot()
    assert root.get("language") == "es"
    assert not root.findall(".//translation[@type='unfinished']")
    for source, spanish_text in pairs:
        assert spanish_text, source
        assert sorted(re.findall(r"\{[^}]*\}", source)) == sorted(
            re.findall(r"\{[^}]*\}", spanish_text)
        ), source
        assert source.count("&") == spanish_text.count("&"), source


def test_every_marked_string_of_the_code_is_in_the_catalogue() -> None:
    """Each translate("Context", "...") of the screens and each QT_TRANSLATE_NOOP of the
    code (below the UI too) has a finished Spanish entry: a string added without one would
    show in English."""
    import ast

    root = Path(__file__).resolve().parents[2] / "studyapp"
    have = {
        (c.findtext("name"), m.findtext("source"))
        for c in ET.parse(TS).getroot()
        for m in c.findall("message")
        if m.find("translation").get("type") != "unfinished"
    }
    marked: set[tuple[str, str]] = set()
    for path in root.rglob("*.py"):
        if path.name == "selftest.py":  # asks Qt's own catalogue for Qt's words
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            context, text = node.args[0], node.args[1]
            if (
                name in ("translate", "QT_TRANSLATE_NOOP")
                and isinstance(context, ast.Constant)
                and isinstance(text, ast.Constant)
                and isinstance(text.value, str)
            ):
                marked.add((context.value, text.value))
    assert len(marked) > 700
    missing = sorted(marked - have)
    assert missing == [], missing


def test_the_language_follows_the_system_unless_chosen(tmp_path: Path) -> None:
    assert i18n.chosen(None, QLocale("es_MX")) == "es"
    assert i18n.chosen("system", QLocale("es_ES")) == "es"
    assert i18n.chosen("en", QLocale("es_MX")) == "en"
    assert i18n.chosen(None, QLocale("fr_FR")) == "en"  # no French yet: English
    assert i18n.read_choice(tmp_path) == "system"
    i18n.save_choice(tmp_path, "es")
    assert i18n.read_choice(tmp_path) == "es"
    (tmp_path / "language").write_text("klingon")
    assert i18n.read_choice(tmp_path) == "system"


def _start(qtbot: QtBot, paths: DataPaths):
    window = open_window(qtbot, paths)
    fill_profile(qtbot, window.profile_dialog, "Maria Lopez", "MD", "Rheumatology", "m@x.org")
    save_profile(qtbot, window.profile_dialog)
    qtbot.waitUntil(lambda: len(window.library.row_texts()) == 2)
    return window


def test_the_app_starts_in_spanish(qtbot: QtBot, paths: DataPaths, spanish) -> None:
    window = _start(qtbot, paths)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Archivo", "&Ver", "Ay&uda"]
    library = window.library
    assert "Biblioteca" in library.heading.text()
    assert library.open_button.text() == "&Abrir actividad"
    assert library.search.placeholderText() == "Buscar por título, tema o proveedor (Ctrl+F)"
    model = library.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Título", "Proveedor", "Créditos", "Tiempo", "Progreso", "Vence", "Estado"]
    row = library.row_texts()[0]
    assert re.fullmatch(r"\d,\d\d", row[2]), row[2]  # a decimal comma
    assert row[4] == "0 de 6 pasos" and row[6] == "Sin empezar"
    assert re.fullmatch(r"\d{1,2} de [a-z]+ de \d{4}", row[5]), row[5]
    # Activity content is shown as written (the packs are in English).
    assert row[0].startswith(("Treating to Target", "Tocilizumab", "Journal"))
    assert window.statusBar().currentMessage() == "Participante: Maria Lopez, MD"
    # Every menu keeps one accelerator per letter in Spanish too.
    for top in window.menuBar().actions():
        letters = [
            a.text()[a.text().index("&") + 1].lower()
            for a in top.menu().actions()
            if "&" in a.text()
        ]
        assert len(letters) == len(set(letters)), top.text()
    close_window(window)


def _chrome_texts(window) -> list[str]:
    """What the library screen and the menus say of their own (not activity data)."""
    texts: list[str] = []
    for menu in window.menuBar().findChildren(QMenu):
        texts.append(menu.title())
        texts += [a.text() for a in menu.actions() if not a.isSeparator()]
    screen = window.library
    for label in screen.findChildren(QLabel):
        if label.isVisible() and label.text():
            texts.append(re.sub(r"<[^>]+>", "", label.text()))
    for button in screen.findChildren(QPushButton):
        texts.append(button.text())
    for edit in screen.findChildren(QLineEdit):
        texts.append(edit.placeholderText())
    for combo in screen.findChildren(QComboBox):
        # The credit types offered are the packs' own designations: data, not the app's.
        shown = 1 if combo is screen.credit_filter else combo.count()
        texts += [combo.itemText(i) for i in range(shown)]
    for widget in [screen, *screen.findChildren(QLabel), *screen.findChildren(QComboBox)]:
        texts.append(widget.accessibleName())
    model = screen.model
    texts += [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    for row in screen.row_texts():
        texts += list(row[3:])  # time, progress, expiry, status (title, provider are data)
    texts.append(window.statusBar().currentMessage())
    return [t for t in texts if t and t.strip()]


def test_no_string_of_the_app_is_left_in_english_on_the_library(
    qtbot: QtBot, paths: DataPaths, spanish
) -> None:
    window = _start(qtbot, paths)
    pairs = catalogue()
    english = {s for s, t in pairs if s != t}
    patterns = [
        re.compile("^" + re.sub(r"\\\{[^}]*\\\}", ".+", re.escape(t)) + "$", re.S)
        for _s, t in pairs
    ]
    # Said in their own language on purpose, in every language; data and numbers.
    own_names = set(i18n.LANGUAGES.values()) | {"StudyApp"}
    left = []
    for text in _chrome_texts(window):
        if text in own_names or re.fullmatch(r"[\d\s,.:h]+(min)?", text):
            continue
        if re.fullmatch(r"\d{1,2} de [a-z]+ de \d{4}", text):  # a date in the locale's form
            continue
        if text in english or not any(p.match(text) for p in patterns):
            left.append(text)
    assert left == [], left
    close_window(window)


def test_choosing_a_language_is_kept_for_the_next_start(qtbot: QtBot, paths: DataPaths) -> None:
    window = _start(qtbot, paths)
    action = next(a for a in window.language_menu.actions() if a.text() == "Español")
    action.trigger()
    assert i18n.read_choice(paths.root) == "es"
    assert action.isChecked()
    qtbot.waitUntil(lambda: any("Español" in t for t in window.toaster.texts()))
    assert "✓ StudyApp will be in Español from its next start." in window.toaster.texts()
    assert menu_action(window, "Spaced review…") is not None  # this session stays English
    close_window(window)
    again = open_window(qtbot, paths)
    assert next(a for a in again.language_menu.actions() if a.isChecked()).text() == "Español"
    close_window(again)


def test_a_pack_language_is_named_in_its_own_words(qapp) -> None:
    from studyapp.ui.overview_tab import language_name

    assert [language_name(t) for t in ("en", "es", "es-MX", "fr")] == [
        "English",
        "Español",
        "Español de México",
        "Français",
    ]


def _catalogue_patterns() -> tuple[set[str], list[re.Pattern[str]]]:
    pairs = catalogue()
    english = {s for s, t in pairs if s != t}
    patterns = [
        re.compile("^" + re.sub(r"\\\{[^}]*\\\}", ".+", re.escape(t)) + "$", re.S)
        for _s, t in pairs
    ]
    return english, patterns


def test_the_wallet_in_spanish_leaves_no_english_and_keeps_one_letter_each(
    qtbot: QtBot, paths: DataPaths, spanish
) -> None:
    import datetime as dt
    from decimal import Decimal

    from PySide6.QtWidgets import QTableWidget

    from studyapp.core.requirements import CredentialKind, Recurrence, TopicRule
    from studyapp.services import outside_credit, wallet

    window = _start(qtbot, paths)
    ctx, learner_id = window.ctx, window.learner.id
    today = ctx.today()
    wallet.save_credential(
        ctx,
        learner_id,
        wallet.CredentialData(
            CredentialKind.LICENCE,
            "Massachusetts",
            "Physician",
            "MD-1",
            today - dt.timedelta(days=300),
            today + dt.timedelta(days=60),
            total_credits=Decimal(10),
            topics=(
                TopicRule("Ethics", 4, Recurrence.ONE_TIME),
                TopicRule("Pain", 4, Recurrence.FIRST_RENEWAL),
            ),
        ),
    )
    outside_credit.add(
        ctx,
        learner_id,
        outside_credit.OutsideData(
            "Grand rounds", "Hospital", today, Decimal(2), "Cat 1", ("Ethics",)
        ),
    )
    window.show_wallet()
    view = window.wallet_view
    qtbot.waitUntil(lambda: view.credential_list.count() == 1)
    english, patterns = _catalogue_patterns()
    left: list[str] = []
    for page in range(view.tabs.count()):
        view.tabs.setCurrentIndex(page)
        qtbot.wait(20)
        texts = [view.tabs.tabText(i) for i in range(view.tabs.count())]
        texts += [b.text() for b in view.findChildren(QPushButton) if b.isVisible()]
        texts += [
            re.sub(r"<[^>]+>", "", label.text())
            for label in view.findChildren(QLabel)
            if label.isVisible() and label is not view.detail
        ]
        data_columns = {
            view.topic_table: {0},
            view.counting_table: {0, 1, 2, 3},
            view.credit_table: {0, 1, 2, 3, 4, 5},
        }
        for table in view.findChildren(QTableWidget):
            if not table.isVisible():
                continue
            texts += [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount()):
                texts += [
                    table.item(r, c).text()
                    for c in range(table.columnCount())
                    if c not in data_columns[table]
                ]
        for text in texts:
            text = text.strip().removeprefix("⚠ ")  # a sign, in every language
            if not text or re.fullmatch(r"[\d\s,.:h]+", text) or "Massachusetts" in text:
                continue
            if text in english or not any(p.match(text) for p in patterns):
                left.append(text)
        letters = [
            t[t.index("&") + 1].lower()
            for t in [a.text() for a in window.menuBar().actions()]
            + [view.tabs.tabText(i) for i in range(view.tabs.count())]
            + [b.text() for b in view.findChildren(QPushButton) if b.isVisible()]
            if "&" in t
        ]
        assert len(letters) == len(set(letters)), letters
    assert left == [], left
    detail = re.sub(r"<[^>]+>", "", view.detail.text())
    assert "Ciclo del " in detail and "quedan 60 días" in detail
    assert "Requisitos: Introducidos por usted" in detail
    close_window(window)

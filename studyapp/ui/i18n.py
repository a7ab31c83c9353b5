"""The app's own words in the learner's language, through Qt's translation mechanism.

Every string a screen shows is written `translate("Context", "English text")`, which
`pyside6-lupdate` finds in the sources and lists in translations/studyapp_<lang>.ts;
`pyside6-lrelease` compiles that to resources/translations/studyapp_<lang>.qm
(packaging/build_translations.py, run by the set-up, the tests and the bundle build).
Activity content is not translated: a pack is shown as it was written.

The language follows the system unless the learner chose one (View > Language); the
choice is kept in a small file in the data folder, because it is needed before the window
is built, long before the database opens. Dates and numbers follow the same locale.
"""

from __future__ import annotations

import datetime as dt
import logging
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from studyapp.paths import resources_dir

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

# Language code -> its own name (shown in the menu, untranslated on purpose).
LANGUAGES = {"en": "English", "es": "Español"}
SYSTEM = "system"
CHOICE_FILE = "language"
_installed: list[QTranslator] = []
_state = {"language": "en"}


def translations_dir() -> Path:
    return resources_dir() / "translations"


def chosen(choice: str | None, system: QLocale | None = None) -> str:
    """The language to use: the learner's choice if it is one we have, else the system's
    if we have it, else English."""
    if choice in LANGUAGES:
        return choice
    name = (system or QLocale.system()).name()  # e.g. "es_MX"
    code = name.split("_")[0]
    return code if code in LANGUAGES else "en"


def read_choice(data_root: Path) -> str:
    try:
        text = (data_root / CHOICE_FILE).read_text("utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return SYSTEM
    return text if text in LANGUAGES else SYSTEM


def save_choice(data_root: Path, choice: str) -> None:
    """Raises OSError when the data folder cannot be written; the caller says so."""
    (data_root / CHOICE_FILE).write_text(choice + "\n", "utf-8")


def install(language: str, system: QLocale | None = None) -> str:
    """Load the translations of `language` into the running application (any earlier ones
    removed) and make it the locale for dates and numbers. Returns the language in use:
    English when the compiled translation is missing (logged, never fatal)."""
    app = QCoreApplication.instance()
    for old in _installed:
        if app is not None:
            app.removeTranslator(old)
    _installed.clear()
    region = (system or QLocale.system()).name()
    locale = QLocale(region) if region.startswith(language + "_") else QLocale(language)
    in_use = "en"
    if language != "en":
        ours = QTranslator()
        if ours.load(str(translations_dir() / f"studyapp_{language}.qm")):
            _installed.append(ours)
            in_use = language
            qt = QTranslator()  # Qt's own words: standard buttons, context menus
            if qt.load(
                f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            ):
                _installed.append(qt)
        else:
            log.warning(
                "No compiled %s translation in %s; using English", language, translations_dir()
            )
    if in_use == "en":
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    QLocale.setDefault(locale)
    if app is not None:
        for translator in _installed:
            app.installTranslator(translator)
    _state["language"] = in_use
    return in_use


def language() -> str:
    return _state["language"]


def date_text(day: dt.date) -> str:
    """A date in the learner's locale, long form without the weekday ("22 de noviembre de
    2026", "November 22, 2026")."""
    if language() == "en":
        return f"{day:%B} {day.day}, {day.year}"
    if language() == "es":
        return QLocale().toString(day, "d 'de' MMMM 'de' yyyy")
    return QLocale().toString(day, QLocale.FormatType.LongFormat)


def number_text(value: float, decimals: int = 2) -> str:
    return QLocale().toString(float(value), "f", decimals)


def credits_text(value: Decimal) -> str:
    """An amount of credit with two decimals in the locale's form ("1.25", "1,25")."""
    return number_text(float(value), 2)

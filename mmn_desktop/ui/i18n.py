"""Interface languages: our compiled .qm files plus Qt's own translations."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from mmn_desktop.core import paths

log = logging.getLogger(__name__)

UI_LANGUAGES = {
    "en": "English",
    "my": "Burmese",
    "zh": "Chinese",
    "km": "Khmer",
    "lo": "Lao",
    "th": "Thai",
    "vi": "Vietnamese",
}
QT_LOCALE_NAMES = {"en": "en", "my": "my", "zh": "zh_CN", "km": "km", "lo": "lo", "th": "th", "vi": "vi"}


def translations_dir() -> Path:
    return paths.resources_dir() / "translations"


def available_ui_languages() -> dict[str, str]:
    """English plus every language with a compiled .qm file."""
    found = {"en": UI_LANGUAGES["en"]}
    for code, name in UI_LANGUAGES.items():
        if (translations_dir() / f"mmn_{code}.qm").is_file():
            found[code] = name
    return found


def pick_language(setting: str) -> str:
    if setting in UI_LANGUAGES:
        return setting
    system = QLocale.system().name().split("_")[0]
    return system if system in UI_LANGUAGES else "en"


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load our translation and Qt's own for ``lang``; English needs none. Returns the installed ones."""
    installed: list[QTranslator] = []
    if lang == "en":
        return installed
    ours = QTranslator(app)
    if ours.load(str(translations_dir() / f"mmn_{lang}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.info("no interface translation for %s", lang)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{QT_LOCALE_NAMES.get(lang, lang)}", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    return installed

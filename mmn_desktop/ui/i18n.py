"""Interface languages: our compiled .qm files plus Qt's own translations."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

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
# Written next to the .qm files by `scripts/translations.py compile`: for each compiled language,
# {"finished": n, "unfinished": m, "total": t}.
STATUS_FILE = "status.json"
QT_LOCALE_NAMES = {"en": "en", "my": "my", "zh": "zh_CN", "km": "km", "lo": "lo", "th": "th", "vi": "vi"}

# Qt ships no qtbase_<lang>.qm for Vietnamese, Thai, Burmese, Khmer or Lao, so the standard buttons we
# use (QDialogButtonBox Ok/Cancel/Save/Close, QMessageBox Yes/No) are listed here for lupdate and
# translated in our own .ts files, under the contexts and source texts Qt looks them up with. Where Qt
# has its own translation (Chinese), qtbase_<locale>.qm is installed after ours and is asked first.
STANDARD_BUTTON_TEXTS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    # The GNOME platform theme has texts of its own for these four.
    QT_TRANSLATE_NOOP("QGnomeTheme", "&OK"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Cancel"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Save"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Close"),
)


def translations_dir() -> Path:
    return paths.resources_dir() / "translations"


def available_ui_languages() -> dict[str, str]:
    """English plus every language with a compiled .qm file."""
    found = {"en": UI_LANGUAGES["en"]}
    for code, name in UI_LANGUAGES.items():
        if (translations_dir() / f"mmn_{code}.qm").is_file():
            found[code] = name
    return found


def draft_ui_languages() -> set[str]:
    """The interface languages whose compiled translation is still a draft (has unfinished entries).

    Read from status.json next to the .qm files. A missing or unreadable file, or a malformed
    entry, counts as "no drafts known": this never raises.
    """
    path = translations_dir() / STATUS_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        log.debug("no %s: draft interface languages unknown", path)
        return set()
    except (OSError, ValueError) as exc:  # ValueError: bad JSON or not UTF-8
        log.warning("cannot read %s: %s", path, exc)
        return set()
    if not isinstance(data, dict):
        log.warning("%s is not a JSON object", path)
        return set()
    drafts: set[str] = set()
    for code, counts in data.items():
        unfinished = counts.get("unfinished") if isinstance(counts, dict) else None
        if code in UI_LANGUAGES and type(unfinished) is int and unfinished > 0:
            drafts.add(code)
    return drafts


def pick_language(setting: str) -> str:
    if setting in UI_LANGUAGES:
        return setting
    system = QLocale.system().name().split("_")[0]
    return system if system in UI_LANGUAGES else "en"


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load our translation for ``lang`` and Qt's own; returns the installed ones.

    English loads ours too: it gives the singular and plural forms of the %n strings ("1 result",
    "3 results"). Qt's own is not needed for English.
    """
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(str(translations_dir() / f"mmn_{lang}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.info("no interface translation for %s", lang)
    if lang == "en":
        return installed
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{QT_LOCALE_NAMES.get(lang, lang)}", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    return installed

"""Bundled assets: the Noto fonts for Burmese, Khmer, Lao, Thai and Chinese.

At start, once the ``QApplication`` exists::

    register_fonts()
    apply_font_fallbacks(app)

The application font then names its fallbacks explicitly (the system UI family first, then the
bundled families), so a Burmese or Chinese word finds its glyphs the same way on Windows (no
fontconfig) as on a bare Linux with only DejaVu. Text whose language is known (a section of an
entry) should use :func:`reading_font` / :func:`families_for_language` with that language: they
put the language's own font first, which matters for Lao (DejaVu Sans has Lao letters but lets
tone marks collide with upper vowels) and for Chinese punctuation (full-width quotes).
See ``resources/fonts/README.md`` for what the fonts are and how they were made.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QGuiApplication

from mmn_desktop.core import paths

log = logging.getLogger(__name__)

FONT_SUFFIXES = (".ttf", ".otf")

# Fallback order after the system UI family. The scripts do not overlap, so the order only
# matters for shared punctuation, which the system family normally has anyway.
BUNDLED_FAMILIES: tuple[str, ...] = (
    "Noto Sans Myanmar",
    "Noto Sans Khmer",
    "Noto Sans Lao",
    "Noto Sans Thai",
    "Noto Sans CJK SC",
)

# Content language (primary subtag) -> its bundled family.
LANGUAGE_FAMILIES: dict[str, str] = {
    "my": "Noto Sans Myanmar",
    "km": "Noto Sans Khmer",
    "lo": "Noto Sans Lao",
    "th": "Noto Sans Thai",
    "zh": "Noto Sans CJK SC",
}


def default_fonts_dir() -> Path:
    return paths.resources_dir() / "fonts"


def register_fonts(fonts_dir: Path | None = None) -> list[str]:
    """Add every .ttf/.otf in the fonts folder to Qt's font database; return the families added.

    A missing folder or a file Qt cannot read is logged and skipped: the app then falls back to
    whatever the system has, which is worse but not fatal. Call it once per QApplication.
    """
    folder = fonts_dir if fonts_dir is not None else default_fonts_dir()
    started = time.perf_counter()
    if not folder.is_dir():
        log.warning("font folder %s is missing; using system fonts only", folder)
        return []
    families: list[str] = []
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() in FONT_SUFFIXES and p.is_file())
    for path in files:
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load font %s; skipped", path)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    elapsed_ms = (time.perf_counter() - started) * 1000
    log.info("registered %d font files (%s) in %.1f ms", len(files), ", ".join(families) or "none", elapsed_ms)
    return families


def _available(families: tuple[str, ...] | list[str]) -> list[str]:
    known = set(QFontDatabase.families())  # only names Qt has: an unknown name costs a lookup
    return [f for f in families if f in known]


def _ui_family(base: QFont | None) -> list[str]:
    """The family the base font's first non-bundled family really resolves to.

    Resolved through ``QFontInfo`` because a generic alias such as Qt's "Sans Serif" (the
    default on a Linux without a desktop theme) is skipped when it heads a family list, and the
    first bundled family (Noto Sans Myanmar) would then become the font for Latin text.
    Bundled families are passed over, so a font made by :func:`reading_font` can be a base too.
    """
    system = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    base = system if base is None else base
    for family in base.families() or [base.family()]:
        if family and family not in BUNDLED_FAMILIES:
            probe = QFont(base)
            probe.setFamilies([family])
            return [QFontInfo(probe).family() or family]
    return [QFontInfo(system).family()]


def fallback_families(base: QFont | None = None) -> list[str]:
    """The UI family (of ``base``, default the system font), then each bundled family Qt knows."""
    result = _ui_family(base)
    result += [f for f in _available(BUNDLED_FAMILIES) if f not in result]
    return result


def families_for_language(language: str | None, base: QFont | None = None) -> list[str]:
    """Like :func:`fallback_families`, but the language's own bundled family comes first."""
    primary = (language or "").replace("_", "-").split("-")[0].lower()
    own = _available([LANGUAGE_FAMILIES[primary]]) if primary in LANGUAGE_FAMILIES else []
    return own + [f for f in fallback_families(base) if f not in own]


def apply_font_fallbacks(app: QGuiApplication) -> QFont:
    """Give the application font an explicit fallback list; return the font set.

    (Qt 6.8's per-script ``QFontDatabase.addApplicationFallbackFontFamily`` would also reach
    widgets with their own platform font, but PySide6 does not bind it: it takes a ``QChar``.)
    """
    font = QFont(app.font())
    font.setFamilies(fallback_families(font))
    app.setFont(font)
    log.debug("application font families: %s", font.families())
    return font


def reading_font(point_size: float, language: str | None = None) -> QFont:
    """The font for reading views: the application font's UI family and the same fallbacks,
    with ``language``'s own family first when it is one of the bundled ones."""
    base = QGuiApplication.font()
    font = QFont(base)
    font.setFamilies(families_for_language(language, base))
    font.setPointSizeF(point_size)
    return font

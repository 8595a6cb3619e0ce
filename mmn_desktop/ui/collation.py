"""Sorting each language with its own collation (QCollator), shared by every view that sorts."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cmp_to_key
from typing import Any

from PySide6.QtCore import QCollator, QLocale, Qt

LOCALE_LANGUAGES: dict[str, QLocale.Language] = {
    "en": QLocale.Language.English,
    "my": QLocale.Language.Burmese,
    "zh": QLocale.Language.Chinese,
    "km": QLocale.Language.Khmer,
    "lo": QLocale.Language.Lao,
    "th": QLocale.Language.Thai,
    "vi": QLocale.Language.Vietnamese,
}

_collators: dict[tuple[str, bool], QCollator] = {}


def collator(lang: str, numeric: bool = False) -> QCollator:
    """The case-insensitive collation of ``lang`` (cached; English for an unknown code).
    ``numeric`` sorts digits by value ("Report 9" before "Report 10")."""
    found = _collators.get((lang, numeric))
    if found is None:
        found = QCollator(QLocale(LOCALE_LANGUAGES.get(lang, QLocale.Language.English)))
        found.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        found.setNumericMode(numeric)
        _collators[(lang, numeric)] = found
    return found


def collation_sorted(
    items: Iterable[Any], key: Callable[[Any], str], lang: str, tiebreak: Callable[[Any], Any] | None = None
) -> list[Any]:
    """``items`` sorted by ``key(item)`` with the collation of ``lang`` (``tiebreak`` keeps equal keys stable)."""
    coll = collator(lang)

    def compare(a: Any, b: Any) -> int:
        result = coll.compare(key(a), key(b))
        if result == 0 and tiebreak is not None:
            ta, tb = tiebreak(a), tiebreak(b)
            return (ta > tb) - (ta < tb)
        return result

    return sorted(items, key=cmp_to_key(compare))

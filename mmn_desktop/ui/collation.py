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


class SortedFilter:
    """Entries in the collation order of a language, narrowed by a filter text.

    The state behind the vocabulary, interpreter and terms-to-avoid lists: each entry (with a
    ``slug``) has a haystack of its words in every language, folded as the search index folds
    them, and the filter keeps the entries whose haystack contains the folded filter text.
    """

    def __init__(
        self,
        entries: Iterable[Any],
        words: Callable[[Any], Iterable[str]],
        sort_text: Callable[[Any, str], str],
        lang: str,
    ) -> None:
        from mmn_desktop.core.search.analysis import fold

        self._fold = fold
        self.entries = tuple(entries)
        self._haystacks = {e.slug: "\n".join(fold(w) for w in words(e)) for e in self.entries}
        self._sort_text = sort_text
        self.lang = lang
        self.needle = ""
        self._sorted: list[Any] = []
        self.rows: list[Any] = []
        self.sort(lang)

    def sort(self, lang: str) -> None:
        self.lang = lang
        self._sorted = collation_sorted(self.entries, lambda e: self._sort_text(e, lang), lang, lambda e: e.slug)
        self._narrow()

    def needle_of(self, text: str) -> str:
        """The folded form of a filter text (compare with ``needle`` to skip a no-op reset)."""
        return self._fold(" ".join(text.split()))

    def filter(self, needle: str) -> None:
        self.needle = needle
        self._narrow()

    def _narrow(self) -> None:
        needle = self.needle
        self.rows = [e for e in self._sorted if not needle or needle in self._haystacks[e.slug]]

    def at(self, row: int) -> Any | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, slug: str) -> int:
        for row, entry in enumerate(self.rows):
            if entry.slug == slug:
                return row
        return -1

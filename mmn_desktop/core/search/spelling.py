"""Spelling candidates for fuzzy search and "did you mean", from the index's own words.

Whoosh's FuzzyTerm and corrector walk the whole term list for every query (about 170 ms
per misspelled word on the real content here). Instead, the Latin words of the index are
loaded once into a symmetric-delete table (each word and every form of it with one letter
deleted); a misspelled word finds its candidates with a handful of dictionary look-ups, and
each candidate is confirmed with an exact edit distance (Damerau-Levenshtein, so a swap of
two letters counts as one edit).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

_LATIN_WORD = re.compile(r"^[a-z]{4,}$")


def deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Optimal-string-alignment (Damerau-Levenshtein) distance, cut off above ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


class Speller:
    """Candidates within one edit (two for long words) of a word, ranked by frequency."""

    def __init__(self, words: Iterable[tuple[str, int]], freq: Callable[[str], int] | None = None) -> None:
        """``words`` are (word, frequency) pairs; with ``freq``, a frequency of -1 means "ask
        ``freq`` when the word is first a candidate" (reading every frequency up front cost
        0.2 s of the 0.75 s the table took to build)."""
        self._freq_fn = freq
        self.freq: dict[str, int] = {}
        for word, count in words:
            if _LATIN_WORD.match(word):
                self.freq[word] = count if count < 0 else max(0, self.freq.get(word, 0)) + count
        # Most keys lead to one word: the value is that word itself, a tuple only for the few keys
        # shared by several words (no list per key: the table takes about half the memory).
        self.table: dict[str, str | tuple[str, ...]] = {}
        for word in self.freq:
            for key in (word, *deletes(word)):
                have = self.table.get(key)
                if have is None:
                    self.table[key] = word
                elif isinstance(have, str):
                    if have != word:
                        self.table[key] = (have, word)
                elif word not in have:
                    self.table[key] = (*have, word)

    def frequency(self, word: str) -> int:
        count = self.freq.get(word, 0)
        if count < 0 and self._freq_fn is not None:
            count = self.freq[word] = self._freq_fn(word)
        return max(0, count)

    def __len__(self) -> int:
        return len(self.freq)

    def candidates(self, word: str, limit: int = 5) -> list[str]:
        if not _LATIN_WORD.match(word) or word in self.freq:
            return []
        maxdist = 1 if len(word) < 8 else 2
        keys = {word} | deletes(word)
        if maxdist == 2:
            keys |= {d2 for d in deletes(word) for d2 in deletes(d)}
        pool: set[str] = set()
        for k in keys:
            found = self.table.get(k)
            if isinstance(found, str):
                pool.add(found)
            elif found:
                pool.update(found)
        scored = []
        for cand in pool:
            dist = edit_distance(word, cand, maxdist)
            if dist <= maxdist:
                scored.append((dist, -self.frequency(cand), cand))
        scored.sort()
        return [c for _, _, c in scored[:limit]]

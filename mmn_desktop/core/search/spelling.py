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
from collections import defaultdict
from collections.abc import Iterable

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

    def __init__(self, words: Iterable[tuple[str, int]]) -> None:
        self.freq: dict[str, int] = {}
        self.table: dict[str, list[str]] = defaultdict(list)
        for word, freq in words:
            if not _LATIN_WORD.match(word):
                continue
            self.freq[word] = self.freq.get(word, 0) + freq
        for word in self.freq:
            self.table[word].append(word)
            for d in deletes(word):
                self.table[d].append(word)

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
            pool.update(self.table.get(k, ()))
        scored = []
        for cand in pool:
            dist = edit_distance(word, cand, maxdist)
            if dist <= maxdist:
                scored.append((dist, -self.freq[cand], cand))
        scored.sort()
        return [c for _, _, c in scored[:limit]]

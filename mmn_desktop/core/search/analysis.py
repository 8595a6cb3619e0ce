"""Text analysis shared by the index and the query: the heart of multilingual search.

* Input is NFC-normalised; soft hyphens, ZWJ, ZWNJ and BOMs are dropped; control
  characters become spaces.
* ICU word breaks (icu4py) segment the whole text in one pass; ICU applies its dictionaries
  to Thai, Lao, Khmer, Burmese and Chinese runs.
* Every word is case-folded. A word in a spaced script (Latin, ...) is also indexed with its
  diacritics folded (Vietnamese đ -> d too), its English stem, and the part before an
  apostrophe; all at the same position, so phrases still work.
* Runs of the scripts written without spaces are also indexed as overlapping bigrams of
  grapheme clusters in a separate field. A sequence of bigrams matches any substring, which
  finds the second half of a compound, a Chinese string across a word boundary, and a prefix
  that stops inside a word ("ค่าจ" on the way to "ค่าจ้าง"), none of which word
  segmentation alone can find. Combining marks of the Brahmic scripts are never stripped.

The module is importable on its own: Whoosh pickles the analyzers into the index schema.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from whoosh.analysis import Token, Tokenizer
from whoosh.lang.porter import stem as _porter_stem

_DROP = dict.fromkeys(map(ord, "\u00ad\u200c\u200d\ufeff\u2060"), None)
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
_ASCII_WORD_RE = re.compile(r"^[a-z]+$")

# Scripts written without spaces between words.
_NOSPACE_RANGES = (
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x1000, 0x109F),  # Myanmar
    (0xA9E0, 0xA9FF),  # Myanmar Extended-B
    (0xAA60, 0xAA7F),  # Myanmar Extended-A
    (0x1780, 0x17FF),  # Khmer
    (0x19E0, 0x19FF),  # Khmer symbols
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified
    (0xF900, 0xFAFF),  # CJK compatibility
    (0x20000, 0x2FA1F),  # CJK extensions B..
)
_MYANMAR_RE = re.compile(r"[\u1000-\u109f]")
_NOSPACE_CLASS = "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _NOSPACE_RANGES)
_NOSPACE_RE = re.compile(f"[{_NOSPACE_CLASS}]")
_NOSPACE_RUN_RE = re.compile(f"[{_NOSPACE_CLASS}]+")


def is_nospace_char(ch: str) -> bool:
    return _NOSPACE_RE.match(ch) is not None


def has_nospace(text: str) -> bool:
    return _NOSPACE_RE.search(text) is not None


def is_wordlike(segment: str) -> bool:
    """True when a segment holds a letter, digit or mark (not space, punctuation, emoji)."""
    return any(unicodedata.category(ch)[0] in "LNM" for ch in segment)


def normalize(text: str) -> str:
    """NFC, drop invisible joiners, turn control characters into spaces."""
    text = unicodedata.normalize("NFC", text)
    text = text.translate(_DROP)
    return _CONTROL_RE.sub(" ", text)


@lru_cache(maxsize=4096)
def fold_char(ch: str) -> str:
    """Fold one character to exactly one character: lower case, no Latin diacritics.

    Used for the length-preserving shadow text of the snippet builder.
    """
    low = ch.lower()
    low = low[0] if low else ch
    if low in "đð":
        return "d"
    if is_nospace_char(low) or unicodedata.combining(low):
        return low
    base = unicodedata.normalize("NFD", low)[0]
    return base


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Case-fold and strip diacritics from Latin (and other spaced) letters; đ -> d.

    Marks on the letters of Thai, Lao, Khmer, Burmese and Chinese are kept: there they are
    vowels and tones, not accents.
    """
    word = unicodedata.normalize("NFD", word.casefold())
    out = []
    base_nospace = False
    for ch in word:
        if unicodedata.combining(ch):
            if base_nospace:
                out.append(ch)
            continue
        base_nospace = is_nospace_char(ch)
        out.append("d" if ch in "đð" else ch)
    return unicodedata.normalize("NFC", "".join(out))


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """English (Porter) stem of an ASCII word; other words are returned unchanged."""
    if _ASCII_WORD_RE.match(word) and len(word) > 3:
        return str(_porter_stem(word))
    return word


@lru_cache(maxsize=1)
def _locale():
    from icu4py.locale import Locale

    return Locale("en")


def icu_words(text: str) -> list[tuple[str, int]]:
    """ICU word segments of ``text`` with their start offsets (in code points)."""
    from icu4py.breakers import WordBreaker

    out = []
    pos = 0
    for seg in WordBreaker(text, _locale()):
        out.append((seg, pos))
        pos += len(seg)
    return out


def grapheme_clusters(text: str) -> list[str]:
    from icu4py.breakers import CharacterBreaker

    return list(CharacterBreaker(text, _locale()))


@dataclass(frozen=True, slots=True)
class Word:
    """One word of analysed text."""

    text: str  # case-folded surface form
    start: int
    nospace: bool
    variants: tuple[str, ...]  # extra forms indexed at the same position


@lru_cache(maxsize=65536)
def word_variants(word: str) -> tuple[str, ...]:
    """Extra index forms of a case-folded word in a spaced script."""
    out: list[str] = []
    for apostrophe in ("'", "’"):
        if apostrophe in word:
            head = word.split(apostrophe, 1)[0]
            if head:
                out.append(head)
            joined = word.replace(apostrophe, "")
            out.append(joined)
    folded = fold(word)
    out.append(folded)
    out.extend(stem(v) for v in (word, folded, *out))
    seen = {word}
    uniq = []
    for v in out:
        if v and v not in seen:
            seen.add(v)
            uniq.append(v)
    return tuple(uniq)


@lru_cache(maxsize=64)
def words(text: str) -> tuple[Word, ...]:
    """Analyse text into words (normalised, segmented, folded).

    Cached: the index analyses each document's text for two fields, and its names for two.
    """
    text = normalize(text)
    out = []
    for seg, start in icu_words(text):
        if not is_wordlike(seg):
            continue
        low = seg.casefold()
        nospace = has_nospace(seg)
        out.append(Word(low, start, nospace, () if nospace else word_variants(low)))
    return tuple(out)


def nospace_runs(text: str) -> list[str]:
    """Maximal runs of no-space-script characters (their marks are in the same blocks)."""
    return _NOSPACE_RUN_RE.findall(text)


def run_grams(run: str) -> list[list[str]]:
    """Per position of a run: the cluster bigram starting there, and the cluster itself with
    each shorter beginning of it.

    The bigrams at consecutive positions spell the run, so a sequence of bigrams matches any
    substring of two clusters or more. The cluster and its beginnings make a one-cluster
    query a single term, even while it is still being typed (a Burmese ရွ on its way to ရွှေ့).
    """
    clusters = grapheme_clusters(run)
    out = []
    for i, cluster in enumerate(clusters):
        grams = [cluster[:n] for n in range(len(cluster), 0, -1)]
        if i + 1 < len(clusters):
            grams.insert(0, cluster + clusters[i + 1])
        out.append(grams)
    return out


TITLE_SEPARATOR = "\x1e"  # the index joins title and body with it; title words weigh more
TITLE_BOOST = 3.0
MAX_PREFIX = 8


def split_title(value: str) -> list[tuple[str, float]]:
    """``title + TITLE_SEPARATOR + body`` -> [(title, TITLE_BOOST), (body, 1.0)]."""
    if TITLE_SEPARATOR in value:
        title, body = value.split(TITLE_SEPARATOR, 1)
        return [(title, TITLE_BOOST), (body, 1.0)]
    return [(value, 1.0)]


def prefixes(word: str) -> list[str]:
    """Edge prefixes of a Latin word, 2 to 8 characters (the word itself, if no longer); a longer typed word is
    matched on its first 8 letters here and in full in the ``text`` field."""
    return [word[:n] for n in range(2, min(len(word), MAX_PREFIX) + 1)]


class _Tokenizer(Tokenizer):
    """Base: equality by type (Whoosh compares analyzers when it merges schemas)."""

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self)

    def __hash__(self) -> int:
        return hash(type(self).__name__)

    def forms(self, value: str) -> Iterator[tuple[str, int, int, int, float]]:
        """(text, position, startchar, endchar, boost) of every token."""
        raise NotImplementedError

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: object,
    ) -> Iterator[Token]:
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        for text, pos, start, end, boost in self.forms(value):
            t.text = text
            t.boost = boost
            t.stopped = False
            if keeporiginal:
                t.original = text
            if positions:
                t.pos = start_pos + pos
            if chars:
                t.startchar = start_char + start
                t.endchar = start_char + end
            yield t


class WordTokenizer(_Tokenizer):
    """The ``text`` field: every word with its variants at the same position."""

    def forms(self, value: str) -> Iterator[tuple[str, int, int, int, float]]:
        pos = 0
        for part, boost in split_title(value):
            for w in words(part):
                for form in (w.text, *w.variants):
                    yield form, pos, w.start, w.start + len(w.text), boost
                pos += 1
            pos += 2  # no phrase across the title/body boundary


class PrefixTokenizer(_Tokenizer):
    """The ``prefix`` field: edge prefixes of Latin words, for search as you type."""

    def forms(self, value: str) -> Iterator[tuple[str, int, int, int, float]]:
        pos = 0
        for part, boost in split_title(value):
            for w in words(part):
                if not w.nospace:
                    seen = set()
                    for form in (w.text, fold(w.text)):
                        for p in prefixes(form):
                            if p not in seen:
                                seen.add(p)
                                yield p, pos, w.start, w.start + len(p), boost
                pos += 1


class GramTokenizer(_Tokenizer):
    """The ``gram`` field: cluster bigrams of no-space-script runs.

    Runs are separated by a position gap so a sequence never spans two runs.
    """

    def forms(self, value: str) -> Iterator[tuple[str, int, int, int, float]]:
        pos = 0
        for part, boost in split_title(value):
            for run in nospace_runs(normalize(part).casefold()):
                for grams in run_grams(run):
                    for gram in grams:
                        yield gram, pos, 0, 0, boost
                    pos += 1
                pos += 2


def exact_key(text: str) -> str:
    """The whole-string key for exact-title matching: normalised, folded, single-spaced."""
    parts = []
    for w in words(text):
        parts.append(w.text if w.nospace else fold(w.text))
    return " ".join(parts)


class ExactTokenizer(_Tokenizer):
    """The ``exact`` field: one token per line of the value, the exact key of each name."""

    def forms(self, value: str) -> Iterator[tuple[str, int, int, int, float]]:
        for pos, line in enumerate(value.split("\n")):
            key = exact_key(line)
            if key:
                yield key, pos, 0, 0, 1.0


MAX_NAME_PREFIX = 24


class NamePrefixTokenizer(_Tokenizer):
    """The ``name_prefix`` field: edge prefixes (2-24 characters) of each exact key."""

    def forms(self, value: str) -> Iterator[tuple[str, int, int, int, float]]:
        for pos, line in enumerate(value.split("\n")):
            key = exact_key(line)
            for n in range(2, min(len(key), MAX_NAME_PREFIX) + 1):
                yield key[:n], pos, 0, 0, 1.0


def has_myanmar(text: str) -> bool:
    return bool(_MYANMAR_RE.search(text))

"""The Terms to Avoid text checker: find every term to avoid in a pasted text.

The user pastes text in any of the seven languages; :class:`TextChecker` finds every occurrence
of every listed term of every :class:`~mmn_desktop.core.models.TermToAvoid` (all languages'
variants) and returns :class:`CheckMatch` records whose ``start``/``end`` are Python ``str``
indices into the text *as given*, so the UI can highlight in place (see :func:`utf16_offsets`
for Qt's UTF-16 positions).

What is looked for
    A listed term may carry a qualifier in brackets that says when it is harmful, e.g.
    ``"economic migrant (to deny protection)"`` or ``"rescue (for a raid)"``. Qualifiers and
    surrounding quotes are dropped (:func:`match_form`): the checker looks for
    ``economic migrant`` and ``rescue`` and leaves the judgement to the writer, with the reason.

How text is compared
    * The text is NFC-normalised and soft hyphens, zero-width spaces, ZWJ/ZWNJ, word joiners
      and BOMs are ignored, but every offset still points into the original string (NFD input,
      text with invisible characters: the highlighted span covers exactly the original
      characters that matched, including their combining marks).
    * Terms in Latin script (English, Vietnamese, romanised terms) match case-insensitively and
      as whole words only: not inside a longer word of Latin (or other spaced) script. A word
      written right next to Chinese, Thai, etc. still counts as a whole word.
      Between the words of a term any run of whitespace (newlines included) and/or a hyphen is
      accepted, and so is no separator at all: ``mail-order bride`` also finds
      ``mail order bride``, ``mail-order-bride`` and ``mailorder bride``; ``hill tribe`` also
      finds ``hilltribe``. Curly and straight apostrophes are the same. British and American
      spellings of *labour*/*labor* are both found.
    * English terms also match with a plural ``s``/``es`` on the last word (``illegal aliens``,
      ``maids``, ``coolies``); no other inflection is guessed (``rescued`` is found because it
      is listed).
    * Vietnamese is matched as written: with its diacritics (``lao động bất hợp pháp``), any case.
      Text typed without diacritics is not flagged, because folding would also flag unrelated
      words.
    * Thai, Lao, Khmer, Burmese and Chinese have no spaces between words, so their terms match as
      substrings, but never in the middle of a grapheme cluster: not before a combining mark,
      not after a Thai/Lao leading vowel, not after a Burmese/Khmer stacking sign. A substring
      match can still be a false alarm inside an unrelated longer word; the UI shows the reason
      so the writer can judge. Burmese typed in the legacy Zawgyi encoding is not supported.
      Chinese terms match in the script they are listed in (simplified).

Matches never overlap: when two candidate matches overlap, the longer one wins (then the
earlier one). The whole term list is compiled into one regular expression once.
"""

from __future__ import annotations

import bisect
import logging
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from mmn_desktop.core.models import Concept, TermToAvoid

log = logging.getLogger(__name__)

# Characters ignored when matching (deleted from the matching view of the text).
_IGNORABLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_IGNORABLE_RE = re.compile(f"[{_IGNORABLE}]")
_DROP_IGNORABLE = dict.fromkeys(map(ord, _IGNORABLE), None)

# Scripts written without spaces between words (their terms are matched as substrings).
_NOSPACE_RANGES: tuple[tuple[int, int], ...] = (
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x17FF),  # Khmer
    (0x19E0, 0x19FF),  # Khmer symbols
    (0x2E80, 0x2FDF),  # CJK radicals, Kangxi
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0x3040, 0x31FF),  # Kana, Bopomofo, CJK strokes
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xA9E0, 0xA9FF),  # Myanmar extended-B
    (0xAA60, 0xAA7F),  # Myanmar extended-A
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFF00, 0xFFEF),  # half/full-width forms
    (0x20000, 0x3FFFF),  # CJK extensions B and later
)
_NOSPACE_CLASS = "".join(f"{re.escape(chr(lo))}-{re.escape(chr(hi))}" for lo, hi in _NOSPACE_RANGES)
_NOSPACE_RE = re.compile(f"[{_NOSPACE_CLASS}]")

# Ranges whose combining marks (Unicode category M*) must not follow a match.
_MARK_RANGES: tuple[tuple[int, int], ...] = (
    (0x0300, 0x036F),
    (0x0E00, 0x0EFF),
    (0x1000, 0x109F),
    (0x1780, 0x17FF),
    (0x1AB0, 0x1AFF),
    (0x1DC0, 0x1DFF),
    (0x20D0, 0x20FF),
    (0x3099, 0x309A),
    (0xA9E0, 0xA9FF),
    (0xAA60, 0xAA7F),
    (0xFE00, 0xFE0F),
    (0xFE20, 0xFE2F),
    (0xE0100, 0xE01EF),
)


def _char_class(codepoints: Iterable[int]) -> str:
    """A regex character class body for a set of code points, as compact ranges."""
    ranges: list[list[int]] = []
    for cp in sorted(set(codepoints)):
        if ranges and cp == ranges[-1][1] + 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    return "".join(
        re.escape(chr(lo)) if lo == hi else f"{re.escape(chr(lo))}-{re.escape(chr(hi))}" for lo, hi in ranges
    )


_MARK_CLASS = _char_class(
    cp for lo, hi in _MARK_RANGES for cp in range(lo, hi + 1) if unicodedata.category(chr(cp)).startswith("M")
)
# Thai and Lao vowels written before the consonant they follow in speech, and the Burmese and
# Khmer signs that stack the next consonant under the previous one: a match cannot start after them.
_CLUSTER_PREFIX_CLASS = "\u0e40-\u0e44\u0ec0-\u0ec4\u1039\u17d2"

# A Latin-script term must not touch a word character of a spaced script (or a combining mark).
_LATIN_BEFORE = f"(?<!(?![{_NOSPACE_CLASS}])\\w)"
_LATIN_AFTER = f"(?!(?![{_NOSPACE_CLASS}])\\w)(?![{_MARK_CLASS}])"
_NOSPACE_BEFORE = f"(?<![{_CLUSTER_PREFIX_CLASS}])"
_NOSPACE_AFTER = f"(?![{_MARK_CLASS}])"

_SEPARATOR_CHARS = "\\-\u2010\u2011\u2012\u2013"  # hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash
_APOSTROPHES = "'\u2019\u2018\u02bc`\u00b4"
_SEPARATOR = f"[\\s{_SEPARATOR_CHARS}]*"
_APOSTROPHE = f"[{_APOSTROPHES}]"
_SEPARATOR_RE = re.compile(f"[\\s{_SEPARATOR_CHARS}]+")
_TOKEN_RE = re.compile(f"([\\s{_SEPARATOR_CHARS}]+|[{_APOSTROPHES}])")
_QUALIFIER_RE = re.compile(r"\s*\([^()]*\)")
# British spellings in the lists -> also the American one: (word, index of the optional letter).
_SPELLINGS = (("labour", 4),)
_PLURAL = "(?:e?s)?"


@dataclass(frozen=True, slots=True)
class CheckMatch:
    """One occurrence of a term to avoid. ``text == checked_text[start:end]``."""

    start: int
    end: int
    text: str
    avoid_id: str
    lang: str
    reason: str
    use_instead: tuple[str, ...]
    term: str = ""  # the term as listed (with its qualifier), e.g. "rescue (for a raid)"


@dataclass(frozen=True, slots=True)
class _Entry:
    avoid_id: str
    lang: str
    reason: str
    use_instead: tuple[str, ...]
    term: str


def match_form(term: str) -> str:
    """What is looked for in the text for a listed term: NFC, bracketed qualifiers and quotes dropped.

    ``"economic migrant (to deny protection)"`` -> ``"economic migrant"``;
    ``'phi noi ("little ghosts")'`` -> ``"phi noi"``. Returns ``""`` if nothing is left.
    """
    form = unicodedata.normalize("NFC", term).translate(_DROP_IGNORABLE)
    previous = None
    while previous != form:  # nested brackets, innermost first
        previous, form = form, _QUALIFIER_RE.sub("", form)
    return " ".join(form.split()).strip(" \"'\u201c\u201d\u2018\u2019")


def is_nospace_term(form: str) -> bool:
    """True if the term is written in a script without spaces (matched as a substring)."""
    return bool(_NOSPACE_RE.search(form))


def _caseless(ch: str) -> str:
    """A regex atom matching ``ch`` in any case (the pattern is compiled without IGNORECASE)."""
    variants = {ch}
    for v in (ch.lower(), ch.upper(), ch.casefold(), ch.title()):
        if len(v) == 1:
            variants.add(v)
    if len(variants) == 1:
        return re.escape(ch)
    return "[" + "".join(re.escape(v) for v in sorted(variants)) + "]"


def _latin_atoms(form: str) -> list[str]:
    """The regex atoms of a spaced-script term, one per character or separator."""
    atoms: list[str] = []
    for token in _TOKEN_RE.split(form):
        if not token:
            continue
        if token[0] in _APOSTROPHES:
            atoms.append(_APOSTROPHE)
        elif _SEPARATOR_RE.fullmatch(token):
            atoms.append(_SEPARATOR)
        else:
            word = [_caseless(ch) for ch in token]
            lower = token.lower()
            for written, optional in _SPELLINGS:
                at = lower.find(written)
                while at >= 0 and len(lower) == len(token):
                    word[at + optional] += "?"
                    at = lower.find(written, at + 1)
            atoms.extend(word)
    return atoms


class _Trie:
    """Terms as a trie of regex atoms, emitted as one regex with shared prefixes factored out.

    Each term ends in an empty capturing group, so ``match.lastindex`` says which term matched.
    At every node the branches that can give the longest terms are tried first, and the term
    that ends there last.
    """

    __slots__ = ("children", "terminal")

    def __init__(self) -> None:
        self.children: dict[str, _Trie] = {}
        self.terminal: tuple[int, str] | None = None  # (entry index, regex before the group)

    def add(self, atoms: Sequence[str], entry: int, tail: str) -> bool:
        node = self
        for atom in atoms:
            node = node.children.setdefault(atom, _Trie())
        if node.terminal is not None:
            return False
        node.terminal = (entry, tail)
        return True

    def longest(self) -> int:
        """The most atoms on a path from here to a term's end (this atom included)."""
        return 1 + max((child.longest() for child in self.children.values()), default=0)

    def emit(self, groups: list[int]) -> str:
        """The regex for this subtree; appends the entry index of each capturing group in order."""
        alternatives = []
        for atom, child in sorted(self.children.items(), key=lambda item: -item[1].longest()):
            alternatives.append(atom + child.emit(groups))
        if self.terminal is not None:
            entry, tail = self.terminal
            groups.append(entry)
            alternatives.append(tail + "()")
        if len(alternatives) == 1:
            return alternatives[0]
        return "(?:" + "|".join(alternatives) + ")"


@lru_cache(maxsize=1)
def _cluster_regex() -> re.Pattern[str]:
    """Finds the places where NFC (or dropping ignorables) may change the text.

    A cluster is a character followed by characters that NFC may reorder or merge with it
    (combining marks; Hangul vowels and final consonants; the few vowel signs, such as Burmese
    U+102E, that compose with what precedes them), a lone character that NFC replaces, or an
    ignorable character. Between clusters the text is already NFC. Built once, the first time
    a text that is not NFC is checked.
    """
    attach = set(range(0x1161, 0x1176)) | set(range(0x11A8, 0x11C3))  # Hangul medial vowels, final consonants
    changes: set[int] = set()
    for cp in range(0x0300, 0x30000):
        ch = chr(cp)
        if unicodedata.combining(ch):
            attach.add(cp)
        decomposition = unicodedata.decomposition(ch)
        if not decomposition or decomposition.startswith("<"):
            continue
        parts = decomposition.split()
        if len(parts) == 2:
            attach.add(int(parts[1], 16))
        if unicodedata.normalize("NFC", ch) != ch:
            changes.add(cp)
        if unicodedata.combining(unicodedata.normalize("NFD", ch)[0]):
            attach.add(cp)
    attach_class = _char_class(attach)
    return re.compile(f"(?s).[{attach_class}]+|[{_char_class(changes)}]|[{_IGNORABLE}]")


@dataclass(frozen=True, slots=True)
class _View:
    """The text as matched (NFC, ignorables dropped) and the way back to original offsets.

    ``pieces`` are (view offset, original offset, view length, original length, verbatim):
    verbatim pieces map index by index, the others (clusters) map as a whole.
    """

    text: str
    pieces: tuple[tuple[int, int, int, int, bool], ...] = ()
    offsets: tuple[int, ...] = ()  # view offset of each piece, for bisect

    def span(self, start: int, end: int) -> tuple[int, int]:
        if not self.pieces:
            return start, end
        v0, o0, _, _, verbatim = self.pieces[bisect.bisect_right(self.offsets, start) - 1]
        a = o0 + (start - v0) if verbatim else o0
        v0, o0, _, olen, verbatim = self.pieces[bisect.bisect_right(self.offsets, end - 1) - 1]
        b = o0 + (end - v0) if verbatim else o0 + olen
        return a, b


def _view(text: str) -> _View:
    if not _IGNORABLE_RE.search(text) and unicodedata.is_normalized("NFC", text):
        return _View(text)
    out: list[str] = []
    pieces: list[tuple[int, int, int, int, bool]] = []
    v = o = 0
    for m in _cluster_regex().finditer(text):
        if m.start() > o:
            run = text[o : m.start()]
            pieces.append((v, o, len(run), len(run), True))
            out.append(run)
            v, o = v + len(run), m.start()
        norm = unicodedata.normalize("NFC", m.group()).translate(_DROP_IGNORABLE)
        if norm:
            pieces.append((v, o, len(norm), m.end() - o, False))
            out.append(norm)
            v += len(norm)
        o = m.end()
    if o < len(text):
        pieces.append((v, o, len(text) - o, len(text) - o, True))
        out.append(text[o:])
    return _View("".join(out), tuple(pieces), tuple(p[0] for p in pieces))


class TextChecker:
    """Finds terms to avoid in text. Build once (it compiles one regex), call :meth:`check` often.

    Thread-safe after construction: :meth:`check` keeps no state.
    """

    def __init__(self, avoid: Sequence[TermToAvoid]) -> None:
        entries: list[_Entry] = []
        latin, nospace = _Trie(), _Trie()
        owner: dict[tuple[str, ...], str] = {}
        for item in avoid:
            english = item.variant("en")
            fallback_reason = english.reason if english else ""
            for variant in item.variants:
                for term in variant.terms:
                    form = match_form(term)
                    if not form:
                        log.warning("%s: term %r has nothing to match", item.id, term)
                        continue
                    entry = _Entry(item.id, variant.lang, variant.reason or fallback_reason, item.use_instead, term)
                    if is_nospace_term(form):
                        atoms = [re.escape(ch) for ch in form]
                        added = nospace.add(atoms, len(entries), "")
                    else:
                        atoms = _latin_atoms(form)
                        plural = variant.lang == "en" and form[-1].isalpha()
                        added = latin.add(atoms, len(entries), _PLURAL if plural else "")
                    if added:
                        entries.append(entry)
                        owner[tuple(atoms)] = item.id
                    elif owner.get(tuple(atoms)) != item.id:
                        log.warning("%s: term %r is already listed under %s", item.id, term, owner.get(tuple(atoms)))
        groups: list[int] = []
        parts = []
        if latin.children:
            parts.append(f"{_LATIN_BEFORE}{latin.emit(groups)}{_LATIN_AFTER}")
        if nospace.children:
            parts.append(f"{_NOSPACE_BEFORE}{nospace.emit(groups)}{_NOSPACE_AFTER}")
        self._entries: tuple[_Entry, ...] = tuple(entries[i] for i in groups)
        self._regex: re.Pattern[str] | None = re.compile("|".join(parts)) if parts else None
        log.debug("text checker: %d terms from %d entries", len(self._entries), len(avoid))

    @property
    def term_count(self) -> int:
        """How many distinct terms are looked for."""
        return len(self._entries)

    def check(self, text: str) -> tuple[CheckMatch, ...]:
        """Every term to avoid in ``text``: sorted by start, never overlapping."""
        if self._regex is None or not text:
            return ()
        view = _view(text)
        regex = self._regex
        # Candidates: the match the regex finds at every position where one starts.
        # finditer tries every position outside its own matches; positions inside them are
        # tried one by one, so a longer term that starts inside a shorter one is not missed.
        candidates: list[tuple[int, int, int]] = []
        for m in regex.finditer(view.text):
            candidates.append((m.start(), m.end(), m.lastindex or 0))
            for pos in range(m.start() + 1, m.end()):
                inner = regex.match(view.text, pos)
                if inner:
                    candidates.append((inner.start(), inner.end(), inner.lastindex or 0))
        out = []
        for start, end, group in _longest_first(candidates):
            entry = self._entries[group - 1]
            a, b = view.span(start, end)
            out.append(
                CheckMatch(a, b, text[a:b], entry.avoid_id, entry.lang, entry.reason, entry.use_instead, entry.term)
            )
        return tuple(out)


def _longest_first(candidates: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Non-overlapping candidates: longer ones win, then earlier ones. Sorted by start."""
    starts: list[int] = []
    kept: list[tuple[int, int, int]] = []
    for cand in sorted(set(candidates), key=lambda c: (c[0] - c[1], c[0])):
        start, end, _ = cand
        i = bisect.bisect_left(starts, start)
        if i > 0 and kept[i - 1][1] > start:
            continue
        if i < len(kept) and kept[i][0] < end:
            continue
        starts.insert(i, start)
        kept.insert(i, cand)
    return kept


def concept_titles(
    concept_ids: Iterable[str], concepts: Iterable[Concept] | Mapping[str, Concept], lang: str
) -> tuple[str, ...]:
    """Titles of ``concept:slug`` ids in ``lang`` (English if the concept lacks that language).

    ``concepts`` is a list of concepts or a mapping id -> concept. An id that is not found
    gives its slug, so the UI always has something to show.
    """
    by_id = concepts if isinstance(concepts, Mapping) else {c.id: c for c in concepts}
    out = []
    for cid in concept_ids:
        concept = by_id.get(cid)
        out.append(concept.title(lang) if concept else cid.partition(":")[2] or cid)
    return tuple(out)


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def utf16_offsets(text: str, offsets: Sequence[int]) -> list[int]:
    """Python ``str`` indices into ``text`` as UTF-16 code units (Qt's QString / QTextCursor positions).

    Each character outside the Basic Multilingual Plane (emoji, CJK extension B...) is two
    UTF-16 units, so every index after one moves right by one per such character before it.
    """
    astral = [m.start() for m in _ASTRAL.finditer(text)]
    if not astral:
        return list(offsets)
    return [i + bisect.bisect_left(astral, i) for i in offsets]

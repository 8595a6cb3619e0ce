"""From what the user typed to a Whoosh query. Any input is safe: nothing is parsed as syntax.

The query goes through the same analysis as the index (:mod:`analysis`). It is split into
chunks: a word of a spaced script, or a whole run of a script written without spaces. Each
chunk becomes an ``Or`` of alternatives (exact word, folded, stemmed, a prefix for the last
chunk, a fuzzy term in fuzzy mode, and for runs a word phrase and a sequence of cluster
bigrams); the chunks are joined with ``And`` (strict) or ``Or`` (any).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from whoosh import query as wq

from mmn_desktop.core.models import Notice
from mmn_desktop.core.search import analysis as an

MAX_QUERY_CHARS = 500  # longer input is cut: nobody types more, and it bounds the work
MAX_CHUNKS = 12
MIN_PREFIX = 2  # Latin prefixes shorter than this are matched as whole words only
MIN_FUZZY = 4
ZAWGYI_SURE = 0.95
ZAWGYI_MAYBE = 0.5

WORD_FIELDS = ("text",)


@dataclass(frozen=True, slots=True)
class Chunk:
    text: str  # case-folded surface (a word, or a whole no-space run)
    nospace: bool
    words: tuple[str, ...]  # ICU words of a run; (text,) for a spaced word
    variants: tuple[str, ...] = ()
    last: bool = False


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    raw: str
    text: str  # normalised (and Zawgyi-converted) text
    chunks: tuple[Chunk, ...]
    alternatives: tuple[ParsedQuery, ...] = ()  # e.g. the Unicode reading of possible Zawgyi
    notices: tuple[Notice, ...] = field(default_factory=tuple)

    @property
    def empty(self) -> bool:
        return not self.chunks


@lru_cache(maxsize=1)
def _zawgyi_detector():
    import warnings

    from myanmartools import ZawgyiDetector

    with warnings.catch_warnings():  # it loads its model with a deprecated importlib call
        warnings.simplefilter("ignore", DeprecationWarning)
        return ZawgyiDetector()


def zawgyi_to_unicode(text: str) -> str:
    from myanmar import converter

    return str(converter.convert(text, "zawgyi", "unicode"))


def zawgyi_probability(text: str) -> float:
    if not an.has_myanmar(text):
        return 0.0
    return float(_zawgyi_detector().get_zawgyi_probability(text))


def chunks_of(text: str, open_end: bool = True) -> tuple[Chunk, ...]:
    """Chunks of the query; the last is marked (a prefix) unless ``open_end`` is False."""
    words = an.words(text)
    chunks: list[Chunk] = []
    i = 0
    while i < len(words):
        w = words[i]
        if w.nospace:
            run = [w]
            end = w.start + len(w.text)
            while i + 1 < len(words) and words[i + 1].nospace and words[i + 1].start == end:
                i += 1
                run.append(words[i])
                end = words[i].start + len(words[i].text)
            chunks.append(Chunk("".join(x.text for x in run), True, tuple(x.text for x in run)))
        else:
            chunks.append(Chunk(w.text, False, (w.text,), w.variants))
        i += 1
    chunks = chunks[:MAX_CHUNKS]
    if chunks and open_end:
        last = chunks[-1]
        if len(chunks) > 1 and not last.nospace and len(last.text) < MIN_PREFIX and not last.text.isdigit():
            # "migrant w": one Latin letter being typed says too little to require; it still
            # counts in the name tiers (entries named "migrant w..." rank first).
            chunks.pop()
        else:
            chunks[-1] = Chunk(last.text, last.nospace, last.words, last.variants, last=True)
    return tuple(chunks)


def parse(raw: str) -> ParsedQuery:
    """Analyse user input. Never raises on any string."""
    text = an.normalize(raw[:MAX_QUERY_CHARS])
    # A space after the last word means it is finished: no prefix search for it.
    open_end = not text[-1:].isspace()
    notices: list[Notice] = []
    if len(raw) > MAX_QUERY_CHARS:
        notices.append(
            Notice("query-cut", f"query cut to its first {MAX_QUERY_CHARS} characters", str(MAX_QUERY_CHARS))
        )
    alternatives: tuple[ParsedQuery, ...] = ()
    prob = zawgyi_probability(text)
    if prob >= ZAWGYI_MAYBE:
        converted = an.normalize(zawgyi_to_unicode(text))
        if converted != text:
            if prob >= ZAWGYI_SURE:
                notices.append(Notice("zawgyi-converted", "the Burmese text looks like Zawgyi; searched as Unicode"))
                original = ParsedQuery(raw, text, chunks_of(text, open_end))
                return ParsedQuery(raw, converted, chunks_of(converted, open_end), (original,), tuple(notices))
            notices.append(Notice("zawgyi-maybe", "the Burmese text may be Zawgyi; searched both readings"))
            alternatives = (ParsedQuery(raw, converted, chunks_of(converted, open_end)),)
    return ParsedQuery(raw, text, chunks_of(text, open_end), alternatives, tuple(notices))


def _gram_query(chunk: Chunk, prefix: bool) -> wq.Query | None:
    clusters = an.grapheme_clusters(chunk.text)
    if not clusters:
        return None
    if len(clusters) == 1:
        # Every cluster and its beginnings are indexed on their own: one posting list.
        return wq.Term("gram", clusters[0])
    grams = [clusters[i] + clusters[i + 1] for i in range(len(clusters) - 1)]
    parts: list[wq.Query] = [wq.Term("gram", g) for g in grams[:-1]]
    # The last cluster may still be incomplete while typing (a Burmese medial not yet typed).
    parts.append(wq.Prefix("gram", grams[-1]) if prefix else wq.Term("gram", grams[-1]))
    return parts[0] if len(parts) == 1 else wq.Sequence(parts)


Candidates = Callable[[str], list[str]]


def chunk_query(chunk: Chunk, prefix: bool = True, fuzzy: Candidates | None = None) -> wq.Query:
    """The alternatives that may match one chunk."""
    as_prefix = prefix and chunk.last
    alts: list[wq.Query] = []
    if chunk.nospace:
        if len(chunk.words) > 1:
            alts.append(wq.Phrase("text", list(chunk.words), boost=2.0))
        else:
            alts.append(wq.Term("text", chunk.text, boost=2.0))
        g = _gram_query(chunk, as_prefix)
        if g is not None:
            alts.append(g)
        return wq.Or(alts)
    if as_prefix and len(chunk.text) >= MIN_PREFIX:
        # The word being typed: every indexed word it begins (the word itself included) is
        # one term of the prefix field, a single posting list.
        alts.append(wq.Term("prefix", chunk.text[: an.MAX_PREFIX]))
        folded = an.fold(chunk.text)
        if folded != chunk.text:
            alts.append(wq.Term("prefix", folded[: an.MAX_PREFIX], boost=0.6))
        alts.extend(wq.Term("text", v, boost=0.8) for v in chunk.variants if not v.startswith(folded))
    else:
        alts.append(wq.Term("text", chunk.text, boost=2.0))
        alts.extend(wq.Term("text", v) for v in chunk.variants)
    if fuzzy is not None and len(chunk.text) >= MIN_FUZZY:
        alts.extend(wq.Term("text", cand, boost=0.5) for cand in fuzzy(an.fold(chunk.text)))
    return alts[0] if len(alts) == 1 else wq.Or(alts)


def build(
    parsed: ParsedQuery, mode: str = "exact", prefix: bool = True, candidates: Candidates | None = None
) -> wq.Query | None:
    """The Whoosh query for ``parsed``; mode is exact (all chunks), fuzzy, or any (one chunk).

    In fuzzy and any modes, ``candidates`` gives the spelling candidates of a Latin word.
    """
    queries = []
    for p in (parsed, *parsed.alternatives):
        if p.empty:
            continue
        fuzzy = candidates if mode in ("fuzzy", "any") else None
        parts = [chunk_query(c, prefix=prefix, fuzzy=fuzzy) for c in p.chunks]
        main: wq.Query = parts[0] if len(parts) == 1 else (wq.Or(parts) if mode == "any" else wq.And(parts))
        queries.append(main)
    if not queries:
        return None
    return queries[0] if len(queries) == 1 else wq.Or(queries)


def exact_queries(parsed: ParsedQuery, prefix: bool = True) -> tuple[wq.Query | None, wq.Query | None]:
    """Queries for entries whose whole name is the query (tier 2) or starts with it (tier 1).

    They are run apart from the main query, as small document sets: a per-document optional
    clause (AndMaybe) cost more than the rest of the search at 10x the content.
    """
    keys = [k for k in (an.exact_key(p.text) for p in (parsed, *parsed.alternatives)) if k]
    if not keys:
        return None, None
    exact = wq.Or([wq.Term("exact", k) for k in keys])
    starts = (
        wq.Or([wq.Term("name_prefix", k[: an.MAX_NAME_PREFIX]) for k in keys if len(k) >= MIN_PREFIX])
        if prefix
        else None
    )
    return exact, starts


def filter_query(kinds: tuple[str, ...], langs: tuple[str, ...], countries: tuple[str, ...]) -> wq.Query | None:
    parts: list[wq.Query] = []
    for fieldname, values in (("kind", kinds), ("lang", langs), ("countries", countries)):
        if values:
            parts.append(wq.Or([wq.Term(fieldname, v) for v in values]))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else wq.And(parts)

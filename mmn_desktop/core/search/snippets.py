"""Highlighted snippets without re-analysing the stored text.

Whoosh's own highlighter re-tokenises every hit's text (measured 7x the cost of the search
itself), and it cannot show matches found through the cluster-bigram fields. Instead, each
stored text is folded character by character into a *shadow* of the same length (lower case,
Latin diacritics removed, đ -> d), the query's needles are found in the shadow with plain
string search, and the offsets apply unchanged to the original text.
"""

from __future__ import annotations

import html
import unicodedata
from dataclasses import dataclass

from mmn_desktop.core.search import analysis as an
from mmn_desktop.core.search.query import ParsedQuery

MARK_OPEN = "<b>"
MARK_CLOSE = "</b>"
MAX_SPANS = 16  # one window of ~180 characters is shown; a few spans are enough to place it
MAX_SCAN = 20_000  # characters of a long chapter searched for a snippet


@dataclass(frozen=True, slots=True)
class Needle:
    text: str
    word_start: bool  # Latin needles must start a word; run needles match anywhere
    prefix: bool = False  # the last word typed: any word it begins matches


def needles(parsed: ParsedQuery) -> tuple[Needle, ...]:
    out: dict[str, Needle] = {}
    for p in (parsed, *parsed.alternatives):
        for c in p.chunks:
            if c.nospace:
                out.setdefault(c.text, Needle(c.text, False))
                for w in c.words:
                    if len(w) > 1:
                        out.setdefault(w, Needle(w, False))
            else:
                forms = {shadow(c.text), an.fold(c.text), *(shadow(v) for v in c.variants)}
                for form in forms:
                    if form and (len(form) >= 2 or form.isdigit() or len(c.text) == 1):
                        out.setdefault(form, Needle(form, True, c.last))
    return tuple(sorted(out.values(), key=lambda n: -len(n.text)))


def shadow(text: str) -> str:
    """Lower-cased, Latin-diacritic-free copy of ``text`` with exactly the same length."""
    if text.isascii():
        return text.lower()
    return text.translate({ord(ch): an.fold_char(ch) for ch in set(text)})


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch in "'’" or (unicodedata.category(ch)[0] == "M")


def _same_word(word: str, needle: str) -> bool:
    """A whole word matches a needle typed before the last word if it is the word or inflects it."""
    if word == needle:
        return True
    word = word.rstrip("'’")
    return word == needle or an.stem(word.replace("'", "").replace("’", "")) == an.stem(needle)


def find_spans(text: str, found_in: str, ns: tuple[Needle, ...]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for n in ns:
        start = 0
        while len(spans) < MAX_SPANS:
            i = found_in.find(n.text, start)
            if i < 0:
                break
            start = i + 1
            end = i + len(n.text)
            if n.word_start:
                if i > 0 and _is_word_char(text[i - 1]) and not an.is_nospace_char(text[i - 1]):
                    continue
                while end < len(text) and _is_word_char(text[end]) and not an.is_nospace_char(text[end]):
                    end += 1
                if not n.prefix and not _same_word(found_in[i:end], n.text):
                    continue
            else:
                # Never cut a grapheme cluster: take the marks that follow into the highlight.
                while end < len(text) and unicodedata.category(text[end])[0] == "M":
                    end += 1
            spans.append((i, end))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def make_snippet(text: str, ns: tuple[Needle, ...], width: int = 180) -> str:
    """HTML snippet of ``text`` (escaped) with the needles wrapped in <b>...</b>."""
    text = " ".join(text[:MAX_SCAN].split())
    spans = find_spans(text, shadow(text), ns) if ns else []
    if not spans:
        cut = text[:width]
        return html.escape(cut) + ("…" if len(text) > width else "")
    # The window that starts a little before some span and holds the most spans.
    best_start, best_count = 0, -1
    for s, _ in spans:
        ws = max(0, s - width // 4)
        count = sum(1 for a, b in spans if a >= ws and b <= ws + width)
        if count > best_count:
            best_start, best_count = ws, count
    if best_start > 0:
        space = text.rfind(" ", max(0, best_start - 15), best_start + 1)
        if space >= 0:
            best_start = space + 1
    end = min(len(text), best_start + width)
    if end < len(text):
        space = text.find(" ", end - 10, end + 15)
        if space > 0:
            end = space
    out = ["…" if best_start > 0 else ""]
    pos = best_start
    for s, e in spans:
        if e <= best_start or s >= end:
            continue
        s, e = max(s, best_start), min(e, end)
        out.append(html.escape(text[pos:s]))
        out.append(MARK_OPEN + html.escape(text[s:e]) + MARK_CLOSE)
        pos = e
    out.append(html.escape(text[pos:end]))
    if end < len(text):
        out.append("…")
    return "".join(out)

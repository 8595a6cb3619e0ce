"""SearchService: the Qt-free search API the UI and the CLI share.

A service owns one Whoosh index and one searcher. A searcher belongs to one thread: the UI
creates and uses the service on its search lane; the CLI uses it directly.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mmn_desktop.core import paths
from mmn_desktop.core.errors import IndexError_
from mmn_desktop.core.models import Notice, SearchFilters, SearchHit, SearchResult
from mmn_desktop.core.search import analysis as an
from mmn_desktop.core.search import index as ix_mod
from mmn_desktop.core.search import query as q
from mmn_desktop.core.search.documents import documents
from mmn_desktop.core.search.snippets import make_snippet, needles
from mmn_desktop.core.search.spelling import Speller

log = logging.getLogger(__name__)

Notify = Callable[[Notice], None]


class SearchService:
    """Search over the one index of every work.

    ``repository`` (a :class:`ContentRepository`) is the source the index is rebuilt from
    when it is missing, stale or corrupt. The rebuilt index goes to ``index_dir`` if that is
    writable, else to ``fallback_dir`` (the user cache); the install folder is never written.
    """

    def __init__(
        self,
        index_dir: Path,
        repository: Any = None,
        fallback_dir: Path | None = None,
        notify: Notify | None = None,
        progress: ix_mod.Progress | None = None,
    ) -> None:
        self.index_dir = index_dir
        self.repository = repository
        self.fallback_dir = fallback_dir
        self._notify = notify
        self._progress = progress
        self.notices: list[Notice] = []
        self.active_dir: Path | None = None
        self._ix: Any = None
        self._searcher: Any = None
        self._speller: Speller | None = None
        self._ids: list[str] = []

    # -- lifecycle ---------------------------------------------------------------------------

    def _say(self, notice: Notice) -> None:
        log.warning(notice.message)
        self.notices.append(notice)
        if self._notify:
            self._notify(notice)

    def open(self) -> SearchService:
        """Open the index, rebuilding it from the database if it cannot be used."""
        from whoosh import index

        expected = getattr(self.repository, "content_hash", None)
        candidates = [self.index_dir] + ([self.fallback_dir] if self.fallback_dir else [])
        chosen = None
        first_status = None
        for candidate in candidates:
            status = ix_mod.check_index(candidate, expected)
            first_status = first_status or status
            if status.ok:
                chosen = candidate
                break
        if chosen is None:
            assert first_status is not None
            if self.repository is None:
                raise IndexError_(
                    f"search index is {first_status.state}: {first_status.reason}", state=first_status.state
                )
            chosen = self._rebuild(first_status)
        self._speller = None
        self._ix = index.open_dir(str(chosen), indexname=ix_mod.INDEX_NAME, readonly=True)
        self._searcher = self._ix.searcher()
        # The entry id of every document, for collapsing hits (a plain list is fastest).
        self._ids = list(self._searcher.reader().column_reader("id"))
        self.active_dir = chosen
        return self

    def _rebuild(self, status: ix_mod.IndexStatus) -> Path:
        target = self.index_dir
        # An installed app never writes its own folder, even where the file system would let it
        # (a per-user install, an unpacked tarball): paths.may_write says so before any probe.
        if not paths.may_write(target) or not ix_mod.is_writable_dir(target.parent if not target.exists() else target):
            if self.fallback_dir is None:
                raise IndexError_(f"search index is {status.state} and {target} is read-only", state=status.state)
            target = self.fallback_dir
        self._say(
            Notice(
                "index-rebuilt",
                f"The search index was {status.state} ({status.reason}); "
                f"rebuilding it from the database into {target}.",
                status.state,
            )
        )
        content = self.repository.load_all()
        started = time.perf_counter()
        count = ix_mod.build_index_atomically(target, documents(content), self.repository.content_hash, self._progress)
        log.info("rebuilt index of %d documents in %.2f s", count, time.perf_counter() - started)
        return target

    def close(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None
        if self._ix is not None:
            self._ix.close()
            self._ix = None

    def __enter__(self) -> SearchService:
        return self.open() if self._searcher is None else self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- searching ---------------------------------------------------------------------------

    def search(
        self, text: str, filters: SearchFilters | None = None, limit: int = 20, prefix: bool = True, generation: int = 0
    ) -> SearchResult:
        """Search as you type. Never raises on any input string.

        Tries the query strictly (every word), then with spelling candidates, then (for
        several words) any word; reports which in ``mode``.
        """
        if self._searcher is None:
            self.open()
        started = time.perf_counter()
        filters = filters or SearchFilters()
        limit = max(1, min(int(limit), 500))
        parsed = q.parse(text if isinstance(text, str) else str(text))
        notices = tuple(parsed.notices)
        if parsed.empty and not any(not a.empty for a in parsed.alternatives):
            return SearchResult(text, 0, _ms(started), (), "empty", "", notices, generation)
        flt = q.filter_query(filters.kinds, filters.langs, filters.countries)
        ranked: list[tuple[float, int]] = []
        mode = "exact"
        tried = None
        for mode in ("exact", "fuzzy", "any"):
            if mode == "any" and len(parsed.chunks) < 2:
                break
            query = q.build(parsed, mode=mode, prefix=prefix, candidates=self._candidates)
            if query is None:
                break
            if query == tried:
                continue  # no spelling candidates: the fuzzy query would repeat the exact one
            tried = query
            # All matches, scored: few enough here, and it gives the exact number of entries.
            results = self._searcher.search(query, limit=None, filter=flt, terms=False)
            ranked = [(score, docnum) for score, docnum in results.top_n]
            if ranked:
                break
        if ranked:
            ranked = self._tiered(parsed, ranked, prefix)
        suggestion = self.suggest(parsed) if mode != "exact" or not ranked else ""
        if not ranked:
            return SearchResult(text, 0, _ms(started), (), "none", suggestion, notices, generation)
        # One hit per entry: the best-scoring language of each.
        ids = self._ids
        seen: set[str] = set()
        top: list[tuple[float, int]] = []
        for score, docnum in ranked:
            ident = ids[docnum]
            if ident in seen:
                continue
            seen.add(ident)
            if len(top) < limit:
                top.append((score, docnum))
        ns = needles(parsed) + (needles(q.parse(suggestion)) if suggestion else ())
        hits = []
        for score, docnum in top:
            fields = self._searcher.stored_fields(docnum)
            hits.append(
                SearchHit(
                    kind=fields["kind"],
                    id=fields["id"],
                    title=fields.get("title", ""),
                    lang=fields.get("lang", ""),
                    snippet=make_snippet(fields.get("body", ""), ns),
                    score=float(score),
                    countries=tuple(c for c in fields.get("countries", "").split(",") if c),
                )
            )
        return SearchResult(text, len(seen), _ms(started), tuple(hits), mode, suggestion, notices, generation)

    def _tiered(self, parsed: q.ParsedQuery, ranked: list[tuple[float, int]], prefix: bool) -> list[tuple[float, int]]:
        """Exact name matches first, then names that start with the query, then by score."""
        exact, starts = q.exact_queries(parsed, prefix)
        exact_docs = set(self._searcher.docs_for_query(exact)) if exact is not None else set()
        start_docs = set(self._searcher.docs_for_query(starts)) if starts is not None else set()
        if not exact_docs and not start_docs:
            return ranked

        def tier(item: tuple[float, int]) -> tuple[int, float]:
            docnum = item[1]
            return (2 if docnum in exact_docs else 1 if docnum in start_docs else 0, item[0])

        return sorted(ranked, key=tier, reverse=True)

    def _candidates(self, word: str) -> list[str]:
        if self._speller is None:
            reader = self._searcher.reader()
            words = (t.decode("utf-8") if isinstance(t, bytes) else t for t in reader.lexicon("text"))
            self._speller = Speller(((w, -1) for w in words), freq=lambda w: reader.doc_frequency("text", w))
        return self._speller.candidates(word)

    def suggest(self, parsed: q.ParsedQuery) -> str:
        """A "did you mean" for the misspelled Latin words of the query, or ''."""
        words = []
        changed = False
        for c in parsed.chunks:
            cands = [] if c.nospace else self._candidates(an.fold(c.text))
            if cands and not (c.last and self._has_prefix(c.text)):
                words.append(cands[0])
                changed = True
            else:
                words.append(c.text)
        return " ".join(words) if changed else ""

    def _has_prefix(self, text: str) -> bool:
        """Is ``text`` the beginning of some indexed word (so it is being typed, not misspelled)?"""
        return bool(self._searcher.reader().doc_frequency("prefix", text[: an.MAX_PREFIX]))

    WARM_SAMPLES = ("worker", "แรงงาน", "ແຮງງານ", "ពលករ", "အလုပ်သမား", "工人", "lao động")

    def warm_steps(self) -> list[Callable[[], object]]:
        """The one-time costs before the user types, as small steps: open the index, build the
        spelling table, load the ICU dictionary of each script. A caller can run a user's search
        between two steps (the desktop app does), so warming never delays the first results."""
        steps: list[Callable[[], object]] = [lambda: self._searcher is None and self.open()]
        steps.append(lambda: self._candidates("warmup"))
        steps += [functools.partial(self.search, sample, limit=1) for sample in self.WARM_SAMPLES]
        return steps

    def warm(self) -> None:
        """All of ``warm_steps`` at once (for the CLI and benchmarks)."""
        for step in self.warm_steps():
            step()

    def doc_count(self) -> int:
        if self._searcher is None:
            self.open()
        return int(self._searcher.doc_count())


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000.0, 3)

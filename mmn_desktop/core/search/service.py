"""SearchService: the Qt-free search API the UI and the CLI share.

A service owns one Whoosh index and one searcher. A searcher belongs to one thread: the UI
creates and uses the service on its search lane; the CLI uses it directly.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mmn_desktop.core.errors import IndexError_
from mmn_desktop.core.models import SearchFilters, SearchHit, SearchResult
from mmn_desktop.core.search import index as ix_mod
from mmn_desktop.core.search import query as q
from mmn_desktop.core.search.documents import documents
from mmn_desktop.core.search.snippets import make_snippet, needles

log = logging.getLogger(__name__)

Notify = Callable[[str], None]


class SearchService:
    """Search over the one index of every work.

    ``repository`` (a :class:`ContentRepository`) is the source the index is rebuilt from
    when it is missing, stale or corrupt. The rebuilt index goes to ``index_dir`` if that is
    writable, else to ``fallback_dir`` (the user cache); the install folder is never written.
    """

    def __init__(self, index_dir: Path, repository: Any = None, fallback_dir: Path | None = None,
                 notify: Notify | None = None, progress: ix_mod.Progress | None = None) -> None:
        self.index_dir = index_dir
        self.repository = repository
        self.fallback_dir = fallback_dir
        self._notify = notify
        self._progress = progress
        self.notices: list[str] = []
        self.active_dir: Path | None = None
        self._ix: Any = None
        self._searcher: Any = None

    # -- lifecycle ---------------------------------------------------------------------------

    def _say(self, message: str) -> None:
        log.warning(message)
        self.notices.append(message)
        if self._notify:
            self._notify(message)

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
                raise IndexError_(f"search index is {first_status.state}: {first_status.reason}",
                                  state=first_status.state)
            chosen = self._rebuild(first_status)
        self._ix = index.open_dir(str(chosen), indexname=ix_mod.INDEX_NAME, readonly=True)
        self._searcher = self._ix.searcher()
        self.active_dir = chosen
        return self

    def _rebuild(self, status: ix_mod.IndexStatus) -> Path:
        target = self.index_dir
        if not ix_mod.is_writable_dir(target.parent if not target.exists() else target):
            if self.fallback_dir is None:
                raise IndexError_(f"search index is {status.state} and {target} is read-only", state=status.state)
            target = self.fallback_dir
        self._say(f"The search index was {status.state} ({status.reason}); rebuilding it from the database "
                  f"into {target}.")
        content = self.repository.load_all()
        started = time.perf_counter()
        count = ix_mod.build_index_atomically(target, documents(content), self.repository.content_hash,
                                              self._progress)
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

    def search(self, text: str, filters: SearchFilters | None = None, limit: int = 20,
               prefix: bool = True, generation: int = 0) -> SearchResult:
        """Search as you type. Never raises on any input string."""
        if self._searcher is None:
            self.open()
        started = time.perf_counter()
        filters = filters or SearchFilters()
        limit = max(1, min(int(limit), 500))
        parsed = q.parse(text if isinstance(text, str) else str(text))
        notices = list(parsed.notices)
        if parsed.empty and not any(not a.empty for a in parsed.alternatives):
            return SearchResult(text, 0, _ms(started), (), "empty", "", tuple(notices), generation)
        flt = q.filter_query(filters.kinds, filters.langs, filters.countries)
        results, mode = None, "exact"
        for mode in ("strict", "fuzzy", "any"):
            if mode == "any" and len(parsed.chunks) < 2:
                break
            query = q.build(parsed, mode=mode, prefix=prefix)
            if query is None:
                break
            results = self._searcher.search(query, limit=limit, filter=flt, collapse="id", collapse_limit=1,
                                            terms=False)
            if results.scored_length():
                break
        if results is None or not results.scored_length():
            suggestion = self.suggest(parsed)
            return SearchResult(text, 0, _ms(started), (), "none", suggestion, tuple(notices), generation)
        label = {"strict": "exact", "fuzzy": "fuzzy", "any": "any"}[mode]
        suggestion = self.suggest(parsed) if label != "exact" else ""
        ns = needles(parsed) + (needles(q.parse(suggestion)) if suggestion else ())
        hits = []
        for hit in results:
            fields = hit.fields()
            body = fields.get("body", "")
            hits.append(SearchHit(
                kind=fields["kind"], id=fields["id"], title=fields.get("title", ""), lang=fields.get("lang", ""),
                snippet=make_snippet(body, ns), score=float(hit.score or 0.0),
                countries=tuple(c for c in fields.get("countries", "").split(",") if c),
            ))
        total = results.scored_length() if results.scored_length() < limit else _collapsed_total(results)
        return SearchResult(text, total, _ms(started), tuple(hits), label, suggestion, tuple(notices), generation)

    def suggest(self, parsed: q.ParsedQuery) -> str:
        """A "did you mean" for the Latin words of the query, or ''."""
        try:
            corrector = self._searcher.corrector("body")
            words = []
            changed = False
            for c in parsed.chunks:
                if c.nospace or len(c.text) < q.MIN_FUZZY or not c.text.isalpha():
                    words.append(c.text)
                    continue
                best = corrector.suggest(c.text, limit=1, maxdist=2)
                if best and best[0] != c.text:
                    words.append(best[0])
                    changed = True
                else:
                    words.append(c.text)
            return " ".join(words) if changed else ""
        except Exception:  # a suggestion is a nicety; never fail a search for it
            log.exception("suggestion failed")
            return ""

    def doc_count(self) -> int:
        if self._searcher is None:
            self.open()
        return int(self._searcher.doc_count())


def _collapsed_total(results: Any) -> int:
    """Number of distinct entries matched (an entry found in several languages counts once)."""
    try:
        ids = results.searcher.reader().column_reader("id")
        return len({ids[d] for d in results.docs()})
    except Exception:  # pragma: no cover - a count is informative only
        log.exception("counting results failed")
        return len(results)


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000.0, 3)

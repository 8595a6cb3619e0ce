"""Search as you type: debounce, run on the search lane, drop superseded results.

Keystrokes are coalesced rather than delayed: a short single-shot timer (5 ms) lets a burst
of keys become one request, and while a search is running only the newest text waits for the
lane. So a result is at most one search behind the last keystroke, with no fixed 100+ ms delay.

The search lane owns the SearchService (and with it the Whoosh searcher): it is created, used
and closed only on that lane's thread. The GUI thread sends text and receives frozen results.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from mmn_desktop.core.models import SearchFilters, SearchResult

log = logging.getLogger(__name__)

# Called on the search lane with (notify, progress) callbacks; returns an opened SearchService.
ServiceFactory = Callable[[Callable[[str], None], Callable[[int, int], None]], Any]


class SearchController(QObject):
    results = Signal(object)  # the newest SearchResult
    failed = Signal(str)
    notice = Signal(object)  # a core Notice (index rebuilt); emitted on the GUI thread through call_in_gui
    progress = Signal(int, int)  # index rebuild progress (done, total)
    ready = Signal()

    def __init__(
        self, runner: Any, factory: ServiceFactory, debounce_ms: int = 5, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._factory = factory
        self._service: Any = None
        self._generation = 0
        self._text = ""
        self._filters = SearchFilters()
        self.dropped = 0  # results that arrived after a newer request (for tests)
        self._in_flight = 0  # searches sent to the lane and not yet answered
        self._waiting = False  # a newer query arrived while one was in flight
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.run_now)
        self._warm_queue: list[Any] | None = None  # warm-up steps still to run (None: not warming)

    # -- lane side ------------------------------------------------------------------------

    def _ensure(self) -> Any:
        if self._service is None:
            call = self._runner.call_in_gui  # never emit a signal from the lane thread (see ui/tasks.py)
            self._service = self._factory(
                lambda message: call(lambda: self.notice.emit(message)),
                lambda done, total: call(lambda: self.progress.emit(done, total)),
            )
        return self._service

    def warm(self) -> None:
        """Open the index (rebuilding it if needed) and warm the searcher, off the GUI thread.

        The warm-up runs one small step per lane job, and pauses while a search is in flight,
        so a user who types at once gets results after the index opens, not after the warm-up."""

        def first() -> list[Any]:
            return list(self._ensure().warm_steps()[1:])  # the first step (open) is _ensure itself

        def started(steps: list[Any]) -> None:
            self._warm_queue = steps
            self._warm_next()

        self._runner.submit("search", first, on_done=started, on_error=self._on_error)

    def _warm_next(self) -> None:
        steps = self._warm_queue
        if steps is None or self._in_flight:
            return  # resumed by _next() when the search lane is free
        if not steps:
            self._warm_queue = None
            self.ready.emit()
            return
        step = steps.pop(0)
        self._runner.submit("search", step, on_done=lambda _r: self._warm_next(), on_error=self._warm_failed)

    def _warm_failed(self, exc: BaseException) -> None:
        log.warning("warming the search index failed: %s", exc)
        self._warm_queue = None

    def close(self) -> None:
        """Close the searcher on its own lane (queued behind any running search)."""

        def job() -> None:
            if self._service is not None:
                self._service.close()
                repository = getattr(self._service, "repository", None)
                if repository is not None and hasattr(repository, "close"):
                    repository.close()
                self._service = None

        self._runner.submit("search", job)

    # -- GUI side -------------------------------------------------------------------------

    @property
    def generation(self) -> int:
        return self._generation

    @property
    def text(self) -> str:
        return self._text

    def set_query(self, text: str, filters: SearchFilters | None = None, immediate: bool = False) -> None:
        self._text = text
        if filters is not None:
            self._filters = filters
        self._generation += 1  # anything in flight is now stale
        if immediate:
            self._timer.stop()
            self.run_now()
        else:
            self._timer.start()

    def set_filters(self, filters: SearchFilters) -> None:
        self.set_query(self._text, filters, immediate=True)

    def run_now(self) -> None:
        if self._in_flight:
            self._waiting = True  # coalesce: only the newest text runs when the lane is free
            return
        text, filters, generation = self._text, self._filters, self._generation
        if not text.strip():
            self.results.emit(
                SearchResult(query=text, total=0, took_ms=0.0, hits=(), mode="empty", generation=generation)
            )
            return

        def job() -> SearchResult:
            return self._ensure().search(text, filters, limit=40, generation=generation)

        self._in_flight += 1
        self._runner.submit("search", job, on_done=self._on_result, on_error=self._on_error)

    def _next(self) -> None:
        self._in_flight = max(0, self._in_flight - 1)
        if self._waiting and not self._in_flight:
            self._waiting = False
            self.run_now()
        elif not self._in_flight:
            self._warm_next()

    def _on_result(self, result: SearchResult) -> None:
        self._next()
        if result.generation != self._generation:
            self.dropped += 1
            return
        self.results.emit(result)

    def _on_error(self, exc: BaseException) -> None:
        self._next()
        log.error("search failed", exc_info=exc)
        self.failed.emit(f"{type(exc).__name__}: {exc}")

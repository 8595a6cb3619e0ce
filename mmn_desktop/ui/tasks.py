"""Background lanes: named serial worker threads whose results come back on the GUI thread.

``runner.submit("search", fn, on_done=...)`` runs ``fn()`` on the "search" lane's thread; the
result (or the exception) is delivered to ``on_done``/``on_error`` on the GUI thread. Each lane
runs one job at a time, in order, so objects a lane creates (the Whoosh searcher, a SQLite
session) stay on that lane's thread. Tests use ``SyncRunner``, which runs jobs at once.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


@dataclass
class Job:
    fn: Callable[[], Any]
    on_done: Done | None = None
    on_error: Failed | None = None
    result: Any = None
    error: BaseException | None = None
    lane: str = ""
    tag: Any = field(default=None)


class _LaneWorker(QObject):
    finished = Signal(object)

    @Slot(object)
    def run(self, job: Job) -> None:
        try:
            job.result = job.fn()
        except BaseException as exc:  # delivered to the GUI thread, never lost
            job.error = exc
        self.finished.emit(job)


class _Lane(QObject):
    dispatch = Signal(object)

    def __init__(self, name: str, parent: QObject) -> None:
        super().__init__(parent)
        self.thread = QThread()
        self.thread.setObjectName(f"lane-{name}")
        self.worker = _LaneWorker()
        self.worker.moveToThread(self.thread)
        self.dispatch.connect(self.worker.run)
        self.thread.start()


def _quit_current_thread() -> None:
    thread = QThread.currentThread()
    if thread is not None:
        thread.quit()


class TaskRunner(QObject):
    """Owns the lanes; create it on the GUI thread."""

    error = Signal(object, str)  # an exception no job handled, and the lane's name

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lanes: dict[str, _Lane] = {}
        self._pending = 0
        self._closed = False

    def submit(
        self, lane: str, fn: Callable[[], Any], on_done: Done | None = None, on_error: Failed | None = None
    ) -> None:
        if self._closed:
            log.debug("runner closed: dropped a job for lane %s", lane)
            return
        worker_lane = self._lanes.get(lane)
        if worker_lane is None:
            worker_lane = self._lanes[lane] = _Lane(lane, self)
            worker_lane.worker.finished.connect(self._deliver)
        self._pending += 1
        worker_lane.dispatch.emit(Job(fn, on_done, on_error, lane=lane))

    @property
    def pending(self) -> int:
        return self._pending

    @Slot(object)
    def _deliver(self, job: Job) -> None:
        self._pending -= 1
        if self._closed:
            return
        try:
            if job.error is not None:
                if job.on_error is not None:
                    job.on_error(job.error)
                else:
                    self.error.emit(job.error, job.lane)
            elif job.on_done is not None:
                job.on_done(job.result)
        except Exception as exc:  # a callback failed: report it, keep running
            self.error.emit(exc, job.lane)

    def run_now(self, lane: str, fn: Callable[[], Any]) -> Any:
        """Run ``fn`` on ``lane`` and wait for it (for shutdown only, never while the GUI is live)."""
        box: dict[str, Any] = {}
        done = threading.Event()

        def job() -> None:
            try:
                box["result"] = fn()
            finally:
                done.set()

        worker_lane = self._lanes.get(lane)
        if worker_lane is None:
            return fn()
        worker_lane.dispatch.emit(Job(job, lane=lane))
        done.wait(10)
        return box.get("result")

    def shutdown(self, timeout_ms: int = 5000) -> None:
        """Let each lane finish its queued jobs (writes are not lost), then stop the threads."""
        self._closed = True
        for lane in self._lanes.values():
            # Queued behind every job already submitted: the lane finishes those first.
            lane.dispatch.emit(Job(_quit_current_thread, lane="quit"))
        for name, lane in self._lanes.items():
            if not lane.thread.wait(timeout_ms):
                log.warning("lane %s did not stop within %d ms", name, timeout_ms)
        self._lanes.clear()


class SyncRunner(QObject):
    """Same interface, runs each job at once on the calling thread (for tests)."""

    error = Signal(object, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pending = 0

    def submit(
        self, lane: str, fn: Callable[[], Any], on_done: Done | None = None, on_error: Failed | None = None
    ) -> None:
        try:
            result = fn()
        except Exception as exc:
            if on_error is not None:
                on_error(exc)
            else:
                self.error.emit(exc, lane)
            return
        if on_done is not None:
            on_done(result)

    def run_now(self, lane: str, fn: Callable[[], Any]) -> Any:
        return fn()

    def shutdown(self, timeout_ms: int = 5000) -> None:
        pass

"""Background lanes: named serial worker threads whose results come back on the GUI thread.

``runner.submit("search", fn, on_done=...)`` runs ``fn()`` on the "search" lane's thread; the
result (or the exception) is delivered to ``on_done``/``on_error`` on the GUI thread. Each lane
runs one job at a time, in order, so objects a lane creates (the Whoosh searcher, a SQLite
session) stay on that lane's thread. Tests use ``SyncRunner``, which runs jobs at once.

Lanes are plain Python threads fed by a queue. Finished jobs go into a Python queue and the GUI
thread is woken with an argument-less queued ``invokeMethod``; no Python object travels through
Qt's meta-type system between threads. (PySide6 6.12.0 on Python 3.11 loses a reference to
``True``/``None`` on every signal emit and every posted Python QEvent, and the process aborts
after a few thousand: pinned below 6.12, and tests/ui/test_tasks.py keeps a regression check.)
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QMetaObject, QObject, Qt, Signal, Slot

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


@dataclass
class Job:
    fn: Callable[[], Any]
    on_done: Done | None = None
    on_error: Failed | None = None
    lane: str = ""
    result: Any = None
    error: BaseException | None = None


@dataclass
class _Delivery:
    job: Job | None
    call: Callable[[], None] | None = None


class _Lane:
    def __init__(self, name: str, runner: TaskRunner) -> None:
        self.name = name
        self.queue: queue.Queue[Job | None] = queue.Queue()
        self.thread = threading.Thread(target=self._loop, args=(runner,), name=f"lane-{name}", daemon=True)
        self.thread.start()

    def _loop(self, runner: TaskRunner) -> None:
        while True:
            job = self.queue.get()
            if job is None:
                return
            try:
                job.result = job.fn()
            except BaseException as exc:  # delivered to the GUI thread, never lost
                job.error = exc
            runner._post(_Delivery(job))


class TaskRunner(QObject):
    """Owns the lanes; create it on the GUI thread."""

    error = Signal(object, str)  # an exception no job handled, and the lane's name (GUI thread)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lanes: dict[str, _Lane] = {}
        self._closed = False
        self._done: queue.SimpleQueue[_Delivery] = queue.SimpleQueue()

    def submit(
        self, lane: str, fn: Callable[[], Any], on_done: Done | None = None, on_error: Failed | None = None
    ) -> None:
        if self._closed:
            log.debug("runner closed: dropped a job for lane %s", lane)
            return
        worker = self._lanes.get(lane)
        if worker is None:
            worker = self._lanes[lane] = _Lane(lane, self)
        worker.queue.put(Job(fn, on_done, on_error, lane=lane))

    def call_in_gui(self, fn: Callable[[], None]) -> None:
        """Run ``fn`` on the GUI thread soon; safe to call from any thread (progress, notices)."""
        self._post(_Delivery(None, fn))

    def _post(self, delivery: _Delivery) -> None:
        """Any thread: queue a delivery and wake the GUI thread."""
        self._done.put(delivery)
        QMetaObject.invokeMethod(self, "_drain", Qt.ConnectionType.QueuedConnection)

    @Slot()
    def _drain(self) -> None:
        while True:
            try:
                delivery = self._done.get_nowait()
            except queue.Empty:
                return
            self._deliver(delivery)

    def _deliver(self, delivery: _Delivery) -> None:
        if delivery.call is not None:
            if not self._closed:
                call = delivery.call
                self._run_callback(call, "gui")
            return
        job = delivery.job
        if job is None or self._closed:
            return
        if job.error is not None:
            if job.on_error is not None:
                on_error, error = job.on_error, job.error
                self._run_callback(lambda: on_error(error), job.lane)
            else:
                self.error.emit(job.error, job.lane)
        elif job.on_done is not None:
            on_done, result = job.on_done, job.result
            self._run_callback(lambda: on_done(result), job.lane)

    def _run_callback(self, call: Callable[[], None], lane: str) -> None:
        try:
            call()
        except Exception as exc:  # a callback failed: report it, keep running
            self.error.emit(exc, lane)

    def shutdown(self, timeout_ms: int = 5000) -> None:
        """Let each lane finish its queued jobs (writes are not lost), then stop the threads."""
        self._closed = True
        for lane in self._lanes.values():
            lane.queue.put(None)  # queued behind every job already submitted
        for name, lane in self._lanes.items():
            lane.thread.join(timeout_ms / 1000)
            if lane.thread.is_alive():
                log.warning("lane %s did not stop within %d ms", name, timeout_ms)
        self._lanes.clear()


class SyncRunner(QObject):
    """Same interface, runs each job at once on the calling thread (for tests)."""

    error = Signal(object, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

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

    def call_in_gui(self, fn: Callable[[], None]) -> None:
        fn()

    def shutdown(self, timeout_ms: int = 5000) -> None:
        pass

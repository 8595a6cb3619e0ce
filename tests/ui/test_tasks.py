"""Background lanes: order, delivery on the GUI thread, errors, and no crash under load."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
from typing import Any

from mmn_desktop.ui.tasks import TaskRunner


def test_results_arrive_on_the_gui_thread_in_order(qtbot: Any) -> None:
    runner = TaskRunner()
    seen: list[tuple[int, bool]] = []
    lanes: set[str] = set()
    main = threading.current_thread()

    def job(i: int) -> int:
        lanes.add(threading.current_thread().name)
        return i

    for i in range(50):
        runner.submit("db", lambda i=i: job(i), on_done=lambda r: seen.append((r, threading.current_thread() is main)))
    qtbot.waitUntil(lambda: len(seen) == 50, timeout=5000)
    assert [r for r, _ in seen] == list(range(50))
    assert all(on_gui for _, on_gui in seen)
    assert lanes == {"lane-db"}
    runner.shutdown()


def test_errors_go_to_on_error_or_the_error_signal(qtbot: Any) -> None:
    runner = TaskRunner()
    caught: list[BaseException] = []
    runner.submit("db", lambda: 1 / 0, on_error=caught.append)
    with qtbot.waitSignal(runner.error, timeout=5000) as sig:
        runner.submit("db", lambda: [][1])
    qtbot.waitUntil(lambda: len(caught) == 1, timeout=5000)
    assert isinstance(caught[0], ZeroDivisionError)
    assert isinstance(sig.args[0], IndexError) and sig.args[1] == "db"
    with qtbot.waitSignal(runner.error, timeout=5000) as sig2:  # a failing callback is reported too
        runner.submit("db", lambda: 1, on_done=lambda _r: {}["missing"])
    assert isinstance(sig2.args[0], KeyError)
    runner.shutdown()


def test_call_in_gui_from_a_lane(qtbot: Any) -> None:
    runner = TaskRunner()
    main = threading.current_thread()
    calls: list[bool] = []
    runner.submit("x", lambda: runner.call_in_gui(lambda: calls.append(threading.current_thread() is main)))
    qtbot.waitUntil(lambda: calls == [True], timeout=5000)
    runner.shutdown()


def test_many_jobs_do_not_crash_the_interpreter() -> None:
    """Regression: worker-thread Signal.emit with PySide6 6.12 aborted Python after ~2,000 jobs."""
    code = textwrap.dedent("""
        import os
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtCore import QEventLoop
        from PySide6.QtWidgets import QApplication
        from mmn_desktop.ui.tasks import TaskRunner
        app = QApplication([])
        runner = TaskRunner()
        done = []
        for i in range(20000):
            runner.submit("x", lambda i=i: (i % 2 == 0) or None, on_done=done.append)
        while len(done) < 20000:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        runner.shutdown()
        print("ok", len(done))
    """)
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip() == "ok 20000"

"""Desktop app benchmark: start-up, keystroke-to-results latency, GUI stalls, idle memory.

    python -m benchmarks.app_bench [--starts 10] [--skip-start] [--json out.json]

Start-up runs ``python -m mmn_desktop --self-test`` offscreen N times (warm OS cache) and
reports the medians of: the window painted, measured from the spawn of the process
(shown_from_spawn_ms, the number the target is about); window_ms (from the import of app.py);
the whole process wall time; first_results_ms; RSS at the end of the self-test.

Typing runs in-process over the real built database (db/): the real MainWindow, real lanes.
Queries from the real headwords of all seven languages are typed one key at a time, 90 ms
apart (a fast typist). For every keystroke it measures the time from the key event to the
results for that keystroke's text being shown and the list repainted. A 5 ms heartbeat timer
on the GUI thread measures the longest stall while typing.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def bench_start(runs: int) -> dict[str, Any]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    reports, walls = [], []
    for i in range(runs + 1):  # the first run warms the OS cache and is not counted
        env["MMN_USER_DIR"] = f"/tmp/mmn-bench-user-{os.getpid()}"
        started = time.perf_counter()
        spawned = time.time()
        proc = subprocess.run(
            [sys.executable, "-m", "mmn_desktop", "--self-test"],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=180,
        )
        wall = (time.perf_counter() - started) * 1000
        if proc.returncode != 0:
            raise SystemExit(f"self-test failed: {proc.stdout}\n{proc.stderr}")
        if i:
            report = json.loads(proc.stdout.strip().splitlines()[-1])
            report["from_spawn_ms"] = (report["shown_epoch"] - spawned) * 1000
            reports.append(report)
            walls.append(wall)
    return {
        "runs": runs,
        "window_ms_median": statistics.median(r["window_ms"] for r in reports),
        "shown_from_spawn_ms_median": round(statistics.median(r["from_spawn_ms"] for r in reports), 1),
        "process_ms_median": round(statistics.median(walls), 1),
        "first_results_ms_median": statistics.median(r["first_results_ms"] for r in reports),
        "rss_mb_median": statistics.median(r.get("rss_mb", -1) for r in reports),
    }


def bench_idle(runs: int = 3, settle_s: float = 8.0) -> dict[str, Any]:
    """RSS of the running app, idle after start (library read, index warm, user data open).

    Linux only (reads /proc). Also measured with a fontconfig that knows only DejaVu, like a bare
    Debian: this machine's many system fonts add to Qt's font database.
    """
    import tempfile

    results: dict[str, list[float]] = {"this_machine": [], "dejavu_only": []}
    with tempfile.TemporaryDirectory() as tmp:
        conf = Path(tmp) / "fonts.conf"
        conf.write_text(
            '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
            f"<dir>/usr/share/fonts/truetype/dejavu</dir><cachedir>{tmp}/fc</cachedir></fontconfig>",
            encoding="utf-8",
        )
        for label, extra in (("this_machine", {}), ("dejavu_only", {"FONTCONFIG_FILE": str(conf)})):
            for _ in range(runs):
                env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MMN_USER_DIR": f"{tmp}/user", **extra}
                proc = subprocess.Popen(
                    [sys.executable, "-m", "mmn_desktop"],
                    env=env,
                    cwd=ROOT,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
                time.sleep(settle_s)
                pages = int(Path(f"/proc/{proc.pid}/statm").read_text().split()[1])
                results[label].append(round(pages * os.sysconf("SC_PAGE_SIZE") / 1_048_576, 1))
                proc.terminate()
                proc.wait(30)
    return {f"{k}_rss_mb_median": statistics.median(v) for k, v in results.items()}


def typing_queries() -> list[str]:
    from mmn_desktop.core import paths
    from mmn_desktop.core.library import Library

    lib = Library.load(paths.database_path())
    picks: list[str] = []
    for lang in ("en", "th", "my", "km", "lo", "zh", "vi"):
        for concept in lib.content.concepts[3:60:11]:
            section = concept.section(lang)
            if section and section.headword:
                picks.append(section.headword)
    return picks


def bench_typing(gap_ms: int = 90) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QEvent, QEventLoop, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from mmn_desktop.app import _load_library, _search_factory
    from mmn_desktop.core.settings import Settings
    from mmn_desktop.ui.main_window import MainWindow
    from mmn_desktop.ui.tasks import TaskRunner

    def type_char(widget: Any, ch: str) -> None:
        """A real key press and release carrying the character (QTest asserts on non-ASCII keys)."""
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))

    app = QApplication.instance() or QApplication([])
    runner = TaskRunner()
    window = MainWindow(runner, Settings(), lambda: None, _search_factory)
    window.show()
    window.set_library(_load_library())
    ready: list[bool] = []
    window.controller.ready.connect(lambda: ready.append(True))

    def pump(ms: float) -> None:
        end = time.perf_counter() + ms / 1000
        while time.perf_counter() < end:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)

    while not ready:
        pump(20)  # only while warming up, before anything is measured
    latencies: list[float] = []
    pending: dict[str, float] = {}

    def shown(result: Any) -> None:
        started = pending.pop(result.query, None)
        if started is not None:
            window.search_view.list.viewport().repaint()
            latencies.append((time.perf_counter() - started) * 1000)

    window.search_view.shown.connect(shown)
    beat = QElapsedTimer()
    beat.start()
    gaps: list[float] = []
    last = [0.0]

    def heartbeat() -> None:
        now = beat.nsecsElapsed() / 1e6
        if last[0]:
            gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(heartbeat)
    timer.start()
    queries = typing_queries()
    # The typing is driven by timers inside the real event loop (app.exec), as in the app: a
    # Python loop around processEvents would keep the GIL busy and starve the search lane.
    script: list[tuple[str, str]] = []
    for query in queries:
        script.append(("clear", ""))
        script += [("key", query[: i + 1]) for i in range(len(query))]
        script.append(("pause", ""))

    def step() -> None:
        if not script:
            timer.stop()
            app.quit()
            return
        action, text = script.pop(0)
        if action == "clear":
            window.search_box.clear()
            window.search_box.setFocus()
            QTimer.singleShot(20, step)
        elif action == "key":
            pending.clear()
            pending[text] = time.perf_counter()
            type_char(window.search_box, text[-1])
            QTimer.singleShot(gap_ms, step)
        else:
            QTimer.singleShot(150, step)

    QTimer.singleShot(0, step)
    app.exec()
    timer.stop()
    window.close()
    window.shutdown()
    keys = sum(len(q) for q in queries)
    return {
        "queries": len(queries),
        "keystrokes": keys,
        "measured": len(latencies),
        "p50_ms": round(statistics.median(latencies), 1),
        "p95_ms": round(pct(latencies, 95), 1),
        "max_ms": round(max(latencies), 1),
        "max_gui_stall_ms": round(max(gaps) - 5, 1) if gaps else None,
        "p99_heartbeat_gap_ms": round(pct(gaps, 99), 1) if gaps else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--starts", type=int, default=10)
    parser.add_argument("--skip-start", action="store_true")
    parser.add_argument("--skip-typing", action="store_true")
    parser.add_argument("--skip-idle", action="store_true")
    parser.add_argument("--json")
    args = parser.parse_args()
    out: dict[str, Any] = {}
    if not args.skip_start:
        out["start"] = bench_start(args.starts)
        print("start:", json.dumps(out["start"]), flush=True)
    if not args.skip_idle and sys.platform.startswith("linux"):
        out["idle"] = bench_idle()
        print("idle:", json.dumps(out["idle"]), flush=True)
    if not args.skip_typing:
        out["typing"] = bench_typing()
        print("typing:", json.dumps(out["typing"]), flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()

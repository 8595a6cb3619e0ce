"""Soak test: a long session in one process, to catch crashes and leaks that short tests miss.

    python -m benchmarks.soak [--steps 3000] [--seed 1]

Drives the real MainWindow with real lanes over the built database (db/), offscreen: opens
random entries of every kind, goes back and forward, types searches in all seven languages,
switches the reading language and zooms, bookmarks and writes notes. Prints RSS at the start
and every 500 steps, and the number of Qt/Python errors reported. Exit status 1 on any error.
(PySide6 6.12.0 aborted such a session after a few thousand signal emits: see ARCHITECTURE.)
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("MMN_USER_DIR", tempfile.mkdtemp(prefix="mmn-soak-"))
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from mmn_desktop.app import _load_library, _open_userdata, _search_factory, rss_mb
    from mmn_desktop.core.settings import Settings
    from mmn_desktop.ui.dialogs.error import ErrorReporter
    from mmn_desktop.ui.main_window import MainWindow
    from mmn_desktop.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    reporter = ErrorReporter(show_dialogs=False)
    reporter.install()
    runner = TaskRunner()
    runner.error.connect(lambda exc, lane: reporter.report(exc, lane))
    window = MainWindow(runner, Settings(), lambda: None, _search_factory, userdata=_open_userdata())
    window.show()
    library = _load_library()
    window.set_library(library)

    def pump(ms: float) -> None:
        end = time.perf_counter() + ms / 1000
        while time.perf_counter() < end:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)

    rnd = random.Random(args.seed)
    ids = sorted(library._by_id)
    words = [s.headword for c in library.content.concepts for s in c.sections if s.headword]
    views = [
        "view:vocabulary",
        "view:interpreter",
        "view:avoid",
        "view:avoid/checker",
        "view:law",
        "view:law/compare/thailand,cambodia",
        "view:handbook",
        "view:bibliography",
        "view:ratifications",
        "view:notes",
        "view:search",
    ]
    print(f"start: rss {rss_mb()} MB, {len(ids)} entries", flush=True)
    started = time.perf_counter()
    for step in range(1, args.steps + 1):
        roll = rnd.random()
        if roll < 0.45:
            window.navigate(rnd.choice(ids))
        elif roll < 0.55:
            window.navigate(rnd.choice(views))
        elif roll < 0.65:
            window.back() if rnd.random() < 0.7 else window.forward()
        elif roll < 0.85:
            word = rnd.choice(words)
            window.search_box.setFocus()
            window.search_box.setText(word[: rnd.randint(1, len(word))])
            window._typed(window.search_box.text())
        elif roll < 0.9:
            window.settings.content_language = rnd.choice(["en", "th", "my", "km", "lo", "zh", "vi"])
            window._settings_saved()
        elif roll < 0.95:
            window.set_zoom(rnd.choice([80, 100, 130, 160]))
        elif window.current_entry():
            window.bookmark_action.setChecked(not window.bookmark_action.isChecked())
            window.toggle_bookmark()
        pump(2)
        if step % 500 == 0:
            print(
                f"step {step}: rss {rss_mb()} MB, errors {len(reporter.reports)}, "
                f"{(time.perf_counter() - started) / step * 1000:.1f} ms/step",
                flush=True,
            )
    pump(500)
    window.close()
    window.shutdown()
    for report in reporter.reports[:3]:
        print(report, file=sys.stderr)
    print(f"done: {args.steps} steps, {len(reporter.reports)} errors, rss {rss_mb()} MB")
    return 1 if reporter.reports else 0


if __name__ == "__main__":
    sys.exit(main())

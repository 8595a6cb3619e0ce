"""The placeholder search window: typing searches off the GUI thread; stale results are dropped."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from mmn_desktop.ui.search_window import SearchWindow


def make_window(qtbot, built_db: Path, repo) -> SearchWindow:  # type: ignore[no-untyped-def]
    window = SearchWindow(repo, built_db / "index", built_db / "fallback-index")
    qtbot.addWidget(window)
    window.show()
    return window


def test_typing_shows_grouped_results(qtbot, built_db: Path, repo) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, built_db, repo)
    try:
        qtbot.keyClicks(window.box, "wage")
        qtbot.waitUntil(lambda: window.last_result is not None and window.last_result.query == "wage", timeout=5000)
        html = window.results.toHtml()
        assert "Vocabulary" in html and "Labour law" in html
        assert "result(s)" in window.status.text()
    finally:
        window.shutdown()


def test_only_the_latest_query_is_shown(qtbot, built_db: Path, repo) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, built_db, repo)
    try:
        for text in ("lao", "lao dong", "ค่าจ"):
            window.box.setText(text)
            window._send()
        qtbot.waitUntil(lambda: window.last_result is not None and window.last_result.query == "ค่าจ", timeout=5000)
        qtbot.wait(200)
        assert window.last_result.query == "ค่าจ"
        assert window.last_result.generation == window.generation
    finally:
        window.shutdown()


def test_no_results_says_so(qtbot, built_db: Path, repo) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, built_db, repo)
    try:
        qtbot.keyClicks(window.box, "zzzzqqqq")
        qtbot.keyClick(window.box, Qt.Key.Key_End)
        qtbot.waitUntil(lambda: window.last_result is not None and window.last_result.query == "zzzzqqqq", timeout=5000)
        assert window.status.text().startswith("No results")
        assert window.results.toPlainText() == ""
    finally:
        window.shutdown()

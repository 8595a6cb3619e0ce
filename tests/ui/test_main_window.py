"""The main window: navigation history, search as you type, zoom, bookmarks and notes, errors, self-test."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from mmn_desktop.core.library import Library
from mmn_desktop.core.userdata import UserData
from mmn_desktop.ui.dialogs.error import ErrorDialog, ErrorReporter
from mmn_desktop.ui.main_window import MainWindow
from mmn_desktop.ui.navigation import History
from mmn_desktop.ui.tasks import SyncRunner, TaskRunner

from .conftest import default_settings, search_factory


@pytest.fixture
def window(qtbot: Any, built_db: Path, library: Library, tmp_path: Path) -> Any:
    saved: list[int] = []
    settings = default_settings()
    userdata = UserData(tmp_path / "userdata.sqlite")
    win = MainWindow(SyncRunner(), settings, lambda: saved.append(1), search_factory(built_db), userdata=userdata)
    win.saved = saved  # type: ignore[attr-defined]
    qtbot.addWidget(win)
    win.set_library(library)
    win.show()
    yield win
    win.shutdown()
    userdata.close()


def test_history_back_and_forward() -> None:
    h = History()
    for t in ("a", "b", "c"):
        h.push(t)
    assert h.back() == "b" and h.back() == "a" and h.back() == ""
    assert h.forward() == "b"
    h.push("d")  # a new page drops the forward list
    assert not h.can_forward() and h.items == ["a", "b", "d"]
    h.push("d")
    assert h.items == ["a", "b", "d"]


def test_navigation_records_history_and_back_returns(window: Any) -> None:
    assert window.navigate("concept:migrant-worker")
    assert window.current_view().key == "vocabulary"
    assert window.current_entry() == "concept:migrant-worker"
    assert window.navigate("bib:mmn-2013-no-choice")
    assert window.current_view().key == "bibliography"
    assert window.back_action.isEnabled() and not window.forward_action.isEnabled()
    window.back_action.trigger()
    assert window.current_entry() == "concept:migrant-worker"
    assert window.forward_action.isEnabled()
    window.forward_action.trigger()
    assert window.current_entry() == "bib:mmn-2013-no-choice"


def test_unknown_target_is_refused_without_touching_history(window: Any) -> None:
    window.navigate("concept:migrant-worker")
    before = list(window.history.items)
    assert not window.navigate("concept:no-such-thing")
    assert "no-such-thing" in window.statusBar().currentMessage()
    assert not window.navigate("nonsense")
    assert "nonsense" in window.statusBar().currentMessage()
    assert window.history.items == before


def test_mmn_links_from_a_view_are_routed(window: Any, qtbot: Any) -> None:
    window.navigate("concept:migrant-worker")
    view = window.current_view()
    view.navigate.emit("mmn:concept:minimum-wage")
    assert window.current_entry() == "concept:minimum-wage"
    window.back()
    assert window.current_entry() == "concept:migrant-worker"


def test_search_as_you_type_down_enter_and_back(window: Any, qtbot: Any) -> None:
    window.focus_search()
    qtbot.keyClicks(window.search_box, "migrant")
    assert window.current_view().key == "search"
    qtbot.waitUntil(lambda: window.search_view.model.hit_count() > 0, timeout=3000)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    assert window.search_view.list.hasFocus() or QApplication.focusWidget() is window.search_view.list
    first = window.search_view.list.currentIndex().data(Qt.ItemDataRole.UserRole + 2)
    assert first
    qtbot.keyClick(window.search_view.list, Qt.Key.Key_Return)
    assert window.current_entry() == first
    window.search_box.clear()
    window.back()
    assert window.current_view().key == "search"
    assert window.search_box.text() == "migrant"
    assert window.userdata.history()[0].query == "migrant"  # opening a result remembers the query


def test_escape_clears_and_empty_result_suggests(window: Any, qtbot: Any) -> None:
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "migrnat")
    qtbot.waitUntil(
        lambda: window.search_view.model.result is not None and window.search_view.model.result.query == "migrnat",
        timeout=3000,
    )
    status = window.search_view.status_label.text()
    assert "migrant" in status  # fuzzy results or "did you mean"
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.search_box.text() == ""
    qtbot.waitUntil(lambda: window.search_view.model.hit_count() == 0, timeout=3000)


def test_stale_results_are_dropped(qtbot: Any, built_db: Path, library: Library) -> None:
    runner = TaskRunner()
    win = MainWindow(runner, default_settings(), lambda: None, search_factory(built_db, delay=0.15))
    qtbot.addWidget(win)
    win.set_library(library)
    shown: list[Any] = []
    win.search_view.shown.connect(shown.append)
    controller = win.controller
    controller.set_query("wage", immediate=True)
    controller.set_query("migrant", immediate=True)  # supersedes "wage" while it runs
    qtbot.waitUntil(lambda: any(r.query == "migrant" for r in shown), timeout=10000)
    qtbot.waitUntil(lambda: controller.dropped >= 1, timeout=5000)
    assert [r.query for r in shown if r.total] == ["migrant"]
    win.shutdown()


def test_zoom_applies_to_views_and_persists(window: Any, qtbot: Any) -> None:
    window.navigate("concept:migrant-worker")
    view = window.current_view()
    from PySide6.QtWidgets import QTextBrowser

    browser = view.findChildren(QTextBrowser)[0]
    before = browser.font().pointSizeF()
    window.zoom_in_action.trigger()
    window.zoom_in_action.trigger()
    assert window.settings.zoom == 120
    assert browser.font().pointSizeF() == pytest.approx(before * 1.2, rel=0.01)
    assert window.saved
    window.zoom_reset_action.trigger()
    assert browser.font().pointSizeF() == pytest.approx(before, rel=0.01)


def test_bookmark_and_note_persist_across_restart(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.navigate("concept:migrant-worker")
    assert window.bookmark_action.isEnabled()
    window.bookmark_action.trigger()  # checks it and adds the bookmark
    from mmn_desktop.ui.dialogs import note as note_mod

    class FakeDialog:
        def __init__(self, *_a: Any) -> None:
            pass

        def exec(self) -> bool:
            return True

        def text(self) -> str:
            return "ถามนายจ้างเรื่องค่าจ้าง"

    monkeypatch.setattr(note_mod, "NoteDialog", FakeDialog)
    window.note_action.trigger()
    window.userdata.close()
    reopened = UserData(tmp_path / "userdata.sqlite")
    assert [b.target for b in reopened.bookmarks()] == ["concept:migrant-worker"]
    assert reopened.note_for("concept:migrant-worker").text == "ถามนายจ้างเรื่องค่าจ้าง"
    reopened.close()


def test_notes_view_lists_and_exports(window: Any, qtbot: Any, tmp_path: Path) -> None:
    window.userdata.add_bookmark("concept:minimum-wage", "minimum wage")
    window.userdata.save_note("concept:migrant-worker", "migrant worker", "call the shelter first")
    window.navigate("view:notes")
    view = window.current_view()
    assert view.models["bookmarks"].rowCount() == 1
    assert view.models["notes"].rowCount() == 1
    qtbot.waitUntil(lambda: True)
    out = tmp_path / "notes.json"
    view.export_to(str(out), "json")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert any(n["text"] == "call the shelter first" for n in data["notes"])
    md = tmp_path / "notes.md"
    view.export_to(str(md), "md")
    assert "call the shelter first" in md.read_text(encoding="utf-8")
    view.lists["bookmarks"].setCurrentIndex(view.models["bookmarks"].index(0))
    with qtbot.waitSignal(view.navigate) as sig:
        view.lists["bookmarks"].activated.emit(view.models["bookmarks"].index(0))
    assert sig.args == ["concept:minimum-wage"]


def test_models_pass_the_model_tester(window: Any, qtmodeltester: Any, qtbot: Any) -> None:
    qtmodeltester.check(window.nav_model)
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "migrant")
    qtbot.waitUntil(lambda: window.search_view.model.hit_count() > 0, timeout=3000)
    qtmodeltester.check(window.search_view.model)
    window.navigate("view:notes")
    window.userdata.add_bookmark("concept:minimum-wage", "minimum wage")
    window.current_view().refresh()
    qtmodeltester.check(window.current_view().models["bookmarks"])


def test_unexpected_errors_are_reported_once_and_the_app_keeps_running(qtbot: Any) -> None:
    reporter = ErrorReporter(show_dialogs=False)
    runner = SyncRunner()
    runner.error.connect(lambda exc, lane: reporter.report(exc, lane))
    runner.submit("db", lambda: 1 / 0)
    qtbot.waitUntil(lambda: len(reporter.reports) == 1)
    assert "ZeroDivisionError" in reporter.reports[0]
    ran: list[int] = []
    runner.submit("db", lambda: 2, on_done=ran.append)
    assert ran == [2]


def test_error_dialog_copies_details(qtbot: Any) -> None:
    dialog = ErrorDialog("boom", "Traceback: details here")
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == "Traceback: details here"


def test_library_failure_says_how_to_fix(qtbot: Any, tmp_path: Path) -> None:
    from mmn_desktop.core.errors import DatabaseMissingError

    win = MainWindow(SyncRunner(), default_settings(), lambda: None, lambda *_: None)
    qtbot.addWidget(win)
    win.library_failed(DatabaseMissingError(f"content database not found: {tmp_path}"))
    assert "mmn build" in win.loading.text() and str(tmp_path) in win.loading.text()


def test_real_lanes_deliver_in_order_and_shutdown_finishes_queued_writes(qtbot: Any, tmp_path: Path) -> None:
    runner = TaskRunner()
    results: list[int] = []
    for i in range(20):
        runner.submit("user", lambda i=i: i, on_done=results.append)
    qtbot.waitUntil(lambda: len(results) == 20, timeout=5000)
    assert results == list(range(20))
    userdata = UserData(tmp_path / "u.sqlite")
    for i in range(30):
        runner.submit("user", lambda i=i: userdata.add_bookmark(f"concept:c{i}", f"c{i}"))
    runner.shutdown()  # closing during writes loses nothing
    assert len(userdata.bookmarks()) == 30
    userdata.close()


@pytest.mark.slow
def test_self_test_command(built_db: Path, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "MMN_DB_DIR": str(built_db),
        "MMN_USER_DIR": str(tmp_path / "user"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    out = tmp_path / "self-test.json"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "mmn_desktop",
            "--self-test",
            "--query",
            "migrant",
            "--output",
            str(out),
            "--timeout",
            "60",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    assert proc.returncode == 0, proc.stderr
    assert report["ok"] is True
    assert report["opened"].startswith(("concept:", "bib:", "chapter:", "law:", "avoid:"))
    assert report["window_ms"] > 0 and report["first_results_ms"] > 0
    assert json.loads(out.read_text(encoding="utf-8")) == report


def test_ctrl_f_finds_in_the_page_when_reading_else_focuses_search(window: Any, qtbot: Any) -> None:
    window.navigate("view:search")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.hasFocus()
    chapter = window.ctx.library.chapters()[0]
    window.navigate(chapter.id)
    view = window.current_view()
    reader = view.pane.reader if hasattr(view, "pane") else None
    target = reader or view
    target.setFocus()
    window.find_action.trigger()
    from mmn_desktop.ui.widgets.reader import FindBar

    bars = [b for b in view.findChildren(FindBar) if b.isVisible()]
    assert bars and bars[0].edit.hasFocus()


def test_self_test_reports_a_missing_database(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "MMN_DB_DIR": str(tmp_path / "nothing"),
        "MMN_USER_DIR": str(tmp_path / "user"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    proc = subprocess.run(
        [sys.executable, "-m", "mmn_desktop", "--self-test", "--timeout", "30"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    assert proc.returncode == 1
    assert report["ok"] is False and "content database not found" in report["error"]


def test_mouse_back_and_forward_buttons(window: Any, qtbot: Any) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QMouseEvent

    window.navigate("concept:migrant-worker")
    window.navigate("concept:minimum-wage")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    target = window.current_view()
    for button, expected in (
        (Qt.MouseButton.BackButton, "concept:migrant-worker"),
        (Qt.MouseButton.ForwardButton, "concept:minimum-wage"),
    ):
        event = QMouseEvent(
            QMouseEvent.Type.MouseButtonPress,
            QPointF(5, 5),
            QPointF(5, 5),
            button,
            button,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(target, event)
        assert window.current_entry() == expected


def test_window_geometry_is_restored(qtbot: Any, tmp_path: Path) -> None:
    first = MainWindow(SyncRunner(), default_settings(), lambda: None, lambda *_: None)
    qtbot.addWidget(first)
    first.resize(777, 555)
    first.show()
    first.close()
    second = MainWindow(SyncRunner(), default_settings(), lambda: None, lambda *_: None)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (777, 555)


def test_a_missing_index_is_rebuilt_with_visible_progress(
    qtbot: Any, built_db: Path, library: Library, tmp_path: Path
) -> None:
    import shutil

    db = tmp_path / "db"
    db.mkdir()
    shutil.copy(built_db / "content.sqlite", db / "content.sqlite")  # no index at all

    runner = TaskRunner()
    win = MainWindow(runner, default_settings(), lambda: None, search_factory(db))
    qtbot.addWidget(win)
    messages: list[str] = []
    win.statusBar().messageChanged.connect(messages.append)
    win.set_library(library)
    qtbot.waitUntil(lambda: any("rebuilding" in m.lower() for m in messages), timeout=30000)
    win.search_box.setFocus()
    qtbot.keyClicks(win.search_box, "migrant")
    qtbot.waitUntil(lambda: win.search_view.model.hit_count() > 0, timeout=30000)
    assert (db / "index").is_dir()
    win.shutdown()

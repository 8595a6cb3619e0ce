"""Composition root of the desktop app: settings, logging, services, QApplication, MainWindow.

Start-up paints first and loads the heavy parts after: the window appears with its search box
while the edition (SQLAlchemy) is read on the "db" lane and the index is opened on the
"search" lane. ``--self-test`` drives the real window offscreen and prints one JSON line.
"""

from __future__ import annotations

import argparse
import json
import logging
import logging.handlers
import os
import sys
import time
from pathlib import Path
from typing import Any

from mmn_desktop import __version__
from mmn_desktop.core import paths

log = logging.getLogger(__name__)
_STARTED = time.perf_counter()


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="mmn-desktop", description="MMN Desktop: offline migration reference")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the window offscreen, search, open the first result, print one JSON line",
    )
    parser.add_argument("--query", default="migrant worker", help="the query the self-test types")
    parser.add_argument("--output", help="also write the self-test JSON to this file")
    parser.add_argument("--timeout", type=float, default=60.0, help="self-test time limit in seconds")
    parser.add_argument("--open", dest="open_target", default="", help="open this entry id at start")
    args, _qt_args = parser.parse_known_args(argv)
    return args


def setup_logging(verbose: bool = False) -> None:
    root = logging.getLogger()
    if root.handlers:
        return
    root.setLevel(logging.INFO)
    console = logging.StreamHandler(sys.stderr) if sys.stderr is not None else None
    if console is not None:
        console.setLevel(logging.INFO if verbose else logging.WARNING)
        console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        root.addHandler(console)
    try:
        log_dir = paths.user_log_dir()
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            log_dir / "mmn-desktop.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    except OSError:
        log.warning("cannot write the log file; logging to the console only")


def load_user_settings() -> tuple[Any, Any]:
    """The typed settings and a function that saves them (never raises)."""
    from mmn_desktop.core.settings import load_settings, save_settings

    path = paths.user_config_dir() / "settings.json"
    settings = load_settings(path)

    def save() -> None:
        try:
            save_settings(path, settings)
        except OSError:
            log.warning("could not save the settings to %s", path, exc_info=True)

    return settings, save


def _search_factory(notify: Any, progress: Any) -> Any:
    """Runs on the search lane: open the index (rebuilding it from the database if needed)."""
    from mmn_desktop.core.search.service import SearchService
    from mmn_desktop.core.snapshot import SnapshotRepository

    repo = SnapshotRepository(paths.database_path())
    return SearchService(paths.index_path(), repo, paths.fallback_index_path(), notify=notify, progress=progress).open()


def _open_userdata() -> Any:
    from mmn_desktop.core.userdata import UserData

    return UserData(paths.user_data_dir() / "userdata.sqlite")


def _load_library() -> Any:
    from mmn_desktop.core.library import Library

    return Library.load(paths.database_path())


QT_NOISE = ("This plugin does not support propagateSizeHints",)


def route_qt_messages() -> None:
    """Qt's own messages go to our log (the known harmless ones are dropped)."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }
    qt_log = logging.getLogger("qt")

    def handler(kind: Any, _context: Any, message: str) -> None:
        if not any(noise in message for noise in QT_NOISE):
            qt_log.log(levels.get(kind, logging.WARNING), message)

    qInstallMessageHandler(handler)


def build_app(argv: list[str], offscreen: bool = False) -> Any:
    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName(paths.APP_NAME)
    app.setOrganizationName(paths.APP_AUTHOR)
    app.setApplicationVersion(__version__)
    # The id of the .desktop file and AppStream metadata (packaging/mmn_packaging/project.py), so
    # Wayland compositors and task bars match the window to its launcher and icon.
    app.setDesktopFileName("org.mekongmigration.MMNDesktop")
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for size in (32, 64, 256):
        icon.addFile(str(paths.resources_dir() / "icons" / f"mmn-desktop-{size}.png"))
    app.setWindowIcon(icon)
    return app


def run(args: argparse.Namespace, qt_argv: list[str]) -> int:
    route_qt_messages()
    app = build_app(qt_argv, offscreen=args.self_test)
    from mmn_desktop.ui import i18n, messages
    from mmn_desktop.ui.dialogs.error import ErrorReporter
    from mmn_desktop.ui.main_window import MainWindow
    from mmn_desktop.ui.tasks import TaskRunner
    from mmn_desktop.ui.theme import apply_theme

    settings, save = load_user_settings()
    i18n.install_translators(app, i18n.pick_language(settings.ui_language))
    try:
        from mmn_desktop.ui.assets import apply_font_fallbacks, register_fonts

        register_fonts()
        apply_font_fallbacks(app)
    except ImportError:
        log.info("bundled fonts are not available in this build")
    apply_theme(app, settings.theme)
    runner = TaskRunner()
    reporter = ErrorReporter(show_dialogs=not args.self_test)
    reporter.install()
    runner.error.connect(lambda exc, lane: reporter.report(exc, f"lane {lane}"))
    window = MainWindow(runner, settings, save, _search_factory)
    reporter.parent_widget = window
    if args.open_target:
        window.start_target = args.open_target  # opened once the library is read

    def userdata_ready(userdata: Any) -> None:
        window.userdata = userdata
        if window.ctx is not None:
            window.ctx.userdata = userdata

    def userdata_failed(exc: BaseException) -> None:
        from PySide6.QtCore import QCoreApplication

        reason = getattr(exc, "data", {}).get("reason", "")
        if reason in ("corrupt", "foreign") and not args.self_test:
            from PySide6.QtWidgets import QMessageBox

            from mmn_desktop.core.userdata import UserData

            answer = QMessageBox.question(
                window,
                QCoreApplication.translate("MainWindow", "Your notes cannot be opened"),
                QCoreApplication.translate(
                    "MainWindow",
                    "The file with your bookmarks and notes is damaged:\n{0}\n\nMove it aside (it is kept, renamed) "
                    "and start a new, empty one?",
                ).format(getattr(exc, "message", str(exc))),
            )
            if answer == QMessageBox.StandardButton.Yes:
                moved = UserData.quarantine(paths.user_data_dir() / "userdata.sqlite")
                window.show_status(
                    QCoreApplication.translate("MainWindow", "The damaged file was kept as {0}").format(moved)
                )
                runner.submit("db", _open_userdata, on_done=userdata_ready, on_error=userdata_failed)
                return
        window.show_status(
            QCoreApplication.translate("MainWindow", "Your notes and bookmarks cannot be opened: {0}").format(
                messages.error(exc)
            )
        )
        log.warning("user data unavailable: %s", exc)

    runner.submit("db", _open_userdata, on_done=userdata_ready, on_error=userdata_failed)
    runner.submit("db", _load_library, on_done=window.set_library, on_error=window.library_failed)
    window.show()
    app.processEvents()  # the first paint
    shown_ms = (time.perf_counter() - _STARTED) * 1000
    shown_epoch = time.time()
    log.info("window shown after %.0f ms", shown_ms)
    if args.self_test:
        return _self_test(app, window, runner, args, shown_ms, reporter, shown_epoch)
    try:
        return int(app.exec())
    finally:
        window.shutdown()


def _self_test(
    app: Any,
    window: Any,
    runner: Any,
    args: argparse.Namespace,
    shown_ms: float,
    reporter: Any,
    shown_epoch: float = 0.0,
) -> int:
    """Type a query into the real search box, wait for results, open the first one."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtTest import QTest

    report: dict[str, Any] = {
        "ok": False,
        "window_ms": round(shown_ms, 1),
        "first_results_ms": -1.0,
        "opened": "",
        "query": args.query,
        "version": __version__,
        "shown_epoch": round(shown_epoch, 4),
    }
    deadline = time.perf_counter() + args.timeout

    def wait(predicate: Any) -> bool:
        loop = QEventLoop()
        while not predicate():
            if time.perf_counter() > deadline or reporter.reports:
                return False
            loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        return True

    if not wait(lambda: window.ctx is not None or bool(window.library_error)):
        report["error"] = "the library did not load in time"
    elif window.ctx is None:
        report["error"] = window.library_error
    else:
        results: list[Any] = []
        window.search_view.shown.connect(lambda r: results.append(r) if r.total else None)
        window.search_box.setFocus()
        typed = time.perf_counter()
        QTest.keyClicks(window.search_box, args.query)
        if wait(lambda: bool(results)):
            report["first_results_ms"] = round((time.perf_counter() - typed) * 1000, 1)
            opened: list[str] = []
            window.opened.connect(opened.append)
            window.search_view.focus_results()
            from PySide6.QtCore import Qt

            QTest.keyClick(window.search_view.list, Qt.Key.Key_Return)
            if wait(lambda: bool(opened)):
                view = window.current_view()
                report["opened"] = opened[-1]
                report["view"] = view.key if view else ""
                report["ok"] = bool(view is not None and view.current_entry() == opened[-1])
            else:
                report["error"] = "the first result did not open"
        else:
            report["error"] = "no results in time"
    report["rss_mb"] = rss_mb()
    if reporter.reports:
        report["ok"] = False
        report["error"] = reporter.reports[0].splitlines()[-1]
    window.close()
    window.shutdown()
    line = json.dumps(report)  # ASCII: safe on any console or pipe encoding
    if sys.stdout is not None:
        print(line, flush=True)
    if args.output:
        Path(args.output).write_text(line + "\n", encoding="utf-8")
    del app
    return 0 if report["ok"] else 1


def rss_mb() -> float:
    """Resident memory now, in MB (Linux /proc; -1 where it cannot be read cheaply)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return round(pages * os.sysconf("SC_PAGE_SIZE") / 1_048_576, 1)
    except (OSError, ValueError, IndexError, AttributeError):
        return -1.0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    args = parse_args(argv[1:])
    setup_logging()
    return run(args, argv[:1])


if __name__ == "__main__":
    sys.exit(main())

"""The main window: navigation, the global search box, browser-like history, zoom, bookmarks.

It never runs SQL or Whoosh: the library arrives from the "db" lane, searches run on the
"search" lane, the user's data is read and written on the "user" lane.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from mmn_desktop import __version__
from mmn_desktop.core import paths
from mmn_desktop.core.library import Library
from mmn_desktop.ui import messages
from mmn_desktop.ui.context import AppContext
from mmn_desktop.ui.navigation import History, NavModel
from mmn_desktop.ui.search.controller import SearchController
from mmn_desktop.ui.search.view import SearchView
from mmn_desktop.ui.views.base import View

log = logging.getLogger(__name__)

# Which view shows an entry of each kind (the part of an id before the colon).
VIEW_OF_KIND: dict[str, str] = {
    "concept": "vocabulary",
    "avoid": "avoid",
    "law": "law",
    "chapter": "handbook",
    "page": "handbook",
    "bib": "bibliography",
    "ratification": "ratifications",
}

# key -> (module, class). Views are built the first time they are shown.
VIEW_CLASSES: dict[str, tuple[str, str]] = {
    "vocabulary": ("mmn_desktop.ui.views.vocabulary", "VocabularyView"),
    "interpreter": ("mmn_desktop.ui.views.interpreter", "InterpreterView"),
    "avoid": ("mmn_desktop.ui.views.avoid", "AvoidView"),
    "law": ("mmn_desktop.ui.views.law", "LawView"),
    "handbook": ("mmn_desktop.ui.views.handbook", "HandbookView"),
    "bibliography": ("mmn_desktop.ui.views.bibliography", "BibliographyView"),
    "ratifications": ("mmn_desktop.ui.views.ratifications", "RatificationsView"),
    "notes": ("mmn_desktop.ui.views.notes", "NotesView"),
}


class SearchBox(QLineEdit):
    """Down moves into the results; Esc clears; Enter opens the first result."""

    down = Signal()
    enter = Signal()

    def keyPressEvent(self, event: Any) -> None:
        key = event.key()
        if key == Qt.Key.Key_Down:
            self.down.emit()
            return
        if key == Qt.Key.Key_Escape:
            self.clear()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enter.emit()
            return
        super().keyPressEvent(event)


class MainWindow(QMainWindow):
    opened = Signal(str)  # a target was opened (after history was updated)

    def __init__(
        self,
        runner: Any,
        settings: Any,
        save_settings: Callable[[], None],
        search_factory: Callable[..., Any],
        userdata: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.settings = settings
        self._save_settings = save_settings
        self.userdata = userdata
        self.ctx: AppContext | None = None
        self.library_error = ""
        self.views: dict[str, View] = {}
        self.history = History()
        self.start_target = ""  # what to open once the library is read (`--open`, or a link clicked early)
        self.controller = SearchController(runner, search_factory, parent=self)
        self.setWindowTitle(paths.APP_NAME)
        self.setObjectName("main-window")
        self.resize(1100, 720)

        self.nav_model = NavModel(self)
        self.nav = QListView(self)
        self.nav.setModel(self.nav_model)
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.nav.clicked.connect(lambda index: self.navigate(f"view:{index.data(NavModel.KeyRole)}"))
        self.nav.activated.connect(lambda index: self.navigate(f"view:{index.data(NavModel.KeyRole)}"))
        self.stack = QStackedWidget(self)
        self.loading = QLabel(self.tr("Opening the library…"), self)
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading.setWordWrap(True)
        self.loading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stack.addWidget(self.loading)
        splitter = QSplitter(self)
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([190, 910])
        self.setCentralWidget(splitter)

        self.search_box = SearchBox(self)
        self.search_box.setPlaceholderText(self.tr("Search everything, in any language (Ctrl+K)"))
        self.search_box.setAccessibleName(self.tr("Search everything"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(360)
        self.search_box.textEdited.connect(self._typed)
        self.search_box.textChanged.connect(lambda t: None if t else self._cleared())
        self.search_box.down.connect(self._down_into_results)
        self.search_box.enter.connect(self._enter_in_box)
        self._build_actions()
        self.controller.notice.connect(lambda item: self.show_status(messages.notice(item)))
        self.controller.progress.connect(self._index_progress)
        self.controller.ready.connect(lambda: self.show_status(self.tr("Search is ready."), 3000))
        self.statusBar().showMessage(self.tr("Opening the library…"))
        QApplication.instance().installEventFilter(self)  # type: ignore[union-attr]
        self.restore_geometry()

    # -- actions and menus ----------------------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], Any], shortcuts: tuple[Any, ...] = (), name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcuts:
            keys: list[QKeySequence] = []
            for s in shortcuts:
                for key in (
                    QKeySequence.keyBindings(s) if isinstance(s, QKeySequence.StandardKey) else [QKeySequence(s)]
                ):
                    if not key.isEmpty() and all(key != k for k in keys):  # Back is Alt+Left already on Linux
                        keys.append(key)
            action.setShortcuts(keys)
        action.triggered.connect(lambda _checked=False: slot())
        if name:
            action.setObjectName(name)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.back_action = self._action(self.tr("Back"), self.back, (QKeySequence.StandardKey.Back, "Alt+Left"), "back")
        self.forward_action = self._action(
            self.tr("Forward"), self.forward, (QKeySequence.StandardKey.Forward, "Alt+Right"), "forward"
        )
        self.focus_search_action = self._action(self.tr("Search everything"), self.focus_search, ("Ctrl+K",), "search")
        self.find_action = self._action(self.tr("Find"), self.find, ("Ctrl+F",), "find")
        self.zoom_in_action = self._action(
            self.tr("Zoom in"), lambda: self.zoom_by(10), ("Ctrl++", "Ctrl+="), "zoom-in"
        )
        self.zoom_out_action = self._action(self.tr("Zoom out"), lambda: self.zoom_by(-10), ("Ctrl+-",), "zoom-out")
        self.zoom_reset_action = self._action(self.tr("Actual size"), lambda: self.set_zoom(100), ("Ctrl+0",), "zoom-0")
        self.bookmark_action = self._action(
            self.tr("Bookmark this page"), self.toggle_bookmark, ("Ctrl+D",), "bookmark"
        )
        self.bookmark_action.setCheckable(True)
        self.note_action = self._action(self.tr("Note on this page…"), self.edit_note, ("Ctrl+Shift+N",), "note")
        self.print_action = self._action(
            self.tr("Print…"), self.print_current, (QKeySequence.StandardKey.Print,), "print"
        )
        self.pdf_action = self._action(self.tr("Export as PDF…"), self.export_pdf, ("Ctrl+Shift+P",), "pdf")
        self.prefs_action = self._action(self.tr("Preferences…"), self.preferences, ("Ctrl+,",), "preferences")
        self.quit_action = self._action(self.tr("Quit"), self.close, (QKeySequence.StandardKey.Quit, "Ctrl+Q"), "quit")
        self.about_action = self._action(self.tr("About MMN Desktop"), self.about, (), "about")
        self.back_action.setEnabled(False)
        self.forward_action.setEnabled(False)

        bar = QToolBar(self.tr("Main toolbar"), self)
        bar.setObjectName("main-toolbar")
        bar.setMovable(False)
        bar.setAccessibleName(self.tr("Main toolbar"))
        bar.addAction(self.back_action)
        bar.addAction(self.forward_action)
        holder = QWidget(bar)
        row = QHBoxLayout(holder)
        row.setContentsMargins(6, 0, 6, 0)
        row.addWidget(self.search_box, 1)
        bar.addWidget(holder)
        bar.addAction(self.bookmark_action)
        bar.addAction(self.note_action)
        self.addToolBar(bar)

        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        file_menu.addAction(self.print_action)
        file_menu.addAction(self.pdf_action)
        file_menu.addSeparator()
        file_menu.addAction(self.prefs_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menu.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.focus_search_action)
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.bookmark_action)
        edit_menu.addAction(self.note_action)
        view_menu = menu.addMenu(self.tr("&View"))
        view_menu.addAction(self.zoom_in_action)
        view_menu.addAction(self.zoom_out_action)
        view_menu.addAction(self.zoom_reset_action)
        go_menu = menu.addMenu(self.tr("&Go"))
        go_menu.addAction(self.back_action)
        go_menu.addAction(self.forward_action)
        go_menu.addSeparator()
        for number, (key, label) in enumerate(self.nav_model.entries(), start=1):
            go_menu.addAction(
                self._action(
                    label,
                    lambda k=key: self.navigate(f"view:{k}"),
                    (f"Ctrl+{number}",) if number < 10 else (),
                    f"go-{key}",
                )
            )
        go_menu.addAction(
            self._action(
                self.tr("Interpreter view"), lambda: self.navigate("view:interpreter"), ("Ctrl+I",), "go-interpreter"
            )
        )
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(
            self._action(self.tr("About this edition"), lambda: self.navigate("page:about"), (), "edition")
        )
        help_menu.addAction(
            self._action(self.tr("Disclaimer"), lambda: self.navigate("page:disclaimer"), (), "disclaimer")
        )
        help_menu.addAction(self.about_action)

    # -- library --------------------------------------------------------------------------------

    def set_library(self, library: Library) -> None:
        """The edition has been read (on the db lane): build the context and open the first view."""
        self.ctx = AppContext(self.runner, library, self.settings, self.userdata, self._settings_saved)
        self._reading_language = self.settings.content_language
        self.search_view = SearchView(self.ctx, self.controller, self)
        self._add_view(self.search_view)
        self.statusBar().clearMessage()
        self.controller.warm()
        target = self.start_target or (
            f"view:search/{self.search_box.text()}" if self.search_box.text() else "view:search"
        )
        self.navigate(target)

    def _settings_saved(self) -> None:
        """A view changed the settings: save them, and re-render every view if the reading language changed."""
        self._save_settings()
        if self.settings.content_language != getattr(self, "_reading_language", None):
            self._reading_language = self.settings.content_language
            for view in self.views.values():
                view.settings_changed()

    def library_failed(self, exc: BaseException) -> None:
        """Say what is wrong and how to fix it; the window stays usable for reading this message."""
        self.library_error = getattr(exc, "message", str(exc))
        message = messages.error(exc)
        how = self.tr(
            "Reinstall MMN Desktop, or from a source checkout run “mmn build” to create the content database."
        )
        failed = self.tr("The content library cannot be opened.")
        self.loading.setText(f"{failed}\n\n{message}\n\n{how}")
        self.statusBar().showMessage(failed)
        log.error("library failed: %s", message)

    def _add_view(self, view: View) -> None:
        view.navigate.connect(self.navigate)
        view.status.connect(self.show_status)
        view.apply_zoom(self.zoom)
        self.views[view.key] = view
        self.stack.addWidget(view)

    def view(self, key: str) -> View | None:
        """The view for ``key``, built on first use (None if it is not available)."""
        if key in self.views:
            return self.views[key]
        if self.ctx is None or key not in VIEW_CLASSES:
            return None
        module_name, class_name = VIEW_CLASSES[key]
        try:
            cls = getattr(importlib.import_module(module_name), class_name)
        except (ImportError, AttributeError):
            log.exception("view %s is not available", key)
            return None
        view = cls(self.ctx)
        self._add_view(view)
        return view

    # -- navigation -----------------------------------------------------------------------------

    @staticmethod
    def view_key(target: str) -> str:
        if target.startswith("view:"):
            return target[len("view:") :].split("/", 1)[0]
        kind, sep, key = target.split("#", 1)[0].strip().partition(":")
        return VIEW_OF_KIND.get(kind, "") if sep and key else ""

    def navigate(self, target: str, record: bool = True) -> bool:
        target = target.strip()
        if target.startswith("mmn:"):
            target = target[len("mmn:") :]
        if self.ctx is None:
            self.start_target = target
            return False
        key = self.view_key(target)
        view = self.view(key) if key else None
        if view is None:
            self.show_status(self.tr("Cannot open “{0}”.").format(target), 5000)
            return False
        entry = target.split("#", 1)[0]
        if not target.startswith("view:") and entry not in self.ctx.library:
            self.show_status(self.tr("Not found in this edition: {0}").format(target), 5000)
            return False
        if record and self.stack.currentWidget() is self.search_view and view is not self.search_view:
            self.history.replace(self.search_view.location())  # back returns to this query
            self.record_search(self.controller.text)
        self.stack.setCurrentWidget(view)
        view.open(target)
        if record:
            self.history.push(view.location() if target.startswith("view:") else target)
        if key == "search":
            text = self.search_view.controller.text
            if self.search_box.text() != text:
                self.search_box.blockSignals(True)
                self.search_box.setText(text)
                self.search_box.blockSignals(False)
        self._after_navigation(view)
        self.opened.emit(target)
        return True

    def _after_navigation(self, view: View) -> None:
        self.back_action.setEnabled(self.history.can_back())
        self.forward_action.setEnabled(self.history.can_forward())
        self.nav_model.set_current(self.nav, "vocabulary" if view.key == "interpreter" else view.key)
        entry = view.current_entry()
        self.bookmark_action.setEnabled(bool(entry) and self.userdata is not None)
        self.note_action.setEnabled(bool(entry) and self.userdata is not None)
        self.bookmark_action.setChecked(False)
        self.setWindowTitle(f"{view.title()} — {paths.APP_NAME}")
        if entry and self.userdata is not None:
            userdata = self.userdata
            self.runner.submit(
                "user",
                lambda: userdata.is_bookmarked(entry),
                on_done=lambda marked: self._bookmark_state(entry, bool(marked)),
            )

    def _bookmark_state(self, entry: str, marked: bool) -> None:
        if self.current_entry() == entry:
            self.bookmark_action.setChecked(marked)

    def current_view(self) -> View | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, View) else None

    def current_entry(self) -> str:
        view = self.current_view()
        return view.current_entry() if view else ""

    def back(self) -> None:
        target = self.history.back()
        if target:
            self.navigate(target, record=False)

    def forward(self) -> None:
        target = self.history.forward()
        if target:
            self.navigate(target, record=False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress and self.isActiveWindow():
            button = QMouseEvent.button(event)  # type: ignore[arg-type]
            if button == Qt.MouseButton.BackButton:
                self.back()
                return True
            if button == Qt.MouseButton.ForwardButton:
                self.forward()
                return True
        return super().eventFilter(watched, event)

    # -- search box -----------------------------------------------------------------------------

    def _typed(self, text: str) -> None:
        if self.ctx is None:
            return
        if self.stack.currentWidget() is not self.search_view:
            self.stack.setCurrentWidget(self.search_view)
            self.history.push("view:search")
            self._after_navigation(self.search_view)
        self.search_view.set_query(text)
        self.history.replace(self.search_view.location())

    def _cleared(self) -> None:
        """The box was emptied (Esc, clear button): clear the results, but stay on the page being read."""
        if self.ctx is not None and self.stack.currentWidget() is self.search_view:
            self._typed("")

    def _down_into_results(self) -> None:
        if self.ctx is not None and self.stack.currentWidget() is self.search_view:
            self.search_view.focus_results()

    def _enter_in_box(self) -> None:
        if self.ctx is None:
            return
        self.controller.run_now() if self.search_view.model.hit_count() == 0 else self.search_view.open_first()

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def find(self) -> None:
        """Ctrl+F: find in the page when reading, else the global search box."""
        view = self.current_view()
        focus = QApplication.focusWidget()
        inside = focus is not None and view is not None and view.isAncestorOf(focus)
        if view is not None and view is not self.search_view and (inside or focus is None) and view.focus_find():
            return
        self.focus_search()

    def record_search(self, query: str) -> None:
        if query.strip() and self.userdata is not None and getattr(self.settings, "remember_history", True):
            userdata = self.userdata
            self.runner.submit("user", lambda: userdata.add_history(query))

    # -- zoom -----------------------------------------------------------------------------------

    @property
    def zoom(self) -> int:
        return int(getattr(self.settings, "zoom", 100) or 100)

    def set_zoom(self, percent: int) -> None:
        percent = max(50, min(300, int(percent)))
        self.settings.zoom = percent
        for view in self.views.values():
            view.apply_zoom(percent)
        self._save_settings()
        self.show_status(self.tr("Zoom {0}%").format(percent), 2000)

    def zoom_by(self, step: int) -> None:
        self.set_zoom(self.zoom + step)

    # -- bookmarks, notes, print ------------------------------------------------------------------

    def toggle_bookmark(self) -> None:
        entry = self.current_entry()
        if not entry or self.userdata is None or self.ctx is None:
            return
        userdata, title = self.userdata, self.ctx.library.title(entry, self.ctx.lang)
        if self.bookmark_action.isChecked():
            self.runner.submit(
                "user",
                lambda: userdata.add_bookmark(entry, title),
                on_done=lambda _b: self.show_status(self.tr("Bookmarked: {0}").format(title), 3000),
            )
        else:
            self.runner.submit(
                "user",
                lambda: userdata.remove_bookmark(entry),
                on_done=lambda _b: self.show_status(self.tr("Bookmark removed."), 3000),
            )

    def edit_note(self) -> None:
        entry = self.current_entry()
        if not entry or self.userdata is None or self.ctx is None:
            return
        from mmn_desktop.ui.dialogs.note import NoteDialog

        userdata, title = self.userdata, self.ctx.library.title(entry, self.ctx.lang)

        def show(note: Any) -> None:
            dialog = NoteDialog(title, note.text if note else "", self)
            if dialog.exec():
                text = dialog.text()
                self.runner.submit(
                    "user",
                    lambda: userdata.save_note(entry, title, text),
                    on_done=lambda _n: self.show_status(self.tr("Note saved."), 3000),
                )

        self.runner.submit("user", lambda: userdata.note_for(entry), on_done=show)

    def print_current(self) -> None:
        view = self.current_view()
        if view is None or not view.print_current():
            self.show_status(self.tr("Nothing to print here."), 3000)

    def export_pdf(self) -> None:
        view = self.current_view()
        if view is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export as PDF"), f"{view.title()}.pdf", self.tr("PDF files (*.pdf)")
        )
        if path:
            if view.export_pdf(path):
                self.show_status(self.tr("Saved {0}").format(path), 5000)
            else:
                self.show_status(self.tr("Nothing to export here."), 3000)

    # -- preferences, about, status -----------------------------------------------------------------

    def preferences(self) -> None:
        from mmn_desktop.ui.dialogs.preferences import PreferencesDialog

        languages = self.ctx.library.languages if self.ctx else ()
        dialog = PreferencesDialog(self.settings, languages, self)
        if dialog.exec():
            changed = dialog.apply()
            self._save_settings()
            if "theme" in changed:
                from mmn_desktop.ui.theme import apply_theme

                apply_theme(QApplication.instance(), self.settings.theme)  # type: ignore[arg-type]
            if "zoom" in changed:
                self.set_zoom(self.settings.zoom)
            if "content_language" in changed:
                self._settings_saved()
            if "ui_language" in changed:
                QMessageBox.information(
                    self,
                    self.tr("Interface language"),
                    self.tr("The new interface language is used the next time MMN Desktop starts."),
                )

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About MMN Desktop"),
            self.tr(
                "<b>MMN Desktop {0}</b><p>An offline reference on migration and labour in the Greater Mekong "
                "Subregion: Speaking of Migration, Terms to Avoid, Legally Binding, the ADD handbook, the "
                "bibliography and the ratification table.</p><p>Translations marked draft have not yet been "
                "reviewed by a native speaker. Legal summaries are not legal advice.</p>"
            ).format(__version__),
        )

    def show_status(self, message: str, timeout_ms: int = 0) -> None:
        self.statusBar().showMessage(message, timeout_ms)

    def _index_progress(self, done: int, total: int) -> None:
        if total:
            self.statusBar().showMessage(self.tr("Rebuilding the search index: {0}%").format(done * 100 // total))

    # -- geometry and closing -------------------------------------------------------------------

    def _qsettings(self) -> QSettings:
        return QSettings(str(paths.user_config_dir() / "window.ini"), QSettings.Format.IniFormat)

    def restore_geometry(self) -> None:
        try:
            geometry = self._qsettings().value("geometry")
            if geometry is not None:
                self.restoreGeometry(geometry)  # type: ignore[arg-type]
        except Exception:  # a bad window.ini must never stop the app
            log.warning("could not restore the window geometry", exc_info=True)

    def closeEvent(self, event: QCloseEvent) -> None:
        try:
            paths.user_config_dir().mkdir(parents=True, exist_ok=True)
            store = self._qsettings()
            store.setValue("geometry", self.saveGeometry())
            store.sync()
        except Exception:
            log.warning("could not save the window geometry", exc_info=True)
        QApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Finish queued writes and close the searcher on its lane, then stop the lanes."""
        self.controller.close()
        if self.userdata is not None:
            userdata = self.userdata
            self.runner.submit("user", userdata.close)
        self.runner.shutdown()

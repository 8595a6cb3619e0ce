"""My Notes: bookmarks, personal notes and the search history, with export to Markdown and JSON.

Everything is read and written on the "user" lane; this view only shows frozen copies.
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path
from typing import Any
from urllib.parse import quote

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mmn_desktop.ui.context import AppContext
from mmn_desktop.ui.views.base import View

Index = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    Target = Qt.ItemDataRole.UserRole + 1
    Item = Qt.ItemDataRole.UserRole + 2


class UserItemsModel(QAbstractListModel):
    """Bookmarks, notes or history items (frozen dataclasses from core.userdata)."""

    def __init__(self, kind: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.kind = kind  # "bookmarks" | "notes" | "history"
        self.items: tuple[Any, ...] = ()

    def set_items(self, items: tuple[Any, ...]) -> None:
        self.beginResetModel()
        self.items = tuple(items)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if self.kind == "history":
                return f"{item.query}    ({item.at[:16].replace('T', ' ')})"
            if self.kind == "notes":
                first = item.text.strip().splitlines()[0] if item.text.strip() else ""
                return f"{item.title}\n{first[:160]}"
            return item.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.text if self.kind == "notes" else getattr(item, "target", getattr(item, "query", ""))
        if role == Role.Target:
            if self.kind == "history":
                return "view:search/" + quote(item.query, safe="")
            return item.target
        if role == Role.Item:
            return item
        return None


class NotesView(View):
    key = "notes"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("My notes"))
        self.models: dict[str, UserItemsModel] = {}
        self.lists: dict[str, QListView] = {}
        labels = {"bookmarks": self.tr("Bookmarks"), "notes": self.tr("Notes"), "history": self.tr("Search history")}
        for kind, label in labels.items():
            model = UserItemsModel(kind, self)
            lst = QListView(self)
            lst.setModel(model)
            lst.setAccessibleName(label)
            lst.setWordWrap(True)
            lst.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
            lst.activated.connect(self._open_index)
            lst.doubleClicked.connect(self._open_index)
            self.models[kind] = model
            self.lists[kind] = lst
            self.tabs.addTab(lst, label)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.remove_button = QPushButton(self.tr("Remove selected"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the selected bookmark, note or search"))
        self.clear_button = QPushButton(self.tr("Clear search history"), self)
        self.clear_button.setAccessibleName(self.tr("Clear the whole search history"))
        self.export_md = QPushButton(self.tr("Export as Markdown…"), self)
        self.export_md.setAccessibleName(self.tr("Export bookmarks and notes as Markdown"))
        self.export_json = QPushButton(self.tr("Export as JSON…"), self)
        self.export_json.setAccessibleName(self.tr("Export bookmarks and notes as JSON"))
        buttons = QHBoxLayout()
        for b in (self.remove_button, self.clear_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        for b in (self.export_md, self.export_json):
            buttons.addWidget(b)
        box = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Your bookmarks, notes and searches stay on this computer, apart from the content. "
                "Ctrl+D bookmarks the page you are reading; Ctrl+Shift+N writes a note on it."
            ),
            self,
        )
        intro.setWordWrap(True)
        box.addWidget(intro)
        box.addWidget(self.tabs, 1)
        box.addWidget(self.empty)
        box.addLayout(buttons)
        self.remove_button.clicked.connect(self.remove_selected)
        self.clear_button.clicked.connect(self.clear_history)
        self.export_md.clicked.connect(lambda: self._export_dialog("md"))
        self.export_json.clicked.connect(lambda: self._export_dialog("json"))
        self.tabs.currentChanged.connect(lambda _i: self._update_empty())

    # -- View contract ------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("My Notes")

    def open(self, target: str) -> None:
        _, _, state = target.partition("/")
        names = list(self.models)
        if state in names:
            self.tabs.setCurrentIndex(names.index(state))
        self.refresh()

    def location(self) -> str:
        return f"view:notes/{list(self.models)[self.tabs.currentIndex()]}"

    # -- data -------------------------------------------------------------------------------------

    @property
    def userdata(self) -> Any:
        return self.ctx.userdata

    def refresh(self) -> None:
        userdata = self.userdata
        if userdata is None:
            self.empty.setText(self.tr("Your notes cannot be opened (see the status bar)."))
            return

        def read() -> tuple[Any, Any, Any]:
            return userdata.bookmarks(), userdata.notes(), userdata.history(200)

        self.ctx.runner.submit("user", read, on_done=self._show)

    def _show(self, data: tuple[Any, Any, Any]) -> None:
        bookmarks, notes, history = data
        self.models["bookmarks"].set_items(bookmarks)
        self.models["notes"].set_items(notes)
        self.models["history"].set_items(history)
        self._update_empty()

    def _current_kind(self) -> str:
        return list(self.models)[self.tabs.currentIndex()]

    def _update_empty(self) -> None:
        kind = self._current_kind()
        messages = {
            "bookmarks": self.tr("No bookmarks yet."),
            "notes": self.tr("No notes yet."),
            "history": self.tr("No searches remembered."),
        }
        self.empty.setText(messages[kind] if self.models[kind].rowCount() == 0 else "")
        self.clear_button.setEnabled(kind == "history" and self.models[kind].rowCount() > 0)

    def _open_index(self, index: QModelIndex) -> None:
        target = index.data(Role.Target)
        if target:
            self.navigate.emit(target)

    def remove_selected(self) -> None:
        kind = self._current_kind()
        index = self.lists[kind].currentIndex()
        if not index.isValid() or self.userdata is None:
            return
        item = index.data(Role.Item)
        userdata = self.userdata
        if kind == "bookmarks":
            self.ctx.runner.submit(
                "user", lambda: userdata.remove_bookmark(item.target), on_done=lambda _r: self.refresh()
            )
        elif kind == "notes":
            self.ctx.runner.submit("user", lambda: userdata.delete_note(item.target), on_done=lambda _r: self.refresh())
        else:
            self.clear_history()

    def clear_history(self, confirm: bool = True) -> None:
        if self.userdata is None:
            return
        if (
            confirm
            and QMessageBox.question(
                self,
                self.tr("Clear search history"),
                self.tr("Forget every search you made? Bookmarks and notes are kept."),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        userdata = self.userdata
        self.ctx.runner.submit("user", userdata.clear_history, on_done=lambda _n: self.refresh())

    def export_to(self, path: str, fmt: str) -> None:
        """Write bookmarks and notes to ``path`` as Markdown ("md") or JSON ("json"), on the user lane."""
        userdata = self.userdata
        if userdata is None:
            return

        def write() -> str:
            text = userdata.export_markdown() if fmt == "md" else userdata.export_json()
            Path(path).write_text(text, encoding="utf-8")
            return path

        self.ctx.runner.submit("user", write, on_done=lambda p: self.status.emit(self.tr("Saved {0}").format(p)))

    def _export_dialog(self, fmt: str) -> None:
        suffix, label = (".md", self.tr("Markdown (*.md)")) if fmt == "md" else (".json", self.tr("JSON (*.json)"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export my notes"), f"mmn-notes{suffix}", label)
        if path:
            self.export_to(path, fmt)

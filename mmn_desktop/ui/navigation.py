"""Browser-like history of targets, and the navigation list model."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QListView

Index = QModelIndex | QPersistentModelIndex


class History:
    """A list of targets and a cursor, like a browser's back/forward."""

    def __init__(self, limit: int = 200) -> None:
        self.items: list[str] = []
        self.pos = -1
        self.limit = limit

    @property
    def current(self) -> str:
        return self.items[self.pos] if 0 <= self.pos < len(self.items) else ""

    def push(self, target: str) -> None:
        if target == self.current:
            return
        del self.items[self.pos + 1 :]
        self.items.append(target)
        if len(self.items) > self.limit:
            del self.items[0]
        self.pos = len(self.items) - 1

    def replace(self, target: str) -> None:
        if self.pos < 0:
            self.push(target)
        else:
            self.items[self.pos] = target

    def can_back(self) -> bool:
        return self.pos > 0

    def can_forward(self) -> bool:
        return self.pos < len(self.items) - 1

    def back(self) -> str:
        if not self.can_back():
            return ""
        self.pos -= 1
        return self.items[self.pos]

    def forward(self) -> str:
        if not self.can_forward():
            return ""
        self.pos += 1
        return self.items[self.pos]


class NavModel(QAbstractListModel):
    KeyRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[tuple[str, str]] = [
            ("search", self.tr("Search")),
            ("vocabulary", self.tr("Vocabulary")),
            ("avoid", self.tr("Terms to Avoid")),
            ("law", self.tr("Labour Law")),
            ("handbook", self.tr("ADD Handbook")),
            ("bibliography", self.tr("Bibliography")),
            ("ratifications", self.tr("Ratifications")),
            ("notes", self.tr("My Notes")),
        ]

    def entries(self) -> list[tuple[str, str]]:
        return list(self._entries)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        key, label = self._entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return label
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{0} (Ctrl+{1})").format(label, index.row() + 1)
        if role == self.KeyRole:
            return key
        return None

    def row_of(self, key: str) -> int:
        for i, (k, _) in enumerate(self._entries):
            if k == key:
                return i
        return -1

    def set_current(self, view: QListView, key: str) -> None:
        row = self.row_of(key)
        selection = view.selectionModel()
        if row < 0 or selection is None:
            return
        view.blockSignals(True)
        view.setCurrentIndex(self.index(row))
        view.blockSignals(False)

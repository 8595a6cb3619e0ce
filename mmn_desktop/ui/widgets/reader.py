"""The reading view: a QTextBrowser whose ``mmn:`` links go to the main window, plus a find bar."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


class Reader(QTextBrowser):
    """Read-only rich text; emits ``link_activated(target)`` for ``mmn:`` links."""

    link_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor)
        self.setAccessibleName(self.tr("Reading pane"))
        self.document().setDocumentMargin(12)

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == "mmn":
            self.link_activated.emit(url.toString()[len("mmn:") :])
        elif url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        elif url.hasFragment() and not url.path():
            self.scrollToAnchor(url.fragment())


class FindBar(QWidget):
    """In-page find for a Reader: Enter/F3 next, Shift+Enter/Shift+F3 previous, Esc closes."""

    def __init__(self, reader: Reader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reader = reader
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Find in this page"))
        self.edit.setAccessibleName(self.tr("Find in page"))
        self.edit.setClearButtonEnabled(True)
        self.count = QLabel(self)
        prev_btn = QToolButton(self)
        prev_btn.setText(self.tr("Previous"))
        prev_btn.setAccessibleName(self.tr("Previous match"))
        next_btn = QToolButton(self)
        next_btn.setText(self.tr("Next"))
        next_btn.setAccessibleName(self.tr("Next match"))
        close_btn = QToolButton(self)
        close_btn.setText(self.tr("Close"))
        close_btn.setAccessibleName(self.tr("Close find bar"))
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 2, 4, 2)
        row.addWidget(self.edit, 1)
        row.addWidget(self.count)
        row.addWidget(prev_btn)
        row.addWidget(next_btn)
        row.addWidget(close_btn)
        self.edit.textChanged.connect(self._from_top)
        self.edit.returnPressed.connect(self.find_next)
        next_btn.clicked.connect(self.find_next)
        prev_btn.clicked.connect(self.find_previous)
        close_btn.clicked.connect(self.close_bar)
        keys = (
            ("F3", self.find_next),
            ("Shift+F3", self.find_previous),
            ("Shift+Return", self.find_previous),
            ("Esc", self.close_bar),
        )
        for seq, slot in keys:
            sc = QShortcut(QKeySequence(seq), self, slot)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.hide()

    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.reader.setFocus()

    def _from_top(self, text: str) -> None:
        cursor = self.reader.textCursor()
        cursor.movePosition(cursor.MoveOperation.Start)
        self.reader.setTextCursor(cursor)
        found = bool(text) and self.reader.find(text)
        self._show_count(text, found)

    def _show_count(self, text: str, found: bool) -> None:
        if not text:
            self.count.setText("")
            return
        total = self.reader.toPlainText().casefold().count(text.casefold())
        self.count.setText(self.tr("%n match(es)", "", total) if found else self.tr("Not found"))

    def find_next(self) -> bool:
        text = self.edit.text()
        if not text:
            return False
        if self.reader.find(text):
            return True
        cursor = self.reader.textCursor()
        cursor.movePosition(cursor.MoveOperation.Start)  # wrap around
        self.reader.setTextCursor(cursor)
        return bool(self.reader.find(text))

    def find_previous(self) -> bool:
        text = self.edit.text()
        if not text:
            return False
        if self.reader.find(text, QTextDocument.FindFlag.FindBackward):
            return True
        cursor = self.reader.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.reader.setTextCursor(cursor)
        return bool(self.reader.find(text, QTextDocument.FindFlag.FindBackward))


class ReaderPane(QWidget):
    """A Reader with its FindBar under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reader = Reader(self)
        self.find_bar = FindBar(self.reader, self)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.reader, 1)
        box.addWidget(self.find_bar)

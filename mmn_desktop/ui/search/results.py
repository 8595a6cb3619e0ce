"""The results list: hits grouped by work under header rows, painted with highlighted snippets."""

from __future__ import annotations

import html as _html
import re
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from mmn_desktop.core.models import SearchHit, SearchResult

Index = QModelIndex | QPersistentModelIndex
_TAG = re.compile(r"<[^>]+>")


def kind_name(kind: str) -> str:
    names = {
        "concept": QCoreApplication.translate("Kinds", "Vocabulary"),
        "avoid": QCoreApplication.translate("Kinds", "Terms to avoid"),
        "law": QCoreApplication.translate("Kinds", "Labour law"),
        "chapter": QCoreApplication.translate("Kinds", "ADD handbook"),
        "page": QCoreApplication.translate("Kinds", "About this edition"),
        "bib": QCoreApplication.translate("Kinds", "Bibliography"),
        "ratification": QCoreApplication.translate("Kinds", "Ratifications"),
    }
    return names.get(kind, kind)


def plain(snippet: str) -> str:
    return _html.unescape(_TAG.sub("", snippet))


class Role(IntEnum):
    Hit = Qt.ItemDataRole.UserRole + 1
    Id = Qt.ItemDataRole.UserRole + 2
    IsHeader = Qt.ItemDataRole.UserRole + 3
    Snippet = Qt.ItemDataRole.UserRole + 4
    Kind = Qt.ItemDataRole.UserRole + 5


@dataclass(frozen=True, slots=True)
class _Row:
    kind: str
    hit: SearchHit | None  # None for a group header
    count: int = 0


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self.result: SearchResult | None = None

    def set_result(self, result: SearchResult) -> None:
        self.beginResetModel()
        self.result = result
        self._rows = []
        for kind, hits in result.grouped().items():
            self._rows.append(_Row(kind, None, len(hits)))
            self._rows.extend(_Row(kind, h) for h in hits)
        self.endResetModel()

    def hit_count(self) -> int:
        return sum(1 for r in self._rows if r.hit is not None)

    def first_hit_row(self) -> int:
        for i, r in enumerate(self._rows):
            if r.hit is not None:
                return i
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].hit is None:
            return Qt.ItemFlag.NoItemFlags  # headers are not selectable: arrow keys skip them
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        hit = row.hit
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if hit is None:
                return f"{kind_name(row.kind)} ({row.count})"
            return f"{hit.title} — {plain(hit.snippet)}"
        if role == Qt.ItemDataRole.ToolTipRole and hit is not None:
            return hit.id
        if role == Role.Hit:
            return hit
        if role == Role.Id:
            return hit.id if hit else ""
        if role == Role.IsHeader:
            return hit is None
        if role == Role.Snippet:
            return hit.snippet if hit else ""
        if role == Role.Kind:
            return row.kind
        return None


class ResultDelegate(QStyledItemDelegate):
    """Paints a header as a bold group title, a hit as its title over a highlighted snippet."""

    def _doc(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)  # type: ignore[attr-defined]
        if index.data(Role.IsHeader):
            doc.setHtml(f"<b>{_html.escape(str(index.data()))}</b>")
        else:
            hit: SearchHit = index.data(Role.Hit)
            snippet = hit.snippet.replace("<b>", '<b style="background-color:#ffe082; color:#000000;">')
            lang = f" <small>[{_html.escape(hit.lang)}]</small>" if hit.lang and hit.lang != "en" else ""
            doc.setHtml(f"<b>{_html.escape(hit.title)}</b>{lang}<br/><small>{snippet}</small>")
        widget = getattr(option, "widget", None)
        width = widget.viewport().width() if widget is not None else option.rect.width()  # type: ignore[attr-defined]
        if width <= 0:
            width = 600
        doc.setTextWidth(max(100, width - 16))
        return doc

    def paint(self, painter: Any, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        header = bool(index.data(Role.IsHeader))
        opt.text = ""  # type: ignore[attr-defined]
        style = opt.widget.style() if opt.widget else QApplication.style()  # type: ignore[attr-defined]
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)  # type: ignore[attr-defined]
        doc = self._doc(option, index)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        group = QPalette.ColorGroup.Active
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        if header:
            role = QPalette.ColorRole.PlaceholderText if not selected else role
        ctx.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(group, role))  # type: ignore[attr-defined]
        rect = opt.rect  # type: ignore[attr-defined]
        painter.save()
        painter.translate(rect.left() + 8, rect.top() + (6 if header else 3))
        painter.setClipRect(QRectF(0, 0, rect.width() - 8, rect.height()))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        doc = self._doc(option, index)
        extra = 10 if index.data(Role.IsHeader) else 6
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + extra)

"""The results list: hits grouped by work under header rows, painted with highlighted snippets."""

from __future__ import annotations

import html as _html
import re
from collections import OrderedDict
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QFont, QFontMetrics, QPalette, QTextDocument
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
    """Paints a header as a bold group title, a hit as its title over two lines of highlighted snippet.

    Row heights come from font metrics alone (no text layout), so a new result list is laid out
    at once; only the visible rows lay out their snippet, and those layouts are cached.
    """

    SNIPPET_LINES = 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._docs: OrderedDict[tuple[str, str, int, str], QTextDocument] = OrderedDict()

    @staticmethod
    def _fonts(option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        base = QFont(option.font)  # type: ignore[attr-defined]
        title = QFont(base)
        title.setBold(True)
        small = QFont(base)
        small.setPointSizeF(max(6.0, base.pointSizeF() * 0.9))
        return title, small

    def _snippet_doc(self, hit: SearchHit, small: QFont, width: int) -> QTextDocument:
        key = (hit.id, hit.snippet, width, small.key())
        doc = self._docs.get(key)
        if doc is None:
            doc = QTextDocument()
            doc.setDocumentMargin(0)
            doc.setDefaultFont(small)
            doc.setHtml(hit.snippet.replace("<b>", '<b style="background-color:#ffe082; color:#000000;">'))
            doc.setTextWidth(width)
            self._docs[key] = doc
            if len(self._docs) > 300:
                self._docs.popitem(last=False)
        else:
            self._docs.move_to_end(key)
        return doc

    def paint(self, painter: Any, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        header = bool(index.data(Role.IsHeader))
        opt.text = ""  # type: ignore[attr-defined]
        widget = opt.widget  # type: ignore[attr-defined]
        style = widget.style() if widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        group = QPalette.ColorGroup.Active
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        palette = opt.palette  # type: ignore[attr-defined]
        rect = opt.rect  # type: ignore[attr-defined]
        title_font, small = self._fonts(option)
        painter.save()
        painter.setClipRect(rect)
        if header:
            painter.setFont(title_font)
            role = text_role if selected else QPalette.ColorRole.PlaceholderText
            painter.setPen(palette.color(group, role))
            painter.drawText(
                rect.adjusted(8, 6, -8, 0),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                str(index.data()),
            )
            painter.restore()
            return
        hit: SearchHit = index.data(Role.Hit)
        title = hit.title + (f"  [{hit.lang}]" if hit.lang and hit.lang != "en" else "")
        metrics = QFontMetrics(title_font)
        painter.setFont(title_font)
        painter.setPen(palette.color(group, text_role))
        painter.drawText(
            rect.left() + 8,
            rect.top() + 3 + metrics.ascent(),
            metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width() - 16),
        )
        doc = self._snippet_doc(hit, small, max(100, rect.width() - 16))
        ctx = QAbstractTextDocumentLayout.PaintContext()
        ctx.palette.setColor(QPalette.ColorRole.Text, palette.color(group, text_role))
        top = rect.top() + 3 + metrics.height() + 2
        painter.translate(rect.left() + 8, top)
        painter.setClipRect(QRectF(0, 0, rect.width() - 16, self.SNIPPET_LINES * QFontMetrics(small).lineSpacing()))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        title_font, small = self._fonts(option)
        if index.data(Role.IsHeader):
            return QSize(200, QFontMetrics(title_font).height() + 12)
        height = QFontMetrics(title_font).height() + 2 + self.SNIPPET_LINES * QFontMetrics(small).lineSpacing() + 10
        return QSize(200, height)

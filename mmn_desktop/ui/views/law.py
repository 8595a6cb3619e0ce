"""Labour law (Legally Binding): the grid of elements x countries, one cell, one country, a comparison.

The grid has one row per key element (in the edition's order) and one column for the
international standard followed by one per country. Each cell shows a short summary; the
reader below shows the full text, the citations and the date the summary was last known to be
true, under the legal disclaimer. Locations this view understands:

- ``law:<element>`` (the international standard of an element), ``law:<country>/<element>``
- ``view:law`` (overview), ``view:law/country/<slug>`` (all elements of one country, or of
  ``international``), ``view:law/compare/<slug>,<slug>[,<slug>]`` (two or three countries side
  by side; add ``international`` to the list to show the international standard too)
"""

from __future__ import annotations

import dataclasses
import logging
import re
import textwrap
from collections.abc import Iterable, Sequence
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mmn_desktop.core.library import Library
from mmn_desktop.core.models import Citation, Instrument, LawCell, LawElement
from mmn_desktop.ui.context import AppContext
from mmn_desktop.ui.html import (
    badge,
    disclaimer_block,
    esc,
    legal_disclaimer,
    link,
    markdown,
    named_anchor,
    status_badge,
)
from mmn_desktop.ui.views.base import View
from mmn_desktop.ui.widgets.printing import document_from_html, print_document
from mmn_desktop.ui.widgets.printing import export_pdf as write_pdf
from mmn_desktop.ui.widgets.reader import ReaderPane

log = logging.getLogger(__name__)

ModelIndex = QModelIndex | QPersistentModelIndex

INTERNATIONAL = "international"  # the column (and pseudo-country) of the international standard
SHORT_LIMIT = 120  # characters of a summary shown in a grid cell
COLUMN_WIDTH = 230  # grid column width at 100 % zoom
HEADER_WRAP = 24  # characters per line of an element title in the row header

_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)\s]*\)")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\"'])")
_ILO_NUMBER = re.compile(r"\(No\.\s*(\d+)\)")
_PAREN_CODE = re.compile(r"\(([A-Z][A-Za-z]{2,})\)")


# -- text helpers (no Qt) -----------------------------------------------------------------------


def plain_text(text: str) -> str:
    """A summary without Markdown link syntax, on one line."""
    return " ".join(_MD_LINK.sub(r"\1", text).split())


def short_summary(text: str, limit: int = SHORT_LIMIT) -> str:
    """The first sentence of ``text``, or its first ``limit`` characters cut at a word and marked with "…"."""
    plain = plain_text(text)
    if not plain:
        return ""
    first = _SENTENCE_END.split(plain, maxsplit=1)[0]
    if len(first) <= limit:
        return first
    cut = first[: limit + 1].rsplit(" ", 1)[0] if " " in first[:limit] else first[:limit]
    return cut.rstrip(" ,;:") + "…"


def cited_instruments(instruments: Sequence[Instrument], citations: Iterable[Citation]) -> tuple[Instrument, ...]:
    """The instruments of the ratification table that ``citations`` refer to, in the table's order.

    An ILO convention is recognised by "(No. N)", a UN treaty by its code in brackets ("(ICRMW)"),
    and any instrument by its full title; where two titles match, the longer wins (a citation of
    the Protocol of 2014 to the Forced Labour Convention is not a citation of the Convention).
    """
    found: set[str] = set()
    for citation in citations:
        text = f"{citation.law} {citation.article}"
        hits: set[str] = set()
        for m in _ILO_NUMBER.finditer(text):
            code = f"C{int(m.group(1)):03d}"
            hits.update(i.slug for i in instruments if i.body == "ILO" and i.code == code)
        for m in _PAREN_CODE.finditer(text):
            hits.update(i.slug for i in instruments if i.body != "ILO" and i.code == m.group(1))
        by_title = [i for i in instruments if i.title and i.title in text]
        for inst in by_title:
            if not any(o is not inst and inst.title in o.title for o in by_title):
                hits.add(inst.slug)
        found |= hits
    return tuple(i for i in instruments if i.slug in found)


# -- the grid model -------------------------------------------------------------------------------


class LawRole(IntEnum):
    TARGET = Qt.ItemDataRole.UserRole + 1  # the entry id a cell opens ("" for a missing cell)
    ENTRY = Qt.ItemDataRole.UserRole + 2  # the LawCell or LawElement (None for a missing cell)
    COUNTRY = Qt.ItemDataRole.UserRole + 3  # country slug, or "international"
    ELEMENT = Qt.ItemDataRole.UserRole + 4  # element slug
    SHORT = Qt.ItemDataRole.UserRole + 5  # the short summary without the review note
    FULL = Qt.ItemDataRole.UserRole + 6  # the full summary as plain text
    REVIEW = Qt.ItemDataRole.UserRole + 7  # "draft", "reviewed" or "" (international standard)
    AS_OF = Qt.ItemDataRole.UserRole + 8


@dataclasses.dataclass(frozen=True, slots=True)
class _Cell:
    entry: LawCell | LawElement | None
    target: str
    country: str
    element: str
    short: str
    full: str
    review: str
    as_of: str


class LawGridModel(QAbstractTableModel):
    """Rows: the key elements in order. Columns: the international standard, then each country."""

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.elements: tuple[LawElement, ...] = tuple(sorted(library.content.elements, key=lambda e: (e.order, e.slug)))
        self.columns: tuple[str, ...] = (INTERNATIONAL, *(c.slug for c in library.countries))
        self._cells = [[self._make(el, col) for col in self.columns] for el in self.elements]

    def _make(self, element: LawElement, column: str) -> _Cell:
        if column == INTERNATIONAL:
            text = element.intl_summary
            return _Cell(
                element, element.id, column, element.slug, short_summary(text), plain_text(text), "", element.as_of
            )
        cell = self.library.cell(column, element.slug)
        if cell is None:
            return _Cell(None, "", column, element.slug, "", "", "", "")
        return _Cell(
            cell,
            cell.id,
            column,
            element.slug,
            short_summary(cell.summary),
            plain_text(cell.summary),
            cell.review,
            cell.as_of,
        )

    # -- Qt model API ------------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.elements)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._cells)):
            return None
        if not (0 <= index.column() < len(self.columns)):
            return None
        cell = self._cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(cell)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(cell)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.column_name(cell.country)}, {self.elements[index.row()].title}: {self._display(cell)}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if role == LawRole.TARGET:
            return cell.target
        if role == LawRole.ENTRY:
            return cell.entry
        if role == LawRole.COUNTRY:
            return cell.country
        if role == LawRole.ELEMENT:
            return cell.element
        if role == LawRole.SHORT:
            return cell.short
        if role == LawRole.FULL:
            return cell.full
        if role == LawRole.REVIEW:
            return cell.review
        if role == LawRole.AS_OF:
            return cell.as_of
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not (0 <= section < len(self.columns)):
                return None
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return self.column_name(self.columns[section])
            return None
        if not (0 <= section < len(self.elements)):
            return None
        element = self.elements[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return "\n".join(textwrap.wrap(f"{element.order}. {element.title}", HEADER_WRAP))
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"<p><b>{esc(element.title)}</b></p><p>{esc(element.covers)}</p>"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    # -- helpers ------------------------------------------------------------------------------------

    def column_name(self, column: str) -> str:
        return self.tr("International standard") if column == INTERNATIONAL else self.library.country_name(column)

    def _display(self, cell: _Cell) -> str:
        if cell.entry is None:
            return self.tr("No summary in this edition")
        if cell.review == "draft":
            return self.tr("{summary} (draft)").format(summary=cell.short)
        return cell.short

    def _tooltip(self, cell: _Cell) -> str:
        if cell.entry is None:
            return self.tr("No summary for this country and element in this edition.")
        parts = [f"<p>{esc(cell.full)}</p>"]
        meta = self.tr("As of {date}").format(date=cell.as_of)
        if cell.review == "draft":
            meta += " · " + self.tr("draft, not yet reviewed")
        parts.append(f"<p><i>{esc(meta)}</i></p>")
        return "".join(parts)

    def index_of(self, column: str, element: str) -> QModelIndex:
        try:
            col = self.columns.index(column)
        except ValueError:
            return QModelIndex()
        for row, el in enumerate(self.elements):
            if el.slug == element:
                return self.index(row, col)
        return QModelIndex()

    def column_of(self, column: str) -> int:
        return self.columns.index(column) if column in self.columns else -1

    def retranslate(self) -> None:
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self.elements and self.columns:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.elements) - 1, len(self.columns) - 1))


# -- the view -------------------------------------------------------------------------------------


class LawView(View):
    """The labour law grid, with the detail of a cell, a country or a comparison below it."""

    key = "law"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.library: Library = ctx.library
        self.model = LawGridModel(self.library, self)
        self._syncing = False
        self._location = "view:law"
        self._entry = ""
        self._print_html = ""
        self._doc_title = ""
        self._build()
        self._retranslate()
        self._show_overview()

    # -- building ---------------------------------------------------------------------------------

    def _build(self) -> None:
        self.banner = QLabel(self)
        self.banner.setObjectName("law-disclaimer")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.banner.setStyleSheet(
            "QLabel#law-disclaimer { background-color: #fff3cd; color: #3d2f00; padding: 6px;"
            " border: 1px solid #d9b44a; }"
        )

        self.country_label = QLabel(self)
        self.country_combo = QComboBox(self)
        self.country_label.setBuddy(self.country_combo)
        self.print_button = QPushButton(self)
        self.pdf_button = QPushButton(self)

        self.compare_label = QLabel(self)
        self.compare_boxes = [QComboBox(self) for _ in range(3)]
        self.compare_label.setBuddy(self.compare_boxes[0])
        self.intl_check = QCheckBox(self)
        self.compare_button = QPushButton(self)

        self.grid = QTableView(self)
        self.grid.setModel(self.model)
        self.grid.setWordWrap(True)
        self.grid.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setTabKeyNavigation(False)
        self.grid.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.grid.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        hheader = self.grid.horizontalHeader()
        hheader.setDefaultSectionSize(COLUMN_WIDTH)
        hheader.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        vheader = self.grid.verticalHeader()
        vheader.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        vheader.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        vheader.setHighlightSections(False)

        self.pane = ReaderPane(self)
        self.reader = self.pane.reader
        self.reader.setObjectName("law-reader")

        top = QHBoxLayout()
        top.addWidget(self.country_label)
        top.addWidget(self.country_combo)
        top.addStretch(1)
        top.addWidget(self.print_button)
        top.addWidget(self.pdf_button)
        compare = QHBoxLayout()
        compare.addWidget(self.compare_label)
        for box in self.compare_boxes:
            compare.addWidget(box)
        compare.addWidget(self.intl_check)
        compare.addWidget(self.compare_button)
        compare.addStretch(1)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.grid)
        self.splitter.addWidget(self.pane)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 6)
        box.addWidget(self.banner)
        box.addLayout(top)
        box.addLayout(compare)
        box.addWidget(self.splitter, 1)

        for w in (self.country_combo, *self.compare_boxes):
            w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        QWidget.setTabOrder(self.country_combo, self.print_button)
        QWidget.setTabOrder(self.print_button, self.pdf_button)
        QWidget.setTabOrder(self.pdf_button, self.compare_boxes[0])
        QWidget.setTabOrder(self.compare_boxes[0], self.compare_boxes[1])
        QWidget.setTabOrder(self.compare_boxes[1], self.compare_boxes[2])
        QWidget.setTabOrder(self.compare_boxes[2], self.intl_check)
        QWidget.setTabOrder(self.intl_check, self.compare_button)
        QWidget.setTabOrder(self.compare_button, self.grid)
        QWidget.setTabOrder(self.grid, self.reader)

        self.grid.selectionModel().currentChanged.connect(self._on_current)
        self.grid.activated.connect(self._on_activated)
        vheader.sectionClicked.connect(self._on_row_header)
        hheader.sectionClicked.connect(self._on_column_header)
        self.reader.link_activated.connect(self.navigate.emit)
        self.country_combo.activated.connect(self._on_country_chosen)
        for b in self.compare_boxes:
            b.currentIndexChanged.connect(self._update_compare_button)
        self.compare_button.clicked.connect(self._on_compare_clicked)
        self.print_button.clicked.connect(self.print_current)
        self.pdf_button.clicked.connect(self._on_export_clicked)

    def _retranslate(self) -> None:
        not_advice = self.tr("Not legal advice.")
        self.banner.setText(f"<b>{esc(not_advice)}</b> {esc(legal_disclaimer())}")
        self.banner.setAccessibleName(self.tr("Legal disclaimer"))
        self.country_label.setText(self.tr("&Show one country:"))
        self.country_combo.setAccessibleName(self.tr("Show all elements for one country"))
        self.print_button.setText(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print what is shown"))
        self.pdf_button.setText(self.tr("Export P&DF…"))
        self.pdf_button.setAccessibleName(self.tr("Export what is shown as PDF"))
        self.compare_label.setText(self.tr("Co&mpare:"))
        names = (
            self.tr("First country to compare"),
            self.tr("Second country to compare"),
            self.tr("Third country to compare (optional)"),
        )
        for b, name in zip(self.compare_boxes, names, strict=True):
            b.setAccessibleName(name)
        self.intl_check.setText(self.tr("with the &international standard"))
        self.intl_check.setAccessibleName(self.tr("Include the international standard in the comparison"))
        self.compare_button.setText(self.tr("&Compare"))
        self.compare_button.setAccessibleName(self.tr("Compare the chosen countries side by side"))
        self.grid.setAccessibleName(self.tr("Labour law grid: key elements by country"))
        self._fill_combos()
        self.model.retranslate()

    def _fill_combos(self) -> None:
        countries = self.library.countries
        current = self.country_combo.currentData()
        self.country_combo.blockSignals(True)
        self.country_combo.clear()
        self.country_combo.addItem(self.tr("Choose…"), "")
        self.country_combo.addItem(self.tr("International standard"), INTERNATIONAL)
        for c in countries:
            self.country_combo.addItem(c.name, c.slug)
        self._set_combo(self.country_combo, current or "")
        self.country_combo.blockSignals(False)

        chosen = [b.currentData() for b in self.compare_boxes]
        if not any(chosen):
            chosen = self._initial_compare()
        for i, b in enumerate(self.compare_boxes):
            b.blockSignals(True)
            b.clear()
            if i == 2:
                b.addItem(self.tr("(none)"), "")
            for c in countries:
                b.addItem(c.name, c.slug)
            self._set_combo(b, chosen[i] if i < len(chosen) else "")
            b.blockSignals(False)
        self._update_compare_button()

    def _initial_compare(self) -> list[str]:
        slugs = [c.slug for c in self.library.countries]
        recent = [s for s in (getattr(self.ctx.settings, "recent_compare", ()) or ()) if s in slugs]
        if len(recent) >= 2:
            return [*recent[:3], ""][:3]
        return [*slugs[:2], ""]

    @staticmethod
    def _set_combo(combo: QComboBox, data: str) -> None:
        i = combo.findData(data)
        combo.setCurrentIndex(i if i >= 0 else 0)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "reader"):
            self._retranslate()
            self.open(self._location)
        super().changeEvent(event)

    # -- the View contract -------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Labour law")

    def location(self) -> str:
        return self._location

    def current_entry(self) -> str:
        return self._entry

    def focus_find(self) -> bool:
        self.pane.find_bar.open_bar()
        return True

    def settings_changed(self) -> None:
        self.open(self._location)

    def apply_zoom(self, percent: int) -> None:
        super().apply_zoom(percent)
        width = max(80, int(COLUMN_WIDTH * percent / 100))
        self.grid.horizontalHeader().setDefaultSectionSize(width)
        for col in range(self.model.columnCount()):
            self.grid.setColumnWidth(col, width)

    def open(self, target: str) -> None:
        t = target.strip()
        if t.startswith("law:"):
            key = t[len("law:") :]
            if "/" in key:
                country, _, element = key.partition("/")
                cell = self.library.cell(country, element)
                if cell is not None:
                    self._show_cell(cell)
                    return
            else:
                found = self.library.element(key)
                if found is not None:
                    self._show_element(found)
                    return
        elif t == "view:law" or t == "view:law/":
            self._show_overview()
            return
        elif t.startswith("view:law/"):
            kind, _, arg = t[len("view:law/") :].partition("/")
            if kind == "country" and (arg == INTERNATIONAL or arg in {c.slug for c in self.library.countries}):
                self._show_country(arg)
                return
            if kind == "compare":
                self._show_compare(arg.split(","))
                return
        log.warning("law view: cannot open %r", target)
        self._show_missing(t)

    def print_current(self) -> bool:
        if not self._print_html:
            return False
        print_document(document_from_html(self._print_html, self._doc_title), self)
        return True

    def export_pdf(self, path: str) -> bool:
        if not self._print_html:
            return False
        try:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            with open(path, "ab"):
                pass
        except OSError as exc:
            log.warning("cannot write %s: %s", path, exc)
            self.status.emit(self.tr("Could not write {path}: {error}").format(path=path, error=exc.strerror or exc))
            return False
        doc = document_from_html(self._print_html, self._doc_title)
        # Side-by-side comparison columns need the width of a landscape page.
        write_pdf(doc, path, self._doc_title, landscape=self._location.startswith("view:law/compare/"))
        self.status.emit(self.tr("Saved {path}").format(path=path))
        return True

    # -- user actions -------------------------------------------------------------------------------

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        target = str(current.data(LawRole.TARGET) or "")
        if target:
            self.navigate.emit(target)
        else:
            self.status.emit(self.tr("No summary for this country and element in this edition."))

    def _on_activated(self, index: QModelIndex) -> None:
        target = str(index.data(LawRole.TARGET) or "")
        if target and target != self._location:
            self.navigate.emit(target)

    def _on_row_header(self, row: int) -> None:
        if 0 <= row < len(self.model.elements):
            self.navigate.emit(self.model.elements[row].id)

    def _on_column_header(self, col: int) -> None:
        if 0 <= col < len(self.model.columns):
            self.navigate.emit(f"view:law/country/{self.model.columns[col]}")

    def _on_country_chosen(self, _index: int) -> None:
        slug = str(self.country_combo.currentData() or "")
        if slug:
            self.navigate.emit(f"view:law/country/{slug}")

    def _chosen_compare(self) -> list[str]:
        chosen: list[str] = []
        for b in self.compare_boxes:
            slug = str(b.currentData() or "")
            if slug and slug not in chosen:
                chosen.append(slug)
        return chosen

    def _update_compare_button(self, *_args: object) -> None:
        self.compare_button.setEnabled(len(self._chosen_compare()) >= 2)

    def compare_target(self) -> str:
        """The location the Compare button would open (the chosen countries, in order)."""
        return self._compare_location(self._chosen_compare(), self.intl_check.isChecked())

    def _on_compare_clicked(self) -> None:
        if len(self._chosen_compare()) >= 2:
            self.navigate.emit(self.compare_target())

    def _on_export_clicked(self) -> None:
        if not self._print_html:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = re.sub(r"[^A-Za-z0-9]+", "-", self._location.removeprefix("view:")).strip("-") or "labour-law"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export PDF"), str(Path(folder) / f"{name}.pdf"), self.tr("PDF files (*.pdf)")
        )
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.export_pdf(path)

    # -- selection sync (never emits) --------------------------------------------------------------

    def _select_cell(self, index: QModelIndex) -> None:
        self._syncing = True
        try:
            sm = self.grid.selectionModel()
            if index.isValid():
                sm.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                self.grid.scrollTo(index)
            else:
                sm.clearSelection()
                sm.clearCurrentIndex()
        finally:
            self._syncing = False

    def _select_columns(self, columns: Sequence[str]) -> None:
        """Highlight whole columns (a country, or the countries compared) with no current cell."""
        self._syncing = True
        try:
            sm = self.grid.selectionModel()
            sm.clearCurrentIndex()
            sm.clearSelection()
            rows = self.model.rowCount()
            selection = QItemSelection()
            for column in columns:
                col = self.model.column_of(column)
                if col >= 0 and rows:
                    selection.select(self.model.index(0, col), self.model.index(rows - 1, col))
            if not selection.isEmpty():
                sm.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                self.grid.scrollTo(selection.indexes()[0])
        finally:
            self._syncing = False

    def _sync_controls(self, country: str = "", compare: Sequence[str] = (), intl: bool | None = None) -> None:
        self._set_combo(self.country_combo, country)
        if compare:
            for i, b in enumerate(self.compare_boxes):
                b.blockSignals(True)
                self._set_combo(b, compare[i] if i < len(compare) else "")
                b.blockSignals(False)
            self._update_compare_button()
        if intl is not None:
            self.intl_check.setChecked(intl)

    # -- what is shown ------------------------------------------------------------------------------

    def _show(self, screen_html: str, print_html: str, doc_title: str, location: str, entry: str = "") -> None:
        self.reader.setHtml(screen_html)
        self._print_html = print_html
        self._doc_title = doc_title
        self._location = location
        self._entry = entry
        printable = bool(print_html)
        self.print_button.setEnabled(printable)
        self.pdf_button.setEnabled(printable)

    def _show_overview(self) -> None:
        self._select_cell(QModelIndex())
        self._sync_controls()
        lib = self.library
        n = len(self.model.elements)
        intro = self.tr(
            "Each row is one key element of labour protection; the first column gives the international "
            "standard and the others what the law of each country says. Select a cell to read the full "
            "summary, what it means for migrant workers, the laws it cites and the date it was last "
            "checked. Pick one country to read all its elements, or two or three to compare them side by side."
        )
        heading = self.tr("Labour law: {n} key elements").format(n=n)
        countries_heading = self.tr("Countries")
        intl_label = self.tr("International standard")
        elements_heading = self.tr("Key elements")
        parts = [
            f"<h2>{esc(heading)}</h2>",
            disclaimer_block(),
            f"<p>{esc(intro)}</p>",
            f"<h3>{esc(countries_heading)}</h3><ul>",
        ]
        parts.append(f"<li>{link(f'view:law/country/{INTERNATIONAL}', intl_label)}</li>")
        for c in lib.countries:
            parts.append(f"<li>{link(f'view:law/country/{c.slug}', c.name)}</li>")
        parts.append(f"</ul><h3>{esc(elements_heading)}</h3><ol>")
        for el in self.model.elements:
            parts.append(f"<li>{link(el.id, el.title)}</li>")
        parts.append("</ol>")
        recent = [s for s in (getattr(self.ctx.settings, "recent_compare", ()) or ()) if s in self.model.columns]
        if len(recent) >= 2:
            names = ", ".join(lib.country_name(s) for s in recent)
            target = self._compare_location(recent, False)
            last = self.tr("Your last comparison:")
            parts.append(f"<p>{esc(last)} {link(target, names)}</p>")
        self._show("".join(parts), "", self.title(), "view:law")

    def _show_missing(self, target: str) -> None:
        self._select_cell(QModelIndex())
        text = self.tr("There is no labour law entry “{target}” in this edition.").format(target=target)
        not_found = self.tr("Not found")
        html = f"<h2>{esc(not_found)}</h2><p>{esc(text)}</p><p>{link('view:law', self.title())}</p>"
        self._show(html, "", self.title(), target)

    def _show_cell(self, cell: LawCell) -> None:
        self._select_cell(self.model.index_of(cell.country, cell.element))
        self._sync_controls(cell.country)
        country = self.library.country_name(cell.country)
        element = self.library.element(cell.element)
        el_title = element.title if element else cell.element
        heading = self.tr("{country}: {element}").format(country=country, element=el_title)
        summary_heading = self.tr("Summary")
        body = [
            self._meta_line(cell.review, cell.as_of),
            disclaimer_block(),
            f"<h3>{esc(summary_heading)}</h3>",
            markdown(cell.summary),
        ]
        if cell.migrants:
            migrants_heading = self.tr("What it means for migrant workers")
            body += [f"<h3>{esc(migrants_heading)}</h3>", markdown(cell.migrants)]
        citations_heading = self.tr("Citations")
        body += [f"<h3>{esc(citations_heading)}</h3>", self._citations(cell.citations)]
        extra: list[str] = []
        if element is not None:
            intl_heading = self.tr("International standard")
            read_intl = self.tr("Read the international standard")
            extra += [
                f"<h3>{esc(intl_heading)}</h3>",
                f"<p>{esc(short_summary(element.intl_summary))} {link(element.id, read_intl)}</p>",
            ]
            insts = cited_instruments(self.library.content.instruments, element.intl_citations)
            if insts:
                cited_heading = self.tr("{country} and the instruments cited").format(country=country)
                extra.append(f"<h3>{esc(cited_heading)}</h3>")
                extra.append(self._ratification_list(cell.country, insts))
            others_heading = self.tr("The same element in other countries")
            extra.append(f"<h3>{esc(others_heading)}</h3><ul>")
            for other in self.library.countries:
                if other.slug == cell.country:
                    continue
                o = self.library.cell(other.slug, cell.element)
                if o is not None:
                    extra.append(f"<li>{link(o.id, other.name)}: {esc(short_summary(o.summary))}</li>")
            extra.append("</ul>")
        see_also = self.tr("See also")
        extra.append(f"<h3>{esc(see_also)}</h3><ul>")
        all_label = self.tr("All key elements for {country}").format(country=country)
        extra.append(f"<li>{link(f'view:law/country/{cell.country}', all_label)}</li>")
        extra += self._related_concepts(cell.element)
        extra.append("</ul>")
        self._show(
            self._page(heading, body + extra),
            self._page(heading, body, printed=True),
            heading,
            cell.id,
            cell.id,
        )

    def _show_element(self, element: LawElement) -> None:
        self._select_cell(self.model.index_of(INTERNATIONAL, element.slug))
        self._sync_controls(INTERNATIONAL)
        heading = self.tr("{element}: international standard").format(element=element.title)
        covers_heading = self.tr("What this element covers")
        intl_heading = self.tr("International standard")
        citations_heading = self.tr("Citations")
        body = [
            self._meta_line("", element.as_of),
            disclaimer_block(),
            f"<h3>{esc(covers_heading)}</h3>",
            f"<p>{esc(element.covers)}</p>",
            f"<h3>{esc(intl_heading)}</h3>",
            markdown(element.intl_summary),
            f"<h3>{esc(citations_heading)}</h3>",
            self._citations(element.intl_citations),
        ]
        extra: list[str] = []
        insts = cited_instruments(self.library.content.instruments, element.intl_citations)
        if insts:
            ratification_heading = self.tr("Ratification of the instruments cited")
            extra.append(f"<h3>{esc(ratification_heading)}</h3>")
            extra.append(self._ratification_table(insts))
        each_country = self.tr("In each country")
        extra.append(f"<h3>{esc(each_country)}</h3><ul>")
        for c in self.library.countries:
            cell = self.library.cell(c.slug, element.slug)
            if cell is not None:
                extra.append(f"<li>{link(cell.id, c.name)}: {esc(short_summary(cell.summary))}</li>")
        extra.append("</ul>")
        related = self._related_concepts(element.slug)
        if related:
            see_also = self.tr("See also")
            extra += [f"<h3>{esc(see_also)}</h3><ul>", *related, "</ul>"]
        self._show(
            self._page(heading, body + extra),
            self._page(heading, body, printed=True),
            heading,
            element.id,
            element.id,
        )

    def _show_country(self, slug: str) -> None:
        self._select_columns([slug])
        self._sync_controls(slug)
        intl = slug == INTERNATIONAL
        if intl:
            heading = self.tr("International standards: the {n} key elements").format(n=len(self.model.elements))
        else:
            heading = self.tr("{country}: the {n} key elements").format(
                country=self.library.country_name(slug), n=len(self.model.elements)
            )
        sections: list[tuple[str, str]] = []  # (screen, print)
        dates: set[str] = set()
        for el in self.model.elements:
            title = f"{named_anchor(el.slug)}<h3>{esc(el.order)}. {esc(el.title)}</h3>"
            if intl:
                dates.add(el.as_of)
                meta = self._meta_line("", el.as_of)
                text = markdown(el.intl_summary) + self._citations(el.intl_citations)
                target = el.id
            else:
                cell = self.library.cell(slug, el.slug)
                if cell is None:
                    no_summary = self.tr("No summary in this edition.")
                    none = f"<p><i>{esc(no_summary)}</i></p>"
                    sections.append((title + none, title + none))
                    continue
                dates.add(cell.as_of)
                meta = self._meta_line(cell.review, cell.as_of)
                text = markdown(cell.summary)
                if cell.migrants:
                    for_migrants = self.tr("For migrant workers:")
                    text += f"<p><b>{esc(for_migrants)}</b></p>" + markdown(cell.migrants)
                citations_label = self.tr("Citations:")
                text += f"<p><b>{esc(citations_label)}</b></p>" + self._citations(cell.citations)
                target = cell.id
            open_label = self.tr("Open this entry")
            open_link = f"<p>{link(target, open_label)}</p>"
            sections.append((title + meta + text + open_link, title + meta + text))
        toc = " · ".join(
            f'<a href="#{esc(el.slug)}">{esc(el.order)}. {esc(el.title)}</a>' for el in self.model.elements
        )
        head = [self._dates_line(dates), disclaimer_block()]
        self._show(
            self._page(heading, [*head, f"<p>{toc}</p>", *(s for s, _ in sections)]),
            self._page(heading, [*head, *(p for _, p in sections)], printed=True),
            heading,
            f"view:law/country/{slug}",
        )

    def _show_compare(self, tokens: Sequence[str]) -> None:
        slugs = {c.slug for c in self.library.countries}
        intl = False
        countries: list[str] = []
        for raw in tokens:
            s = raw.strip()
            if s == INTERNATIONAL:
                intl = True
            elif s in slugs and s not in countries and len(countries) < 3:
                countries.append(s)
        if len(countries) < 2:
            self._select_cell(QModelIndex())
            text = self.tr("Choose two or three countries to compare.")
            compare = self.tr("Compare")
            self._show(f"<h2>{esc(compare)}</h2><p>{esc(text)}</p>", "", self.title(), "view:law/compare/")
            return
        self._select_columns(([INTERNATIONAL] if intl else []) + countries)
        self._sync_controls(compare=[*countries, ""][:3], intl=intl)
        self._remember_compare(tuple(countries))
        names = [self.library.country_name(c) for c in countries]
        heading = self.tr("Comparison: {countries}").format(countries=", ".join(names))
        columns = ([INTERNATIONAL] if intl else []) + countries
        dates = []
        for c in countries:
            cell_dates = sorted({x.as_of for x in self.library.content.cells if x.country == c})
            if cell_dates:
                dates.append(f"{self.library.country_name(c)} {self._date_range(cell_dates)}")
        as_of = self.tr("As of: {dates}").format(dates="; ".join(dates))
        head = [f"<p>{esc(as_of)}</p>", disclaimer_block()]
        location = self._compare_location(countries, intl)
        self._show(
            self._page(heading, [*head, self._compare_table(columns, links=True)]),
            self._page(heading, [*head, self._compare_table(columns, links=False)], printed=True),
            heading,
            location,
        )

    def _compare_table(self, columns: Sequence[str], links: bool) -> str:
        col_width = int(84 / max(1, len(columns)))
        rows = ['<table border="1" cellspacing="0" cellpadding="5" width="100%">', "<thead><tr>"]
        element_heading = self.tr("Element")
        rows.append(f'<th width="16%" align="left">{esc(element_heading)}</th>')
        for col in columns:
            rows.append(f'<th width="{col_width}%" align="left">{esc(self.model.column_name(col))}</th>')
        rows.append("</tr></thead><tbody>")
        for el in self.model.elements:
            title = f"{el.order}. {el.title}"
            rows.append(f'<tr><td valign="top"><b>{link(el.id, title) if links else esc(title)}</b></td>')
            for col in columns:
                rows.append(f'<td valign="top">{self._compare_cell(col, el, links)}</td>')
            rows.append("</tr>")
        rows.append("</tbody></table>")
        return "".join(rows)

    def _compare_cell(self, column: str, element: LawElement, links: bool) -> str:
        citations_label = self.tr("Citations:")
        if column == INTERNATIONAL:
            as_of = self.tr("As of {date}").format(date=element.as_of)
            return (
                markdown(element.intl_summary)
                + f"<p><small><b>{esc(citations_label)}</b> {self._citations_inline(element.intl_citations)}"
                + f"<br/>{esc(as_of)}</small></p>"
            )
        cell = self.library.cell(column, element.slug)
        if cell is None:
            no_summary = self.tr("No summary in this edition.")
            return f"<p><i>{esc(no_summary)}</i></p>"
        parts = [markdown(cell.summary)]
        if cell.migrants:
            for_migrants = self.tr("For migrant workers:")
            parts.append(f"<p><b>{esc(for_migrants)}</b></p>" + markdown(cell.migrants))
        as_of = self.tr("As of {date}").format(date=cell.as_of)
        parts.append(
            f"<p><small><b>{esc(citations_label)}</b> {self._citations_inline(cell.citations)}"
            f"<br/>{esc(as_of)}</small></p>"
        )
        if cell.review == "draft":
            parts.append(f"<p>{self._draft_badge()}</p>")
        if links:
            open_label = self.tr("Open this entry")
            parts.append(f"<p>{link(cell.id, open_label)}</p>")
        return "".join(parts)

    # -- HTML pieces -----------------------------------------------------------------------------------

    def _page(self, heading: str, parts: Sequence[str], printed: bool = False) -> str:
        out = [f"<h2>{esc(heading)}</h2>", *parts]
        if printed:
            source = self.tr("MMN Desktop: labour law summaries (Legally Binding)")
            if self.library.built_at:
                source += " · " + self.tr("edition built {date}").format(date=self.library.built_at[:10])
            out.append(f"<hr/><p><small>{esc(source)}</small></p>")
        return "".join(out)

    def _draft_badge(self) -> str:
        return badge(self.tr("draft, not yet reviewed"), "draft")

    def _meta_line(self, review: str, as_of: str) -> str:
        bits = []
        if review == "draft":
            bits.append(self._draft_badge())
        elif review == "reviewed":
            bits.append(status_badge("reviewed"))
        date_line = self.tr("As of {date}").format(date=as_of)
        bits.append(f"<b>{esc(date_line)}</b>")
        return f"<p>{' '.join(bits)}</p>"

    @staticmethod
    def _date_range(dates: Sequence[str]) -> str:
        ordered = sorted(dates)
        if not ordered:
            return ""
        return ordered[0] if len(ordered) == 1 else f"{ordered[0]} – {ordered[-1]}"

    def _dates_line(self, dates: Iterable[str]) -> str:
        ordered = sorted(dates)
        if not ordered:
            return ""
        if len(ordered) == 1:
            date_line = self.tr("As of {date}").format(date=ordered[0])
            return f"<p><b>{esc(date_line)}</b></p>"
        text = self.tr("As of {first} to {last} (each element gives its own date)").format(
            first=ordered[0], last=ordered[-1]
        )
        return f"<p><b>{esc(text)}</b></p>"

    def _citations(self, citations: Sequence[Citation]) -> str:
        if not citations:
            none = self.tr("No citation given.")
            return f"<p>{esc(none)}</p>"
        items = []
        for c in citations:
            text = f"<b>{esc(c.law)}</b>"
            if c.article:
                text += f", {esc(c.article)}"
            if c.note:
                text += f" <i>({esc(c.note)})</i>"
            items.append(f"<li>{text}</li>")
        return "<ul>" + "".join(items) + "</ul>"

    @staticmethod
    def _citations_inline(citations: Sequence[Citation]) -> str:
        out = []
        for c in citations:
            text = esc(c.law) + (f", {esc(c.article)}" if c.article else "")
            if c.note:
                text += f" ({esc(c.note)})"
            out.append(text)
        return "; ".join(out)

    def _status_words(self, country: str, inst: Instrument) -> str:
        r = self.library.ratification(country, inst.slug)
        if r is None:
            return esc(self.tr("no information"))
        words = status_badge(r.status)
        if r.year:
            words += f" {esc(r.year)}"
        return words

    def _ratification_list(self, country: str, instruments: Sequence[Instrument]) -> str:
        items = []
        for inst in instruments:
            label = f"{inst.code} {inst.title}"
            items.append(
                f"<li>{link(f'ratification:{country}/{inst.slug}', label)}: {self._status_words(country, inst)}</li>"
            )
        return "<ul>" + "".join(items) + "</ul>"

    def _ratification_table(self, instruments: Sequence[Instrument]) -> str:
        instrument = self.tr("Instrument")
        rows = ['<table border="1" cellspacing="0" cellpadding="4">', f"<tr><th>{esc(instrument)}</th>"]
        rows += [f"<th>{esc(c.name)}</th>" for c in self.library.countries]
        rows.append("</tr>")
        for inst in instruments:
            rows.append(f"<tr><td>{link(inst.id, f'{inst.code} {inst.title}')}</td>")
            rows += [f"<td>{self._status_words(c.slug, inst)}</td>" for c in self.library.countries]
            rows.append("</tr>")
        rows.append("</table>")
        return "".join(rows)

    def _related_concepts(self, element: str) -> list[str]:
        concept = self.library.concept(element)
        if concept is None:
            return []
        label = self.tr("Vocabulary: {term}").format(term=concept.title(self.ctx.lang))
        return [f"<li>{link(concept.id, label)}</li>"]

    # -- comparison state ---------------------------------------------------------------------------

    @staticmethod
    def _compare_location(countries: Sequence[str], intl: bool) -> str:
        return "view:law/compare/" + ",".join(([INTERNATIONAL] if intl else []) + list(countries))

    def _remember_compare(self, countries: tuple[str, ...]) -> None:
        settings = self.ctx.settings
        if tuple(getattr(settings, "recent_compare", ()) or ()) == countries:
            return
        try:
            settings.recent_compare = countries
        except (AttributeError, dataclasses.FrozenInstanceError):
            if dataclasses.is_dataclass(settings) and not isinstance(settings, type):
                self.ctx.settings = dataclasses.replace(settings, recent_compare=countries)
            else:
                log.warning("cannot store the last comparison in %r", type(settings).__name__)
                return
        try:
            self.ctx.save_settings()
        except Exception:  # settings are a convenience; never break the view over them
            log.exception("could not save settings")

"""The annotated bibliography: a sortable, filterable table, a detail reader, and exports.

``BibTableModel`` holds every record; ``BibFilterProxy`` filters (free text, country, topic,
year range, language, type) and sorts (year as a number, text with the collation of the
reading language). Exports (RIS, BibTeX, CSL-JSON) are written by the Qt-free functions in
``mmn_desktop.core.export``, for the selected records or for all records shown.

Targets: ``bib:<slug>`` (a record) and ``view:bibliography[/<filters>]`` where ``<filters>`` is
a query string, e.g. ``view:bibliography/country=thailand&topic=add&from=2010&to=2015``
(keys: ``q``, ``country``, ``topic``, ``lang``, ``type``, ``from``, ``to``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from itertools import pairwise
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mmn_desktop.core.export import to_bibtex, to_csl_json, to_ris
from mmn_desktop.core.library import Library
from mmn_desktop.core.models import BIB_TYPES, BibRecord
from mmn_desktop.core.search.analysis import fold
from mmn_desktop.ui import html as h
from mmn_desktop.ui.collation import collator
from mmn_desktop.ui.context import AppContext
from mmn_desktop.ui.views.base import View
from mmn_desktop.ui.widgets.printing import document_from_html, export_pdf, print_document
from mmn_desktop.ui.widgets.reader import Reader

log = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex

FORMATS: dict[str, str] = {  # format -> file suffix
    "ris": ".ris",
    "bibtex": ".bib",
    "csl-json": ".json",
}
SCOPES = ("selected", "shown")
_MMN_LINK_RE = re.compile(r"mmn:([a-z]+:[^)\s\"'<>]+)")


def type_label(kind: str) -> str:
    labels = {
        "book": QCoreApplication.translate("BibliographyView", "Book"),
        "report": QCoreApplication.translate("BibliographyView", "Report"),
        "article": QCoreApplication.translate("BibliographyView", "Article"),
        "chapter": QCoreApplication.translate("BibliographyView", "Book chapter"),
        "briefing": QCoreApplication.translate("BibliographyView", "Briefing paper"),
        "proceedings": QCoreApplication.translate("BibliographyView", "Proceedings"),
        "web": QCoreApplication.translate("BibliographyView", "Web page"),
    }
    return labels.get(kind, kind)


def topic_label(topic: str) -> str:
    labels = {
        "status": QCoreApplication.translate("BibliographyView", "Migration status"),
        "documents": QCoreApplication.translate("BibliographyView", "Documents and procedures"),
        "recruitment": QCoreApplication.translate("BibliographyView", "Recruitment"),
        "labour-rights": QCoreApplication.translate("BibliographyView", "Labour rights"),
        "add": QCoreApplication.translate("BibliographyView", "Arrest, detention and deportation"),
        "trafficking": QCoreApplication.translate("BibliographyView", "Trafficking"),
        "health": QCoreApplication.translate("BibliographyView", "Health"),
        "education": QCoreApplication.translate("BibliographyView", "Education"),
        "family": QCoreApplication.translate("BibliographyView", "Family"),
        "social-protection": QCoreApplication.translate("BibliographyView", "Social protection"),
        "gender": QCoreApplication.translate("BibliographyView", "Gender"),
        "advocacy": QCoreApplication.translate("BibliographyView", "Advocacy"),
        "regional-policy": QCoreApplication.translate("BibliographyView", "Regional policy"),
        "environment": QCoreApplication.translate("BibliographyView", "Environment and climate"),
        "economic-zones": QCoreApplication.translate("BibliographyView", "Economic zones"),
        "refugees": QCoreApplication.translate("BibliographyView", "Refugees"),
    }
    return labels.get(topic, topic.replace("-", " "))


def creators_text(record: BibRecord) -> str:
    return "; ".join(record.creators)


def citation(record: BibRecord) -> str:
    """A plain full citation: creators (year). Title. Place: Publisher."""
    who = creators_text(record)
    where = ": ".join(x for x in (record.place, record.publisher) if x)
    parts = [f"{who} ({record.year})." if who else f"({record.year}).", f"{record.title}."]
    if where:
        parts.append(f"{where}.")
    return " ".join(parts)


# -- the table model --------------------------------------------------------------------------


class BibColumn(IntEnum):
    Year = 0
    Creators = 1
    Title = 2
    Type = 3
    Countries = 4
    Languages = 5


class BibRole(IntEnum):
    Record = Qt.ItemDataRole.UserRole + 1
    Id = Qt.ItemDataRole.UserRole + 2


class BibTableModel(QAbstractTableModel):
    """Every bibliography record, one row each."""

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.records: tuple[BibRecord, ...] = tuple(library.content.bibliography)
        self._text: list[tuple[str, ...]] = [self._row_text(r) for r in self.records]

    def _row_text(self, r: BibRecord) -> tuple[str, ...]:
        lib = self.library
        return (
            str(r.year),
            creators_text(r),
            r.title,
            type_label(r.type),
            ", ".join(lib.country_name(c) for c in r.countries),
            ", ".join(lib.language_name(code) for code in r.languages),
        )

    def record(self, row: int) -> BibRecord:
        return self.records[row]

    def row_of(self, slug: str) -> int:
        for row, r in enumerate(self.records):
            if r.slug == slug:
                return row
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(BibColumn)

    # The roles data() answers (the view asks for many more per cell while sizing rows).
    _ROLES = frozenset(
        {
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.TextAlignmentRole,
            *BibRole,
        }
    )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in self._ROLES or not index.isValid() or not 0 <= index.row() < len(self.records):
            return None
        row, col = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text[row][col]
        if role == BibRole.Record:
            return self.records[row]
        if role == BibRole.Id:
            return self.records[row].id
        if role == Qt.ItemDataRole.TextAlignmentRole and col == BibColumn.Year:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (
            QCoreApplication.translate("BibliographyView", "Year"),
            QCoreApplication.translate("BibliographyView", "Authors / organisation"),
            QCoreApplication.translate("BibliographyView", "Title"),
            QCoreApplication.translate("BibliographyView", "Type"),
            QCoreApplication.translate("BibliographyView", "Countries"),
            QCoreApplication.translate("BibliographyView", "Languages"),
        )
        return names[section] if 0 <= section < len(names) else None


# -- filtering and sorting --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BibFilters:
    text: str = ""
    country: str = ""
    topic: str = ""
    language: str = ""
    type: str = ""
    year_from: int | None = None
    year_to: int | None = None

    def matches(self, record: BibRecord) -> bool:
        if self.country and self.country not in record.countries:
            return False
        if self.topic and self.topic not in record.topics:
            return False
        if self.language and self.language not in record.languages:
            return False
        if self.type and record.type != self.type:
            return False
        if self.year_from is not None and record.year < self.year_from:
            return False
        if self.year_to is not None and record.year > self.year_to:
            return False
        words = fold(self.text).split()
        if words:
            haystack = fold(
                " ".join(
                    (
                        record.title,
                        *record.creators,
                        record.publisher,
                        record.place,
                        record.annotation,
                        str(record.year),
                    )
                )
            )
            return all(w in haystack for w in words)
        return True

    def to_state(self) -> str:
        pairs = [
            ("q", self.text.strip()),
            ("country", self.country),
            ("topic", self.topic),
            ("lang", self.language),
            ("type", self.type),
            ("from", "" if self.year_from is None else str(self.year_from)),
            ("to", "" if self.year_to is None else str(self.year_to)),
        ]
        return urlencode([(k, v) for k, v in pairs if v])

    @classmethod
    def from_state(cls, state: str) -> BibFilters:
        values = dict(parse_qsl(state, keep_blank_values=False))

        def year(key: str) -> int | None:
            raw = values.get(key, "")
            return int(raw) if raw.isdigit() else None

        return cls(
            text=values.get("q", ""),
            country=values.get("country", ""),
            topic=values.get("topic", ""),
            language=values.get("lang", ""),
            type=values.get("type", ""),
            year_from=year("from"),
            year_to=year("to"),
        )


class BibFilterProxy(QSortFilterProxyModel):
    """Filters by ``BibFilters``; sorts years as numbers and text with a language's collation."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.filters = BibFilters()
        self.collator = collator("en", numeric=True)

    def set_filters(self, filters: BibFilters) -> None:
        if filters == self.filters:
            return
        self.beginFilterChange()
        self.filters = filters
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_language(self, lang: str) -> None:
        self.collator = collator(lang, numeric=True)
        self.invalidate()

    def record(self, proxy_row: int) -> BibRecord:
        return self.data(self.index(proxy_row, 0), BibRole.Record)  # type: ignore[no-any-return]

    def records(self) -> tuple[BibRecord, ...]:
        """The records shown, in the order shown."""
        return tuple(self.record(row) for row in range(self.rowCount()))

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        record = model.data(model.index(source_row, 0, source_parent), BibRole.Record)
        return record is not None and self.filters.matches(record)

    def lessThan(self, left: _Index, right: _Index) -> bool:
        a: BibRecord = left.data(BibRole.Record)
        b: BibRecord = right.data(BibRole.Record)
        if left.column() == BibColumn.Year:
            if a.year != b.year:
                return a.year < b.year
            return self.collator.compare(a.title, b.title) < 0
        order = self.collator.compare(str(left.data()), str(right.data()))
        if order == 0:
            order = self.collator.compare(a.title, b.title) or (a.year - b.year)
        return order < 0


# -- the view ---------------------------------------------------------------------------------


EXPORTERS: dict[str, Callable[[Sequence[BibRecord]], str]] = {
    "ris": to_ris,
    "bibtex": to_bibtex,
    "csl-json": to_csl_json,
}


class BibliographyView(View):
    key = "bibliography"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._record: BibRecord | None = None
        self._quiet = 0  # > 0 while the view itself moves the table's current row
        lib = ctx.library
        self.cited_in = self._citing_chapters(lib)

        self.model = BibTableModel(lib, self)
        self.proxy = BibFilterProxy(self)
        self.proxy.set_language(ctx.lang)
        # Connected before the table's selection model exists, so these run before it reacts
        # to rows leaving the proxy (it then moves the current row, which must not navigate).
        for begin in (
            self.proxy.layoutAboutToBeChanged,
            self.proxy.rowsAboutToBeRemoved,
            self.proxy.rowsAboutToBeInserted,
            self.proxy.modelAboutToBeReset,
        ):
            begin.connect(self._begin_quiet)
        for end in (self.proxy.layoutChanged, self.proxy.rowsRemoved, self.proxy.rowsInserted, self.proxy.modelReset):
            end.connect(self._end_quiet)
        self.proxy.setSourceModel(self.model)

        # filters
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Filter by title, author, publisher or annotation"))
        self.search.setAccessibleName(self.tr("Filter records by words"))
        self.search.setClearButtonEnabled(True)
        self.country = self._combo(
            self.tr("All countries"), self.tr("Filter by country"), [(c.slug, c.name) for c in lib.countries]
        )
        self.topic = self._combo(
            self.tr("All topics"), self.tr("Filter by topic"), [(t, topic_label(t)) for t in lib.content.topics]
        )
        self.language = self._combo(
            self.tr("All languages"),
            self.tr("Filter by language of publication"),
            [(x.code, x.name if x.name == x.native else f"{x.name} ({x.native})") for x in lib.languages],
        )
        present = {r.type for r in self.model.records}
        self.type = self._combo(
            self.tr("All types"), self.tr("Filter by type"), [(t, type_label(t)) for t in BIB_TYPES if t in present]
        )
        years = [r.year for r in self.model.records] or [2000]
        self.min_year, self.max_year = min(years), max(years)
        self.year_from = self._spin(self.tr("From year"), self.min_year)
        self.year_to = self._spin(self.tr("To year"), self.max_year)
        self.reset_button = QPushButton(self.tr("Reset filters"), self)
        self.reset_button.setAccessibleName(self.tr("Reset all filters"))
        self.count = QLabel(self)
        self.count.setAccessibleName(self.tr("Number of records shown"))
        self.export_button = QToolButton(self)
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setAccessibleName(self.tr("Export records"))
        self.export_button.setToolTip(self.tr("Export the selected or the shown records as RIS, BibTeX or CSL-JSON"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_menu = QMenu(self.export_button)
        self._export_actions: dict[tuple[str, str], QAction] = {}
        self._build_export_menu()
        self.export_button.setMenu(self.export_menu)

        # table and detail
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Bibliography records"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(BibColumn.Title, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(BibColumn.Year, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BibColumn.Type, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(BibColumn.Creators, 220)
        header.resizeSection(BibColumn.Countries, 160)
        header.resizeSection(BibColumn.Languages, 120)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(BibColumn.Year, Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.table.selectionModel().selectionChanged.connect(self._update_export_actions)
        self.table.activated.connect(self._on_activated)
        self.table.clicked.connect(self._on_clicked)

        self.detail = Reader(self)
        self.detail.setAccessibleName(self.tr("Record details"))
        self.detail.link_activated.connect(self.navigate.emit)

        row1 = QHBoxLayout()
        row1.addWidget(self.search, 2)
        for combo in (self.country, self.topic, self.language, self.type):
            row1.addWidget(combo, 1)
        row2 = QHBoxLayout()
        years_label = QLabel(self.tr("Years:"), self)
        years_label.setBuddy(self.year_from)
        to_label = QLabel(self.tr("to"), self)
        to_label.setBuddy(self.year_to)
        row2.addWidget(years_label)
        row2.addWidget(self.year_from)
        row2.addWidget(to_label)
        row2.addWidget(self.year_to)
        row2.addWidget(self.reset_button)
        row2.addStretch(1)
        row2.addWidget(self.count)
        row2.addWidget(self.export_button)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addLayout(row1)
        box.addLayout(row2)
        box.addWidget(splitter, 1)

        order: list[QWidget] = [
            self.search,
            self.country,
            self.topic,
            self.language,
            self.type,
            self.year_from,
            self.year_to,
            self.reset_button,
            self.export_button,
            self.table,
            self.detail,
        ]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

        self.search.textChanged.connect(self._filters_edited)
        for combo in (self.country, self.topic, self.language, self.type):
            combo.currentIndexChanged.connect(self._filters_edited)
        self.year_from.valueChanged.connect(self._year_from_changed)
        self.year_to.valueChanged.connect(self._year_to_changed)
        self.reset_button.clicked.connect(self.reset_filters)
        self._show_detail()
        self._update_count()
        self._update_export_actions()

    # -- construction helpers ---------------------------------------------------------------

    def _combo(self, all_label: str, accessible: str, items: Iterable[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(accessible)
        combo.addItem(all_label, "")
        for value, label in items:
            combo.addItem(label, value)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        return combo

    def _spin(self, accessible: str, value: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(self.min_year, self.max_year)
        spin.setValue(value)
        spin.setAccessibleName(accessible)
        return spin

    def _build_export_menu(self) -> None:
        names = {
            "ris": self.tr("RIS (.ris)"),
            "bibtex": self.tr("BibTeX (.bib)"),
            "csl-json": self.tr("CSL-JSON (.json)"),
        }
        for scope, heading in (("selected", self.tr("Selected records")), ("shown", self.tr("All shown (filtered)"))):
            self.export_menu.addSection(heading)
            for fmt in FORMATS:
                action = self.export_menu.addAction(names[fmt])
                action.setData((fmt, scope))
                action.triggered.connect(lambda _checked=False, f=fmt, s=scope: self._ask_export(f, s))
                self._export_actions[(fmt, scope)] = action

    @staticmethod
    def _citing_chapters(lib: Library) -> dict[str, tuple[str, ...]]:
        """bib slug -> ids of the chapters and pages that link to it."""
        found: dict[str, list[str]] = {}
        for chapter in sorted(lib.content.chapters, key=lambda c: (c.kind, c.order, c.slug)):
            for slug in dict.fromkeys(re.findall(r"mmn:bib:([a-z0-9-]+)", chapter.body)):
                found.setdefault(slug, []).append(chapter.id)
        return {k: tuple(v) for k, v in found.items()}

    # -- View contract ----------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Bibliography")

    def open(self, target: str) -> None:
        target = target.strip()
        if target == "view:bibliography" or target.startswith("view:bibliography/"):
            state = target[len("view:bibliography/") :] if "/" in target else ""
            if state:
                self.set_filters(BibFilters.from_state(state))
            self._record = None
            self._select_row(None)
            self._show_detail()
            return
        record = self.ctx.library.bib(target[4:]) if target.startswith("bib:") else None
        if record is None:
            log.info("bibliography: no record %r", target)
            self.status.emit(self.tr("Not found: {0}").format(target))
            return
        self._record = record
        if not self.proxy.filters.matches(record):
            self.reset_filters()  # the record asked for must be visible in the table
        self._select_row(record)
        self._show_detail()

    def location(self) -> str:
        if self._record is not None:
            return self._record.id
        state = self.proxy.filters.to_state()
        return f"view:bibliography/{state}" if state else "view:bibliography"

    def current_entry(self) -> str:
        return self._record.id if self._record else ""

    def settings_changed(self) -> None:
        self.proxy.set_language(self.ctx.lang)
        self._show_detail()

    def focus_find(self) -> bool:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
        return True

    def print_current(self) -> bool:
        if not self.proxy.rowCount():
            return False
        return print_document(document_from_html(self.list_html(), self.title()), self)

    def export_pdf(self, path: str) -> bool:
        if not self.proxy.rowCount():
            return False
        export_pdf(document_from_html(self.list_html(), self.title()), path, self.title())
        self.status.emit(self.tr("Saved {0}").format(path))
        return True

    # -- filters ----------------------------------------------------------------------------

    def filters(self) -> BibFilters:
        return self.proxy.filters

    def set_filters(self, filters: BibFilters) -> None:
        """Set every filter control (and so the proxy) from ``filters``."""
        controls = (self.search, self.country, self.topic, self.language, self.type, self.year_from, self.year_to)
        self._quiet += 1
        try:
            for widget in controls:
                widget.blockSignals(True)
            self.search.setText(filters.text)
            for combo, value in (
                (self.country, filters.country),
                (self.topic, filters.topic),
                (self.language, filters.language),
                (self.type, filters.type),
            ):
                combo.setCurrentIndex(max(0, combo.findData(value)))
            self.year_from.setValue(self.min_year if filters.year_from is None else filters.year_from)
            self.year_to.setValue(self.max_year if filters.year_to is None else filters.year_to)
        finally:
            for widget in controls:
                widget.blockSignals(False)
            self._quiet -= 1
        self._filters_edited()

    def reset_filters(self) -> None:
        self.set_filters(BibFilters())

    def _controls_filters(self) -> BibFilters:
        low, high = self.year_from.value(), self.year_to.value()
        return BibFilters(
            text=self.search.text(),
            country=str(self.country.currentData() or ""),
            topic=str(self.topic.currentData() or ""),
            language=str(self.language.currentData() or ""),
            type=str(self.type.currentData() or ""),
            year_from=None if low <= self.min_year else low,
            year_to=None if high >= self.max_year else high,
        )

    def _filters_edited(self, *_args: object) -> None:
        self._quiet += 1
        try:
            self.proxy.set_filters(self._controls_filters())
        finally:
            self._quiet -= 1
        self._update_count()
        self._update_export_actions()

    def _year_from_changed(self, value: int) -> None:
        if value > self.year_to.value():
            self.year_to.blockSignals(True)
            self.year_to.setValue(value)
            self.year_to.blockSignals(False)
        self._filters_edited()

    def _year_to_changed(self, value: int) -> None:
        if value < self.year_from.value():
            self.year_from.blockSignals(True)
            self.year_from.setValue(value)
            self.year_from.blockSignals(False)
        self._filters_edited()

    def _update_count(self) -> None:
        self.count.setText(self.tr("{0} of {1} records").format(self.proxy.rowCount(), self.model.rowCount()))

    # -- selection --------------------------------------------------------------------------

    def _begin_quiet(self, *_args: object) -> None:
        self._quiet += 1

    def _end_quiet(self, *_args: object) -> None:
        self._quiet = max(0, self._quiet - 1)

    def _select_row(self, record: BibRecord | None) -> None:
        selection = self.table.selectionModel()
        self._quiet += 1
        try:
            if record is None:
                selection.clear()
                return
            current = self.table.currentIndex()
            if current.isValid() and current.data(BibRole.Id) == record.id:
                return  # already current: keep a multi-row selection as it is
            source = self.model.index(self.model.row_of(record.slug), 0)
            index = self.proxy.mapFromSource(source)
            if index.isValid():
                flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                selection.setCurrentIndex(index, flags)
                self.table.scrollTo(index)
        finally:
            self._quiet -= 1

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet or not current.isValid():
            return
        ident = current.data(BibRole.Id)
        if ident and ident != self.location():
            self.navigate.emit(ident)

    def _on_clicked(self, index: QModelIndex) -> None:
        # A click on the row that is already current (e.g. after a filter moved the current row
        # without navigating) changes no current row, so it is handled here.
        ident = index.data(BibRole.Id)
        if ident and ident != self.location() and not self._quiet:
            self.navigate.emit(ident)

    def _on_activated(self, index: QModelIndex) -> None:
        ident = index.data(BibRole.Id)
        if ident and ident != self.location():
            self.navigate.emit(ident)
        self.detail.setFocus(Qt.FocusReason.OtherFocusReason)

    def selected_records(self) -> tuple[BibRecord, ...]:
        """The selected records, in the order shown."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return tuple(self.proxy.record(row) for row in rows)

    def shown_records(self) -> tuple[BibRecord, ...]:
        return self.proxy.records()

    # -- export -----------------------------------------------------------------------------

    def export_records(self, path: str | Path, fmt: str, scope: str) -> int:
        """Write the ``selected`` or ``shown`` records as ``ris``, ``bibtex`` or ``csl-json`` (UTF-8)."""
        if scope not in SCOPES:
            raise ValueError(f"unknown export scope {scope!r}")
        exporter = EXPORTERS.get(fmt)
        if exporter is None:
            raise ValueError(f"unknown export format {fmt!r}")
        records = self.selected_records() if scope == "selected" else self.shown_records()
        text = exporter(records)
        with open(path, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        log.info("exported %d bibliography records as %s to %s", len(records), fmt, path)
        return len(records)

    def _update_export_actions(self, *_args: object) -> None:
        selected = len(self.table.selectionModel().selectedRows()) if self.table.selectionModel() else 0
        shown = self.proxy.rowCount()
        for (_fmt, scope), action in self._export_actions.items():
            action.setEnabled(bool(selected if scope == "selected" else shown))
        self.export_button.setEnabled(bool(shown or selected))

    def _ask_export(self, fmt: str, scope: str) -> None:
        suffix = FORMATS[fmt]
        filters = {
            "ris": self.tr("RIS files (*.ris)"),
            "bibtex": self.tr("BibTeX files (*.bib)"),
            "csl-json": self.tr("CSL-JSON files (*.json)"),
        }
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        start = str(Path(folder) / f"mmn-bibliography{suffix}") if folder else f"mmn-bibliography{suffix}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export records"), start, filters[fmt])
        if not path:
            return
        if not path.lower().endswith(suffix):
            path += suffix
        try:
            n = self.export_records(path, fmt, scope)
        except (OSError, UnicodeError) as exc:
            log.warning("export to %s failed: %s", path, exc)
            QMessageBox.warning(self, self.tr("Export failed"), self.tr("Could not write {0}: {1}").format(path, exc))
            return
        self.status.emit(self.tr("Exported {0} records to {1}").format(n, path))

    # -- rendering --------------------------------------------------------------------------

    def _show_detail(self) -> None:
        if self._record is None:
            hint = self.tr("Select a record to read its annotation.")
            more = self.tr("Select several records (Ctrl or Shift) to export just those.")
            self.detail.setHtml(f"<p>{h.esc(hint)}</p><p>{h.esc(more)}</p>")
            return
        self.detail.setHtml(self.detail_html(self._record))

    def detail_html(self, record: BibRecord) -> str:
        lib = self.ctx.library
        parts = [
            f"<h2>{h.esc(record.title)}</h2>",
            f"<p>{h.badge(type_label(record.type), 'type')}</p>",
            f"<p>{h.esc(citation(record))}</p>",
        ]
        if record.annotation:
            heading = self.tr("Annotation")
            parts.append(f"<h3>{h.esc(heading)}</h3>")
            parts.append(h.markdown(record.annotation))
        rows = [
            (self.tr("Authors"), "; ".join(record.authors)),
            (self.tr("Organisation"), "; ".join(record.organisation)),
            (self.tr("Year"), str(record.year)),
            (self.tr("Publisher"), record.publisher),
            (self.tr("Place"), record.place),
            (self.tr("Type"), type_label(record.type)),
            (self.tr("Topics"), ", ".join(topic_label(t) for t in record.topics)),
            (self.tr("Countries"), ", ".join(lib.country_name(c) for c in record.countries)),
            (self.tr("Languages"), ", ".join(lib.language_name(c) for c in record.languages)),
        ]
        cells = "".join(
            f'<tr><td valign="top"><b>{h.esc(label)}</b></td><td>{h.esc(value)}</td></tr>'
            for label, value in rows
            if value
        )
        if record.url:
            shown = h.esc(record.url)
            value = f'<a href="{shown}">{shown}</a>' if record.url.startswith(("http://", "https://")) else shown
            label = self.tr("Address")
            cells += f'<tr><td valign="top"><b>{h.esc(label)}</b></td><td>{value}</td></tr>'
        parts.append(f'<table cellpadding="3">{cells}</table>')
        related = [t for t in dict.fromkeys(_MMN_LINK_RE.findall(record.annotation)) if t in lib]
        cited = self.cited_in.get(record.slug, ())
        if related:
            items = "".join(f"<li>{h.link(t, lib.title(t, self.ctx.lang))}</li>" for t in related)
            heading = self.tr("Related entries")
            parts.append(f"<h3>{h.esc(heading)}</h3><ul>{items}</ul>")
        if cited:
            items = "".join(f"<li>{h.link(t, lib.title(t, self.ctx.lang))}</li>" for t in cited)
            heading = self.tr("Cited in this edition")
            parts.append(f"<h3>{h.esc(heading)}</h3><ul>{items}</ul>")
        return "\n".join(parts)

    def list_html(self) -> str:
        """The records shown, in order, as a printable annotated list."""
        records = self.shown_records()
        count = self.tr("{0} of {1} records").format(len(records), self.model.rowCount())
        parts = [f"<h1>{h.esc(self.title())}</h1>", f"<p>{h.esc(count)}</p>"]
        for record in records:
            parts.append(f"<p><b>{h.esc(citation(record))}</b> {h.esc(type_label(record.type))}.")
            if record.url:
                parts.append(f"<br>{h.esc(record.url)}")
            parts.append("</p>")
            if record.annotation:
                parts.append(f"<blockquote>{h.esc(record.annotation)}</blockquote>")
        return "\n".join(parts)

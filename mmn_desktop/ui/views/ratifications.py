"""Ratifications: which country is bound by which UN treaty and ILO convention.

A grid of instruments (rows) by countries (columns). Every cell says its status in words, with
a symbol and a background colour as well (never colour alone); the tooltip and the detail give
the year, the note, the source and the as-of date. Locations this view understands:

- ``ratification:<instrument>`` (one instrument in every country),
  ``ratification:<country>/<instrument>`` (one cell)
- ``view:ratifications`` (overview with counts), ``view:ratifications/country/<slug>`` (one country)
"""

from __future__ import annotations

import csv
import logging
import re
from collections.abc import Sequence
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
    QSortFilterProxyModel,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
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
from mmn_desktop.core.models import Instrument, LawElement, Ratification
from mmn_desktop.ui.context import AppContext
from mmn_desktop.ui.html import esc, link, status_badge, status_label
from mmn_desktop.ui.views.base import View
from mmn_desktop.ui.views.law import cited_instruments
from mmn_desktop.ui.widgets.printing import document_from_html, print_document
from mmn_desktop.ui.widgets.printing import export_pdf as write_pdf
from mmn_desktop.ui.widgets.reader import ReaderPane

log = logging.getLogger(__name__)

ModelIndex = QModelIndex | QPersistentModelIndex

UNKNOWN = ""  # status of a cell with no record in the edition
COLUMN_WIDTH = 140  # minimum grid column width at 100 % zoom
TITLE_LIMIT = 44

# (symbol, background, text colour). Light tints with dark text set explicitly, so a cell reads
# the same in the light and the dark theme; the symbol and the words carry the meaning too.
STATUS_STYLE: dict[str, tuple[str, str, str]] = {
    "ratified": ("✓", "#c8e6c9", "#0d3b12"),
    "signed": ("~", "#ffe0a3", "#4a2c00"),
    "not-ratified": ("✗", "#e6e6e6", "#262626"),
    UNKNOWN: ("?", "#ffffff", "#262626"),
}

FILTERS: tuple[str, ...] = ("all", "un", "ilo", "fundamental")


def short_title(title: str, limit: int = TITLE_LIMIT) -> str:
    """``"Forced Labour Convention, 1930"`` -> ``"Forced Labour Convention"``; long titles cut at a word."""
    text = re.sub(r",\s*\d{4}$", "", title.strip())
    if len(text) <= limit:
        return text
    return text[: limit + 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


class RatRole(IntEnum):
    TARGET = Qt.ItemDataRole.UserRole + 1  # the entry id the cell opens
    STATUS = Qt.ItemDataRole.UserRole + 2  # "ratified" | "signed" | "not-ratified" | "" (no record)
    YEAR = Qt.ItemDataRole.UserRole + 3
    ENTRY = Qt.ItemDataRole.UserRole + 4  # the Ratification, or None
    INSTRUMENT = Qt.ItemDataRole.UserRole + 5  # the Instrument
    COUNTRY = Qt.ItemDataRole.UserRole + 6  # country slug


class RatificationsModel(QAbstractTableModel):
    """Rows: the instruments in the edition's order. Columns: the countries."""

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.instruments: tuple[Instrument, ...] = library.content.instruments
        self.countries: tuple[str, ...] = tuple(c.slug for c in library.countries)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.instruments)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.countries)

    def record(self, row: int, col: int) -> Ratification | None:
        return self.library.ratification(self.countries[col], self.instruments[row].slug)

    # The roles data() answers: the view asks for a dozen more per cell while sizing rows, and
    # turning those away first keeps the first showing of the grid fast.
    _ROLES = frozenset(
        {
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.TextAlignmentRole,
            *RatRole,
        }
    )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in self._ROLES or not index.isValid():
            return None
        row, col = index.row(), index.column()
        if not (0 <= row < len(self.instruments) and 0 <= col < len(self.countries)):
            return None
        inst, country = self.instruments[row], self.countries[col]
        rec = self.record(row, col)
        status = rec.status if rec else UNKNOWN
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = f"{STATUS_STYLE.get(status, STATUS_STYLE[UNKNOWN])[0]} {self.status_text(rec)}"
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return f"{self.library.country_name(country)}, {inst.code}: {self.status_text(rec)}"
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(inst, country, rec)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(STATUS_STYLE.get(status, STATUS_STYLE[UNKNOWN])[1]))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(STATUS_STYLE.get(status, STATUS_STYLE[UNKNOWN])[2]))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == RatRole.TARGET:
            return f"ratification:{country}/{inst.slug}"
        if role == RatRole.STATUS:
            return status
        if role == RatRole.YEAR:
            return rec.year if rec else None
        if role == RatRole.ENTRY:
            return rec
        if role == RatRole.INSTRUMENT:
            return inst
        if role == RatRole.COUNTRY:
            return country
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.countries) and role in (
                Qt.ItemDataRole.DisplayRole,
                Qt.ItemDataRole.ToolTipRole,
            ):
                return self.library.country_name(self.countries[section])
            return None
        if not (0 <= section < len(self.instruments)):
            return None
        inst = self.instruments[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self.instrument_label(inst)}\n{short_title(inst.title)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            adopted = self.tr("adopted {year}").format(year=inst.adopted) if inst.adopted else ""
            return f"<p><b>{esc(inst.body)} {esc(inst.code)}</b>: {esc(inst.title)}</p><p>{esc(adopted)}</p>"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == RatRole.TARGET:
            return inst.id
        return None

    # -- words ------------------------------------------------------------------------------------

    def instrument_label(self, inst: Instrument) -> str:
        label = f"{inst.body} {inst.code}"
        if inst.fundamental:
            label += " · " + self.tr("fundamental")
        return label

    def status_text(self, rec: Ratification | None) -> str:
        if rec is None:
            return self.tr("No information")
        if rec.status == "ratified":
            return self.tr("Ratified {year}").format(year=rec.year) if rec.year else self.tr("Ratified")
        if rec.status == "signed":
            return self.tr("Signed {year}").format(year=rec.year) if rec.year else self.tr("Signed")
        if rec.status == "not-ratified":
            return self.tr("Not ratified")
        return rec.status

    def tooltip(self, inst: Instrument, country: str, rec: Ratification | None) -> str:
        head = f"<p><b>{esc(self.library.country_name(country))}: {esc(inst.code)}</b> {esc(inst.title)}</p>"
        if rec is None:
            no_info = self.tr("No information in this edition.")
            return head + f"<p>{esc(no_info)}</p>"
        lines = [self.tr("Status: {status}").format(status=status_label(rec.status))]
        if rec.year:
            lines.append(self.tr("Year: {year}").format(year=rec.year))
        if rec.note:
            lines.append(self.tr("Note: {note}").format(note=rec.note))
        lines.append(self.tr("Source: {source}").format(source=rec.source))
        lines.append(self.tr("As of {date}").format(date=rec.as_of))
        return head + "".join(f"<p>{esc(line)}</p>" for line in lines)

    def row_of(self, instrument: str) -> int:
        for row, inst in enumerate(self.instruments):
            if inst.slug == instrument:
                return row
        return -1

    def column_of(self, country: str) -> int:
        return self.countries.index(country) if country in self.countries else -1

    def retranslate(self) -> None:
        if self.instruments and self.countries:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self.instruments) - 1)
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.instruments) - 1, len(self.countries) - 1))


class InstrumentFilter(QSortFilterProxyModel):
    """Shows all instruments, only UN treaties, only ILO conventions, or only the fundamental ones."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._mode = "all"

    @property
    def mode(self) -> str:
        return self._mode

    def set_mode(self, mode: str) -> None:
        if mode not in FILTERS:
            raise ValueError(mode)
        if mode == self._mode:
            return
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            self._mode = mode
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._mode = mode
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        source = self.sourceModel()
        if not isinstance(source, RatificationsModel) or not (0 <= source_row < len(source.instruments)):
            return False
        inst = source.instruments[source_row]
        if self._mode == "un":
            return inst.body == "UN"
        if self._mode == "ilo":
            return inst.body == "ILO"
        if self._mode == "fundamental":
            return inst.fundamental
        return True


class RatificationsView(View):
    """The ratification grid, its legend and filter, and the detail of a cell, an instrument or a country."""

    key = "ratifications"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.library: Library = ctx.library
        self.model = RatificationsModel(self.library, self)
        self.proxy = InstrumentFilter(self)
        self.proxy.setSourceModel(self.model)
        self._syncing = False
        self._location = "view:ratifications"
        self._entry = ""
        self._print_html = ""
        self._doc_title = ""
        self._build()
        self._retranslate()
        self._show_overview()

    # -- building ---------------------------------------------------------------------------------

    def _build(self) -> None:
        self.filter_label = QLabel(self)
        self.filter_combo = QComboBox(self)
        self.filter_label.setBuddy(self.filter_combo)
        self.csv_button = QPushButton(self)
        self.print_button = QPushButton(self)
        self.pdf_button = QPushButton(self)
        self.legend = QLabel(self)
        self.legend.setObjectName("ratifications-legend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)

        self.grid = QTableView(self)
        self.grid.setModel(self.proxy)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setTabKeyNavigation(False)
        self.grid.setWordWrap(False)
        hheader = self.grid.horizontalHeader()
        hheader.setMinimumSectionSize(COLUMN_WIDTH)
        hheader.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # follows zoom and header text
        vheader = self.grid.verticalHeader()
        vheader.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        vheader.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        vheader.setHighlightSections(False)

        self.pane = ReaderPane(self)
        self.reader = self.pane.reader
        self.reader.setObjectName("ratifications-reader")

        top = QHBoxLayout()
        top.addWidget(self.filter_label)
        top.addWidget(self.filter_combo)
        top.addStretch(1)
        top.addWidget(self.csv_button)
        top.addWidget(self.print_button)
        top.addWidget(self.pdf_button)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.grid)
        self.splitter.addWidget(self.pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 6)
        box.addLayout(top)
        box.addWidget(self.legend)
        box.addWidget(self.splitter, 1)

        QWidget.setTabOrder(self.filter_combo, self.csv_button)
        QWidget.setTabOrder(self.csv_button, self.print_button)
        QWidget.setTabOrder(self.print_button, self.pdf_button)
        QWidget.setTabOrder(self.pdf_button, self.grid)
        QWidget.setTabOrder(self.grid, self.reader)

        self.grid.selectionModel().currentChanged.connect(self._on_current)
        self.grid.activated.connect(self._on_activated)
        vheader.sectionClicked.connect(self._on_row_header)
        hheader.sectionClicked.connect(self._on_column_header)
        self.reader.link_activated.connect(self.navigate.emit)
        self.filter_combo.currentIndexChanged.connect(self._on_filter)
        self.csv_button.clicked.connect(self._on_csv_clicked)
        self.print_button.clicked.connect(self.print_current)
        self.pdf_button.clicked.connect(self._on_pdf_clicked)

    def _retranslate(self) -> None:
        self.filter_label.setText(self.tr("&Show:"))
        self.filter_combo.setAccessibleName(self.tr("Which instruments to show"))
        mode = self.proxy.mode
        self.filter_combo.blockSignals(True)
        self.filter_combo.clear()
        labels = {
            "all": self.tr("All instruments"),
            "un": self.tr("UN treaties"),
            "ilo": self.tr("ILO conventions"),
            "fundamental": self.tr("ILO fundamental conventions"),
        }
        for key in FILTERS:
            self.filter_combo.addItem(labels[key], key)
        self.filter_combo.setCurrentIndex(FILTERS.index(mode))
        self.filter_combo.blockSignals(False)
        self.csv_button.setText(self.tr("Export &CSV…"))
        self.csv_button.setAccessibleName(self.tr("Export the grid as a CSV file"))
        self.print_button.setText(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print what is shown"))
        self.pdf_button.setText(self.tr("Export P&DF…"))
        self.pdf_button.setAccessibleName(self.tr("Export what is shown as PDF"))
        self.legend.setText(self._legend_html())
        self.legend.setAccessibleName(self.tr("Legend"))
        self.grid.setAccessibleName(self.tr("Ratifications: instruments by country"))
        self.model.retranslate()

    def _chip(self, status: str, words: str) -> str:
        symbol, bg, fg = STATUS_STYLE[status]
        return f'<span style="background-color:{bg}; color:{fg};">&nbsp;{esc(symbol)} {esc(words)}&nbsp;</span>'

    def _legend_html(self) -> str:
        chips = [
            self._chip("ratified", self.tr("Ratified (or acceded): the country is bound")),
            self._chip("signed", self.tr("Signed, not ratified: not bound")),
            self._chip("not-ratified", self.tr("Not ratified")),
            self._chip(UNKNOWN, self.tr("No information")),
        ]
        dates = sorted({r.as_of for r in self.library.content.ratifications})
        as_of = self.tr("As of {date}.").format(date=", ".join(dates)) if dates else ""
        hint = self.tr("Hover over a cell for the year and the source; select it for the details.")
        return "&nbsp; ".join(chips) + f"<br/>{esc(as_of)} {esc(hint)}"

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "reader"):
            self._retranslate()
            self.open(self._location)
        super().changeEvent(event)

    # -- the View contract -------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Ratifications")

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
        self.grid.horizontalHeader().setMinimumSectionSize(max(60, int(COLUMN_WIDTH * percent / 100)))

    def open(self, target: str) -> None:
        t = target.strip()
        if t.startswith("ratification:"):
            key = t[len("ratification:") :]
            country, sep, slug = key.partition("/")
            if not sep:
                country, slug = "", key
            inst = self.library.instrument(slug)
            if inst is not None and not country:
                self._show_instrument(inst)
                return
            if inst is not None and country in self.model.countries:
                self._show_cell(country, inst)
                return
        elif t in ("view:ratifications", "view:ratifications/"):
            self._show_overview()
            return
        elif t.startswith("view:ratifications/country/"):
            slug = t[len("view:ratifications/country/") :]
            if slug in self.model.countries:
                self._show_country(slug)
                return
        log.warning("ratifications view: cannot open %r", target)
        self._show_missing(t)

    def print_current(self) -> bool:
        if not self._print_html:
            return False
        print_document(document_from_html(self._print_html, self._doc_title), self)
        return True

    def export_pdf(self, path: str) -> bool:
        if not self._print_html:
            return False
        if not self._writable(path):
            return False
        write_pdf(document_from_html(self._print_html, self._doc_title), path, self._doc_title)
        self.status.emit(self.tr("Saved {path}").format(path=path))
        return True

    def export_csv(self, path: str) -> bool:
        """Write the instruments shown (after the filter) as CSV, one line per instrument and country."""
        if not self._writable(path):
            return False
        rows = [self.proxy.mapToSource(self.proxy.index(r, 0)).row() for r in range(self.proxy.rowCount())]
        header = ["instrument", "body", "code", "title", "fundamental", "country", "status", "year", "note"]
        header += ["as_of", "source"]
        with open(path, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(header)
            for row in rows:
                inst = self.model.instruments[row]
                for col, country in enumerate(self.model.countries):
                    rec = self.model.record(row, col)
                    writer.writerow(
                        [
                            inst.slug,
                            inst.body,
                            inst.code,
                            inst.title,
                            "yes" if inst.fundamental else "no",
                            country,
                            rec.status if rec else "",
                            rec.year if rec and rec.year else "",
                            rec.note if rec else "",
                            rec.as_of if rec else "",
                            rec.source if rec else "",
                        ]
                    )
        self.status.emit(self.tr("Saved {path}").format(path=path))
        return True

    def _writable(self, path: str) -> bool:
        try:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            with open(path, "ab"):
                pass
        except OSError as exc:
            log.warning("cannot write %s: %s", path, exc)
            self.status.emit(self.tr("Could not write {path}: {error}").format(path=path, error=exc.strerror or exc))
            return False
        return True

    # -- user actions -------------------------------------------------------------------------------

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        target = str(current.data(RatRole.TARGET) or "")
        if target:
            self.navigate.emit(target)

    def _on_activated(self, index: QModelIndex) -> None:
        target = str(index.data(RatRole.TARGET) or "")
        if target and target != self._location:
            self.navigate.emit(target)

    def _on_row_header(self, proxy_row: int) -> None:
        target = self.proxy.headerData(proxy_row, Qt.Orientation.Vertical, RatRole.TARGET)
        if target:
            self.navigate.emit(str(target))

    def _on_column_header(self, col: int) -> None:
        if 0 <= col < len(self.model.countries):
            self.navigate.emit(f"view:ratifications/country/{self.model.countries[col]}")

    def _on_filter(self, index: int) -> None:
        mode = str(self.filter_combo.itemData(index) or "all")
        self._syncing = True  # hiding the current row moves the current index: that is not the user's choice
        try:
            self.proxy.set_mode(mode)
        finally:
            self._syncing = False
        self._resync_selection()

    def _on_csv_clicked(self) -> None:
        path = self._ask_path(self.tr("Export CSV"), "ratifications.csv", self.tr("CSV files (*.csv)"), ".csv")
        if path:
            self.export_csv(path)

    def _on_pdf_clicked(self) -> None:
        if not self._print_html:
            return
        name = re.sub(r"[^A-Za-z0-9]+", "-", self._location.removeprefix("view:")).strip("-") or "ratifications"
        path = self._ask_path(self.tr("Export PDF"), f"{name}.pdf", self.tr("PDF files (*.pdf)"), ".pdf")
        if path:
            self.export_pdf(path)

    def _ask_path(self, caption: str, name: str, filters: str, suffix: str) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(self, caption, str(Path(folder) / name), filters)
        if path and not path.lower().endswith(suffix):
            path += suffix
        return path

    # -- selection sync (never emits) --------------------------------------------------------------

    def _ensure_visible(self, instrument: str) -> None:
        row = self.model.row_of(instrument)
        if row >= 0 and not self.proxy.mapFromSource(self.model.index(row, 0)).isValid():
            self.filter_combo.setCurrentIndex(FILTERS.index("all"))  # shows the row; _on_filter resyncs

    def _select(self, instrument: str = "", country: str = "") -> None:
        """Select a cell (both given), a whole row (instrument), a whole column (country), or nothing."""
        self._syncing = True
        try:
            sm = self.grid.selectionModel()
            sm.clearSelection()
            sm.clearCurrentIndex()
            row = self.model.row_of(instrument) if instrument else -1
            col = self.model.column_of(country) if country else -1
            if row >= 0 and col >= 0:
                index = self.proxy.mapFromSource(self.model.index(row, col))
                if index.isValid():
                    sm.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                    self.grid.scrollTo(index)
            elif row >= 0:
                first = self.proxy.mapFromSource(self.model.index(row, 0))
                if first.isValid():
                    last = self.proxy.index(first.row(), self.proxy.columnCount() - 1)
                    sm.select(QItemSelection(first, last), QItemSelectionModel.SelectionFlag.ClearAndSelect)
                    self.grid.scrollTo(first)
            elif col >= 0 and self.proxy.rowCount():
                top, bottom = self.proxy.index(0, col), self.proxy.index(self.proxy.rowCount() - 1, col)
                sm.select(QItemSelection(top, bottom), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        finally:
            self._syncing = False

    def _resync_selection(self) -> None:
        t = self._location
        if t.startswith("ratification:"):
            country, sep, slug = t[len("ratification:") :].partition("/")
            if sep:
                self._select(slug, country)
            else:
                self._select(country)
        elif t.startswith("view:ratifications/country/"):
            self._select(country=t[len("view:ratifications/country/") :])
        else:
            self._select()

    # -- what is shown ------------------------------------------------------------------------------

    def _show(self, html: str, title: str, location: str, entry: str = "", printable: bool = True) -> None:
        self.reader.setHtml(html)
        self._print_html = self._printed(html) if printable else ""
        self._doc_title = title
        self._location = location
        self._entry = entry
        self.print_button.setEnabled(printable)
        self.pdf_button.setEnabled(printable)

    def _printed(self, html: str) -> str:
        source = self.tr("MMN Desktop: ratifications of international instruments")
        if self.library.built_at:
            source += " · " + self.tr("edition built {date}").format(date=self.library.built_at[:10])
        return html + f"<hr/><p><small>{esc(source)}</small></p>"

    def _status_html(self, rec: Ratification | None) -> str:
        if rec is None:
            return esc(self.tr("no information"))
        symbol = STATUS_STYLE.get(rec.status, STATUS_STYLE[UNKNOWN])[0]
        text = f"{esc(symbol)} {status_badge(rec.status)}"
        if rec.year:
            text += f" {esc(rec.year)}"
        return text

    def _year_label(self, rec: Ratification) -> str:
        if rec.status == "signed":
            return self.tr("Year signed")
        return self.tr("Year ratified or acceded")

    def _instrument_facts(self, inst: Instrument) -> list[tuple[str, str]]:
        facts = [(self.tr("Instrument"), link(inst.id, f"{inst.code}: {inst.title}"))]
        body = self.tr("International Labour Organization") if inst.body == "ILO" else self.tr("United Nations")
        facts.append((self.tr("Body"), esc(f"{inst.body} ({body})")))
        if inst.adopted:
            facts.append((self.tr("Adopted"), esc(inst.adopted)))
        if inst.body == "ILO":
            yes_no = self.tr("yes") if inst.fundamental else self.tr("no")
            facts.append((self.tr("ILO fundamental convention"), esc(yes_no)))
        return facts

    @staticmethod
    def _facts_table(facts: Sequence[tuple[str, str]]) -> str:
        rows = "".join(f'<tr><th align="left" valign="top">{esc(k)}</th><td>{v}</td></tr>' for k, v in facts)
        return f'<table cellspacing="0" cellpadding="4">{rows}</table>'

    def _elements_citing(self, inst: Instrument) -> list[LawElement]:
        instruments = self.library.content.instruments
        return [
            el
            for el in sorted(self.library.content.elements, key=lambda e: e.order)
            if inst in cited_instruments(instruments, el.intl_citations)
        ]

    def _show_overview(self) -> None:
        self._select()
        heading = self.tr("Ratifications of international instruments")
        parts = [f"<h2>{esc(heading)}</h2>"]
        intro = self.tr(
            "Which of the main UN human rights treaties and ILO conventions each country has ratified or "
            "acceded to (and is therefore bound by), has only signed, or has not ratified. Select a cell for the "
            "year, the source and any note; select an instrument's name for all countries at once."
        )
        parts.append(f"<p>{esc(intro)}</p><p>{self._legend_html()}</p>")
        parts.append('<table border="1" cellspacing="0" cellpadding="4"><thead><tr>')
        heads = (self.tr("Country"), self.tr("✓ Ratified"), self.tr("~ Signed"), self.tr("✗ Not ratified"))
        parts += [f"<th>{esc(h)}</th>" for h in heads]
        as_of_heading = self.tr("As of")
        parts.append(f"<th>{esc(as_of_heading)}</th></tr></thead>")
        total = len(self.model.instruments)
        for slug in self.model.countries:
            recs = [r for r in self.library.content.ratifications if r.country == slug]
            counts = [sum(1 for r in recs if r.status == s) for s in ("ratified", "signed", "not-ratified")]
            name = link(f"view:ratifications/country/{slug}", self.library.country_name(slug))
            dates = ", ".join(sorted({r.as_of for r in recs}))
            cells = "".join(f'<td align="right">{n}</td>' for n in counts)
            parts.append(f"<tr><td>{name}</td>{cells}<td>{esc(dates)}</td></tr>")
        parts.append("</table>")
        count = self.tr("{n} instruments in this edition.").format(n=total)
        parts.append(f"<p>{esc(count)}</p>")
        sources = sorted({r.source for r in self.library.content.ratifications})
        if sources:
            sources_heading = self.tr("Sources")
            parts.append(f"<h3>{esc(sources_heading)}</h3>")
            parts += [f"<p>{esc(s)}</p>" for s in sources]
        self._show("".join(parts), heading, "view:ratifications")

    def _show_missing(self, target: str) -> None:
        self._select()
        text = self.tr("There is no ratification entry “{target}” in this edition.").format(target=target)
        not_found = self.tr("Not found")
        html = f"<h2>{esc(not_found)}</h2><p>{esc(text)}</p><p>{link('view:ratifications', self.title())}</p>"
        self._show(html, self.title(), target, printable=False)

    def _show_cell(self, country: str, inst: Instrument) -> None:
        self._ensure_visible(inst.slug)
        self._location = f"ratification:{country}/{inst.slug}"
        self._select(inst.slug, country)
        rec = self.library.ratification(country, inst.slug)
        name = self.library.country_name(country)
        heading = self.tr("{country}: {code} {title}").format(country=name, code=inst.code, title=inst.title)
        parts = [f"<h2>{esc(heading)}</h2>", f"<p>{self._status_html(rec)}</p>"]
        facts = self._instrument_facts(inst)
        if rec is None:
            facts.append((self.tr("Status"), esc(self.tr("No information in this edition."))))
        else:
            facts.append((self.tr("Status"), esc(status_label(rec.status))))
            if rec.year:
                facts.append((self._year_label(rec), esc(rec.year)))
            if rec.note:
                facts.append((self.tr("Note"), esc(rec.note)))
            facts.append((self.tr("Source"), esc(rec.source)))
            facts.append((self.tr("As of"), f"<b>{esc(rec.as_of)}</b>"))
        parts.append(self._facts_table(facts))
        others_heading = self.tr("Other countries")
        parts.append(f"<h3>{esc(others_heading)}</h3><ul>")
        for other in self.model.countries:
            if other == country:
                continue
            o = self.library.ratification(other, inst.slug)
            label = link(f"ratification:{other}/{inst.slug}", self.library.country_name(other))
            parts.append(f"<li>{label}: {self._status_html(o)}</li>")
        parts.append("</ul>")
        elements = self._elements_citing(inst)
        if elements:
            sub = self.tr("Labour law of {country} on the elements it sets a standard for").format(country=name)
            parts.append(f"<h3>{esc(sub)}</h3><ul>")
            for el in elements:
                cell = self.library.cell(country, el.slug)
                parts.append(f"<li>{link(cell.id if cell else el.id, el.title)}</li>")
            parts.append("</ul>")
        all_label = self.tr("All instruments for {country}").format(country=name)
        parts.append(f"<p>{link(f'view:ratifications/country/{country}', all_label)}</p>")
        self._show(
            "".join(parts), heading, f"ratification:{country}/{inst.slug}", f"ratification:{country}/{inst.slug}"
        )

    def _show_instrument(self, inst: Instrument) -> None:
        self._ensure_visible(inst.slug)
        self._location = inst.id
        self._select(inst.slug)
        heading = f"{inst.body} {inst.code}: {inst.title}"
        parts = [f"<h2>{esc(heading)}</h2>", self._facts_table(self._instrument_facts(inst)[1:])]
        status_heading = self.tr("Status in each country")
        parts.append(f"<h3>{esc(status_heading)}</h3>")
        parts.append('<table border="1" cellspacing="0" cellpadding="4"><thead><tr>')
        heads = (self.tr("Country"), self.tr("Status"), self.tr("Note"), self.tr("As of"))
        parts += [f"<th align='left'>{esc(h)}</th>" for h in heads]
        parts.append("</tr></thead>")
        sources: set[str] = set()
        for country in self.model.countries:
            rec = self.library.ratification(country, inst.slug)
            label = link(f"ratification:{country}/{inst.slug}", self.library.country_name(country))
            note = esc(rec.note) if rec else ""
            as_of = esc(rec.as_of) if rec else ""
            if rec:
                sources.add(rec.source)
            parts.append(f"<tr><td valign='top'>{label}</td><td valign='top'>{self._status_html(rec)}</td>")
            parts.append(f"<td valign='top'>{note}</td><td valign='top'>{as_of}</td></tr>")
        parts.append("</table>")
        if sources:
            source_label = self.tr("Source:")
            parts.append(f"<p><b>{esc(source_label)}</b> {esc('; '.join(sorted(sources)))}</p>")
        elements = self._elements_citing(inst)
        if elements:
            citing_heading = self.tr("Labour law elements that cite it")
            parts.append(f"<h3>{esc(citing_heading)}</h3><ul>")
            parts += [f"<li>{link(el.id, el.title)}</li>" for el in elements]
            parts.append("</ul>")
        self._show("".join(parts), heading, inst.id, inst.id)

    def _show_country(self, country: str) -> None:
        self._location = f"view:ratifications/country/{country}"
        self._select(country=country)
        name = self.library.country_name(country)
        heading = self.tr("{country}: ratifications").format(country=name)
        parts = [f"<h2>{esc(heading)}</h2>"]
        parts.append('<table border="1" cellspacing="0" cellpadding="4"><thead><tr>')
        heads = (self.tr("Instrument"), self.tr("Status"), self.tr("Note"), self.tr("As of"))
        parts += [f"<th align='left'>{esc(h)}</th>" for h in heads]
        parts.append("</tr></thead>")
        sources: set[str] = set()
        for inst in self.model.instruments:
            rec = self.library.ratification(country, inst.slug)
            if rec:
                sources.add(rec.source)
            label = link(f"ratification:{country}/{inst.slug}", f"{self.model.instrument_label(inst)}: {inst.title}")
            parts.append(f"<tr><td valign='top'>{label}</td><td valign='top'>{self._status_html(rec)}</td>")
            note, as_of = (esc(rec.note), esc(rec.as_of)) if rec else ("", "")
            parts.append(f"<td valign='top'>{note}</td><td valign='top'>{as_of}</td></tr>")
        parts.append("</table>")
        if sources:
            source_label = self.tr("Source:")
            parts.append(f"<p><b>{esc(source_label)}</b> {esc('; '.join(sorted(sources)))}</p>")
        self._show("".join(parts), heading, f"view:ratifications/country/{country}")

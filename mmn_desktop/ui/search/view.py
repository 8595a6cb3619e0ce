"""The Search view: filters, a status line ("did you mean"), and the grouped results list.

The search box itself lives in the main window's toolbar; it feeds ``SearchView.set_query``.
"""

from __future__ import annotations

from urllib.parse import quote, unquote

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QListView, QVBoxLayout, QWidget

from mmn_desktop.core.models import SearchFilters, SearchResult
from mmn_desktop.ui import messages
from mmn_desktop.ui.context import AppContext
from mmn_desktop.ui.html import esc
from mmn_desktop.ui.search.controller import SearchController
from mmn_desktop.ui.search.results import ResultDelegate, Role, SearchResultsModel, kind_name
from mmn_desktop.ui.views.base import View

FILTER_KINDS = ("concept", "avoid", "law", "chapter", "bib", "ratification")


class ResultsList(QListView):
    """Enter opens; Up on the first result goes back to the search box."""

    activated_hit = Signal(str)
    leave_top = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = self.currentIndex()
            if index.isValid() and index.data(Role.Id):
                self.activated_hit.emit(index.data(Role.Id))
                return
        if event.key() == Qt.Key.Key_Up:
            model = self.model()
            first = model.first_hit_row() if isinstance(model, SearchResultsModel) else 0
            if self.currentIndex().row() <= first:
                self.leave_top.emit()
                return
        super().keyPressEvent(event)


class SearchView(View):
    key = "search"
    shown = Signal(object)  # a SearchResult was painted (for the self-test and benchmarks)

    def __init__(self, ctx: AppContext, controller: SearchController, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.controller = controller
        lib = ctx.library
        self.kind_box = QComboBox(self)
        self.kind_box.setAccessibleName(self.tr("Filter by work"))
        self.kind_box.addItem(self.tr("All works"), "")
        for kind in FILTER_KINDS:
            self.kind_box.addItem(kind_name(kind), kind)
        self.lang_box = QComboBox(self)
        self.lang_box.setAccessibleName(self.tr("Filter by language"))
        self.lang_box.addItem(self.tr("All languages"), "")
        for lang in lib.languages:
            self.lang_box.addItem(f"{lang.native} ({lang.name})", lang.code)
        self.country_box = QComboBox(self)
        self.country_box.setAccessibleName(self.tr("Filter by country"))
        self.country_box.addItem(self.tr("All countries"), "")
        for c in lib.countries:
            self.country_box.addItem(c.name, c.slug)
        filters = QHBoxLayout()
        for label, box in (
            (self.tr("Work:"), self.kind_box),
            (self.tr("Language:"), self.lang_box),
            (self.tr("Country:"), self.country_box),
        ):
            lab = QLabel(label, self)
            lab.setBuddy(box)
            filters.addWidget(lab)
            filters.addWidget(box)
        filters.addStretch(1)
        self.status_label = QLabel(self)
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Search status"))
        self.status_label.linkActivated.connect(self._on_status_link)
        self.model = SearchResultsModel(self)
        self.list = ResultsList(self)
        self.list.setModel(self.model)
        self.list.setItemDelegate(ResultDelegate(self.list))
        self.list.setAccessibleName(self.tr("Search results"))
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.setUniformItemSizes(False)
        self.list.activated_hit.connect(self.navigate.emit)
        self.list.clicked.connect(self._on_click)
        box = QVBoxLayout(self)
        box.addLayout(filters)
        box.addWidget(self.status_label)
        box.addWidget(self.list, 1)
        for combo in (self.kind_box, self.lang_box, self.country_box):
            combo.currentIndexChanged.connect(self._filters_changed)
        controller.results.connect(self.show_result)
        controller.failed.connect(lambda msg: self.status_label.setText(esc(self.tr("Search failed: {0}").format(msg))))
        self.show_hint()

    # -- View contract ------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Search")

    def location(self) -> str:
        return "view:search/" + quote(self.controller.text, safe="")

    def open(self, target: str) -> None:
        _, _, state = target.partition("/")
        text = unquote(state)
        if state and text != self.controller.text:
            self.controller.set_query(text, self.filters(), immediate=True)

    # -- behaviour ----------------------------------------------------------------------------

    def filters(self) -> SearchFilters:
        kind = self.kind_box.currentData() or ""
        lang = self.lang_box.currentData() or ""
        country = self.country_box.currentData() or ""
        kinds: tuple[str, ...] = (kind, "page") if kind == "chapter" else ((kind,) if kind else ())
        return SearchFilters(kinds=kinds, langs=(lang,) if lang else (), countries=(country,) if country else ())

    def set_query(self, text: str) -> None:
        self.controller.set_query(text, self.filters())

    def _filters_changed(self) -> None:
        self.controller.set_filters(self.filters())

    def show_hint(self) -> None:
        self.status_label.setText(
            esc(
                self.tr(
                    "Type in any of the seven languages to search every work. Down moves into the results, "
                    "Enter opens, Esc clears."
                )
            )
        )

    def show_result(self, result: SearchResult) -> None:
        self.model.set_result(result)
        if result.mode == "empty" or not result.query.strip():
            self.show_hint()
        elif result.total == 0:
            text = esc(self.tr("Nothing found for “{0}”.").format(result.query))
            if result.suggestion:
                text += " " + self.tr("Did you mean {0}?").format(
                    f'<a href="suggest:{esc(result.suggestion)}">{esc(result.suggestion)}</a>'
                )
            else:
                text += " " + esc(self.tr("Try fewer words, another spelling, or remove the filters."))
            self.status_label.setText(text)
        else:
            parts = [esc(self.tr("%n result(s)", "", result.total))]
            if result.mode == "fuzzy":
                parts.append(esc(self.tr("(no exact match; showing close spellings)")))
            elif result.mode == "any":
                parts.append(esc(self.tr("(no entry has every word; showing entries with any of them)")))
            if result.suggestion:
                parts.append(
                    self.tr("Did you mean {0}?").format(
                        f'<a href="suggest:{esc(result.suggestion)}">{esc(result.suggestion)}</a>'
                    )
                )
            self.status_label.setText(" ".join(parts))
        if result.notices:
            words = " ".join(messages.notice(n) for n in result.notices)
            self.status_label.setText(self.status_label.text() + "<br/><i>" + esc(words) + "</i>")
            self.status.emit(words)
        self.shown.emit(result)

    def _on_status_link(self, href: str) -> None:
        if href.startswith("suggest:"):
            self.navigate.emit("view:search/" + quote(href[len("suggest:") :], safe=""))

    def _on_click(self, index: QModelIndex) -> None:
        target = index.data(Role.Id)
        if target:
            self.navigate.emit(target)

    def focus_results(self) -> bool:
        row = self.model.first_hit_row()
        if row < 0:
            return False
        self.list.setFocus()
        self.list.setCurrentIndex(self.model.index(row))
        return True

    def open_first(self) -> str:
        row = self.model.first_hit_row()
        if row < 0:
            return ""
        target = str(self.model.index(row).data(Role.Id))
        self.navigate.emit(target)
        return target

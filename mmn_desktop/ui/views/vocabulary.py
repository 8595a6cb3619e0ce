"""Vocabulary (Speaking of Migration): the concept list and one concept in all seven languages.

Also holds the small helpers the interpreter and terms-to-avoid views share: collation per
language, the filter folding, short definitions and a two-line list delegate.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QUrl,
)
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from mmn_desktop.core.library import Library
from mmn_desktop.core.models import LANGUAGES, Concept, ConceptSection
from mmn_desktop.ui.collation import SortedFilter
from mmn_desktop.ui.context import AppContext
from mmn_desktop.ui.html import draft_note, esc, link, named_anchor, review_badge, status_badge
from mmn_desktop.ui.views.base import View
from mmn_desktop.ui.widgets.printing import document_from_html, export_pdf, print_document
from mmn_desktop.ui.widgets.reader import ReaderPane

log = logging.getLogger(__name__)

ModelIndex = QModelIndex | QPersistentModelIndex

# -- shared helpers (also used by the interpreter and terms-to-avoid views) -------------------

_SENTENCE_END = re.compile(r"(?<=[.!?;])\s|[。！？；]|[។៕။]")


def short_definition(text: str, limit: int = 180) -> str:
    """The first sentence of a definition, cut at a space near ``limit`` characters if still long."""
    text = " ".join(text.split())
    found = _SENTENCE_END.search(text)
    if found:
        text = text[: found.end()].strip()
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", limit // 2, limit)
    return text[: cut if cut > 0 else limit].rstrip(" ,;:") + "…"


def language_label(library: Library, code: str) -> str:
    """``ไทย — Thai``; just ``English`` for English."""
    native, name = library.language_name(code, native=True), library.language_name(code)
    return name if native == name else f"{native} — {name}"


def language_codes(library: Library) -> tuple[str, ...]:
    """The edition's languages in the standard order."""
    codes = tuple(lang.code for lang in library.languages)
    return codes or LANGUAGES


def reading_order(library: Library, lang: str) -> tuple[str, ...]:
    """The reading language first, then the others in the standard order."""
    codes = language_codes(library)
    return ((lang,) if lang in codes else ()) + tuple(c for c in codes if c != lang)


def fill_language_combo(combo: QComboBox, library: Library, current: str) -> None:
    combo.clear()
    for code in language_codes(library):
        combo.addItem(language_label(library, code), code)
    select_combo_data(combo, current)


def select_combo_data(combo: QComboBox, value: str) -> None:
    """Select the item whose data is ``value`` without emitting any signal."""
    blocked = combo.blockSignals(True)
    try:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)
    finally:
        combo.blockSignals(blocked)


class TwoLineDelegate(QStyledItemDelegate):
    """Paints the display text with a smaller, dimmer second line taken from ``secondary_role``."""

    def __init__(self, secondary_role: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.secondary_role = secondary_role

    @staticmethod
    def _small(font: QFont) -> QFont:
        small = QFont(font)
        small.setPointSizeF(max(4.0, font.pointSizeF() * 0.85))
        return small

    @staticmethod
    def _line_height(font: QFont, text: str) -> int:
        metrics = QFontMetrics(font)
        # Fallback fonts (Burmese, Khmer...) can be taller than the widget's font: measure the text itself.
        return max(metrics.height(), metrics.boundingRect(text).height()) + 2

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        secondary = index.data(self.secondary_role)
        primary = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        height = self._line_height(option.font, primary) + 6
        if secondary:
            height += self._line_height(self._small(option.font), str(secondary))
        return QSize(size.width(), max(size.height(), height))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        secondary = str(index.data(self.secondary_role) or "")
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Normal if opt.state & QStyle.StateFlag.State_Enabled else QPalette.ColorGroup.Disabled
        )
        colour = opt.palette.color(group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        rect = opt.rect.adjusted(6, 3, -6, -3)
        painter.save()
        painter.setPen(colour)
        painter.setFont(opt.font)
        first = self._line_height(opt.font, text)
        metrics = QFontMetrics(opt.font)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(
            QRect(rect.x(), rect.y(), rect.width(), first),
            align,
            metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width()),
        )
        if secondary:
            small = self._small(opt.font)
            dim = colour
            dim.setAlphaF(0.7)
            painter.setPen(dim)
            painter.setFont(small)
            second = self._line_height(small, secondary)
            painter.drawText(
                QRect(rect.x(), rect.y() + first, rect.width(), second),
                align,
                QFontMetrics(small).elidedText(secondary, Qt.TextElideMode.ElideRight, rect.width()),
            )
        painter.restore()


# -- the concept list model -------------------------------------------------------------------


class ConceptRole(IntEnum):
    Id = Qt.ItemDataRole.UserRole + 1
    Slug = Qt.ItemDataRole.UserRole + 2
    English = Qt.ItemDataRole.UserRole + 3  # the English headword when the list language differs, else ""
    Review = Qt.ItemDataRole.UserRole + 4  # review status of the section in the list language ("" if none)
    Concept = Qt.ItemDataRole.UserRole + 5


class ConceptListModel(QAbstractListModel):
    """Concepts sorted by their headword in one language (with its collation), with a filter."""

    def __init__(self, concepts: Sequence[Concept], lang: str = "en", parent: Any = None) -> None:
        super().__init__(parent)
        self._list = SortedFilter(
            concepts,
            lambda c: (term.text for section in c.sections for term in section.terms),
            lambda c, lang: c.title(lang),
            lang,
        )

    # -- state ---------------------------------------------------------------------------------

    @property
    def lang(self) -> str:
        return self._list.lang

    @property
    def filter_text(self) -> str:
        return self._list.needle

    @property
    def total(self) -> int:
        return len(self._list.entries)

    def set_language(self, lang: str) -> None:
        if lang == self._list.lang:
            return
        self.beginResetModel()
        self._list.sort(lang)
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        needle = self._list.needle_of(text)
        if needle == self._list.needle:
            return
        self.beginResetModel()
        self._list.filter(needle)
        self.endResetModel()

    def concept_at(self, row: int) -> Concept | None:
        return self._list.at(row)  # type: ignore[no-any-return]

    def row_of(self, slug: str) -> int:
        return self._list.row_of(slug)

    # -- Qt ------------------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._list.rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        concept = self._list.at(index.row()) if index.isValid() else None
        if concept is None:
            return None
        lang = self._list.lang
        if role == Qt.ItemDataRole.DisplayRole:
            return concept.title(lang)
        if role == ConceptRole.English:
            english = concept.title("en")
            return english if lang != "en" and english != concept.title(lang) else ""
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            english = concept.title("en")
            head = concept.title(lang)
            return head if english == head else f"{head} ({english})"
        if role == ConceptRole.Id:
            return concept.id
        if role == ConceptRole.Slug:
            return concept.slug
        if role == ConceptRole.Review:
            section = concept.section(lang)
            return section.review if section else ""
        if role == ConceptRole.Concept:
            return concept
        return None


# -- the view ---------------------------------------------------------------------------------


class VocabularyView(View):
    key = "vocabulary"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._slug = ""
        self._silent = False
        library = ctx.library

        self.lang_combo = QComboBox(self)
        self.lang_combo.setAccessibleName(self.tr("Reading language"))
        fill_language_combo(self.lang_combo, library, ctx.lang)
        lang_label = QLabel(self.tr("&Language:"), self)
        lang_label.setBuddy(self.lang_combo)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter concepts (any language)"))
        self.filter_edit.setAccessibleName(self.tr("Filter concepts"))
        self.filter_edit.setClearButtonEnabled(True)

        self.model = ConceptListModel(library.content.concepts, ctx.lang, self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Concepts"))
        self.list.setItemDelegate(TwoLineDelegate(ConceptRole.English, self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setUniformItemSizes(False)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # long terms are elided

        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Number of concepts shown"))

        self.interpreter_button = QPushButton(self.tr("&Interpreter view"), self)
        self.interpreter_button.setAccessibleName(self.tr("Open the interpreter view"))
        self.interpreter_button.setToolTip(self.tr("Every term in two languages side by side, in large type"))

        self.pane = ReaderPane(self)
        self.reader = self.pane.reader
        self.reader.setAccessibleName(self.tr("Concept"))

        left = QWidget(self)
        box = QVBoxLayout(left)
        box.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(lang_label)
        row.addWidget(self.lang_combo, 1)
        box.addLayout(row)
        box.addWidget(self.filter_edit)
        box.addWidget(self.list, 1)
        box.addWidget(self.count_label)
        box.addWidget(self.interpreter_button)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.pane)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([280, 720])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)
        self.setTabOrder(self.lang_combo, self.filter_edit)
        self.setTabOrder(self.filter_edit, self.list)
        self.setTabOrder(self.list, self.interpreter_button)
        self.setTabOrder(self.interpreter_button, self.reader)

        self.lang_combo.currentIndexChanged.connect(self._language_picked)
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.filter_edit.returnPressed.connect(self._open_first)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.list.activated.connect(self._activated)
        self.reader.link_activated.connect(self.navigate.emit)
        self.reader.anchorClicked.connect(self._anchor)
        self.interpreter_button.clicked.connect(self._open_interpreter)
        self._update_count()
        self._render()

    # -- View contract -------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Vocabulary")

    def open(self, target: str) -> None:
        target = target.strip()
        if target.startswith("concept:"):
            slug = target[len("concept:") :]
            self._slug = slug
            if self.ctx.library.concept(slug) is not None and self.model.row_of(slug) < 0:
                # A link led to a concept the filter hides: show the whole list again.
                self._silently(lambda: self.filter_edit.setText(""))
                self.model.set_filter("")
                self._update_count()
            self._select_current()
            self._render()
        elif target == f"view:{self.key}" or target.startswith(f"view:{self.key}/"):
            self._select_current()
            self._render()
        else:
            log.debug("vocabulary view cannot open %r", target)

    def location(self) -> str:
        return f"concept:{self._slug}" if self._slug else f"view:{self.key}"

    def current_entry(self) -> str:
        return f"concept:{self._slug}" if self._current_concept() is not None else ""

    def settings_changed(self) -> None:
        select_combo_data(self.lang_combo, self.ctx.lang)
        self.model.set_language(self.ctx.lang)
        self._select_current()
        self._render()

    def focus_find(self) -> bool:
        self.pane.find_bar.open_bar()
        return True

    def print_current(self) -> bool:
        concept = self._current_concept()
        if concept is None:
            return False
        return print_document(
            document_from_html(self.concept_html(concept, for_print=True), concept.title(self.ctx.lang)), self
        )

    def export_pdf(self, path: str) -> bool:
        concept = self._current_concept()
        if concept is None:
            return False
        title = concept.title(self.ctx.lang)
        export_pdf(document_from_html(self.concept_html(concept, for_print=True), title), path, title)
        return True

    # -- user actions --------------------------------------------------------------------------

    def _silently(self, fn: Any) -> None:
        was, self._silent = self._silent, True
        try:
            fn()
        finally:
            self._silent = was

    def _language_picked(self, index: int) -> None:
        code = self.lang_combo.itemData(index)
        if not code or code == self.ctx.lang:
            return
        self.ctx.settings.content_language = code
        self.ctx.save_settings()
        self.model.set_language(code)
        self._select_current()
        self._render()

    def _filter_changed(self, text: str) -> None:
        if self._silent:
            return
        self.model.set_filter(text)
        self._update_count()
        self._select_current()

    def _open_first(self) -> None:
        if self.model.rowCount() > 0:
            concept = self.model.concept_at(0)
            if concept is not None:
                self.list.setFocus()
                self.navigate.emit(concept.id)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._silent or not current.isValid():
            return
        target = current.data(ConceptRole.Id)
        if target and target != self.location():
            self.navigate.emit(target)

    def _activated(self, index: QModelIndex) -> None:
        target = index.data(ConceptRole.Id)
        if not target:
            return
        if target != self.location():
            self.navigate.emit(target)
        else:
            self.reader.setFocus()

    def _anchor(self, url: QUrl) -> None:
        if url.scheme() == "copy":
            self.copy_section(url.path())

    def _open_interpreter(self) -> None:
        settings = self.ctx.settings
        second = str(getattr(settings, "second_language", "") or "")
        first = self.ctx.lang
        if not second or second == first:
            second = "en" if first != "en" else "th"
        self.navigate.emit(f"view:interpreter/{first},{second}")

    def copy_section(self, lang: str) -> str:
        """Put "term — definition" of the shown concept in ``lang`` on the clipboard; returns the text."""
        concept = self._current_concept()
        section = concept.section(lang) if concept else None
        if section is None:
            return ""
        text = f"{section.headword} — {' '.join(section.definition.split())}"
        QGuiApplication.clipboard().setText(text)
        self.status.emit(self.tr("Copied ({0})").format(self.ctx.library.language_name(lang)))
        return text

    # -- helpers -------------------------------------------------------------------------------

    def _current_concept(self) -> Concept | None:
        return self.ctx.library.concept(self._slug) if self._slug else None

    def _select_current(self) -> None:
        row = self.model.row_of(self._slug) if self._slug else -1

        def select() -> None:
            selection = self.list.selectionModel()
            if row < 0:
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), selection.SelectionFlag.Clear)
                return
            index = self.model.index(row, 0)
            selection.setCurrentIndex(index, selection.SelectionFlag.ClearAndSelect)
            self.list.scrollTo(index)

        self._silently(select)

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        if shown == total:
            self.count_label.setText(self.tr("%n concept(s)", "", total))
        elif shown == 0:
            self.count_label.setText(self.tr("No concepts match the filter"))
        else:
            self.count_label.setText(self.tr("{0} of {1} concepts").format(shown, total))

    def _render(self) -> None:
        concept = self._current_concept()
        if concept is None:
            if self._slug:
                html = "<p>{}</p>".format(esc(self.tr("There is no concept called “{0}”.").format(self._slug)))
            else:
                html = "<h2>{}</h2><p>{}</p>".format(
                    esc(self.tr("Vocabulary")),
                    esc(self.tr("Choose a concept from the list to read it in all seven languages.")),
                )
            self.reader.setHtml(html)
            return
        self.reader.setHtml(self.concept_html(concept))

    # -- HTML ----------------------------------------------------------------------------------

    def concept_html(self, concept: Concept, for_print: bool = False) -> str:
        library = self.ctx.library
        lang = self.ctx.lang
        head = concept.title(lang)
        english = concept.title("en")
        parts = [f"<h1>{esc(head)}</h1>"]
        if english != head:
            parts.append(f"<p><i>{esc(english)}</i></p>")
        if any(s.review == "draft" for s in concept.sections):
            parts.append(f"<p><small>{esc(draft_note())}</small></p>")
        for code in reading_order(library, lang):
            parts.append(self._section_html(concept, code, for_print))
        if concept.related:
            items = " · ".join(link(ref, library.title(ref, lang)) for ref in concept.related)
            related_heading = self.tr("Related concepts")
            parts.append(f"<h3>{esc(related_heading)}</h3><p>{items}</p>")
        avoid = [a for a in library.content.avoid if concept.id in a.use_instead]
        if avoid:
            items = " · ".join(link(a.id, library.title(a.id, lang)) for a in avoid)
            instead_heading = self.tr("Instead of:")
            parts.append(f"<h3>{esc(instead_heading)}</h3><p>{items}</p>")
        return "\n".join(parts)

    def _section_html(self, concept: Concept, code: str, for_print: bool) -> str:
        library = self.ctx.library
        heading = f"{named_anchor(f'lang-{code}')}<h2>{esc(language_label(library, code))}</h2>"
        section = concept.section(code)
        if section is None:
            return heading + "<p><i>{}</i></p>".format(esc(self.tr("Not yet translated into this language.")))
        review = review_badge(section.review, translated=code != "en")
        if section.review == "reviewed" and section.reviewer:
            review += " " + esc(self.tr("reviewed by {0}").format(section.reviewer))
        line = review
        if not for_print:
            line += ' &nbsp; <a href="copy:{}">{}</a>'.format(esc(code), esc(self.tr("Copy")))
        parts = [heading, f"<p>{line}</p>", self._terms_html(section)]
        parts.append(f"<p>{esc(section.definition)}</p>")
        if section.notes:
            parts.append("<p><i>{}</i> {}</p>".format(esc(self.tr("Notes:")), esc(section.notes)))
        if section.examples:
            examples = "".join(f"<li>{esc(e)}</li>" for e in section.examples)
            parts.append("<p><i>{}</i></p><ul>{}</ul>".format(esc(self.tr("Examples:")), examples))
        return "\n".join(parts)

    @staticmethod
    def _terms_html(section: ConceptSection) -> str:
        items = []
        for term in section.terms:
            item = f"<b>{esc(term.text)}</b> {status_badge(term.status)}"
            if term.note:
                item += f"<br/><small>{esc(term.note)}</small>"
            items.append(f"<li>{item}</li>")
        return "<ul>{}</ul>".format("".join(items))

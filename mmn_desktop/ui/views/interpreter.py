"""Interpreter view: every concept's term and short definition in two languages, side by side, large.

Made to show a migrant on screen: pick the advocate's language and the migrant's, filter, and
(F11) show the table alone, full screen.
"""

from __future__ import annotations

import logging
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeySequence, QPainter, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mmn_desktop.core.library import Library
from mmn_desktop.core.models import Concept, ConceptSection
from mmn_desktop.ui.collation import SortedFilter
from mmn_desktop.ui.context import AppContext
from mmn_desktop.ui.html import BADGE_COLOURS, esc, review_label
from mmn_desktop.ui.views.base import View
from mmn_desktop.ui.views.vocabulary import (
    ModelIndex,
    fill_language_combo,
    language_codes,
    language_label,
    select_combo_data,
    short_definition,
)
from mmn_desktop.ui.widgets.printing import document_from_html, export_pdf, print_document

log = logging.getLogger(__name__)

LARGE = 1.6  # the table's type, relative to the view's base font
SHORT = 130  # characters of a definition shown (its first sentence, cut at a space if longer)
FULL_SCREEN = 2.2  # in the full-screen window


class Column(IntEnum):
    TermA = 0
    DefinitionA = 1
    TermB = 2
    DefinitionB = 3


class InterpreterRole(IntEnum):
    Id = Qt.ItemDataRole.UserRole + 1
    Review = Qt.ItemDataRole.UserRole + 2  # "draft" / "reviewed" / "missing" for the cell's language
    Lang = Qt.ItemDataRole.UserRole + 3


class InterpreterModel(QAbstractTableModel):
    """One row per concept: term and short definition in language A, then in language B."""

    def __init__(self, library: Library, lang_a: str, lang_b: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._library = library
        self._a, self._b = lang_a, lang_b
        self._list = SortedFilter(
            library.content.concepts,
            lambda c: (t.text for s in c.sections for t in s.terms),
            lambda c, lang: self._term(c, lang) or c.title("en"),
            lang_a,
        )

    @property
    def languages(self) -> tuple[str, str]:
        return self._a, self._b

    @property
    def total(self) -> int:
        return len(self._list.entries)

    def set_languages(self, lang_a: str, lang_b: str) -> None:
        if (lang_a, lang_b) == (self._a, self._b):
            return
        self.beginResetModel()
        self._a, self._b = lang_a, lang_b
        self._list.sort(lang_a)
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)

    def set_filter(self, text: str) -> None:
        needle = self._list.needle_of(text)
        if needle == self._list.needle:
            return
        self.beginResetModel()
        self._list.filter(needle)
        self.endResetModel()

    def concept_at(self, row: int) -> Concept | None:
        return self._list.at(row)  # type: ignore[no-any-return]

    @staticmethod
    def _term(concept: Concept, lang: str) -> str:
        section = concept.section(lang)
        return section.headword if section else ""

    def _lang_of(self, column: int) -> str:
        return self._a if column in (Column.TermA, Column.DefinitionA) else self._b

    # -- Qt ------------------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._list.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        concept = self._list.at(index.row()) if index.isValid() and 0 <= index.column() < len(Column) else None
        if concept is None:
            return None
        column = index.column()
        lang = self._lang_of(column)
        section: ConceptSection | None = concept.section(lang)
        is_term = column in (Column.TermA, Column.TermB)
        if role == Qt.ItemDataRole.DisplayRole:
            if section is None:
                return ""
            return section.headword if is_term else short_definition(section.definition, SHORT)
        if role == Qt.ItemDataRole.ToolTipRole:
            if section is None:
                return QCoreApplication.translate("InterpreterView", "Not yet translated into this language.")
            if is_term:
                return " · ".join(t.text for t in section.terms)
            return " ".join(section.definition.split())
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if section is None:
                return QCoreApplication.translate("InterpreterView", "Not yet translated into this language.")
            text = section.headword if is_term else short_definition(section.definition, SHORT)
            label = review_label(section.review, translated=lang != "en")
            return f"{text} ({label})" if section.review == "draft" else text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if role == InterpreterRole.Id:
            return concept.id
        if role == InterpreterRole.Review:
            return section.review if section else "missing"
        if role == InterpreterRole.Lang:
            return lang
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return super().headerData(section, orientation, role)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            name = language_label(self._library, self._lang_of(section))
            if section in (Column.TermA, Column.TermB):
                return name
            return QCoreApplication.translate("InterpreterView", "Meaning ({0})").format(
                self._library.language_name(self._lang_of(section), native=True)
            )
        return None


class TermDelegate(QStyledItemDelegate):
    """A term, wrapped, with a worded badge under it when its language's text is a draft or missing."""

    MARGIN = 6

    @staticmethod
    def _badge_font(font: QFont) -> QFont:
        small = QFont(font)
        small.setPointSizeF(max(4.0, font.pointSizeF() * 0.5))
        return small

    @staticmethod
    def _badge(index: ModelIndex) -> tuple[str, str]:
        review = index.data(InterpreterRole.Review)
        if review == "draft":
            return review_label("draft", translated=index.data(InterpreterRole.Lang) != "en"), "draft"
        if review == "missing":
            return QCoreApplication.translate("InterpreterView", "not translated"), "not-ratified"
        return "", ""

    def _text_rect(self, font: QFont, width: int, text: str) -> QRect:
        metrics = QFontMetrics(font)
        return metrics.boundingRect(
            QRect(0, 0, max(20, width - 2 * self.MARGIN), 100000), int(Qt.TextFlag.TextWordWrap), text
        )

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        width = option.rect.width() if option.rect.width() > 0 else 240
        height = self._text_rect(option.font, width, text).height() + 2 * self.MARGIN
        label, _style = self._badge(index)
        if label:
            height += QFontMetrics(self._badge_font(option.font)).height() + 6
        return QSize(width, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        colour = opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        rect = opt.rect.adjusted(self.MARGIN, self.MARGIN, -self.MARGIN, -self.MARGIN)
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(colour)
        bounds = self._text_rect(opt.font, opt.rect.width(), text)
        painter.drawText(
            QRect(rect.x(), rect.y(), rect.width(), bounds.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
            text,
        )
        label, badge_style = self._badge(index)
        if label:
            small = self._badge_font(opt.font)
            metrics = QFontMetrics(small)
            badge = QRect(
                rect.x(), rect.y() + bounds.height() + 4, metrics.horizontalAdvance(label) + 8, metrics.height()
            )
            bg, fg = BADGE_COLOURS.get(badge_style, ("#455a64", "#ffffff"))
            painter.fillRect(badge, QColor(bg))
            painter.setPen(QColor(fg))
            painter.setFont(small)
            painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), label)
        painter.restore()


def _make_table(parent: QWidget, model: InterpreterModel, scale: float) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    font = QFont(table.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    table.setFont(font)
    table.setWordWrap(True)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    delegate = TermDelegate(table)
    table.setItemDelegateForColumn(Column.TermA, delegate)
    table.setItemDelegateForColumn(Column.TermB, delegate)
    return table


class _TableFitter(QObject):
    """Keeps a table's columns at fixed proportions of its width and its rows fitted to their text."""

    SHARES = (0.2, 0.3, 0.2, 0.3)

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        table.viewport().installEventFilter(self)
        model = table.model()
        model.modelReset.connect(self.schedule)
        table.horizontalHeader().sectionResized.connect(lambda *_: self.schedule())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange):
            self.schedule()
        return False

    def schedule(self) -> None:
        self._timer.start()

    def fit(self) -> None:
        width = self.table.viewport().width()
        header = self.table.horizontalHeader()
        blocked = header.blockSignals(True)
        try:
            for column, share in enumerate(self.SHARES[:-1]):
                header.resizeSection(column, max(60, int(width * share)))
        finally:
            header.blockSignals(blocked)
        self.table.resizeRowsToContents()


class FullScreenTable(QWidget):
    """The table alone, in very large type, for showing to a migrant. Esc or F11 closes it."""

    closed = Signal()

    def __init__(self, model: InterpreterModel, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(QCoreApplication.translate("InterpreterView", "Interpreter view"))
        self.table = _make_table(self, model, FULL_SCREEN)
        self.table.setAccessibleName(QCoreApplication.translate("InterpreterView", "Terms in two languages"))
        self.fitter = _TableFitter(self.table)
        close = QPushButton(QCoreApplication.translate("InterpreterView", "Close full screen (Esc)"), self)
        close.setAccessibleName(QCoreApplication.translate("InterpreterView", "Close full screen"))
        close.clicked.connect(self.close)
        box = QVBoxLayout(self)
        box.addWidget(self.table, 1)
        box.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        for seq in ("Esc", "F11"):
            QShortcut(QKeySequence(seq), self, self.close)

    def closeEvent(self, event: Any) -> None:
        super().closeEvent(event)
        self.closed.emit()


class InterpreterView(View):
    key = "interpreter"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        library = ctx.library
        first, second = self._defaults()

        self.combo_a = QComboBox(self)
        self.combo_a.setAccessibleName(self.tr("First language"))
        fill_language_combo(self.combo_a, library, first)
        self.combo_b = QComboBox(self)
        self.combo_b.setAccessibleName(self.tr("Second language"))
        fill_language_combo(self.combo_b, library, second)
        label_a = QLabel(self.tr("&From:"), self)
        label_a.setBuddy(self.combo_a)
        label_b = QLabel(self.tr("&To:"), self)
        label_b.setBuddy(self.combo_b)
        self.swap_button = QToolButton(self)
        self.swap_button.setText(self.tr("Swap ⇄"))
        self.swap_button.setAccessibleName(self.tr("Swap the two languages"))
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter (any language)"))
        self.filter_edit.setAccessibleName(self.tr("Filter terms"))
        self.filter_edit.setClearButtonEnabled(True)
        self.full_button = QPushButton(self.tr("Full screen (F11)"), self)
        self.full_button.setAccessibleName(self.tr("Show the table full screen"))
        self.full_button.setCheckable(True)

        self.model = InterpreterModel(library, first, second, self)
        self.table = _make_table(self, self.model, LARGE)
        self.table.setAccessibleName(self.tr("Terms in two languages"))
        self.fitter = _TableFitter(self.table)
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Number of concepts shown"))
        self.full_screen: FullScreenTable | None = None

        bar = QHBoxLayout()
        bar.addWidget(label_a)
        bar.addWidget(self.combo_a)
        bar.addWidget(self.swap_button)
        bar.addWidget(label_b)
        bar.addWidget(self.combo_b)
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.full_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addLayout(bar)
        box.addWidget(self.table, 1)
        box.addWidget(self.count_label)
        self.setTabOrder(self.combo_a, self.swap_button)
        self.setTabOrder(self.swap_button, self.combo_b)
        self.setTabOrder(self.combo_b, self.filter_edit)
        self.setTabOrder(self.filter_edit, self.full_button)
        self.setTabOrder(self.full_button, self.table)

        self.combo_a.currentIndexChanged.connect(self._languages_picked)
        self.combo_b.currentIndexChanged.connect(self._languages_picked)
        self.swap_button.clicked.connect(self._swap)
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.table.activated.connect(self._activated)
        self.full_button.toggled.connect(self._toggle_full_screen)
        shortcut = QShortcut(QKeySequence("F11"), self, self.full_button.toggle)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._update_count()

    # -- View contract -------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Interpreter")

    def open(self, target: str) -> None:
        target = target.strip()
        prefix = f"view:{self.key}"
        if target != prefix and not target.startswith(prefix + "/"):
            log.debug("interpreter view cannot open %r", target)
            return
        first, second = self._defaults()
        state = target[len(prefix) + 1 :]
        if state:
            codes = language_codes(self.ctx.library)
            parts = [p.strip() for p in state.split(",")]
            if len(parts) == 2 and all(p in codes for p in parts):
                first, second = parts
        select_combo_data(self.combo_a, first)
        select_combo_data(self.combo_b, second)
        self.model.set_languages(first, second)
        self._update_count()

    def location(self) -> str:
        first, second = self.model.languages
        return f"view:{self.key}/{first},{second}"

    def focus_find(self) -> bool:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()
        return True

    def print_current(self) -> bool:
        return print_document(document_from_html(self.glossary_html(), self._document_title()), self)

    def export_pdf(self, path: str) -> bool:
        export_pdf(document_from_html(self.glossary_html(), self._document_title()), path, self._document_title())
        return True

    # -- actions -------------------------------------------------------------------------------

    def _defaults(self) -> tuple[str, str]:
        codes = language_codes(self.ctx.library)
        first = self.ctx.lang if self.ctx.lang in codes else codes[0]
        second = str(getattr(self.ctx.settings, "second_language", "") or "")
        if second not in codes or second == first:
            second = "en" if first != "en" else next((c for c in codes if c != "en"), "en")
        return first, second

    def _go(self, first: str, second: str) -> None:
        settings = self.ctx.settings
        settings.content_language = first
        settings.second_language = second
        self.ctx.save_settings()
        self.navigate.emit(f"view:{self.key}/{first},{second}")

    def _languages_picked(self, _index: int) -> None:
        first, second = self.combo_a.currentData(), self.combo_b.currentData()
        if first and second and (first, second) != self.model.languages:
            self._go(first, second)

    def _swap(self) -> None:
        first, second = self.model.languages
        self._go(second, first)

    def _filter_changed(self, text: str) -> None:
        self.model.set_filter(text)
        self._update_count()

    def _activated(self, index: QModelIndex) -> None:
        target = index.data(InterpreterRole.Id)
        if target:
            self.navigate.emit(target)

    def _toggle_full_screen(self, on: bool) -> None:
        if on:
            if self.full_screen is None:
                self.full_screen = FullScreenTable(self.model, self)
                self.full_screen.closed.connect(lambda: self.full_button.setChecked(False))
                if self.zoom != 100:
                    self.apply_zoom(self.zoom)
            self.full_screen.showFullScreen()
            self.full_screen.table.setFocus()
        elif self.full_screen is not None and self.full_screen.isVisible():
            self.full_screen.close()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        if shown == total:
            self.count_label.setText(self.tr("%n concept(s)", "", total))
        elif shown == 0:
            self.count_label.setText(self.tr("No concepts match the filter"))
        else:
            self.count_label.setText(self.tr("{0} of {1} concepts").format(shown, total))

    # -- printing ------------------------------------------------------------------------------

    def _document_title(self) -> str:
        first, second = self.model.languages
        library = self.ctx.library
        return self.tr("Glossary: {0} and {1}").format(library.language_name(first), library.language_name(second))

    def glossary_html(self) -> str:
        """The rows shown, as an HTML table (drafts marked in words)."""
        model = self.model
        header = "".join(f"<th align=left>{esc(model.headerData(c, Qt.Orientation.Horizontal))}</th>" for c in Column)
        rows = []
        for row in range(model.rowCount()):
            cells = []
            for column in Column:
                index = model.index(row, column)
                text = esc(index.data(Qt.ItemDataRole.DisplayRole) or "")
                if column in (Column.TermA, Column.TermB):
                    text = f"<b>{text}</b>"
                    if index.data(InterpreterRole.Review) == "draft":
                        label = review_label("draft", translated=index.data(InterpreterRole.Lang) != "en")
                        text += f" <small>({esc(label)})</small>"
                cells.append(f"<td valign=top>{text}</td>")
            rows.append(f"<tr>{''.join(cells)}</tr>")
        return (
            f"<h1>{esc(self._document_title())}</h1>"
            f'<table border="1" cellspacing="0" cellpadding="4" width="100%"><tr>{header}</tr>'
            f"{''.join(rows)}</table>"
        )

"""Terms to Avoid: the list (why each term harms, what to say instead) and the text checker.

The checker highlights every term to avoid in place, in the user's own text, as they type (the
check runs on the "db" lane after a short pause, and a result for text that has since changed is
dropped). Highlights are extra selections with a background *and* a wavy underline, so they do
not rely on colour alone; the list beside the editor says what was found, why it harms and what
to say instead.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QHelpEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextEdit,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from mmn_desktop.core.checker import CheckMatch, TextChecker, utf16_offsets
from mmn_desktop.core.models import Concept, TermToAvoid
from mmn_desktop.ui.collation import SortedFilter
from mmn_desktop.ui.context import AppContext
from mmn_desktop.ui.html import draft_note, esc, link, review_badge
from mmn_desktop.ui.views.base import View
from mmn_desktop.ui.views.vocabulary import (
    ModelIndex,
    TwoLineDelegate,
    language_label,
    reading_order,
    short_definition,
)
from mmn_desktop.ui.widgets.printing import document_from_html, export_pdf, print_document
from mmn_desktop.ui.widgets.reader import Reader, ReaderPane

log = logging.getLogger(__name__)

CHECK_DELAY_MS = 200
MAX_LISTED = 25  # occurrences of one term listed by position (all stay highlighted in the text)
HIGHLIGHT_BACKGROUND = "#ffd8a8"
HIGHLIGHT_TEXT = "#000000"
HIGHLIGHT_UNDERLINE = "#b71c1c"


@dataclass(frozen=True, slots=True)
class CheckResult:
    """A check of one version of the text: the matches and their UTF-16 spans."""

    generation: int
    text: str
    matches: tuple[CheckMatch, ...]
    spans: tuple[tuple[int, int], ...]


def run_check(checker: TextChecker, text: str, generation: int) -> CheckResult:
    """Check ``text`` and convert the offsets (pure Python: safe on a worker lane)."""
    matches = checker.check(text)
    flat = utf16_offsets(text, [i for m in matches for i in (m.start, m.end)])
    spans = tuple(zip(flat[0::2], flat[1::2], strict=True))
    return CheckResult(generation, text, matches, spans)


# -- the list model ---------------------------------------------------------------------------


class AvoidRole(IntEnum):
    Id = Qt.ItemDataRole.UserRole + 1
    English = Qt.ItemDataRole.UserRole + 2  # the English term when the display differs, else ""
    Review = Qt.ItemDataRole.UserRole + 3
    Entry = Qt.ItemDataRole.UserRole + 4


def display_term(entry: TermToAvoid, lang: str) -> str:
    """The first term in ``lang`` if the entry lists one, else the English term."""
    variant = entry.variant(lang)
    return variant.terms[0] if variant and variant.terms else entry.title


class AvoidListModel(QAbstractListModel):
    """Terms to avoid, sorted with the collation of the reading language, with a filter."""

    def __init__(self, entries: Sequence[TermToAvoid], lang: str = "en", parent: Any = None) -> None:
        super().__init__(parent)
        self._list = SortedFilter(
            entries, lambda e: (t for v in e.variants for t in v.terms), lambda e, lang: display_term(e, lang), lang
        )

    @property
    def lang(self) -> str:
        return self._list.lang

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

    def entry_at(self, row: int) -> TermToAvoid | None:
        return self._list.at(row)  # type: ignore[no-any-return]

    def row_of(self, slug: str) -> int:
        return self._list.row_of(slug)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._list.rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self._list.at(index.row()) if index.isValid() else None
        if entry is None:
            return None
        shown = display_term(entry, self._list.lang)
        if role == Qt.ItemDataRole.DisplayRole:
            return shown
        if role == AvoidRole.English:
            return entry.title if entry.title != shown else ""
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return shown if entry.title == shown else f"{shown} ({entry.title})"
        if role == AvoidRole.Id:
            return entry.id
        if role == AvoidRole.Review:
            return entry.review
        if role == AvoidRole.Entry:
            return entry
        return None


# -- the view ---------------------------------------------------------------------------------


class _EditorTips(QObject):
    """Tooltips over highlighted terms in the checker's editor: the term and what to say instead."""

    def __init__(self, view: AvoidView) -> None:
        super().__init__(view)
        self.view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self.view.tooltip_at(self.view.editor.cursorForPosition(event.pos()).position())
            if tip:
                QToolTip.showText(event.globalPos(), tip, self.view.editor)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return False


class AvoidView(View):
    key = "avoid"
    LIST_TAB, CHECKER_TAB = 0, 1

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._slug = ""
        self._silent = False
        self._checker: TextChecker | None = None
        self._generation = 0
        self.result: CheckResult | None = None
        self._selections: list[QTextEdit.ExtraSelection] = []

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Terms to avoid"))
        self.tabs.addTab(self._build_list_tab(), self.tr("&Terms to avoid"))
        self.tabs.addTab(self._build_checker_tab(), self.tr("Text &checker"))
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.tabs)
        self.tabs.currentChanged.connect(self._tab_changed)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check_now)
        self.editor.textChanged.connect(self._text_changed)
        self._tips = _EditorTips(self)
        self.editor.viewport().installEventFilter(self._tips)
        self._update_count()
        self._render_entry()
        self._render_matches()

    def _build_list_tab(self) -> QWidget:
        page = QWidget(self)
        self.filter_edit = QLineEdit(page)
        self.filter_edit.setPlaceholderText(self.tr("Filter terms (any language)"))
        self.filter_edit.setAccessibleName(self.tr("Filter terms to avoid"))
        self.filter_edit.setClearButtonEnabled(True)
        self.model = AvoidListModel(self.ctx.library.content.avoid, self.ctx.lang, self)
        self.list = QListView(page)
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Terms to avoid"))
        self.list.setItemDelegate(TwoLineDelegate(AvoidRole.English, self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # long terms are elided
        self.count_label = QLabel(page)
        self.count_label.setAccessibleName(self.tr("Number of terms shown"))
        self.pane = ReaderPane(page)
        self.reader = self.pane.reader
        self.reader.setAccessibleName(self.tr("Term to avoid"))

        left = QWidget(page)
        box = QVBoxLayout(left)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.filter_edit)
        box.addWidget(self.list, 1)
        box.addWidget(self.count_label)
        splitter = QSplitter(Qt.Orientation.Horizontal, page)
        splitter.addWidget(left)
        splitter.addWidget(self.pane)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([280, 720])
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)

        self.filter_edit.textChanged.connect(self._filter_changed)
        self.filter_edit.returnPressed.connect(self._open_first)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.list.activated.connect(self._activated)
        self.reader.link_activated.connect(self.navigate.emit)
        return page

    def _build_checker_tab(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(
            self.tr(
                "Type or paste text in any of the seven languages. Terms to avoid are marked in the text; "
                "the list beside it says why each one harms and what to say instead. A mark can be a false "
                "alarm (the same letters inside another word): read the reason and judge."
            ),
            page,
        )
        intro.setWordWrap(True)
        self.editor = QPlainTextEdit(page)
        self.editor.setAccessibleName(self.tr("Text to check"))
        self.editor.setPlaceholderText(self.tr("Type or paste text here…"))
        self.editor.setTabChangesFocus(True)
        self.check_count = QLabel(page)
        self.check_count.setAccessibleName(self.tr("Result of the check"))
        self.clear_button = QPushButton(self.tr("C&lear text"), page)
        self.clear_button.setAccessibleName(self.tr("Clear the text"))
        self.matches_reader = Reader(page)
        self.matches_reader.setAccessibleName(self.tr("Terms to avoid found"))

        left = QWidget(page)
        box = QVBoxLayout(left)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(intro)
        box.addWidget(self.editor, 1)
        box.addWidget(self.check_count)
        box.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignLeft)
        splitter = QSplitter(Qt.Orientation.Horizontal, page)
        splitter.addWidget(left)
        splitter.addWidget(self.matches_reader)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)
        self.setTabOrder(self.editor, self.clear_button)
        self.setTabOrder(self.clear_button, self.matches_reader)

        self.clear_button.clicked.connect(self.editor.clear)
        self.matches_reader.link_activated.connect(self.navigate.emit)
        self.matches_reader.anchorClicked.connect(self._match_anchor)
        return page

    # -- View contract -------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Terms to avoid")

    def open(self, target: str) -> None:
        target = target.strip()
        if target == f"view:{self.key}/checker":
            self._set_tab(self.CHECKER_TAB)
            self.editor.setFocus()
            return
        if target.startswith("avoid:"):
            slug = target[len("avoid:") :]
            self._slug = slug
            if self.ctx.library.get(f"avoid:{slug}") is not None and self.model.row_of(slug) < 0:
                self._silently(lambda: self.filter_edit.setText(""))
                self.model.set_filter("")
                self._update_count()
        elif target != f"view:{self.key}" and not target.startswith(f"view:{self.key}/"):
            log.debug("terms-to-avoid view cannot open %r", target)
            return
        self._set_tab(self.LIST_TAB)
        self._select_current()
        self._render_entry()

    def location(self) -> str:
        if self.tabs.currentIndex() == self.CHECKER_TAB:
            return f"view:{self.key}/checker"
        return f"avoid:{self._slug}" if self._slug else f"view:{self.key}"

    def current_entry(self) -> str:
        if self.tabs.currentIndex() == self.LIST_TAB and self._current_entry() is not None:
            return f"avoid:{self._slug}"
        return ""

    def settings_changed(self) -> None:
        self.model.set_language(self.ctx.lang)
        self._select_current()
        self._render_entry()
        self._render_matches()

    def focus_find(self) -> bool:
        if self.tabs.currentIndex() == self.LIST_TAB:
            self.pane.find_bar.open_bar()
            return True
        return False

    def print_current(self) -> bool:
        printable = self._printable()
        if printable is None:
            return False
        html, title = printable
        return print_document(document_from_html(html, title), self)

    def export_pdf(self, path: str) -> bool:
        printable = self._printable()
        if printable is None:
            return False
        html, title = printable
        export_pdf(document_from_html(html, title), path, title)
        return True

    # -- list tab ------------------------------------------------------------------------------

    def _silently(self, fn: Any) -> None:
        was, self._silent = self._silent, True
        try:
            fn()
        finally:
            self._silent = was

    def _set_tab(self, index: int) -> None:
        self._silently(lambda: self.tabs.setCurrentIndex(index))

    def _tab_changed(self, index: int) -> None:
        if self._silent:
            return
        if index == self.CHECKER_TAB:
            self.navigate.emit(f"view:{self.key}/checker")
        else:
            self.navigate.emit(f"avoid:{self._slug}" if self._slug else f"view:{self.key}")

    def _filter_changed(self, text: str) -> None:
        if self._silent:
            return
        self.model.set_filter(text)
        self._update_count()
        self._select_current()

    def _open_first(self) -> None:
        entry = self.model.entry_at(0)
        if entry is not None:
            self.list.setFocus()
            self.navigate.emit(entry.id)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._silent or not current.isValid():
            return
        target = current.data(AvoidRole.Id)
        if target and target != self.location():
            self.navigate.emit(target)

    def _activated(self, index: QModelIndex) -> None:
        target = index.data(AvoidRole.Id)
        if not target:
            return
        if target != self.location():
            self.navigate.emit(target)
        else:
            self.reader.setFocus()

    def _current_entry(self) -> TermToAvoid | None:
        found = self.ctx.library.get(f"avoid:{self._slug}") if self._slug else None
        return found if isinstance(found, TermToAvoid) else None

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
            self.count_label.setText(self.tr("%n term(s) to avoid", "", total))
        elif shown == 0:
            self.count_label.setText(self.tr("No terms match the filter"))
        else:
            self.count_label.setText(self.tr("{0} of {1} terms").format(shown, total))

    def _render_entry(self) -> None:
        entry = self._current_entry()
        if entry is None:
            if self._slug:
                html = "<p>{}</p>".format(esc(self.tr("There is no term to avoid called “{0}”.").format(self._slug)))
            else:
                html = "<h2>{}</h2><p>{}</p>".format(
                    esc(self.tr("Terms to avoid")),
                    esc(
                        self.tr(
                            "Words that demean or mislead about migrants, why they harm, and what to say "
                            "instead. Choose a term from the list, or check your own text in the Text "
                            "checker tab."
                        )
                    ),
                )
            self.reader.setHtml(html)
            return
        self.reader.setHtml(self.entry_html(entry))

    def _concept_links(self, ids: Sequence[str]) -> str:
        library, lang = self.ctx.library, self.ctx.lang
        return " · ".join(link(cid, library.title(cid, lang)) for cid in ids)

    def entry_html(self, entry: TermToAvoid) -> str:
        library, lang = self.ctx.library, self.ctx.lang
        shown = display_term(entry, lang)
        parts = [f"<h1>{esc(shown)}</h1>"]
        if entry.title != shown:
            parts.append(f"<p><i>{esc(entry.title)}</i></p>")
        line = review_badge(entry.review, translated=False)  # the entry is the English original and its versions
        if entry.review == "draft":
            line += f" <small>{esc(draft_note())}</small>"
        parts.append(f"<p>{line}</p>")
        variant = entry.variant(lang)
        english = entry.variant("en")
        reason = variant.reason if variant and variant.reason else (english.reason if english else "")
        if reason:
            parts.append("<h3>{}</h3><p>{}</p>".format(esc(self.tr("Why it harms")), esc(reason)))
            if lang != "en" and not (variant and variant.reason):
                parts.append(
                    "<p><small>{}</small></p>".format(
                        esc(
                            self.tr("The reason is not yet translated into {0}; shown in English.").format(
                                library.language_name(lang)
                            )
                        )
                    )
                )
        if entry.use_instead:
            items = []
            for cid in entry.use_instead:
                concept = library.get(cid)
                item = link(cid, library.title(cid, lang))
                section = concept.section(lang) if isinstance(concept, Concept) else None
                if section is not None:
                    item += f" — {esc(short_definition(section.definition))}"
                items.append(f"<li>{item}</li>")
            parts.append("<h3>{}</h3><ul>{}</ul>".format(esc(self.tr("Say instead:")), "".join(items)))
        parts.append("<h3>{}</h3>".format(esc(self.tr("The term in each language"))))
        rows = []
        for code in reading_order(library, lang):
            found = entry.variant(code)
            if found is None:
                continue
            cell = " · ".join(f"<b>{esc(t)}</b>" for t in found.terms)
            if found.reason and found is not variant and not (variant is None and found is english):
                cell += f"<br/><small>{esc(found.reason)}</small>"
            rows.append(f"<tr><td valign=top>{esc(language_label(library, code))}</td><td>{cell}</td></tr>")
        parts.append('<table cellspacing="0" cellpadding="4">{}</table>'.format("".join(rows)))
        missing = [library.language_name(c) for c in reading_order(library, lang) if entry.variant(c) is None]
        if missing:
            parts.append(
                "<p><small>{}</small></p>".format(esc(self.tr("Not listed for: {0}.").format(", ".join(missing))))
            )
        return "\n".join(parts)

    # -- checker tab ---------------------------------------------------------------------------

    def _text_changed(self) -> None:
        self._timer.start()

    def checker(self) -> TextChecker:
        if self._checker is None:
            self._checker = TextChecker(self.ctx.library.content.avoid)
        return self._checker

    def check_now(self) -> None:
        """Check the editor's text now (the debounce timer calls this)."""
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        text = self.editor.toPlainText()
        if not text.strip():
            self._apply(CheckResult(generation, text, (), ()))
            return
        self.ctx.runner.submit(
            "db", lambda: run_check(self.checker(), text, generation), on_done=self._apply, on_error=self._failed
        )

    def _failed(self, exc: BaseException) -> None:
        log.error("text check failed", exc_info=exc)
        self.status.emit(self.tr("The text could not be checked."))

    def _apply(self, result: CheckResult) -> None:
        if result.generation != self._generation or result.text != self.editor.toPlainText():
            return  # the text changed since: a newer check is coming
        self.result = result
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(HIGHLIGHT_BACKGROUND))
        fmt.setForeground(QColor(HIGHLIGHT_TEXT))
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(QColor(HIGHLIGHT_UNDERLINE))
        document = self.editor.document()
        selections = []
        for start, end in result.spans:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(document)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
        self._selections = selections
        self.editor.setExtraSelections(selections)
        self._update_check_count()
        self._render_matches()

    def extra_selections(self) -> list[QTextEdit.ExtraSelection]:
        return list(self.editor.extraSelections())

    def _update_check_count(self) -> None:
        result = self.result
        if result is None or not result.text.strip():
            self.check_count.setText("")
        elif not result.matches:
            self.check_count.setText(self.tr("No terms to avoid found"))
        else:
            self.check_count.setText(self.tr("%n term(s) to avoid found", "", len(result.matches)))

    def select_match(self, number: int) -> bool:
        """Select the ``number``-th match in the editor (the list's links call this)."""
        if not 0 <= number < len(self._selections):
            return False
        cursor = QTextCursor(self._selections[number].cursor)
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()
        self.editor.setFocus()
        return True

    def _match_anchor(self, url: QUrl) -> None:
        if url.scheme() == "match":
            try:
                self.select_match(int(url.path()))
            except ValueError:
                log.debug("bad match link %s", url.toString())

    def tooltip_at(self, position: int) -> str:
        """What the editor shows when the mouse rests on a highlighted term."""
        for number, selection in enumerate(self._selections):
            cursor = selection.cursor
            if cursor.selectionStart() <= position < cursor.selectionEnd() and self.result is not None:
                match = self.result.matches[number]
                titles = ", ".join(self.ctx.library.title(cid, self.ctx.lang) for cid in match.use_instead)
                return self.tr("Term to avoid: {0}\nSay instead: {1}").format(match.text, titles)
        return ""

    def _reason(self, match: CheckMatch) -> str:
        entry = self.ctx.library.get(match.avoid_id)
        variant = entry.variant(self.ctx.lang) if isinstance(entry, TermToAvoid) else None
        return variant.reason if variant and variant.reason else match.reason

    def matches_html(self, for_print: bool = False) -> str:
        result = self.result
        if result is None or not result.text.strip():
            return "<p>{}</p>".format(esc(self.tr("Type or paste text on the left to check it.")))
        if not result.matches:
            return "<h3>{}</h3><p>{}</p>".format(
                esc(self.tr("No terms to avoid found")),
                esc(self.tr("None of the listed terms to avoid is in this text.")),
            )
        library, lang = self.ctx.library, self.ctx.lang
        newlines = [m.start() for m in re.finditer("\n", result.text)]
        groups: dict[str, list[int]] = {}
        for number, match in enumerate(result.matches):
            groups.setdefault(match.avoid_id, []).append(number)
        parts = ["<h3>{}</h3>".format(esc(self.tr("%n term(s) to avoid found", "", len(result.matches))))]
        for avoid_id, numbers in groups.items():
            first = result.matches[numbers[0]]
            found = []
            for number in numbers[:MAX_LISTED]:
                match = result.matches[number]
                where = self.tr("{0}, line {1}").format(
                    library.language_name(match.lang), bisect.bisect_right(newlines, match.start) + 1
                )
                quoted = esc(f"“{match.text}”")
                anchor = quoted if for_print else f'<a href="match:{number}">{quoted}</a>'
                found.append(f"{anchor} <small>({esc(where)})</small>")
            if len(numbers) > MAX_LISTED:
                found.append(esc(self.tr("and {0} more").format(len(numbers) - MAX_LISTED)))
            parts.append(f"<h4>{link(avoid_id, library.title(avoid_id, lang))}</h4>")
            parts.append("<p>{} {}</p>".format(esc(self.tr("Found:")), " · ".join(found)))
            reason = self._reason(first)
            if reason:
                parts.append("<p><b>{}</b> {}</p>".format(esc(self.tr("Why it harms:")), esc(reason)))
            if first.use_instead:
                parts.append(
                    "<p><b>{}</b> {}</p>".format(esc(self.tr("Say instead:")), self._concept_links(first.use_instead))
                )
        return "\n".join(parts)

    def _render_matches(self) -> None:
        self.matches_reader.setHtml(self.matches_html())

    def report_html(self) -> str:
        """The checked text with its terms marked, then the list (for print and PDF)."""
        result = self.result
        text = result.text if result else self.editor.toPlainText()
        pieces, last = [], 0
        for match in result.matches if result else ():
            pieces.append(esc(text[last : match.start]))
            pieces.append(
                f'<span style="background-color:{HIGHLIGHT_BACKGROUND}; color:{HIGHLIGHT_TEXT};">'
                f"<u>{esc(match.text)}</u></span>"
            )
            last = match.end
        pieces.append(esc(text[last:]))
        body = "".join(pieces).replace("\n", "<br/>")
        return "<h1>{}</h1><p>{}</p><hr/>{}".format(esc(self.tr("Text check")), body, self.matches_html(for_print=True))

    def _printable(self) -> tuple[str, str] | None:
        if self.tabs.currentIndex() == self.CHECKER_TAB:
            if not self.editor.toPlainText().strip():
                return None
            if self.result is None or self.result.text != self.editor.toPlainText():
                self.check_now()
            return self.report_html(), self.tr("Text check")
        entry = self._current_entry()
        if entry is None:
            return None
        return self.entry_html(entry), display_term(entry, self.ctx.lang)

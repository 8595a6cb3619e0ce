"""The ADD handbook view: a table of contents tree and a reader (also shows the edition pages).

Left, a TOC (``TocModel``): the handbook chapters in order, each with its ``##``/``###``
headings and its language versions, then an "About this edition" group with the edition pages.
Right, a ``ReaderPane``: the chapter rendered from Markdown, with a header (title, language,
review badge, other language versions) and, for handbook chapters, the legal disclaimer.

Targets: ``chapter:<slug>``, ``chapter:<slug>#<anchor>``, ``page:<slug>[#<anchor>]`` and
``view:handbook``. Anchors are made from the heading text (ASCII letters and digits; a heading
without any, e.g. in Burmese, gets ``section-<n>``) by ``parse_headings``, and the same anchors
are written into the HTML, so a TOC heading and a link to it always agree.

Key terms: the first occurrence in each section of each concept's headword in the chapter's
language is linked to ``mmn:concept:<slug>`` (``KeyTermLinker``), never inside a link, code or
a heading.
"""

from __future__ import annotations

import html as _html
import logging
import re
import unicodedata
from dataclasses import dataclass
from enum import IntEnum
from functools import lru_cache
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QSplitter,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from mmn_desktop.core.library import Library
from mmn_desktop.core.models import Chapter
from mmn_desktop.ui import html as h
from mmn_desktop.ui.context import AppContext
from mmn_desktop.ui.views.base import View
from mmn_desktop.ui.widgets.printing import document_from_html, export_pdf, print_document
from mmn_desktop.ui.widgets.reader import ReaderPane

log = logging.getLogger(__name__)

LATIN_LANGS = frozenset({"en", "vi"})
_Index = QModelIndex | QPersistentModelIndex


# -- headings and anchors ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Heading:
    level: int  # 2 or 3
    text: str
    anchor: str


@lru_cache(maxsize=1)
def _parser():  # type: ignore[no-untyped-def]
    from markdown_it import MarkdownIt

    # The same flavour as html.markdown(), so headings are found exactly where they render.
    return MarkdownIt("commonmark", {"html": False}).enable("table")


def _inline_text(token: Any) -> str:
    parts = [c.content for c in (token.children or ()) if c.type in ("text", "code_inline")]
    return "".join(parts).strip() or str(token.content).strip()


def _anchor(text: str, number: int, used: set[str]) -> str:
    folded = unicodedata.normalize("NFKD", text.casefold())
    base = re.sub(r"[^a-z0-9]+", "-", folded.encode("ascii", "ignore").decode()).strip("-")[:60].strip("-")
    base = base or f"section-{number}"
    anchor, n = base, 2
    while anchor in used:
        anchor, n = f"{base}-{n}", n + 1
    used.add(anchor)
    return anchor


@lru_cache(maxsize=256)
def parse_headings(body: str) -> tuple[Heading, ...]:
    """The ``##`` and ``###`` headings of a Markdown text, in order, each with a unique anchor."""
    tokens = _parser().parse(body)
    found: list[Heading] = []
    used: set[str] = set()
    for i, token in enumerate(tokens):
        if token.type == "heading_open" and token.tag in ("h2", "h3") and i + 1 < len(tokens):
            text = _inline_text(tokens[i + 1])
            found.append(Heading(int(token.tag[1]), text, _anchor(text, len(found) + 1, used)))
    return tuple(found)


_HEADING_OPEN_RE = re.compile(r"<(h[1-6])>")


def add_heading_anchors(body_html: str, headings: tuple[Heading, ...]) -> str:
    """Give the n-th ``<h2>``/``<h3>`` of rendered HTML the anchor of the n-th parsed heading."""
    queue = list(headings)

    def put(match: re.Match[str]) -> str:
        tag = match.group(1)
        if tag not in ("h2", "h3") or not queue:
            return match.group(0)
        heading = queue.pop(0)
        return f"{h.named_anchor(heading.anchor)}<{tag}>"

    out = _HEADING_OPEN_RE.sub(put, body_html)
    if queue:
        log.warning("%d heading(s) not found in the rendered HTML", len(queue))
    return out


def strip_title_heading(body: str, title: str) -> str:
    """Drop a leading ``# Title`` line that repeats the chapter title (the header shows it)."""
    lines = body.lstrip("\n").split("\n", 1)
    first = lines[0].strip()
    if first.startswith("# ") and first[2:].strip().strip('"') == title.strip().strip('"'):
        return lines[1] if len(lines) > 1 else ""
    return body


# -- key terms --------------------------------------------------------------------------------

_TAG_RE = re.compile(r"<[^>]*>")
_TAG_NAME_RE = re.compile(r"</?\s*([a-zA-Z][a-zA-Z0-9]*)")
_CONCEPT_HREF_RE = re.compile(r'href="mmn:concept:([a-z0-9-]+)')
_SKIP_TAGS = frozenset({"a", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6"})
_SECTION_TAGS = frozenset({"h2", "h3"})
_JOINERS = frozenset({"\u1039", "\u17d2"})  # Burmese virama, Khmer coeng: the next consonant is subjoined


def _starts_subjoined(text: str, start: int) -> bool:
    """A match must not start on a subjoined consonant ..."""
    return start > 0 and text[start - 1] in _JOINERS


def _ends_inside_cluster(text: str, end: int) -> bool:
    """... nor end before a combining mark (either would cut a syllable in two)."""
    return end < len(text) and unicodedata.category(text[end]) in ("Mn", "Mc")


class KeyTermLinker:
    """Links concept headwords in rendered chapter HTML to ``mmn:concept:<slug>``.

    One regular expression per language (every headword, longest first), compiled on first use.
    Latin-script languages match whole words, case-insensitively (English also with a plural
    ``s``/``es``); the other scripts match anywhere except inside a syllable.
    """

    def __init__(self, library: Library) -> None:
        self.library = library
        self._patterns: dict[str, tuple[re.Pattern[str] | None, dict[str, str]]] = {}

    def pattern(self, lang: str) -> tuple[re.Pattern[str] | None, dict[str, str]]:
        if lang not in self._patterns:
            self._patterns[lang] = self._compile(lang)
        return self._patterns[lang]

    def _compile(self, lang: str) -> tuple[re.Pattern[str] | None, dict[str, str]]:
        latin = lang in LATIN_LANGS
        lookup: dict[str, str] = {}
        for concept in self.library.content.concepts:
            section = concept.section(lang)
            term = section.headword.strip() if section else ""
            if len(term) < 2:
                continue
            key = term.casefold() if latin else term
            if key in lookup:
                log.debug("headword %r (%s) is shared by %s and %s", term, lang, lookup[key], concept.slug)
                continue
            lookup[key] = concept.slug
        if not lookup:
            return None, lookup
        alternatives = "|".join(re.escape(t) for t in sorted(lookup, key=len, reverse=True))
        if latin:
            plural = "(?:s|es)?" if lang == "en" else ""
            rx = re.compile(rf"(?<!\w)(?P<t>{alternatives}){plural}(?!\w)", re.IGNORECASE)
        else:
            rx = re.compile(rf"(?P<t>{alternatives})")
        return rx, lookup

    def link(self, body_html: str, lang: str) -> str:
        """``body_html`` with the first occurrence per section of each headword linked."""
        rx, lookup = self.pattern(lang)
        if rx is None:
            return body_html
        latin = lang in LATIN_LANGS
        linked: set[str] = set()
        out: list[str] = []
        skip = 0
        pos = 0
        for match in _TAG_RE.finditer(body_html):
            run = body_html[pos : match.start()]
            if run:
                out.append(run if skip else self._link_run(run, rx, lookup, linked, latin))
            tag = match.group(0)
            out.append(tag)
            pos = match.end()
            name_match = _TAG_NAME_RE.match(tag)
            if not name_match:
                continue
            name = name_match.group(1).lower()
            closing = tag.startswith("</")
            if not closing and name in _SECTION_TAGS:
                linked.clear()  # a new section: terms are linked again once
            if name in _SKIP_TAGS and not tag.endswith("/>"):
                skip = max(0, skip - 1) if closing else skip + 1
            if name == "a" and not closing:
                existing = _CONCEPT_HREF_RE.search(tag)
                if existing:
                    linked.add(existing.group(1))
        tail = body_html[pos:]
        if tail:
            out.append(tail if skip else self._link_run(tail, rx, lookup, linked, latin))
        return "".join(out)

    @staticmethod
    def _link_run(run: str, rx: re.Pattern[str], lookup: dict[str, str], linked: set[str], latin: bool) -> str:
        text = _html.unescape(run)
        pieces: list[str] = []
        last = 0
        for m in rx.finditer(text):
            term = m.group("t")
            slug = lookup.get(term.casefold() if latin else term)
            if slug is None or slug in linked:
                continue
            if not latin and (_starts_subjoined(text, m.start()) or _ends_inside_cluster(text, m.end())):
                continue
            linked.add(slug)
            pieces.append(h.esc(text[last : m.start()]))
            pieces.append(f'<a href="mmn:concept:{slug}">{h.esc(m.group(0))}</a>')
            last = m.end()
        if not pieces:
            return run
        pieces.append(h.esc(text[last:]))
        return "".join(pieces)


# -- the table of contents --------------------------------------------------------------------


class TocRole(IntEnum):
    Target = Qt.ItemDataRole.UserRole + 1
    Kind = Qt.ItemDataRole.UserRole + 2  # chapter | translation | page | heading | group
    Lang = Qt.ItemDataRole.UserRole + 3


@dataclass(eq=False)
class TocNode:
    label: str
    kind: str
    target: str = ""
    lang: str = ""
    parent: int = -1  # index into TocModel._nodes; -1 for top level
    row: int = 0
    children: list[int] | None = None


class TocModel(QAbstractItemModel):
    """Chapters (with headings and language versions) and the edition pages, as a tree."""

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self._nodes: list[TocNode] = []
        self._top: list[int] = []
        self._by_target: dict[str, int] = {}
        self._build()

    # building ------------------------------------------------------------------------------

    def _add(self, node: TocNode, parent: int) -> int:
        ident = len(self._nodes)
        siblings = self._top if parent < 0 else self._children(parent)
        node.parent, node.row = parent, len(siblings)
        self._nodes.append(node)
        siblings.append(ident)
        if node.target and node.target not in self._by_target:
            self._by_target[node.target] = ident
        return ident

    def _children(self, ident: int) -> list[int]:
        node = self._nodes[ident]
        if node.children is None:
            node.children = []
        return node.children

    def _add_headings(self, chapter: Chapter, parent: int) -> None:
        last_h2 = parent
        for heading in parse_headings(chapter.body):
            under = last_h2 if heading.level == 3 else parent
            ident = self._add(
                TocNode(heading.text, "heading", f"{chapter.id}#{heading.anchor}", chapter.language), under
            )
            if heading.level == 2:
                last_h2 = ident

    def _build(self) -> None:
        lib = self.library
        lang_order = {lang.code: i for i, lang in enumerate(lib.languages)}
        chapters = sorted(lib.chapters("chapter"), key=lambda c: (c.order, c.slug))
        slugs = {c.slug for c in chapters}
        originals = [c for c in chapters if not c.translation_of or c.translation_of not in slugs]
        for number, chapter in enumerate(originals, start=1):
            label = QCoreApplication.translate("HandbookView", "{0}. {1}").format(number, chapter.title)
            ident = self._add(TocNode(label, "chapter", chapter.id, chapter.language), -1)
            self._add_headings(chapter, ident)
            versions = [c for c in chapters if c.translation_of == chapter.slug]
            for version in sorted(versions, key=lambda c: (lang_order.get(c.language, 99), c.slug)):
                label = QCoreApplication.translate("HandbookView", "{0}: {1}").format(
                    lib.language_name(version.language, native=True), version.title
                )
                sub = self._add(TocNode(label, "translation", version.id, version.language), ident)
                self._add_headings(version, sub)
        pages = sorted(lib.chapters("page"), key=lambda c: (c.order, c.slug))
        if pages:
            group = self._add(TocNode(QCoreApplication.translate("HandbookView", "About this edition"), "group"), -1)
            for page in pages:
                ident = self._add(TocNode(page.title, "page", page.id, page.language), group)
                self._add_headings(page, ident)

    # lookups --------------------------------------------------------------------------------

    def index_of(self, target: str) -> QModelIndex:
        """The index of the node for ``target`` (a chapter/page id, optionally with ``#anchor``)."""
        ident = self._by_target.get(target)
        if ident is None:
            return QModelIndex()
        node = self._nodes[ident]
        return self.createIndex(node.row, 0, ident)

    def node(self, index: _Index) -> TocNode | None:
        if not index.isValid():
            return None
        return self._nodes[int(index.internalId())]

    def targets(self) -> list[str]:
        return [n.target for n in self._nodes if n.target]

    # QAbstractItemModel -----------------------------------------------------------------------

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if parent.isValid():
            if parent.column() != 0:
                return QModelIndex()
            siblings = self._nodes[int(parent.internalId())].children or []
        else:
            siblings = self._top
        if row >= len(siblings):
            return QModelIndex()
        return self.createIndex(row, 0, siblings[row])

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node = self._nodes[int(index.internalId())]
        if node.parent < 0:
            return QModelIndex()
        up = self._nodes[node.parent]
        return self.createIndex(up.row, 0, node.parent)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._top)
        if parent.column() != 0:
            return 0
        return len(self._nodes[int(parent.internalId())].children or [])

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def flags(self, index: _Index) -> Qt.ItemFlag:
        node = self.node(index)
        if node is None:
            return Qt.ItemFlag.NoItemFlags
        if node.kind == "group":
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return node.label
        if role == TocRole.Target:
            return node.target
        if role == TocRole.Kind:
            return node.kind
        if role == TocRole.Lang:
            return node.lang
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if section == 0 and orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("HandbookView", "Contents")
        return None


# -- the view ---------------------------------------------------------------------------------


def split_target(target: str) -> tuple[str, str]:
    """``"chapter:arrest#children"`` -> ``("chapter:arrest", "children")``."""
    ident, _, anchor = target.strip().partition("#")
    return ident, anchor


class HandbookView(View):
    key = "handbook"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.linker = KeyTermLinker(ctx.library)
        self._html_cache: dict[str, str] = {}
        self._chapter: Chapter | None = None
        self._anchor = ""
        self._syncing = False

        self.toc_model = TocModel(ctx.library, self)
        self.toc = QTreeView(self)
        self.toc.setModel(self.toc_model)
        self.toc.setHeaderHidden(True)
        self.toc.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.toc.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.toc.setAccessibleName(self.tr("Handbook contents"))
        self.toc.setAccessibleDescription(self.tr("Chapters, their sections and language versions"))
        self.toc.setWordWrap(True)
        self.toc.selectionModel().currentChanged.connect(self._on_current_changed)
        self.toc.activated.connect(self._on_activated)

        self.pane = ReaderPane(self)
        self.reader = self.pane.reader
        self.reader.setAccessibleName(self.tr("Chapter text"))
        self.reader.link_activated.connect(self.navigate.emit)

        self.find_button = QToolButton(self)
        self.find_button.setText(self.tr("Find in chapter"))
        self.find_button.setToolTip(self.tr("Find a word in this chapter (Ctrl+F)"))
        self.find_button.setAccessibleName(self.tr("Find in chapter"))
        self.find_button.clicked.connect(self.focus_find)
        self.print_button = QToolButton(self)
        self.print_button.setText(self.tr("Print…"))
        self.print_button.setAccessibleName(self.tr("Print this chapter"))
        self.print_button.clicked.connect(self.print_current)
        self.pdf_button = QToolButton(self)
        self.pdf_button.setText(self.tr("Export PDF…"))
        self.pdf_button.setAccessibleName(self.tr("Export this chapter as PDF"))
        self.pdf_button.clicked.connect(self._ask_export_pdf)

        bar = QHBoxLayout()
        bar.setContentsMargins(4, 4, 4, 0)
        bar.addStretch(1)
        for button in (self.find_button, self.print_button, self.pdf_button):
            bar.addWidget(button)
        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(bar)
        column.addWidget(self.pane, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.toc)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([260, 740])
        splitter.setChildrenCollapsible(False)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(splitter)

        QWidget.setTabOrder(self.toc, self.find_button)
        QWidget.setTabOrder(self.find_button, self.print_button)
        QWidget.setTabOrder(self.print_button, self.pdf_button)
        QWidget.setTabOrder(self.pdf_button, self.reader)
        self._update_buttons()

    # -- View contract ----------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("ADD handbook")

    def open(self, target: str) -> None:
        target = target.strip()
        if target == "view:handbook" or target.startswith("view:handbook/"):
            if self._chapter is None:
                first = self._default_chapter()
                if first is not None:
                    self._show(first, "")
            return
        ident, anchor = split_target(target)
        chapter = self.ctx.library.get(ident)
        if not isinstance(chapter, Chapter):
            log.info("handbook: no chapter or page %r", target)
            self.status.emit(self.tr("Not found: {0}").format(target))
            return
        self._show(chapter, anchor)

    def location(self) -> str:
        if self._chapter is None:
            return "view:handbook"
        return f"{self._chapter.id}#{self._anchor}" if self._anchor else self._chapter.id

    def current_entry(self) -> str:
        return self._chapter.id if self._chapter else ""

    def settings_changed(self) -> None:
        self._html_cache.clear()
        if self._chapter is not None:
            self._show(self._chapter, self._anchor, force=True)

    def focus_find(self) -> bool:
        if self._chapter is None:
            return False
        self.pane.find_bar.open_bar()
        return True

    def print_current(self) -> bool:
        if self._chapter is None:
            return False
        return print_document(document_from_html(self.current_html(), self._chapter.title), self)

    def export_pdf(self, path: str) -> bool:
        if self._chapter is None:
            return False
        export_pdf(document_from_html(self.current_html(), self._chapter.title), path, self._chapter.title)
        self.status.emit(self.tr("Saved {0}").format(path))
        return True

    # -- rendering --------------------------------------------------------------------------

    def current_html(self) -> str:
        return self.render(self._chapter) if self._chapter else ""

    def render(self, chapter: Chapter) -> str:
        """The full HTML of a chapter or page (cached per entry)."""
        cached = self._html_cache.get(chapter.id)
        if cached is None:
            cached = self._html_cache[chapter.id] = self._render(chapter)
        return cached

    def _render(self, chapter: Chapter) -> str:
        lib = self.ctx.library
        body = h.markdown(strip_title_heading(chapter.body, chapter.title))
        body = add_heading_anchors(body, parse_headings(chapter.body))
        if chapter.kind == "chapter":
            body = self.linker.link(body, chapter.language)
        name, native = lib.language_name(chapter.language), lib.language_name(chapter.language, native=True)
        language = self.tr("Language: {0}").format(name if name == native else f"{name} ({native})")
        parts = [
            f"<h1>{h.esc(chapter.title)}</h1>",
            f"<p>{h.esc(language)} &nbsp; {self._review_badge(chapter)}</p>",
        ]
        if chapter.review == "draft" and chapter.translation_of:
            parts.append(f"<p><i>{h.esc(h.draft_note())}</i></p>")
        lang_order = {x.code: i for i, x in enumerate(lib.languages)}
        versions = sorted(lib.translations_of(chapter), key=lambda c: (lang_order.get(c.language, 99), c.slug))
        if versions:
            links = " · ".join(h.link(v.id, lib.language_name(v.language, native=True)) for v in versions)
            also = self.tr("Also in:")
            parts.append(f"<p>{h.esc(also)} {links}</p>")
        if chapter.kind == "chapter":
            parts.append(h.disclaimer_block())
        parts.append(body)
        return "\n".join(parts)

    def _review_badge(self, chapter: Chapter) -> str:
        return h.review_badge(chapter.review, translated=bool(chapter.translation_of))

    # -- internals --------------------------------------------------------------------------

    def _default_chapter(self) -> Chapter | None:
        chapters = sorted(self.ctx.library.chapters("chapter"), key=lambda c: (c.order, c.slug))
        originals = [c for c in chapters if not c.translation_of]
        if not originals:
            pages = sorted(self.ctx.library.chapters("page"), key=lambda c: (c.order, c.slug))
            return pages[0] if pages else None
        first = originals[0]
        for version in self.ctx.library.translations_of(first):
            if version.language == self.ctx.lang:
                return version
        return first

    def _show(self, chapter: Chapter, anchor: str, *, force: bool = False) -> None:
        if force or chapter is not self._chapter:
            self.reader.setHtml(self.render(chapter))
        self._chapter = chapter
        self._anchor = anchor if anchor and any(x.anchor == anchor for x in parse_headings(chapter.body)) else ""
        if self._anchor:
            self.reader.scrollToAnchor(self._anchor)
        else:
            self.reader.verticalScrollBar().setValue(0)
        self._select(self.location())
        self._update_buttons()

    def _select(self, target: str) -> None:
        index = self.toc_model.index_of(target)
        if not index.isValid():
            index = self.toc_model.index_of(split_target(target)[0])
        self._syncing = True
        try:
            if index.isValid():
                self.toc.setCurrentIndex(index)
                self.toc.expand(index.parent() if index.data(TocRole.Kind) == "heading" else index)
                self.toc.scrollTo(index)
            else:
                self.toc.clearSelection()
        finally:
            self._syncing = False

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing:
            return
        target = current.data(TocRole.Target)
        if target and target != self.location():
            self.navigate.emit(target)

    def _on_activated(self, index: QModelIndex) -> None:
        target = index.data(TocRole.Target)
        if not target:
            self.toc.setExpanded(index, not self.toc.isExpanded(index))
            return
        if target != self.location():
            self.navigate.emit(target)
        self.reader.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_buttons(self) -> None:
        has = self._chapter is not None
        for button in (self.find_button, self.print_button, self.pdf_button):
            button.setEnabled(has)

    def _ask_export_pdf(self) -> None:
        if self._chapter is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export chapter as PDF"), f"{self._chapter.slug}.pdf", self.tr("PDF files (*.pdf)")
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        self.export_pdf(path)

"""The ADD handbook view: TOC model, rendering, anchors, key-term links, find, PDF export."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QUrl

from mmn_desktop.core.library import Library
from mmn_desktop.core.models import Chapter
from mmn_desktop.ui import html as h
from mmn_desktop.ui.views.handbook import (
    HandbookView,
    KeyTermLinker,
    TocModel,
    TocRole,
    parse_headings,
)


def make_view(qtbot: Any, ctx: Any) -> HandbookView:
    view = HandbookView(ctx)
    qtbot.addWidget(view)
    view.navigate.connect(view.open)  # what the main window does
    return view


def originals(library: Library) -> list[Chapter]:
    chapters = sorted(library.chapters("chapter"), key=lambda c: c.order)
    return [c for c in chapters if not c.translation_of]


def markdown_h2(body: str) -> list[str]:
    """The ## headings of a Markdown text, found independently of the view (no code fences here)."""
    return [m.group(1).strip() for m in re.finditer(r"^## (.+)$", body, re.MULTILINE)]


def children(model: TocModel, parent: QModelIndex) -> list[QModelIndex]:
    return [model.index(row, 0, parent) for row in range(model.rowCount(parent))]


class LinkContext(HTMLParser):
    """Records, for every mmn:concept: link, which tags enclose it."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.links: list[tuple[str, tuple[str, ...]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href") or ""
        if tag == "a" and href.startswith("mmn:concept:"):
            self.links.append((href, tuple(self.stack)))
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            if self.stack.pop() == tag:
                break


# -- the table of contents -----------------------------------------------------------------------


def test_toc_model_passes_modeltester(qtmodeltester: Any, real_library: Library) -> None:
    model = TocModel(real_library)
    qtmodeltester.check(model)


def test_toc_model_passes_modeltester_on_fixture(qtmodeltester: Any, library: Library) -> None:
    qtmodeltester.check(TocModel(library))


def test_toc_lists_every_chapter_in_order_with_its_headings(qapp: Any, real_library: Library) -> None:
    model = TocModel(real_library)
    top = children(model, QModelIndex())
    chapter_nodes = [i for i in top if i.data(TocRole.Kind) == "chapter"]
    expected = originals(real_library)
    assert len(expected) >= 10
    assert [i.data(TocRole.Target) for i in chapter_nodes] == [c.id for c in expected]
    for node, chapter in zip(chapter_nodes, expected, strict=True):
        assert chapter.title in node.data()
        headings = [i.data() for i in children(model, node) if i.data(TocRole.Kind) == "heading"]
        assert headings == markdown_h2(chapter.body), chapter.slug
        assert headings, chapter.slug  # every real chapter has sections


def test_toc_heading_targets_carry_anchors(qapp: Any, real_library: Library) -> None:
    model = TocModel(real_library)
    chapter = real_library.get("chapter:arrest-and-rights")
    node = model.index_of("chapter:arrest-and-rights")
    targets = [i.data(TocRole.Target) for i in children(model, node)]
    assert "chapter:arrest-and-rights#children" in targets
    assert "chapter:arrest-and-rights#an-interpreter" in targets
    assert all(t.startswith("chapter:arrest-and-rights#") for t in targets)
    assert len(set(targets)) == len(targets) == len(parse_headings(chapter.body))


def test_toc_has_language_versions_and_edition_pages(qapp: Any, real_library: Library) -> None:
    model = TocModel(real_library)
    call = model.index_of("chapter:when-you-get-a-call")
    versions = [i for i in children(model, call) if i.data(TocRole.Kind) == "translation"]
    expected = {c.id for c in real_library.translations_of(real_library.get("chapter:when-you-get-a-call"))}
    assert {i.data(TocRole.Target) for i in versions} == expected
    assert {i.data(TocRole.Lang) for i in versions} == {"my", "km", "lo"}
    # a translation has its own headings under it
    burmese = model.index_of("chapter:when-you-get-a-call-my")
    assert model.rowCount(burmese) == len(markdown_h2(real_library.get("chapter:when-you-get-a-call-my").body)) > 0

    top = children(model, QModelIndex())
    group = top[-1]
    assert group.data(TocRole.Kind) == "group" and group.data() == "About this edition"
    pages = sorted(real_library.chapters("page"), key=lambda c: c.order)
    assert [i.data(TocRole.Target) for i in children(model, group)] == [p.id for p in pages]
    assert {"page:about", "page:disclaimer", "page:credits"} <= {p.id for p in pages}


def test_heading_anchors_are_unique_and_ascii(qapp: Any, real_library: Library) -> None:
    for chapter in real_library.content.chapters:
        anchors = [x.anchor for x in parse_headings(chapter.body)]
        assert len(anchors) == len(set(anchors)), chapter.slug
        assert all(re.fullmatch(r"[a-z0-9-]+", a) for a in anchors), chapter.slug
    burmese = parse_headings(real_library.get("chapter:when-you-get-a-call-my").body)
    assert burmese[0].anchor == "section-1"


# -- opening and navigating -----------------------------------------------------------------------


def test_open_chapter_renders_title_text_badge_and_disclaimer(qtbot: Any, real_ctx: Any) -> None:
    view = make_view(qtbot, real_ctx)
    view.open("chapter:arrest-and-rights")
    text = view.reader.toPlainText()
    assert text.startswith("Arrest and the rights of an arrested person")
    assert text.count("Arrest and the rights of an arrested person") == 1  # the body's # title is not repeated
    assert "the rights of an arrested person are set out mainly in the Criminal Procedure" in text
    assert "Who arrests, and where the person is taken" in text
    assert "draft" in text and "Language: English" in text
    assert h.legal_disclaimer() in text
    assert view.location() == view.current_entry() == "chapter:arrest-and-rights"
    assert view.toc.currentIndex().data(TocRole.Target) == "chapter:arrest-and-rights"


def test_open_page_shows_it_without_the_legal_disclaimer(qtbot: Any, real_ctx: Any) -> None:
    view = make_view(qtbot, real_ctx)
    view.open("page:about")
    text = view.reader.toPlainText()
    assert text.startswith("About this edition")
    assert "starter edition" in text
    assert h.legal_disclaimer() not in text
    assert view.current_entry() == "page:about"
    assert view.toc.currentIndex().data(TocRole.Target) == "page:about"


def test_translation_shows_draft_note_and_other_versions(qtbot: Any, real_ctx: Any) -> None:
    view = make_view(qtbot, real_ctx)
    view.open("chapter:when-you-get-a-call-my")
    html = view.current_html()
    text = view.reader.toPlainText()
    assert h.draft_note() in text and h.status_label("draft") in text
    assert "Also in:" in text
    for other in ("when-you-get-a-call", "when-you-get-a-call-km", "when-you-get-a-call-lo"):
        assert f'href="mmn:chapter:{other}"' in html
    assert 'href="mmn:chapter:when-you-get-a-call-my"' not in html


def test_open_with_anchor_scrolls_to_the_heading(qtbot: Any, real_ctx: Any) -> None:
    view = make_view(qtbot, real_ctx)
    view.resize(900, 500)
    view.show()
    qtbot.waitExposed(view)
    view.open("chapter:arrest-and-rights")
    assert view.reader.verticalScrollBar().value() == 0
    assert '<a name="children"></a>' in view.current_html()
    view.open("chapter:arrest-and-rights#children")
    assert view.location() == "chapter:arrest-and-rights#children"
    assert view.reader.verticalScrollBar().value() > 0
    # the heading is at the top of what is shown
    top = view.reader.cursorForPosition(view.reader.viewport().rect().topLeft())
    assert top.block().text().strip() == "Children"
    assert view.toc.currentIndex().data(TocRole.Target) == "chapter:arrest-and-rights#children"
    assert view.toc.currentIndex().data(TocRole.Kind) == "heading"


def test_selecting_a_toc_node_emits_navigate(qtbot: Any, real_ctx: Any) -> None:
    view = HandbookView(real_ctx)
    qtbot.addWidget(view)
    index = view.toc_model.index_of("chapter:immigration-detention")
    with qtbot.waitSignal(view.navigate) as blocker:
        view.toc.setCurrentIndex(index)
    assert blocker.args == ["chapter:immigration-detention"]
    heading = view.toc_model.index(0, 0, index)
    with qtbot.waitSignal(view.navigate) as blocker:
        view.toc.setCurrentIndex(heading)
    assert blocker.args == [heading.data(TocRole.Target)]
    assert blocker.args[0].startswith("chapter:immigration-detention#")


def test_open_selects_silently(qtbot: Any, real_ctx: Any) -> None:
    view = HandbookView(real_ctx)
    qtbot.addWidget(view)
    with qtbot.assertNotEmitted(view.navigate):
        view.open("chapter:key-terms")
        view.open("chapter:key-terms#status-and-documents")
        view.open("page:credits")
    assert view.toc.currentIndex().data(TocRole.Target) == "page:credits"


def test_clicking_through_the_toc_round_trips(qtbot: Any, real_ctx: Any) -> None:
    view = make_view(qtbot, real_ctx)
    view.toc.setCurrentIndex(view.toc_model.index_of("chapter:sources"))
    assert view.location() == "chapter:sources"
    assert view.reader.toPlainText().startswith("Sources of this handbook")


def test_links_in_the_reader_navigate(qtbot: Any, real_ctx: Any) -> None:
    view = HandbookView(real_ctx)
    qtbot.addWidget(view)
    view.open("chapter:key-terms")
    with qtbot.waitSignal(view.navigate) as blocker:
        view.reader.anchorClicked.emit(QUrl("mmn:concept:arrest"))
    assert blocker.args == ["concept:arrest"]


def test_view_location_and_unknown_targets(qtbot: Any, real_ctx: Any) -> None:
    view = make_view(qtbot, real_ctx)
    assert view.location() == "view:handbook" and view.current_entry() == ""
    assert view.focus_find() is False and view.export_pdf("/nonexistent/x.pdf") is False
    view.open("view:handbook")
    assert view.current_entry() == originals(real_ctx.library)[0].id
    with qtbot.waitSignal(view.status):
        view.open("chapter:no-such-chapter")
    assert view.current_entry() == originals(real_ctx.library)[0].id
    view.open("chapter:arrest-and-rights#no-such-anchor")
    assert view.location() == "chapter:arrest-and-rights"


def test_fixture_chapter_keeps_its_own_links(qtbot: Any, ctx: Any) -> None:
    view = make_view(qtbot, ctx)
    view.open("chapter:arrest")
    html = view.current_html()
    assert 'href="mmn:law:thailand/working-hours"' in html
    assert 'href="mmn:concept:minimum-wage"' in html
    assert "12(3) rule" in view.reader.toPlainText()


# -- key terms -------------------------------------------------------------------------------------


def test_key_terms_linked_once_per_section_never_in_headings_links_or_code(qapp: Any, real_library: Library) -> None:
    linker = KeyTermLinker(real_library)
    html = (
        "<h2>Arrest</h2>"
        '<p>An arrest, another arrest. <a href="https://example.org">arrest</a> <code>arrest</code></p>'
        "<p>Fines are paid; it is defined by law; <strong>Deportation</strong>.</p>"
        "<h2>Next</h2>"
        '<p><a href="mmn:concept:bail">bail</a> then bail and arrest &amp; more</p>'
    )
    out = linker.link(html, "en")
    assert out.count('href="mmn:concept:arrest"') == 2  # one per section
    assert out.count('href="mmn:concept:bail"') == 1  # the author's own link counts as the first
    assert '<a href="mmn:concept:fine">Fines</a>' in out  # plural, case-insensitive
    assert "defined" in out and "de<a" not in out  # whole words only
    assert '<strong><a href="mmn:concept:deportation">Deportation</a></strong>' in out
    assert "&amp; more" in out
    parser = LinkContext()
    parser.feed(out)
    for href, stack in parser.links:
        assert not {"a", "code", "pre", "h1", "h2", "h3"} & set(stack), (href, stack)


def test_longest_term_wins(qapp: Any, real_library: Library) -> None:
    linker = KeyTermLinker(real_library)
    out = linker.link("<p>Ask about immigration detention now.</p>", "en")
    assert '<a href="mmn:concept:immigration-detention">immigration detention</a>' in out


def test_key_terms_in_other_scripts_respect_syllables(qapp: Any, real_library: Library) -> None:
    linker = KeyTermLinker(real_library)
    fine = real_library.concept("fine").section("my").headword
    assert linker.link(f"<p>က {fine} ပါ</p>", "my").count('href="mmn:concept:fine"') == 1
    # followed by a combining mark, the match would cut a syllable: not linked
    assert "mmn:concept:fine" not in linker.link(f"<p>{fine}\u103a</p>", "my")


def test_real_chapters_link_key_terms(qtbot: Any, real_ctx: Any) -> None:
    view = make_view(qtbot, real_ctx)
    view.open("chapter:arrest-and-rights")
    html = view.current_html()
    # "nationality" is a headword that the chapter's author did not link
    assert "[nationality]" not in real_ctx.library.get("chapter:arrest-and-rights").body
    assert '<a href="mmn:concept:nationality">nationality</a>' in html
    parser = LinkContext()
    parser.feed(html)
    assert len(parser.links) > 10
    for href, stack in parser.links:
        assert not {"a", "code", "pre", "h1", "h2", "h3"} & set(stack), (href, stack)

    headword = real_ctx.library.concept("interpreter").section("my").headword
    view.open("chapter:when-you-get-a-call-my")
    assert f'<a href="mmn:concept:interpreter">{headword}</a>' in view.current_html()


def test_pages_are_not_term_linked(qtbot: Any, real_ctx: Any) -> None:
    view = make_view(qtbot, real_ctx)
    view.open("page:disclaimer")
    body = real_ctx.library.get("page:disclaimer").body
    assert view.current_html().count("mmn:concept:") == body.count("mmn:concept:")


# -- find, print, PDF ------------------------------------------------------------------------------


def test_find_bar_finds_a_word(qtbot: Any, real_ctx: Any) -> None:
    view = make_view(qtbot, real_ctx)
    view.show()
    view.open("chapter:arrest-and-rights")
    assert view.focus_find() is True
    bar = view.pane.find_bar
    assert not bar.isHidden()
    bar.edit.setText("interpreter")
    assert view.reader.textCursor().selectedText().casefold() == "interpreter"
    total = view.reader.toPlainText().casefold().count("interpreter")
    assert total > 1 and str(total) in bar.count.text()
    first = view.reader.textCursor().position()
    assert bar.find_next() and view.reader.textCursor().position() > first
    bar.edit.setText("zzzqqq-not-there")
    assert bar.count.text() == "Not found"


def test_export_pdf_writes_a_pdf(qtbot: Any, real_ctx: Any, tmp_path: Path) -> None:
    view = make_view(qtbot, real_ctx)
    view.open("chapter:deportation-and-return")
    target = tmp_path / "chapter.pdf"
    with qtbot.waitSignal(view.status):
        assert view.export_pdf(str(target)) is True
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 5000
    assert b"Deportation and return" in data  # the document title in the PDF metadata


def test_rendered_html_is_cached_and_settings_change_rerenders(qtbot: Any, real_ctx: Any) -> None:
    view = make_view(qtbot, real_ctx)
    view.open("chapter:key-terms")
    first = view.current_html()
    assert view.render(real_ctx.library.get("chapter:key-terms")) is first
    view.settings_changed()
    assert view.current_html() == first and view.current_html() is not first
    assert view.reader.toPlainText().startswith("Key terms")


@pytest.mark.parametrize("percent", [150])
def test_zoom_scales_reader_and_toc(qtbot: Any, real_ctx: Any, percent: int) -> None:
    view = make_view(qtbot, real_ctx)
    before = view.reader.font().pointSizeF(), view.toc.font().pointSizeF()
    view.apply_zoom(percent)
    assert view.reader.font().pointSizeF() == pytest.approx(before[0] * percent / 100)
    assert view.toc.font().pointSizeF() == pytest.approx(before[1] * percent / 100)

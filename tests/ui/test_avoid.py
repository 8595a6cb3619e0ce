"""Terms to Avoid view: the list model, the entry page, tabs, and the text checker's highlights."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import Any

import pytest
from PySide6.QtCore import QCollator, QLocale, Qt, QUrl

from mmn_desktop.core.checker import utf16_offsets
from mmn_desktop.core.library import Library
from mmn_desktop.ui.views.avoid import AvoidListModel, AvoidRole, AvoidView, display_term

ILLEGAL_ALIEN_ALTERNATIVES = ("concept:irregular-migrant", "concept:undocumented-migrant", "concept:migrant-worker")


def make_view(qtbot: Any, ctx: Any, lang: str = "en") -> AvoidView:
    ctx.settings.content_language = lang
    view = AvoidView(ctx)
    qtbot.addWidget(view)
    view.navigate.connect(view.open)  # what the main window does
    return view


def check(view: AvoidView, text: str) -> None:
    view.editor.setPlainText(text)
    view.check_now()


def highlighted(view: AvoidView) -> list[tuple[int, int, str]]:
    return [
        (s.cursor.selectionStart(), s.cursor.selectionEnd(), s.cursor.selectedText())
        for s in view.editor.extraSelections()
    ]


# -- list -------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "th", "zh"])
def test_model_passes_the_model_tester(qtmodeltester: Any, real_library: Library, lang: str) -> None:
    model = AvoidListModel(real_library.content.avoid, lang)
    qtmodeltester.check(model)
    model.set_filter("illegal")
    qtmodeltester.check(model)


def test_list_shows_the_term_in_the_reading_language_else_english(real_library: Library) -> None:
    model = AvoidListModel(real_library.content.avoid, "th")
    rows = {model.index(r, 0).data(AvoidRole.Id): model.index(r, 0) for r in range(model.rowCount())}
    index = rows["avoid:illegal-alien"]
    assert index.data() == "ต่างด้าวเถื่อน"  # the first Thai term
    assert index.data(AvoidRole.English) == "illegal alien"
    without_thai = [e for e in real_library.content.avoid if e.variant("th") is None]
    assert without_thai
    for entry in without_thai:
        assert rows[entry.id].data() == entry.title
        assert rows[entry.id].data(AvoidRole.English) == ""
    shown = [model.index(r, 0).data() for r in range(model.rowCount())]
    collator = QCollator(QLocale(QLocale.Language.Thai))
    assert all(collator.compare(a, b) <= 0 for a, b in pairwise(shown))


def test_filter_matches_terms_in_every_language(real_library: Library) -> None:
    model = AvoidListModel(real_library.content.avoid, "en")
    model.set_filter("非法移民")
    assert [model.index(r, 0).data(AvoidRole.Id) for r in range(model.rowCount())] == ["avoid:illegal-alien"]
    model.set_filter("NGUOI NHAP CU BAT HOP PHAP")  # Vietnamese typed without marks, in capitals
    assert "avoid:illegal-alien" in [model.index(r, 0).data(AvoidRole.Id) for r in range(model.rowCount())]


def test_open_shows_reason_alternatives_and_draft(qtbot: Any, real_ctx: Any) -> None:
    view = make_view(qtbot, real_ctx, "th")
    library = real_ctx.library
    entry = library.get("avoid:illegal-alien")
    with qtbot.assertNotEmitted(view.navigate):
        view.open("avoid:illegal-alien")
    text = view.reader.toPlainText()
    html = view.reader.toHtml()
    assert text.startswith(display_term(entry, "th"))
    assert entry.variant("en").reason.split()[0] in text
    assert "not yet translated into Thai" in text  # the reason exists in English only
    assert "Say instead:" in text
    for cid in entry.use_instead:
        assert f'href="mmn:{cid}"' in html
        assert library.title(cid, "th") in text  # titles in the reading language
    for variant in entry.variants:
        assert variant.terms[-1] in text
    assert "draft, not yet reviewed" in text
    assert view.list.currentIndex().data(AvoidRole.Id) == "avoid:illegal-alien"
    assert view.location() == view.current_entry() == "avoid:illegal-alien"


def test_selecting_a_row_emits_navigate(qtbot: Any, real_ctx: Any) -> None:
    view = make_view(qtbot, real_ctx)
    view.show()
    index = view.model.index(2, 0)
    with qtbot.waitSignal(view.navigate) as blocker:
        qtbot.mouseClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=view.list.visualRect(index).center())
    assert blocker.args == [index.data(AvoidRole.Id)]
    assert view.location() == index.data(AvoidRole.Id)


def test_tabs_navigate_and_open_switches_them_silently(qtbot: Any, real_ctx: Any) -> None:
    view = make_view(qtbot, real_ctx)
    view.open("avoid:illegal-alien")
    with qtbot.waitSignal(view.navigate) as blocker:
        view.tabs.setCurrentIndex(view.CHECKER_TAB)
    assert blocker.args == ["view:avoid/checker"]
    assert view.location() == "view:avoid/checker"
    assert view.current_entry() == ""
    with qtbot.assertNotEmitted(view.navigate):
        view.open("avoid:illegal-alien")
    assert view.tabs.currentIndex() == view.LIST_TAB
    with qtbot.assertNotEmitted(view.navigate):
        view.open("view:avoid/checker")
    assert view.tabs.currentIndex() == view.CHECKER_TAB
    with qtbot.waitSignal(view.navigate) as blocker:
        view.tabs.setCurrentIndex(view.LIST_TAB)
    assert blocker.args == ["avoid:illegal-alien"]


# -- checker ----------------------------------------------------------------------------------


def test_utf16_offsets_count_astral_characters_twice() -> None:
    text = "a😀b𠀀c"
    assert utf16_offsets(text, [0, 1, 2, 3, 4, 5]) == [0, 1, 3, 4, 6, 7]
    assert utf16_offsets("plain", [0, 5]) == [0, 5]


def test_checker_highlights_english_in_place(qtbot: Any, real_ctx: Any) -> None:
    view = make_view(qtbot, real_ctx)
    text = "They called him an illegal alien.\nThen the illegals were deported."
    check(view, text)
    start = text.index("illegal alien")
    second = text.index("illegals")
    assert highlighted(view) == [
        (start, start + len("illegal alien"), "illegal alien"),
        (second, second + len("illegals"), "illegals"),
    ]
    for selection in view.editor.extraSelections():  # marked by underline as well as colour
        assert selection.format.underlineStyle() != selection.format.UnderlineStyle.NoUnderline
        assert selection.format.background().color().isValid()
    assert view.check_count.text().startswith("2 ")
    html = view.matches_reader.toHtml()
    for cid in ILLEGAL_ALIEN_ALTERNATIVES:
        assert f'href="mmn:{cid}"' in html
    listed = view.matches_reader.toPlainText()
    assert "“illegal alien”" in listed and "“illegals”" in listed
    assert "line 2" in listed
    assert "Why it harms:" in listed and "Say instead:" in listed


def test_checker_highlights_thai(qtbot: Any, real_ctx: Any) -> None:
    view = make_view(qtbot, real_ctx, "th")
    text = "ตำรวจจับต่างด้าวเถื่อนสามคน"
    check(view, text)
    start = text.index("ต่างด้าวเถื่อน")
    assert highlighted(view) == [(start, start + len("ต่างด้าวเถื่อน"), "ต่างด้าวเถื่อน")]
    text_listed = view.matches_reader.toPlainText()
    for cid in ILLEGAL_ALIEN_ALTERNATIVES:
        assert real_ctx.library.title(cid, "th") in text_listed  # alternatives titled in Thai


def test_checker_offsets_survive_astral_characters(qtbot: Any, real_ctx: Any) -> None:
    view = make_view(qtbot, real_ctx)
    text = "😀😀 an illegal alien 𠀀 and illegals"
    check(view, text)
    first, second = text.index("illegal alien"), text.index("illegals")
    # two emoji before the first match, a third astral character before the second
    assert highlighted(view) == [(first + 2, first + 2 + 13, "illegal alien"), (second + 3, second + 3 + 8, "illegals")]


def test_clean_text_says_so(qtbot: Any, real_ctx: Any) -> None:
    view = make_view(qtbot, real_ctx)
    check(view, "Migrant workers in Thailand may join a union but cannot found one.")
    assert view.editor.extraSelections() == []
    assert view.check_count.text() == "No terms to avoid found"
    assert "No terms to avoid found" in view.matches_reader.toPlainText()
    check(view, "an illegal alien")
    assert len(view.editor.extraSelections()) == 1
    check(view, "")
    assert view.editor.extraSelections() == []
    assert view.check_count.text() == ""


def test_clicking_a_match_selects_it_in_the_editor(qtbot: Any, real_ctx: Any) -> None:
    view = make_view(qtbot, real_ctx)
    text = "illegal alien, and later illegals"
    check(view, text)
    assert 'href="match:1"' in view.matches_reader.toHtml()
    view.matches_reader.anchorClicked.emit(QUrl("match:1"))
    cursor = view.editor.textCursor()
    assert cursor.selectedText() == "illegals"
    assert cursor.selectionStart() == text.index("illegals")
    assert "Say instead:" in view.tooltip_at(text.index("illegals") + 2)
    assert view.tooltip_at(text.index("later")) == ""


def test_typing_is_debounced_into_one_check(qtbot: Any, real_ctx: Any) -> None:
    calls: list[str] = []
    runner = real_ctx.runner

    class Counting:
        def submit(self, lane: str, fn: Callable[[], Any], on_done: Any = None, on_error: Any = None) -> None:
            calls.append(lane)
            runner.submit(lane, fn, on_done, on_error)

    real_ctx.runner = Counting()
    view = make_view(qtbot, real_ctx)
    view.open("view:avoid/checker")
    qtbot.keyClicks(view.editor, "the illegals")
    assert calls == []  # nothing checked while typing
    qtbot.waitUntil(lambda: view.result is not None, timeout=2000)
    assert calls == ["db"]
    assert highlighted(view) == [(4, 12, "illegals")]


def test_a_result_for_outdated_text_is_dropped(qtbot: Any, real_ctx: Any) -> None:
    jobs: list[tuple[Callable[[], Any], Any]] = []

    class Deferred:
        def submit(self, lane: str, fn: Callable[[], Any], on_done: Any = None, on_error: Any = None) -> None:
            jobs.append((fn, on_done))

    real_ctx.runner = Deferred()
    view = make_view(qtbot, real_ctx)
    check(view, "illegal alien")
    check(view, "no such words, illegals")
    assert len(jobs) == 2
    first, second = jobs
    second[1](second[0]())
    first[1](first[0]())  # arrives late: ignored
    assert highlighted(view) == [(15, 23, "illegals")]
    assert view.result is not None and view.result.text == "no such words, illegals"


def test_report_marks_the_terms_and_exports(qtbot: Any, real_ctx: Any, tmp_path: Any) -> None:
    view = make_view(qtbot, real_ctx)
    view.open("view:avoid/checker")
    assert view.export_pdf(str(tmp_path / "empty.pdf")) is False
    check(view, "A <b>bold</b> illegal alien")
    report = view.report_html()
    assert "&lt;b&gt;bold&lt;/b&gt;" in report  # the user's text is escaped
    assert "<u>illegal alien</u>" in report
    assert "match:" not in report
    path = tmp_path / "check.pdf"
    assert view.export_pdf(str(path))
    assert path.read_bytes().startswith(b"%PDF")

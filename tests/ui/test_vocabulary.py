"""Vocabulary view: the concept model (collation, filter), navigation, the concept page, copy."""

from __future__ import annotations

from dataclasses import replace
from functools import cmp_to_key
from itertools import pairwise
from typing import Any

import pytest
from PySide6.QtCore import QCollator, QLocale, Qt, QUrl
from PySide6.QtGui import QGuiApplication

from mmn_desktop.core.library import Library
from mmn_desktop.core.models import Concept, ConceptSection, Term
from mmn_desktop.core.search.analysis import fold  # the fold the list filters use
from mmn_desktop.ui.views.vocabulary import (
    ConceptListModel,
    ConceptRole,
    VocabularyView,
    language_label,
    short_definition,
)

LANGS = ("en", "my", "zh", "km", "lo", "th", "vi")


def make_view(qtbot: Any, ctx: Any, lang: str = "en") -> VocabularyView:
    ctx.settings.content_language = lang
    view = VocabularyView(ctx)
    qtbot.addWidget(view)
    view.navigate.connect(view.open)  # what the main window does
    return view


def titles(model: ConceptListModel) -> list[str]:
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def slugs(model: ConceptListModel) -> list[str]:
    return [model.index(row, 0).data(ConceptRole.Slug) for row in range(model.rowCount())]


# -- model ------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "th", "my"])
def test_model_passes_the_model_tester(qtmodeltester: Any, real_library: Library, lang: str) -> None:
    model = ConceptListModel(real_library.content.concepts, lang)
    qtmodeltester.check(model)
    model.set_filter("worker")
    qtmodeltester.check(model)
    model.set_language("vi")
    qtmodeltester.check(model)


@pytest.mark.parametrize(
    ("lang", "locale", "before", "after"),
    [
        # Thai collation sorts a leading vowel by the consonant after it: เข before ค.
        ("th", QLocale.Language.Thai, "access-to-justice", "trafficking-in-persons"),
        # Vietnamese: đ comes right after d, so before g (by code point U+0111 is after every ASCII letter).
        ("vi", QLocale.Language.Vietnamese, "strike", "social-cohesion"),
    ],
)
def test_list_is_sorted_with_the_collation_of_the_language(
    real_library: Library, lang: str, locale: QLocale.Language, before: str, after: str
) -> None:
    model = ConceptListModel(real_library.content.concepts, lang)
    order = slugs(model)
    shown = titles(model)
    assert len(order) == len(real_library.content.concepts)
    # The real example: collation and code-point order disagree on this pair.
    a, b = real_library.concept(before), real_library.concept(after)
    assert a is not None and b is not None
    assert a.title(lang) > b.title(lang), "the example must be out of order by code point"
    assert order.index(before) < order.index(after)
    # And the whole list agrees with QCollator, and is not simply code-point order.
    collator = QCollator(QLocale(locale))
    assert all(collator.compare(x, y) <= 0 for x, y in pairwise(shown))
    assert shown != sorted(shown)
    # Changing the language re-sorts by that language's headwords.
    model.set_language("en")
    english = titles(model)
    assert english == sorted(english, key=cmp_to_key(QCollator(QLocale(QLocale.Language.English)).compare))
    assert english[0] == real_library.concept(slugs(model)[0]).title("en")  # type: ignore[union-attr]


def test_second_line_is_the_english_headword_only_when_the_language_differs(real_library: Library) -> None:
    model = ConceptListModel(real_library.content.concepts, "th")
    row = slugs(model).index("migrant-worker")
    index = model.index(row, 0)
    assert index.data() == "แรงงานข้ามชาติ"
    assert index.data(ConceptRole.English) == "migrant worker"
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "แรงงานข้ามชาติ (migrant worker)"
    assert index.data(ConceptRole.Id) == "concept:migrant-worker"
    model.set_language("en")
    index = model.index(slugs(model).index("migrant-worker"), 0)
    assert index.data() == "migrant worker"
    assert index.data(ConceptRole.English) == ""


def test_fold_strips_latin_marks_only() -> None:
    assert fold("Lao Động Di Cư") == "lao dong di cu"
    assert fold("ĐĂNG KÝ") == "dang ky"
    assert fold("ค่าจ้าง") == "ค่าจ้าง"  # Thai tone and vowel marks are letters here
    assert fold("ရွှေ့ပြောင်း") == "ရွှေ့ပြောင်း"
    # NFD input folds like NFC input
    assert fold("Đ\u00f4\u0323ng") == fold("Động") == "dong"


@pytest.mark.parametrize(
    "needle",
    ["MIGRANT worker", "lao dong di cu", "Lao động di cư", "แรงงานต่างด้าว", "外籍劳工", "alien worker"],
)
def test_filter_finds_any_term_in_any_language(real_library: Library, needle: str) -> None:
    model = ConceptListModel(real_library.content.concepts, "en")
    model.set_filter(needle)
    found = slugs(model)
    assert "migrant-worker" in found
    assert 0 < len(found) < len(real_library.content.concepts)
    for slug in found:  # every row really contains the needle in one of its terms
        concept = real_library.concept(slug)
        assert concept is not None
        assert any(fold(needle) in fold(t.text) for s in concept.sections for t in s.terms)


def test_filter_keeps_thai_marks_significant(real_library: Library) -> None:
    model = ConceptListModel(real_library.content.concepts, "th")
    model.set_filter("แรงงานตางดาว")  # the admitted term without its tone marks is another string
    assert "migrant-worker" not in slugs(model)
    model.set_filter("zzzz-no-such-term")
    assert model.rowCount() == 0
    model.set_filter("")
    assert model.rowCount() == len(real_library.content.concepts)


# -- the view ---------------------------------------------------------------------------------


def test_open_shows_all_seven_language_blocks_reading_language_first(qtbot: Any, real_ctx: Any) -> None:
    view = make_view(qtbot, real_ctx, "th")
    concept = real_ctx.library.concept("migrant-worker")
    with qtbot.assertNotEmitted(view.navigate):
        view.open("concept:migrant-worker")
    text = view.reader.toPlainText()
    positions = []
    for lang in LANGS:
        label = language_label(real_ctx.library, lang)
        assert label in text
        positions.append(text.index(label))
        section = concept.section(lang)
        for term in section.terms:
            assert term.text in text
    assert text.index(language_label(real_ctx.library, "th")) == min(positions)  # reading language first
    rest = [text.index(language_label(real_ctx.library, lang)) for lang in LANGS if lang != "th"]
    assert rest == sorted(rest)  # then the standard order
    for word in ("preferred", "admitted", "deprecated"):
        assert word in text
    assert text.count("draft translation") == 6  # the six translations
    assert text.count("draft, not yet reviewed") == 1  # the English original is a draft too, not a translation
    assert "Stresses that the person does not belong" in text  # a term note
    assert "Many migrant workers send part of their wages home" in text  # an example
    # the list shows the concept as selected, and location/current entry say so
    assert view.list.currentIndex().data(ConceptRole.Slug) == "migrant-worker"
    assert view.location() == "concept:migrant-worker"
    assert view.current_entry() == "concept:migrant-worker"


def test_related_concepts_and_terms_to_avoid_are_links(qtbot: Any, real_ctx: Any) -> None:
    view = make_view(qtbot, real_ctx, "th")
    view.open("concept:migrant-worker")
    library = real_ctx.library
    html = view.reader.toHtml()
    concept = library.concept("migrant-worker")
    assert concept.related
    for ref in concept.related:
        assert f'href="mmn:{ref}"' in html
        assert library.title(ref, "th") in view.reader.toPlainText()
    pointing = [a for a in library.content.avoid if "concept:migrant-worker" in a.use_instead]
    assert pointing
    for entry in pointing:
        assert f'href="mmn:{entry.id}"' in html
    # following a related link asks the main window to open it
    with qtbot.waitSignal(view.navigate) as blocker:
        view.reader.anchorClicked.emit(QUrl(f"mmn:{concept.related[0]}"))
    assert blocker.args == [concept.related[0]]
    assert view.location() == concept.related[0]


def test_selecting_a_row_emits_navigate(qtbot: Any, real_ctx: Any) -> None:
    view = make_view(qtbot, real_ctx)
    view.show()
    index = view.model.index(3, 0)
    expected = index.data(ConceptRole.Id)
    rect = view.list.visualRect(index)
    with qtbot.waitSignal(view.navigate) as blocker:
        qtbot.mouseClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [expected]
    assert view.location() == expected
    assert real_ctx.library.concept(expected.split(":")[1]).title("en") in view.reader.toPlainText()
    # the keyboard moves on to the next concept
    with qtbot.waitSignal(view.navigate) as blocker:
        qtbot.keyClick(view.list, Qt.Key.Key_Down)
    assert blocker.args == [view.model.index(4, 0).data(ConceptRole.Id)]


def test_copy_link_puts_term_and_definition_on_the_clipboard(qtbot: Any, real_ctx: Any) -> None:
    view = make_view(qtbot, real_ctx)
    view.open("concept:migrant-worker")
    assert 'href="copy:th"' in view.reader.toHtml()
    QGuiApplication.clipboard().clear()
    section = real_ctx.library.concept("migrant-worker").section("th")
    with qtbot.waitSignal(view.status) as blocker:
        view.reader.anchorClicked.emit(QUrl("copy:th"))
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("แรงงานข้ามชาติ — ")
    assert copied.endswith(" ".join(section.definition.split()))
    assert "Copied" in blocker.args[0]


def test_language_picker_saves_the_setting_and_resorts(qtbot: Any, real_ctx: Any) -> None:
    saved: list[str] = []
    real_ctx.save_settings = lambda: saved.append(real_ctx.settings.content_language)
    view = make_view(qtbot, real_ctx, "en")
    view.open("concept:migrant-worker")
    with qtbot.assertNotEmitted(view.navigate):
        view.lang_combo.setCurrentIndex(view.lang_combo.findData("vi"))
    assert real_ctx.settings.content_language == "vi"
    assert saved == ["vi"]
    assert view.model.lang == "vi"
    collator = QCollator(QLocale(QLocale.Language.Vietnamese))
    shown = titles(view.model)
    assert all(collator.compare(x, y) <= 0 for x, y in pairwise(shown))
    # the page now starts with the Vietnamese block and the selection followed the concept
    assert view.reader.toPlainText().startswith("lao động di cư")
    assert view.list.currentIndex().data(ConceptRole.Slug) == "migrant-worker"


def test_filter_box_filters_the_list_and_a_link_to_a_hidden_concept_clears_it(qtbot: Any, real_ctx: Any) -> None:
    view = make_view(qtbot, real_ctx)
    with qtbot.assertNotEmitted(view.navigate):
        qtbot.keyClicks(view.filter_edit, "wage")
    assert 0 < view.model.rowCount() < view.model.total
    assert all(
        "wage" in fold(" ".join(t.text for s in c.sections for t in s.terms))
        for c in (view.model.concept_at(r) for r in range(view.model.rowCount()))
    )
    assert str(view.model.rowCount()) in view.count_label.text()
    view.open("concept:migrant-worker")  # not a wage concept: the filter is cleared
    assert view.filter_edit.text() == ""
    assert view.list.currentIndex().data(ConceptRole.Slug) == "migrant-worker"


def test_missing_languages_are_said_and_unknown_concepts_too(qtbot: Any, ctx: Any) -> None:
    view = make_view(qtbot, ctx)
    view.open("concept:minimum-wage")  # the fixture has en, th, vi only
    text = view.reader.toPlainText()
    assert text.count("Not yet translated into this language.") == 4
    assert "ค่าจ้างขั้นต่ำ" in text and "lương tối thiểu" in text
    view.open("concept:no-such-thing")
    assert "no-such-thing" in view.reader.toPlainText()
    assert view.current_entry() == ""


def test_reviewed_sections_name_their_reviewer(qtbot: Any, library: Library) -> None:
    from tests.ui.conftest import make_ctx

    concept = library.concept("minimum-wage")
    sections = tuple(
        replace(s, review="reviewed", reviewer="A. Reviewer") if s.lang == "th" else s for s in concept.sections
    )
    custom = Library.from_content(replace(library.content, concepts=(replace(concept, sections=sections),)))
    view = make_view(qtbot, make_ctx(custom))
    view.open("concept:minimum-wage")
    text = view.reader.toPlainText()
    assert "reviewed by A. Reviewer" in text
    assert text.count("draft translation") == 1  # vi is still a draft translation
    assert text.count("draft, not yet reviewed") == 1  # and the English original a draft


def test_export_pdf_writes_a_pdf(qtbot: Any, real_ctx: Any, tmp_path: Any) -> None:
    view = make_view(qtbot, real_ctx)
    assert view.export_pdf(str(tmp_path / "none.pdf")) is False  # nothing shown yet
    view.open("concept:migrant-worker")
    html = view.concept_html(real_ctx.library.concept("migrant-worker"), for_print=True)
    assert "copy:" not in html
    path = tmp_path / "concept.pdf"
    assert view.export_pdf(str(path)) is True
    assert path.read_bytes().startswith(b"%PDF")


def test_interpreter_button_asks_for_the_interpreter(qtbot: Any, real_ctx: Any) -> None:
    real_ctx.settings.second_language = "my"
    view = make_view(qtbot, real_ctx, "th")
    with qtbot.waitSignal(view.navigate) as blocker:
        view.interpreter_button.click()
    assert blocker.args == ["view:interpreter/th,my"]


def test_short_definition_is_the_first_sentence() -> None:
    assert short_definition("A person who works. It covers more.") == "A person who works."
    assert short_definition("人。第二句。") == "人。"
    long = "word " * 80
    cut = short_definition(long, limit=50)
    assert cut.endswith("…") and len(cut) <= 51


def test_a_concept_without_sections_shows_its_slug() -> None:
    concept = Concept("empty", "status", (), ())
    model = ConceptListModel((concept, Concept("x", "status", (), (ConceptSection("en", "draft", (Term("x"),), "d"),))))
    assert titles(model) == ["empty", "x"]

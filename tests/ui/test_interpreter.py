"""Interpreter view: two languages side by side, collation, switching, drafts marked, large type."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

import pytest
from PySide6.QtCore import QCollator, QLocale, Qt

from mmn_desktop.core.library import Library
from mmn_desktop.ui.views.interpreter import LARGE, SHORT, Column, InterpreterModel, InterpreterRole, InterpreterView
from mmn_desktop.ui.views.vocabulary import short_definition


def make_view(qtbot: Any, ctx: Any, first: str = "th", second: str = "my") -> InterpreterView:
    ctx.settings.content_language = first
    ctx.settings.second_language = second
    view = InterpreterView(ctx)
    qtbot.addWidget(view)
    view.navigate.connect(view.open)  # what the main window does
    return view


def column(model: InterpreterModel, col: int, role: int = Qt.ItemDataRole.DisplayRole) -> list[Any]:
    return [model.index(row, col).data(role) for row in range(model.rowCount())]


def test_model_passes_the_model_tester(qtmodeltester: Any, real_library: Library, library: Library) -> None:
    model = InterpreterModel(real_library, "th", "my")
    qtmodeltester.check(model)
    model.set_filter("wage")
    qtmodeltester.check(model)
    model.set_languages("vi", "en")
    qtmodeltester.check(model)
    qtmodeltester.check(InterpreterModel(library, "en", "km"))  # sections missing in the fixture


def test_rows_are_sorted_by_the_first_language_and_pair_the_same_concept(real_library: Library) -> None:
    model = InterpreterModel(real_library, "th", "my")
    terms = column(model, Column.TermA)
    collator = QCollator(QLocale(QLocale.Language.Thai))
    assert all(collator.compare(a, b) <= 0 for a, b in pairwise(terms))
    assert terms != sorted(terms)  # Thai collation is not code-point order here
    ids = column(model, 0, InterpreterRole.Id)
    for row, ident in enumerate(ids):
        concept = real_library.get(ident)
        assert model.index(row, Column.TermA).data() == concept.section("th").headword
        assert model.index(row, Column.TermB).data() == concept.section("my").headword
        assert model.index(row, Column.DefinitionB).data() == short_definition(concept.section("my").definition, SHORT)
    model.set_languages("vi", "th")
    vi_terms = column(model, Column.TermA)
    vi = QCollator(QLocale(QLocale.Language.Vietnamese))
    assert all(vi.compare(a, b) <= 0 for a, b in pairwise(vi_terms))
    assert model.headerData(Column.TermA, Qt.Orientation.Horizontal) == "Tiếng Việt — Vietnamese"
    assert model.headerData(Column.TermB, Qt.Orientation.Horizontal) == "ไทย — Thai"


def test_definitions_are_short_with_the_full_text_as_tooltip(real_library: Library) -> None:
    model = InterpreterModel(real_library, "en", "th")
    row = column(model, 0, InterpreterRole.Id).index("concept:migrant-worker")
    short = model.index(row, Column.DefinitionA).data()
    full = " ".join(real_library.concept("migrant-worker").section("en").definition.split())
    assert (
        short
        == "A person who is going to do, is doing or has done paid work in a country of which they are not a citizen."
    )
    assert model.index(row, Column.DefinitionA).data(Qt.ItemDataRole.ToolTipRole) == full


def test_defaults_come_from_the_settings(qtbot: Any, real_ctx: Any) -> None:
    view = make_view(qtbot, real_ctx, "km", "lo")
    assert view.model.languages == ("km", "lo")
    assert view.combo_a.currentData() == "km" and view.combo_b.currentData() == "lo"
    view.open("view:interpreter")
    assert view.location() == "view:interpreter/km,lo"


def test_changing_a_language_navigates_and_saves(qtbot: Any, real_ctx: Any) -> None:
    saved: list[tuple[str, str]] = []
    real_ctx.save_settings = lambda: saved.append(
        (real_ctx.settings.content_language, real_ctx.settings.second_language)
    )
    view = make_view(qtbot, real_ctx, "th", "my")
    view.open("view:interpreter/th,my")
    with qtbot.waitSignal(view.navigate) as blocker:
        view.combo_b.setCurrentIndex(view.combo_b.findData("vi"))
    assert blocker.args == ["view:interpreter/th,vi"]
    assert saved == [("th", "vi")]
    assert view.model.languages == ("th", "vi")  # opened back through navigate
    assert view.location() == "view:interpreter/th,vi"
    with qtbot.waitSignal(view.navigate) as blocker:
        view.swap_button.click()
    assert blocker.args == ["view:interpreter/vi,th"]
    assert view.model.languages == ("vi", "th")
    assert (view.combo_a.currentData(), view.combo_b.currentData()) == ("vi", "th")
    assert saved[-1] == ("vi", "th")


def test_open_sets_the_languages_silently_and_ignores_bad_codes(qtbot: Any, real_ctx: Any) -> None:
    view = make_view(qtbot, real_ctx, "th", "my")
    with qtbot.assertNotEmitted(view.navigate):
        view.open("view:interpreter/zh,en")
        assert view.model.languages == ("zh", "en")
        assert view.combo_a.currentData() == "zh"
        view.open("view:interpreter/xx,en")
    assert view.model.languages == ("th", "my")


def test_enter_opens_the_concept(qtbot: Any, real_ctx: Any) -> None:
    view = make_view(qtbot, real_ctx)
    view.show()
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(2, Column.DefinitionA))
    expected = view.model.index(2, 0).data(InterpreterRole.Id)
    with qtbot.waitSignal(view.navigate) as blocker:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert blocker.args == [expected]


def test_filter_matches_terms_of_any_language(qtbot: Any, real_ctx: Any) -> None:
    view = make_view(qtbot, real_ctx, "th", "my")
    qtbot.keyClicks(view.filter_edit, "Migrant worker")
    ids = column(view.model, 0, InterpreterRole.Id)
    assert "concept:migrant-worker" in ids
    assert len(ids) < view.model.total
    assert str(len(ids)) in view.count_label.text()


def test_type_is_large_and_follows_zoom(qtbot: Any, real_ctx: Any) -> None:
    view = make_view(qtbot, real_ctx)
    base = view.font().pointSizeF()
    assert view.table.font().pointSizeF() >= 1.5 * base
    assert view.table.font().pointSizeF() == pytest.approx(LARGE * base)
    view.apply_zoom(200)
    assert view.table.font().pointSizeF() == pytest.approx(2 * LARGE * base)


def test_drafts_say_draft_in_words(qtbot: Any, real_ctx: Any, ctx: Any) -> None:
    model = InterpreterModel(real_ctx.library, "th", "en")
    index = model.index(0, Column.TermA)
    assert index.data(InterpreterRole.Review) == "draft"
    assert "draft translation" in index.data(Qt.ItemDataRole.AccessibleTextRole)
    view = make_view(qtbot, ctx, "en", "km")  # the fixture's minimum-wage has no Khmer section
    ids = column(view.model, 0, InterpreterRole.Id)
    row = ids.index("concept:minimum-wage")
    assert view.model.index(row, Column.TermB).data(InterpreterRole.Review) == "missing"
    html = view.glossary_html()
    assert "(draft, not yet reviewed)" in html  # English is the original, so not a "translation"
    assert "minimum wage" in html


def test_full_screen_shows_the_same_table_and_closes(qtbot: Any, real_ctx: Any) -> None:
    view = make_view(qtbot, real_ctx)
    view.show()
    view.full_button.click()
    assert view.full_screen is not None
    qtbot.waitUntil(view.full_screen.isVisible)
    assert view.full_screen.table.model() is view.model
    assert view.full_screen.table.font().pointSizeF() > view.table.font().pointSizeF()
    view.full_screen.close()
    assert not view.full_button.isChecked()


def test_export_pdf_of_the_glossary(qtbot: Any, real_ctx: Any, tmp_path: Any) -> None:
    view = make_view(qtbot, real_ctx)
    path = tmp_path / "glossary.pdf"
    assert view.export_pdf(str(path))
    assert path.read_bytes().startswith(b"%PDF")

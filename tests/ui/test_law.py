"""Labour law view: the grid model, navigation, cell/country/comparison detail, print and PDF."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QModelIndex, Qt, QUrl
from PySide6.QtGui import QTextDocumentFragment

from mmn_desktop.core.models import Citation, Instrument
from mmn_desktop.ui.views import law as law_module
from mmn_desktop.ui.views.law import (
    INTERNATIONAL,
    SHORT_LIMIT,
    LawGridModel,
    LawRole,
    LawView,
    cited_instruments,
    plain_text,
    short_summary,
)

DISCLAIMER_WORDS = "Not legal advice."


def flat(text: str) -> str:
    return " ".join(text.split())


def html_to_text(html: str) -> str:
    return flat(QTextDocumentFragment.fromHtml(html).toPlainText())


def reader_text(view: LawView) -> str:
    return flat(view.reader.toPlainText())


@pytest.fixture
def view(qtbot: Any, real_ctx: Any) -> LawView:
    v = LawView(real_ctx)
    qtbot.addWidget(v)
    return v


@pytest.fixture
def routed(view: LawView) -> LawView:
    """A view whose navigate requests are opened at once, as the main window does."""
    view.navigate.connect(view.open)
    return view


# -- text helpers -----------------------------------------------------------------------------------


def test_short_summary_takes_the_first_sentence_or_cuts_at_a_word() -> None:
    assert short_summary("Minimum age is 15 (No. 138). Light work from 13.") == "Minimum age is 15 (No. 138)."
    long = "word " * 60
    cut = short_summary(long)
    assert cut.endswith("…") and len(cut) <= SHORT_LIMIT + 1
    assert "  " not in cut and not cut[:-1].endswith(" ")
    assert short_summary("See [Thailand](mmn:law:thailand/association) here.") == "See Thailand here."
    assert short_summary("   ") == ""


@given(st.text(max_size=400))
def test_short_summary_is_short_and_a_prefix_of_the_plain_text(text: str) -> None:
    result = short_summary(text)
    assert len(result) <= SHORT_LIMIT + 1
    assert plain_text(text).startswith(result.removesuffix("…").rstrip(" ,;:"))


def test_cited_instruments_matches_numbers_codes_and_the_longest_title(real_library: Any) -> None:
    instruments = real_library.content.instruments
    protocol = Citation(law="Protocol of 2014 to the Forced Labour Convention, 1930", article="Art. 2")
    assert [i.slug for i in cited_instruments(instruments, [protocol])] == ["ilo-p029"]
    convention = Citation(law="ILO Forced Labour Convention, 1930 (No. 29)", article="Art. 2")
    assert [i.slug for i in cited_instruments(instruments, [convention])] == ["ilo-c029"]
    icrmw = Citation(law="International Convention on the Protection ... Families, 1990 (ICRMW)", article="Art. 25")
    assert [i.slug for i in cited_instruments(instruments, [icrmw])] == ["un-icrmw"]
    unlisted = Citation(law="ILO Hours of Work (Industry) Convention, 1919 (No. 1)")
    assert cited_instruments(instruments, [unlisted]) == ()
    # the minimum-age element cites C138 and C182 (and the CRC), so those are the ones found
    element = real_library.element("minimum-age")
    found = {i.slug for i in cited_instruments(instruments, element.intl_citations)}
    assert {"ilo-c138", "ilo-c182", "un-crc"} <= found
    assert "ilo-c029" not in found


def test_cited_instruments_ignores_an_ilo_number_with_no_instrument() -> None:
    only = (Instrument(slug="ilo-c100", body="ILO", code="C100", title="Equal Remuneration Convention, 1951"),)
    assert cited_instruments(only, [Citation(law="ILO Convention (No. 99)")]) == ()
    assert cited_instruments(only, [Citation(law="ILO Equal Remuneration Convention, 1951 (No. 100)")]) == only


# -- the model --------------------------------------------------------------------------------------


def test_models_pass_the_model_tester(qtmodeltester: Any, library: Any, real_library: Any) -> None:
    qtmodeltester.check(LawGridModel(library))
    qtmodeltester.check(LawGridModel(real_library))


def test_real_grid_is_14_elements_by_international_plus_six_countries(real_library: Any) -> None:
    model = LawGridModel(real_library)
    assert (model.rowCount(), model.columnCount()) == (14, 7)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert headers[0] == "International standard"
    assert headers[1:] == [c.name for c in real_library.countries]
    orders = [e.order for e in model.elements]
    assert orders == sorted(orders) == list(range(1, 15))
    first = flat(model.headerData(0, Qt.Orientation.Vertical))
    assert first == f"1. {model.elements[0].title}"


def test_every_real_cell_has_a_short_summary_a_full_tooltip_and_a_target(real_library: Any) -> None:
    model = LawGridModel(real_library)
    for row in range(model.rowCount()):
        element = model.elements[row]
        for col in range(model.columnCount()):
            index = model.index(row, col)
            display = index.data(Qt.ItemDataRole.DisplayRole)
            entry = index.data(LawRole.ENTRY)
            assert entry is not None, (row, col)
            assert display and "No summary" not in display
            short = index.data(LawRole.SHORT)
            assert 0 < len(short) <= SHORT_LIMIT + 1
            assert display.startswith(short)
            tooltip = html_to_text(index.data(Qt.ItemDataRole.ToolTipRole))
            summary = element.intl_summary if col == 0 else entry.summary
            assert plain_text(summary) in tooltip
            assert index.data(LawRole.AS_OF) in tooltip
            target = index.data(LawRole.TARGET)
            assert target in real_library
            if col == 0:
                assert target == f"law:{element.slug}"
            else:
                assert target == f"law:{model.columns[col]}/{element.slug}"
                assert entry.review == "draft"
                assert display.endswith("(draft)"), display


def test_missing_cells_say_so_in_words(library: Any) -> None:
    model = LawGridModel(library)
    index = model.index_of("cambodia", "wages")
    assert index.isValid()
    assert index.data(LawRole.TARGET) == ""
    assert "No summary" in index.data(Qt.ItemDataRole.DisplayRole)
    present = model.index_of("thailand", "wages")
    assert present.data(LawRole.TARGET) == "law:thailand/wages"
    assert not model.index_of("atlantis", "wages").isValid()


# -- navigation -------------------------------------------------------------------------------------


def test_selecting_a_cell_asks_to_navigate_there(qtbot: Any, view: LawView) -> None:
    cell = view.model.index_of("thailand", "wages")
    with qtbot.waitSignal(view.navigate) as blocker:
        view.grid.setCurrentIndex(cell)
    assert blocker.args == ["law:thailand/wages"]
    intl = view.model.index_of(INTERNATIONAL, "overtime")
    with qtbot.waitSignal(view.navigate) as blocker:
        view.grid.setCurrentIndex(intl)
    assert blocker.args == ["law:overtime"]
    # nothing was shown without the main window calling open()
    assert view.location() == "view:law"


def test_selecting_a_missing_cell_emits_a_status_not_a_target(qtbot: Any, ctx: Any) -> None:
    view = LawView(ctx)
    qtbot.addWidget(view)
    with qtbot.assertNotEmitted(view.navigate), qtbot.waitSignal(view.status):
        view.grid.setCurrentIndex(view.model.index_of("laos", "wages"))


def test_headers_open_the_element_and_the_country(qtbot: Any, view: LawView) -> None:
    with qtbot.waitSignal(view.navigate) as blocker:
        view.grid.verticalHeader().sectionClicked.emit(2)
    assert blocker.args == [view.model.elements[2].id]
    with qtbot.waitSignal(view.navigate) as blocker:
        view.grid.horizontalHeader().sectionClicked.emit(view.model.column_of("laos"))
    assert blocker.args == ["view:law/country/laos"]


def test_open_selects_the_cell_silently_and_shows_the_detail(qtbot: Any, view: LawView, real_library: Any) -> None:
    cell = real_library.cell("thailand", "wages")
    with qtbot.assertNotEmitted(view.navigate):
        view.open("law:thailand/wages")
    assert view.location() == view.current_entry() == "law:thailand/wages"
    assert view.grid.currentIndex() == view.model.index_of("thailand", "wages")
    text = reader_text(view)
    assert text.startswith("Thailand: Wages and minimum wage")
    assert DISCLAIMER_WORDS in text
    assert f"As of {cell.as_of}" in text
    assert "draft, not yet reviewed" in text
    assert flat(cell.summary)[:80] in text
    assert flat(cell.migrants)[:80] in text
    for citation in cell.citations:
        assert flat(citation.law) in text
        if citation.article:
            assert flat(citation.article) in text
    html = view.reader.toHtml()
    for other in ("myanmar", "cambodia", "china", "laos", "vietnam"):
        assert f"mmn:law:{other}/wages" in html
    assert 'href="mmn:law:wages"' in html
    assert "mmn:view:law/country/thailand" in html
    assert "mmn:concept:" not in html  # there is no concept "wages"; only existing concepts are linked
    # the banner above the grid always carries the disclaimer too
    assert DISCLAIMER_WORDS in view.banner.text()


def test_a_concept_of_the_same_name_is_linked(view: LawView) -> None:
    view.open("law:thailand/overtime")
    assert "mmn:concept:overtime" in view.reader.toHtml()


def test_links_in_the_text_navigate(qtbot: Any, routed: LawView) -> None:
    routed.open("law:vietnam/association")
    assert "mmn:law:thailand/association" in routed.reader.toHtml()
    with qtbot.waitSignal(routed.navigate) as blocker:
        routed.reader.anchorClicked.emit(QUrl("mmn:law:thailand/association"))
    assert blocker.args == ["law:thailand/association"]
    assert routed.location() == "law:thailand/association"
    assert routed.grid.currentIndex() == routed.model.index_of("thailand", "association")


def test_clicking_through_the_grid_like_the_main_window(routed: LawView, real_library: Any) -> None:
    routed.grid.setCurrentIndex(routed.model.index_of("cambodia", "overtime"))
    assert routed.location() == "law:cambodia/overtime"
    assert flat(real_library.cell("cambodia", "overtime").summary)[:60] in reader_text(routed)


def test_element_detail_shows_the_international_standard_and_ratifications(view: LawView, real_library: Any) -> None:
    element = real_library.element("minimum-age")
    view.open("law:minimum-age")
    assert view.grid.currentIndex() == view.model.index_of(INTERNATIONAL, "minimum-age")
    text = reader_text(view)
    assert DISCLAIMER_WORDS in text
    assert f"As of {element.as_of}" in text
    assert flat(element.intl_summary)[:80] in text
    assert "ILO Minimum Age Convention, 1973 (No. 138)" in text
    html = view.reader.toHtml()
    assert "mmn:ratification:ilo-c138" in html
    for country in real_library.countries:
        assert f"mmn:law:{country.slug}/minimum-age" in html
    # the ratification table states each status in words
    rec = real_library.ratification("thailand", "ilo-c138")
    assert rec.status == "ratified" and "ratified" in text


def test_country_view_shows_all_elements_and_selects_the_column(view: LawView, real_library: Any) -> None:
    view.open("view:law/country/laos")
    assert view.location() == "view:law/country/laos"
    assert view.current_entry() == ""
    text = reader_text(view)
    assert DISCLAIMER_WORDS in text
    for element in real_library.content.elements:
        cell = real_library.cell("laos", element.slug)
        assert element.title in text
        assert f"As of {cell.as_of}" in text
        assert flat(cell.summary)[:60] in text
        assert flat(cell.citations[0].law) in text
    selected = view.grid.selectionModel().selectedIndexes()
    assert len(selected) == 14
    assert {i.column() for i in selected} == {view.model.column_of("laos")}
    assert view.country_combo.currentData() == "laos"


def test_country_view_of_the_international_standard(view: LawView, real_library: Any) -> None:
    view.open(f"view:law/country/{INTERNATIONAL}")
    text = reader_text(view)
    for element in real_library.content.elements:
        assert flat(element.intl_summary)[:60] in text


def test_compare_shows_the_chosen_countries_side_by_side(view: LawView, real_library: Any) -> None:
    saved: list[int] = []
    view.ctx.save_settings = lambda: saved.append(1)
    view.open("view:law/compare/thailand,cambodia")
    assert view.location() == "view:law/compare/thailand,cambodia"
    text = reader_text(view)
    assert DISCLAIMER_WORDS in text
    for element in real_library.content.elements:
        for country in ("thailand", "cambodia"):
            cell = real_library.cell(country, element.slug)
            assert flat(cell.summary)[:60] in text
        assert flat(real_library.cell("laos", element.slug).summary)[:60] not in text
        assert flat(element.intl_summary)[:150] not in text
    assert "Thailand 2024-06-30" in text
    html = view.reader.toHtml()
    assert html.count("<table") >= 2  # the disclaimer block and the comparison table
    assert view.ctx.settings.recent_compare == ("thailand", "cambodia")
    assert saved == [1]
    # the controls follow what is shown, and the selection highlights the two columns
    assert [b.currentData() for b in view.compare_boxes] == ["thailand", "cambodia", ""]
    columns = {i.column() for i in view.grid.selectionModel().selectedIndexes()}
    assert columns == {view.model.column_of("thailand"), view.model.column_of("cambodia")}
    # the same comparison again does not save again
    view.open("view:law/compare/thailand,cambodia")
    assert saved == [1]


def test_compare_with_three_countries_and_the_international_standard(view: LawView, real_library: Any) -> None:
    view.open("view:law/compare/vietnam,international,china,laos,thailand")
    assert view.location() == "view:law/compare/international,vietnam,china,laos"  # at most three countries
    text = reader_text(view)
    for element in real_library.content.elements:
        assert flat(element.intl_summary)[:60] in text
        assert flat(real_library.cell("china", element.slug).summary)[:60] in text
    assert view.intl_check.isChecked()
    assert view.ctx.settings.recent_compare == ("vietnam", "china", "laos")


def test_compare_needs_two_countries(view: LawView) -> None:
    view.open("view:law/compare/thailand,atlantis")
    assert "Choose two or three countries" in reader_text(view)
    assert not view.export_pdf("/nonexistent/never.pdf")
    assert not view.print_button.isEnabled()


def test_compare_button_builds_the_target_from_the_combos(qtbot: Any, view: LawView) -> None:
    boxes = view.compare_boxes
    boxes[0].setCurrentIndex(boxes[0].findData("laos"))
    boxes[1].setCurrentIndex(boxes[1].findData("laos"))
    assert not view.compare_button.isEnabled()  # the same country twice is one country
    boxes[1].setCurrentIndex(boxes[1].findData("vietnam"))
    boxes[2].setCurrentIndex(boxes[2].findData("myanmar"))
    view.intl_check.setChecked(True)
    assert view.compare_button.isEnabled()
    with qtbot.waitSignal(view.navigate) as blocker:
        qtbot.mouseClick(view.compare_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["view:law/compare/international,laos,vietnam,myanmar"]


def test_recent_comparison_is_offered_at_start(qtbot: Any, real_ctx: Any) -> None:
    real_ctx.settings.recent_compare = ("vietnam", "laos")
    v = LawView(real_ctx)
    qtbot.addWidget(v)
    assert [b.currentData() for b in v.compare_boxes] == ["vietnam", "laos", ""]
    assert "mmn:view:law/compare/vietnam,laos" in v.reader.toHtml()


def test_recent_comparison_with_frozen_settings(qtbot: Any, real_ctx: Any) -> None:
    @dataclasses.dataclass(frozen=True)
    class Frozen:
        content_language: str = "en"
        recent_compare: tuple[str, ...] = ()

    real_ctx.settings = Frozen()
    v = LawView(real_ctx)
    qtbot.addWidget(v)
    v.open("view:law/compare/myanmar,china")
    assert real_ctx.settings.recent_compare == ("myanmar", "china")


def test_the_country_combo_navigates(qtbot: Any, view: LawView) -> None:
    with qtbot.assertNotEmitted(view.navigate):
        view.country_combo.activated.emit(0)  # "Choose…"
    view.country_combo.setCurrentIndex(view.country_combo.findData("china"))
    with qtbot.waitSignal(view.navigate) as blocker:
        view.country_combo.activated.emit(view.country_combo.currentIndex())
    assert blocker.args == ["view:law/country/china"]


def test_unknown_targets_say_not_found(view: LawView) -> None:
    for target in ("law:atlantis/wages", "law:nothing", "view:law/elsewhere", "view:law/country/atlantis"):
        view.open(target)
        assert "no labour law entry" in reader_text(view)
        assert view.location() == target
        assert view.current_entry() == ""
        assert not view.grid.currentIndex().isValid()


def test_overview_lists_every_element_and_is_not_printable(view: LawView, real_library: Any) -> None:
    view.open("view:law")
    html = view.reader.toHtml()
    for element in real_library.content.elements:
        assert f"mmn:{element.id}" in html
    assert DISCLAIMER_WORDS in reader_text(view)
    assert not view.print_current()
    assert not view.export_pdf("/tmp/never-written.pdf")
    assert not view.print_button.isEnabled()


def test_open_from_a_new_location_is_silent(qtbot: Any, view: LawView) -> None:
    with qtbot.assertNotEmitted(view.navigate):
        for target in ("law:thailand/wages", "view:law/country/thailand", "law:wages", "view:law/compare/laos,china"):
            view.open(target)


def test_settings_changed_keeps_the_location(view: LawView) -> None:
    view.open("law:china/leave")
    view.settings_changed()
    assert view.location() == "law:china/leave"
    assert "China" in reader_text(view)


def test_zoom_scales_the_grid_columns(view: LawView) -> None:
    before = view.grid.columnWidth(1)
    view.apply_zoom(150)
    assert view.grid.columnWidth(1) == int(before * 1.5)
    view.apply_zoom(100)
    assert view.grid.columnWidth(1) == before


def test_find_bar_opens(view: LawView) -> None:
    view.show()
    assert view.focus_find()
    assert view.pane.find_bar.isVisible()


# -- print and PDF -----------------------------------------------------------------------------------


def pdf_text(path: Path) -> str | None:
    if shutil.which("pdftotext") is None:
        return None
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return flat(out)


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("law:thailand/wages", ("Thailand: Wages and minimum wage", "As of 2024-06-30", "Labour Protection Act")),
        ("law:wages", ("Wages and minimum wage: international standard", "As of", "Protection of Wages Convention")),
        ("view:law/country/cambodia", ("Cambodia: the 14 key elements", "As of", "Labour Law")),
        ("view:law/compare/thailand,vietnam", ("Comparison: Thailand, Viet Nam", "As of", "Labour Code")),
    ],
)
def test_export_pdf_writes_a_real_pdf_with_the_disclaimer(
    view: LawView, tmp_path: Path, target: str, expected: tuple[str, ...]
) -> None:
    view.open(target)
    path = tmp_path / "out.pdf"
    assert view.export_pdf(str(path))
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(data) > 1024
    text = pdf_text(path)
    if text is None:
        pytest.skip("pdftotext (poppler-utils) not installed: PDF text not checked")
    assert DISCLAIMER_WORDS in text
    for words in expected:
        assert words in text, words
    # what is printed is the document, not the navigation around it
    assert "The same element in other countries" not in text


def test_export_pdf_to_an_unwritable_place_fails_cleanly(qtbot: Any, view: LawView, tmp_path: Path) -> None:
    view.open("law:thailand/wages")
    blocker_dir = tmp_path / "file"
    blocker_dir.write_text("not a folder")
    with qtbot.waitSignal(view.status):
        assert not view.export_pdf(str(blocker_dir / "out.pdf"))


def test_print_current_prints_the_document(view: LawView, monkeypatch: pytest.MonkeyPatch) -> None:
    printed: list[str] = []
    monkeypatch.setattr(law_module, "print_document", lambda doc, parent=None: printed.append(doc.toPlainText()))
    view.open("law:laos/maternity")
    assert view.print_current()
    assert len(printed) == 1
    text = flat(printed[0])
    assert text.startswith("Lao PDR: Maternity protection")
    assert DISCLAIMER_WORDS in text and "As of" in text and "Citations" in text


def test_fixture_edition_works_too(qtbot: Any, ctx: Any) -> None:
    v = LawView(ctx)
    qtbot.addWidget(v)
    v.navigate.connect(v.open)
    v.grid.setCurrentIndex(v.model.index_of("thailand", "wages"))
    assert v.location() == "law:thailand/wages"
    text = reader_text(v)
    assert "Fixture Act 1998" in text and "Section 90" in text
    assert "mmn:concept:minimum-wage" in v.reader.toHtml()
    v.open("view:law/country/laos")
    assert "No summary in this edition" in reader_text(v)
    assert v.grid.currentIndex() == QModelIndex()


def test_language_change_retranslates_and_keeps_the_location(qapp: Any, view: LawView) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    view.open("law:china/wages")
    QCoreApplication.sendEvent(view, QEvent(QEvent.Type.LanguageChange))
    assert view.location() == "law:china/wages"
    assert view.country_combo.count() == 2 + len(view.library.countries)
    assert view.country_combo.currentData() == "china"
    assert "China" in reader_text(view)


def test_comparisons_export_on_landscape_pages_and_cells_on_portrait(view: LawView, tmp_path: Path) -> None:
    import re

    def media_box(path: Path) -> tuple[float, float]:
        m = re.search(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", path.read_bytes())
        assert m, "no MediaBox in the PDF"
        return float(m.group(1)), float(m.group(2))

    view.open("view:law/compare/thailand,cambodia")
    assert view.export_pdf(str(tmp_path / "compare.pdf"))
    width, height = media_box(tmp_path / "compare.pdf")
    assert width > height
    view.open("law:thailand/working-hours")
    assert view.export_pdf(str(tmp_path / "cell.pdf"))
    width, height = media_box(tmp_path / "cell.pdf")
    assert width < height

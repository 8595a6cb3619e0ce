"""The bibliography view: table model, filters, sorting, detail, navigation and exports."""

from __future__ import annotations

import functools
import json
import re
from html import escape
from pathlib import Path
from typing import Any

import bibtexparser
import pytest
import rispy
from PySide6.QtCore import QCollator, QItemSelectionModel, QLocale, Qt, QUrl

from mmn_desktop.core.library import Library
from mmn_desktop.core.models import BibRecord
from mmn_desktop.ui.views.bibliography import (
    BibColumn,
    BibFilterProxy,
    BibFilters,
    BibliographyView,
    BibRole,
    BibTableModel,
    fold,
)


def make_view(qtbot: Any, ctx: Any, *, follow: bool = True) -> BibliographyView:
    view = BibliographyView(ctx)
    qtbot.addWidget(view)
    if follow:
        view.navigate.connect(view.open)  # what the main window does
    return view


def shown_ids(view: BibliographyView) -> list[str]:
    return [r.id for r in view.shown_records()]


def records(library: Library) -> tuple[BibRecord, ...]:
    return library.content.bibliography


def pick(combo: Any, value: str) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def unlatex(text: str) -> str:
    return re.sub(r"\\([&%$#_{}])", r"\1", text).replace("{", "").replace("}", "")


# -- models -----------------------------------------------------------------------------------------


def test_table_model_passes_modeltester(qtmodeltester: Any, real_library: Library) -> None:
    qtmodeltester.check(BibTableModel(real_library))


def test_proxy_passes_modeltester(qtmodeltester: Any, real_library: Library) -> None:
    proxy = BibFilterProxy()
    proxy.setSourceModel(BibTableModel(real_library, proxy))
    proxy.sort(BibColumn.Title, Qt.SortOrder.AscendingOrder)
    proxy.set_filters(BibFilters(country="thailand", year_from=2010))
    qtmodeltester.check(proxy)
    assert 0 < proxy.rowCount() < len(records(real_library))


def test_table_model_contents(qapp: Any, real_library: Library) -> None:
    model = BibTableModel(real_library)
    assert model.rowCount() == len(records(real_library)) == 81
    assert model.columnCount() == 6
    row = model.row_of("hrw-2010-tiger-crocodile")
    record = real_library.bib("hrw-2010-tiger-crocodile")
    cells = [model.index(row, col).data() for col in range(6)]
    assert cells == [
        "2010",
        "Human Rights Watch",
        record.title,
        "Report",
        "Thailand, Burma/Myanmar, Cambodia, Lao PDR",
        "English",
    ]
    assert model.index(row, 0).data(BibRole.Record) is record
    assert model.index(row, 3).data(BibRole.Id) == "bib:hrw-2010-tiger-crocodile"
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == ["Year", "Authors / organisation", "Title", "Type", "Countries", "Languages"]


# -- sorting ---------------------------------------------------------------------------------------


def test_sort_by_year_both_ways(qtbot: Any, real_ctx: Any) -> None:
    view = make_view(qtbot, real_ctx)
    view.table.sortByColumn(BibColumn.Year, Qt.SortOrder.AscendingOrder)
    years = [r.year for r in view.shown_records()]
    assert years == sorted(r.year for r in records(real_ctx.library))
    assert years[0] < years[-1]
    view.table.sortByColumn(BibColumn.Year, Qt.SortOrder.DescendingOrder)
    assert [r.year for r in view.shown_records()] == sorted(years, reverse=True)
    # the displayed cells follow (numeric order, not text order)
    first = view.proxy.index(0, BibColumn.Year).data()
    assert first == str(max(years))


def test_sort_by_text_uses_collation(qtbot: Any, real_ctx: Any) -> None:
    view = make_view(qtbot, real_ctx)
    collator = QCollator(QLocale(QLocale.Language.English))
    collator.setNumericMode(True)
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    view.table.sortByColumn(BibColumn.Title, Qt.SortOrder.AscendingOrder)
    titles = [r.title for r in view.shown_records()]
    assert titles == sorted(titles, key=functools.cmp_to_key(collator.compare))
    view.table.sortByColumn(BibColumn.Creators, Qt.SortOrder.DescendingOrder)
    creators = [view.proxy.index(row, BibColumn.Creators).data() for row in range(view.proxy.rowCount())]
    assert creators == sorted(creators, key=functools.cmp_to_key(collator.compare), reverse=True)
    assert creators[0] != creators[-1]


# -- filters ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("combo", "field"),
    [("country", "countries"), ("topic", "topics"), ("language", "languages")],
)
def test_each_list_filter_narrows_like_a_plain_filter(qtbot: Any, real_ctx: Any, combo: str, field: str) -> None:
    view = make_view(qtbot, real_ctx)
    values = sorted({v for r in records(real_ctx.library) for v in getattr(r, field)})
    assert len(values) > 1
    for value in values:
        pick(getattr(view, combo), value)
        expected = {r.id for r in records(real_ctx.library) if value in getattr(r, field)}
        assert set(shown_ids(view)) == expected, value
        assert 0 < len(expected) <= len(records(real_ctx.library))
        assert view.count.text() == f"{len(expected)} of 81 records"
    getattr(view, combo).setCurrentIndex(0)
    assert len(shown_ids(view)) == 81


def test_type_filter(qtbot: Any, real_ctx: Any) -> None:
    view = make_view(qtbot, real_ctx)
    for kind in {r.type for r in records(real_ctx.library)}:
        pick(view.type, kind)
        assert set(shown_ids(view)) == {r.id for r in records(real_ctx.library) if r.type == kind}
    pick(view.type, "article")
    assert 0 < len(shown_ids(view)) < 20


def test_year_range(qtbot: Any, real_ctx: Any) -> None:
    view = make_view(qtbot, real_ctx)
    view.year_from.setValue(2011)
    view.year_to.setValue(2013)
    expected = {r.id for r in records(real_ctx.library) if 2011 <= r.year <= 2013}
    assert set(shown_ids(view)) == expected and 0 < len(expected) < 81
    assert view.filters().year_from == 2011 and view.filters().year_to == 2013
    # "from" above "to" pulls "to" along (the range never becomes empty by accident)
    view.year_from.setValue(2016)
    assert view.year_to.value() == 2016
    assert set(shown_ids(view)) == {r.id for r in records(real_ctx.library) if r.year == 2016}


def test_free_text_filter(qtbot: Any, real_ctx: Any) -> None:
    view = make_view(qtbot, real_ctx)

    def plain(words: list[str]) -> set[str]:
        found = set()
        for r in records(real_ctx.library):
            hay = " ".join((r.title, *r.creators, r.publisher, r.place, r.annotation, str(r.year))).casefold()
            if all(w in hay for w in words):
                found.add(r.id)
        return found

    for query in ("detention", "Human Rights Watch", "fishing thailand", "ZZZ-nothing"):
        view.search.setText(query)
        assert set(shown_ids(view)) == plain(query.casefold().split()), query
    view.search.setText("detention")
    assert 0 < len(shown_ids(view)) < 81


def test_fold_ignores_case_and_latin_accents_only() -> None:
    assert fold("Lao Động") == "lao dong"
    assert fold("Ruili") == "ruili"
    burmese = "ရွှေ့ပြောင်းအလုပ်သမား"
    assert fold(burmese) == burmese  # Brahmic vowel signs are kept


def test_combined_filters_and_reset(qtbot: Any, real_ctx: Any) -> None:
    view = make_view(qtbot, real_ctx)
    pick(view.country, "thailand")
    pick(view.topic, "add")
    view.year_from.setValue(2010)
    view.year_to.setValue(2015)
    expected = {
        r.id
        for r in records(real_ctx.library)
        if "thailand" in r.countries and "add" in r.topics and 2010 <= r.year <= 2015
    }
    assert set(shown_ids(view)) == expected and expected
    assert view.location() == "view:bibliography/country=thailand&topic=add&from=2010&to=2015"
    view.reset_button.click()
    assert len(shown_ids(view)) == 81 and view.location() == "view:bibliography"
    assert view.year_from.value() == view.min_year and view.year_to.value() == view.max_year


def test_filter_state_round_trips_through_open(qtbot: Any, real_ctx: Any) -> None:
    view = make_view(qtbot, real_ctx)
    view.open("view:bibliography/country=cambodia&type=report&q=trafficking")
    assert view.country.currentData() == "cambodia" and view.type.currentData() == "report"
    assert view.search.text() == "trafficking"
    expected = {
        r.id
        for r in records(real_ctx.library)
        if "cambodia" in r.countries and r.type == "report" and "trafficking" in fold(r.title + " " + r.annotation)
    }
    assert set(shown_ids(view)) == expected
    assert BibFilters.from_state(view.location().split("/", 1)[1]) == view.filters()


# -- navigation ------------------------------------------------------------------------------------


def test_selecting_a_row_emits_navigate(qtbot: Any, real_ctx: Any) -> None:
    view = make_view(qtbot, real_ctx, follow=False)
    index = view.proxy.index(3, BibColumn.Title)
    with qtbot.waitSignal(view.navigate) as blocker:
        view.table.setCurrentIndex(index)
    assert blocker.args == [index.data(BibRole.Id)]
    assert blocker.args[0].startswith("bib:")


def test_filtering_never_navigates(qtbot: Any, real_ctx: Any) -> None:
    view = make_view(qtbot, real_ctx)
    view.open("bib:hrw-2010-tiger-crocodile")
    with qtbot.assertNotEmitted(view.navigate):
        view.search.setText("detention")  # hides the current row: Qt moves the current row
        pick(view.country, "thailand")
        view.table.sortByColumn(BibColumn.Title, Qt.SortOrder.AscendingOrder)
        view.reset_filters()
    assert view.location() == "bib:hrw-2010-tiger-crocodile"


def test_open_selects_the_row_silently_and_shows_detail(qtbot: Any, real_ctx: Any) -> None:
    view = make_view(qtbot, real_ctx, follow=False)
    with qtbot.assertNotEmitted(view.navigate):
        view.open("bib:hrw-2010-tiger-crocodile")
    assert view.table.currentIndex().data(BibRole.Id) == "bib:hrw-2010-tiger-crocodile"
    assert view.location() == view.current_entry() == "bib:hrw-2010-tiger-crocodile"
    record = real_ctx.library.bib("hrw-2010-tiger-crocodile")
    text = view.detail.toPlainText()
    assert text.startswith(record.title)
    assert record.annotation[:60] in text
    assert "Human Rights Watch (2010)." in text and "New York: Human Rights Watch." in text
    assert "Arrest, detention and deportation" in text  # topic
    assert "Lao PDR" in text  # country
    # chapters that cite the record link back to them
    html = view.detail_html(record)
    assert 'href="mmn:chapter:sources"' in html and "Cited in this edition" in text


def test_open_a_filtered_out_record_shows_it(qtbot: Any, real_ctx: Any) -> None:
    view = make_view(qtbot, real_ctx)
    pick(view.type, "article")
    target = next(r for r in records(real_ctx.library) if r.type != "article")
    view.open(target.id)
    assert target.id in shown_ids(view)
    assert view.table.currentIndex().data(BibRole.Id) == target.id


def test_detail_shows_url_as_external_link(qtbot: Any, real_ctx: Any) -> None:
    view = make_view(qtbot, real_ctx)
    record = next(r for r in records(real_ctx.library) if r.url.startswith("https://"))
    view.open(record.id)
    assert f'<a href="{record.url}">' in view.detail_html(record).replace("&amp;", "&")
    assert record.url in view.detail.toPlainText()


def test_detail_links_navigate(qtbot: Any, real_ctx: Any) -> None:
    view = make_view(qtbot, real_ctx, follow=False)
    view.open("bib:hrw-2010-tiger-crocodile")
    with qtbot.waitSignal(view.navigate) as blocker:
        view.detail.anchorClicked.emit(QUrl("mmn:chapter:sources"))
    assert blocker.args == ["chapter:sources"]


def test_unknown_target_and_view_target(qtbot: Any, real_ctx: Any) -> None:
    view = make_view(qtbot, real_ctx)
    with qtbot.waitSignal(view.status):
        view.open("bib:no-such-record")
    assert view.current_entry() == ""
    view.open("bib:hrw-2010-tiger-crocodile")
    view.open("view:bibliography")
    assert view.current_entry() == "" and view.location() == "view:bibliography"
    assert not view.table.selectionModel().hasSelection()


def test_focus_find_focuses_the_filter(qtbot: Any, real_ctx: Any) -> None:
    view = make_view(qtbot, real_ctx)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    assert view.focus_find() is True
    qtbot.waitUntil(view.search.hasFocus)


# -- exports ---------------------------------------------------------------------------------------


def filtered_view(qtbot: Any, real_ctx: Any) -> BibliographyView:
    view = make_view(qtbot, real_ctx)
    pick(view.country, "thailand")
    view.year_from.setValue(2011)
    assert 3 < len(shown_ids(view)) < 81
    return view


def test_export_filtered_set_ris(qtbot: Any, real_ctx: Any, tmp_path: Path) -> None:
    view = filtered_view(qtbot, real_ctx)
    path = tmp_path / "out.ris"
    assert view.export_records(path, "ris", "shown") == len(view.shown_records())
    entries = rispy.loads(path.read_text(encoding="utf-8"))
    assert [e["title"] for e in entries] == [r.title for r in view.shown_records()]


def test_export_filtered_set_bibtex(qtbot: Any, real_ctx: Any, tmp_path: Path) -> None:
    view = filtered_view(qtbot, real_ctx)
    path = tmp_path / "out.bib"
    view.export_records(path, "bibtex", "shown")
    entries = bibtexparser.loads(path.read_text(encoding="utf-8")).entries
    assert len(entries) == len(view.shown_records())
    assert [unlatex(e["title"]) for e in entries] == [r.title for r in view.shown_records()]


def test_export_filtered_set_csl_json(qtbot: Any, real_ctx: Any, tmp_path: Path) -> None:
    view = filtered_view(qtbot, real_ctx)
    path = tmp_path / "out.json"
    view.export_records(str(path), "csl-json", "shown")
    items = json.loads(path.read_bytes().decode("utf-8"))
    assert [i["title"] for i in items] == [r.title for r in view.shown_records()]


def test_export_of_a_selection_exports_just_those(qtbot: Any, real_ctx: Any, tmp_path: Path) -> None:
    view = make_view(qtbot, real_ctx)
    selection = view.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (1, 4, 7):
        selection.select(view.proxy.index(row, 0), flags)
    chosen = [view.proxy.index(row, BibColumn.Title).data() for row in (1, 4, 7)]
    assert view._export_actions[("ris", "selected")].isEnabled()
    for fmt, parse in (
        ("ris", lambda t: [e["title"] for e in rispy.loads(t)]),
        ("bibtex", lambda t: [unlatex(e["title"]) for e in bibtexparser.loads(t).entries]),
        ("csl-json", lambda t: [i["title"] for i in json.loads(t)]),
    ):
        path = tmp_path / f"sel.{fmt}"
        assert view.export_records(path, fmt, "selected") == 3
        assert parse(path.read_text(encoding="utf-8")) == chosen, fmt


def test_selected_export_disabled_without_selection(qtbot: Any, real_ctx: Any, tmp_path: Path) -> None:
    view = make_view(qtbot, real_ctx)
    assert not view._export_actions[("bibtex", "selected")].isEnabled()
    assert view._export_actions[("bibtex", "shown")].isEnabled()
    path = tmp_path / "none.json"
    assert view.export_records(path, "csl-json", "selected") == 0
    assert json.loads(path.read_text(encoding="utf-8")) == []


def test_export_rejects_unknown_format_or_scope(qtbot: Any, real_ctx: Any, tmp_path: Path) -> None:
    view = make_view(qtbot, real_ctx)
    with pytest.raises(ValueError, match="format"):
        view.export_records(tmp_path / "x", "endnote", "shown")
    with pytest.raises(ValueError, match="scope"):
        view.export_records(tmp_path / "x", "ris", "everything")
    assert not (tmp_path / "x").exists()


def test_export_pdf_of_the_shown_list(qtbot: Any, real_ctx: Any, tmp_path: Path) -> None:
    view = filtered_view(qtbot, real_ctx)
    html = view.list_html()
    for record in view.shown_records():
        assert escape(record.title, quote=True) in html
    path = tmp_path / "list.pdf"
    assert view.export_pdf(str(path)) is True
    assert path.read_bytes().startswith(b"%PDF")


def test_fixture_edition(qtbot: Any, ctx: Any) -> None:
    view = make_view(qtbot, ctx)
    assert view.count.text() == "1 of 1 records"
    view.open("bib:mmn-2013-no-choice")
    assert "Fixture annotation on placement fees" in view.detail.toPlainText()


def test_settings_change_sorts_with_the_reading_language(qtbot: Any, real_ctx: Any) -> None:
    view = make_view(qtbot, real_ctx)
    real_ctx.settings.content_language = "vi"
    view.settings_changed()
    assert view.proxy.collator.locale().language() == QLocale.Language.Vietnamese
    view.table.sortByColumn(BibColumn.Creators, Qt.SortOrder.AscendingOrder)
    collator = QCollator(QLocale(QLocale.Language.Vietnamese))
    collator.setNumericMode(True)
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    creators = [view.proxy.index(row, BibColumn.Creators).data() for row in range(view.proxy.rowCount())]
    assert creators == sorted(creators, key=functools.cmp_to_key(collator.compare))

"""Ratifications view: the grid model and its filter, words and colours, navigation, detail, exports."""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QBrush, QTextDocumentFragment

from mmn_desktop.ui.views.ratifications import (
    STATUS_STYLE,
    InstrumentFilter,
    RatificationsModel,
    RatificationsView,
    RatRole,
    short_title,
)

WORDS = {"ratified": "Ratified", "signed": "Signed", "not-ratified": "Not ratified"}


def flat(text: str) -> str:
    return " ".join(text.split())


def html_to_text(html: str) -> str:
    return flat(QTextDocumentFragment.fromHtml(html).toPlainText())


def reader_text(view: RatificationsView) -> str:
    return flat(view.reader.toPlainText())


@pytest.fixture
def view(qtbot: Any, real_ctx: Any) -> RatificationsView:
    v = RatificationsView(real_ctx)
    qtbot.addWidget(v)
    return v


def proxy_index(view: RatificationsView, country: str, instrument: str) -> Any:
    source = view.model.index(view.model.row_of(instrument), view.model.column_of(country))
    return view.proxy.mapFromSource(source)


# -- model --------------------------------------------------------------------------------------------


def test_models_pass_the_model_tester(qtmodeltester: Any, library: Any, real_library: Any) -> None:
    qtmodeltester.check(RatificationsModel(library))
    model = RatificationsModel(real_library)
    qtmodeltester.check(model)
    proxy = InstrumentFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.set_mode("fundamental")
    qtmodeltester.check(proxy)


def test_grid_shape_and_headers(real_library: Any) -> None:
    model = RatificationsModel(real_library)
    instruments = real_library.content.instruments
    assert (model.rowCount(), model.columnCount()) == (len(instruments), 6)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        c.name for c in real_library.countries
    ]
    for row, inst in enumerate(instruments):
        header = model.headerData(row, Qt.Orientation.Vertical)
        assert header.startswith(f"{inst.body} {inst.code}")
        assert ("fundamental" in header) == inst.fundamental
        assert short_title(inst.title) in header
        assert model.headerData(row, Qt.Orientation.Vertical, RatRole.TARGET) == inst.id


def test_cells_say_the_status_in_words_with_a_symbol_and_a_colour(real_library: Any) -> None:
    model = RatificationsModel(real_library)
    seen: set[str] = set()
    for row in range(model.rowCount()):
        for col in range(model.columnCount()):
            index = model.index(row, col)
            rec = index.data(RatRole.ENTRY)
            assert rec is not None, (row, col)  # the real edition has every cell
            seen.add(rec.status)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            symbol, bg, fg = STATUS_STYLE[rec.status]
            assert text.startswith(symbol)
            assert WORDS[rec.status] in text
            if rec.status == "ratified":
                assert "Not ratified" not in text
            if rec.year:
                assert str(rec.year) in text
            background = index.data(Qt.ItemDataRole.BackgroundRole)
            foreground = index.data(Qt.ItemDataRole.ForegroundRole)
            assert isinstance(background, QBrush) and background.color().name() == bg
            assert isinstance(foreground, QBrush) and foreground.color().name() == fg
            assert index.data(RatRole.STATUS) == rec.status
            assert index.data(RatRole.TARGET) == rec.id
    assert seen == {"ratified", "signed", "not-ratified"}
    # three states, three different colours and symbols
    assert len({STATUS_STYLE[s][1] for s in seen}) == 3
    assert len({STATUS_STYLE[s][0] for s in seen}) == 3


def test_tooltip_has_status_year_source_note_and_as_of(real_library: Any) -> None:
    model = RatificationsModel(real_library)
    row, col = model.row_of("un-icrmw"), model.column_of("cambodia")
    rec = real_library.ratification("cambodia", "un-icrmw")
    assert rec.status == "signed" and rec.year
    tip = html_to_text(model.index(row, col).data(Qt.ItemDataRole.ToolTipRole))
    assert "signed, not ratified" in tip
    assert str(rec.year) in tip
    assert flat(rec.source) in tip
    assert flat(rec.note) in tip
    assert rec.as_of in tip
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            rec = model.index(r, c).data(RatRole.ENTRY)
            tip = html_to_text(model.index(r, c).data(Qt.ItemDataRole.ToolTipRole))
            assert flat(rec.source) in tip and rec.as_of in tip
            if rec.year:
                assert f"Year: {rec.year}" in tip


def test_a_cell_with_no_record_says_so(library: Any) -> None:
    model = RatificationsModel(library)
    index = model.index(model.row_of("ilo-c029"), model.column_of("laos"))
    assert index.data(RatRole.ENTRY) is None
    assert "No information" in index.data(Qt.ItemDataRole.DisplayRole)
    assert "No information" in html_to_text(index.data(Qt.ItemDataRole.ToolTipRole))
    assert index.data(RatRole.TARGET) == "ratification:laos/ilo-c029"
    known = model.index(model.row_of("ilo-c029"), model.column_of("thailand"))
    assert known.data(Qt.ItemDataRole.DisplayRole) == "✓ Ratified 1969"


def test_filter_shows_un_ilo_or_fundamental_only(real_library: Any) -> None:
    model = RatificationsModel(real_library)
    proxy = InstrumentFilter()
    proxy.setSourceModel(model)
    instruments = real_library.content.instruments

    def shown() -> list[str]:
        return [proxy.headerData(r, Qt.Orientation.Vertical, RatRole.TARGET) for r in range(proxy.rowCount())]

    assert len(shown()) == len(instruments)
    proxy.set_mode("un")
    assert shown() == [i.id for i in instruments if i.body == "UN"] and shown()
    proxy.set_mode("ilo")
    assert shown() == [i.id for i in instruments if i.body == "ILO"] and shown()
    proxy.set_mode("fundamental")
    assert shown() == [i.id for i in instruments if i.fundamental]
    assert len(shown()) == 11
    with pytest.raises(ValueError):
        proxy.set_mode("nonsense")


def test_short_title() -> None:
    assert short_title("Forced Labour Convention, 1930") == "Forced Labour Convention"
    long = short_title("International Convention on the Protection of the Rights of All Migrant Workers")
    assert long.endswith("…") and len(long) <= 45


# -- navigation ---------------------------------------------------------------------------------------


def test_selecting_a_cell_asks_to_navigate_there(qtbot: Any, view: RatificationsView) -> None:
    with qtbot.waitSignal(view.navigate) as blocker:
        view.grid.setCurrentIndex(proxy_index(view, "thailand", "ilo-c100"))
    assert blocker.args == ["ratification:thailand/ilo-c100"]
    assert view.location() == "view:ratifications"  # the main window opens it, not the view


def test_row_header_opens_the_instrument(qtbot: Any, view: RatificationsView) -> None:
    view.filter_combo.setCurrentIndex(view.filter_combo.findData("un"))
    with qtbot.waitSignal(view.navigate) as blocker:
        view.grid.verticalHeader().sectionClicked.emit(0)
    first_un = next(i for i in view.library.content.instruments if i.body == "UN")
    assert blocker.args == [first_un.id]
    with qtbot.waitSignal(view.navigate) as blocker:
        view.grid.horizontalHeader().sectionClicked.emit(view.model.column_of("vietnam"))
    assert blocker.args == ["view:ratifications/country/vietnam"]


def test_open_a_cell_shows_every_fact(qtbot: Any, view: RatificationsView, real_library: Any) -> None:
    rec = real_library.ratification("cambodia", "un-icrmw")
    with qtbot.assertNotEmitted(view.navigate):
        view.open("ratification:cambodia/un-icrmw")
    assert view.location() == view.current_entry() == "ratification:cambodia/un-icrmw"
    assert view.grid.currentIndex() == proxy_index(view, "cambodia", "un-icrmw")
    text = reader_text(view)
    inst = real_library.instrument("un-icrmw")
    assert inst.title in text
    assert "UN (United Nations)" in text
    assert f"Adopted {inst.adopted}" in text
    assert "signed, not ratified" in text
    assert f"Year signed {rec.year}" in text
    assert flat(rec.note) in text
    assert flat(rec.source) in text
    assert f"As of {rec.as_of}" in text
    html = view.reader.toHtml()
    for other in ("myanmar", "china", "laos", "thailand", "vietnam"):
        assert f"mmn:ratification:{other}/un-icrmw" in html
        assert real_library.country_name(other) in text
    assert "mmn:ratification:un-icrmw" in html
    # the labour law elements that cite the ICRMW link to Cambodia's cells
    assert "mmn:law:cambodia/" in html


def test_open_an_instrument_shows_all_countries(view: RatificationsView, real_library: Any) -> None:
    view.open("ratification:ilo-c087")
    assert view.location() == view.current_entry() == "ratification:ilo-c087"
    text = reader_text(view)
    for country in real_library.countries:
        rec = real_library.ratification(country.slug, "ilo-c087")
        assert country.name in text
        assert rec.as_of in text
    assert "ILO fundamental convention yes" in text
    selected = view.grid.selectionModel().selectedIndexes()
    assert {i.row() for i in selected} == {
        view.proxy.mapFromSource(view.model.index(view.model.row_of("ilo-c087"), 0)).row()
    }
    assert len(selected) == 6
    assert "mmn:law:association" in view.reader.toHtml()  # the element that cites C087


def test_open_a_filtered_out_instrument_shows_all_again(view: RatificationsView) -> None:
    view.filter_combo.setCurrentIndex(view.filter_combo.findData("un"))
    assert not proxy_index(view, "thailand", "ilo-c029").isValid()
    view.open("ratification:thailand/ilo-c029")
    assert view.filter_combo.currentData() == "all"
    assert view.grid.currentIndex() == proxy_index(view, "thailand", "ilo-c029")


def test_hiding_the_current_row_does_not_navigate(qtbot: Any, view: RatificationsView) -> None:
    view.open("ratification:thailand/ilo-c029")
    with qtbot.assertNotEmitted(view.navigate):
        view.filter_combo.setCurrentIndex(view.filter_combo.findData("un"))
    assert view.location() == "ratification:thailand/ilo-c029"
    assert not view.grid.currentIndex().isValid()


def test_filter_keeps_the_selection_of_what_is_shown(view: RatificationsView) -> None:
    view.open("ratification:laos/un-crc")
    view.filter_combo.setCurrentIndex(view.filter_combo.findData("un"))
    assert view.grid.currentIndex() == proxy_index(view, "laos", "un-crc")
    assert view.location() == "ratification:laos/un-crc"


def test_links_navigate(qtbot: Any, view: RatificationsView) -> None:
    view.navigate.connect(view.open)
    view.open("ratification:thailand/ilo-c100")
    with qtbot.waitSignal(view.navigate) as blocker:
        view.reader.anchorClicked.emit(QUrl("mmn:ratification:vietnam/ilo-c100"))
    assert blocker.args == ["ratification:vietnam/ilo-c100"]
    assert view.grid.currentIndex() == proxy_index(view, "vietnam", "ilo-c100")


def test_country_and_overview(view: RatificationsView, real_library: Any) -> None:
    view.open("view:ratifications/country/myanmar")
    text = reader_text(view)
    for inst in real_library.content.instruments:
        assert inst.title in text
    columns = {i.column() for i in view.grid.selectionModel().selectedIndexes()}
    assert columns == {view.model.column_of("myanmar")}
    view.open("view:ratifications")
    text = reader_text(view)
    ratified = sum(1 for r in real_library.content.ratifications if r.country == "thailand" and r.status == "ratified")
    assert "Thailand" in text and str(ratified) in text
    assert "Ratified (or acceded)" in text and "Signed, not ratified" in text and "Not ratified" in text


def test_legend_explains_the_three_states_in_words(view: RatificationsView) -> None:
    legend = html_to_text(view.legend.text())
    for words in ("✓ Ratified", "~ Signed, not ratified", "✗ Not ratified", "As of 2024-06-30"):
        assert words in legend


def test_unknown_target(view: RatificationsView) -> None:
    view.open("ratification:atlantis/ilo-c029")
    assert "no ratification entry" in reader_text(view)
    assert not view.print_current()


# -- exports -----------------------------------------------------------------------------------------


def test_export_csv_parses_back(view: RatificationsView, real_library: Any, tmp_path: Path) -> None:
    path = tmp_path / "grid.csv"
    assert view.export_csv(str(path))
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == len(real_library.content.instruments) * 6
    for row in rows:
        rec = real_library.ratification(row["country"], row["instrument"])
        assert row["status"] == rec.status
        assert row["year"] == (str(rec.year) if rec.year else "")
        assert row["as_of"] == rec.as_of and row["source"] == rec.source
    # the filter decides what is exported
    view.filter_combo.setCurrentIndex(view.filter_combo.findData("fundamental"))
    assert view.export_csv(str(path))
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 11 * 6 and all(r["fundamental"] == "yes" for r in rows)


def test_export_pdf_of_a_cell(view: RatificationsView, tmp_path: Path) -> None:
    view.open("ratification:thailand/ilo-p029")
    path = tmp_path / "cell.pdf"
    assert view.export_pdf(str(path))
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 1024
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) not installed: PDF text not checked")
    text = flat(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout)
    assert "Protocol of 2014" in text and "2018" in text and "As of 2024-06-30" in text


def test_zoom_keeps_columns_readable(view: RatificationsView) -> None:
    view.apply_zoom(200)
    assert view.grid.horizontalHeader().minimumSectionSize() >= 200
    view.apply_zoom(100)

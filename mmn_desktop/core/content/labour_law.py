"""Legally Binding: 14 key elements x six countries, plus the international standard."""

from __future__ import annotations

from pathlib import Path

from mmn_desktop.core.content.common import Collector, Fields
from mmn_desktop.core.content.meta import Meta
from mmn_desktop.core.models import REVIEW_STATUSES, Citation, LawCell, LawElement


def _citations(f: Fields, fld: str, law_key: str) -> tuple[Citation, ...]:
    raw = f.data.get(fld)
    if raw is None or raw == []:
        f.problem(fld, "at least one citation is required")
        return ()
    if not isinstance(raw, list):
        f.problem(fld, "expected a list of citations")
        return ()
    out = []
    for i, item in enumerate(raw):
        c = Fields(f.col, f.file, f.entry, item, prefix=f"{f.name(fld)}[{i}].")
        if not c.ok:
            continue
        c.known((law_key, "article", "note"))
        out.append(Citation(c.text(law_key), c.text("article", required=False), c.text("note", required=False)))
    return tuple(out)


def load(col: Collector, root: Path, meta: Meta) -> tuple[tuple[LawElement, ...], tuple[LawCell, ...]]:
    base = root / "labour_law"
    path = base / "elements.yaml"
    rel = col.rel(path)
    elements: list[LawElement] = []
    if not path.exists():
        col.add(rel, "", "", "file is missing")
    else:
        data = col.load_yaml(path)
        top = Fields(col, rel, "", data if data is not None else {})
        top.known(("as_of", "elements"))
        default_as_of = top.date("as_of")
        raw = top.data.get("elements")
        if not isinstance(raw, list):
            if data is not None:
                top.problem("elements", "expected a list of elements")
            raw = []
        for i, item in enumerate(raw):
            f = Fields(col, rel, f"elements[{i}]", item)
            if not f.ok:
                continue
            f.known(("id", "order", "title", "covers", "international"))
            slug = f.slug("id")
            entry = f"law:{slug}" if slug else f"elements[{i}]"
            f.entry = entry
            if slug:
                col.define(entry, rel, entry)
            intl = f.sub("international")
            summary, as_of = "", default_as_of
            cites: tuple[Citation, ...] = ()
            if intl and intl.ok:
                intl.known(("summary", "citations", "as_of"))
                summary = intl.text("summary")
                cites = _citations(intl, "citations", "instrument")
                as_of = intl.date("as_of", required=False) or default_as_of
            covers = f.text("covers")
            col.links(rel, entry, "covers", covers)
            elements.append(
                LawElement(slug, f.integer("order", lo=1, hi=99) or 0, f.text("title"), covers, summary, cites, as_of)
            )
        orders = [e.order for e in elements if e.order]
        for e in elements:
            if e.order and orders.count(e.order) > 1:
                col.add(rel, e.id, "order", f"order {e.order} is used twice")
    element_slugs = {e.slug for e in elements}
    cells: list[LawCell] = []
    cells_dir = base / "cells"
    for path in sorted(cells_dir.glob("*/*.yaml")):
        rel = col.rel(path)
        country, element = path.parent.name, path.stem
        entry = f"law:{country}/{element}"
        if country not in meta.country_slugs:
            col.add(rel, entry, "country", f"unknown country {country!r} (folder name)")
            continue
        if element not in element_slugs:
            col.add(rel, entry, "element", f"unknown element {element!r} (file name)")
            continue
        data = col.load_yaml(path)
        if data is None:
            continue
        f = Fields(col, rel, entry, data)
        if not f.ok:
            continue
        col.define(entry, rel, entry)
        f.known(("summary", "migrants", "citations", "as_of", "review"))
        summary = f.text("summary")
        migrants = f.text("migrants", required=False)
        col.links(rel, entry, "summary", summary)
        col.links(rel, entry, "migrants", migrants)
        cells.append(
            LawCell(
                country=country,
                element=element,
                summary=summary,
                citations=_citations(f, "citations", "law"),
                as_of=f.date("as_of"),
                migrants=migrants,
                review=f.choice("review", REVIEW_STATUSES, required=False, default="draft") or "draft",
            )
        )
    for stray in sorted(cells_dir.glob("*")):
        if stray.is_file():
            col.add(col.rel(stray), "", "", "cells go in cells/<country>/<element>.yaml")
    return tuple(sorted(elements, key=lambda e: e.order)), tuple(cells)

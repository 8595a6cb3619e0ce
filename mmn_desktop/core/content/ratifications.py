"""Ratifications: UN and ILO instruments x countries."""

from __future__ import annotations

from pathlib import Path

from mmn_desktop.core.content.common import Collector, Fields
from mmn_desktop.core.content.meta import Meta
from mmn_desktop.core.models import RATIFICATION_STATUSES, Instrument, Ratification


def load(col: Collector, root: Path, meta: Meta) -> tuple[tuple[Instrument, ...], tuple[Ratification, ...]]:
    base = root / "ratifications"
    path = base / "instruments.yaml"
    rel = col.rel(path)
    instruments: list[Instrument] = []
    if not path.exists():
        col.add(rel, "", "", "file is missing")
    else:
        data = col.load_yaml(path)
        top = Fields(col, rel, "", data if data is not None else {})
        raw = top.data.get("instruments")
        if not isinstance(raw, list):
            if data is not None:
                top.problem("instruments", "expected a list of instruments")
            raw = []
        for i, item in enumerate(raw):
            f = Fields(col, rel, f"instruments[{i}]", item)
            if not f.ok:
                continue
            f.known(("id", "body", "code", "title", "adopted", "fundamental"))
            slug = f.slug("id")
            entry = f"ratification:{slug}" if slug else f"instruments[{i}]"
            f.entry = entry
            if slug:
                col.define(entry, rel, entry)
            instruments.append(
                Instrument(
                    slug,
                    f.choice("body", ("ILO", "UN")),
                    f.text("code"),
                    f.text("title"),
                    f.integer("adopted", required=False, lo=1800, hi=2100),
                    f.boolean("fundamental"),
                )
            )
    known = {i.slug for i in instruments}
    cells: list[Ratification] = []
    for path in sorted(base.glob("*.yaml")):
        if path.name == "instruments.yaml":
            continue
        rel = col.rel(path)
        data = col.load_yaml(path)
        if data is None:
            continue
        top = Fields(col, rel, path.stem, data)
        if not top.ok:
            continue
        top.known(("country", "as_of", "source", "status"))
        country = top.text("country")
        if country and country not in meta.country_slugs:
            top.problem("country", f"unknown country {country!r}")
            continue
        if country and country != path.stem:
            top.problem("country", f"{country!r} does not match the file name {path.stem!r}")
        as_of = top.date("as_of")
        source = top.text("source")
        status = top.sub("status")
        if not status or not status.ok:
            continue
        for slug, raw in status.data.items():
            slug = str(slug)
            entry = f"ratification:{country}/{slug}"
            if slug not in known:
                col.add(rel, entry, f"status.{slug}", f"unknown instrument {slug!r}")
                continue
            f = Fields(col, rel, entry, raw, prefix=f"status.{slug}.")
            if not f.ok:
                continue
            col.define(entry, rel, entry)
            f.known(("status", "year", "note"))
            st = f.choice("status", RATIFICATION_STATUSES)
            year = f.integer("year", required=False, lo=1919, hi=2100)
            note = f.text("note", required=False)
            if st in ("ratified", "signed") and year is None and not note:
                f.problem("year", f"a {st} instrument needs a year (or a note saying why it is unknown)")
            cells.append(Ratification(country, slug, st, as_of, source, year, note))
    return tuple(instruments), tuple(cells)

"""The annotated bibliography: one record per file."""

from __future__ import annotations

from pathlib import Path

from mmn_desktop.core.content.common import Collector, Fields
from mmn_desktop.core.content.meta import Meta
from mmn_desktop.core.models import BIB_TYPES, BibRecord

FIELDS = (
    "id",
    "type",
    "authors",
    "organisation",
    "title",
    "year",
    "publisher",
    "place",
    "url",
    "languages",
    "countries",
    "topics",
    "annotation",
)


def load(col: Collector, root: Path, meta: Meta) -> tuple[BibRecord, ...]:
    out = []
    for path in sorted((root / "bibliography").glob("*.yaml")):
        rel = col.rel(path)
        data = col.load_yaml(path)
        if data is None:
            continue
        f = Fields(col, rel, path.stem, data)
        if not f.ok:
            continue
        f.known(FIELDS)
        slug = f.slug("id", expected=path.stem) or path.stem
        entry = f"bib:{slug}"
        f.entry = entry
        col.define(entry, rel, entry)
        authors = f.texts("authors")
        organisation = f.texts("organisation")
        if not authors and not organisation:
            f.problem("authors", "a record needs authors or an organisation")
        url = f.text("url", required=False)
        if url and not url.startswith(("http://", "https://")):
            f.problem("url", f"{url!r} is not a web address")
        out.append(
            BibRecord(
                slug=slug,
                type=f.choice("type", BIB_TYPES),
                title=f.text("title"),
                year=f.integer("year", lo=1900, hi=2100) or 0,
                publisher=f.text("publisher"),
                authors=authors,
                organisation=organisation,
                place=f.text("place", required=False),
                url=url,
                languages=f.codes("languages", meta.lang_codes, "language code", required=True),
                countries=f.codes("countries", meta.country_slugs, "country"),
                topics=f.codes("topics", meta.topics, "topic"),
                annotation=f.text("annotation"),
            )
        )
    return tuple(out)

"""CSL-JSON export (Zotero, Pandoc/citeproc and other CSL processors read it).

Types: book -> ``book``; report -> ``report``; briefing -> ``report`` with genre
"Briefing paper"; article -> ``article-journal`` (``container-title``, ``volume``);
chapter -> ``chapter``; proceedings -> ``book`` with genre "Conference proceedings" (the records
are whole proceedings volumes; CSL's ``paper-conference`` is for one paper in them);
web -> ``webpage``. People are ``{"family", "given"}`` (a leading lowercase particle such as
"van" as ``non-dropping-particle``); organisations are ``{"literal": name}``. ``language`` is
the record's first language code; countries and topics are the comma-separated ``keyword``;
the annotation is the ``abstract``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from mmn_desktop.core.export.common import Name, clean, creators, journal, keywords
from mmn_desktop.core.models import BibRecord

CSL_TYPES = {
    "book": "book",
    "report": "report",
    "article": "article-journal",
    "chapter": "chapter",
    "briefing": "report",
    "proceedings": "book",
    "web": "webpage",
}
GENRES = {"briefing": "Briefing paper", "proceedings": "Conference proceedings"}


def _name(name: Name) -> dict[str, str]:
    if name.literal:
        return {"literal": name.literal}
    out: dict[str, str] = {}
    family = name.family
    particle = name.particle
    if particle:
        out["non-dropping-particle"] = particle
        family = family[len(particle) :].strip()
    out["family"] = family
    if name.given:
        out["given"] = name.given
    if name.suffix:
        out["suffix"] = name.suffix
    return out


def record_to_csl(record: BibRecord, *, annotation: bool = True) -> dict[str, object]:
    """One record as a CSL-JSON item (a plain dict, ready for ``json.dumps``)."""
    item: dict[str, object] = {"id": record.slug, "type": CSL_TYPES.get(record.type, "document")}
    who = creators(record)
    if who.authors:
        item["author"] = [_name(n) for n in who.authors]
    if who.editors:
        item["editor"] = [_name(n) for n in who.editors]
    item["title"] = clean(record.title)
    publisher = clean(record.publisher)
    if record.type == "article":
        j = journal(record)
        item["container-title"] = j.title
        if j.volume:
            item["volume"] = j.volume
        publisher = j.publisher
    if publisher:
        item["publisher"] = publisher
    if clean(record.place):
        item["publisher-place"] = clean(record.place)
    if record.year:
        item["issued"] = {"date-parts": [[record.year]]}
    if record.type in GENRES:
        item["genre"] = GENRES[record.type]
    if clean(record.url):
        item["URL"] = clean(record.url)
    if record.languages:
        item["language"] = record.languages[0]
    if keywords(record):
        item["keyword"] = ", ".join(keywords(record))
    if annotation and clean(record.annotation):
        item["abstract"] = clean(record.annotation)
    return item


def to_csl_items(records: Iterable[BibRecord], *, annotation: bool = True) -> list[dict[str, object]]:
    """All records as CSL-JSON items."""
    return [record_to_csl(r, annotation=annotation) for r in records]


def to_csl_json(records: Iterable[BibRecord], *, annotation: bool = True) -> str:
    """All records as a CSL-JSON document (a JSON array; UTF-8 text, not ASCII-escaped)."""
    return json.dumps(to_csl_items(records, annotation=annotation), ensure_ascii=False, indent=2) + "\n"

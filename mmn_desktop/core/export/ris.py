"""RIS export (Zotero, EndNote, Mendeley and most reference managers read it).

One line per field, ``TAG  - value``; each record ends with ``ER  - ``. Values are one line
(whitespace runs collapsed); text is written as is, in UTF-8. People are ``AU``/``ED`` as
``Family, Given``; organisations are ``AU`` with their full name. The annotation goes to ``N2``
(abstract); countries and topics become ``KW`` lines.
"""

from __future__ import annotations

from collections.abc import Iterable

from mmn_desktop.core.export.common import clean, creators, journal, keywords, language_names
from mmn_desktop.core.models import BibRecord

RIS_TYPES = {
    "book": "BOOK",
    "report": "RPRT",
    "article": "JOUR",
    "chapter": "CHAP",
    "briefing": "RPRT",
    "proceedings": "CONF",
    "web": "ELEC",
}
WORK_TYPES = {"briefing": "Briefing paper"}  # M3, "type of work"


def _line(tag: str, value: str) -> str:
    return f"{tag}  - {value}"


def record_to_ris(record: BibRecord, *, annotation: bool = True) -> str:
    """One record as RIS lines, ending with the ``ER`` line and a newline."""
    lines = [_line("TY", RIS_TYPES.get(record.type, "GEN")), _line("ID", record.slug)]
    who = creators(record)
    lines += [_line("AU", n.display()) for n in who.authors]
    lines += [_line("ED", n.display()) for n in who.editors]
    lines.append(_line("TI", clean(record.title)))
    publisher = clean(record.publisher)
    if record.type == "article":
        j = journal(record)
        lines.append(_line("T2", j.title))
        if j.volume:
            lines.append(_line("VL", j.volume))
        publisher = j.publisher
    if record.year:
        lines.append(_line("PY", str(record.year)))
    if publisher:
        lines.append(_line("PB", publisher))
    if clean(record.place):
        lines.append(_line("CY", clean(record.place)))
    if record.type in WORK_TYPES:
        lines.append(_line("M3", WORK_TYPES[record.type]))
    if clean(record.url):
        lines.append(_line("UR", clean(record.url)))
    if record.languages:
        lines.append(_line("LA", "; ".join(language_names(record))))
    lines += [_line("KW", k) for k in keywords(record)]
    if annotation and clean(record.annotation):
        lines.append(_line("N2", clean(record.annotation)))
    lines.append(_line("ER", ""))
    return "\n".join(lines) + "\n"


def to_ris(records: Iterable[BibRecord], *, annotation: bool = True) -> str:
    """All records as one RIS document (records separated by a blank line)."""
    return "\n".join(record_to_ris(r, annotation=annotation) for r in records)

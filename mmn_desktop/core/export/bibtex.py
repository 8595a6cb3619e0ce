"""BibTeX export (for LaTeX with BibTeX or biblatex/biber; UTF-8).

* Entry types: book -> ``@book``; report -> ``@techreport`` (``institution``, ``type = {Report}``);
  briefing -> ``@techreport`` (``type = {Briefing paper}``); article -> ``@article``
  (``journal``, ``volume`` when the record gives one); chapter -> ``@incollection``;
  proceedings -> ``@proceedings`` (creators as ``editor``, organisations as
  ``organization``); web -> ``@misc``. Only standard entry types are used, so classic BibTeX
  styles and every parser accept them.
* Citation keys are the record slugs (characters outside ``A-Za-z0-9_:.-`` become ``-``),
  made unique with ``-2``, ``-3``... if two records would share one.
* People are ``Family, Given``; organisations are braced (``{{Human Rights Watch}}``) so they
  are not split into first and last names. Titles are braced as a whole so styles keep their
  capitals (acronyms, country names).
* The LaTeX special characters ``& % $ # _ { } ~ ^ \\`` are escaped; other text, Thai or
  Vietnamese included, is kept as UTF-8. URLs are written verbatim (as the ``url`` field
  expects), with braces, backslashes and whitespace percent-encoded.
* Countries and topics go to ``keywords``, languages to ``language``, the annotation to
  ``abstract``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from mmn_desktop.core.export.common import Name, clean, creators, journal, keywords, language_names
from mmn_desktop.core.models import BibRecord

BIBTEX_TYPES = {
    "book": "book",
    "report": "techreport",
    "article": "article",
    "chapter": "incollection",
    "briefing": "techreport",
    "proceedings": "proceedings",
    "web": "misc",
}
REPORT_TYPES = {"report": "Report", "briefing": "Briefing paper"}

_SPECIAL = {
    "\\": r"\textbackslash{}",
    "{": r"\textbraceleft{}",
    "}": r"\textbraceright{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
_SPECIAL_RE = re.compile("[" + re.escape("".join(_SPECIAL)) + "]")
_KEY_BAD_RE = re.compile(r"[^A-Za-z0-9_:.\-]+")
_URL_ESCAPES = {"{": "%7B", "}": "%7D", "\\": "%5C", " ": "%20"}
_AND_RE = re.compile(r"\band\b", re.IGNORECASE)


def escape(text: str) -> str:
    """Text for a braced BibTeX field: specials escaped, whitespace collapsed, UTF-8 kept."""
    return _SPECIAL_RE.sub(lambda m: _SPECIAL[m.group()], clean(text))


def escape_url(url: str) -> str:
    return "".join(_URL_ESCAPES.get(ch, ch) for ch in clean(url))


def _name(name: Name) -> str:
    if name.literal:
        return "{" + escape(name.literal) + "}"
    parts = [escape(p) for p in (name.family, name.suffix, name.given) if p]
    # A comma or "and" inside a part would split the name list: brace that part.
    parts = ["{" + p + "}" if "," in p or _AND_RE.search(p) else p for p in parts]
    if len(parts) == 1:
        return parts[0] if " " not in parts[0] else "{" + parts[0] + "}"
    return ", ".join(parts)


def _names(names: Iterable[Name]) -> str:
    return " and ".join(_name(n) for n in names)


def citation_keys(records: Iterable[BibRecord]) -> list[str]:
    """A unique citation key per record, from its slug, in order."""
    keys: list[str] = []
    seen: set[str] = set()
    for r in records:
        base = _KEY_BAD_RE.sub("-", r.slug).strip("-") or "record"
        key, n = base, 1
        while key.casefold() in seen:  # BibTeX keys are case-insensitive
            n += 1
            key = f"{base}-{n}"
        seen.add(key.casefold())
        keys.append(key)
    return keys


def record_to_bibtex(record: BibRecord, key: str, *, annotation: bool = True) -> str:
    """One record as a BibTeX entry with the given citation key."""
    entry_type = BIBTEX_TYPES.get(record.type, "misc")
    who = creators(record)
    fields: list[tuple[str, str]] = []
    publisher = escape(record.publisher)
    if record.type == "proceedings":
        if who.editors or who.authors:
            fields.append(("editor", _names(who.editors or who.authors)))
        if record.organisation:
            fields.append(("organization", " and ".join("{" + escape(o) + "}" for o in record.organisation)))
    else:
        if who.authors:
            fields.append(("author", _names(who.authors)))
        if who.editors:
            fields.append(("editor", _names(who.editors)))
    fields.append(("title", "{" + escape(record.title) + "}"))
    if record.type == "article":
        j = journal(record)
        fields.append(("journal", escape(j.title)))
        if j.volume:
            fields.append(("volume", escape(j.volume)))
        publisher = escape(j.publisher)
    if publisher:
        if entry_type == "techreport":
            fields.append(("institution", publisher))
        elif entry_type == "misc":
            fields.append(("howpublished", publisher))
        else:
            fields.append(("publisher", publisher))
    if clean(record.place):
        fields.append(("address", escape(record.place)))
    if record.year:
        fields.append(("year", str(record.year)))
    if record.type in REPORT_TYPES:
        fields.append(("type", REPORT_TYPES[record.type]))
    if clean(record.url):
        fields.append(("url", escape_url(record.url)))
    if record.languages:
        fields.append(("language", " and ".join(language_names(record))))
    if keywords(record):
        fields.append(("keywords", escape(", ".join(keywords(record)))))
    if annotation and clean(record.annotation):
        fields.append(("abstract", escape(record.annotation)))
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@{entry_type}{{{key},\n{body}\n}}\n"


def to_bibtex(records: Iterable[BibRecord], *, annotation: bool = True) -> str:
    """All records as one BibTeX file (UTF-8 text), entries separated by a blank line."""
    records = list(records)
    keys = citation_keys(records)
    return "\n".join(record_to_bibtex(r, k, annotation=annotation) for r, k in zip(records, keys, strict=True))

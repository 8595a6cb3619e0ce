"""Turn content into index documents: one per entry and language."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from mmn_desktop.core.models import ContentSet

_MD_LINK_RE = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MD_MARK_RE = re.compile(r"(^|\n)\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+|[*_`]{1,3}")


@dataclass(frozen=True, slots=True)
class IndexDoc:
    kind: str
    id: str
    lang: str
    title: str
    body: str
    names: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        return f"{self.id}@{self.lang}"


def markdown_to_text(md: str) -> str:
    """Plain text of a Markdown body (for indexing and snippets)."""
    text = _MD_LINK_RE.sub(r"\1", md)
    text = _MD_MARK_RE.sub(lambda m: m.group(1) or "", text)
    return re.sub(r"\n{2,}", "\n", text).strip()


def documents(content: ContentSet) -> Iterator[IndexDoc]:
    countries = {c.slug: c.name for c in content.countries}
    concepts = {c.id: c for c in content.concepts}
    elements = {e.slug: e for e in content.elements}
    instruments = {i.slug: i for i in content.instruments}

    for c in content.concepts:
        for sec in c.sections:
            terms = [t.text for t in sec.terms]
            body = "\n".join([" · ".join(terms), sec.definition, sec.notes, *sec.examples])
            yield IndexDoc("concept", c.id, sec.lang, sec.headword, body.strip(), tuple(terms))

    for a in content.avoid:
        en = a.variant("en")
        for v in a.variants:
            alts = []
            for target in a.use_instead:
                concept = concepts.get(target)
                if concept:
                    alts.append(concept.title(v.lang))
            reason = v.reason or (en.reason if en else "")
            body = "\n".join([" · ".join(v.terms), reason, " · ".join(alts)])
            yield IndexDoc("avoid", a.id, v.lang, v.terms[0], body.strip(), v.terms)

    for e in content.elements:
        cites = "; ".join(str(c) for c in e.intl_citations)
        body = "\n".join([markdown_to_text(e.covers), markdown_to_text(e.intl_summary), cites])
        yield IndexDoc("law", e.id, "en", e.title, body, (e.title,))

    for cell in content.cells:
        element = elements.get(cell.element)
        etitle = element.title if element else cell.element
        title = f"{countries.get(cell.country, cell.country)}: {etitle}"
        cites = "; ".join(str(c) for c in cell.citations)
        body = "\n".join(markdown_to_text(x) for x in (cell.summary, cell.migrants, cites) if x)
        yield IndexDoc("law", cell.id, "en", title, body, (etitle,), (cell.country,))

    for ch in content.chapters:
        yield IndexDoc(ch.kind, ch.id, ch.language, ch.title, markdown_to_text(ch.body), (ch.title,))

    for b in content.bibliography:
        creators = "; ".join(b.creators)
        body = "\n".join(x for x in (b.annotation, f"{creators}. {b.publisher}, {b.place} {b.year}".strip()) if x)
        yield IndexDoc("bib", b.id, "en", b.title, body, (b.title,), b.countries)

    for r in content.ratifications:
        inst = instruments.get(r.instrument)
        name = f"{inst.code} {inst.title}" if inst else r.instrument
        status = r.status.replace("-", " ")
        title = f"{name}: {countries.get(r.country, r.country)}"
        body = " ".join(x for x in (status, str(r.year or ""), r.note, f"(as of {r.as_of})") if x)
        yield IndexDoc("ratification", r.id, "en", title, body, (name, inst.code if inst else ""), (r.country,))

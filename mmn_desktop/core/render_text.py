"""Plain-text and JSON renderings of one entry (for ``mmn show`` and for copying)."""

from __future__ import annotations

import dataclasses
from typing import Any

from mmn_desktop.core.models import (
    BibRecord,
    Chapter,
    Concept,
    Instrument,
    LawCell,
    LawElement,
    Ratification,
    TermToAvoid,
)

# The same words as the window's disclaimer (ui/html.py, which translates them).
LEGAL_DISCLAIMER = (
    "A summary, not legal advice. Laws change: check the law itself and ask a lawyer or a legal aid "
    "organisation before acting on it."
)


def entry_json(entry: Any, lang: str | None = None) -> dict[str, Any]:
    data = dataclasses.asdict(entry)
    if isinstance(entry, Concept) and lang:
        data["sections"] = [s for s in data["sections"] if s["lang"] == lang]
    if isinstance(entry, TermToAvoid) and lang:
        data["variants"] = [v for v in data["variants"] if v["lang"] == lang]
    data = {"id": entry.id, "kind": entry.id.split(":", 1)[0], **data}
    if isinstance(entry, (LawCell, LawElement)):
        data["disclaimer"] = LEGAL_DISCLAIMER
    return data


def entry_text(entry: Any, repo: Any = None, lang: str | None = None) -> str:
    lines: list[str] = []
    add = lines.append
    if isinstance(entry, Concept):
        add(f"{entry.title('en')}  [{entry.id}]  domain: {entry.domain}")
        for sec in entry.sections:
            if lang and sec.lang != lang:
                continue
            add("")
            add(f"{sec.lang}  ({sec.review})")
            for t in sec.terms:
                add(f"  {t.text}  [{t.status}]" + (f"  {t.note}" if t.note else ""))
            add(f"  {sec.definition}")
            if sec.notes:
                add(f"  Notes: {sec.notes}")
            for ex in sec.examples:
                add(f"  Example: {ex}")
        if entry.related:
            add("")
            add("Related: " + ", ".join(entry.related))
    elif isinstance(entry, TermToAvoid):
        add(f"Avoid: {entry.title}  [{entry.id}]  ({entry.review})")
        for v in entry.variants:
            if lang and v.lang != lang:
                continue
            add(f"  {v.lang}: " + "; ".join(v.terms))
            if v.reason:
                add(f"     Why: {v.reason}")
        add("Use instead: " + ", ".join(entry.use_instead))
    elif isinstance(entry, LawElement):
        add(f"{entry.order}. {entry.title}  [{entry.id}]")
        add(entry.covers)
        add("")
        add(f"International standard (as of {entry.as_of}):")
        add(entry.intl_summary)
        for c in entry.intl_citations:
            add(f"  - {c}")
        add("")
        add(LEGAL_DISCLAIMER)
    elif isinstance(entry, LawCell):
        title = entry.id
        if repo is not None:
            element = repo.get(f"law:{entry.element}")
            countries = {c.slug: c.name for c in repo.countries()}
            title = f"{countries.get(entry.country, entry.country)}: {element.title}"
        add(f"{title}  [{entry.id}]  as of {entry.as_of}  ({entry.review})")
        add(entry.summary)
        if entry.migrants:
            add("")
            add(f"For migrant workers: {entry.migrants}")
        add("")
        add("Sources:")
        for c in entry.citations:
            add(f"  - {c}")
        add("")
        add(LEGAL_DISCLAIMER)
    elif isinstance(entry, Chapter):
        add(f"{entry.title}  [{entry.id}]  {entry.language}  ({entry.review})")
        add("")
        add(entry.body.rstrip())
    elif isinstance(entry, BibRecord):
        who = "; ".join(entry.creators)
        add(f"{who} ({entry.year}). {entry.title}. {', '.join(x for x in (entry.place, entry.publisher) if x)}.")
        if entry.url:
            add(entry.url)
        add(
            f"[{entry.id}]  type: {entry.type}  languages: {', '.join(entry.languages)}  "
            f"countries: {', '.join(entry.countries)}  topics: {', '.join(entry.topics)}"
        )
        add("")
        add(entry.annotation)
    elif isinstance(entry, Instrument):
        add(f"{entry.body} {entry.code}: {entry.title}" + (f" (adopted {entry.adopted})" if entry.adopted else ""))
        add(f"[{entry.id}]")
        if repo is not None:
            countries = {c.slug: c.name for c in repo.countries()}
            for r in repo.ratifications():
                if r.instrument == entry.slug:
                    add(f"  {countries.get(r.country, r.country)}: {_status(r)}")
    elif isinstance(entry, Ratification):
        add(f"{entry.country} / {entry.instrument}: {_status(entry)}  [{entry.id}]")
        add(f"As of {entry.as_of}. Source: {entry.source}")
    return "\n".join(lines)


def _status(r: Ratification) -> str:
    text = r.status.replace("-", " ")
    if r.year:
        text += f" ({r.year})"
    if r.note:
        text += f"; {r.note}"
    return text

"""Speaking of Migration: concept -> language section -> terms (the TBX model)."""

from __future__ import annotations

from pathlib import Path

from mmn_desktop.core.content.common import Collector, Fields, concept_ref, nfc
from mmn_desktop.core.content.meta import Meta
from mmn_desktop.core.models import REVIEW_STATUSES, TERM_STATUSES, Concept, ConceptSection, Term

SECTION_FIELDS = ("review", "reviewer", "terms", "definition", "notes", "examples")


def load(col: Collector, root: Path, meta: Meta) -> tuple[Concept, ...]:
    concepts = []
    for path in sorted((root / "vocabulary").glob("*.yaml")):
        rel = col.rel(path)
        data = col.load_yaml(path)
        if data is None:
            continue
        f = Fields(col, rel, path.stem, data)
        if not f.ok:
            continue
        f.known(("id", "domain", "related", "sections"))
        slug = f.slug("id", expected=path.stem) or path.stem
        entry = f"concept:{slug}"
        f.entry = entry
        col.define(entry, rel, entry)
        domain = f.choice("domain", meta.topics)
        related = tuple(concept_ref(r) for r in f.texts("related"))
        for i, target in enumerate(related):
            col.ref(rel, entry, f"related[{i}]", target)
        sections = []
        secs = f.sub("sections")
        if secs and secs.ok:
            for lang, raw in secs.data.items():
                lang = str(lang)
                if lang not in meta.lang_codes:
                    secs.problem(lang, f"unknown language code {lang!r}")
                    continue
                sections.append(_section(col, rel, entry, lang, raw))
            if "en" not in secs.data:
                secs.problem("en", "an English section is required")
        sections.sort(key=lambda s: _lang_order(meta, s.lang))
        concepts.append(Concept(slug, domain, related, tuple(sections)))
    return tuple(concepts)


def _lang_order(meta: Meta, code: str) -> int:
    codes = [lang.code for lang in meta.languages]
    return codes.index(code) if code in codes else len(codes)


def _section(col: Collector, rel: str, entry: str, lang: str, raw: object) -> ConceptSection:
    s = Fields(col, rel, entry, raw, prefix=f"sections.{lang}.")
    s.known(SECTION_FIELDS)
    review = s.choice("review", REVIEW_STATUSES)
    reviewer = s.text("reviewer", required=False)
    if review == "reviewed" and not reviewer:
        s.problem("reviewer", "a reviewed section must name its native-speaker reviewer")
    terms = []
    raw_terms = s.data.get("terms")
    if isinstance(raw_terms, str):
        raw_terms = [raw_terms]
    if not isinstance(raw_terms, list) or not raw_terms:
        s.problem("terms", "required field is missing" if raw_terms is None else "expected a non-empty list")
        raw_terms = []
    for i, item in enumerate(raw_terms):
        if isinstance(item, str) and item.strip():
            terms.append(Term(nfc(item.strip())))
            continue
        t = Fields(col, rel, entry, item, prefix=f"sections.{lang}.terms[{i}].")
        if not t.ok:
            continue
        t.known(("text", "status", "note"))
        terms.append(
            Term(
                t.text("text"),
                t.choice("status", TERM_STATUSES, default="preferred", required=False) or "preferred",
                t.text("note", required=False),
            )
        )
    if terms and not any(t.status == "preferred" for t in terms):
        s.problem("terms", "needs at least one preferred term")
    return ConceptSection(
        lang=lang,
        review=review or "draft",
        terms=tuple(terms),
        definition=s.text("definition"),
        notes=s.text("notes", required=False),
        examples=s.texts("examples"),
        reviewer=reviewer,
    )

"""Terms to Avoid: deprecated terms, why they harm, and the concepts to use instead."""

from __future__ import annotations

from pathlib import Path

from mmn_desktop.core.content.common import Collector, Fields, concept_ref
from mmn_desktop.core.content.meta import Meta
from mmn_desktop.core.models import REVIEW_STATUSES, AvoidVariant, TermToAvoid


def load(col: Collector, root: Path, meta: Meta) -> tuple[TermToAvoid, ...]:
    out = []
    for path in sorted((root / "terms_to_avoid").glob("*.yaml")):
        rel = col.rel(path)
        data = col.load_yaml(path)
        if data is None:
            continue
        f = Fields(col, rel, path.stem, data)
        if not f.ok:
            continue
        f.known(("id", "terms", "reason", "use_instead", "review"))
        slug = f.slug("id", expected=path.stem) or path.stem
        entry = f"avoid:{slug}"
        f.entry = entry
        col.define(entry, rel, entry)
        terms = f.sub("terms")
        reasons = f.sub("reason")
        variants = []
        if terms and terms.ok:
            for lang in terms.data:
                lang = str(lang)
                if lang not in meta.lang_codes:
                    terms.problem(lang, f"unknown language code {lang!r}")
                    continue
                reason = reasons.text(lang, required=False) if reasons and reasons.ok else ""
                variants.append(AvoidVariant(lang, terms.texts(lang, required=True), reason))
            if "en" not in terms.data:
                terms.problem("en", "the English term is required")
        if reasons and reasons.ok:
            for lang in reasons.data:
                if str(lang) not in meta.lang_codes:
                    reasons.problem(str(lang), f"unknown language code {lang!r}")
            if "en" not in reasons.data:
                reasons.problem("en", "the English reason is required")
        use = tuple(concept_ref(u) for u in f.texts("use_instead", required=True))
        for i, target in enumerate(use):
            col.ref(rel, entry, f"use_instead[{i}]", target)
        review = f.choice("review", REVIEW_STATUSES, required=False, default="draft") or "draft"
        out.append(TermToAvoid(slug, tuple(variants), use, review))
    return tuple(out)

"""Markdown with a YAML header: the ADD handbook's chapters and the edition pages."""

from __future__ import annotations

from pathlib import Path

from mmn_desktop.core.content.common import Collector, Fields
from mmn_desktop.core.content.meta import Meta
from mmn_desktop.core.models import REVIEW_STATUSES, Chapter

HEADER_FIELDS = ("id", "order", "title", "language", "translation_of", "review", "reviewer")


def split_front_matter(text: str) -> tuple[str, str, int] | None:
    """Return (header, body, body_line) or None when the file has no ``---`` header."""
    text = text.lstrip("\ufeff")
    if not text.startswith("---"):
        return None
    lines = text.splitlines(keepends=True)
    if lines[0].strip() != "---":
        return None
    for i in range(1, len(lines)):
        if lines[i].strip() == "---":
            return "".join(lines[1:i]), "".join(lines[i + 1 :]), i + 1
    return None


def load(col: Collector, root: Path, meta: Meta) -> tuple[Chapter, ...]:
    """The ADD handbook (handbook/*.md) and the edition pages (edition/*.md)."""
    return load_folder(col, root / "handbook", meta, "chapter") + load_folder(col, root / "edition", meta, "page")


def load_folder(col: Collector, folder: Path, meta: Meta, kind: str) -> tuple[Chapter, ...]:
    chapters = []
    for path in sorted(folder.glob("*.md")):
        rel = col.rel(path)
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            col.add(rel, "", "", f"not valid UTF-8 ({exc.reason} at byte {exc.start})")
            continue
        parts = split_front_matter(text)
        if parts is None:
            col.add(rel, path.stem, "header", "missing YAML header (a block between two '---' lines)")
            continue
        header_text, body, _ = parts
        header = col.parse_yaml(header_text, rel, line_offset=1)
        if header is None:
            continue
        f = Fields(col, rel, path.stem, header, prefix="header.")
        if not f.ok:
            continue
        f.known(HEADER_FIELDS)
        slug = f.slug("id", expected=path.stem) or path.stem
        entry = f"{kind}:{slug}"
        f.entry = entry
        col.define(entry, rel, entry)
        language = f.text("language")
        if language and language not in meta.lang_codes:
            f.problem("language", f"unknown language code {language!r}")
        translation_of = f.text("translation_of", required=False)
        if translation_of:
            col.ref(rel, entry, "header.translation_of", f"{kind}:{translation_of}")
        review = f.choice("review", REVIEW_STATUSES, required=False, default="draft") or "draft"
        if review == "reviewed" and not f.text("reviewer", required=False):
            f.problem("reviewer", f"a reviewed {kind} must name its reviewer")
        if not body.strip():
            col.add(rel, entry, "body", f"{kind} has no text")
        if body.count("```") % 2:
            col.add(rel, entry, "body", "unclosed ``` code fence")
        col.links(rel, entry, "body", body)
        chapters.append(
            Chapter(
                slug,
                f.integer("order", lo=0, hi=999) or 0,
                f.text("title"),
                language,
                body.strip() + "\n",
                translation_of,
                review,
                kind,
            )
        )
    return tuple(sorted(chapters, key=lambda c: (c.language != "en", c.order, c.slug)))

"""Load and validate every work; check cross-references; hash the sources."""

from __future__ import annotations

import hashlib
from pathlib import Path

from mmn_desktop.core.content import (
    bibliography,
    handbook,
    labour_law,
    meta,
    ratifications,
    terms_to_avoid,
    vocabulary,
)
from mmn_desktop.core.content.common import ID_RE, Collector
from mmn_desktop.core.errors import Problem
from mmn_desktop.core.models import ContentSet

SOURCE_SUFFIXES = (".yaml", ".yml", ".md")


def load_content(root: Path) -> tuple[ContentSet, list[Problem]]:
    """Read all sources under ``root``; return the content and every problem found."""
    col = Collector(root=root)
    if not root.is_dir():
        col.add(str(root), "", "", "content folder does not exist")
        return ContentSet(), col.problems
    m = meta.load(col, root)
    concepts = vocabulary.load(col, root, m)
    avoid = terms_to_avoid.load(col, root, m)
    elements, cells = labour_law.load(col, root, m)
    chapters = handbook.load(col, root, m)
    bib = bibliography.load(col, root, m)
    instruments, rats = ratifications.load(col, root, m)
    for ref in col.refs:
        if not ID_RE.match(ref.target):
            col.add(ref.file, ref.entry, ref.field, f"malformed reference {ref.target!r} (expected kind:slug)")
        elif ref.target not in col.ids:
            col.add(ref.file, ref.entry, ref.field, f"dangling reference to {ref.target!r}")
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.suffix not in SOURCE_SUFFIXES and not path.name.startswith("."):
            col.add(col.rel(path), "", "", f"unexpected file type {path.suffix!r} (sources are .yaml or .md)")
        elif path.suffix == ".yml":
            col.add(col.rel(path), "", "", "use the .yaml extension")
    content = ContentSet(
        languages=m.languages,
        countries=m.countries,
        topics=m.topics,
        concepts=concepts,
        avoid=avoid,
        elements=elements,
        cells=cells,
        chapters=chapters,
        bibliography=bib,
        instruments=instruments,
        ratifications=rats,
    )
    return content, col.problems


def content_hash(root: Path) -> str:
    """A hash of every source file's path and bytes: the same sources give the same hash."""
    h = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in SOURCE_SUFFIXES):
        h.update(path.relative_to(root).as_posix().encode("utf-8"))
        h.update(b"\0")
        h.update(path.read_bytes().replace(b"\r\n", b"\n"))
        h.update(b"\0")
    return h.hexdigest()

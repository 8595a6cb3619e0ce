"""The whole content edition in memory, with lookups by id.

The edition is small (about 1,200 entries, 0.1 s to read), so the desktop app reads it once on a
background lane and every view works on these frozen objects: no view ever waits on SQL.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mmn_desktop.core.models import (
    BibRecord,
    Chapter,
    Concept,
    ContentSet,
    Country,
    Instrument,
    Language,
    LawCell,
    LawElement,
    Ratification,
    TermToAvoid,
)


@dataclass(frozen=True)
class Library:
    content: ContentSet
    content_hash: str = ""
    built_at: str = ""
    _by_id: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_content(cls, content: ContentSet, content_hash: str = "", built_at: str = "") -> Library:
        by_id: dict[str, Any] = {}
        for group in (
            content.concepts,
            content.avoid,
            content.elements,
            content.cells,
            content.chapters,
            content.bibliography,
            content.instruments,
            content.ratifications,
        ):
            for entry in group:
                by_id[entry.id] = entry
        return cls(content, content_hash, built_at, by_id)

    @classmethod
    def load(cls, db_path: Path) -> Library:
        """Read the whole edition from a built database (raises DatabaseMissingError/DatabaseVersionError).

        Reads the JSON snapshot with sqlite3 (core/snapshot.py): no SQLAlchemy import, no ORM load.
        """
        from mmn_desktop.core import snapshot

        content, meta = snapshot.read(db_path)
        return cls.from_content(content, meta.get("content_hash", ""), meta.get("built_at", ""))

    # -- lookups ------------------------------------------------------------------------------

    def get(self, ident: str) -> Any | None:
        return self._by_id.get(ident.strip())

    def __contains__(self, ident: object) -> bool:
        return isinstance(ident, str) and ident.strip() in self._by_id

    def title(self, ident: str, lang: str = "en") -> str:
        """A short human title for any entry id (falls back to the id itself)."""
        entry = self.get(ident)
        if entry is None:
            return ident
        if isinstance(entry, Concept):
            return entry.title(lang)
        if isinstance(entry, TermToAvoid):
            variant = entry.variant(lang)
            return variant.terms[0] if variant and variant.terms else entry.title
        if isinstance(entry, LawCell):
            element = self.element(entry.element)
            return f"{self.country_name(entry.country)}: {element.title if element else entry.element}"
        if isinstance(entry, Ratification):
            inst = self.instrument(entry.instrument)
            return f"{self.country_name(entry.country)}: {inst.code if inst else entry.instrument}"
        if isinstance(entry, Instrument):
            return f"{entry.code} {entry.title}"
        return str(getattr(entry, "title", ident))

    @property
    def languages(self) -> tuple[Language, ...]:
        return self.content.languages

    @property
    def countries(self) -> tuple[Country, ...]:
        return self.content.countries

    def country_name(self, slug: str) -> str:
        for c in self.content.countries:
            if c.slug == slug:
                return c.name
        return slug

    def language_name(self, code: str, native: bool = False) -> str:
        for lang in self.content.languages:
            if lang.code == code:
                return lang.native if native else lang.name
        return code

    def concept(self, slug: str) -> Concept | None:
        found = self._by_id.get(f"concept:{slug}")
        return found if isinstance(found, Concept) else None

    def element(self, slug: str) -> LawElement | None:
        found = self._by_id.get(f"law:{slug}")
        return found if isinstance(found, LawElement) else None

    def cell(self, country: str, element: str) -> LawCell | None:
        found = self._by_id.get(f"law:{country}/{element}")
        return found if isinstance(found, LawCell) else None

    def instrument(self, slug: str) -> Instrument | None:
        found = self._by_id.get(f"ratification:{slug}")
        return found if isinstance(found, Instrument) else None

    def ratification(self, country: str, instrument: str) -> Ratification | None:
        found = self._by_id.get(f"ratification:{country}/{instrument}")
        return found if isinstance(found, Ratification) else None

    def chapters(self, kind: str = "chapter") -> tuple[Chapter, ...]:
        return tuple(c for c in self.content.chapters if c.kind == kind)

    def bib(self, slug: str) -> BibRecord | None:
        found = self._by_id.get(f"bib:{slug}")
        return found if isinstance(found, BibRecord) else None

    def translations_of(self, chapter: Chapter) -> tuple[Chapter, ...]:
        """The other language versions of a chapter (both directions of ``translation_of``)."""
        root = chapter.translation_of or chapter.slug
        return tuple(
            c for c in self.content.chapters if c.slug != chapter.slug and (c.slug == root or c.translation_of == root)
        )

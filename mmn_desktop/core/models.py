"""Frozen dataclasses: what the core hands to the UI and the CLI.

ORM rows and Whoosh objects never leave the core; these do. They are plain, immutable and
safe to pass between threads.
"""

from __future__ import annotations

from dataclasses import dataclass

LANGUAGES: tuple[str, ...] = ("en", "my", "zh", "km", "lo", "th", "vi")
KINDS: tuple[str, ...] = ("concept", "avoid", "law", "chapter", "bib", "ratification", "page")
TERM_STATUSES = ("preferred", "admitted", "deprecated")
REVIEW_STATUSES = ("draft", "reviewed")
RATIFICATION_STATUSES = ("ratified", "signed", "not-ratified")
BIB_TYPES = ("book", "report", "article", "chapter", "briefing", "proceedings", "web")


@dataclass(frozen=True, slots=True)
class Language:
    code: str
    name: str
    native: str
    script: str


@dataclass(frozen=True, slots=True)
class Country:
    slug: str
    iso: str
    name: str


@dataclass(frozen=True, slots=True)
class Term:
    text: str
    status: str = "preferred"
    note: str = ""


@dataclass(frozen=True, slots=True)
class ConceptSection:
    lang: str
    review: str
    terms: tuple[Term, ...]
    definition: str
    notes: str = ""
    examples: tuple[str, ...] = ()
    reviewer: str = ""

    @property
    def headword(self) -> str:
        for term in self.terms:
            if term.status == "preferred":
                return term.text
        return self.terms[0].text if self.terms else ""


@dataclass(frozen=True, slots=True)
class Concept:
    slug: str
    domain: str
    related: tuple[str, ...]
    sections: tuple[ConceptSection, ...]

    @property
    def id(self) -> str:
        return f"concept:{self.slug}"

    def section(self, lang: str) -> ConceptSection | None:
        for s in self.sections:
            if s.lang == lang:
                return s
        return None

    def title(self, lang: str = "en") -> str:
        sec = self.section(lang) or self.section("en") or (self.sections[0] if self.sections else None)
        return sec.headword if sec else self.slug


@dataclass(frozen=True, slots=True)
class AvoidVariant:
    lang: str
    terms: tuple[str, ...]
    reason: str = ""


@dataclass(frozen=True, slots=True)
class TermToAvoid:
    slug: str
    variants: tuple[AvoidVariant, ...]
    use_instead: tuple[str, ...]
    review: str = "draft"

    @property
    def id(self) -> str:
        return f"avoid:{self.slug}"

    def variant(self, lang: str) -> AvoidVariant | None:
        for v in self.variants:
            if v.lang == lang:
                return v
        return None

    @property
    def title(self) -> str:
        en = self.variant("en")
        return en.terms[0] if en and en.terms else self.slug


@dataclass(frozen=True, slots=True)
class Citation:
    law: str
    article: str = ""
    note: str = ""

    def __str__(self) -> str:
        return f"{self.law}, {self.article}" if self.article else self.law


@dataclass(frozen=True, slots=True)
class LawElement:
    slug: str
    order: int
    title: str
    covers: str
    intl_summary: str
    intl_citations: tuple[Citation, ...]
    as_of: str

    @property
    def id(self) -> str:
        return f"law:{self.slug}"


@dataclass(frozen=True, slots=True)
class LawCell:
    country: str
    element: str
    summary: str
    citations: tuple[Citation, ...]
    as_of: str
    migrants: str = ""
    review: str = "draft"

    @property
    def id(self) -> str:
        return f"law:{self.country}/{self.element}"


@dataclass(frozen=True, slots=True)
class Chapter:
    slug: str
    order: int
    title: str
    language: str
    body: str
    translation_of: str = ""
    review: str = "draft"
    kind: str = "chapter"  # "chapter" (ADD handbook) or "page" (edition pages: about, disclaimer, credits)

    @property
    def id(self) -> str:
        return f"{self.kind}:{self.slug}"


@dataclass(frozen=True, slots=True)
class BibRecord:
    slug: str
    type: str
    title: str
    year: int
    publisher: str
    authors: tuple[str, ...] = ()
    organisation: tuple[str, ...] = ()
    place: str = ""
    url: str = ""
    languages: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    annotation: str = ""

    @property
    def id(self) -> str:
        return f"bib:{self.slug}"

    @property
    def creators(self) -> tuple[str, ...]:
        return self.authors or self.organisation


@dataclass(frozen=True, slots=True)
class Instrument:
    slug: str
    body: str
    code: str
    title: str
    adopted: int | None = None
    fundamental: bool = False

    @property
    def id(self) -> str:
        return f"ratification:{self.slug}"


@dataclass(frozen=True, slots=True)
class Ratification:
    country: str
    instrument: str
    status: str
    as_of: str
    source: str
    year: int | None = None
    note: str = ""

    @property
    def id(self) -> str:
        return f"ratification:{self.country}/{self.instrument}"


@dataclass(frozen=True, slots=True)
class ContentSet:
    """Everything loaded from the sources (or read back from the database)."""

    languages: tuple[Language, ...] = ()
    countries: tuple[Country, ...] = ()
    topics: tuple[str, ...] = ()
    concepts: tuple[Concept, ...] = ()
    avoid: tuple[TermToAvoid, ...] = ()
    elements: tuple[LawElement, ...] = ()
    cells: tuple[LawCell, ...] = ()
    chapters: tuple[Chapter, ...] = ()
    bibliography: tuple[BibRecord, ...] = ()
    instruments: tuple[Instrument, ...] = ()
    ratifications: tuple[Ratification, ...] = ()


@dataclass(frozen=True, slots=True)
class SearchHit:
    kind: str
    id: str
    title: str
    lang: str
    snippet: str
    score: float
    countries: tuple[str, ...] = ()

    def to_json(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "id": self.id,
            "title": self.title,
            "lang": self.lang,
            "snippet": self.snippet,
            "score": round(self.score, 4),
        }


@dataclass(frozen=True, slots=True)
class Notice:
    """Something the user should know about a search or the index.

    ``code`` is stable (the UI words it in the user's language), ``message`` is the English for
    logs and the CLI, ``value`` the one detail a sentence needs (a length, an index state).
    """

    code: str  # "query-cut" | "zawgyi-converted" | "zawgyi-maybe" | "index-rebuilt"
    message: str
    value: str = ""

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True, slots=True)
class SearchResult:
    query: str
    total: int
    took_ms: float
    hits: tuple[SearchHit, ...]
    mode: str = "exact"  # exact | fuzzy | any | empty
    suggestion: str = ""
    notices: tuple[Notice, ...] = ()
    generation: int = 0

    def grouped(self) -> dict[str, list[SearchHit]]:
        """Hits grouped by kind, in the order of the best hit of each kind."""
        groups: dict[str, list[SearchHit]] = {}
        for hit in self.hits:
            groups.setdefault(hit.kind, []).append(hit)
        return groups


@dataclass(frozen=True, slots=True)
class SearchFilters:
    kinds: tuple[str, ...] = ()
    langs: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class BuildInfo:
    schema_version: int
    content_hash: str
    built_at: str

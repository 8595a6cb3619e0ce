"""SQLAlchemy 2 typed models of the content database (db/content.sqlite).

The database is written once by the builder and only read by the app. ``SCHEMA_VERSION``
is stamped into the ``meta`` table; a database with another version is rebuilt, not read.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from mmn_desktop.core.db.version import SCHEMA_VERSION

__all__ = ["SCHEMA_VERSION"]


class Base(DeclarativeBase):
    pass


class MetaRow(Base):
    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class LanguageRow(Base):
    __tablename__ = "languages"
    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    name: Mapped[str]
    native: Mapped[str]
    script: Mapped[str]
    position: Mapped[int]


class CountryRow(Base):
    __tablename__ = "countries"
    slug: Mapped[str] = mapped_column(String(32), primary_key=True)
    iso: Mapped[str] = mapped_column(String(2))
    name: Mapped[str]
    position: Mapped[int]


class TopicRow(Base):
    __tablename__ = "topics"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    position: Mapped[int]


class ConceptRow(Base):
    __tablename__ = "concepts"
    slug: Mapped[str] = mapped_column(String(128), primary_key=True)
    domain: Mapped[str]
    sections: Mapped[list[SectionRow]] = relationship(
        back_populates="concept", order_by="SectionRow.position", cascade="all, delete-orphan"
    )
    relations: Mapped[list[RelationRow]] = relationship(order_by="RelationRow.position", cascade="all, delete-orphan")


class RelationRow(Base):
    __tablename__ = "concept_relations"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    concept_slug: Mapped[str] = mapped_column(ForeignKey("concepts.slug"), index=True)
    target: Mapped[str]
    position: Mapped[int]


class SectionRow(Base):
    __tablename__ = "concept_sections"
    __table_args__ = (UniqueConstraint("concept_slug", "lang"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    concept_slug: Mapped[str] = mapped_column(ForeignKey("concepts.slug"), index=True)
    lang: Mapped[str] = mapped_column(ForeignKey("languages.code"))
    review: Mapped[str]
    reviewer: Mapped[str] = mapped_column(default="")
    definition: Mapped[str] = mapped_column(Text)
    notes: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int]
    concept: Mapped[ConceptRow] = relationship(back_populates="sections")
    terms: Mapped[list[TermRow]] = relationship(order_by="TermRow.position", cascade="all, delete-orphan")
    examples: Mapped[list[ExampleRow]] = relationship(order_by="ExampleRow.position", cascade="all, delete-orphan")


class TermRow(Base):
    __tablename__ = "terms"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    section_id: Mapped[int] = mapped_column(ForeignKey("concept_sections.id"), index=True)
    text: Mapped[str]
    status: Mapped[str]
    note: Mapped[str] = mapped_column(default="")
    position: Mapped[int]


class ExampleRow(Base):
    __tablename__ = "concept_examples"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    section_id: Mapped[int] = mapped_column(ForeignKey("concept_sections.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int]


class AvoidRow(Base):
    __tablename__ = "terms_to_avoid"
    slug: Mapped[str] = mapped_column(String(128), primary_key=True)
    review: Mapped[str]
    variants: Mapped[list[AvoidVariantRow]] = relationship(
        order_by="AvoidVariantRow.position", cascade="all, delete-orphan"
    )
    alternatives: Mapped[list[AlternativeRow]] = relationship(
        order_by="AlternativeRow.position", cascade="all, delete-orphan"
    )


class AvoidVariantRow(Base):
    __tablename__ = "avoid_variants"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    avoid_slug: Mapped[str] = mapped_column(ForeignKey("terms_to_avoid.slug"), index=True)
    lang: Mapped[str] = mapped_column(ForeignKey("languages.code"))
    terms: Mapped[str] = mapped_column(Text)  # newline-separated, in order
    reason: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int]


class AlternativeRow(Base):
    __tablename__ = "avoid_alternatives"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    avoid_slug: Mapped[str] = mapped_column(ForeignKey("terms_to_avoid.slug"), index=True)
    target: Mapped[str]
    position: Mapped[int]


class ElementRow(Base):
    __tablename__ = "law_elements"
    slug: Mapped[str] = mapped_column(String(64), primary_key=True)
    order: Mapped[int]
    title: Mapped[str]
    covers: Mapped[str] = mapped_column(Text)
    intl_summary: Mapped[str] = mapped_column(Text)
    as_of: Mapped[str]
    citations: Mapped[list[CitationRow]] = relationship(
        primaryjoin="ElementRow.slug == foreign(CitationRow.element_slug)",
        order_by="CitationRow.position",
        cascade="all, delete-orphan",
    )


class CellRow(Base):
    __tablename__ = "law_cells"
    __table_args__ = (UniqueConstraint("country", "element"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    country: Mapped[str] = mapped_column(ForeignKey("countries.slug"))
    element: Mapped[str] = mapped_column(ForeignKey("law_elements.slug"))
    summary: Mapped[str] = mapped_column(Text)
    migrants: Mapped[str] = mapped_column(Text, default="")
    as_of: Mapped[str]
    review: Mapped[str]
    citations: Mapped[list[CitationRow]] = relationship(
        primaryjoin="CellRow.id == foreign(CitationRow.cell_id)",
        order_by="CitationRow.position",
        cascade="all, delete-orphan",
    )


class CitationRow(Base):
    """A citation of a law cell (law, article) or of an element's international row."""

    __tablename__ = "law_citations"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    element_slug: Mapped[str | None] = mapped_column(ForeignKey("law_elements.slug"), index=True)
    cell_id: Mapped[int | None] = mapped_column(ForeignKey("law_cells.id"), index=True)
    law: Mapped[str]
    article: Mapped[str] = mapped_column(default="")
    note: Mapped[str] = mapped_column(default="")
    position: Mapped[int]


class ChapterRow(Base):
    """A handbook chapter (kind "chapter") or an edition page (kind "page")."""

    __tablename__ = "chapters"
    __table_args__ = (UniqueConstraint("kind", "slug"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), default="chapter")
    slug: Mapped[str] = mapped_column(String(128))
    order: Mapped[int]
    title: Mapped[str]
    language: Mapped[str] = mapped_column(ForeignKey("languages.code"))
    body: Mapped[str] = mapped_column(Text)
    translation_of: Mapped[str] = mapped_column(default="")
    review: Mapped[str]


class BibRow(Base):
    __tablename__ = "bibliography"
    slug: Mapped[str] = mapped_column(String(128), primary_key=True)
    type: Mapped[str]
    title: Mapped[str] = mapped_column(Text)
    year: Mapped[int] = mapped_column(index=True)
    publisher: Mapped[str]
    place: Mapped[str] = mapped_column(default="")
    url: Mapped[str] = mapped_column(default="")
    annotation: Mapped[str] = mapped_column(Text)
    creators: Mapped[list[CreatorRow]] = relationship(order_by="CreatorRow.position", cascade="all, delete-orphan")
    tags: Mapped[list[BibTagRow]] = relationship(order_by="BibTagRow.position", cascade="all, delete-orphan")


class CreatorRow(Base):
    __tablename__ = "bib_creators"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_slug: Mapped[str] = mapped_column(ForeignKey("bibliography.slug"), index=True)
    role: Mapped[str]  # author | organisation
    name: Mapped[str]
    position: Mapped[int]


class BibTagRow(Base):
    __tablename__ = "bib_tags"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_slug: Mapped[str] = mapped_column(ForeignKey("bibliography.slug"), index=True)
    kind: Mapped[str]  # language | country | topic
    value: Mapped[str] = mapped_column(index=True)
    position: Mapped[int]


class InstrumentRow(Base):
    __tablename__ = "instruments"
    slug: Mapped[str] = mapped_column(String(64), primary_key=True)
    body: Mapped[str]
    code: Mapped[str]
    title: Mapped[str]
    adopted: Mapped[int | None]
    fundamental: Mapped[bool]
    position: Mapped[int]


class RatificationRow(Base):
    __tablename__ = "ratifications"
    __table_args__ = (UniqueConstraint("country", "instrument"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    country: Mapped[str] = mapped_column(ForeignKey("countries.slug"))
    instrument: Mapped[str] = mapped_column(ForeignKey("instruments.slug"))
    status: Mapped[str]
    year: Mapped[int | None]
    note: Mapped[str] = mapped_column(default="")
    as_of: Mapped[str]
    source: Mapped[str] = mapped_column(Text)

"""Reading and writing the content database. Returns frozen models, never ORM rows."""

from __future__ import annotations

import datetime as _dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, selectinload

from mmn_desktop.core import snapshot
from mmn_desktop.core.db import schema as s
from mmn_desktop.core.db.engine import open_engine
from mmn_desktop.core.errors import BadIdError, DatabaseMissingError, DatabaseVersionError, NotFoundError
from mmn_desktop.core.models import (
    AvoidVariant,
    BibRecord,
    BuildInfo,
    Chapter,
    Citation,
    Concept,
    ConceptSection,
    ContentSet,
    Country,
    KINDS,
    Instrument,
    Language,
    LawCell,
    LawElement,
    Ratification,
    Term,
    TermToAvoid,
)

log = logging.getLogger(__name__)

Entry = Concept | TermToAvoid | LawElement | LawCell | Chapter | BibRecord | Instrument | Ratification


# ---------------------------------------------------------------------------- writing


def write_content(path: Path, content: ContentSet, content_hash: str) -> None:
    """Create a new database at ``path`` (which must not exist) holding ``content``."""
    engine = open_engine(path, readonly=False)
    try:
        s.Base.metadata.create_all(engine)
        with Session(engine) as session, session.begin():
            session.add_all([
                s.MetaRow(key="schema_version", value=str(s.SCHEMA_VERSION)),
                s.MetaRow(key="content_hash", value=content_hash),
                s.MetaRow(key="built_at", value=_dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")),
            ])
            session.add_all(s.LanguageRow(code=lg.code, name=lg.name, native=lg.native, script=lg.script,
                                          position=i) for i, lg in enumerate(content.languages))
            session.add_all(s.CountryRow(slug=c.slug, iso=c.iso, name=c.name, position=i)
                            for i, c in enumerate(content.countries))
            session.add_all(s.TopicRow(name=t, position=i) for i, t in enumerate(content.topics))
            session.flush()
            for c in content.concepts:
                session.add(s.ConceptRow(
                    slug=c.slug, domain=c.domain,
                    relations=[s.RelationRow(target=r, position=i) for i, r in enumerate(c.related)],
                    sections=[s.SectionRow(
                        lang=sec.lang, review=sec.review, reviewer=sec.reviewer, definition=sec.definition,
                        notes=sec.notes, position=i,
                        terms=[s.TermRow(text=t.text, status=t.status, note=t.note, position=j)
                               for j, t in enumerate(sec.terms)],
                        examples=[s.ExampleRow(text=x, position=j) for j, x in enumerate(sec.examples)],
                    ) for i, sec in enumerate(c.sections)],
                ))
            for a in content.avoid:
                session.add(s.AvoidRow(
                    slug=a.slug, review=a.review,
                    variants=[s.AvoidVariantRow(lang=v.lang, terms="\n".join(v.terms), reason=v.reason, position=i)
                              for i, v in enumerate(a.variants)],
                    alternatives=[s.AlternativeRow(target=t, position=i) for i, t in enumerate(a.use_instead)],
                ))
            for e in content.elements:
                session.add(s.ElementRow(
                    slug=e.slug, order=e.order, title=e.title, covers=e.covers, intl_summary=e.intl_summary,
                    as_of=e.as_of, citations=_citation_rows(e.intl_citations),
                ))
            session.flush()
            for cell in content.cells:
                session.add(s.CellRow(
                    country=cell.country, element=cell.element, summary=cell.summary, migrants=cell.migrants,
                    as_of=cell.as_of, review=cell.review, citations=_citation_rows(cell.citations),
                ))
            for ch in content.chapters:
                session.add(s.ChapterRow(kind=ch.kind, slug=ch.slug, order=ch.order, title=ch.title,
                                         language=ch.language, body=ch.body, translation_of=ch.translation_of,
                                         review=ch.review))
            for b in content.bibliography:
                creators = [s.CreatorRow(role="author", name=n, position=i) for i, n in enumerate(b.authors)]
                creators += [s.CreatorRow(role="organisation", name=n, position=len(creators) + i)
                             for i, n in enumerate(b.organisation)]
                tags = [(k, v) for k, vs in (("language", b.languages), ("country", b.countries),
                                             ("topic", b.topics)) for v in vs]
                session.add(s.BibRow(
                    slug=b.slug, type=b.type, title=b.title, year=b.year, publisher=b.publisher, place=b.place,
                    url=b.url, annotation=b.annotation, creators=creators,
                    tags=[s.BibTagRow(kind=k, value=v, position=i) for i, (k, v) in enumerate(tags)],
                ))
            session.add_all(s.InstrumentRow(slug=i.slug, body=i.body, code=i.code, title=i.title, adopted=i.adopted,
                                            fundamental=i.fundamental, position=n)
                            for n, i in enumerate(content.instruments))
            session.flush()
            session.add_all(s.RatificationRow(country=r.country, instrument=r.instrument, status=r.status,
                                              year=r.year, note=r.note, as_of=r.as_of, source=r.source)
                            for r in content.ratifications)
        # The snapshot is made from what the database gives back, so both read paths agree exactly.
        readback = ContentRepository(path)
        try:
            frozen = snapshot.dump(readback.load_all())
        finally:
            readback.close()
        with Session(engine) as session, session.begin():
            session.add(s.MetaRow(key="snapshot", value=frozen))
    finally:
        engine.dispose()


def _citation_rows(citations: tuple[Citation, ...]) -> list[s.CitationRow]:
    return [s.CitationRow(law=c.law, article=c.article, note=c.note, position=i) for i, c in enumerate(citations)]


# ---------------------------------------------------------------------------- reading


def _concept(row: s.ConceptRow) -> Concept:
    return Concept(
        slug=row.slug, domain=row.domain, related=tuple(r.target for r in row.relations),
        sections=tuple(ConceptSection(
            lang=sec.lang, review=sec.review, reviewer=sec.reviewer, definition=sec.definition, notes=sec.notes,
            terms=tuple(Term(t.text, t.status, t.note) for t in sec.terms),
            examples=tuple(x.text for x in sec.examples),
        ) for sec in row.sections),
    )


def _avoid(row: s.AvoidRow) -> TermToAvoid:
    return TermToAvoid(
        slug=row.slug, review=row.review,
        variants=tuple(AvoidVariant(v.lang, tuple(v.terms.split("\n")), v.reason) for v in row.variants),
        use_instead=tuple(a.target for a in row.alternatives),
    )


def _cites(rows: list[s.CitationRow]) -> tuple[Citation, ...]:
    return tuple(Citation(c.law, c.article, c.note) for c in rows)


def _element(row: s.ElementRow) -> LawElement:
    return LawElement(row.slug, row.order, row.title, row.covers, row.intl_summary, _cites(row.citations), row.as_of)


def _cell(row: s.CellRow) -> LawCell:
    return LawCell(row.country, row.element, row.summary, _cites(row.citations), row.as_of, row.migrants, row.review)


def _chapter(row: s.ChapterRow) -> Chapter:
    return Chapter(row.slug, row.order, row.title, row.language, row.body, row.translation_of, row.review, row.kind)


def _bib(row: s.BibRow) -> BibRecord:
    def tags(kind: str) -> tuple[str, ...]:
        return tuple(t.value for t in row.tags if t.kind == kind)

    return BibRecord(
        slug=row.slug, type=row.type, title=row.title, year=row.year, publisher=row.publisher,
        authors=tuple(c.name for c in row.creators if c.role == "author"),
        organisation=tuple(c.name for c in row.creators if c.role == "organisation"),
        place=row.place, url=row.url, languages=tags("language"), countries=tags("country"), topics=tags("topic"),
        annotation=row.annotation,
    )


def _instrument(row: s.InstrumentRow) -> Instrument:
    return Instrument(row.slug, row.body, row.code, row.title, row.adopted, row.fundamental)


def _ratification(row: s.RatificationRow) -> Ratification:
    return Ratification(row.country, row.instrument, row.status, row.as_of, row.source, row.year, row.note)


class ContentRepository:
    """Read-only access to a built content database."""

    def __init__(self, path: Path) -> None:
        self.path = path
        if not path.is_file():
            raise DatabaseMissingError(f"content database not found: {path}", path=str(path))
        self._engine = open_engine(path, readonly=True)
        try:
            meta = self._meta()
        except (OperationalError, DatabaseError) as exc:
            self._engine.dispose()
            raise DatabaseVersionError(f"content database is unreadable: {path} ({exc.orig})", path=str(path)) from exc
        version = meta.get("schema_version")
        if version != str(s.SCHEMA_VERSION):
            self._engine.dispose()
            raise DatabaseVersionError(
                f"content database has schema {version}, this version needs {s.SCHEMA_VERSION}: rebuild it",
                path=str(path), found=version, expected=s.SCHEMA_VERSION,
            )
        self.content_hash = meta.get("content_hash", "")
        self.built_at = meta.get("built_at", "")

    def close(self) -> None:
        self._engine.dispose()

    def _meta(self) -> dict[str, str]:
        with Session(self._engine) as session:
            return {r.key: r.value for r in session.scalars(select(s.MetaRow))}

    def _read(self, fn: Callable[[Session], Any]) -> Any:
        with Session(self._engine) as session:
            return fn(session)

    # -- bulk -----------------------------------------------------------------------------

    def languages(self) -> tuple[Language, ...]:
        return self._read(lambda ses: tuple(
            Language(r.code, r.name, r.native, r.script)
            for r in ses.scalars(select(s.LanguageRow).order_by(s.LanguageRow.position))))

    def countries(self) -> tuple[Country, ...]:
        return self._read(lambda ses: tuple(
            Country(r.slug, r.iso, r.name) for r in ses.scalars(select(s.CountryRow).order_by(s.CountryRow.position))))

    def concepts(self) -> tuple[Concept, ...]:
        opts = selectinload(s.ConceptRow.sections).selectinload(s.SectionRow.terms)
        return self._read(lambda ses: tuple(_concept(r) for r in ses.scalars(
            select(s.ConceptRow).options(opts, selectinload(s.ConceptRow.sections)
                                         .selectinload(s.SectionRow.examples),
                                         selectinload(s.ConceptRow.relations)).order_by(s.ConceptRow.slug))))

    def terms_to_avoid(self) -> tuple[TermToAvoid, ...]:
        return self._read(lambda ses: tuple(_avoid(r) for r in ses.scalars(
            select(s.AvoidRow).options(selectinload(s.AvoidRow.variants), selectinload(s.AvoidRow.alternatives))
            .order_by(s.AvoidRow.slug))))

    def law_elements(self) -> tuple[LawElement, ...]:
        return self._read(lambda ses: tuple(_element(r) for r in ses.scalars(
            select(s.ElementRow).options(selectinload(s.ElementRow.citations)).order_by(s.ElementRow.order))))

    def law_cells(self) -> tuple[LawCell, ...]:
        return self._read(lambda ses: tuple(_cell(r) for r in ses.scalars(
            select(s.CellRow).options(selectinload(s.CellRow.citations)).order_by(s.CellRow.country, s.CellRow.element))))

    def chapters(self, kind: str | None = None) -> tuple[Chapter, ...]:
        """Handbook chapters and edition pages (or only one ``kind`` of them)."""
        query = select(s.ChapterRow).order_by(s.ChapterRow.kind, s.ChapterRow.language != "en", s.ChapterRow.order)
        if kind:
            query = query.where(s.ChapterRow.kind == kind)
        return self._read(lambda ses: tuple(_chapter(r) for r in ses.scalars(query)))

    def bibliography(self) -> tuple[BibRecord, ...]:
        return self._read(lambda ses: tuple(_bib(r) for r in ses.scalars(
            select(s.BibRow).options(selectinload(s.BibRow.creators), selectinload(s.BibRow.tags))
            .order_by(s.BibRow.year.desc(), s.BibRow.slug))))

    def instruments(self) -> tuple[Instrument, ...]:
        return self._read(lambda ses: tuple(_instrument(r) for r in ses.scalars(
            select(s.InstrumentRow).order_by(s.InstrumentRow.position))))

    def ratifications(self) -> tuple[Ratification, ...]:
        return self._read(lambda ses: tuple(_ratification(r) for r in ses.scalars(
            select(s.RatificationRow).order_by(s.RatificationRow.country, s.RatificationRow.instrument))))

    def load_all(self) -> ContentSet:
        return ContentSet(
            languages=self.languages(), countries=self.countries(),
            topics=self._read(lambda ses: tuple(ses.scalars(select(s.TopicRow.name).order_by(s.TopicRow.position)))),
            concepts=self.concepts(), avoid=self.terms_to_avoid(), elements=self.law_elements(),
            cells=self.law_cells(), chapters=self.chapters(), bibliography=self.bibliography(),
            instruments=self.instruments(), ratifications=self.ratifications(),
        )

    # -- one entry --------------------------------------------------------------------------

    def get(self, ident: str) -> Entry:
        """Look up one entry by its id (``concept:slug``, ``law:thailand/wages``, ...)."""
        kind, _, key = ident.partition(":")
        if not key or kind not in KINDS:
            raise BadIdError(f"not an entry id: {ident!r} (expected kind:slug, e.g. concept:migrant-worker)",
                             id=ident)
        found = self._read(lambda ses: self._lookup(ses, kind, key))
        if found is None:
            raise NotFoundError(f"no entry with id {ident!r}", id=ident)
        return found

    def _lookup(self, ses: Session, kind: str, key: str) -> Entry | None:
        if kind == "concept":
            row = ses.get(s.ConceptRow, key)
            return _concept(row) if row else None
        if kind == "avoid":
            row_a = ses.get(s.AvoidRow, key)
            return _avoid(row_a) if row_a else None
        if kind in ("chapter", "page"):
            row_c = ses.scalars(select(s.ChapterRow).where(s.ChapterRow.kind == kind, s.ChapterRow.slug == key)).first()
            return _chapter(row_c) if row_c else None
        if kind == "bib":
            row_b = ses.get(s.BibRow, key)
            return _bib(row_b) if row_b else None
        if kind == "law":
            if "/" in key:
                country, _, element = key.partition("/")
                cell = ses.scalars(select(s.CellRow).where(s.CellRow.country == country,
                                                           s.CellRow.element == element)).first()
                return _cell(cell) if cell else None
            row_e = ses.get(s.ElementRow, key)
            return _element(row_e) if row_e else None
        if "/" in key:
            country, _, inst = key.partition("/")
            rat = ses.scalars(select(s.RatificationRow).where(s.RatificationRow.country == country,
                                                              s.RatificationRow.instrument == inst)).first()
            return _ratification(rat) if rat else None
        row_i = ses.get(s.InstrumentRow, key)
        return _instrument(row_i) if row_i else None

    def info(self) -> BuildInfo:
        return BuildInfo(s.SCHEMA_VERSION, self.content_hash, self.built_at)

    # -- statistics -----------------------------------------------------------------------------

    def stats(self) -> dict[str, Any]:
        def count(ses: Session, model: Any, *where: Any) -> int:
            return int(ses.scalar(select(func.count()).select_from(model).where(*where)) or 0)

        def run(ses: Session) -> dict[str, Any]:
            langs = [r.code for r in ses.scalars(select(s.LanguageRow).order_by(s.LanguageRow.position))]
            per_lang: dict[str, int] = dict(ses.execute(
                select(s.SectionRow.lang, func.count(func.distinct(s.SectionRow.concept_slug)))
                .join(s.TermRow, s.TermRow.section_id == s.SectionRow.id)
                .group_by(s.SectionRow.lang)).all())
            cells_cited = int(ses.scalar(
                select(func.count(func.distinct(s.CitationRow.cell_id))).where(s.CitationRow.cell_id.is_not(None)))
                or 0)
            intl_rows = int(ses.scalar(select(func.count()).select_from(s.ElementRow)
                                       .where(s.ElementRow.intl_summary != "")) or 0)
            return {
                "concepts": count(ses, s.ConceptRow),
                "concept_languages": {code: int(per_lang.get(code, 0)) for code in langs},
                "terms_to_avoid": count(ses, s.AvoidRow),
                "law_elements": count(ses, s.ElementRow),
                "law_cells": count(ses, s.CellRow),
                "law_cells_cited": cells_cited,
                "international_rows": intl_rows,
                "chapters": count(ses, s.ChapterRow, s.ChapterRow.kind == "chapter"),
                "bibliography": count(ses, s.BibRow),
                "instruments": count(ses, s.InstrumentRow),
                "ratification_cells": count(ses, s.RatificationRow),
                "draft_sections": count(ses, s.SectionRow, s.SectionRow.review == "draft"),
                "reviewed_sections": count(ses, s.SectionRow, s.SectionRow.review == "reviewed"),
            }

        return self._read(run)

"""The shipped content: valid, complete enough for the starter set, honest, and searchable."""

from __future__ import annotations

import pytest

from mmn_desktop.core.builder.build import build
from mmn_desktop.core.content import load_content
from mmn_desktop.core.db.repository import ContentRepository
from mmn_desktop.core.models import LANGUAGES
from mmn_desktop.core.search.service import SearchService
from tests.conftest import REAL_CONTENT

FUNDAMENTAL = {
    "ilo-c029",
    "ilo-p029",
    "ilo-c087",
    "ilo-c098",
    "ilo-c100",
    "ilo-c105",
    "ilo-c111",
    "ilo-c138",
    "ilo-c182",
    "ilo-c155",
    "ilo-c187",
}


@pytest.fixture(scope="module")
def content():  # type: ignore[no-untyped-def]
    content, problems = load_content(REAL_CONTENT)
    assert problems == [], "\n".join(map(str, problems))
    return content


@pytest.fixture(scope="module")
def real_search(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    out = tmp_path_factory.mktemp("real")
    build(REAL_CONTENT, out)
    repo = ContentRepository(out / "content.sqlite")
    service = SearchService(out / "index", repo).open()
    yield service
    service.close()
    repo.close()


def test_starter_set_is_complete(content) -> None:  # type: ignore[no-untyped-def]
    full = [c for c in content.concepts if {s.lang for s in c.sections} == set(LANGUAGES)]
    assert len(full) >= 15
    assert len(content.avoid) >= 5
    assert len(content.elements) == 14 and [e.order for e in content.elements] == list(range(1, 15))
    thailand = {c.element for c in content.cells if c.country == "thailand"}
    assert thailand == {e.slug for e in content.elements}
    assert all(e.intl_summary and e.intl_citations for e in content.elements)
    assert len([c for c in content.chapters if c.language == "en" and c.kind == "chapter"]) >= 2
    assert {"about", "disclaimer", "credits"} <= {c.slug for c in content.chapters if c.kind == "page"}
    assert len(content.bibliography) >= 15
    cells = {(r.country, r.instrument) for r in content.ratifications}
    assert {(c.slug, i) for c in content.countries for i in FUNDAMENTAL} <= cells


def test_every_law_cell_is_cited_and_dated(content) -> None:  # type: ignore[no-untyped-def]
    for cell in content.cells:
        assert cell.citations and all(c.law for c in cell.citations), cell.id
        assert cell.as_of, cell.id


def test_nothing_is_marked_reviewed_without_a_reviewer(content) -> None:  # type: ignore[no-untyped-def]
    for c in content.concepts:
        for s in c.sections:
            assert s.review == "draft" or s.reviewer, f"{c.id} {s.lang}"


def test_no_burmese_text_is_zawgyi(content) -> None:  # type: ignore[no-untyped-def]
    from mmn_desktop.core.search.query import zawgyi_probability

    for c in content.concepts:
        sec = c.section("my")
        if sec:
            assert zawgyi_probability(sec.headword + " " + sec.definition) < 0.5, c.id


def test_handbook_chapters_carry_the_disclaimer(content) -> None:  # type: ignore[no-untyped-def]
    for ch in content.chapters:
        if ch.kind == "chapter" and ch.language == "en":
            assert "not legal advice" in ch.body.lower(), ch.id


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ค่าจ", "concept:minimum-wage"),  # typing towards ค่าจ้างขั้นต่ำ
        ("แรงงานข้ามชาติ", "concept:migrant-worker"),
        ("ข้ามชาติ", "concept:migrant-worker"),
        ("lao dong di cu", "concept:migrant-worker"),
        ("trafficking", "concept:trafficking-in-persons"),
        ("traficking", "concept:trafficking-in-persons"),
        ("illegal alien", "avoid:illegal-alien"),
        ("no choice in the matter", "bib:mmn-2013-no-choice"),
        ("maternity", "law:thailand/maternity"),
    ],
)
def test_real_searches(real_search, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert expected in [h.id for h in real_search.search(text).hits]


def test_headwords_rank_first(real_search) -> None:  # type: ignore[no-untyped-def]
    for concept in ("deportation", "work permit", "refugee", "minimum wage"):
        hits = real_search.search(concept).hits
        assert hits[0].kind == "concept" and hits[0].title.lower() == concept, (concept, hits[:3])


@pytest.fixture(scope="module")
def real_repo(real_search):  # type: ignore[no-untyped-def]
    return real_search.repository


@pytest.mark.parametrize("lang", ["en", "my", "zh", "km", "lo", "th", "vi"])
def test_every_headword_finds_its_concept(real_search, real_repo, lang: str) -> None:  # type: ignore[no-untyped-def]
    """Search quality over the whole vocabulary: each headword, in each language, ranks its concept
    in the top two (in the first place for at least 95%)."""
    first = 0
    concepts = real_repo.concepts()
    for c in concepts:
        sec = c.section(lang)
        ids = [h.id for h in real_search.search(sec.headword, limit=10).hits]
        assert c.id in ids[:2], (lang, sec.headword, ids[:3])
        first += ids[0] == c.id
    assert first >= 0.95 * len(concepts)


@pytest.mark.parametrize("lang", ["en", "my", "zh", "km", "lo", "th", "vi"])
def test_typing_two_thirds_of_a_headword_finds_it(real_search, real_repo, lang: str) -> None:  # type: ignore[no-untyped-def]
    from mmn_desktop.core.search.analysis import grapheme_clusters

    for c in real_repo.concepts():
        clusters = grapheme_clusters(c.section(lang).headword)
        typed = "".join(clusters[: max(2, len(clusters) * 2 // 3)]).rstrip()
        ids = [h.id for h in real_search.search(typed, limit=20).hits]
        assert c.id in ids, (lang, typed, ids[:3])

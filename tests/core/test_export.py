"""Bibliography exports: RIS, BibTeX and CSL-JSON parse back with what they were made from."""

from __future__ import annotations

import json
import re
import warnings

import bibtexparser
import pytest
import rispy
from hypothesis import given, settings
from hypothesis import strategies as st

from mmn_desktop.core.content import load_content
from mmn_desktop.core.export import to_bibtex, to_csl_items, to_csl_json, to_ris
from mmn_desktop.core.export.common import parse_person
from mmn_desktop.core.models import BIB_TYPES, BibRecord
from tests.conftest import REAL_CONTENT

RIS_TYPES = {
    "book": "BOOK",
    "report": "RPRT",
    "article": "JOUR",
    "chapter": "CHAP",
    "briefing": "RPRT",
    "proceedings": "CONF",
    "web": "ELEC",
}
BIBTEX_TYPES = {
    "book": "book",
    "report": "techreport",
    "article": "article",
    "chapter": "incollection",
    "briefing": "techreport",
    "proceedings": "proceedings",
    "web": "misc",
}
CSL_TYPES = {
    "book": "book",
    "report": "report",
    "article": "article-journal",
    "chapter": "chapter",
    "briefing": "report",
    "proceedings": "book",
    "web": "webpage",
}

SPECIAL_TITLE = r"Wages & Hours: 100% of {the} workers_paid ~$5 #1 ^up \back — ค่าจ้างขั้นต่ำ / Lương tối thiểu"

FIXTURES = (
    BibRecord(
        slug="doe-2020-wages",
        type="report",
        title=SPECIAL_TITLE,
        year=2020,
        publisher="Mekong & Partners (Working Paper No. 5)",
        organisation=("Mekong & Partners",),
        place="Chiang Mai",
        url="https://example.org/a%20b_c?x=1&y={2}#top",
        languages=("en", "th", "vi"),
        countries=("thailand", "vietnam"),
        topics=("labour-rights",),
        annotation="Line one\nline two: 50% & more_{x}.",
    ),
    BibRecord(
        slug="nguyen-2019-lao-dong",
        type="article",
        title="Lao động di cư và quyền của người lao động",
        year=2019,
        publisher="Tạp chí Xã hội học, vol. 12",
        authors=("Nguyễn, Thị Hà", "Jeroen van Hove", "Supang Chantavanich"),
        languages=("vi",),
    ),
    BibRecord(
        slug="somchai-2015-book",
        type="book",
        title="แรงงานข้ามชาติในประเทศไทย",
        year=2015,
        publisher="สำนักพิมพ์มหาวิทยาลัย",
        authors=("Somchai, Jaidee (ed.)",),
        organisation=("Thai Labour Institute",),
        place="กรุงเทพฯ",
        languages=("th",),
    ),
    BibRecord(
        "org-2013-brief", "briefing", "Brief on Health", 2013, "Org A and Org B", organisation=("Org A", "Org B")
    ),
    BibRecord(
        "mmn-2013-symposium", "proceedings", "Symposium", 2013, "MMN", organisation=("Mekong Migration Network",)
    ),
    BibRecord(
        "mmn-2009-web", "web", "Web Bibliography", 2009, "MMN", organisation=("MMN",), url="http://www.example.org/b/"
    ),
    BibRecord("roe-2011-chapter", "chapter", "A Chapter", 2011, "Routledge", authors=("Roe, Richard",)),
    BibRecord("roe-2011-chapter", "book", "Same slug twice", 2011, "Routledge", authors=("Roe, Richard",)),
)

_LATEX = {
    r"\textbackslash{}": "\\",
    r"\textbraceleft{}": "{",
    r"\textbraceright{}": "}",
    r"\textasciitilde{}": "~",
    r"\textasciicircum{}": "^",
    r"\&": "&",
    r"\%": "%",
    r"\$": "$",
    r"\#": "#",
    r"\_": "_",
}
_LATEX_RE = re.compile(r"\\text\w+\{\}|\\[&%$#_]|[{}]")


def delatex(value: str) -> str:
    """Undo the exporter's escaping; drop the protective braces."""
    return _LATEX_RE.sub(lambda m: _LATEX.get(m.group(), ""), value)


def one_line(text: str) -> str:
    return " ".join(text.split())


def split_names(field: str) -> list[str]:
    """A BibTeX name list split on " and " outside braces."""
    names, depth, current = [], 0, ""
    i = 0
    while i < len(field):
        if field[i] == "{":
            depth += 1
        elif field[i] == "}":
            depth -= 1
        if depth == 0 and field.startswith(" and ", i):
            names.append(current)
            current, i = "", i + 5
            continue
        current += field[i]
        i += 1
    return [*names, current] if current else names


def parse_bibtex(text: str) -> list[dict[str, str]]:
    with warnings.catch_warnings():
        # pyparsing 3.3 warns about bibtexparser 1.4's grammar on every parse; not our code.
        warnings.filterwarnings("ignore", message=".*results name.*")
        database = bibtexparser.loads(text)
    return database.entries


def expected_names(record: BibRecord) -> tuple[list[str], list[str]]:
    """(authors, editors): family names of people (``parse_person`` is tested on its own below),
    full names of organisations, which are the authors only when no person is."""
    people = [(parse_person(a).family, a.endswith("(ed.)")) for a in record.authors]
    authors = [name for name, editor in people if not editor]
    editors = [name for name, editor in people if editor]
    return (authors or list(record.organisation)), editors


def bibtex_family(name: str) -> str:
    name = name.strip()
    if name.startswith("{") and name.endswith("}") and name.count("{") == 1:
        return delatex(name)
    return delatex(name.split(", ")[0])


@pytest.fixture(scope="module")
def real_records() -> tuple[BibRecord, ...]:
    content, problems = load_content(REAL_CONTENT)
    assert problems == []
    assert len(content.bibliography) >= 15
    return content.bibliography


def unique_slugs(records: tuple[BibRecord, ...]) -> tuple[BibRecord, ...]:
    by_slug: dict[str, BibRecord] = {}
    for r in records:
        by_slug.setdefault(r.slug, r)
    return tuple(by_slug.values())


@pytest.fixture(params=["fixtures", "real"])
def records(request: pytest.FixtureRequest) -> tuple[BibRecord, ...]:
    if request.param == "fixtures":
        return FIXTURES
    real: tuple[BibRecord, ...] = request.getfixturevalue("real_records")
    return real


# ------------------------------------------------------------------------------ names


def test_names_in_both_orders_and_editors() -> None:
    assert parse_person("Arnold, Dennis") == parse_person("Dennis Arnold")
    assert parse_person("Huguet, Jerrold W. (ed.)").family == "Huguet"
    assert parse_person("Huguet, Jerrold W. (ed.)").given == "Jerrold W."
    hove = parse_person("Jeroen van Hove")
    assert (hove.family, hove.given, hove.particle) == ("van Hove", "Jeroen", "van")
    assert parse_person("Sai").family == "Sai"


# ------------------------------------------------------------------------------ RIS


def test_ris_parses_back(records: tuple[BibRecord, ...]) -> None:
    entries = rispy.loads(to_ris(records))
    assert len(entries) == len(records)
    for record, entry in zip(records, entries, strict=True):
        authors, editors = expected_names(record)
        assert entry["type_of_reference"] == RIS_TYPES[record.type]
        assert entry["title"] == one_line(record.title)
        assert entry["year"] == str(record.year)
        assert [a.split(", ")[0] for a in entry["authors"]] == authors
        assert [e.split(", ")[0] for e in entry.get("unknown_tag", {}).get("ED", [])] == editors
        assert entry.get("urls", []) == ([record.url] if record.url else [])
        assert entry.get("keywords", []) == [*record.countries, *record.topics]
        if record.annotation:
            assert entry["notes_abstract"] == one_line(record.annotation)
    assert "N2  -" not in to_ris(records, annotation=False)


def test_ris_organisations_and_journals() -> None:
    entries = {e["id"]: e for e in rispy.loads(to_ris(FIXTURES))}
    assert entries["doe-2020-wages"]["authors"] == ["Mekong & Partners"]
    assert entries["org-2013-brief"]["authors"] == ["Org A", "Org B"]
    article = entries["nguyen-2019-lao-dong"]
    assert article["secondary_title"] == "Tạp chí Xã hội học" and article["volume"] == "12"
    assert article["authors"] == ["Nguyễn, Thị Hà", "van Hove, Jeroen", "Chantavanich, Supang"]
    assert entries["doe-2020-wages"]["language"] == "English; Thai; Vietnamese"


# ------------------------------------------------------------------------------ BibTeX


def test_bibtex_parses_back(records: tuple[BibRecord, ...]) -> None:
    text = to_bibtex(records)
    entries = parse_bibtex(text)
    assert len(entries) == len(records) == text.count("\n@") + 1
    keys = [e["ID"] for e in entries]
    assert len(set(keys)) == len(keys)
    for record, entry in zip(records, entries, strict=True):
        assert entry["ENTRYTYPE"] == BIBTEX_TYPES[record.type]
        assert entry["ID"].startswith(record.slug)
        assert delatex(entry["title"]) == one_line(record.title)
        assert entry["year"] == str(record.year)
        authors, editors = expected_names(record)
        names = split_names(entry.get("author", "")) + split_names(entry.get("editor", ""))
        assert [bibtex_family(n) for n in names] == authors + editors, record.slug
        if record.url:
            assert entry["url"] == record.url.replace("{", "%7B").replace("}", "%7D")
        if record.annotation:
            assert delatex(entry["abstract"]) == one_line(record.annotation)


def test_bibtex_special_characters_and_fields() -> None:
    entries = {e["ID"]: e for e in parse_bibtex(to_bibtex(FIXTURES))}
    wages = entries["doe-2020-wages"]
    assert delatex(wages["title"]) == SPECIAL_TITLE
    assert wages["title"].startswith("{") and "\\&" in wages["title"] and "\\%" in wages["title"]
    assert "ค่าจ้างขั้นต่ำ" in wages["title"] and "Lương tối thiểu" in wages["title"]  # UTF-8 kept
    assert wages["author"] == "{Mekong \\& Partners}"
    assert wages["institution"] == "Mekong \\& Partners (Working Paper No. 5)"
    assert wages["url"] == "https://example.org/a%20b_c?x=1&y=%7B2%7D#top"
    assert wages["keywords"] == "thailand, vietnam, labour-rights"
    assert wages["language"] == "English and Thai and Vietnamese"
    assert delatex(wages["abstract"]) == "Line one line two: 50% & more_{x}."
    article = entries["nguyen-2019-lao-dong"]
    assert article["journal"] == "Tạp chí Xã hội học" and article["volume"] == "12"
    assert split_names(article["author"]) == ["Nguyễn, Thị Hà", "van Hove, Jeroen", "Chantavanich, Supang"]
    book = entries["somchai-2015-book"]
    assert book["editor"] == "Somchai, Jaidee" and book["author"] == "{Thai Labour Institute}"
    assert book["address"] == "กรุงเทพฯ"
    assert entries["org-2013-brief"]["author"] == "{Org A} and {Org B}"
    assert entries["org-2013-brief"]["type"] == "Briefing paper"
    assert entries["mmn-2013-symposium"]["editor"] == "{Mekong Migration Network}"
    assert entries["mmn-2009-web"]["howpublished"] == "MMN"
    assert {"roe-2011-chapter", "roe-2011-chapter-2"} <= set(entries)
    assert "abstract" not in to_bibtex(FIXTURES, annotation=False)


# ------------------------------------------------------------------------------ CSL-JSON


def test_csl_json_parses_back(records: tuple[BibRecord, ...]) -> None:
    records = unique_slugs(records)
    items = json.loads(to_csl_json(records))
    assert items == to_csl_items(records)
    assert len(items) == len(records)
    for record, item in zip(records, items, strict=True):
        assert item["id"] == record.slug
        assert item["type"] == CSL_TYPES[record.type]
        assert item["title"] == one_line(record.title)
        assert item["issued"] == {"date-parts": [[record.year]]}
        assert item.get("URL") == (record.url or None)
        authors, editors = expected_names(record)
        got = [
            n["literal"] if "literal" in n else " ".join(filter(None, (n.get("non-dropping-particle"), n["family"])))
            for n in item.get("author", []) + item.get("editor", [])
        ]
        assert got == authors + editors, record.slug
        if record.annotation:
            assert item["abstract"] == one_line(record.annotation)


def test_csl_fields() -> None:
    items = {i["id"]: i for i in to_csl_items(FIXTURES)}
    assert items["doe-2020-wages"]["author"] == [{"literal": "Mekong & Partners"}]
    assert items["doe-2020-wages"]["title"] == SPECIAL_TITLE
    assert items["doe-2020-wages"]["publisher-place"] == "Chiang Mai"
    assert items["doe-2020-wages"]["language"] == "en"
    assert items["doe-2020-wages"]["keyword"] == "thailand, vietnam, labour-rights"
    article = items["nguyen-2019-lao-dong"]
    assert article["container-title"] == "Tạp chí Xã hội học" and article["volume"] == "12"
    assert article["author"] == [
        {"family": "Nguyễn", "given": "Thị Hà"},
        {"non-dropping-particle": "van", "family": "Hove", "given": "Jeroen"},
        {"family": "Chantavanich", "given": "Supang"},
    ]
    assert items["somchai-2015-book"]["editor"] == [{"family": "Somchai", "given": "Jaidee"}]
    assert items["org-2013-brief"]["genre"] == "Briefing paper"
    assert "ค่าจ้างขั้นต่ำ" in to_csl_json(FIXTURES)  # not \\u-escaped
    assert all("abstract" not in i for i in to_csl_items(FIXTURES, annotation=False))


# ------------------------------------------------------------------------------ any text

nasty = (
    st.lists(
        st.sampled_from([*"aZ &%$#_{}~^\\\"'@=,.:;()-/\n\t", "ค่า", "จ้าง", "ế", "đ", "中", "🙂", "ေ", " and "]),
        min_size=1,
        max_size=30,
    )
    .map("".join)
    .filter(lambda s: s.strip())
)


@settings(max_examples=150, deadline=None)
@given(title=nasty, org=nasty, annotation=nasty, kind=st.sampled_from(BIB_TYPES), year=st.integers(1900, 2100))
def test_any_text_survives_every_format(title: str, org: str, annotation: str, kind: str, year: int) -> None:
    record = BibRecord(
        "x-1", kind, title, year, org, organisation=(org,), annotation=annotation, url="https://e.org/?q=a%20b"
    )
    (ris,) = rispy.loads(to_ris([record]))
    assert ris["title"] == one_line(title) and ris["year"] == str(year)
    assert ris["notes_abstract"] == one_line(annotation)
    (bib,) = parse_bibtex(to_bibtex([record]))
    assert delatex(bib["title"]) == one_line(title) and bib["year"] == str(year)
    assert delatex(bib["abstract"]) == one_line(annotation)
    assert delatex(bib.get("author") or bib["editor"]) == one_line(org)
    (csl,) = json.loads(to_csl_json([record]))
    assert csl["title"] == one_line(title) and csl["abstract"] == one_line(annotation)

"""Search: every case the multilingual analysis must handle, ranking, grouping, filters."""

from __future__ import annotations

import unicodedata

import pytest

from mmn_desktop.core.models import SearchFilters
from mmn_desktop.core.search import analysis as an
from mmn_desktop.core.search import query as q
from tests.conftest import ids

MW = "concept:migrant-worker"
WAGE = "concept:minimum-wage"


@pytest.mark.parametrize(
    ("text", "expected", "case"),
    [
        ("ข้าม", MW, "th word inside a longer run"),
        ("ชาติ", MW, "th last word of a run"),
        ("ราชสีมา", MW, "th second half of a compound (นครราชสีมา), invisible to word segmentation"),
        ("ค่าจ", WAGE, "th prefix crossing an ICU word break (ค่า|จ้าง) while typing"),
        ("民工", MW, "zh two characters spanning the segmentation 移民|工人"),
        ("工人", MW, "zh word"),
        ("工", MW, "zh one-character prefix"),
        ("အလုပ်သမား", MW, "my word inside a run"),
        ("ပြောင်း", MW, "my second half of a compound"),
        ("ចំណាក", MW, "km part of a compound"),
        ("ពលករ", MW, "km word"),
        ("ເຄື່ອນ", MW, "lo part of a word"),
        ("ຕ່າງປະເທດ", MW, "lo word inside a run"),
        ("lao dong", MW, "vi without diacritics"),
        ("LAO ĐỘNG", MW, "vi upper case"),
        ("da nang", MW, "vi đ folded to d"),
        ("lương tối thiểu", WAGE, "vi with diacritics"),
        ("placment", "bib:mmn-2013-no-choice", "en misspelled word (fuzzy)"),
        ("passport", "law:thailand/working-hours", "en singular finds plural (stemming)"),
        ("worker's", MW, "en apostrophe against workers'"),
        ("migr", MW, "en prefix while typing"),
        ("12(3)", "chapter:arrest", "article citation"),
    ],
)
def test_finds(search, text: str, expected: str, case: str) -> None:  # type: ignore[no-untyped-def]
    result = search.search(text)
    assert expected in ids(result), f"{case}: {text!r} -> {ids(result)}"


def test_word_segmentation_alone_misses_what_grams_find(search) -> None:  # type: ignore[no-untyped-def]
    """The gram fields are what finds these: without them the same queries find nothing."""
    for text in ("ราชสีมา", "ค่าจ", "民工"):
        parsed = q.parse(text)
        words_only = q.wq.Or([q.wq.Term(f, c.text) for c in parsed.chunks for f in q.WORD_FIELDS])
        assert search._searcher.search(words_only).scored_length() == 0, text
        assert search.search(text).hits, text


def test_nfc_and_nfd_give_the_same_result(search) -> None:  # type: ignore[no-untyped-def]
    for text in ("lao động", "ค่าจ้าง", "ពលករ"):
        nfc = search.search(unicodedata.normalize("NFC", text))
        nfd = search.search(unicodedata.normalize("NFD", text))
        assert ids(nfc) == ids(nfd) and nfc.hits


def test_zawgyi_is_detected_and_converted(search) -> None:  # type: ignore[no-untyped-def]
    from myanmar import converter

    zawgyi = converter.convert("ရွှေ့ပြောင်း", "unicode", "zawgyi")
    assert zawgyi != "ရွှေ့ပြောင်း"
    result = search.search(zawgyi)
    assert MW in ids(result)
    assert any(n.code.startswith("zawgyi") for n in result.notices)
    assert not search.search("ရွှေ့ပြောင်း").notices  # Unicode input is left alone


def test_exact_and_title_matches_rank_first(search) -> None:  # type: ignore[no-untyped-def]
    result = search.search("minimum wage")
    assert result.hits[0].id == WAGE and result.hits[0].lang == "en"
    result = search.search("migrant worker")
    assert result.hits[0].id == MW


def test_hits_carry_id_title_lang_and_highlighted_snippet(search) -> None:  # type: ignore[no-untyped-def]
    hit = next(h for h in search.search("ค่าจ").hits if h.id == WAGE)
    assert hit.kind == "concept" and hit.lang == "th" and hit.title == "ค่าจ้างขั้นต่ำ"
    assert "<b>ค่าจ้</b>" in hit.snippet  # the tone mark stays with its consonant
    vi = next(h for h in search.search("da nang").hits if h.id == MW)
    assert "<b>Đà</b> <b>Nẵng</b>" in vi.snippet and "<b>dân</b>" not in vi.snippet


def test_one_hit_per_entry_and_grouped_by_kind(search) -> None:  # type: ignore[no-untyped-def]
    result = search.search("wage")
    assert len(ids(result)) == len(set(ids(result)))
    groups = result.grouped()
    assert set(groups) >= {"concept", "law"}
    assert all(h.kind == kind for kind, hits in groups.items() for h in hits)


def test_filters(search) -> None:  # type: ignore[no-untyped-def]
    only_law = search.search("wage", SearchFilters(kinds=("law",)))
    assert only_law.hits and {h.kind for h in only_law.hits} == {"law"}
    thai = search.search("ค่าจ", SearchFilters(langs=("th",)))
    assert ids(thai) == [WAGE]
    th_country = search.search("wage", SearchFilters(countries=("thailand",)))
    assert ids(th_country) == ["law:thailand/wages"]
    assert not search.search("wage", SearchFilters(countries=("laos",))).hits


def test_no_result_suggests(search) -> None:  # type: ignore[no-untyped-def]
    result = search.search("detentoin")
    assert result.hits or result.suggestion == "detention"
    nothing = search.search("zzzzqqqq")
    assert nothing.total == 0 and nothing.hits == () and nothing.mode == "none"


@pytest.mark.parametrize(
    "text",
    [
        '"unbalanced',
        "AND",
        "OR NOT",
        "contract OR",
        "workers-rights",
        "*",
        "?",
        "(((",
        ")",
        "field:value",
        "x" * 10_000,
        "\x00\x01\x02",
        "😀🔥",
        "漢字 ไทย lao động 😀 ខ្មែរ",
        "\u200b\u200c\u200d",
        "   ",
        "",
        "a",
        "\\",
        "'",
        "~2",
        "^3",
        "[a TO b]",
        "\ud7ff",
        "ß",
        "İstanbul",
    ],
)
def test_any_input_is_safe(search, text: str) -> None:  # type: ignore[no-untyped-def]
    result = search.search(text)
    assert result.total >= 0


def test_analysis_keeps_brahmic_marks_and_folds_latin() -> None:
    assert [w.text for w in an.words("แรงงานข้ามชาติ")] == ["แรงงาน", "ข้าม", "ชาติ"]
    assert an.fold("Đà Nẵng") == "da nang"
    assert an.fold("ค่าจ้าง") == "ค่าจ้าง"  # Thai tone marks are never stripped
    assert "passport" in an.word_variants("passports")


@pytest.mark.parametrize("word", ["ရွှေ့ပြောင်းအလုပ်သမား", "แรงงานข้ามชาติ", "ពលករចំណាកស្រុក", "ແຮງງານເຄື່ອນຍ້າຍ", "移民工人"])
def test_every_keystroke_of_a_headword_finds_it(search, word: str) -> None:  # type: ignore[no-untyped-def]
    """Search as you type: each prefix, cut at any code point (even inside a cluster), finds the entry."""
    for n in range(1, len(word) + 1):
        typed = word[:n]
        if unicodedata.category(typed[0])[0] == "M":
            continue
        assert MW in ids(search.search(typed)), f"{typed!r} (first {n} code points of {word!r})"


def test_warm_builds_the_spelling_table(built_db) -> None:  # type: ignore[no-untyped-def]
    from mmn_desktop.core.search.service import SearchService

    with SearchService(built_db / "index") as service:
        assert service._speller is None
        service.warm()
        assert service._speller is not None and len(service._speller) > 0
        assert service.search("placment").hits


def test_speller_reads_frequencies_only_for_candidates() -> None:
    from mmn_desktop.core.search.spelling import Speller

    asked: list[str] = []

    def freq(word: str) -> int:
        asked.append(word)
        return {"worker": 50, "worked": 5}.get(word, 1)

    sp = Speller([("worker", -1), ("worked", -1), ("wages", -1), ("detention", -1)], freq=freq)
    assert asked == []
    assert sp.candidates("workr") == ["worker"]
    assert sp.candidates("worke") == ["worker", "worked"]  # same distance: the more frequent first
    assert set(asked) == {"worker", "worked"}
    assert sp.table["wges"] == "wages"  # a single word is kept as itself, not in a list

"""Property tests: no input crashes the analyzer, the query builder or the service."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mmn_desktop.core.search import analysis as an
from mmn_desktop.core.search import query as q
from mmn_desktop.core.search.snippets import make_snippet, needles

SCRIPTS = st.sampled_from(
    [
        "แรงงานข้ามชาติค่าจ้าง",
        "ရွှေ့ပြောင်းအလုပ်သမား",
        "ពលករចំណាកស្រុក",
        "ແຮງງານເຄື່ອນຍ້າຍ",
        "移民工人法律",
        "lao động Đà Nẵng",
        "workers' rights",
        '"(AND OR NOT)*?~^:',
        "😀\u200b\u200d\u00ad",
        "\x00\x1f\x7f",
    ]
)
TEXT = st.one_of(
    st.text(max_size=300), st.lists(SCRIPTS, max_size=6).map(" ".join), st.lists(SCRIPTS, max_size=6).map("".join)
)


@given(TEXT)
@settings(max_examples=300, deadline=None)
def test_analysis_never_crashes(text: str) -> None:
    for w in an.words(text):
        assert w.text and w.text == w.text.casefold()
    list(an.GramTokenizer()(text, positions=True))
    an.exact_key(text)
    assert len(an.normalize(text)) <= len(text)


@given(TEXT)
@settings(max_examples=300, deadline=None)
def test_shadow_preserves_length(text: str) -> None:
    from mmn_desktop.core.search.snippets import shadow

    assert len(shadow(text)) == len(text)


@given(TEXT, st.booleans(), st.sampled_from(["exact", "fuzzy", "any"]))
@settings(max_examples=300, deadline=None)
def test_query_builder_never_crashes(text: str, prefix: bool, mode: str) -> None:
    parsed = q.parse(text)
    built = q.build(parsed, mode=mode, prefix=prefix)
    assert (built is None) == parsed.empty or parsed.alternatives
    make_snippet(text, needles(parsed))


@given(TEXT)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_service_never_crashes(search, text: str) -> None:  # type: ignore[no-untyped-def]
    result = search.search(text)
    assert result.total >= len(result.hits) >= 0

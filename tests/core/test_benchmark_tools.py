"""The benchmark's corpus generator is deterministic and keeps the real content's shape."""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path

from benchmarks.generate import scaled
from benchmarks.search_bench import build_fts, fts_search, query_mix
from mmn_desktop.core.content import load_content
from mmn_desktop.core.search.documents import documents
from tests.conftest import FIXTURE_CONTENT


def fixture_docs():  # type: ignore[no-untyped-def]
    return list(documents(load_content(FIXTURE_CONTENT)[0]))


def test_scaled_corpus_is_deterministic_and_same_shape() -> None:
    base = fixture_docs()
    a = list(scaled(base, 3))
    b = list(scaled(base, 3))
    assert a == b
    assert len(a) == 3 * len(base)
    assert a[: len(base)] == base
    assert Counter((d.kind, d.lang) for d in a) == Counter(
        {k: 3 * n for k, n in Counter((d.kind, d.lang) for d in base).items()}
    )
    copies = a[len(base) :]
    assert len({d.key for d in a}) == len(a)
    assert sum(1 for d, orig in zip(copies, base * 2, strict=True) if d.body != orig.body) > len(copies) // 2


def test_fts_baseline_answers_the_query_mix(tmp_path: Path) -> None:
    docs = fixture_docs()
    build_fts(tmp_path / "fts.sqlite", docs)
    con = sqlite3.connect(tmp_path / "fts.sqlite")
    try:
        assert fts_search(con, "ค่าจ้าง")
        assert fts_search(con, "lao dong")
        for _, text in [*query_mix(docs), ("x", '"AND OR ('), ("x", "")]:
            fts_search(con, text)  # never raises on the mix or on syntax characters
    finally:
        con.close()

"""Search benchmark: MMN's Whoosh search against SQLite FTS5 over the same ICU segmentation.

For each scale (1 = the real content; 10 and 100 = benchmarks.generate copies) it builds both
indexes from the same documents, then runs a fixed query mix (single words in each language,
two-word queries, 1-3 character prefixes, misspellings) and reports, per engine, build time,
index size and search latency with snippets (p50 / p95 / max of the per-query medians).

    python -m benchmarks.search_bench --scales 1 10 [--repeat 5] [--json out.json]

Whoosh runs through the app's own SearchService (analysis, fuzzy fallback, snippets, top 20).
FTS5 gets the text pre-segmented by ICU (U+200B between words), unicode61 with
remove_diacritics 2 and categories 'L* N* Co M*', every token quoted, d -> (d OR đ), the last
token as a prefix, bm25 with the title weighted 3, and snippet().
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.generate import real_documents, scaled
from mmn_desktop.core.search import analysis as an
from mmn_desktop.core.search import query as q
from mmn_desktop.core.search.documents import IndexDoc
from mmn_desktop.core.search.index import write_index
from mmn_desktop.core.search.service import SearchService

ZWSP = "\u200b"


# ------------------------------------------------------------------------------ query mix


def query_mix(docs: list[IndexDoc]) -> list[tuple[str, str]]:
    """(category, query) pairs drawn deterministically from the real content."""
    by_lang: dict[str, list[str]] = {}
    for d in docs:
        if d.kind == "concept":
            by_lang.setdefault(d.lang, []).append(d.title)
    mix: list[tuple[str, str]] = []
    for lang, titles in sorted(by_lang.items()):
        titles = sorted(set(titles))
        step = max(1, len(titles) // 4)
        for t in titles[::step][:4]:
            words = [w.text for w in an.words(t)]
            mix.append(("word", words[-1] if lang in ("en", "vi") else t))
        for t in titles[1::step][:3]:
            clusters = an.grapheme_clusters(t.replace(" ", ""))
            for n in (1, 2, 3):
                if len(clusters) > n:
                    mix.append((f"prefix{n}", "".join(clusters[:n])))
    for two in (
        "migrant worker",
        "minimum wage",
        "work permit",
        "labour law",
        "temporary passport",
        "lao động",
        "recruitment fees",
        "immigration detention",
    ):
        mix.append(("two-word", two))
    for typo in ("placment", "deportaton", "detenton", "trafficing", "migarnt", "pasport", "refugeee", "overtiem"):
        mix.append(("misspelled", typo))
    return mix


# ------------------------------------------------------------------------------ FTS5 baseline


def segmented(text: str) -> str:
    """Insert U+200B between adjacent ICU words (the FTS5 tokenizer splits on it)."""
    out = []
    prev_word = False
    for seg, _ in an.icu_words(an.normalize(text)):
        word = an.is_wordlike(seg)
        if word and prev_word:
            out.append(ZWSP)
        out.append(seg)
        prev_word = word
    return "".join(out)


def build_fts(path: Path, docs: list[IndexDoc]) -> None:
    con = sqlite3.connect(path)
    con.execute(
        "CREATE VIRTUAL TABLE fts USING fts5(kind UNINDEXED, id UNINDEXED, lang UNINDEXED, title, body, "
        "tokenize=\"unicode61 remove_diacritics 2 categories 'L* N* Co M*'\")"
    )
    con.executemany(
        "INSERT INTO fts(kind, id, lang, title, body) VALUES (?, ?, ?, ?, ?)",
        ((d.kind, d.id, d.lang, segmented(d.title), segmented(d.body)) for d in docs),
    )
    con.commit()
    con.execute("INSERT INTO fts(fts) VALUES ('optimize')")
    con.commit()
    con.execute("VACUUM")
    con.close()


def fts_match(text: str) -> str | None:
    parsed = q.parse(text)
    parts = []
    for c in parsed.chunks:
        tokens = []
        for i, w in enumerate(c.words):
            w = w.replace('"', '""')
            star = "*" if (c.last and i == len(c.words) - 1) else ""
            if w.startswith("d"):
                tokens.append(f'("{w}"{star} OR "đ{w[1:]}"{star})')
            else:
                tokens.append(f'"{w}"{star}')
        parts.append(" ".join(tokens) if len(tokens) == 1 else "(" + " AND ".join(tokens) + ")")
    return " AND ".join(parts) if parts else None


def fts_search(con: sqlite3.Connection, text: str, limit: int = 20) -> list[tuple[str, str]]:
    match = fts_match(text)
    if match is None:
        return []
    return con.execute(
        "SELECT id, snippet(fts, 4, '<b>', '</b>', '…', 24) FROM fts WHERE fts MATCH ? "
        "ORDER BY bm25(fts, 0, 0, 0, 3.0, 1.0) LIMIT ?",
        (match, limit),
    ).fetchall()


# ------------------------------------------------------------------------------ running


def dir_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def percentiles(values: list[float]) -> dict[str, float]:
    values = sorted(values)
    p95 = values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]
    return {"p50": round(statistics.median(values), 2), "p95": round(p95, 2), "max": round(values[-1], 2)}


def time_queries(fn, mix: list[tuple[str, str]], repeat: int) -> dict[str, object]:  # type: ignore[no-untyped-def]
    for _, text in mix:  # warm up: first use of each ICU dictionary, caches
        fn(text)
    per_query: list[tuple[str, float, int]] = []
    for cat, text in mix:
        runs = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            n = fn(text)
            runs.append((time.perf_counter() - t0) * 1000)
        per_query.append((cat, statistics.median(runs), n))
    out: dict[str, object] = {"all": percentiles([t for _, t, _ in per_query])}
    for cat in sorted({c for c, _, _ in per_query}):
        out[cat] = percentiles([t for c, t, _ in per_query if c == cat])
    out["found"] = sum(1 for _, _, n in per_query if n)
    out["queries"] = len(per_query)
    return out


def bench_scale(scale: int, repeat: int, work: Path) -> dict[str, object]:
    base = real_documents()
    docs = list(scaled(base, scale))
    mix = query_mix(base)
    result: dict[str, object] = {"scale": scale, "documents": len(docs)}

    wdir = work / f"whoosh-{scale}"
    t0 = time.perf_counter()
    write_index(wdir, docs, "bench")
    result["whoosh_build_s"] = round(time.perf_counter() - t0, 2)
    result["whoosh_size_mb"] = round(dir_size(wdir) / 1e6, 2)
    service = SearchService(wdir).open()
    result["whoosh"] = time_queries(lambda t: len(service.search(t, limit=20).hits), mix, repeat)
    service.close()

    fpath = work / f"fts-{scale}.sqlite"
    t0 = time.perf_counter()
    build_fts(fpath, docs)
    result["fts5_build_s"] = round(time.perf_counter() - t0, 2)
    result["fts5_size_mb"] = round(dir_size(fpath) / 1e6, 2)
    con = sqlite3.connect(fpath)
    result["fts5"] = time_queries(lambda t: len(fts_search(con, t)), mix, repeat)
    con.close()
    w, f = result["whoosh"]["all"], result["fts5"]["all"]  # type: ignore[index]
    result["ratio_p50"] = round(w["p50"] / max(f["p50"], 1e-3), 2)
    result["ratio_p95"] = round(w["p95"] / max(f["p95"], 1e-3), 2)
    return result


def markdown(results: list[dict[str, object]]) -> str:
    lines = [
        "| scale | docs | engine | build s | size MB | p50 ms | p95 ms | max ms | found |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        for eng in ("whoosh", "fts5"):
            a = r[eng]["all"]  # type: ignore[index]
            lines.append(
                f"| {r['scale']}x | {r['documents']} | {eng} | {r[eng + '_build_s']} | {r[eng + '_size_mb']} "
                f"| {a['p50']} | {a['p95']} | {a['max']} | {r[eng]['found']}/{r[eng]['queries']} |"
            )  # type: ignore[index]
    lines += ["", "| scale | category | whoosh p50 / p95 / max | fts5 p50 / p95 / max |", "|---|---|---|---|"]
    for r in results:
        for cat in sorted(k for k in r["whoosh"] if k not in ("all", "found", "queries")):  # type: ignore[union-attr]
            w, f = r["whoosh"][cat], r["fts5"][cat]  # type: ignore[index]
            lines.append(
                f"| {r['scale']}x | {cat} | {w['p50']} / {w['p95']} / {w['max']} | "
                f"{f['p50']} / {f['p95']} / {f['max']} |"
            )
    lines += ["", "| scale | whoosh/fts5 p50 | whoosh/fts5 p95 |", "|---|---|---|"]
    for r in results:
        lines.append(f"| {r['scale']}x | {r['ratio_p50']} | {r['ratio_p95']} |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scales", type=int, nargs="+", default=[1, 10])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="mmn-bench-"))
    try:
        results = [bench_scale(s, args.repeat, work) for s in args.scales]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    meta = {"sqlite": sqlite3.sqlite_version, "cpus": os.cpu_count(), "date": time.strftime("%Y-%m-%d")}
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"meta": meta, "results": results}, indent=1, ensure_ascii=False))
    print(f"SQLite {meta['sqlite']}, {meta['cpus']} CPUs, {meta['date']}\n")
    print(markdown(results))


if __name__ == "__main__":
    main()

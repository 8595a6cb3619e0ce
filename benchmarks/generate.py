"""Deterministic scaled corpora: the real content, copied N times with varied text.

Copy 0 is the real content. Every further copy keeps each document's kind, language, shape
and length, but replaces about a third of its words with other words of the same language
drawn from the real content, and reorders its sentences, with a seeded random generator:
the same scale always gives the same corpus.

    python -m benchmarks.generate --scale 10 --out benchmarks/out/corpus-10x.jsonl
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from mmn_desktop.core.content import load_content
from mmn_desktop.core.paths import content_dir
from mmn_desktop.core.search.analysis import icu_words, is_nospace_char, is_wordlike
from mmn_desktop.core.search.documents import IndexDoc, documents

_SENTENCE_RE = re.compile(r"(?<=[.!?。។།])\s*|\n")


def real_documents(root: Path | None = None) -> list[IndexDoc]:
    content, problems = load_content(root or content_dir())
    if problems:
        raise SystemExit(f"content has {len(problems)} problems; run `mmn check`")
    return list(documents(content))


def _pools(docs: list[IndexDoc]) -> dict[str, list[str]]:
    pools: dict[str, set[str]] = defaultdict(set)
    for d in docs:
        for seg, _ in icu_words(d.body):
            if is_wordlike(seg):
                pools[d.lang].add(seg)
    return {lang: sorted(words) for lang, words in pools.items()}


def _vary(text: str, pool: list[str], rng: random.Random) -> str:
    sentences = [s for s in _SENTENCE_RE.split(text) if s and s.strip()]
    rng.shuffle(sentences)
    out = []
    for sentence in sentences:
        parts = []
        for seg, _ in icu_words(sentence):
            if is_wordlike(seg) and pool and rng.random() < 0.33:
                seg = rng.choice(pool)
            parts.append(seg)
        out.append("".join(parts))
    nospace = any(is_nospace_char(ch) for ch in text[:200])
    return ("" if nospace else " ").join(out)


def scaled(docs: list[IndexDoc], scale: int, seed: int = 20261127) -> Iterator[IndexDoc]:
    pools = _pools(docs)
    yield from docs
    for k in range(1, scale):
        rng = random.Random(seed * 1000 + k)
        for d in docs:
            pool = pools.get(d.lang, [])
            yield IndexDoc(
                kind=d.kind,
                id=f"{d.id}-x{k}",
                lang=d.lang,
                title=_vary(d.title, pool, rng) or d.title,
                body=_vary(d.body, pool, rng),
                names=d.names,
                countries=d.countries,
            )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scale", type=int, default=10)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with args.out.open("w", encoding="utf-8") as f:
        for d in scaled(real_documents(), args.scale):
            f.write(json.dumps(dataclasses.asdict(d), ensure_ascii=False) + "\n")
            n += 1
    print(f"wrote {n} documents to {args.out}")


if __name__ == "__main__":
    main()

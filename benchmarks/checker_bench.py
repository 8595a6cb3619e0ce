"""Terms to Avoid checker benchmark: median time to check about 20 KB of text.

    python -m benchmarks.checker_bench [--runs 21] [--size 20000]

The text is made deterministically from the real content: the vocabulary's definitions in all
seven languages (ordinary prose that mostly uses the preferred terms), with every 5th
sentence followed by a listed term to avoid, so the checker both scans and reports. It is
checked as is (NFC, the common case) and in NFD (the slow path that maps offsets back).
Building the checker (compiling its regex) is timed separately.
"""

from __future__ import annotations

import argparse
import statistics
import time
import unicodedata
from collections.abc import Callable

from mmn_desktop.core import paths
from mmn_desktop.core.checker import TextChecker, match_form
from mmn_desktop.core.content import load_content
from mmn_desktop.core.models import ContentSet


def sample_text(content: ContentSet, size: int) -> str:
    """About ``size`` characters of multilingual prose with some terms to avoid mixed in."""
    sentences = [s.definition for c in content.concepts for s in c.sections if s.definition]
    terms = [match_form(t) for a in content.avoid for v in a.variants for t in v.terms]
    if not sentences:
        raise SystemExit("no definitions in the content")
    parts: list[str] = []
    total = i = 0
    while total < size:
        part = sentences[i % len(sentences)]
        if terms and i % 5 == 4:
            part += " " + terms[(i // 5) % len(terms)] + "."
        parts.append(part)
        total += len(part) + 1
        i += 1
    return "\n".join(parts)[:size]


def median_ms(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=21)
    ap.add_argument("--size", type=int, default=20_000)
    args = ap.parse_args()
    content, problems = load_content(paths.content_dir())
    if problems:
        raise SystemExit(f"content has {len(problems)} problems; run `mmn check`")
    build = median_ms(lambda: TextChecker(content.avoid), max(3, args.runs // 4))
    checker = TextChecker(content.avoid)
    text = sample_text(content, args.size)
    nfd = unicodedata.normalize("NFD", text)
    checker.check(nfd)  # the first non-NFC text builds a table once; not part of the timing
    matches = len(checker.check(text))
    print(f"checker: {checker.term_count} terms from {len(content.avoid)} entries; build {build:.1f} ms (median)")
    print(f"text: {len(text)} characters, {len(text.encode('utf-8'))} bytes UTF-8, {matches} matches")
    print(f"check NFC text: {median_ms(lambda: checker.check(text), args.runs):.2f} ms (median of {args.runs})")
    print(f"check NFD text: {median_ms(lambda: checker.check(nfd), args.runs):.2f} ms (median of {args.runs})")


if __name__ == "__main__":
    main()

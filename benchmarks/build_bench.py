"""Build benchmark: `mmn build` of the real content, repeated, in a fresh process each time.

    python -m benchmarks.build_bench [--runs 5]

Reports the wall time of the whole command (interpreter start, imports, validation, database,
index, checks, swap) and the builder's own time, as min / median / max.
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    walls, inner = [], []
    for _ in range(args.runs):
        out = Path(tempfile.mkdtemp(prefix="mmn-build-bench-"))
        try:
            t0 = time.perf_counter()
            proc = subprocess.run(
                [sys.executable, "-m", "mmn_desktop", "cli", "--db", str(out), "build"],
                capture_output=True,
                text=True,
                check=True,
            )
            walls.append(time.perf_counter() - t0)
            m = re.search(r"in ([0-9.]+) s", proc.stdout)
            if m:
                inner.append(float(m.group(1)))
        finally:
            shutil.rmtree(out, ignore_errors=True)

    def fmt(xs: list[float]) -> str:
        return f"{min(xs):.2f} / {statistics.median(xs):.2f} / {max(xs):.2f}"

    print(f"mmn build, {args.runs} runs (s, min / median / max)")
    print(f"  whole command: {fmt(walls)}")
    if inner:
        print(f"  builder:       {fmt(inner)}")


if __name__ == "__main__":
    main()

"""Package benchmark: start-up of the frozen app and the sizes of the packages.

    python -m benchmarks.package_bench [--runs 10] [--onedir dist/mmn-desktop] [--source]

Runs ``mmn-desktop --self-test`` offscreen ``--runs`` times after one warm-up run (so the page
cache is warm), each with a fresh empty user folder, and reports the self-test's own
``window_ms`` (from the import of app.py to the window shown), the time from the spawn of the
process to the window shown (from the self-test's ``shown_epoch``), ``first_results_ms``, and the wall time of
the whole process, as min / median / max. With ``--source`` the same runs alternate with the app
started from the source tree (``.venv/bin/mmn-desktop``), so both see the same machine load.
Then lists the sizes of what ``python packaging/build.py`` left in dist/.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_once(exe: list[str]) -> dict[str, float]:
    work = Path(tempfile.mkdtemp(prefix="mmn-pkg-bench-"))
    try:
        out = work / "self-test.json"
        env = {k: v for k, v in os.environ.items() if not k.startswith("MMN_")}
        env.update(MMN_USER_DIR=str(work / "user"), QT_QPA_PLATFORM="offscreen")
        t0 = time.perf_counter()
        spawned = time.time()
        proc = subprocess.run(
            [*exe, "--self-test", "--output", str(out)], capture_output=True, text=True, env=env, check=False
        )
        wall = (time.perf_counter() - t0) * 1000
        if proc.returncode != 0:
            raise SystemExit(f"self-test failed (exit {proc.returncode}):\n{proc.stderr[-2000:]}")
        report = json.loads(out.read_text(encoding="utf-8"))
        return {
            "window_ms": report["window_ms"],
            "shown_from_spawn_ms": (report.get("shown_epoch", spawned) - spawned) * 1000,
            "first_results_ms": report["first_results_ms"],
            "process_ms": wall,
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)


def fmt(xs: list[float]) -> str:
    return f"{min(xs):.0f} / {statistics.median(xs):.0f} / {max(xs):.0f}"


def tree_size(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() or p.is_symlink())


def mib(n: float) -> str:
    return f"{n / 2**20:.1f} MiB"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--onedir", type=Path, default=ROOT / "dist" / "mmn-desktop")
    ap.add_argument("--gui", type=Path, help="the GUI program to time (default: ONEDIR/mmn-desktop)")
    ap.add_argument("--source", action="store_true", help="also time the app run from the source tree")
    args = ap.parse_args()
    variants = {"frozen onedir": [str(args.gui or args.onedir / "mmn-desktop")]}
    if args.source:
        variants["from source"] = [str(ROOT / ".venv" / "bin" / "mmn-desktop")]
    for exe in variants.values():
        run_once(exe)  # warm-up: fills the page cache
    results: dict[str, list[dict[str, float]]] = {name: [] for name in variants}
    for _ in range(args.runs):
        for name, exe in variants.items():
            results[name].append(run_once(exe))
    print(f"self-test, {args.runs} runs after a warm-up, ms (min / median / max)")
    print("| run | window_ms (from app.py) | window shown, from spawn | first_results_ms | whole process |")
    print("|---|---|---|---|---|")
    for name, rows in results.items():
        keys = ("window_ms", "shown_from_spawn_ms", "first_results_ms", "process_ms")
        cols = [fmt([r[k] for r in rows]) for k in keys]
        print(f"| {name} | {' | '.join(cols)} |")
    print()
    dist = args.onedir.parent
    print("| artefact | size |")
    print("|---|---|")
    if args.onedir.is_dir():
        files = sum(1 for p in args.onedir.rglob("*") if p.is_file())
        print(f"| onedir {args.onedir.name}/ | {mib(tree_size(args.onedir))} in {files} files |")
    for pattern in ("*.tar.gz", "*.deb", "*-setup.exe", "*-portable.zip"):
        for f in sorted(dist.glob(pattern)):
            print(f"| {f.name} | {mib(f.stat().st_size)} |")
    for deb in sorted(dist.glob("*.deb")):
        if shutil.which("dpkg-deb"):
            size = subprocess.run(
                ["dpkg-deb", "--field", str(deb), "Installed-Size"], capture_output=True, text=True, check=False
            ).stdout.strip()
            if size:
                print(f"| {deb.name} installed (Installed-Size) | {mib(int(size) * 1024)} |")


if __name__ == "__main__":
    sys.exit(main())

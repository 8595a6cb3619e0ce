"""Smoke test of a frozen build, run before anything is packaged (and after installing a .deb).

1. ``mmn stats --json``: the bundled database opens and has content.
2. ``mmn search QUERY --lang L --json`` for a query in each of the seven languages: every one
   finds at least one entry in its language, from the bundled index.
3. ``mmn-desktop --self-test --output FILE`` offscreen: the real window opens, a query is typed,
   results come and the first one opens. The result is read from FILE, because a GUI executable
   on Windows (``console=False``) has no stdout.

Every run gets a fresh, empty user folder (``MMN_USER_DIR``). A run fails on a non-zero exit,
a wrong result, any stderr line not on the short list of known harmless lines, or any file
created, changed or removed inside the bundle (the install folder is read-only to the app).
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

# One query per shipped language: words that occur in every edition of the content.
QUERIES: dict[str, str] = {
    "en": "worker",
    "th": "แรงงาน",
    "lo": "ແຮງງານ",
    "km": "ពលករ",
    "my": "အလုပ်သမား",
    "zh": "工人",
    "vi": "lao động",
}

# stderr lines that are expected and harmless. Anything else fails the smoke test.
ALLOWED_STDERR: tuple[re.Pattern[str], ...] = (
    # Qt's offscreen platform plugin says this whenever a window is shown.
    re.compile(r"^This plugin does not support propagateSizeHints\(\)$"),
)


@dataclass
class Check:
    name: str
    ok: bool
    seconds: float
    detail: str = ""
    stderr: list[str] = field(default_factory=list)


@dataclass
class SmokeReport:
    checks: list[Check]
    self_test: dict[str, object] | None

    @property
    def ok(self) -> bool:
        return bool(self.checks) and all(c.ok for c in self.checks)

    def summary(self) -> str:
        lines = []
        for c in self.checks:
            detail = f": {c.detail}" if c.detail else ""
            lines.append(f"{'ok  ' if c.ok else 'FAIL'} {c.name} ({c.seconds:.2f} s){detail}")
            lines += [f"       stderr: {s}" for s in c.stderr]
        return "\n".join(lines)


def exe_path(onedir: Path, name: str) -> Path:
    return onedir / (f"{name}.exe" if sys.platform == "win32" else name)


def unexpected_stderr(text: str, allowed: Sequence[re.Pattern[str]] = ALLOWED_STDERR) -> list[str]:
    """The stderr lines not matched by any ``allowed`` pattern (blank lines ignored)."""
    return [line for line in text.splitlines() if line.strip() and not any(p.search(line) for p in allowed)]


def snapshot(tree: Path) -> dict[str, tuple[int, int]]:
    """Every path under ``tree`` with its size and mtime (ns), to prove nothing was written."""
    out: dict[str, tuple[int, int]] = {}
    for dirpath, dirnames, filenames in os.walk(tree):
        for name in dirnames + filenames:
            p = Path(dirpath) / name
            st = p.lstat()
            out[str(p.relative_to(tree))] = (st.st_size if not p.is_dir() else 0, st.st_mtime_ns)
    return out


def diff_snapshots(before: dict[str, tuple[int, int]], after: dict[str, tuple[int, int]]) -> list[str]:
    changes = [f"added {p}" for p in sorted(after.keys() - before.keys())]
    changes += [f"removed {p}" for p in sorted(before.keys() - after.keys())]
    changes += [f"changed {p}" for p in sorted(before.keys() & after.keys()) if before[p] != after[p]]
    return changes


def _env(user_dir: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MMN_")}
    env["MMN_USER_DIR"] = str(user_dir)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.setdefault("LC_ALL", "C.UTF-8")
    # No PYTHONIOENCODING: `mmn` itself must write UTF-8 to a pipe (on Windows the locale's
    # cp1252 cannot hold Thai or Burmese), and the smoke test checks that it does.
    env.pop("PYTHONIOENCODING", None)
    if extra:
        env.update(extra)
    return env


def _run(cmd: list[str], env: dict[str, str], timeout: float) -> tuple[subprocess.CompletedProcess[str], float]:
    t0 = time.perf_counter()
    proc = subprocess.run(
        cmd, capture_output=True, text=True, encoding="utf-8", errors="replace", env=env, timeout=timeout, check=False
    )
    return proc, time.perf_counter() - t0


def check_stats(mmn: Path, env: dict[str, str], timeout: float = 60) -> Check:
    proc, secs = _run([str(mmn), "stats", "--json"], env, timeout)
    detail = ""
    ok = proc.returncode == 0
    if ok:
        try:
            stats = json.loads(proc.stdout)
            ok = int(stats.get("concepts", 0)) > 0
            detail = f"{stats.get('concepts')} concepts, {stats.get('chapters')} chapters"
        except (ValueError, TypeError, AttributeError) as exc:
            ok, detail = False, f"bad JSON: {exc}"
    else:
        detail = f"exit {proc.returncode}"
    bad = unexpected_stderr(proc.stderr)
    return Check("mmn stats", ok and not bad, secs, detail, bad)


def check_search(mmn: Path, lang: str, query: str, env: dict[str, str], timeout: float = 120) -> Check:
    proc, secs = _run([str(mmn), "search", query, "--lang", lang, "--limit", "5", "--json"], env, timeout)
    name = f"mmn search {query!r} --lang {lang}"
    if proc.returncode != 0:
        return Check(name, False, secs, f"exit {proc.returncode}", unexpected_stderr(proc.stderr))
    try:
        data = json.loads(proc.stdout)
        hits = data["hits"]
        total = int(data["total"])
    except (ValueError, KeyError, TypeError) as exc:
        return Check(name, False, secs, f"bad JSON: {exc}", unexpected_stderr(proc.stderr))
    ok = total > 0 and bool(hits) and all(h.get("lang") == lang for h in hits)
    bad = unexpected_stderr(proc.stderr)
    return Check(name, ok and not bad, secs, f"{total} results, first {hits[0]['id'] if hits else '-'}", bad)


def check_self_test(gui: Path, env: dict[str, str], work: Path, timeout: float = 180) -> tuple[Check, dict | None]:
    out = work / "self-test.json"
    proc, secs = _run([str(gui), "--self-test", "--output", str(out)], env, timeout)
    report = None
    detail = f"exit {proc.returncode}"
    ok = proc.returncode == 0
    try:
        report = json.loads(out.read_text(encoding="utf-8").strip().splitlines()[-1])
        ok = ok and report.get("ok") is True
        detail += f", window {report.get('window_ms')} ms, first results {report.get('first_results_ms')} ms"
        detail += f", opened {report.get('opened')!r}"
        if report.get("error"):
            detail += f", error: {report['error']}"
    except (OSError, ValueError, IndexError) as exc:
        ok = False
        detail += f", no self-test result file ({exc})"
    bad = unexpected_stderr(proc.stderr)
    return Check("mmn-desktop --self-test", ok and not bad, secs, detail, bad), report


def run_smoke(
    onedir: Path,
    gui: Path | None = None,
    cli: Path | None = None,
    check_tree: Path | None = None,
    env_extra: dict[str, str] | None = None,
    self_test: bool = True,
) -> SmokeReport:
    """Run every check against the frozen app in ``onedir``.

    ``gui``/``cli`` default to the executables inside ``onedir``; an installed package passes
    its launchers instead. ``check_tree`` (default ``onedir``) must be unchanged afterwards.
    """
    gui = gui or exe_path(onedir, "mmn-desktop")
    cli = cli or exe_path(onedir, "mmn")
    tree = check_tree or onedir
    work = Path(tempfile.mkdtemp(prefix="mmn-smoke-"))
    checks: list[Check] = []
    report = None
    try:
        user = work / "user"
        user.mkdir()
        env = _env(user, env_extra)
        before = snapshot(tree)
        checks.append(check_stats(cli, env))
        for lang, query in QUERIES.items():
            checks.append(check_search(cli, lang, query, env))
        if self_test:
            st, report = check_self_test(gui, env, work)
            checks.append(st)
        changes = diff_snapshots(before, snapshot(tree))
        checks.append(Check("install folder unchanged", not changes, 0.0, "; ".join(changes[:10])))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return SmokeReport(checks, report)


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description="Smoke-test a frozen MMN Desktop folder.")
    ap.add_argument("onedir", type=Path)
    ap.add_argument("--gui", type=Path)
    ap.add_argument("--cli", type=Path)
    ap.add_argument("--no-self-test", action="store_true")
    args = ap.parse_args(argv)
    rep = run_smoke(args.onedir, args.gui, args.cli, self_test=not args.no_self_test)
    print(rep.summary())
    return 0 if rep.ok else 1


if __name__ == "__main__":
    sys.exit(main())

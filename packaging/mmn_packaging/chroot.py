"""Prove the .deb's Depends line is complete: install it into a minimal Debian (debootstrap
minbase, nothing else) with apt, then run it offscreen and on X11 (the host's Xvfb).

Needs root, debootstrap and a Debian mirror. The pristine minbase tree is cached as a tarball
under build/ so later runs skip the download.

    python packaging/mmn_packaging/chroot.py dist/mmn-desktop_0.1.0_amd64.deb
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import tarfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mmn_packaging import project, smoke

SUITE = "bookworm"
MIRROR = os.environ.get("MMN_DEBIAN_MIRROR", "http://deb.debian.org/debian")
CACHE = project.ROOT / "build" / f"debootstrap-{SUITE}-minbase.tar"


@dataclass
class ChrootResult:
    ok: bool = True
    log: list[str] = field(default_factory=list)
    packages_added: int = 0
    self_test: dict | None = None

    def fail(self, message: str) -> None:
        self.ok = False
        self.log.append("FAIL " + message)


def _run(cmd: list[str], timeout: float = 1800, **kw) -> subprocess.CompletedProcess[str]:  # type: ignore[no-untyped-def]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False, **kw)


def minbase(target: Path) -> None:
    """A fresh minbase tree at ``target`` (from the cached tarball when there is one)."""
    if target.exists():
        shutil.rmtree(target)
    if not CACHE.exists():
        work = CACHE.with_suffix(".d")
        if work.exists():
            shutil.rmtree(work)
        proc = _run(["debootstrap", "--variant=minbase", SUITE, str(work), MIRROR])
        if proc.returncode != 0:
            raise RuntimeError(f"debootstrap failed:\n{proc.stdout[-3000:]}{proc.stderr[-3000:]}")
        CACHE.parent.mkdir(parents=True, exist_ok=True)
        with tarfile.open(CACHE, "w") as tar:
            tar.add(work, arcname=".")
        shutil.rmtree(work)
    target.mkdir(parents=True)
    with tarfile.open(CACHE) as tar:
        tar.extractall(target, filter="fully_trusted")


@contextlib.contextmanager
def mounted(root: Path, x11: bool) -> Iterator[None]:
    mounts = [("proc", root / "proc", ["-t", "proc", "proc"]), ("/dev", root / "dev", ["--bind", "/dev"])]
    if x11:
        (root / "tmp" / ".X11-unix").mkdir(parents=True, exist_ok=True)
        mounts.append(("/tmp/.X11-unix", root / "tmp" / ".X11-unix", ["--bind", "/tmp/.X11-unix"]))
    done = []
    try:
        for _name, where, args in mounts:
            subprocess.run(["mount", *args, str(where)], check=True)
            done.append(where)
        yield
    finally:
        for where in reversed(done):
            subprocess.run(["umount", "-l", str(where)], check=False)


def _in_root(root: Path, cmd: list[str], env: dict[str, str], timeout: float = 600) -> subprocess.CompletedProcess[str]:
    base = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "HOME": "/root", "LC_ALL": "C.UTF-8"}
    return _run(["chroot", str(root), "env", "-i", *(f"{k}={v}" for k, v in (base | env).items()), *cmd], timeout)


def check_deb_in_minbase(deb: Path, root: Path, display: str = ":98") -> ChrootResult:
    res = ChrootResult()
    t0 = time.perf_counter()
    minbase(root)
    res.log.append(f"minbase {SUITE} ready in {time.perf_counter() - t0:.0f} s")
    before = set(_in_root(root, ["dpkg-query", "-W", "-f=${Package}\\n"], {}).stdout.split())
    shutil.copyfile(deb, root / "tmp" / deb.name)
    xvfb = None
    if shutil.which("Xvfb"):
        xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"])
        time.sleep(1.5)
    try:
        with mounted(root, x11=xvfb is not None):
            env = {"DEBIAN_FRONTEND": "noninteractive"}
            proc = _in_root(root, ["apt-get", "update", "-qq"], env)
            proc = _in_root(
                root, ["apt-get", "install", "-y", "-qq", "--no-install-recommends", f"/tmp/{deb.name}"], env, 1800
            )
            if proc.returncode != 0:
                res.fail(f"apt-get install failed:\n{proc.stdout[-3000:]}{proc.stderr[-3000:]}")
                return res
            after = set(_in_root(root, ["dpkg-query", "-W", "-f=${Package}\\n"], {}).stdout.split())
            res.packages_added = len(after - before)
            res.log.append(f"apt-get install added {res.packages_added} packages: {' '.join(sorted(after - before))}")
            for lang, query in smoke.QUERIES.items():
                proc = _in_root(root, ["/usr/bin/mmn", "search", query, "--lang", lang, "--json"], {})
                bad = smoke.unexpected_stderr(proc.stderr)
                try:
                    total = json.loads(proc.stdout)["total"] if proc.returncode == 0 else 0
                except ValueError:
                    total = 0
                if proc.returncode != 0 or total <= 0 or bad:
                    res.fail(f"mmn search {query} ({lang}): exit {proc.returncode}, {total} results, stderr {bad}")
            proc = _in_root(
                root,
                ["/usr/bin/mmn-desktop", "--self-test", "--output", "/tmp/self-test.json"],
                {"QT_QPA_PLATFORM": "offscreen"},
            )
            try:
                res.self_test = json.loads((root / "tmp" / "self-test.json").read_text(encoding="utf-8"))
            except (OSError, ValueError):
                res.self_test = None
            bad = smoke.unexpected_stderr(proc.stderr)
            if proc.returncode != 0 or not (res.self_test or {}).get("ok") or bad:
                res.fail(f"self-test offscreen: exit {proc.returncode}, {res.self_test}, stderr {bad}")
            else:
                res.log.append(f"self-test offscreen ok: {res.self_test}")
            if xvfb is not None:
                # The real X11 path (xcb plugin and its libraries): the window must still be up
                # after some seconds (timeout kills it: 124); a missing library aborts at once.
                proc = _in_root(
                    root, ["timeout", "10", "/usr/bin/mmn-desktop"], {"DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
                )
                bad = smoke.unexpected_stderr(proc.stderr)
                if proc.returncode != 124 or bad:
                    res.fail(f"X11 start: exit {proc.returncode} (124 expected), stderr {bad}")
                else:
                    res.log.append("X11 (xcb) start ok: window up for 10 s")
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(timeout=10)
    return res


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description="Install a .deb into a minimal Debian and run it.")
    ap.add_argument("deb", type=Path)
    ap.add_argument("--root", type=Path, default=project.ROOT / "build" / "chroot")
    args = ap.parse_args(argv)
    res = check_deb_in_minbase(args.deb.resolve(), args.root)
    print("\n".join(res.log))
    print("OK" if res.ok else "FAILED")
    return 0 if res.ok else 1


if __name__ == "__main__":
    sys.exit(main())

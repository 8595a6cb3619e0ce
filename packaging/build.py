"""Build MMN Desktop's frozen app and its packages: ``python packaging/build.py``.

Steps, in order (all of them by default; name some to run only those):

  qm      compile resources/translations/*.ts to .qm (pyside6-lrelease) into build/qm/
  db      build the content database and search index into build/db/ (`mmn build`)
  freeze  PyInstaller with packaging/mmn-desktop.spec -> dist/mmn-desktop/ (onedir, trimmed)
  smoke   run the frozen `mmn` (a query in each language) and `mmn-desktop --self-test`
  tar     Linux: dist/mmn-desktop-VERSION-linux-x86_64.tar.gz
  deb     Linux: dist/mmn-desktop_VERSION_amd64.deb (checks Depends and the glibc floor)
  zip     Windows: dist/mmn-desktop-VERSION-windows-x64-portable.zip (with the portable marker)
  nsis    Windows installer with makensis (runs on Linux too, from a Windows onedir: --onedir)

A failed step stops the build with a non-zero exit; nothing is packaged before the smoke test
has passed. Sizes and timings are printed and written to build/packaging-report.json.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from mmn_packaging import elfinfo, linux, project, smoke, windows  # noqa: E402

ROOT = project.ROOT
BUILD = ROOT / "build"
DIST = ROOT / "dist"
ONEDIR = DIST / project.GUI_EXE
LINUX = sys.platform.startswith("linux")
WINDOWS = sys.platform == "win32"
ALL_STEPS = ("qm", "db", "freeze", "smoke", "tar", "deb", "zip", "nsis")

log = logging.getLogger("build")


class BuildError(Exception):
    pass


def default_steps() -> list[str]:
    if LINUX:
        return ["qm", "db", "freeze", "smoke", "tar", "deb"]
    if WINDOWS:
        steps = ["qm", "db", "freeze", "smoke", "zip"]
        return steps + (["nsis"] if shutil.which("makensis") else [])
    return ["qm", "db", "freeze", "smoke"]


def mib(n: float) -> str:
    return f"{n / 2**20:.1f} MiB"


def tree_size(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() or p.is_symlink())


def _tool(name: str) -> str:
    """A console script of this Python environment, else one on PATH."""
    scripts = Path(sys.executable).parent
    for cand in (scripts / name, scripts / f"{name}.exe"):
        if cand.exists():
            return str(cand)
    found = shutil.which(name)
    if not found:
        raise BuildError(f"{name} not found (install the project with `--group package`)")
    return found


def step_qm(report: dict) -> None:
    """Compile the interface translations with the project's own tool (scripts/translations.py):
    only languages with at least one translation get a .qm, so the frozen app offers no language
    that would show English anyway."""
    out = BUILD / "qm"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "translations.py"), "compile", "--out", str(out), "--quiet"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    if proc.returncode != 0:
        raise BuildError(f"compiling the translations failed:\n{proc.stdout}{proc.stderr}")
    made = sorted(qm.stem for qm in out.glob("*.qm"))
    report["translations"] = made
    log.info("qm: %d translation(s) compiled: %s", len(made), ", ".join(made))


def step_db(report: dict) -> None:
    out = BUILD / "db"
    proc = subprocess.run(
        [sys.executable, "-m", "mmn_desktop", "cli", "--db", str(out), "build"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    if proc.returncode != 0:
        raise BuildError(f"mmn build failed:\n{proc.stdout}{proc.stderr}")
    log.info("db: %s", proc.stdout.strip())
    report["db_size"] = tree_size(out)


def step_freeze(report: dict, trim: bool) -> None:
    env = dict(os.environ)
    env.update(MMN_PACK_DB_DIR=str(BUILD / "db"), MMN_PACK_QM_DIR=str(BUILD / "qm"), MMN_PACK_TRIM="1" if trim else "0")
    if not (BUILD / "db" / "content.sqlite").is_file():
        raise BuildError("build/db has no database: run the db step first")
    t0 = time.perf_counter()
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(DIST),
        "--workpath",
        str(BUILD / "pyinstaller"),
        str(HERE / "mmn-desktop.spec"),
    ]
    proc = subprocess.run(cmd, cwd=ROOT, env=env, check=False)
    if proc.returncode != 0:
        raise BuildError("PyInstaller failed")
    report["freeze_seconds"] = round(time.perf_counter() - t0, 1)
    report["onedir_size"] = tree_size(ONEDIR)
    report["onedir_files"] = sum(1 for p in ONEDIR.rglob("*") if p.is_file())
    log.info(
        "freeze: %s in %d files (%.0f s)", mib(report["onedir_size"]), report["onedir_files"], report["freeze_seconds"]
    )


def step_smoke(report: dict, onedir: Path) -> None:
    rep = smoke.run_smoke(onedir)
    print(rep.summary(), flush=True)
    checks = [(c.name, c.ok, round(c.seconds, 2)) for c in rep.checks]
    report["smoke"] = {"ok": rep.ok, "self_test": rep.self_test, "checks": checks}
    if not rep.ok:
        raise BuildError("smoke test failed (see above); nothing was packaged")


def _glibc(report: dict, onedir: Path) -> str:
    floor = elfinfo.glibc_floor(onedir)
    ok, no = elfinfo.distributions_covered(floor.version)
    report["glibc"] = {"floor": floor.version, "host": floor.host, "needed_by": floor.files, "covers": ok, "not": no}
    log.info(
        "glibc: the bundle needs %s (build host %s): runs on %s; not on %s",
        floor.version,
        floor.host,
        ", ".join(ok),
        ", ".join(no),
    )
    if not floor.ok:
        raise BuildError(f"the bundle needs glibc {floor.version}, newer than the build machine's {floor.host}")
    return floor.version


def step_tar(report: dict, info: project.ProjectInfo, onedir: Path) -> None:
    glibc = _glibc(report, onedir)
    deps = linux.parse_depends(linux.control_fields((linux.HERE / "control.in").read_text())["Depends"])
    out = linux.build_tarball(info, onedir, DIST / linux.tarball_name(info), glibc, " ".join(deps))
    report["tar_gz"] = {"file": out.name, "size": out.stat().st_size}
    log.info("tar: %s, %s", out.name, mib(out.stat().st_size))


def step_deb(report: dict, info: project.ProjectInfo, onedir: Path, compression: str) -> None:
    glibc = _glibc(report, onedir)
    root = BUILD / "deb-root"
    control = linux.stage_deb(info, onedir, root, glibc)
    check = linux.check_depends(onedir, control)
    report["depends_check"] = {"needed": check.needed, "missing": check.missing, "unknown": check.unknown}
    if not check.ok:
        raise BuildError(f"Depends is incomplete: missing {check.missing}, no package known for {check.unknown}")
    for tool in ("desktop-file-validate", "appstreamcli"):
        if shutil.which(tool):
            _validate_metadata(tool, root)
    t0 = time.perf_counter()
    out = linux.build_deb(root, DIST / linux.deb_name(info), compression)
    fields = linux.control_fields(control)
    report["deb"] = {
        "file": out.name,
        "size": out.stat().st_size,
        "installed_size_kib": int(fields["Installed-Size"]),
        "depends": fields["Depends"],
        "recommends": fields.get("Recommends", ""),
        "seconds": round(time.perf_counter() - t0, 1),
    }
    log.info(
        "deb: %s, %s (installed %s KiB), Depends: %s",
        out.name,
        mib(out.stat().st_size),
        fields["Installed-Size"],
        fields["Depends"],
    )


def _validate_metadata(tool: str, root: Path) -> None:
    if tool == "desktop-file-validate":
        files = list((root / "usr/share/applications").glob("*.desktop"))
        cmd = [tool, *map(str, files)]
    else:
        files = list((root / "usr/share/metainfo").glob("*.xml"))
        cmd = [tool, "validate", "--no-net", "--pedantic", *map(str, files)]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise BuildError(f"{tool} rejected the package metadata:\n{proc.stdout}{proc.stderr}")


def step_zip(report: dict, info: project.ProjectInfo, onedir: Path) -> None:
    """A portable Windows zip: the onedir folder plus the portable marker."""
    out = DIST / f"{project.GUI_EXE}-{info.version}-windows-x64-portable.zip"
    top = f"{project.GUI_EXE}-{info.version}"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for p in sorted(onedir.rglob("*")):
            if p.is_file():
                zf.write(p, f"{top}/{p.relative_to(onedir).as_posix()}")
        zf.writestr(f"{top}/portable.txt", PORTABLE_NOTE)
    report["zip"] = {"file": out.name, "size": out.stat().st_size}
    log.info("zip: %s, %s", out.name, mib(out.stat().st_size))


PORTABLE_NOTE = (
    "This file turns on portable mode: MMN Desktop keeps notes, settings, logs and caches in the\n"
    "portable-data folder next to it, and writes nothing else on this computer.\n"
    "Delete this file to keep them in your user profile instead.\n"
)


def step_nsis(report: dict, info: project.ProjectInfo, onedir: Path) -> None:
    makensis = shutil.which("makensis")
    if not makensis:
        raise BuildError("makensis not found (Debian: apt install nsis)")
    if not (onedir / f"{project.GUI_EXE}.exe").is_file():
        raise BuildError(f"{onedir} is not a Windows build (no {project.GUI_EXE}.exe); pass --onedir")
    out = DIST / windows.installer_name(info)
    cmd = windows.makensis_command(info, onedir, out, makensis, os.environ.get("MMN_SIGN_COMMAND"))
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise BuildError(f"makensis failed:\n{proc.stdout[-4000:]}{proc.stderr}")
    report["nsis"] = {"file": out.name, "size": out.stat().st_size, "seconds": round(time.perf_counter() - t0, 1)}
    log.info("nsis: %s, %s", out.name, mib(out.stat().st_size))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("steps", nargs="*", metavar="STEP", help=f"steps to run, of {', '.join(ALL_STEPS)} (default: all)")
    ap.add_argument("--onedir", type=Path, default=ONEDIR, help="frozen folder for smoke/tar/deb/zip/nsis")
    ap.add_argument("--untrimmed", action="store_true", help="freeze without excludes/filters/strip (to measure)")
    ap.add_argument("--compression", default="xz", choices=["xz", "zstd", "gzip"], help=".deb compression")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")
    steps = args.steps or default_steps()
    for s in steps:
        if s not in ALL_STEPS:
            ap.error(f"unknown step {s!r} (one of {', '.join(ALL_STEPS)})")
        if s in ("tar", "deb") and not LINUX:
            ap.error(f"step {s} needs Linux")
    info = project.read_project()
    report: dict = {"name": info.name, "version": info.version, "platform": sys.platform, "steps": steps}
    started = time.perf_counter()
    try:
        for s in ALL_STEPS:
            if s not in steps:
                continue
            if s == "qm":
                step_qm(report)
            elif s == "db":
                step_db(report)
            elif s == "freeze":
                step_freeze(report, trim=not args.untrimmed)
            elif s == "smoke":
                step_smoke(report, args.onedir)
            elif s == "tar":
                step_tar(report, info, args.onedir)
            elif s == "deb":
                step_deb(report, info, args.onedir, args.compression)
            elif s == "zip":
                step_zip(report, info, args.onedir)
            elif s == "nsis":
                step_nsis(report, info, args.onedir)
    except BuildError as exc:
        log.error("%s", exc)
        return 1
    finally:
        report["seconds"] = round(time.perf_counter() - started, 1)
        BUILD.mkdir(exist_ok=True)
        (BUILD / "packaging-report.json").write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")
    log.info("done in %.0f s: %s", report["seconds"], ", ".join(steps))
    return 0


if __name__ == "__main__":
    sys.exit(main())

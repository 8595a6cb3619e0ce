"""What a Linux bundle needs from the system: glibc symbol versions and unbundled libraries."""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from mmn_packaging.bundle import elf_needed

_GLIBC = re.compile(r"\bName: GLIBC_(\d+(?:\.\d+)+)\b")


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(4) == b"\x7fELF"
    except OSError:
        return False


def elf_files(tree: Path) -> list[Path]:
    """Regular ELF files under ``tree`` (symlinks skipped: their targets are in the tree too)."""
    return sorted(p for p in tree.rglob("*") if p.is_file() and not p.is_symlink() and is_elf(p))


def version_key(v: str) -> tuple[int, ...]:
    return tuple(int(x) for x in v.split("."))


def glibc_versions(path: Path) -> set[str]:
    """GLIBC_x.y symbol versions ``path`` needs (its version-needs section)."""
    out = subprocess.run(["readelf", "-V", "--wide", str(path)], capture_output=True, text=True, check=False).stdout
    needs = out.split("Version needs section", 1)
    return set(_GLIBC.findall(needs[1])) if len(needs) == 2 else set()


@dataclass(frozen=True, slots=True)
class GlibcFloor:
    version: str  # the highest GLIBC_ version any file needs
    files: tuple[str, ...]  # the files that need it
    host: str  # the build machine's glibc

    @property
    def ok(self) -> bool:
        return version_key(self.version) <= version_key(self.host)


def host_glibc() -> str:
    """The running system's glibc version, e.g. ``2.36``."""
    value = os.confstr("CS_GNU_LIBC_VERSION") or ""
    m = re.search(r"(\d+(?:\.\d+)+)", value)
    if not m:
        raise RuntimeError(f"cannot tell the glibc version ({value!r})")
    return m.group(1)


def glibc_floor(tree: Path) -> GlibcFloor:
    need: dict[str, list[str]] = {}
    for f in elf_files(tree):
        for v in glibc_versions(f):
            need.setdefault(v, []).append(str(f.relative_to(tree)))
    if not need:
        raise RuntimeError(f"no GLIBC symbol versions found under {tree}")
    top = max(need, key=version_key)
    return GlibcFloor(top, tuple(sorted(need[top])), host_glibc())


def unbundled_needed(tree: Path) -> dict[str, list[str]]:
    """Libraries some bundled ELF file needs (DT_NEEDED) that the bundle does not carry:
    ``{soname: [files that need it]}``. These must come from the system."""
    files = elf_files(tree)
    present = {p.name for p in tree.rglob("*")}
    out: dict[str, list[str]] = {}
    for f in files:
        for lib in elf_needed(f):
            if lib not in present:
                out.setdefault(lib, []).append(str(f.relative_to(tree)))
    return out


def _ldconfig_paths() -> dict[str, list[str]]:
    out = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True, check=False).stdout
    paths: dict[str, list[str]] = {}
    for line in out.splitlines():
        m = re.match(r"\s+(\S+) \(([^)]*)\) => (\S+)", line)
        if m and "x86-64" in m.group(2):
            paths.setdefault(m.group(1), []).append(m.group(3))
    return paths


def debian_packages(sonames: Iterable[str]) -> dict[str, str | None]:
    """The Debian package that ships each library on this machine (None if not installed)."""
    lib_paths = _ldconfig_paths()
    result: dict[str, str | None] = {}
    for so in sonames:
        result[so] = None
        candidates: list[str] = []
        for p in lib_paths.get(so, []):
            candidates += [p, os.path.realpath(p)]
            # Debian 12 merged /lib into /usr/lib; dpkg knows one spelling of each path.
            if p.startswith("/usr/lib/"):
                candidates.append(p[len("/usr") :])
            elif p.startswith("/lib/"):
                candidates.append("/usr" + p)
        for c in candidates:
            proc = subprocess.run(["dpkg", "-S", c], capture_output=True, text=True, check=False)
            if proc.returncode == 0 and ":" in proc.stdout:
                result[so] = proc.stdout.split(":", 1)[0].strip()
                break
    return result


# glibc releases of some distributions, for the "which distributions" note. Only stable,
# well-known pairings are listed.
DISTRO_GLIBC = (
    ("Debian 11 (bullseye)", "2.31"),
    ("Debian 12 (bookworm)", "2.36"),
    ("Debian 13 (trixie)", "2.41"),
    ("Ubuntu 20.04 LTS", "2.31"),
    ("Ubuntu 22.04 LTS", "2.35"),
    ("Ubuntu 24.04 LTS", "2.39"),
)


def distributions_covered(floor: str) -> tuple[list[str], list[str]]:
    ok = [d for d, v in DISTRO_GLIBC if version_key(v) >= version_key(floor)]
    no = [d for d, v in DISTRO_GLIBC if version_key(v) < version_key(floor)]
    return ok, no

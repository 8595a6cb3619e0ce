"""Linux packages of the onedir build: a .deb and a .tar.gz."""

from __future__ import annotations

import datetime as _dt
import logging
import os
import re
import shutil
import stat
import subprocess
import tarfile
from dataclasses import dataclass
from pathlib import Path

from mmn_packaging import elfinfo, icons, project

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parents[1] / "linux"
PREFIX = f"/opt/{project.GUI_EXE}"
# The class part of the X11 WM_CLASS Qt gives the window (checked with xprop: "mmn-desktop", "MMN Desktop").
WM_CLASS = project.DISPLAY_NAME
# Packages for libraries the build machine may lack (checked against the Depends line).
KNOWN_LIB_PACKAGES = {
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-client.so.0": "libwayland-client0",
    "libcups.so.2": "libcups2",
}
# Extra runtime needs no ELF file names: fontconfig's configuration (and, through it, a
# default font) and the XKB keyboard data Qt's Wayland and xcb plugins read.
NON_ELF_DEPENDS = ("fontconfig-config", "xkb-data")
# Always declared, although the bundle carries a copy (the xcb plugin's loader message names it).
EXPLICIT_DEPENDS = ("libxcb-cursor0",)


def _fill(text: str, values: dict[str, str]) -> str:
    for key, value in values.items():
        text = text.replace(f"@{key}@", value)
    left = re.findall(r"@[A-Z_]+@", text)
    if left:
        raise ValueError(f"unfilled placeholders: {', '.join(sorted(set(left)))}")
    return text


def release_date(root: Path = project.ROOT) -> str:
    """The date of the last commit (reproducible), or today outside a git checkout."""
    env = os.environ.get("SOURCE_DATE_EPOCH")
    if env:
        return _dt.datetime.fromtimestamp(int(env), tz=_dt.UTC).date().isoformat()
    proc = subprocess.run(
        ["git", "-C", str(root), "log", "-1", "--format=%cs"], capture_output=True, text=True, check=False
    )
    out = proc.stdout.strip()
    return out if proc.returncode == 0 and out else _dt.date.today().isoformat()


def parse_depends(field: str) -> list[str]:
    """Package names of a Depends/Recommends field (alternatives flattened, versions dropped)."""
    names = []
    for part in field.split(","):
        for alt in part.split("|"):
            name = re.sub(r"\(.*?\)|:\w+", "", alt).strip()
            if name:
                names.append(name)
    return names


def control_fields(text: str) -> dict[str, str]:
    fields: dict[str, str] = {}
    key = ""
    for line in text.splitlines():
        if line.startswith((" ", "\t")) and key:
            fields[key] += "\n" + line
        elif ":" in line:
            key, value = line.split(":", 1)
            fields[key] = value.strip()
    return fields


@dataclass(frozen=True, slots=True)
class DependsCheck:
    needed: dict[str, str | None]  # soname -> package (None: unknown on this machine)
    missing: list[str]  # packages needed but not declared
    unknown: list[str]  # sonames no package could be found for

    @property
    def ok(self) -> bool:
        return not self.missing and not self.unknown


def check_depends(onedir: Path, control_text: str) -> DependsCheck:
    """Every library the bundle needs from the system must be covered by Depends/Recommends."""
    fields = control_fields(control_text)
    declared = set(parse_depends(fields.get("Depends", ""))) | set(parse_depends(fields.get("Recommends", "")))
    unbundled = elfinfo.unbundled_needed(onedir)
    pkgs = elfinfo.debian_packages(unbundled) if shutil.which("dpkg") else {s: None for s in unbundled}
    for so, pkg in pkgs.items():
        if pkg is None and so in KNOWN_LIB_PACKAGES:
            pkgs[so] = KNOWN_LIB_PACKAGES[so]
    missing = sorted({p for p in pkgs.values() if p and p not in declared})
    unknown = sorted(so for so, p in pkgs.items() if p is None)
    return DependsCheck(pkgs, missing, unknown)


def _normalise_modes(tree: Path) -> None:
    """Directories 0755, executables 0755, everything else 0644 (root-owned in the .deb)."""
    for dirpath, _dirnames, filenames in os.walk(tree):
        os.chmod(dirpath, 0o755)
        for name in filenames:
            p = Path(dirpath) / name
            if p.is_symlink():
                continue
            mode = p.stat().st_mode
            p.chmod(0o755 if mode & (stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH) else 0o644)


def _du_kib(tree: Path) -> int:
    total = 0
    for dirpath, _dirnames, filenames in os.walk(tree):
        for name in filenames:
            p = Path(dirpath) / name
            total += p.lstat().st_size if not p.is_symlink() else len(os.readlink(p))
    return (total + 1023) // 1024


def maintainer() -> str:
    # No project e-mail address is recorded yet; set MMN_DEB_MAINTAINER for releases.
    return os.environ.get("MMN_DEB_MAINTAINER", f"{project.PUBLISHER} <packaging@mmn-desktop.invalid>")


def deb_name(info: project.ProjectInfo) -> str:
    return f"{project.GUI_EXE}_{info.deb_version}_amd64.deb"


def stage_deb(info: project.ProjectInfo, onedir: Path, root: Path, glibc: str) -> str:
    """Lay out the package tree under ``root``; return the control file text."""
    if root.exists():
        shutil.rmtree(root)
    opt = root / PREFIX.lstrip("/")
    shutil.copytree(onedir, opt, symlinks=True)
    values = {
        "PACKAGE": project.GUI_EXE,
        "VERSION": info.deb_version,
        "APP_ID": project.APP_ID,
        "WM_CLASS": WM_CLASS,
        "PUBLISHER": project.PUBLISHER,
        "DEVELOPER_ID": ".".join(project.APP_ID.split(".")[:2]),
        "DATE": release_date(),
        "PREFIX": PREFIX,
        "MAINTAINER": maintainer(),
        "GLIBC": glibc,
    }
    bindir = root / "usr" / "bin"
    bindir.mkdir(parents=True)
    for exe in (project.GUI_EXE, project.CLI_EXE):
        launcher = bindir / exe
        launcher.write_text(_fill((HERE / "launcher.in").read_text(encoding="utf-8"), values | {"EXE": exe}))
        launcher.chmod(0o755)
    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    (share / "applications" / f"{project.APP_ID}.desktop").write_text(
        _fill((HERE / "mmn-desktop.desktop.in").read_text(encoding="utf-8"), values), encoding="utf-8"
    )
    (share / "metainfo").mkdir(parents=True)
    (share / "metainfo" / f"{project.APP_ID}.metainfo.xml").write_text(
        _fill((HERE / "metainfo.xml.in").read_text(encoding="utf-8"), values), encoding="utf-8"
    )
    for size in icons.PNG_SIZES:
        d = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        d.mkdir(parents=True)
        shutil.copyfile(icons.png_path(size), d / f"{project.APP_ID}.png")
    d = share / "icons" / "hicolor" / "scalable" / "apps"
    d.mkdir(parents=True)
    shutil.copyfile(icons.SVG, d / f"{project.APP_ID}.svg")
    doc = share / "doc" / project.GUI_EXE
    doc.mkdir(parents=True)
    write_copyright(doc, onedir)
    _normalise_modes(root)
    values["INSTALLED_SIZE"] = str(_du_kib(root))
    control = _fill((HERE / "control.in").read_text(encoding="utf-8"), values)
    (root / "DEBIAN").mkdir()
    (root / "DEBIAN" / "control").write_text(control, encoding="utf-8")
    os.chmod(root / "DEBIAN", 0o755)
    return control


def write_copyright(doc: Path, onedir: Path) -> None:
    """A copyright file pointing at the licence texts of what the bundle carries."""
    lic_dir = doc / "licenses"
    lic_dir.mkdir()
    copied = collect_licenses(lic_dir)
    lines = [
        "MMN Desktop",
        "",
        "The application bundles third-party components; their licence texts, as shipped by",
        f"each component, are in {PREFIX.replace('/opt', '/usr/share/doc')}/licenses/:",
        "",
        *(f"  {name}" for name in copied),
        "",
        "Qt and PySide6 are used under the GNU LGPL version 3; the Qt libraries are separate",
        f"shared libraries under {PREFIX}/_internal/PySide6/Qt/lib and may be replaced.",
        "The bundled Noto fonts are under the SIL Open Font License 1.1.",
        "",
    ]
    (doc / "copyright").write_text("\n".join(lines), encoding="utf-8")


BUNDLED_DISTRIBUTIONS = (
    "PySide6_Essentials",
    "shiboken6",
    "SQLAlchemy",
    "Whoosh-Reloaded",
    "icu4py",
    "myanmartools",
    "python-myanmar",
    "platformdirs",
    "typing_extensions",
    "greenlet",
)


def collect_licenses(out: Path) -> list[str]:
    """Copy the licence files of the bundled Python distributions (from their metadata)."""
    from importlib import metadata

    names = []
    for dist_name in BUNDLED_DISTRIBUTIONS:
        try:
            dist = metadata.distribution(dist_name)
        except metadata.PackageNotFoundError:
            continue
        files = [f for f in (dist.files or []) if re.search(r"(LICEN[CS]E|COPYING|NOTICE)", f.name, re.I)]
        text_parts = []
        for f in files:
            try:
                text_parts.append(f"==> {f.name} <==\n" + Path(str(f.locate())).read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError):
                continue
        lic = dist.metadata.get("License-Expression") or dist.metadata.get("License") or ""
        header = f"{dist.metadata['Name']} {dist.version}" + (f" ({lic.splitlines()[0]})" if lic else "")
        body = "\n\n".join(text_parts) if text_parts else "(no licence file in the distribution's metadata)"
        target = out / f"{dist.metadata['Name']}.txt"
        target.write_text(header + "\n\n" + body + "\n", encoding="utf-8")
        names.append(target.name)
    py = Path(os.__file__).parent / "LICENSE.txt"
    if py.is_file():
        shutil.copyfile(py, out / "Python.txt")
        names.append("Python.txt")
    fonts_ofl = project.ROOT / "resources" / "fonts" / "OFL.txt"
    if fonts_ofl.is_file():
        shutil.copyfile(fonts_ofl, out / "Noto-fonts-OFL.txt")
        names.append("Noto-fonts-OFL.txt")
    return names


def build_deb(root: Path, out: Path, compression: str = "xz") -> Path:
    """``dpkg-deb --build`` with root ownership."""
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.exists():
        out.unlink()
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", f"-Z{compression}", "--build", str(root), str(out)],
        check=True,
        capture_output=True,
        text=True,
    )
    return out


def tarball_name(info: project.ProjectInfo) -> str:
    return f"{project.GUI_EXE}-{info.version}-linux-x86_64.tar.gz"


def build_tarball(info: project.ProjectInfo, onedir: Path, out: Path, glibc: str, depends_apt: str) -> Path:
    """The onedir tree as ``mmn-desktop-VERSION/`` with an INSTALL.txt, gzip-compressed."""
    top = f"{project.GUI_EXE}-{info.version}"
    note = _fill(
        (HERE / "INSTALL.txt.in").read_text(encoding="utf-8"),
        {
            "VERSION": info.version,
            "GLIBC": glibc,
            "DEPENDS_APT": depends_apt,
            "DEB_NAME": deb_name(info),
            "PORTABLE_MARKER": "portable.txt",
            "PORTABLE_DIR": "portable-data",
        },
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    mtime = int(_dt.datetime.fromisoformat(release_date()).replace(tzinfo=_dt.UTC).timestamp())

    def norm(ti: tarfile.TarInfo) -> tarfile.TarInfo:
        ti.uid = ti.gid = 0
        ti.uname = ti.gname = "root"
        ti.mtime = mtime
        if ti.isdir() or ti.mode & 0o111:
            ti.mode = 0o755
        elif not ti.issym():
            ti.mode = 0o644
        return ti

    with tarfile.open(out, "w:gz", compresslevel=9, format=tarfile.PAX_FORMAT) as tar:
        tar.add(onedir, arcname=top, filter=norm, recursive=False)
        for p in sorted(onedir.rglob("*")):
            tar.add(p, arcname=f"{top}/{p.relative_to(onedir).as_posix()}", filter=norm, recursive=False)
        data = note.encode("utf-8")
        ti = norm(tarfile.TarInfo(f"{top}/INSTALL.txt"))
        ti.size = len(data)
        import io

        tar.addfile(ti, io.BytesIO(data))
        for size in (256,):
            tar.add(icons.png_path(size), arcname=f"{top}/{project.APP_ID}.png", filter=norm)
    return out

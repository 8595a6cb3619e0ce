"""The .deb tree and its metadata, staged from a stand-in onedir folder (fast; no dpkg needed
except for the last test)."""

from __future__ import annotations

import shutil
import struct
import subprocess
from pathlib import Path

import pytest
from mmn_packaging import icons, linux, project

from tests.packaging.conftest import PACKAGING


@pytest.fixture
def staged(tmp_path: Path) -> tuple[Path, str]:
    onedir = tmp_path / "onedir"
    (onedir / "_internal" / "db").mkdir(parents=True)
    (onedir / project.GUI_EXE).write_bytes(b"\x7fELF stand-in")
    (onedir / project.GUI_EXE).chmod(0o700)
    (onedir / project.CLI_EXE).write_bytes(b"\x7fELF stand-in")
    (onedir / project.CLI_EXE).chmod(0o700)
    (onedir / "_internal" / "db" / "content.sqlite").write_bytes(b"x" * 5000)
    root = tmp_path / "root"
    control = linux.stage_deb(project.read_project(), onedir, root, "2.35")
    return root, control


def test_control_file(staged: tuple[Path, str]) -> None:
    root, control = staged
    fields = linux.control_fields(control)
    info = project.read_project()
    assert fields["Package"] == project.GUI_EXE
    assert fields["Version"] == info.deb_version
    assert fields["Architecture"] == "amd64"
    assert "@" not in control.replace(fields["Maintainer"], "")
    depends = linux.parse_depends(fields["Depends"])
    for pkg in ("libc6", "libxcb1", "libxcb-cursor0", "libgl1", "libegl1", "libwayland-client0", "xkb-data"):
        assert pkg in depends
    assert "libc6 (>= 2.35)" in fields["Depends"]
    assert int(fields["Installed-Size"]) >= 5  # KiB, from the staged tree
    assert fields["Description"].startswith("Offline reference")
    assert (root / "DEBIAN" / "control").read_text(encoding="utf-8") == control


def test_tree_layout_and_modes(staged: tuple[Path, str]) -> None:
    root, _control = staged
    opt = root / "opt" / project.GUI_EXE
    assert (opt / project.GUI_EXE).stat().st_mode & 0o777 == 0o755
    assert (opt / "_internal" / "db" / "content.sqlite").stat().st_mode & 0o777 == 0o644
    for exe in (project.GUI_EXE, project.CLI_EXE):
        launcher = root / "usr" / "bin" / exe
        assert launcher.stat().st_mode & 0o777 == 0o755
        text = launcher.read_text()
        assert text.startswith("#!/bin/sh\n")
        assert f'exec /opt/{project.GUI_EXE}/{exe} "$@"' in text
    for size in icons.PNG_SIZES:
        png = root / f"usr/share/icons/hicolor/{size}x{size}/apps/{project.APP_ID}.png"
        w, h = struct.unpack(">II", png.read_bytes()[16:24])
        assert (w, h) == (size, size)
    assert (root / f"usr/share/icons/hicolor/scalable/apps/{project.APP_ID}.svg").is_file()
    copyright_text = (root / f"usr/share/doc/{project.GUI_EXE}/copyright").read_text()
    assert "LGPL" in copyright_text
    licenses = list((root / f"usr/share/doc/{project.GUI_EXE}/licenses").iterdir())
    assert any(p.name.startswith("PySide6") for p in licenses)
    assert all(p.stat().st_mode & 0o777 == 0o755 for p in root.rglob("*") if p.is_dir())


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils not installed")
def test_desktop_file_validates(staged: tuple[Path, str]) -> None:
    root, _control = staged
    desktop = root / f"usr/share/applications/{project.APP_ID}.desktop"
    proc = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True, check=False)
    assert proc.returncode == 0 and not proc.stdout.strip(), proc.stdout + proc.stderr
    text = desktop.read_text()
    assert f"Icon={project.APP_ID}\n" in text and "Exec=mmn-desktop\n" in text


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream not installed")
def test_metainfo_validates(staged: tuple[Path, str]) -> None:
    root, _control = staged
    meta = root / f"usr/share/metainfo/{project.APP_ID}.metainfo.xml"
    proc = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(meta)], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert f'<release version="{project.read_project().version}"' in meta.read_text()


def test_icons_are_rendered_from_the_svg() -> None:
    assert icons.SVG.is_file()
    for size in icons.PNG_SIZES:
        data = icons.png_path(size).read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", data[16:24]) == (size, size)
    assert icons.read_ico_sizes(icons.ICO.read_bytes()) == list(icons.ICO_SIZES)


def test_ico_writer_round_trip(tmp_path: Path, qapp: object) -> None:
    # qapp: pytest-qt's one QApplication for the session (render_png would otherwise make a
    # QGuiApplication that every later widget test trips over).
    pytest.importorskip("PySide6")
    pngs = {s: icons.render_png(icons.SVG, s) for s in (16, 256)}
    data = icons.build_ico(pngs)
    assert icons.read_ico_sizes(data) == [16, 256]
    # The 16 px entry is a 32-bit DIB (header 40, width 16, height 32 = image + mask).
    offset = struct.unpack_from("<I", data, 6 + 12)[0]
    assert struct.unpack_from("<IiiHH", data, offset) == (40, 16, 32, 1, 32)
    # The 256 px entry is the PNG itself.
    offset = struct.unpack_from("<I", data, 6 + 16 + 12)[0]
    assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"


def test_parse_depends() -> None:
    assert linux.parse_depends("libc6 (>= 2.36), libgl1 | libgl1-mesa-glx, xkb-data:any") == [
        "libc6",
        "libgl1",
        "libgl1-mesa-glx",
        "xkb-data",
    ]


def test_debian_versions() -> None:
    assert project.ProjectInfo("x", "1.2.3", "").deb_version == "1.2.3"
    assert project.ProjectInfo("x", "1.2.3rc1", "").deb_version == "1.2.3~rc1"
    assert project.ProjectInfo("x", "1.2.3.post1", "").deb_version == "1.2.3+post1"
    assert project.ProjectInfo("x", "1.2.3rc1", "").version_tuple == (1, 2, 3, 0)
    with pytest.raises(ValueError):
        _ = project.ProjectInfo("x", "1.2", "").version_tuple


@pytest.mark.skipif(not shutil.which("dpkg-deb"), reason="dpkg-deb not installed")
def test_dpkg_deb_builds_the_staged_tree(staged: tuple[Path, str], tmp_path: Path) -> None:
    root, _control = staged
    deb = linux.build_deb(root, tmp_path / "x.deb", compression="gzip")
    info = subprocess.run(["dpkg-deb", "--info", str(deb)], capture_output=True, text=True, check=True).stdout
    assert f"Package: {project.GUI_EXE}" in info
    contents = subprocess.run(["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True)
    assert f"./usr/bin/{project.GUI_EXE}" in contents.stdout
    assert "root/root" in contents.stdout


def test_packaging_scripts_are_not_a_python_package() -> None:
    """packaging/__init__.py would shadow the PyPI `packaging` library that pytest imports."""
    assert not (PACKAGING / "__init__.py").exists()

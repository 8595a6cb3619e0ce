"""The trimming rules: which modules, Qt plugins, translations and libraries the bundle keeps."""

from __future__ import annotations

import re
from pathlib import Path

import grimp
import pytest
from mmn_packaging import bundle

from tests.packaging.conftest import ROOT

APP = ROOT / "mmn_desktop"


def test_no_app_module_imports_an_excluded_module() -> None:
    """What the frozen app can load must not need anything the spec leaves out.

    The window imports views by name, so every app module counts, not only what app.py
    reaches. The CLI's `check`/`build` commands are the one allowed exception: they import
    the builder lazily and the frozen `mmn` reports them as unavailable (entry_cli.py).
    """
    graph = grimp.build_graph("mmn_desktop", include_external_packages=True)
    for lazy in ("mmn_desktop.core.builder.build", "mmn_desktop.core.content"):
        if graph.direct_import_exists(importer="mmn_desktop.cli", imported=lazy):
            graph.remove_import(importer="mmn_desktop.cli", imported=lazy)
    for gui in (True, False):
        excluded = bundle.excludes(gui)
        for module in bundle.app_modules(APP, gui):
            needed = graph.find_upstream_modules(module)
            bad = sorted(m for m in needed if bundle.is_excluded(m, excluded))
            assert not bad, f"{module} (in the {'GUI' if gui else 'CLI'} bundle) imports excluded {bad}"


def test_qt_modules_the_app_imports_are_not_excluded() -> None:
    used = set()
    for f in APP.rglob("*.py"):
        used |= set(re.findall(r"\bPySide6\.(Qt\w+)", f.read_text(encoding="utf-8")))
    assert "QtWidgets" in used  # the scan works
    excluded = {m.split(".", 1)[1] for m in bundle.QT_UNUSED_MODULES}
    assert not used & excluded, f"the app imports Qt modules the spec excludes: {sorted(used & excluded)}"


def test_app_modules_lists_views_for_the_gui_only() -> None:
    gui = bundle.app_modules(APP, gui=True)
    cli = bundle.app_modules(APP, gui=False)
    assert "mmn_desktop.core.search.service" in gui and "mmn_desktop.core.search.service" in cli
    assert "mmn_desktop.app" in gui and "mmn_desktop.app" not in cli
    assert any(m.startswith("mmn_desktop.ui.") for m in gui)
    assert not any(m.startswith("mmn_desktop.ui") for m in cli)
    assert not any(m.startswith(("mmn_desktop.core.builder", "mmn_desktop.core.content")) for m in gui + cli)


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", True),
        ("PySide6/Qt/plugins/wayland-shell-integration/libivi-shell.so", False),
        ("PySide6/Qt/plugins/wayland-decoration-client/libadwaita.so", True),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so", False),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        # Windows layout and names
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6\\plugins\\platforms\\qdirect2d.dll", False),
        ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", True),
        ("PySide6\\plugins\\imageformats\\qsvg.dll", True),
    ],
)
def test_plugin_filter(dest: str, kept: bool) -> None:
    assert bundle.plugin_kept(dest) is kept
    assert bundle.keep_entry((dest, "/src", "BINARY")) is kept


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
        ("PySide6/Qt/translations/qtbase_zh_TW.qm", True),
        ("PySide6/Qt/translations/qt_vi.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qt_help_zh_CN.qm", False),
        ("PySide6/Qt/translations/qtdeclarative_zh_CN.qm", False),
        ("PySide6\\translations\\qtbase_ar.qm", False),
        ("resources/translations/mmn_th.qm", True),  # ours, not Qt's
    ],
)
def test_qt_translation_filter(dest: str, kept: bool) -> None:
    assert bundle.keep_entry((dest, "/src", "DATA")) is kept


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/lib/libQt6Core.so.6", True),
        ("PySide6/Qt/lib/libQt6Test.so.6", True),  # the self-test drives the window with QTest
        ("PySide6/Qt/lib/libQt6PrintSupport.so.6", True),
        ("PySide6/Qt/lib/libQt6OpenGL.so.6", False),
        ("PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6", False),
        ("PySide6/Qt/lib/libQt6Network.so.6", False),
        ("PySide6/Qt/lib/libQt6QuickControls2.so.6", False),
        ("PySide6\\Qt6Network.dll", False),
        ("PySide6\\opengl32sw.dll", False),
        ("PySide6\\Qt6Widgets.dll", True),
        ("libcups.so.2", False),  # always the system's
        ("libstdc++.so.6", False),  # the system's (Depends: libstdc++6)
        ("libfontconfig.so.1", False),
        ("libsqlite3.so.0", True),
    ],
)
def test_library_filter(dest: str, kept: bool) -> None:
    assert bundle.keep_entry((dest, "/src", "BINARY")) is kept


def test_prune_orphans_follows_needed_from_roots() -> None:
    toc = [
        ("PySide6/QtGui.abi3.so", "/s/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/s/libQt6Gui.so.6", "BINARY"),
        ("libfreetype.so.6", "/s/libfreetype.so.6", "BINARY"),
        ("libpng16.so.16", "/s/libpng16.so.16.39.0", "BINARY"),
        ("libpng16.so.16.39.0", "libpng16.so.16", "SYMLINK"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/s/libqxcb.so", "BINARY"),
        ("libxcb-icccm.so.4", "/s/libxcb-icccm.so.4", "BINARY"),
        # left over from the dropped GTK3 theme plugin
        ("libcairo.so.2", "/s/libcairo.so.2", "BINARY"),
        ("libpixman-1.so.0", "/s/libpixman-1.so.0", "BINARY"),
        ("libpython3.11.so.1.0", "/s/libpython3.11.so.1.0", "BINARY"),
        ("base_library.zip", "/s/base_library.zip", "DATA"),
    ]
    graph = {
        "QtGui.abi3.so": ["libQt6Gui.so.6", "libc.so.6"],
        "libQt6Gui.so.6": ["libfreetype.so.6"],
        "libfreetype.so.6": ["libpng16.so.16"],
        "libqxcb.so": ["libxcb-icccm.so.4", "libQt6Gui.so.6"],
        "libcairo.so.2": ["libpixman-1.so.0"],
    }
    kept, dropped = bundle.prune_orphans(toc, needed=lambda p: graph.get(Path(p).name, []))
    assert sorted(e[0] for e in dropped) == ["libcairo.so.2", "libpixman-1.so.0"]
    assert len(kept) == len(toc) - 2
    assert ("base_library.zip", "/s/base_library.zip", "DATA") in kept


def test_elf_needed_reads_a_real_library() -> None:
    import _ctypes

    needed = bundle.elf_needed(Path(_ctypes.__file__))
    if not needed:
        pytest.skip("the _ctypes extension links nothing dynamically here")
    assert all(re.match(r"^[\w.+-]+\.so(\.\d+)*$", n) for n in needed)
    assert bundle.elf_needed(ROOT / "pyproject.toml") == []


def test_app_datas_skip_content_sources_and_db_junk(tmp_path: Path) -> None:
    res = tmp_path / "resources"
    (res / "content" / "vocabulary").mkdir(parents=True)
    (res / "content" / "vocabulary" / "a.yaml").write_text("x")
    (res / "fonts").mkdir()
    (res / "fonts" / "Noto.ttf").write_bytes(b"f")
    (res / "translations").mkdir()
    (res / "translations" / "mmn_th.ts").write_text("<TS/>")
    (res / "translations" / "mmn_th.qm").write_bytes(b"stale")
    (res / "translations" / "status.json").write_text("{}")  # stale too: the build's own is shipped
    qm = tmp_path / "qm"
    qm.mkdir()
    (qm / "mmn_th.qm").write_bytes(b"fresh")
    (qm / "status.json").write_text('{"th": {}}')
    db = tmp_path / "db"
    (db / "index").mkdir(parents=True)
    for name in ("content.sqlite", "README.md", "index/MAIN_x.seg", "index/MAIN_WRITELOCK", ".build-1/x"):
        (db / name).parent.mkdir(parents=True, exist_ok=True)
        (db / name).write_bytes(b"1")
    pairs = {(str(Path(src).relative_to(tmp_path)), dest) for src, dest in bundle.app_datas(res, qm, db)}
    assert pairs == {
        ("resources/fonts/Noto.ttf", "resources/fonts"),
        ("qm/mmn_th.qm", "resources/translations"),
        ("qm/status.json", "resources/translations"),
        ("db/content.sqlite", "db"),
        ("db/index/MAIN_x.seg", "db/index"),
    }

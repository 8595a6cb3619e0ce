"""What goes into the frozen bundle and what is left out.

The rules work on PyInstaller's table-of-contents entries, ``(dest_name, src_name, typecode)``
tuples, by destination path, so they are plain functions that tests can check without running
PyInstaller. Destination paths use ``/`` on Linux and ``\\`` on Windows; every rule normalises.
"""

from __future__ import annotations

import logging
import re
import subprocess
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path, PurePosixPath

from mmn_packaging import project

log = logging.getLogger(__name__)

TocEntry = tuple[str, str, str]

# -- Python modules ---------------------------------------------------------------------------

# Build-time only: the content loaders and builder, and what only they import. The frozen `mmn`
# reports `check` and `build` as unavailable instead (packaging/entry_cli.py). Not here:
# markdown_it, which the window uses to render notes and chapters.
BUILD_ONLY_MODULES = (
    "mmn_desktop.core.builder",
    "mmn_desktop.core.content",
    "yaml",
    "_yaml",
)
# Development and test tools that may be installed in the build environment.
DEV_TOOLS = (
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "importlinter",
    "grimp",
    "rispy",
    "bibtexparser",
    "pyparsing",
    "PyInstaller",
    "check_jsonschema",
    "jsonschema",
    "mypy",
    "mypyc",
    "ruff",
    "setuptools",
    "pkg_resources",
    "pip",
    "IPython",
    "tests",
    "benchmarks",
)
# Standard-library parts nothing in the app uses. Not here on purpose: asyncio and email
# (SQLAlchemy, importlib.metadata), urllib.request (whoosh) and multiprocessing (the index writer).
STDLIB_UNUSED = (
    "tkinter",
    "_tkinter",
    "turtle",
    "turtledemo",
    "idlelib",
    "unittest",
    "pydoc",
    "pydoc_data",
    "doctest",
    "xmlrpc",
    "lib2to3",
    "ensurepip",
    "venv",
    "distutils",
    "curses",
    "_curses",
    "ssl",
    "_ssl",
    # OpenSSL's hashes (4.6 MiB libcrypto): hashlib falls back to Python's built-in md5/sha*.
    "_hashlib",
)
# Qt modules the app does not import (a test checks mmn_desktop's imports against this list).
# QtPrintSupport (printing) and QtTest (the self-test types into the real window) are used.
QT_UNUSED_MODULES = (
    "PySide6.QtNetwork",
    "PySide6.QtDBus",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickTest",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSql",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtUiTools",
    "PySide6.QtSvgWidgets",
)
# The command line never imports Qt.
CLI_ONLY_EXCLUDES = ("PySide6", "shiboken6", "mmn_desktop.ui", "mmn_desktop.app")


def excludes(gui: bool) -> list[str]:
    """Module names for ``Analysis(excludes=...)`` of the GUI or the CLI executable."""
    names = [*BUILD_ONLY_MODULES, *DEV_TOOLS, *STDLIB_UNUSED, *QT_UNUSED_MODULES]
    if not gui:
        names += CLI_ONLY_EXCLUDES
    return names


def is_excluded(module: str, names: Iterable[str]) -> bool:
    """Is ``module`` one of ``names`` or inside one of them (PyInstaller's rule)?"""
    return any(module == n or module.startswith(n + ".") for n in names)


def app_modules(package_dir: Path, gui: bool) -> list[str]:
    """Every module of the app package an executable may load, minus the excluded ones.

    Listed from the source files, without importing anything."""
    names = []
    for f in sorted(package_dir.rglob("*.py")):
        parts = f.relative_to(package_dir.parent).with_suffix("").parts
        if "__pycache__" in parts:
            continue
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        if name.endswith("__main__") or is_excluded(name, excludes(gui)):
            continue
        names.append(name)
    return names


# -- data files -------------------------------------------------------------------------------

# Parts of resources/ the frozen app does not read: the content sources (compiled into db/) and
# translation sources (compiled to .qm by build.py).
RESOURCE_SKIP_DIRS = ("content",)
RESOURCE_SKIP_SUFFIXES = (".ts", ".pro", ".md", ".py", ".pyc")
DB_FILES_SKIP = re.compile(r"(^|/)(README\.md|\.build-.*|.*\.tmp|MAIN_WRITELOCK)$")


def app_datas(resources: Path, qm_dir: Path | None, db_dir: Path) -> list[tuple[str, str]]:
    """``(source file, destination folder)`` pairs for the app's own data: ``resources/`` without
    the content sources, the compiled translations, and the built database and index as ``db/``."""
    out: list[tuple[str, str]] = []
    if resources.is_dir():
        for f in sorted(resources.rglob("*")):
            rel = f.relative_to(resources)
            if not f.is_file() or rel.parts[0] in RESOURCE_SKIP_DIRS or f.suffix in RESOURCE_SKIP_SUFFIXES:
                continue
            built = f.suffix == ".qm" or rel.as_posix() == "translations/status.json"
            if "__pycache__" in rel.parts or (qm_dir is not None and built):
                continue  # the build's own compiled translations are used instead
            out.append((str(f), str(PurePosixPath("resources", *rel.parts[:-1]))))
    if qm_dir is not None and qm_dir.is_dir():
        out += [(str(f), "resources/translations") for f in sorted(qm_dir.glob("*.qm"))]
        if (qm_dir / "status.json").is_file():  # which interface translations are drafts
            out.append((str(qm_dir / "status.json"), "resources/translations"))
    for f in sorted(db_dir.rglob("*")):
        rel = f.relative_to(db_dir)
        if f.is_file() and not DB_FILES_SKIP.search(rel.as_posix()):
            out.append((str(f), str(PurePosixPath("db", *rel.parts[:-1]))))
    return out


def package_data_files(package: str) -> list[tuple[str, str]]:
    """Non-Python files shipped inside an installed package, as ``(source, destination folder)``
    pairs (what PyInstaller's collect_data_files gives, without importing PyInstaller)."""
    import importlib.util

    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"package {package!r} is not installed", name=package)
    out = []
    for location in spec.submodule_search_locations:
        base = Path(location)
        for f in sorted(base.rglob("*")):
            rel = f.relative_to(base)
            if f.is_file() and "__pycache__" not in rel.parts and f.suffix not in (".py", ".pyc", ".pyi"):
                out.append((str(f), str(PurePosixPath(package.replace(".", "/"), *rel.parts[:-1]))))
    return out


# -- Qt plugins, libraries and translations ---------------------------------------------------

# Plugins kept, by folder and by name without "lib" prefix and suffix (Linux and Windows names).
# Everything else in Qt's plugins folder is dropped (QML, network, EGLFS/KMS, VNC, other image
# formats, the GTK3 theme, SQL drivers, TLS, ...).
KEEP_PLUGINS: dict[str, frozenset[str]] = {
    # xcb: X11; wayland: Wayland sessions; offscreen: the smoke test; windows: Windows.
    "platforms": frozenset({"qxcb", "qwayland", "qoffscreen", "qwindows"}),
    "wayland-shell-integration": frozenset({"xdg-shell"}),
    "wayland-decoration-client": frozenset({"*"}),
    # Input methods: Thai, Khmer, Lao, Burmese and Chinese users type through one.
    "platforminputcontexts": frozenset({"ibusplatforminputcontextplugin", "composeplatforminputcontextplugin"}),
    # Portal file dialogs (sandboxed desktops); the GTK3 theme drags in cairo/pango/gdk.
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    # PNG is built into QtGui; JPEG, GIF and SVG images may appear in pages.
    "imageformats": frozenset({"qjpeg", "qgif", "qsvg", "qico"}),
    "iconengines": frozenset({"qsvgicon"}),
    "styles": frozenset({"qmodernwindowsstyle", "qwindowsvistastyle"}),
    # Printing to CUPS printers; it needs the system's libcups (Recommends: libcups2 in the .deb).
    "printsupport": frozenset({"cupsprintersupport"}),
}
# Host libraries never bundled; the .deb depends on (or recommends) their packages instead.
# - libcups: the CUPS client library must match the local print service.
# - libfontconfig/libfreetype: an older bundled fontconfig misreads a newer system's
#   /etc/fonts configuration; the system's pair always matches it.
# - libstdc++/libgcc_s: every system has them, at least as new as the build machine's (Debian 12),
#   and the bundled copies were what needed glibc 2.36 (without them: 2.35, Ubuntu 22.04).
SYSTEM_LIBS = re.compile(
    r"(^|/)(libcups\.so\.2|libfontconfig\.so\.1|libfreetype\.so\.6|libstdc\+\+\.so\.6|libgcc_s\.so\.1)$"
)
# Qt libraries only the dropped plugins needed; on Linux the prune step would find them too,
# on Windows (no prune) this list is what removes them.
DROP_LIBS = re.compile(
    r"(^|/)(lib)?(Qt6(EglFS\w*|OpenGL|OpenGLWidgets|WlShellIntegration|Network|Qml\w*|Quick\w*|Pdf|"
    r"VirtualKeyboard\w*|Designer\w*|Help|Sql|Xml|UiTools|Lottie\w*|Labs\w*|WaylandCompositor\w*)"
    r"(\.so(\.\d+)*|\.dll)|opengl32sw\.dll)$",
    re.IGNORECASE,
)
_QT_TRANSLATION = re.compile(r"(^|/)translations/(qt\w*?)_([a-z]{2,3})(_[A-Za-z]{2,4})?\.qm$")


def _norm(dest: str) -> str:
    return dest.replace("\\", "/")


def plugin_kept(dest: str) -> bool | None:
    """True/False for a Qt plugin destination path; None when ``dest`` is not a Qt plugin."""
    parts = _norm(dest).split("/")
    if parts[0] != "PySide6" or "plugins" not in parts:
        return None
    i = parts.index("plugins")
    if len(parts) != i + 3:
        return None
    folder, filename = parts[i + 1], parts[i + 2]
    stem = re.sub(r"(\.so(\.\d+)*|\.dll|\.dylib)$", "", filename)
    if stem.startswith("lib"):
        stem = stem[3:]
    keep = KEEP_PLUGINS.get(folder)
    if keep is None:
        return False
    return "*" in keep or stem in keep


def qt_translation_kept(dest: str) -> bool | None:
    """True/False for one of Qt's own ``.qm`` files; None for any other file."""
    d = _norm(dest)
    if not d.startswith("PySide6/"):
        return None
    m = _QT_TRANSLATION.search(d)
    if not m:
        return None
    # Only the base catalogue (standard dialogs, shortcuts) in a language we ship.
    return m.group(2) in ("qt", "qtbase") and m.group(3) in project.LANGUAGES


def keep_entry(entry: TocEntry) -> bool:
    """The filter applied to ``a.binaries`` and ``a.datas`` after Analysis."""
    dest = _norm(entry[0])
    plugin = plugin_kept(dest)
    if plugin is not None:
        return plugin
    qm = qt_translation_kept(dest)
    if qm is not None:
        return qm
    return not (
        DROP_LIBS.search(dest)
        or SYSTEM_LIBS.search(dest)
        or dest.startswith("PySide6/Qt/qml/")
        or dest.startswith("PySide6/qml/")
    )


def filter_toc(toc: Sequence[TocEntry]) -> list[TocEntry]:
    kept, dropped = [], []
    for e in toc:
        (kept if keep_entry(e) else dropped).append(e)
    if dropped:
        log.info("filtered out %d entries, e.g. %s", len(dropped), ", ".join(_norm(e[0]) for e in dropped[:5]))
    return kept


# -- pruning orphaned shared libraries (Linux) ------------------------------------------------

_NEEDED = re.compile(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]")


def elf_needed(path: Path) -> list[str]:
    """DT_NEEDED entries of an ELF file ([] for anything that is not ELF)."""
    try:
        with path.open("rb") as fh:
            if fh.read(4) != b"\x7fELF":
                return []
    except OSError:
        return []
    out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True, check=False).stdout
    return _NEEDED.findall(out)


def _is_root(dest: str, typecode: str) -> bool:
    """Entries that are loaded directly (not only as someone's dependency)."""
    d = _norm(dest)
    name = d.rsplit("/", 1)[-1]
    return (
        typecode in ("EXTENSION", "EXECUTABLE")
        or plugin_kept(d) is True
        or name.startswith("libpython")
        or name.startswith("python3")
    )


def prune_orphans(
    binaries: Sequence[TocEntry], needed: Callable[[Path], list[str]] = elf_needed
) -> tuple[list[TocEntry], list[TocEntry]]:
    """Drop shared libraries no longer reachable through DT_NEEDED from a root entry.

    PyInstaller collects the dependencies of every plugin it sees; once plugins are filtered
    out, their dependencies (the GTK3 theme's cairo/pango stack, TLS's krb5, ...) are orphans.
    Returns ``(kept, dropped)``. Symlink entries follow their target.
    """
    by_name: dict[str, list[int]] = {}
    for i, (dest, _src, _tc) in enumerate(binaries):
        by_name.setdefault(_norm(dest).rsplit("/", 1)[-1], []).append(i)
    reached: set[int] = set()
    todo = [i for i, (dest, _src, tc) in enumerate(binaries) if _is_root(dest, tc)]
    while todo:
        i = todo.pop()
        if i in reached:
            continue
        reached.add(i)
        dest, src, tc = binaries[i]
        if tc == "SYMLINK":
            # src is the link target, relative to the link's folder
            target = PurePosixPath(_norm(dest)).parent / src
            todo += by_name.get(target.name, [])
            continue
        for lib in needed(Path(src)):
            todo += by_name.get(lib, [])
    # A symlink nobody names (a versioned alias) stays while its target stays.
    reached_names = {_norm(binaries[i][0]).rsplit("/", 1)[-1] for i in reached}
    for i, (dest, src, tc) in enumerate(binaries):
        if tc == "SYMLINK" and i not in reached and (PurePosixPath(_norm(dest)).parent / src).name in reached_names:
            reached.add(i)
    kept = [e for i, e in enumerate(binaries) if i in reached or not _is_shared_lib(e)]
    dropped = [e for i, e in enumerate(binaries) if i not in reached and _is_shared_lib(e)]
    return kept, dropped


def _is_shared_lib(entry: TocEntry) -> bool:
    name = _norm(entry[0]).rsplit("/", 1)[-1]
    return entry[2] in ("BINARY", "SYMLINK") and bool(re.search(r"\.so(\.\d+)*$", name))

"""The PyInstaller spec loads, reads pyproject, and asks for what issue #5 wants.

The spec is executed with stand-ins for PyInstaller's build classes (which record their
arguments), so this runs in a second without building anything.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

from tests.packaging.conftest import PACKAGING, ROOT

SPEC = PACKAGING / "mmn-desktop.spec"


class Recorder:
    def __init__(self, kind: str, calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]], *args: Any, **kw: Any):
        self.kind, self.args, self.kw = kind, args, kw
        calls.append((kind, args, kw))
        self.binaries: list[tuple[str, str, str]] = []
        self.datas: list[tuple[str, str, str]] = []
        self.pure: list[Any] = []
        self.scripts: list[Any] = []


def run_spec(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, platform: str, trim: bool = True
) -> list[tuple[str, tuple, dict]]:
    db = tmp_path / "db"
    (db / "index").mkdir(parents=True)
    (db / "content.sqlite").write_bytes(b"SQLite format 3\x00")
    (db / "index" / "MAIN_1.toc").write_bytes(b"x")
    (db / "index" / "MAIN_WRITELOCK").write_bytes(b"")
    monkeypatch.setenv("MMN_PACK_DB_DIR", str(db))
    monkeypatch.setenv("MMN_PACK_QM_DIR", str(tmp_path / "qm"))
    monkeypatch.setenv("MMN_PACK_TRIM", "1" if trim else "0")
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sys, "path", list(sys.path))  # the spec prepends packaging/
    calls: list[tuple[str, tuple, dict]] = []

    def factory(kind: str):  # type: ignore[no-untyped-def]
        return lambda *a, **k: Recorder(kind, calls, *a, **k)

    namespace = {
        "__name__": "__main__",
        "SPECPATH": str(PACKAGING),
        "workpath": str(tmp_path / "work"),
        "Analysis": factory("Analysis"),
        "PYZ": factory("PYZ"),
        "EXE": factory("EXE"),
        "COLLECT": factory("COLLECT"),
    }
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return calls


def by_kind(calls: list[tuple[str, tuple, dict]], kind: str) -> list[tuple[tuple, dict]]:
    return [(a, k) for c, a, k in calls if c == kind]


def test_spec_builds_two_executables_in_one_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = run_spec(tmp_path, monkeypatch, "linux")
    exes = {k["name"]: k for _a, k in by_kind(calls, "EXE")}
    assert set(exes) == {"mmn-desktop", "mmn"}
    assert exes["mmn-desktop"]["console"] is False
    assert exes["mmn"]["console"] is True
    for kw in exes.values():
        assert kw["upx"] is False
        assert kw["exclude_binaries"] is True  # onedir, not onefile
        assert kw["strip"] is True  # Linux, trimmed
        assert kw["icon"] is None and kw["version"] is None  # Windows-only resources
    (collect_args, collect_kw) = by_kind(calls, "COLLECT")[0]
    assert collect_kw["name"] == "mmn-desktop" and collect_kw["upx"] is False
    assert sum(isinstance(a, Recorder) and a.kind == "EXE" for a in collect_args) == 2


def test_spec_bundles_db_and_resources_but_not_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = run_spec(tmp_path, monkeypatch, "linux")
    analyses = by_kind(calls, "Analysis")
    assert [Path(a[0][0]).name for a, _k in analyses] == ["entry_gui.py", "entry_cli.py"]
    datas = analyses[0][1]["datas"]
    dests = {(Path(src).name, dest) for src, dest in datas}
    assert ("content.sqlite", "db") in dests
    assert ("MAIN_1.toc", "db/index") in dests
    assert not any(name == "MAIN_WRITELOCK" for name, _d in dests)
    assert not any(dest.startswith("resources/content") for _n, dest in dests)
    assert any(dest.startswith("myanmartools") for _n, dest in dests)  # the Zawgyi model
    if (ROOT / "resources" / "fonts").is_dir():
        assert any(dest == "resources/fonts" for _n, dest in dests)


def test_spec_excludes_build_time_and_test_modules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = run_spec(tmp_path, monkeypatch, "linux")
    (_gui_args, gui_kw), (_cli_args, cli_kw) = by_kind(calls, "Analysis")
    for kw in (gui_kw, cli_kw):
        for name in ("mmn_desktop.core.builder", "mmn_desktop.core.content", "yaml", "pytest", "PyInstaller"):
            assert name in kw["excludes"]
        assert "multiprocessing" not in kw["excludes"]  # the index writer imports it
    assert "PySide6" in cli_kw["excludes"] and "PySide6" not in gui_kw["excludes"]


def test_spec_untrimmed_mode_drops_excludes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = run_spec(tmp_path, monkeypatch, "linux", trim=False)
    exes = by_kind(calls, "EXE")
    assert all(kw["strip"] is False for _a, kw in exes)
    assert all(kw["excludes"] == [] for _a, kw in by_kind(calls, "Analysis"))


def versioninfo_namespace() -> dict[str, Any]:
    """Stand-ins for PyInstaller's version-resource classes with the real constructor signatures.

    PyInstaller.utils.win32.versioninfo only imports on Windows, so its source is read with ast
    and each class gets a stub that binds its arguments exactly as the real __init__ would.
    """
    import ast
    import importlib.util
    import inspect

    spec = importlib.util.find_spec("PyInstaller")
    if spec is None or spec.origin is None:
        pytest.skip("PyInstaller is not installed (the `package` dependency group)")
    source = Path(spec.origin).parent / "utils" / "win32" / "versioninfo.py"
    tree = ast.parse(source.read_text(encoding="utf-8"))
    namespace: dict[str, Any] = {}
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        init = next((n for n in node.body if isinstance(n, ast.FunctionDef) and n.name == "__init__"), None)
        if init is None:
            continue
        names = [a.arg for a in init.args.args[1:]]
        sig = inspect.Signature(
            [inspect.Parameter(n, inspect.Parameter.POSITIONAL_OR_KEYWORD, default=None) for n in names]
        )

        def make(cls_name: str, signature: inspect.Signature) -> type:
            def __init__(self: Any, *args: Any, **kw: Any) -> None:
                self.values = dict(signature.bind(*args, **kw).arguments)

            return type(cls_name, (), {"__init__": __init__})

        namespace[node.name] = make(node.name, sig)
    return namespace


def test_spec_windows_resources_and_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = run_spec(tmp_path, monkeypatch, "win32")
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    numbers = (*tuple(int(x) for x in version.split(".")[:3]), 0)
    exes = {k["name"]: k for _a, k in by_kind(calls, "EXE")}
    assert set(exes) == {"mmn-desktop", "mmn"}
    for name, kw in exes.items():
        assert kw["strip"] is False
        assert Path(kw["icon"]).suffix == ".ico" and Path(kw["icon"]).is_file()
        info = eval(Path(kw["version"]).read_text(encoding="utf-8"), versioninfo_namespace())
        ffi = info.values["ffi"].values
        assert ffi["filevers"] == numbers and ffi["prodvers"] == numbers
        table = info.values["kids"][0].values["kids"][0]
        strings = {s.values["name"]: s.values["val"] for s in table.values["kids"]}
        assert strings["FileVersion"] == version == strings["ProductVersion"]
        assert strings["OriginalFilename"] == f"{name}.exe"
        assert strings["ProductName"] == "MMN Desktop"


def test_spec_refuses_to_build_without_a_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MMN_PACK_DB_DIR", str(tmp_path / "nothing"))
    monkeypatch.setattr(sys, "path", list(sys.path))
    namespace = {"__name__": "__main__", "SPECPATH": str(PACKAGING), "workpath": str(tmp_path)}
    with pytest.raises(SystemExit, match=r"content\.sqlite is missing"):
        exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)

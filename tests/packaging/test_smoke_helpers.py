"""The smoke test's own judgement: which stderr lines fail a run, and what counts as a write into
the install folder. Also runs the whole smoke test against a fake frozen app (shell scripts), so
the pass/fail logic is checked without a PyInstaller build."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from mmn_packaging import smoke


def test_unexpected_stderr_ignores_only_known_lines() -> None:
    text = "This plugin does not support propagateSizeHints()\n\nqt.qpa.plugin: Could not load xcb\n"
    assert smoke.unexpected_stderr(text) == ["qt.qpa.plugin: Could not load xcb"]
    assert smoke.unexpected_stderr("") == []


def test_snapshot_diff_sees_added_changed_removed(tmp_path: Path) -> None:
    (tmp_path / "a").write_text("1")
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "b").write_text("2")
    before = smoke.snapshot(tmp_path)
    assert smoke.diff_snapshots(before, smoke.snapshot(tmp_path)) == []
    (tmp_path / "a").write_text("longer")
    (tmp_path / "d" / "b").unlink()
    (tmp_path / "d" / "c").write_text("3")
    changes = smoke.diff_snapshots(before, smoke.snapshot(tmp_path))
    # The folder itself changed too (its mtime: an entry was added and one removed).
    assert changes == ["added d/c", "removed d/b", "changed a", "changed d"]


FAKE_CLI = """#!{python}
import json, os, sys
args = sys.argv[1:]
if os.environ.get("FAKE_WRITE_INSTALL"):
    open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "written.tmp"), "w").close()
if args[0] == "stats":
    print(json.dumps({{"concepts": 117, "chapters": 14}}))
else:
    lang = args[args.index("--lang") + 1]
    if os.environ.get("FAKE_STDERR"):
        print("qt.qpa.fonts: something odd", file=sys.stderr)
    print(json.dumps({{"total": 3, "hits": [{{"id": "concept:x", "lang": lang}}]}}))
"""

FAKE_GUI = """#!{python}
import json, sys
out = sys.argv[sys.argv.index("--output") + 1]
ok = "{ok}" == "True"
open(out, "w").write(json.dumps({{"ok": ok, "window_ms": 150.0, "first_results_ms": 90.0, "opened": "concept:x"}}))
sys.exit(0 if ok else 1)
"""


def fake_app(tmp_path: Path, gui_ok: bool = True) -> Path:
    app = tmp_path / "app"
    app.mkdir()
    for name, text in (("mmn", FAKE_CLI), ("mmn-desktop", FAKE_GUI)):
        p = app / name
        p.write_text(text.format(python=sys.executable, ok=gui_ok))
        p.chmod(0o755)
    return app


@pytest.mark.skipif(sys.platform == "win32", reason="shebang scripts")
def test_run_smoke_passes_a_good_app(tmp_path: Path) -> None:
    rep = smoke.run_smoke(fake_app(tmp_path))
    assert rep.ok, rep.summary()
    assert len(rep.checks) == 1 + len(smoke.QUERIES) + 1 + 1
    assert rep.self_test == {"ok": True, "window_ms": 150.0, "first_results_ms": 90.0, "opened": "concept:x"}


@pytest.mark.skipif(sys.platform == "win32", reason="shebang scripts")
def test_run_smoke_fails_on_a_failed_self_test(tmp_path: Path) -> None:
    rep = smoke.run_smoke(fake_app(tmp_path, gui_ok=False))
    assert not rep.ok
    assert [c.name for c in rep.checks if not c.ok] == ["mmn-desktop --self-test"]


@pytest.mark.skipif(sys.platform == "win32", reason="shebang scripts")
def test_run_smoke_fails_on_unexpected_stderr(tmp_path: Path) -> None:
    rep = smoke.run_smoke(fake_app(tmp_path), env_extra={"FAKE_STDERR": "1"})
    assert not rep.ok
    failed = [c for c in rep.checks if not c.ok]
    assert len(failed) == len(smoke.QUERIES)
    assert failed[0].stderr == ["qt.qpa.fonts: something odd"]


@pytest.mark.skipif(sys.platform == "win32", reason="shebang scripts")
def test_run_smoke_fails_when_the_app_writes_into_its_folder(tmp_path: Path) -> None:
    rep = smoke.run_smoke(fake_app(tmp_path), env_extra={"FAKE_WRITE_INSTALL": "1"})
    assert not rep.ok
    last = rep.checks[-1]
    assert last.name == "install folder unchanged" and not last.ok
    assert "added written.tmp" in last.detail
    assert json.dumps(rep.self_test)  # the GUI check itself passed

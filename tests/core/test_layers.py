"""The core never imports Qt or the UI (import-linter contract from pyproject.toml)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINT = str(Path(sys.executable).parent / "lint-imports")


def test_import_linter_contract_holds() -> None:
    proc = subprocess.run(
        [LINT, "--config", str(ROOT / "pyproject.toml"), "--no-cache"], cwd=ROOT, capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "core is Qt-free KEPT" in proc.stdout


def test_contract_catches_a_violation(tmp_path: Path) -> None:
    """The contract is real: a core module importing PySide6 breaks it."""
    import shutil

    shutil.copytree(ROOT / "mmn_desktop", tmp_path / "mmn_desktop", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / "mmn_desktop" / "core" / "bad.py").write_text("import PySide6.QtCore\n")
    proc = subprocess.run(
        [LINT, "--config", str(tmp_path / "pyproject.toml"), "--no-cache"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(tmp_path)},
    )
    assert proc.returncode != 0
    assert "BROKEN" in proc.stdout


def test_cli_runs_without_qt() -> None:
    code = (
        "import sys, mmn_desktop.cli, mmn_desktop.core.search.service, mmn_desktop.core.builder.build;"
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"

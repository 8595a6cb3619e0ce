"""Preferences: choices are written into the settings, and draft interface translations say so."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from mmn_desktop.ui import i18n
from mmn_desktop.ui.dialogs.preferences import PreferencesDialog

from .conftest import default_settings


@pytest.fixture
def compiled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    subprocess.run(
        [sys.executable, str(root / "scripts" / "translations.py"), "compile", "--out", str(tmp_path), "--quiet"],
        check=True,
        cwd=root,
    )
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    return tmp_path


def test_apply_reports_what_changed(qtbot: Any, library: Any, compiled: Path) -> None:
    settings = default_settings()
    dialog = PreferencesDialog(settings, library.languages, None)
    qtbot.addWidget(dialog)
    dialog.theme_box.setCurrentIndex(dialog.theme_box.findData("dark"))
    dialog.zoom_box.setValue(130)
    assert dialog.apply() == {"theme", "zoom"}
    assert settings.theme == "dark" and settings.zoom == 130
    assert dialog.apply() == set()


def test_draft_interface_languages_are_marked(qtbot: Any, library: Any, compiled: Path) -> None:
    dialog = PreferencesDialog(default_settings(), library.languages, None)
    qtbot.addWidget(dialog)
    labels = {dialog.ui_box.itemData(i): dialog.ui_box.itemText(i) for i in range(dialog.ui_box.count())}
    assert "vi" in labels and "draft" in labels["vi"]
    assert "en" in labels and "draft" not in labels["en"]
    assert "km" not in labels  # no translation at all: not offered

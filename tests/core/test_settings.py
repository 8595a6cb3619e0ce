"""Typed settings: defaults, round trip, upgrades, bad values, corrupt files, atomic saves."""

from __future__ import annotations

import dataclasses
import json
import logging
import os
from pathlib import Path

import pytest

from mmn_desktop.core import paths
from mmn_desktop.core.settings import (
    SETTINGS_VERSION,
    Settings,
    default_path,
    load_settings,
    save_settings,
    upgrade,
)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "config" / "settings.json"


def _write(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), encoding="utf-8")


def test_defaults() -> None:
    s = Settings()
    assert s.version == SETTINGS_VERSION == 2
    assert (s.ui_language, s.content_language, s.second_language, s.theme, s.zoom) == ("", "en", "th", "system", 100)
    assert s.search_langs == () and s.recent_compare == ()
    assert s.remember_history is True and s.last_entry == ""


def test_default_path_is_in_the_user_config_dir() -> None:
    assert default_path() == paths.user_config_dir() / "settings.json"


def test_missing_file_gives_defaults_and_creates_nothing(path: Path) -> None:
    assert load_settings(path) == Settings()
    assert not path.parent.exists()


def test_round_trip(path: Path) -> None:
    s = Settings(
        ui_language="my",
        content_language="km",
        second_language="vi",
        theme="dark",
        zoom=175,
        search_langs=("th", "lo"),
        recent_compare=("thailand", "myanmar"),
        remember_history=False,
        last_entry="law:thailand/working-hours",
    )
    save_settings(path, s)
    assert load_settings(path) == s
    on_disk = json.loads(path.read_text(encoding="utf-8"))
    assert on_disk["version"] == SETTINGS_VERSION and on_disk["search_langs"] == ["th", "lo"]
    assert [p.name for p in path.parent.iterdir()] == ["settings.json"]  # no temp file left behind


def test_save_is_atomic_and_keeps_the_old_file_on_failure(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    save_settings(path, Settings(zoom=150))
    before = path.read_bytes()

    def boom(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError, match="disk full"):
        save_settings(path, Settings(zoom=200))
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert [p.name for p in path.parent.iterdir()] == ["settings.json"]  # the temp file was removed
    assert load_settings(path).zoom == 150


def test_upgrade_from_a_v1_file(path: Path) -> None:
    _write(
        path,
        {
            "version": 1,
            "interface_language": "th",
            "content_language": "my",
            "second_language": "en",
            "theme": "auto",
            "zoom": 1.25,
            "search_langs": ["my", "th"],
            "recent_compare": ["laos"],
        },
    )
    s = load_settings(path)
    assert s == Settings(
        ui_language="th",
        content_language="my",
        second_language="en",
        theme="system",
        zoom=125,
        search_langs=("my", "th"),
        recent_compare=("laos",),
    )
    save_settings(path, s)
    on_disk = json.loads(path.read_text(encoding="utf-8"))
    assert on_disk["version"] == 2 and on_disk["zoom"] == 125 and on_disk["ui_language"] == "th"
    assert "interface_language" not in on_disk
    assert load_settings(path) == s  # a v2 zoom of 125 is not multiplied again


def test_unstamped_file_is_read_as_version_1() -> None:
    assert upgrade({"zoom": 2})["zoom"] == 200
    assert upgrade({"version": 2, "zoom": 2})["zoom"] == 2


def test_unknown_keys_are_ignored_and_logged(path: Path, caplog: pytest.LogCaptureFixture) -> None:
    _write(path, {"version": 2, "zoom": 120, "window_colour": "teal"})
    with caplog.at_level(logging.INFO, logger="mmn_desktop.core.settings"):
        s = load_settings(path)
    assert s == Settings(zoom=120)
    assert "window_colour" in caplog.text


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("ui_language", "fr"),
        ("ui_language", 7),
        ("content_language", ""),
        ("content_language", None),
        ("second_language", "xx"),
        ("theme", "purple"),
        ("zoom", "big"),
        ("zoom", True),
        ("zoom", None),
        ("search_langs", "th"),
        ("recent_compare", {"a": 1}),
        ("remember_history", "yes"),
        ("last_entry", "not an id"),
    ],
)
def test_invalid_values_fall_back_to_defaults(
    path: Path, caplog: pytest.LogCaptureFixture, key: str, value: object
) -> None:
    _write(path, {"version": 2, key: value, "theme": "dark" if key != "theme" else value})
    with caplog.at_level(logging.WARNING, logger="mmn_desktop.core.settings"):
        s = load_settings(path)
    assert getattr(s, key) == getattr(Settings(), key)
    assert key in caplog.text
    if key != "theme":
        assert s.theme == "dark"  # a bad value costs only itself


def test_bad_items_are_dropped_from_lists(path: Path) -> None:
    _write(
        path,
        {
            "version": 2,
            "search_langs": ["th", "fr", "th", 3, "my"],
            "recent_compare": ["thailand", "Not A Slug", "thailand", "vietnam"],
        },
    )
    s = load_settings(path)
    assert s.search_langs == ("th", "my")
    assert s.recent_compare == ("thailand", "vietnam")


def test_recent_compare_is_capped(path: Path) -> None:
    _write(path, {"version": 2, "recent_compare": [f"country-{i}" for i in range(40)]})
    assert load_settings(path).recent_compare == tuple(f"country-{i}" for i in range(12))


@pytest.mark.parametrize(
    ("given", "expected"), [(10, 50), (49, 50), (50, 50), (300, 300), (301, 300), (1000, 300), (-5, 50), (112.6, 113)]
)
def test_zoom_is_clamped(path: Path, given: float, expected: int) -> None:
    _write(path, {"version": 2, "zoom": given})
    assert load_settings(path).zoom == expected


def test_v1_zoom_factor_is_clamped_too(path: Path) -> None:
    _write(path, {"version": 1, "zoom": 5.0})
    assert load_settings(path).zoom == 300


def test_assignments_are_checked() -> None:
    s = Settings()
    s.zoom = 999
    assert s.zoom == 300
    s.zoom = 20
    assert s.zoom == 50
    s.search_langs = ["th", "my", "th"]  # type: ignore[assignment]
    assert s.search_langs == ("th", "my")
    s.content_language = "vi"
    assert s.content_language == "vi"
    for name, value in [("theme", "neon"), ("ui_language", "klingon"), ("zoom", "big"), ("remember_history", 1)]:
        with pytest.raises(ValueError, match=name):
            setattr(s, name, value)
    assert (s.theme, s.ui_language, s.zoom, s.remember_history) == ("system", "", 50, True)
    with pytest.raises(ValueError):
        Settings(second_language="fr")
    assert dataclasses.replace(s, zoom=1000).zoom == 300


@pytest.mark.parametrize("content", [b"{not json", b"[1, 2, 3]", b"\xff\xfe\x00garbage", b"", b'"a string"'])
def test_corrupt_file_is_moved_aside(path: Path, content: bytes, caplog: pytest.LogCaptureFixture) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    with caplog.at_level(logging.WARNING, logger="mmn_desktop.core.settings"):
        assert load_settings(path) == Settings()
    bad = path.with_name("settings.json.bad")
    assert bad.read_bytes() == content
    assert not path.exists()
    assert "settings.json.bad" in caplog.text
    save_settings(path, Settings(zoom=110))  # and the app can save fresh settings
    assert load_settings(path).zoom == 110


def test_newer_version_is_read_best_effort(path: Path) -> None:
    _write(path, {"version": 9, "zoom": 140, "theme": "light", "something_new": [1]})
    s = load_settings(path)
    assert (s.version, s.zoom, s.theme) == (SETTINGS_VERSION, 140, "light")


def test_unicode_survives(path: Path) -> None:
    save_settings(path, Settings(last_entry="concept:แรงงาน-ข้ามชาติ"))
    assert "แรงงาน" in path.read_text(encoding="utf-8")
    assert load_settings(path).last_entry == "concept:แรงงาน-ข้ามชาติ"

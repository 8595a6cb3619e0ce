"""Where the app finds its files and writes its own: source tree, frozen bundle, portable mode."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from mmn_desktop.core import paths

CHECKOUT = Path(paths.__file__).resolve().parents[2]


@pytest.fixture
def frozen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fake onedir install: <tmp>/app/mmn-desktop with its bundle in <tmp>/app/_internal."""
    app = tmp_path / "app"
    (app / "_internal" / "db" / "index").mkdir(parents=True)
    (app / "mmn-desktop").write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(app / "_internal"), raising=False)
    monkeypatch.setattr(sys, "executable", str(app / "mmn-desktop"))
    for var in ("MMN_USER_DIR", "MMN_DB_DIR", "MMN_CONTENT_DIR"):
        monkeypatch.delenv(var, raising=False)
    return app


@pytest.fixture
def fake_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """platformdirs resolves under this folder (XDG variables on Linux)."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for var, sub in (("XDG_DATA_HOME", ".local/share"), ("XDG_CACHE_HOME", ".cache"), ("XDG_CONFIG_HOME", ".config")):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local/state"))
    monkeypatch.setenv("LOCALAPPDATA", str(home / "AppData" / "Local"))
    return home


def user_dirs() -> list[Path]:
    return [paths.user_data_dir(), paths.user_cache_dir(), paths.user_config_dir(), paths.user_log_dir()]


# -- not frozen ---------------------------------------------------------------------------------


def test_source_tree_layout(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("MMN_DB_DIR", "MMN_CONTENT_DIR"):
        monkeypatch.delenv(var, raising=False)
    assert not paths.is_frozen()
    assert paths.install_root() == CHECKOUT
    assert paths.app_dir() == CHECKOUT
    assert paths.resources_dir() == CHECKOUT / "resources"
    assert paths.content_dir() == CHECKOUT / "resources" / "content"
    assert paths.database_path() == CHECKOUT / "db" / "content.sqlite"
    assert paths.index_path() == CHECKOUT / "db" / "index"
    # Running from source, `mmn build` writes the checkout's db/.
    assert paths.may_write(paths.index_path())
    assert not paths.is_install_location(paths.database_path())


def test_env_overrides_still_win(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MMN_DB_DIR", str(tmp_path / "db"))
    monkeypatch.setenv("MMN_CONTENT_DIR", str(tmp_path / "src"))
    monkeypatch.setenv("MMN_USER_DIR", str(tmp_path / "user"))
    assert paths.database_path() == tmp_path / "db" / "content.sqlite"
    assert paths.content_dir() == tmp_path / "src"
    assert user_dirs() == [tmp_path / "user" / d for d in ("data", "cache", "config", "logs")]
    assert paths.fallback_index_path() == tmp_path / "user" / "cache" / "index"


def test_user_dirs_default_to_platform_dirs(fake_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MMN_USER_DIR", raising=False)
    dirs = user_dirs()
    assert all(fake_home in d.parents for d in dirs), dirs
    assert all(paths.APP_NAME in d.parts for d in dirs)
    assert len(set(dirs)) == 4 or sys.platform == "win32"  # Windows keeps config with data


# -- frozen -------------------------------------------------------------------------------------


def test_frozen_layout_reads_from_the_bundle(frozen: Path) -> None:
    assert paths.is_frozen()
    assert paths.install_root() == frozen / "_internal"
    assert paths.app_dir() == frozen.resolve()
    assert paths.resources_dir() == frozen / "_internal" / "resources"
    assert paths.database_path() == frozen / "_internal" / "db" / "content.sqlite"
    assert paths.index_path() == frozen / "_internal" / "db" / "index"


def test_frozen_install_folder_is_never_written(frozen: Path, fake_home: Path) -> None:
    # Writable on disk (a per-user install, an unpacked tarball), but still off limits.
    assert not paths.may_write(paths.index_path())
    assert not paths.may_write(paths.database_path())
    assert not paths.may_write(frozen / "anything-next-to-the-exe")
    assert paths.is_install_location(frozen / "_internal" / "db")
    # The rebuilt index and everything else the app writes go to the user folders.
    assert paths.may_write(paths.fallback_index_path())
    assert fake_home in paths.fallback_index_path().parents
    assert all(paths.may_write(d) for d in user_dirs())
    assert not any(paths.is_install_location(d) for d in user_dirs())


def test_frozen_db_override_outside_the_install_may_be_written(frozen: Path, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("MMN_DB_DIR", str(tmp_path / "elsewhere"))
    assert paths.index_path() == tmp_path / "elsewhere" / "index"
    assert paths.may_write(paths.index_path())


def test_frozen_without_meipass_uses_the_executable_folder(frozen: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "_MEIPASS")
    assert paths.install_root() == frozen
    assert not paths.may_write(frozen / "db" / "index")


# -- portable mode ------------------------------------------------------------------------------


def test_portable_marker_puts_all_user_files_beside_the_exe(frozen: Path, fake_home: Path) -> None:
    assert not paths.is_portable()
    (frozen / paths.PORTABLE_MARKER).write_text("")
    assert paths.is_portable()
    base = frozen.resolve() / paths.PORTABLE_DIR
    assert paths.portable_dir() == base
    assert user_dirs() == [base / d for d in ("data", "cache", "config", "logs")]
    assert paths.fallback_index_path() == base / "cache" / "index"
    assert not any(fake_home in d.parents for d in user_dirs())
    # The portable folder is the one writable place inside the app folder.
    assert all(paths.may_write(d) for d in user_dirs())
    assert not paths.may_write(paths.index_path())
    assert not paths.may_write(frozen / "mmn-desktop")


def test_portable_marker_must_be_a_file(frozen: Path) -> None:
    (frozen / paths.PORTABLE_MARKER).mkdir()
    assert not paths.is_portable()


def test_marker_elsewhere_does_not_count(frozen: Path) -> None:
    (frozen / "_internal" / paths.PORTABLE_MARKER).write_text("")
    assert not paths.is_portable()


def test_env_user_dir_beats_portable_mode(frozen: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (frozen / paths.PORTABLE_MARKER).write_text("")
    monkeypatch.setenv("MMN_USER_DIR", str(tmp_path / "support"))
    assert paths.user_data_dir() == tmp_path / "support" / "data"


def test_portable_mode_from_source_checkout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """From source the marker goes in the checkout root (app_dir); simulate one elsewhere."""
    monkeypatch.delenv("MMN_USER_DIR", raising=False)
    monkeypatch.setattr(paths, "app_dir", lambda: tmp_path)
    (tmp_path / paths.PORTABLE_MARKER).write_text("")
    assert paths.user_log_dir() == tmp_path / paths.PORTABLE_DIR / "logs"
    assert paths.may_write(paths.user_log_dir())

"""The one place that knows where things live: source tree, frozen bundle, user dirs.

Environment overrides (used by tests, benchmarks and support):
``MMN_CONTENT_DIR`` (content sources), ``MMN_DB_DIR`` (built database and index),
``MMN_USER_DIR`` (all user data, settings, logs and caches in one folder).

Portable mode: when a file named ``portable.txt`` sits next to the executable (the
``mmn-desktop`` program of a frozen build; the checkout root when running from source), all
user data, settings, logs and caches live in the folder ``portable-data`` beside it, so the
app can run from a USB stick without writing to the host. ``MMN_USER_DIR`` still wins.

Frozen rules: the install folder (the bundle, and the folder of the executable apart from
``portable-data``) is read-only to the app; see :func:`may_write`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "MMN Desktop"
APP_AUTHOR = "MekongMigrationNetwork"
PORTABLE_MARKER = "portable.txt"
PORTABLE_DIR = "portable-data"


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def install_root() -> Path:
    """The source checkout, or the directory PyInstaller unpacked the bundle into."""
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    return Path(__file__).resolve().parents[2]


def app_dir() -> Path:
    """The folder holding the program the user started: the executable's folder when frozen
    (it contains the bundle's ``_internal`` folder in a onedir build), else the checkout."""
    if is_frozen():
        return Path(sys.executable).resolve().parent
    return install_root()


def resources_dir() -> Path:
    return install_root() / "resources"


def content_dir() -> Path:
    env = os.environ.get("MMN_CONTENT_DIR")
    return Path(env) if env else resources_dir() / "content"


def db_dir() -> Path:
    env = os.environ.get("MMN_DB_DIR")
    return Path(env) if env else install_root() / "db"


def database_path(base: Path | None = None) -> Path:
    return (base or db_dir()) / "content.sqlite"


def index_path(base: Path | None = None) -> Path:
    return (base or db_dir()) / "index"


def portable_dir() -> Path | None:
    """The portable user folder when the portable marker file is present, else None."""
    folder = app_dir()
    return folder / PORTABLE_DIR if (folder / PORTABLE_MARKER).is_file() else None


def is_portable() -> bool:
    return portable_dir() is not None


def _user_base() -> Path | None:
    env = os.environ.get("MMN_USER_DIR")
    if env:
        return Path(env)
    return portable_dir()


def user_data_dir() -> Path:
    base = _user_base()
    if base:
        return base / "data"
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def user_cache_dir() -> Path:
    base = _user_base()
    if base:
        return base / "cache"
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR))


def user_config_dir() -> Path:
    base = _user_base()
    if base:
        return base / "config"
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def user_log_dir() -> Path:
    base = _user_base()
    if base:
        return base / "logs"
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def fallback_index_path() -> Path:
    """Where a rebuilt index goes when the shipped one cannot be used or written."""
    return user_cache_dir() / "index"


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


def is_install_location(path: Path) -> bool:
    """Is ``path`` inside the installed app (frozen builds only)?

    That is the bundle folder and the executable's folder, except the portable user folder.
    Running from source there is no install folder: the checkout's ``db/`` is where
    ``mmn build`` writes.
    """
    if not is_frozen():
        return False
    portable = app_dir() / PORTABLE_DIR
    if _inside(path, portable):
        return False
    return _inside(path, install_root()) or _inside(path, app_dir())


def may_write(path: Path) -> bool:
    """May the app create or change files at ``path``? Never inside a frozen install, even
    when the file system would allow it (a per-user install, an unpacked tarball); this says
    nothing about permissions, which the caller still checks."""
    return not is_install_location(path)

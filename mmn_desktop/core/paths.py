"""The one place that knows where things live: source tree, frozen bundle, user dirs.

Environment overrides (used by tests, benchmarks and support):
``MMN_CONTENT_DIR`` (content sources), ``MMN_DB_DIR`` (built database and index),
``MMN_USER_DIR`` (all user data, settings, logs and caches in one folder).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "MMN Desktop"
APP_AUTHOR = "MekongMigrationNetwork"


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def install_root() -> Path:
    """The source checkout, or the directory PyInstaller unpacked the bundle into."""
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    return Path(__file__).resolve().parents[2]


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


def _user_base() -> Path | None:
    env = os.environ.get("MMN_USER_DIR")
    return Path(env) if env else None


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

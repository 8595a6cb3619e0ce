"""The user's settings: one typed object (the UI edits it in place and saves it), stored as JSON in the user config dir.

Loading never fails: a missing file gives the defaults, an unknown key is ignored, a bad value
falls back to its default, a corrupt file is moved aside to ``settings.json.bad`` (each logged).
A file written by an older version is brought up to date by ``UPGRADES``, ordered steps on the
raw mapping, one per version. Fields are checked on every assignment too. Saving is atomic (a
temporary file in the same folder, then ``os.replace``), so a crash never leaves half a file.

Version history of the file:

1. ``interface_language``; ``zoom`` as a factor (``1.25``); ``theme`` could be ``"auto"``.
2. ``interface_language`` renamed ``ui_language``; ``zoom`` in percent (``125``); ``"auto"``
   theme is ``"system"``; ``remember_history`` and ``last_entry`` added.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import os
import re
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mmn_desktop.core import paths
from mmn_desktop.core.models import LANGUAGES

log = logging.getLogger(__name__)

FILENAME = "settings.json"
SETTINGS_VERSION = 2
THEMES: tuple[str, ...] = ("system", "light", "dark")
ZOOM_MIN, ZOOM_MAX = 50, 300
RECENT_MAX = 12
_SLUG = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")


def default_path() -> Path:
    return paths.user_config_dir() / FILENAME


@dataclass(slots=True)
class Settings:
    """Every persisted preference.

    Mutable, for the UI (the preferences dialog sets fields, then the app saves), but every
    assignment is checked: ``zoom`` is clamped to ZOOM_MIN..ZOOM_MAX, lists become tuples
    without repeats, and a value that is not allowed (an unknown language or theme, a wrong
    type) raises ValueError, so a bad value never gets as far as the file. Hand a copy
    (``dataclasses.replace(settings)``) to another thread, not the object the UI changes.
    """

    version: int = SETTINGS_VERSION
    ui_language: str = ""  # "" follows the system; else one of LANGUAGES
    content_language: str = "en"  # the language the user reads content in
    second_language: str = "th"  # the other column of the interpreter view
    theme: str = "system"  # one of THEMES
    zoom: int = 100  # percent of the normal text size, ZOOM_MIN..ZOOM_MAX
    search_langs: tuple[str, ...] = ()  # languages search is limited to; () = all
    recent_compare: tuple[str, ...] = ()  # country slugs last compared, most recent first
    remember_history: bool = True  # keep a search history (someone sharing a computer may not want one)
    last_entry: str = ""  # entry id open at exit ("concept:migrant-worker"), to reopen there

    def __setattr__(self, name: str, value: Any) -> None:
        check = _FIELDS.get(name)
        if check is not None:
            clean = check(value)
            if clean is None:
                raise ValueError(f"not a valid value for the setting {name}: {value!r}")
            value = clean
        object.__setattr__(self, name, value)


# ---------------------------------------------------------------------------- validation


def _language(value: Any) -> str | None:
    return value if isinstance(value, str) and value in LANGUAGES else None


def _ui_language(value: Any) -> str | None:
    return value if value == "" else _language(value)


def _theme(value: Any) -> str | None:
    return value if isinstance(value, str) and value in THEMES else None


def _zoom(value: Any) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:  # NaN
        return None
    if value in (float("inf"), float("-inf")):
        return None
    return max(ZOOM_MIN, min(ZOOM_MAX, round(value)))


def _codes(check: Callable[[Any], bool], limit: int | None = None) -> Callable[[Any], tuple[str, ...] | None]:
    def clean(value: Any) -> tuple[str, ...] | None:
        if not isinstance(value, list | tuple):
            return None
        out: list[str] = []
        for item in value:
            if not (isinstance(item, str) and check(item)):
                log.warning("settings: dropped %r from a list", item)
            elif item not in out:
                out.append(item)
        return tuple(out[:limit] if limit else out)

    return clean


def _bool(value: Any) -> bool | None:
    return value if isinstance(value, bool) else None


def _entry(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    kind, sep, key = value.strip().partition(":")
    if value == "" or (sep and kind.isalpha() and key and not any(c.isspace() for c in value)):
        return value.strip()
    return None


_FIELDS: dict[str, Callable[[Any], Any]] = {
    "ui_language": _ui_language,
    "content_language": _language,
    "second_language": _language,
    "theme": _theme,
    "zoom": _zoom,
    "search_langs": _codes(lambda c: c in LANGUAGES),
    "recent_compare": _codes(lambda c: bool(_SLUG.fullmatch(c)), RECENT_MAX),
    "remember_history": _bool,
    "last_entry": _entry,
}
assert set(_FIELDS) | {"version"} == {f.name for f in dataclasses.fields(Settings)}, "a field has no check"
_DEFAULTS = Settings()


def _from_mapping(data: Mapping[str, Any], source: str) -> Settings:
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key == "version":
            continue
        check = _FIELDS.get(key)
        if check is None:
            log.info("settings %s: ignored unknown key %r", source, key)
            continue
        clean = check(value)
        if clean is None:
            log.warning("settings %s: invalid %s %r, using the default %r", source, key, value, getattr(_DEFAULTS, key))
            continue
        if clean != value and not (isinstance(value, list) and tuple(value) == clean):
            log.info("settings %s: %s %r adjusted to %r", source, key, value, clean)
        values[key] = clean
    return Settings(version=SETTINGS_VERSION, **values)


def _to_mapping(settings: Settings) -> dict[str, Any]:
    return {f.name: getattr(settings, f.name) for f in dataclasses.fields(settings)}


# ---------------------------------------------------------------------------- upgrades


def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    out = dict(data)
    if "interface_language" in out:
        out["ui_language"] = out.pop("interface_language")
    zoom = out.get("zoom")
    if isinstance(zoom, int | float) and not isinstance(zoom, bool):
        out["zoom"] = zoom * 100  # a factor then, percent now (rounded and clamped by the check)
    if out.get("theme") == "auto":
        out["theme"] = "system"
    return out


# UPGRADES[i] turns a version i + 1 mapping into a version i + 2 one. Append; never edit a shipped step.
UPGRADES: tuple[Callable[[dict[str, Any]], dict[str, Any]], ...] = (_v1_to_v2,)
assert len(UPGRADES) == SETTINGS_VERSION - 1, "one upgrade step per version"


def upgrade(data: Mapping[str, Any]) -> dict[str, Any]:
    """Bring a raw settings mapping of any known version up to ``SETTINGS_VERSION``."""
    out = dict(data)
    version = out.get("version", 1)  # version 1 files were not always stamped
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        log.warning("settings: bad version %r, reading the file as version %d", version, SETTINGS_VERSION)
        version = SETTINGS_VERSION
    if version > SETTINGS_VERSION:
        log.warning("settings: written by a newer version (%d); reading what this version knows", version)
    while version < SETTINGS_VERSION:
        out = UPGRADES[version - 1](out)
        version += 1
        log.info("settings: upgraded to version %d", version)
    out["version"] = SETTINGS_VERSION
    return out


# ---------------------------------------------------------------------------- file


def load_settings(path: Path) -> Settings:
    """The settings in ``path``; never raises over a missing, bad or unreadable file."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Settings()
    except OSError as exc:
        log.warning("settings: cannot read %s (%s); using defaults", path, exc)
        return Settings()
    try:
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict):
            raise ValueError("the top level is not an object")
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        bad = path.with_name(path.name + ".bad")
        try:
            os.replace(path, bad)
            log.warning("settings: %s is not valid (%s); moved it to %s and using defaults", path, exc, bad)
        except OSError as move_exc:
            log.warning(
                "settings: %s is not valid (%s) and could not be moved (%s); using defaults", path, exc, move_exc
            )
        return Settings()
    return _from_mapping(upgrade(data), source=str(path))


def save_settings(path: Path, settings: Settings) -> None:
    """Write ``settings`` to ``path`` atomically; the old file stays whole if this fails (raises OSError)."""
    path = Path(path)
    clean = _from_mapping(_to_mapping(settings), source="save")
    data = {k: list(v) if isinstance(v, tuple) else v for k, v in _to_mapping(clean).items()}
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        tmp = None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)

"""The whole edition as one JSON document inside the content database.

The builder writes it (``meta.snapshot``) from what the database gives back; the desktop app
reads it with the standard library's sqlite3, so opening the library costs neither the
SQLAlchemy import nor an ORM load (about 45 MB of memory and 0.4 s at start). The ORM path
(:class:`ContentRepository`) stays the one the CLI and the index rebuild use, and a test checks
that both paths give the same ContentSet.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import types
import typing
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

from mmn_desktop.core.db.version import SCHEMA_VERSION
from mmn_desktop.core.errors import DatabaseMissingError, DatabaseVersionError
from mmn_desktop.core.models import ContentSet


def dump(content: ContentSet) -> str:
    return json.dumps(dataclasses.asdict(content), ensure_ascii=False, separators=(",", ":"))


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _build(tp: Any, data: Any) -> Any:
    origin = typing.get_origin(tp)
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        hints = _hints(tp)
        return tp(**{f.name: _build(hints[f.name], data[f.name]) for f in dataclasses.fields(tp) if f.name in data})
    if origin is tuple:
        (item, *_rest) = typing.get_args(tp)
        return tuple(_build(item, x) for x in data)
    if origin in (typing.Union, types.UnionType):
        if data is None:
            return None
        inner = [a for a in typing.get_args(tp) if a is not type(None)]
        return _build(inner[0], data)
    return data


def load(text: str) -> ContentSet:
    return _build(ContentSet, json.loads(text))


def read(db_path: Path) -> tuple[ContentSet, dict[str, str]]:
    """The edition and the meta stamps (content_hash, built_at) of a built database, read-only."""
    if not db_path.is_file():
        raise DatabaseMissingError(f"content database not found: {db_path}", path=str(db_path))
    uri = f"file:{quote(db_path.resolve().as_posix())}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
        try:
            meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise DatabaseVersionError(f"content database is unreadable: {db_path} ({exc})", path=str(db_path)) from exc
    version = meta.get("schema_version")
    if version != str(SCHEMA_VERSION) or "snapshot" not in meta:
        raise DatabaseVersionError(
            f"content database has schema {version}, this version needs {SCHEMA_VERSION}: rebuild it",
            path=str(db_path),
            found=version,
            expected=SCHEMA_VERSION,
        )
    try:
        content = load(meta.pop("snapshot"))
    except (ValueError, KeyError, TypeError) as exc:
        raise DatabaseVersionError(
            f"content database snapshot is damaged: {db_path} ({exc})", path=str(db_path)
        ) from exc
    return content, meta


def read_meta(db_path: Path, key: str) -> str:
    """One meta stamp (e.g. content_hash) without reading the snapshot."""
    uri = f"file:{quote(db_path.resolve().as_posix())}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise DatabaseVersionError(f"content database is unreadable: {db_path} ({exc})", path=str(db_path)) from exc
    return str(row[0]) if row else ""


class SnapshotRepository:
    """What the search service needs from the content database (the content hash, and the whole
    edition for an index rebuild), read through the snapshot: no SQLAlchemy on the search lane."""

    def __init__(self, db_path: Path) -> None:
        if not db_path.is_file():
            raise DatabaseMissingError(f"content database not found: {db_path}", path=str(db_path))
        self.path = db_path
        self.content_hash = read_meta(db_path, "content_hash")

    def load_all(self) -> ContentSet:
        return read(self.path)[0]

    def close(self) -> None:
        """Nothing stays open between calls."""

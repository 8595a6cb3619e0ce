"""The user's own data: bookmarks, notes and search history, in its own SQLite file.

The file lives in the user data dir (``paths.user_data_dir() / "userdata.sqlite"``), apart from
the content database, so a content rebuild or update never touches it.

Schema versions are stamped in the file with ``PRAGMA user_version`` (and the file is marked as
ours with ``PRAGMA application_id``). ``MIGRATIONS`` lists the ordered steps; each runs in one
transaction together with the new version stamp, so a step is applied whole or not at all, and
no step drops a row. A file stamped with a newer version than this code knows is refused and
left untouched; a file that is not SQLite (or is damaged) is refused, never deleted:
``UserData.quarantine`` moves it aside when the user agrees.

Threads: the UI calls this from one background lane. The engine is opened with
``check_same_thread=False``, every call uses its own short session, and calls are serialised by
a lock, so using one ``UserData`` from any single thread (or even several) is safe. Only the
frozen dataclasses below leave this module.

Export shape (``export_json``), stable for version 1 (readers ignore keys they do not know)::

    {
      "format": "mmn-userdata",
      "version": 1,
      "exported": "2024-05-01T12:00:00Z",
      "bookmarks": [{"target": "concept:irregular-migrant", "title": "...", "created": "..."}],
      "notes": [{"target": "...", "title": "...", "text": "...", "created": "...",
                 "updated": "...", "tags": ["..."]}]
    }

Timestamps are ISO-8601 UTC strings to the second, ``YYYY-MM-DDTHH:MM:SSZ``.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import sqlite3
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Integer, Text, create_engine, delete, event, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from mmn_desktop.core import paths
from mmn_desktop.core.errors import BadIdError, UserDataError

log = logging.getLogger(__name__)

FILENAME = "userdata.sqlite"
APPLICATION_ID = 0x4D4D4E55  # "MMNU", marks the file as MMN user data
EXPORT_FORMAT = "mmn-userdata"
EXPORT_VERSION = 1
HISTORY_MAX = 200
QUERY_MAX = 500  # the search service reads no more than this either


def default_path() -> Path:
    return paths.user_data_dir() / FILENAME


# ---------------------------------------------------------------------------- models out


@dataclass(frozen=True, slots=True)
class Bookmark:
    target: str
    title: str
    created: str


@dataclass(frozen=True, slots=True)
class Note:
    target: str
    title: str
    text: str
    created: str
    updated: str
    tags: tuple[str, ...] = ()  # schema version 2


@dataclass(frozen=True, slots=True)
class HistoryItem:
    query: str
    at: str


@dataclass(frozen=True, slots=True)
class ExportLabels:
    """The words of the Markdown export. The UI passes translated ones; these are the defaults."""

    heading: str = "MMN Desktop: bookmarks and notes"
    exported: str = "Exported"
    bookmarks: str = "Bookmarks"
    notes: str = "Notes"
    none: str = "(none)"
    created: str = "created"
    updated: str = "updated"
    tags: str = "tags"


# ---------------------------------------------------------------------------- schema (latest)


class UserBase(DeclarativeBase):
    """Own metadata: the content schema's ``Base`` is a different database."""


class BookmarkRow(UserBase):
    __tablename__ = "bookmarks"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    target: Mapped[str] = mapped_column(Text, unique=True)
    title: Mapped[str] = mapped_column(Text)
    created: Mapped[str] = mapped_column(Text)


class NoteRow(UserBase):
    __tablename__ = "notes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    target: Mapped[str] = mapped_column(Text, unique=True)
    title: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    created: Mapped[str] = mapped_column(Text)
    updated: Mapped[str] = mapped_column(Text)
    tags: Mapped[str] = mapped_column(Text, default="")  # v2: one tag a line


class HistoryRow(UserBase):
    __tablename__ = "history"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    query: Mapped[str] = mapped_column(Text, unique=True)
    at: Mapped[str] = mapped_column(Text)


# ---------------------------------------------------------------------------- migrations


@dataclass(frozen=True, slots=True)
class Migration:
    """Brings the file from ``version - 1`` to ``version``. Frozen once shipped: add a new one."""

    version: int
    description: str
    apply: Callable[[Connection], None]


def _sql(*statements: str) -> Callable[[Connection], None]:
    def run(conn: Connection) -> None:
        for statement in statements:
            conn.exec_driver_sql(statement)

    return run


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "bookmarks, notes and search history",
        _sql(
            f"PRAGMA application_id = {APPLICATION_ID}",
            "CREATE TABLE bookmarks (id INTEGER PRIMARY KEY, target TEXT NOT NULL UNIQUE, title TEXT NOT NULL,"
            " created TEXT NOT NULL)",
            "CREATE TABLE notes (id INTEGER PRIMARY KEY, target TEXT NOT NULL UNIQUE, title TEXT NOT NULL,"
            " text TEXT NOT NULL, created TEXT NOT NULL, updated TEXT NOT NULL)",
            "CREATE TABLE history (id INTEGER PRIMARY KEY, query TEXT NOT NULL UNIQUE, at TEXT NOT NULL)",
        ),
    ),
    Migration(
        2,
        "tags on notes; index for the notes list order",
        _sql(
            "ALTER TABLE notes ADD COLUMN tags TEXT NOT NULL DEFAULT ''",
            "CREATE INDEX ix_notes_updated ON notes (updated)",
        ),
    ),
)
SCHEMA_VERSION = MIGRATIONS[-1].version
assert [m.version for m in MIGRATIONS] == list(range(1, SCHEMA_VERSION + 1)), "migrations out of order"


# ---------------------------------------------------------------------------- helpers


def _stamp(moment: datetime) -> str:
    if moment.tzinfo is None:  # a naive clock is taken to be UTC
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _parse_stamp(value: object) -> str:
    if not isinstance(value, str):
        raise ValueError("not a timestamp")
    return _stamp(datetime.fromisoformat(value.strip()))


def _target(target: str) -> str:
    ident = target.strip() if isinstance(target, str) else ""
    kind, sep, key = ident.partition(":")
    if not sep or not kind or not key or any(ch.isspace() for ch in kind):
        raise BadIdError(f"not an entry id: {target!r} (expected kind:slug, e.g. concept:migrant-worker)", id=target)
    return ident


def _title(title: str, target: str) -> str:
    title = " ".join(unicodedata.normalize("NFC", title or "").split())
    return title or target


def _clean_query(query: str) -> str:
    return " ".join(unicodedata.normalize("NFC", query or "").split())[:QUERY_MAX].strip()


def _clean_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Trimmed, whitespace collapsed (so never a newline), no empties, no case-insensitive repeats."""
    out: list[str] = []
    seen: set[str] = set()
    for tag in tags:
        tag = " ".join(unicodedata.normalize("NFC", str(tag)).split())
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            out.append(tag)
    return tuple(out)


def _bookmark(row: BookmarkRow) -> Bookmark:
    return Bookmark(row.target, row.title, row.created)


def _note(row: NoteRow) -> Note:
    tags = tuple(t for t in (row.tags or "").split("\n") if t)
    return Note(row.target, row.title, row.text, row.created, row.updated, tags)


def _sqlite_reason(exc: BaseException) -> str:
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith(("SQLITE_NOTADB", "SQLITE_CORRUPT")):
        return "corrupt"
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return "locked"
    message = str(exc).lower()
    if "not a database" in message or "malformed" in message:
        return "corrupt"
    if "locked" in message:
        return "locked"
    return "io"


_NO_SYNC = {"synchronize_session": False}  # plain DELETEs: no session state to keep in step

_PROBLEM_WORDS = {
    "corrupt": "is not a readable user data file (damaged, or not SQLite)",
    "locked": "is locked by another program",
    "io": "cannot be read",
}


# ---------------------------------------------------------------------------- the store


class UserData:
    """Bookmarks, notes and search history of one user, in the SQLite file at ``path``."""

    def __init__(self, path: Path, clock: Callable[[], datetime] | None = None) -> None:
        self.path = Path(path)
        self._clock = clock or (lambda: datetime.now(UTC))
        self._lock = threading.RLock()
        self._closed = False
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserDataError(
                f"cannot create the folder for {self.path}: {exc}", path=str(self.path), reason="io"
            ) from exc
        if self.path.exists():
            self._preflight()
        self._engine = self._open_engine()
        self._reader = self._engine.execution_options(mmn_read=True)
        try:
            self._migrate()
            self._verify()
        except BaseException:
            self._engine.dispose()
            raise

    # -- opening ------------------------------------------------------------------------------

    def _error(self, reason: str, exc: BaseException | None = None, **data: object) -> UserDataError:
        words = _PROBLEM_WORDS.get(reason, "cannot be used")
        detail = f": {exc}" if exc is not None else ""
        return UserDataError(f"user data file {self.path} {words}{detail}", path=str(self.path), reason=reason, **data)

    def _preflight(self) -> None:
        """Check an existing file without writing to it: SQLite, intact, ours, and not newer."""
        try:
            conn = sqlite3.connect(self.path, timeout=10)
        except sqlite3.Error as exc:
            raise self._error(_sqlite_reason(exc), exc) from exc
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
            check = [r[0] for r in conn.execute("PRAGMA quick_check")]
        except sqlite3.Error as exc:
            raise self._error(_sqlite_reason(exc), exc) from exc
        finally:
            conn.close()
        if check != ["ok"]:
            raise self._error("corrupt", None, problems=check[:10])
        if app_id not in (0, APPLICATION_ID) or (version == 0 and tables):
            raise UserDataError(
                f"{self.path} is an SQLite file but not MMN user data", path=str(self.path), reason="foreign"
            )
        if version > SCHEMA_VERSION:
            raise UserDataError(
                f"user data file {self.path} was written by a newer version of MMN Desktop "
                f"(schema {version}; this version reads up to {SCHEMA_VERSION})",
                path=str(self.path),
                reason="newer",
                version=version,
                supported=SCHEMA_VERSION,
            )

    def _open_engine(self) -> Engine:
        engine = create_engine(
            f"sqlite+pysqlite:///{self.path.as_posix()}", connect_args={"check_same_thread": False, "timeout": 10}
        )

        @event.listens_for(engine, "connect")
        def _connect(dbapi_conn: Any, _record: Any) -> None:
            # Let SQLAlchemy's BEGIN (below) decide transactions, so DDL is transactional too.
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA secure_delete = ON")  # a deleted note does not linger in free pages
            cur.close()

        @event.listens_for(engine, "begin")
        def _begin(conn: Connection) -> None:
            # Writers take the write lock up front (IMMEDIATE), so two writers wait for each other
            # instead of deadlocking on a lock upgrade; readers begin deferred and never block one.
            conn.exec_driver_sql("BEGIN" if conn.get_execution_options().get("mmn_read") else "BEGIN IMMEDIATE")

        return engine

    def _migrate(self) -> None:
        for step in MIGRATIONS:
            try:
                with self._engine.begin() as conn:
                    current = conn.exec_driver_sql("PRAGMA user_version").scalar_one()
                    if current >= step.version:
                        continue
                    if current != step.version - 1:  # pragma: no cover - guarded by the ordered list
                        raise self._error("corrupt", None, version=current)
                    log.info("user data %s: migrating to schema %d (%s)", self.path, step.version, step.description)
                    step.apply(conn)
                    conn.exec_driver_sql(f"PRAGMA user_version = {step.version}")
            except SQLAlchemyError as exc:
                orig = getattr(exc, "orig", exc)
                raise self._error(_sqlite_reason(orig), orig) from exc

    def _verify(self) -> None:
        """Every table and column the models map is there (a hand-edited file fails here, not later)."""
        with self._reader.connect() as conn:
            for table in UserBase.metadata.sorted_tables:
                have = {r[1] for r in conn.exec_driver_sql(f"PRAGMA table_info({table.name})")}
                missing = {c.name for c in table.columns} - have
                if missing:
                    raise self._error("corrupt", None, table=table.name, missing=sorted(missing))
            conn.rollback()

    # -- sessions -----------------------------------------------------------------------------

    @contextlib.contextmanager
    def _session(self, write: bool = False) -> Iterator[Session]:
        """One short transaction; committed on success, rolled back on any error."""
        with self._lock:
            if self._closed:
                raise UserDataError(f"user data file {self.path} is closed", path=str(self.path), reason="closed")
            try:
                bind = self._engine if write else self._reader
                with Session(bind, expire_on_commit=False) as session, session.begin():
                    yield session
            except SQLAlchemyError as exc:
                orig = getattr(exc, "orig", exc)
                raise self._error(_sqlite_reason(orig), orig) from exc

    def _now(self) -> str:
        return _stamp(self._clock())

    @property
    def schema_version(self) -> int:
        with self._session() as session:
            return int(session.connection().exec_driver_sql("PRAGMA user_version").scalar_one())

    def close(self) -> None:
        with self._lock:
            if not self._closed:
                self._closed = True
                self._engine.dispose()

    def __enter__(self) -> UserData:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- bookmarks ----------------------------------------------------------------------------

    def bookmarks(self) -> tuple[Bookmark, ...]:
        """Newest first."""
        with self._session() as session:
            rows = session.scalars(select(BookmarkRow).order_by(BookmarkRow.created.desc(), BookmarkRow.id.desc()))
            return tuple(_bookmark(r) for r in rows)

    def is_bookmarked(self, target: str) -> bool:
        target = _target(target)
        with self._session() as session:
            return session.scalar(select(BookmarkRow.id).where(BookmarkRow.target == target)) is not None

    def add_bookmark(self, target: str, title: str) -> Bookmark:
        """Bookmark ``target``. Again is harmless: the bookmark keeps its date (its title is refreshed)."""
        target = _target(target)
        title = _title(title, target)
        with self._session(write=True) as session:
            row = session.scalar(select(BookmarkRow).where(BookmarkRow.target == target))
            if row is None:
                row = BookmarkRow(target=target, title=title, created=self._now())
                session.add(row)
            elif row.title != title:
                row.title = title
            return _bookmark(row)

    def remove_bookmark(self, target: str) -> bool:
        target = _target(target)
        with self._session(write=True) as session:
            result = session.execute(
                delete(BookmarkRow).where(BookmarkRow.target == target), execution_options=_NO_SYNC
            )
            return bool(getattr(result, "rowcount", 0))

    # -- notes --------------------------------------------------------------------------------

    def notes(self, tag: str | None = None) -> tuple[Note, ...]:
        """Latest updated first; only those carrying ``tag`` (any case) when given."""
        with self._session() as session:
            rows = session.scalars(select(NoteRow).order_by(NoteRow.updated.desc(), NoteRow.id.desc()))
            notes = tuple(_note(r) for r in rows)
        if tag is not None:
            wanted = _clean_tags([tag])
            key = wanted[0].casefold() if wanted else ""
            notes = tuple(n for n in notes if any(t.casefold() == key for t in n.tags))
        return notes

    def tags(self) -> tuple[str, ...]:
        """Every tag in use, once, sorted case-insensitively (the UI may re-sort with a collator)."""
        seen: dict[str, str] = {}
        for note in self.notes():
            for tag in note.tags:
                seen.setdefault(tag.casefold(), tag)
        return tuple(sorted(seen.values(), key=str.casefold))

    def note_for(self, target: str) -> Note | None:
        target = _target(target)
        with self._session() as session:
            row = session.scalar(select(NoteRow).where(NoteRow.target == target))
            return _note(row) if row else None

    def save_note(self, target: str, title: str, text: str, tags: Iterable[str] | None = None) -> Note:
        """Create or update the note on ``target``; the text is kept exactly as written.

        Text that is empty or only whitespace deletes the note; the Note returned then has empty
        text and is not stored. ``tags=None`` keeps the tags a note already has.
        """
        target = _target(target)
        title = _title(title, target)
        now = self._now()
        with self._session(write=True) as session:
            row = session.scalar(select(NoteRow).where(NoteRow.target == target))
            if not (text or "").strip():
                if row is not None:
                    session.delete(row)
                return Note(target, title, "", row.created if row else now, now, _clean_tags(tags or ()))
            if row is None:
                row = NoteRow(target=target, title=title, text=text, created=now, updated=now, tags="")
                session.add(row)
            elif row.title != title or row.text != text or (tags is not None and _note(row).tags != _clean_tags(tags)):
                row.title, row.text, row.updated = title, text, now
            if tags is not None:
                row.tags = "\n".join(_clean_tags(tags))
            return _note(row)

    def delete_note(self, target: str) -> bool:
        target = _target(target)
        with self._session(write=True) as session:
            result = session.execute(delete(NoteRow).where(NoteRow.target == target), execution_options=_NO_SYNC)
            return bool(getattr(result, "rowcount", 0))

    # -- history ------------------------------------------------------------------------------

    def add_history(self, query: str) -> None:
        """Remember a search. Repeating one (in any case) moves it to the top; the newest 200 are kept."""
        query = _clean_query(query)
        if not query:
            return
        key = query.casefold()
        with self._session(write=True) as session:
            same = [r.id for r in session.execute(select(HistoryRow.id, HistoryRow.query)) if r.query.casefold() == key]
            if same:
                session.execute(delete(HistoryRow).where(HistoryRow.id.in_(same)), execution_options=_NO_SYNC)
            session.add(HistoryRow(query=query, at=self._now()))
            session.flush()
            keep = select(HistoryRow.id).order_by(HistoryRow.id.desc()).limit(HISTORY_MAX)
            session.execute(delete(HistoryRow).where(HistoryRow.id.not_in(keep)), execution_options=_NO_SYNC)

    def history(self, limit: int = 50) -> tuple[HistoryItem, ...]:
        """Newest first."""
        if limit <= 0:
            return ()
        with self._session() as session:
            rows = session.scalars(select(HistoryRow).order_by(HistoryRow.id.desc()).limit(limit))
            return tuple(HistoryItem(r.query, r.at) for r in rows)

    def clear_history(self) -> int:
        with self._session(write=True) as session:
            result = session.execute(delete(HistoryRow), execution_options=_NO_SYNC)
            return int(getattr(result, "rowcount", 0))

    # -- export and import --------------------------------------------------------------------

    def export_markdown(self, labels: ExportLabels | None = None) -> str:
        """Bookmarks and notes as readable Markdown; note text exactly as written."""
        words = labels or ExportLabels()
        bookmarks, notes = self.bookmarks(), self.notes()
        out = [f"# {words.heading}", "", f"{words.exported} {self._now()}", "", f"## {words.bookmarks}", ""]
        if bookmarks:
            out += [f"- **{b.title}** (`{b.target}`), {words.created} {b.created}" for b in bookmarks]
        else:
            out.append(words.none)
        out += ["", f"## {words.notes}", ""]
        if not notes:
            out += [words.none, ""]
        for n in notes:
            meta = f"`{n.target}` · {words.created} {n.created} · {words.updated} {n.updated}"
            if n.tags:
                meta += f" · {words.tags}: " + ", ".join(n.tags)
            out += [f"### {n.title}", "", meta, "", n.text.rstrip("\n"), ""]
        return "\n".join(out)

    def export_json(self) -> str:
        """The documented shape (module docstring): format, version, exported, bookmarks, notes."""
        payload = {
            "format": EXPORT_FORMAT,
            "version": EXPORT_VERSION,
            "exported": self._now(),
            "bookmarks": [{"target": b.target, "title": b.title, "created": b.created} for b in self.bookmarks()],
            "notes": [
                {
                    "target": n.target,
                    "title": n.title,
                    "text": n.text,
                    "created": n.created,
                    "updated": n.updated,
                    "tags": list(n.tags),
                }
                for n in self.notes()
            ],
        }
        return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"

    def import_json(self, text: str) -> tuple[int, int]:
        """Merge an ``export_json`` document: (bookmarks added, notes added or updated).

        A bookmark already present is kept as it is. A note already present is replaced only by
        a newer one (later ``updated``). The whole document is checked first; nothing is written
        unless all of it is valid.
        """
        bookmarks, notes = self._parse_export(text)
        added_b = changed_n = 0
        with self._session(write=True) as session:
            have_b = set(session.scalars(select(BookmarkRow.target)))
            for b in bookmarks:
                if b.target not in have_b:
                    session.add(BookmarkRow(target=b.target, title=b.title, created=b.created))
                    have_b.add(b.target)
                    added_b += 1
            rows = {r.target: r for r in session.scalars(select(NoteRow))}
            for n in notes:
                row = rows.get(n.target)
                if row is None:
                    row = NoteRow(
                        target=n.target,
                        title=n.title,
                        text=n.text,
                        created=n.created,
                        updated=n.updated,
                        tags="\n".join(n.tags),
                    )
                    session.add(row)
                    rows[n.target] = row
                    changed_n += 1
                elif n.updated > row.updated:
                    row.title, row.text, row.updated, row.tags = n.title, n.text, n.updated, "\n".join(n.tags)
                    row.created = min(row.created, n.created)
                    changed_n += 1
        log.info("imported %d bookmark(s) and %d note(s) into %s", added_b, changed_n, self.path)
        return added_b, changed_n

    def _parse_export(self, text: str) -> tuple[list[Bookmark], list[Note]]:
        def bad(message: str) -> UserDataError:
            return UserDataError(
                f"not an MMN user data export: {message}", path=str(self.path), reason="import_invalid"
            )

        try:
            doc = json.loads(text)
        except (TypeError, ValueError) as exc:
            raise bad(f"invalid JSON ({exc})") from exc
        if not isinstance(doc, dict) or doc.get("format") != EXPORT_FORMAT:
            raise bad(f'"format" is not "{EXPORT_FORMAT}"')
        version = doc.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise bad('"version" is missing or not a positive whole number')
        if version > EXPORT_VERSION:
            raise UserDataError(
                f"the export was made by a newer version of MMN Desktop (format version {version})",
                path=str(self.path),
                reason="import_newer",
                version=version,
                supported=EXPORT_VERSION,
            )

        def items(key: str) -> Sequence[Any]:
            value = doc.get(key, [])
            if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
                raise bad(f'"{key}" is not a list of objects')
            return value

        def field(item: dict[str, Any], key: str, where: str) -> str:
            value = item.get(key)
            if not isinstance(value, str):
                raise bad(f'{where}: "{key}" is missing or not text')
            return value

        bookmarks: list[Bookmark] = []
        notes: list[Note] = []
        try:
            for i, item in enumerate(items("bookmarks")):
                where = f"bookmarks[{i}]"
                target = _target(field(item, "target", where))
                bookmarks.append(
                    Bookmark(
                        target, _title(field(item, "title", where), target), _parse_stamp(field(item, "created", where))
                    )
                )
            for i, item in enumerate(items("notes")):
                where = f"notes[{i}]"
                target = _target(field(item, "target", where))
                tags = item.get("tags", [])
                if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
                    raise bad(f'{where}: "tags" is not a list of text')
                body = field(item, "text", where)
                if not body.strip():
                    continue  # an empty note is no note
                notes.append(
                    Note(
                        target,
                        _title(field(item, "title", where), target),
                        body,
                        _parse_stamp(field(item, "created", where)),
                        _parse_stamp(field(item, "updated", where)),
                        _clean_tags(tags),
                    )
                )
        except BadIdError as exc:
            raise bad(exc.message) from exc
        except ValueError as exc:
            raise bad(f"a date is not ISO-8601 ({exc})") from exc
        return bookmarks, notes

    # -- a file that cannot be opened ---------------------------------------------------------

    @staticmethod
    def quarantine(path: Path, now: datetime | None = None) -> Path:
        """Move an unusable file aside to ``<name>.corrupt-<timestamp>`` and return the new path.

        SQLite's side files (``-journal``, ``-wal``, ``-shm``) go with it, renamed to match, so a
        new file created at ``path`` can never pick up a stale journal. Nothing is deleted.
        """
        path = Path(path)
        stamp = re.sub(r"[-:]", "", _stamp(now or datetime.now(UTC)))  # 20240501T120000Z
        dest = path.with_name(f"{path.name}.corrupt-{stamp}")
        n = 1
        while dest.exists() or any(Path(f"{dest}{s}").exists() for s in ("-journal", "-wal", "-shm")):
            n += 1
            dest = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
        try:
            os.replace(path, dest)
            for suffix in ("-journal", "-wal", "-shm"):
                side = Path(f"{path}{suffix}")
                if side.exists():
                    os.replace(side, Path(f"{dest}{suffix}"))
        except OSError as exc:
            raise UserDataError(f"cannot move {path} aside: {exc}", path=str(path), reason="io") from exc
        log.warning("moved unusable user data file %s to %s", path, dest)
        return dest

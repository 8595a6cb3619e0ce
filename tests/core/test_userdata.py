"""The user data store: bookmarks, notes, history, export/import, migrations and bad files."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, inspect

from mmn_desktop.core import paths
from mmn_desktop.core.errors import BadIdError, MmnError, UserDataError
from mmn_desktop.core.userdata import (
    HISTORY_MAX,
    SCHEMA_VERSION,
    Bookmark,
    ExportLabels,
    Note,
    UserBase,
    UserData,
    default_path,
)

THAI = "แรงงานข้ามชาติต้องได้รับค่าจ้างขั้นต่ำ"
BURMESE = "ရွှေ့ပြောင်းအလုပ်သမားများ၏ အခွင့်အရေး"


class Clock:
    """A clock that moves one minute on every reading."""

    def __init__(self, start: datetime = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)) -> None:
        self.now = start

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "nested" / "folder" / "userdata.sqlite"


@pytest.fixture
def ud(path: Path) -> Iterator[UserData]:
    store = UserData(path, clock=Clock())
    yield store
    store.close()


# ---------------------------------------------------------------------------- opening


def test_creates_folder_and_file_at_latest_version(path: Path, ud: UserData) -> None:
    assert path.is_file()
    assert ud.schema_version == SCHEMA_VERSION == 2
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_default_path_is_in_the_user_data_dir() -> None:
    assert default_path() == paths.user_data_dir() / "userdata.sqlite"


def test_migrations_build_exactly_what_the_models_map(ud: UserData, path: Path) -> None:
    """The ORM models and the shipped SQL steps cannot drift apart."""
    engine = create_engine(f"sqlite:///{path}")
    try:
        insp = inspect(engine)
        assert set(insp.get_table_names()) == set(UserBase.metadata.tables)
        for name, table in UserBase.metadata.tables.items():
            cols = {c["name"]: c for c in insp.get_columns(name)}
            assert set(cols) == {c.name for c in table.columns}, name
            for column in table.columns:
                if not column.primary_key:
                    assert cols[column.name]["nullable"] is False, (name, column.name)
    finally:
        engine.dispose()


# ---------------------------------------------------------------------------- bookmarks


def test_bookmarks_crud_and_order(ud: UserData) -> None:
    assert ud.bookmarks() == ()
    first = ud.add_bookmark("concept:irregular-migrant", "Irregular migrant")
    ud.add_bookmark("law:thailand/working-hours", "Working hours (Thailand)")
    ud.add_bookmark("chapter:arrest", "If you are arrested")
    assert isinstance(first, Bookmark)
    assert first.created == "2024-05-01T12:01:00Z"
    assert [b.target for b in ud.bookmarks()] == [
        "chapter:arrest",
        "law:thailand/working-hours",
        "concept:irregular-migrant",
    ]
    assert ud.is_bookmarked("law:thailand/working-hours")
    assert ud.remove_bookmark("law:thailand/working-hours") is True
    assert ud.remove_bookmark("law:thailand/working-hours") is False
    assert not ud.is_bookmarked("law:thailand/working-hours")
    assert [b.target for b in ud.bookmarks()] == ["chapter:arrest", "concept:irregular-migrant"]


def test_add_bookmark_is_idempotent(ud: UserData) -> None:
    one = ud.add_bookmark("bib:mmn-2013-no-choice", "No Choice")
    again = ud.add_bookmark(" bib:mmn-2013-no-choice ", "No Choice")
    assert again == one
    assert len(ud.bookmarks()) == 1
    renamed = ud.add_bookmark("bib:mmn-2013-no-choice", "No Choice (2013)")
    assert renamed.created == one.created and renamed.title == "No Choice (2013)"
    assert ud.bookmarks() == (renamed,)


@pytest.mark.parametrize("bad", ["", "   ", "no-colon", ":slug", "concept:", "con cept:x"])
def test_malformed_targets_are_refused(ud: UserData, bad: str) -> None:
    with pytest.raises(BadIdError):
        ud.add_bookmark(bad, "x")
    with pytest.raises(BadIdError):
        ud.save_note(bad, "x", "text")
    assert ud.bookmarks() == () and ud.notes() == ()


# ---------------------------------------------------------------------------- notes


def test_notes_create_update_delete_and_order(ud: UserData) -> None:
    a = ud.save_note("concept:irregular-migrant", "Irregular migrant", "First thoughts.\n\n- point one\n")
    assert isinstance(a, Note) and a.created == a.updated
    b = ud.save_note("chapter:arrest", "Arrest", "Call the hotline.")
    assert [n.target for n in ud.notes()] == ["chapter:arrest", "concept:irregular-migrant"]

    a2 = ud.save_note("concept:irregular-migrant", "Irregular migrant", "Rewritten.")
    assert a2.created == a.created and a2.updated > a.updated
    assert [n.target for n in ud.notes()] == ["concept:irregular-migrant", "chapter:arrest"]
    assert ud.note_for("concept:irregular-migrant") == a2
    assert ud.note_for("chapter:arrest") == b
    assert ud.note_for("law:laos/wages") is None

    assert ud.delete_note("chapter:arrest") is True
    assert ud.delete_note("chapter:arrest") is False
    assert ud.notes() == (a2,)


def test_saving_the_same_note_again_keeps_its_date(ud: UserData) -> None:
    a = ud.save_note("chapter:arrest", "Arrest", "Same text")
    assert ud.save_note("chapter:arrest", "Arrest", "Same text") == a


def test_blank_text_deletes_the_note(ud: UserData) -> None:
    ud.save_note("chapter:arrest", "Arrest", "Something")
    gone = ud.save_note("chapter:arrest", "Arrest", "  \n\t ")
    assert gone.text == ""
    assert ud.note_for("chapter:arrest") is None
    assert ud.notes() == ()
    ud.save_note("chapter:arrest", "Arrest", "")  # blank on a target without a note: nothing happens
    assert ud.notes() == ()


def test_note_text_is_kept_exactly_as_written(ud: UserData) -> None:
    text = "  leading spaces\r\n*markdown* # not a heading\n\n\ttab\n"
    assert ud.save_note("chapter:arrest", "Arrest", text).text == text
    assert ud.note_for("chapter:arrest").text == text  # type: ignore[union-attr]


def test_note_tags(ud: UserData) -> None:
    ud.save_note("chapter:arrest", "Arrest", "x", tags=[" case 12 ", "Thailand", "thailand", "", "two\nlines"])
    note = ud.note_for("chapter:arrest")
    assert note is not None and note.tags == ("case 12", "Thailand", "two lines")
    ud.save_note("chapter:arrest", "Arrest", "y")  # tags=None keeps them
    assert ud.note_for("chapter:arrest").tags == ("case 12", "Thailand", "two lines")  # type: ignore[union-attr]
    ud.save_note("concept:migrant-worker", "Migrant worker", "z", tags=["ไทย"])
    assert [n.target for n in ud.notes(tag="THAILAND")] == ["chapter:arrest"]
    assert [n.target for n in ud.notes(tag="ไทย")] == ["concept:migrant-worker"]
    assert ud.tags() == ("case 12", "Thailand", "two lines", "ไทย")
    ud.save_note("chapter:arrest", "Arrest", "y", tags=[])
    assert ud.note_for("chapter:arrest").tags == ()  # type: ignore[union-attr]


# ---------------------------------------------------------------------------- history


def test_history_strips_ignores_empty_and_orders_newest_first(ud: UserData) -> None:
    ud.add_history("  passport  ")
    ud.add_history("")
    ud.add_history("   \n ")
    ud.add_history("minimum wage")
    assert [h.query for h in ud.history()] == ["minimum wage", "passport"]
    assert ud.history()[0].at > ud.history()[1].at


def test_repeating_a_query_moves_it_to_the_top(ud: UserData) -> None:
    for q in ("a1", "b2", "c3", "b2", "A1"):
        ud.add_history(q)
    assert [h.query for h in ud.history()] == ["A1", "b2", "c3"]


def test_history_keeps_at_most_200_and_limit_works(ud: UserData) -> None:
    for i in range(HISTORY_MAX + 25):
        ud.add_history(f"query {i}")
    everything = ud.history(limit=1000)
    assert len(everything) == HISTORY_MAX == 200
    assert everything[0].query == f"query {HISTORY_MAX + 24}"
    assert everything[-1].query == "query 25"
    assert [h.query for h in ud.history(limit=3)] == [f"query {HISTORY_MAX + n}" for n in (24, 23, 22)]
    assert len(ud.history()) == 50
    assert ud.history(limit=0) == ()


def test_clear_history(ud: UserData) -> None:
    for q in ("one", "two", "three"):
        ud.add_history(q)
    assert ud.clear_history() == 3
    assert ud.history() == ()
    assert ud.clear_history() == 0


# ---------------------------------------------------------------------------- persistence, unicode, threads


def test_everything_persists_across_close_and_reopen(path: Path) -> None:
    with UserData(path, clock=Clock()) as first:
        first.add_bookmark("concept:irregular-migrant", "Irregular migrant")
        first.save_note("law:thailand/working-hours", "Working hours", THAI, tags=["ไทย"])
        first.add_history(BURMESE)
        before = (first.bookmarks(), first.notes(), first.history())
    with pytest.raises(UserDataError) as info:
        first.bookmarks()
    assert info.value.data["reason"] == "closed"
    with UserData(path) as second:
        assert (second.bookmarks(), second.notes(), second.history()) == before
        assert second.notes()[0].text == THAI and second.history()[0].query == BURMESE


def test_thai_and_burmese_text_survive(ud: UserData) -> None:
    ud.add_bookmark("concept:irregular-migrant", BURMESE)
    ud.save_note("concept:irregular-migrant", THAI, f"{THAI}\n{BURMESE}\n移民工人 lao động")
    note = ud.note_for("concept:irregular-migrant")
    assert note is not None and note.title == THAI and note.text == f"{THAI}\n{BURMESE}\n移民工人 lao động"
    assert ud.bookmarks()[0].title == BURMESE


def test_use_from_a_worker_thread(path: Path) -> None:
    ud = UserData(path, clock=Clock())  # made on this thread, used on another: as the UI's user lane does
    main = threading.get_ident()

    def work() -> tuple[int, tuple[str, ...], int]:
        assert threading.get_ident() != main
        ud.add_bookmark("chapter:arrest", "Arrest")
        ud.save_note("chapter:arrest", "Arrest", THAI)
        ud.add_history("wages")
        return len(ud.bookmarks()), tuple(n.text for n in ud.notes()), len(ud.history())

    with ThreadPoolExecutor(max_workers=1) as pool:
        assert pool.submit(work).result() == (1, (THAI,), 1)
    assert ud.is_bookmarked("chapter:arrest")  # and still usable back here
    ud.close()


def test_several_threads_at_once_lose_nothing(ud: UserData) -> None:
    def work(n: int) -> None:
        for i in range(10):
            ud.add_history(f"t{n}-{i}")
            ud.add_bookmark(f"concept:c{n}-{i}", "x")

    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(work, range(4)))
    assert len(ud.history(limit=100)) == 40
    assert len(ud.bookmarks()) == 40


def test_arbitrary_unicode_notes_round_trip(tmp_path: Path) -> None:
    with UserData(tmp_path / "u.sqlite") as ud:

        @given(title=st.text(max_size=40), text=st.text(min_size=1, max_size=400).filter(lambda t: t.strip()))
        @settings(max_examples=150, deadline=None)
        def check(title: str, text: str) -> None:
            ud.save_note("concept:prop", title, text)
            note = ud.note_for("concept:prop")
            assert note is not None and note.text == text
            assert json.loads(ud.export_json())["notes"][0]["text"] == text

        check()


# ---------------------------------------------------------------------------- export and import


def _filled(ud: UserData) -> None:
    ud.add_bookmark("concept:irregular-migrant", "Irregular migrant")
    ud.add_bookmark("law:thailand/working-hours", "Working hours (Thailand)")
    ud.save_note("chapter:arrest", "If you are arrested", "Ask for an interpreter.\n\n" + BURMESE, tags=["urgent"])
    ud.save_note("concept:irregular-migrant", "Irregular migrant", THAI)
    ud.add_history("a private search")


def test_export_markdown_contains_titles_targets_and_note_text(ud: UserData) -> None:
    _filled(ud)
    md = ud.export_markdown()
    for needle in (
        "Irregular migrant",
        "Working hours (Thailand)",
        "`law:thailand/working-hours`",
        "If you are arrested",
        "Ask for an interpreter.\n\n" + BURMESE,
        THAI,
        "urgent",
        "## Bookmarks",
        "## Notes",
    ):
        assert needle in md
    assert "a private search" not in md  # history is not exported
    assert md.index("## Bookmarks") < md.index("Working hours") < md.index("## Notes") < md.index(THAI)


def test_export_markdown_takes_translated_labels(ud: UserData) -> None:
    md = ud.export_markdown(ExportLabels(heading="บันทึกของฉัน", bookmarks="ที่คั่นหน้า", notes="บันทึก", none="-"))
    assert md.startswith("# บันทึกของฉัน\n") and "## ที่คั่นหน้า" in md and "## บันทึก" in md and "Bookmarks" not in md


def test_export_json_shape_and_round_trip(ud: UserData, tmp_path: Path) -> None:
    _filled(ud)
    doc = json.loads(ud.export_json())
    assert doc["format"] == "mmn-userdata" and doc["version"] == 1
    assert [b["target"] for b in doc["bookmarks"]] == [b.target for b in ud.bookmarks()]
    assert doc["notes"][0] == {
        "target": "concept:irregular-migrant",
        "title": "Irregular migrant",
        "text": THAI,
        "created": ud.notes()[0].created,
        "updated": ud.notes()[0].updated,
        "tags": [],
    }
    assert "history" not in doc

    with UserData(tmp_path / "other.sqlite") as other:
        assert other.import_json(ud.export_json()) == (2, 2)
        assert other.bookmarks() == ud.bookmarks()
        assert other.notes() == ud.notes()
        assert other.import_json(ud.export_json()) == (0, 0)  # merging twice changes nothing
        assert other.notes() == ud.notes()


def test_import_merges_keeping_the_newer_note(ud: UserData, tmp_path: Path) -> None:
    ud.save_note("chapter:arrest", "Arrest", "old text")
    ud.add_bookmark("chapter:arrest", "Arrest")
    with UserData(tmp_path / "laptop.sqlite", clock=Clock(datetime(2025, 1, 1, tzinfo=UTC))) as laptop:
        laptop.save_note("chapter:arrest", "Arrest", "newer text from the laptop")
        laptop.save_note("concept:trafficking", "Trafficking", "only on the laptop")
        laptop.add_bookmark("chapter:arrest", "Arrest (laptop)")
        exported = laptop.export_json()
    assert ud.import_json(exported) == (0, 2)
    assert ud.note_for("chapter:arrest").text == "newer text from the laptop"  # type: ignore[union-attr]
    assert ud.bookmarks()[0].title == "Arrest"  # an existing bookmark is left as it is
    # the older copy does not overwrite the newer one
    older = json.loads(exported)
    older["notes"] = [dict(older["notes"][0], text="stale", updated="2000-01-01T00:00:00+00:00")]
    older["bookmarks"] = []
    assert ud.import_json(json.dumps(older)) == (0, 0)
    assert ud.note_for(older["notes"][0]["target"]).text != "stale"  # type: ignore[union-attr]


def test_import_normalises_timestamps(ud: UserData) -> None:
    doc = {
        "format": "mmn-userdata",
        "version": 1,
        "bookmarks": [{"target": "chapter:arrest", "title": "Arrest", "created": "2024-05-01T19:00:00+07:00"}],
    }
    ud.import_json(json.dumps(doc))
    assert ud.bookmarks()[0].created == "2024-05-01T12:00:00Z"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("not json", "import_invalid"),
        ("[]", "import_invalid"),
        ('{"format": "something-else", "version": 1}', "import_invalid"),
        ('{"format": "mmn-userdata"}', "import_invalid"),
        ('{"format": "mmn-userdata", "version": 99}', "import_newer"),
        ('{"format": "mmn-userdata", "version": 1, "bookmarks": {}}', "import_invalid"),
        (
            '{"format": "mmn-userdata", "version": 1, "bookmarks": [{"target": "chapter:a", "title": "A"}]}',
            "import_invalid",
        ),
        (
            '{"format": "mmn-userdata", "version": 1, "notes": [{"target": "bad", "title": "A", "text": "t",'
            ' "created": "2024-01-01T00:00:00Z", "updated": "2024-01-01T00:00:00Z"}]}',
            "import_invalid",
        ),
    ],
)
def test_import_refuses_bad_documents_and_writes_nothing(ud: UserData, text: str, reason: str) -> None:
    with pytest.raises(UserDataError) as info:
        ud.import_json(text)
    assert info.value.data["reason"] == reason
    assert ud.bookmarks() == () and ud.notes() == ()


def test_import_is_all_or_nothing(ud: UserData) -> None:
    doc = {
        "format": "mmn-userdata",
        "version": 1,
        "bookmarks": [
            {"target": "chapter:ok", "title": "OK", "created": "2024-01-01T00:00:00Z"},
            {"target": "chapter:bad-date", "title": "Bad", "created": "yesterday"},
        ],
    }
    with pytest.raises(UserDataError):
        ud.import_json(json.dumps(doc))
    assert ud.bookmarks() == ()


# ---------------------------------------------------------------------------- migrations and bad files

V1_LAYOUT = [
    "PRAGMA application_id = 1296911957",
    "CREATE TABLE bookmarks (id INTEGER PRIMARY KEY, target TEXT NOT NULL UNIQUE, title TEXT NOT NULL,"
    " created TEXT NOT NULL)",
    "CREATE TABLE notes (id INTEGER PRIMARY KEY, target TEXT NOT NULL UNIQUE, title TEXT NOT NULL,"
    " text TEXT NOT NULL, created TEXT NOT NULL, updated TEXT NOT NULL)",
    "CREATE TABLE history (id INTEGER PRIMARY KEY, query TEXT NOT NULL UNIQUE, at TEXT NOT NULL)",
    "PRAGMA user_version = 1",
]


def _make_v1(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    for statement in V1_LAYOUT:
        conn.execute(statement)
    conn.executemany(
        "INSERT INTO bookmarks (target, title, created) VALUES (?, ?, ?)",
        [
            ("concept:irregular-migrant", "Irregular migrant", "2023-01-01T00:00:00Z"),
            ("law:thailand/working-hours", "Working hours", "2023-02-01T00:00:00Z"),
        ],
    )
    conn.executemany(
        "INSERT INTO notes (target, title, text, created, updated) VALUES (?, ?, ?, ?, ?)",
        [
            ("chapter:arrest", "Arrest", BURMESE, "2023-01-01T00:00:00Z", "2023-03-01T00:00:00Z"),
            ("bib:mmn-2013-no-choice", "No Choice", THAI, "2023-01-05T00:00:00Z", "2023-01-05T00:00:00Z"),
        ],
    )
    conn.executemany(
        "INSERT INTO history (query, at) VALUES (?, ?)", [(f"q{i}", f"2023-04-0{i}T00:00:00Z") for i in range(1, 4)]
    )
    conn.commit()
    conn.close()


def test_migration_from_a_v1_file_keeps_every_row(path: Path) -> None:
    _make_v1(path)
    with UserData(path, clock=Clock()) as ud:
        assert ud.schema_version == SCHEMA_VERSION
        assert ud.bookmarks() == (
            Bookmark("law:thailand/working-hours", "Working hours", "2023-02-01T00:00:00Z"),
            Bookmark("concept:irregular-migrant", "Irregular migrant", "2023-01-01T00:00:00Z"),
        )
        assert ud.notes() == (
            Note("chapter:arrest", "Arrest", BURMESE, "2023-01-01T00:00:00Z", "2023-03-01T00:00:00Z", ()),
            Note("bib:mmn-2013-no-choice", "No Choice", THAI, "2023-01-05T00:00:00Z", "2023-01-05T00:00:00Z", ()),
        )
        assert [h.query for h in ud.history()] == ["q3", "q2", "q1"]
        # the version 2 feature works on migrated rows
        ud.save_note("chapter:arrest", "Arrest", BURMESE, tags=["case 7"])
        assert ud.note_for("chapter:arrest").tags == ("case 7",)  # type: ignore[union-attr]
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert "ix_notes_updated" in {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}


def test_a_failing_migration_leaves_the_file_at_its_old_version(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each step is one transaction: a failure half-way leaves neither the change nor the stamp."""
    from mmn_desktop.core import userdata as mod

    _make_v1(path)
    broken = mod.Migration(
        2, "broken", mod._sql("ALTER TABLE notes ADD COLUMN tags TEXT NOT NULL DEFAULT ''", "THIS IS NOT SQL")
    )
    monkeypatch.setattr(mod, "MIGRATIONS", (mod.MIGRATIONS[0], broken))
    with pytest.raises(UserDataError):
        UserData(path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        assert "tags" not in {r[1] for r in conn.execute("PRAGMA table_info(notes)")}
        assert conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 2
    monkeypatch.undo()
    with UserData(path) as ud:  # the real step then succeeds
        assert ud.schema_version == SCHEMA_VERSION and len(ud.notes()) == 2


def test_a_newer_file_is_refused_and_left_byte_identical(path: Path) -> None:
    _make_v1(path)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 99")
    before = path.read_bytes()
    with pytest.raises(UserDataError) as info:
        UserData(path)
    assert isinstance(info.value, MmnError) and info.value.code == "userdata"
    assert info.value.data["reason"] == "newer" and info.value.data["version"] == 99
    assert "newer version" in str(info.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


@pytest.mark.parametrize(
    "content", [b"this is not a database, just some text\n" * 50, b"SQLite format 3\x00" + bytes(200)]
)
def test_a_garbage_file_raises_naming_the_path_and_is_kept(path: Path, content: bytes) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    with pytest.raises(UserDataError) as info:
        UserData(path)
    assert str(path) in str(info.value) and info.value.data["path"] == str(path)
    assert info.value.data["reason"] == "corrupt"
    assert path.read_bytes() == content


def test_an_sqlite_file_of_something_else_is_refused(path: Path) -> None:
    path.parent.mkdir(parents=True)
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    before = path.read_bytes()
    with pytest.raises(UserDataError) as info:
        UserData(path)
    assert info.value.data["reason"] == "foreign"
    assert path.read_bytes() == before


def test_an_empty_file_becomes_a_new_store(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(b"")
    with UserData(path) as ud:
        assert ud.schema_version == SCHEMA_VERSION


def test_quarantine_moves_the_file_and_its_journal_aside(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(b"garbage")
    with pytest.raises(UserDataError):
        UserData(path)
    Path(f"{path}-journal").write_bytes(b"stale journal")
    moved = UserData.quarantine(path, now=datetime(2024, 5, 1, 19, 30, 5, tzinfo=timezone(timedelta(hours=7))))
    assert moved == path.with_name("userdata.sqlite.corrupt-20240501T123005Z")
    assert moved.read_bytes() == b"garbage"
    assert Path(f"{moved}-journal").read_bytes() == b"stale journal"
    assert not path.exists() and not Path(f"{path}-journal").exists()
    # a second quarantine in the same second does not overwrite the first
    path.write_bytes(b"garbage 2")
    again = UserData.quarantine(path, now=datetime(2024, 5, 1, 12, 30, 5, tzinfo=UTC))
    assert again != moved and again.read_bytes() == b"garbage 2" and moved.read_bytes() == b"garbage"
    with UserData(path) as ud:  # a fresh store can now be made in its place
        assert ud.bookmarks() == ()


def test_a_missing_table_is_reported_not_a_crash_later(path: Path) -> None:
    with UserData(path):
        pass
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TABLE history")
    with pytest.raises(UserDataError) as info:
        UserData(path)
    assert info.value.data["reason"] == "corrupt"


def test_deleted_note_text_does_not_linger_in_the_file(path: Path) -> None:
    secret = "witness-name-7f3a9c"
    with UserData(path) as ud:
        ud.save_note("chapter:arrest", "Arrest", secret * 20)
        assert secret.encode() in path.read_bytes()
        ud.delete_note("chapter:arrest")
    assert secret.encode() not in path.read_bytes()

"""`mmn build`: database and index from the sources, stamped, deterministic, atomic."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from mmn_desktop.core.builder import build as build_mod
from mmn_desktop.core.builder.build import build
from mmn_desktop.core.content import content_hash
from mmn_desktop.core.db.repository import ContentRepository
from mmn_desktop.core.errors import BuildError, ValidationError
from mmn_desktop.core.search import index as ix_mod
from mmn_desktop.core.search.schema import INDEX_VERSION


def tree_digest(root: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(root.rglob("*")):
        if p.is_file():
            h.update(p.relative_to(root).as_posix().encode())
            h.update(p.read_bytes())
    return h.hexdigest()


def test_build_writes_stamped_database_and_index(content_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "db"
    report = build(content_copy, out)
    assert (out / "content.sqlite").is_file() and (out / "index").is_dir()
    repo = ContentRepository(out / "content.sqlite")
    try:
        assert repo.content_hash == report.content_hash == content_hash(content_copy)
        assert repo.get("concept:migrant-worker").section("th").headword == "แรงงานข้ามชาติ"
    finally:
        repo.close()
    stamp = json.loads((out / "index" / ix_mod.STAMP).read_text())
    assert stamp["index_version"] == INDEX_VERSION
    assert stamp["content_hash"] == report.content_hash
    assert stamp["docs"] == report.documents > 0
    assert not [p for p in out.iterdir() if p.name.startswith(".")], "temporary build folders left behind"


def test_same_sources_same_hash(content_copy: Path, tmp_path: Path) -> None:
    a = build(content_copy, tmp_path / "a").content_hash
    b = build(content_copy, tmp_path / "b").content_hash
    assert a == b
    path = content_copy / "vocabulary" / "minimum-wage.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\n# a comment\n", encoding="utf-8")
    assert content_hash(content_copy) != a


def test_invalid_sources_leave_last_good_build(content_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "db"
    build(content_copy, out)
    before = tree_digest(out)
    (content_copy / "vocabulary" / "broken.yaml").write_text("id: [\n", encoding="utf-8")
    with pytest.raises(ValidationError):
        build(content_copy, out)
    assert tree_digest(out) == before


@pytest.mark.parametrize("stage", ["index", "database"])
def test_failure_mid_build_leaves_last_good_build(
    content_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stage: str
) -> None:
    out = tmp_path / "db"
    build(content_copy, out)
    before = tree_digest(out)
    path = content_copy / "vocabulary" / "minimum-wage.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("lowest pay", "lowest wage"), encoding="utf-8")

    def boom(*args: object, **kwargs: object) -> None:
        raise OSError("disk full (simulated)")

    monkeypatch.setattr(
        build_mod.ix_mod if stage == "index" else build_mod,
        "write_index" if stage == "index" else "write_content",
        boom,
    )
    with pytest.raises(BuildError, match="previous database and index are unchanged"):
        build(content_copy, out)
    assert tree_digest(out) == before
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


def test_build_cli_reports_problems(content_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from mmn_desktop.cli import main as cli

    (content_copy / "bibliography" / "bad.yaml").write_text("id: bad\ntype: novel\n", encoding="utf-8")
    assert cli(["--content", str(content_copy), "--db", str(tmp_path / "db"), "build"]) == 1
    err = capsys.readouterr().err
    assert "bibliography/bad.yaml [bib:bad] type" in err
    assert not (tmp_path / "db" / "content.sqlite").exists()


def test_snapshot_equals_the_orm_read_back(built_db: Path) -> None:
    """The app reads the edition from the JSON snapshot; it must be exactly what the ORM reads."""
    from mmn_desktop.core import snapshot
    from mmn_desktop.core.db.repository import ContentRepository

    repo = ContentRepository(built_db / "content.sqlite")
    try:
        content, meta = snapshot.read(built_db / "content.sqlite")
        assert content == repo.load_all()
        assert meta["content_hash"] == repo.content_hash
        assert snapshot.SnapshotRepository(built_db / "content.sqlite").content_hash == repo.content_hash
    finally:
        repo.close()


def test_snapshot_read_errors_are_clear(tmp_path: Path) -> None:
    import sqlite3

    from mmn_desktop.core import snapshot
    from mmn_desktop.core.errors import DatabaseMissingError, DatabaseVersionError

    with pytest.raises(DatabaseMissingError):
        snapshot.read(tmp_path / "missing.sqlite")
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"not a database at all" * 100)
    with pytest.raises(DatabaseVersionError):
        snapshot.read(garbage)
    old = tmp_path / "old.sqlite"
    conn = sqlite3.connect(old)
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    conn.execute("INSERT INTO meta VALUES ('schema_version', '2')")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseVersionError, match="rebuild"):
        snapshot.read(old)

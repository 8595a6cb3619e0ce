"""A missing, stale or corrupt index is detected and rebuilt from the database, with a message."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from mmn_desktop.core.builder.build import build
from mmn_desktop.core.db.repository import ContentRepository
from mmn_desktop.core.errors import IndexError_
from mmn_desktop.core.models import Notice
from mmn_desktop.core.search import index as ix_mod
from mmn_desktop.core.search.service import SearchService
from tests.conftest import FIXTURE_CONTENT


@pytest.fixture
def fresh(tmp_path: Path):  # type: ignore[no-untyped-def]
    out = tmp_path / "db"
    build(FIXTURE_CONTENT, out)
    repo = ContentRepository(out / "content.sqlite")
    yield out, repo
    repo.close()


def _search_ok(service: SearchService) -> None:
    assert "concept:minimum-wage" in [h.id for h in service.search("ค่าจ").hits]


def test_good_index_is_used_as_is(fresh) -> None:  # type: ignore[no-untyped-def]
    out, repo = fresh
    with SearchService(out / "index", repo) as service:
        _search_ok(service)
        assert service.notices == []


def test_missing_index_is_rebuilt(fresh) -> None:  # type: ignore[no-untyped-def]
    out, repo = fresh
    shutil.rmtree(out / "index")
    messages: list[Notice] = []
    with SearchService(out / "index", repo, notify=messages.append) as service:
        _search_ok(service)
    assert messages and "missing" in str(messages[0]) and "rebuilding" in str(messages[0])
    assert messages[0].code == "index-rebuilt" and messages[0].value == "missing"
    assert ix_mod.check_index(out / "index", repo.content_hash).ok


def test_stale_index_is_rebuilt(fresh) -> None:  # type: ignore[no-untyped-def]
    out, repo = fresh
    stamp_path = out / "index" / ix_mod.STAMP
    stamp = json.loads(stamp_path.read_text())
    stamp["content_hash"] = "0" * 64
    stamp_path.write_text(json.dumps(stamp))
    with SearchService(out / "index", repo) as service:
        _search_ok(service)
        assert "stale" in str(service.notices[0]) and service.notices[0].value == "stale"


def test_old_index_version_is_rebuilt(fresh) -> None:  # type: ignore[no-untyped-def]
    out, repo = fresh
    stamp_path = out / "index" / ix_mod.STAMP
    stamp = json.loads(stamp_path.read_text())
    stamp["index_version"] = -1
    stamp_path.write_text(json.dumps(stamp))
    status = ix_mod.check_index(out / "index", repo.content_hash)
    assert status.state == "stale" and "version" in status.reason


@pytest.mark.parametrize("damage", ["truncate_segments", "delete_toc", "garbage_stamp"])
def test_corrupt_index_is_rebuilt(fresh, damage: str) -> None:  # type: ignore[no-untyped-def]
    out, repo = fresh
    index_dir = out / "index"
    if damage == "truncate_segments":
        for p in index_dir.iterdir():
            if p.suffix in (".trm", ".pst", ".seg") or p.name.endswith(".trm"):
                p.write_bytes(b"\x00" * 7)
    elif damage == "delete_toc":
        for p in index_dir.glob("*.toc"):
            p.unlink()
    else:
        (index_dir / ix_mod.STAMP).write_text("{not json")
    assert not ix_mod.check_index(index_dir, repo.content_hash).ok
    with SearchService(index_dir, repo) as service:
        _search_ok(service)
        assert "corrupt" in str(service.notices[0]) and service.notices[0].value == "corrupt"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_read_only_install_rebuilds_into_user_cache(fresh, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out, repo = fresh
    shutil.rmtree(out / "index")
    os.chmod(out, 0o555)
    try:
        with SearchService(out / "index", repo, fallback_dir=tmp_path / "cache" / "index") as service:
            _search_ok(service)
            assert service.active_dir == tmp_path / "cache" / "index"
    finally:
        os.chmod(out, 0o755)


def test_unwritable_target_uses_fallback(fresh, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Same as above for any user: the writability probe says no, the index goes to the cache."""
    out, repo = fresh
    shutil.rmtree(out / "index")
    real = ix_mod.is_writable_dir
    monkeypatch.setattr(ix_mod, "is_writable_dir", lambda p: False if out in (p, *p.parents) else real(p))
    fallback = tmp_path / "cache" / "index"
    with SearchService(out / "index", repo, fallback_dir=fallback) as service:
        _search_ok(service)
        assert service.active_dir == fallback
    assert not (out / "index").exists()
    # Next start: the good fallback index is used without another rebuild.
    with SearchService(out / "index", repo, fallback_dir=fallback) as service:
        assert service.notices == [] and service.active_dir == fallback


def test_no_database_and_no_index_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(IndexError_, match="missing"):
        SearchService(tmp_path / "nowhere").open()


def test_frozen_app_never_writes_its_install_folder_even_if_writable(  # type: ignore[no-untyped-def]
    fresh, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A per-user install or an unpacked tarball is writable, but the frozen app rebuilds into the cache."""
    import sys

    from mmn_desktop.core import paths

    out, repo = fresh
    shutil.rmtree(out / "index")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(out.parent), raising=False)  # the bundle holds db/
    monkeypatch.setattr(sys, "executable", str(out.parent / "mmn-desktop"))
    assert paths.is_install_location(out / "index") and not paths.may_write(out / "index")
    fallback = tmp_path / "cache" / "index"
    monkeypatch.setenv("MMN_USER_DIR", str(tmp_path / "elsewhere"))
    with SearchService(out / "index", repo, fallback_dir=fallback) as service:
        _search_ok(service)
        assert service.active_dir == fallback
    assert not (out / "index").exists()

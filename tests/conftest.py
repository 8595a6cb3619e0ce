"""Shared fixtures: a small multilingual content tree, built once per session."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mmn_desktop.core.builder.build import build
from mmn_desktop.core.db.repository import ContentRepository
from mmn_desktop.core.search.service import SearchService

FIXTURE_CONTENT = Path(__file__).parent / "fixtures" / "content"
REAL_CONTENT = Path(__file__).resolve().parents[1] / "resources" / "content"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test touches the real user directories."""
    monkeypatch.setenv("MMN_USER_DIR", str(tmp_path_factory.mktemp("user")))


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A private, editable copy of the fixture content."""
    dest = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, dest)
    return dest


@pytest.fixture(scope="session")
def built_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("db")
    build(FIXTURE_CONTENT, out)
    return out


@pytest.fixture(scope="session")
def repo(built_db: Path):  # type: ignore[no-untyped-def]
    r = ContentRepository(built_db / "content.sqlite")
    yield r
    r.close()


@pytest.fixture(scope="session")
def search(built_db: Path, repo: ContentRepository):  # type: ignore[no-untyped-def]
    service = SearchService(built_db / "index", repo).open()
    yield service
    service.close()


def ids(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [h.id for h in result.hits]

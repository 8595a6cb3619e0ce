"""UI test fixtures: offscreen Qt, a library over the fixture content, and an AppContext."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path
from typing import Any

import pytest

from mmn_desktop.core import paths
from mmn_desktop.core.content.loader import load_content
from mmn_desktop.core.library import Library
from mmn_desktop.core.settings import Settings


def default_settings() -> Any:
    return Settings()


@pytest.fixture(scope="session")
def library(built_db: Path) -> Library:
    """The small fixture edition (tests/fixtures/content), read back from a built database."""
    return Library.load(built_db / "content.sqlite")


@pytest.fixture(scope="session")
def real_library() -> Library:
    """The full edition from resources/content (loaded from the sources; no database needed)."""
    content, problems = load_content(paths.resources_dir() / "content")
    assert not problems, "\n".join(map(str, problems))
    return Library.from_content(content)


def search_factory(db_dir: Path, delay: float = 0.0) -> Any:
    """What MainWindow and SearchController call on the search lane: an opened SearchService over
    ``db_dir`` (index rebuilt from the snapshot if missing); ``delay`` slows every search (stale-drop tests)."""
    import time

    from mmn_desktop.core.search.service import SearchService
    from mmn_desktop.core.snapshot import SnapshotRepository

    def make(notify: Any, progress: Any) -> Any:
        service = SearchService(
            db_dir / "index", SnapshotRepository(db_dir / "content.sqlite"), notify=notify, progress=progress
        ).open()
        if delay:
            original = service.search

            def slow(*args: Any, **kwargs: Any) -> Any:
                time.sleep(delay)
                return original(*args, **kwargs)

            service.search = slow  # type: ignore[method-assign]
        return service

    return make


def make_ctx(library: Library) -> Any:
    from mmn_desktop.ui.context import AppContext
    from mmn_desktop.ui.tasks import SyncRunner

    return AppContext(runner=SyncRunner(), library=library, settings=default_settings())


@pytest.fixture
def ctx(qapp: Any, library: Library) -> Any:
    """An AppContext over the fixture edition with a synchronous runner."""
    return make_ctx(library)


@pytest.fixture
def real_ctx(qapp: Any, real_library: Library) -> Any:
    """An AppContext over the full edition with a synchronous runner."""
    return make_ctx(real_library)

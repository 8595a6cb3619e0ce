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

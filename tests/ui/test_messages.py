"""Core notices and errors reach the user as sentences (translated where a translation exists)."""

from __future__ import annotations

from typing import Any

from mmn_desktop.core.errors import DatabaseMissingError, DatabaseVersionError, UserDataError
from mmn_desktop.core.models import Notice
from mmn_desktop.core.search import query as q
from mmn_desktop.ui import messages

from .conftest import search_factory


def test_core_notices_become_sentences(qapp: Any) -> None:
    long = q.parse("x" * (q.MAX_QUERY_CHARS + 5))
    assert messages.notice(long.notices[0]) == f"The search was cut to its first {q.MAX_QUERY_CHARS} characters."
    zawgyi = q.parse("ျမန္မာ")  # "Myanmar" typed in Zawgyi
    assert zawgyi.notices, "the Zawgyi sample was not detected"
    assert "Zawgyi" in messages.notice(zawgyi.notices[0]) and not messages.notice(zawgyi.notices[0]).startswith(
        "zawgyi:"
    )
    rebuild = Notice("index-rebuilt", "The search index was missing (no stamp); rebuilding it into /x.", "missing")
    assert messages.notice(rebuild) == "The search index had to be rebuilt (missing); this takes a few seconds, once."
    assert messages.notice(Notice("something-new", "something new")) == "something new"


def test_errors_are_described_by_code(qapp: Any) -> None:
    assert messages.error(DatabaseMissingError("x", path="/p/content.sqlite")) == (
        "The content database is missing: /p/content.sqlite"
    )
    assert "another version" in messages.error(DatabaseVersionError("x", path="/p"))
    assert "bookmarks and notes" in messages.error(UserDataError("x", path="/u", reason="corrupt"))
    assert messages.error(ValueError("plain")) == "plain"


def test_a_zawgyi_search_says_so_in_the_search_view(qtbot: Any, ctx: Any, built_db: Any) -> None:
    from mmn_desktop.ui.search.controller import SearchController
    from mmn_desktop.ui.search.view import SearchView

    controller = SearchController(ctx.runner, search_factory(built_db))
    view = SearchView(ctx, controller)
    qtbot.addWidget(view)
    controller.set_query("ျမန္မာ", immediate=True)
    assert "Zawgyi" in view.status_label.text()
    controller.close()

"""What every view is given: the services, passed in (never reached through globals)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from mmn_desktop.core.library import Library


@dataclass
class AppContext:
    """Services handed to the views by the main window.

    ``runner`` runs work off the GUI thread (lanes: "search", "db", "user"); ``library`` is the
    whole edition in memory (frozen dataclasses, safe to read on the GUI thread); ``userdata``
    is the user's own database and must only be touched through ``runner.submit("user", ...)``;
    ``settings`` is the typed settings object; call ``save_settings()`` after changing it.
    """

    runner: Any
    library: Library
    settings: Any
    userdata: Any = None
    save_settings: Callable[[], None] = field(default=lambda: None)

    @property
    def lang(self) -> str:
        """The language the user reads content in."""
        return str(getattr(self.settings, "content_language", "en") or "en")

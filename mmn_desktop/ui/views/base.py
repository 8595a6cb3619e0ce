"""The contract between the main window and each view.

Targets are strings: an entry id (``concept:slug``, ``law:thailand/wages``) or a view location
(``view:vocabulary``, ``view:law/compare/thailand,cambodia``). A view asks the main window to go
somewhere by emitting ``navigate``; the main window records history and calls ``open``. A view
never changes its own location without going through ``navigate`` (so back/forward see it).
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView, QTextBrowser, QWidget

from mmn_desktop.ui.context import AppContext


class View(QWidget):
    navigate = Signal(str)  # please open this target (recorded in history)
    status = Signal(str)  # a short message for the status bar

    key: ClassVar[str] = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.zoom = 100
        self.setObjectName(f"view-{self.key}")

    # -- what the main window calls ---------------------------------------------------------

    def title(self) -> str:
        """The view's name in the navigation (translated)."""
        raise NotImplementedError

    def open(self, target: str) -> None:
        """Show ``target`` (an entry id of this view's kind, or ``view:<key>[/state]``)."""
        raise NotImplementedError

    def location(self) -> str:
        """The target that reopens exactly what is shown now (for history)."""
        return f"view:{self.key}"

    def current_entry(self) -> str:
        """The entry id on screen (for bookmarks and notes), or "" when none."""
        return ""

    def settings_changed(self) -> None:
        """Content language or similar changed: re-render."""

    def focus_find(self) -> bool:
        """Ctrl+F inside the view: open in-page find if the view has one."""
        return False

    def print_current(self) -> bool:
        """File > Print: print what is shown; False if nothing printable."""
        return False

    def export_pdf(self, path: str) -> bool:
        """File > Export PDF: write what is shown to ``path``; False if nothing printable."""
        return False

    def apply_zoom(self, percent: int) -> None:
        """Scale the reading text of every text browser and list/table in the view."""
        self.zoom = percent
        widgets: list[QWidget] = [*self.findChildren(QTextBrowser), *self.findChildren(QAbstractItemView)]
        for widget in widgets:
            base = widget.property("mmnBasePointSize")
            if base is None:
                base = widget.font().pointSizeF()
                if base <= 0:
                    continue
                widget.setProperty("mmnBasePointSize", base)
            font = widget.font()
            font.setPointSizeF(max(4.0, float(base) * percent / 100.0))
            widget.setFont(font)

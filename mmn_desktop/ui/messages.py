"""Messages from the core, in the user's words and language (DESIGN §6: one place).

The core speaks English to logs and the CLI; errors and notices carry a stable ``code``. This
module turns the codes into translated sentences for the window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mmn_desktop.core.models import Notice


def notice(item: Notice) -> str:
    """A search or index notice from the core, in words (by its code), translated where we can."""
    if item.code == "zawgyi-converted":
        return QCoreApplication.translate(
            "Messages", "This Burmese text looks like Zawgyi; it was converted to Unicode for the search."
        )
    if item.code == "zawgyi-maybe":
        return QCoreApplication.translate("Messages", "This Burmese text may be Zawgyi; both readings were searched.")
    if item.code == "query-cut":
        text = QCoreApplication.translate("Messages", "The search was cut to its first {0} characters.")
        return text.format(item.value)
    if item.code == "index-rebuilt":
        text = QCoreApplication.translate(
            "Messages", "The search index had to be rebuilt ({0}); this takes a few seconds, once."
        )
        return text.format(item.value)
    return item.message


def error(exc: BaseException) -> str:
    """An MmnError (by its code) in words; anything else as its message."""
    code = getattr(exc, "code", "")
    data = getattr(exc, "data", {}) or {}
    path = str(data.get("path", ""))
    if not path:  # nothing to fill in: the core's own message says more
        return str(getattr(exc, "message", exc))
    if code == "db_missing":
        return QCoreApplication.translate("Messages", "The content database is missing: {0}").format(path)
    if code == "db_version":
        return QCoreApplication.translate(
            "Messages", "The content database was made by another version of MMN Desktop, or is damaged: {0}"
        ).format(path)
    if code == "userdata":
        return QCoreApplication.translate(
            "Messages", "The file with your bookmarks and notes cannot be used: {0}"
        ).format(path)
    return str(getattr(exc, "message", exc))

"""Messages from the core, in the user's words and language (DESIGN §6: one place).

The core speaks English to logs and the CLI; errors carry a stable ``code`` and search notices a
stable form. This module turns them into translated sentences for the window.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

_CUT = re.compile(r"^query cut to its first (\d+) characters")
_REBUILD = re.compile(r"^The search index was (\w+)")


def notice(text: str) -> str:
    """A search or index notice from the core, translated where it is one we know."""
    if text.startswith("zawgyi:") and "looks like" in text:
        return QCoreApplication.translate(
            "Messages", "This Burmese text looks like Zawgyi; it was converted to Unicode for the search."
        )
    if text.startswith("zawgyi:"):
        return QCoreApplication.translate("Messages", "This Burmese text may be Zawgyi; both readings were searched.")
    if m := _CUT.match(text):
        return QCoreApplication.translate("Messages", "The search was cut to its first {0} characters.").format(
            m.group(1)
        )
    if m := _REBUILD.match(text):
        return QCoreApplication.translate(
            "Messages", "The search index had to be rebuilt ({0}); this takes a few seconds, once."
        ).format(m.group(1))
    return text


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

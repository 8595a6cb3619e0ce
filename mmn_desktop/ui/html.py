"""Small HTML helpers shared by the reading views (QTextBrowser's rich-text subset).

Colours are chosen to read in both light and dark themes; every badge carries text, so no
information is in colour alone. Sizes are relative, so zoom scales everything.
"""

from __future__ import annotations

import html as _html
from functools import lru_cache

from PySide6.QtCore import QCoreApplication

BADGE_COLOURS = {
    "draft": ("#9a5b00", "#ffffff"),
    "reviewed": ("#2e7d32", "#ffffff"),
    "preferred": ("#1565c0", "#ffffff"),
    "admitted": ("#5e35b1", "#ffffff"),
    "deprecated": ("#c62828", "#ffffff"),
    "ratified": ("#2e7d32", "#ffffff"),
    "signed": ("#9a5b00", "#ffffff"),
    "not-ratified": ("#616161", "#ffffff"),
    "legal": ("#37474f", "#ffffff"),
}


def esc(text: object) -> str:
    return _html.escape(str(text), quote=True)


def link(target: str, text: str) -> str:
    """A link to another entry or view; the main window routes ``mmn:`` links."""
    return f'<a href="mmn:{esc(target)}">{esc(text)}</a>'


def named_anchor(name: str) -> str:
    """A target for ``QTextBrowser.scrollToAnchor(name)``, to write just BEFORE a heading, never inside it.

    ``f"{named_anchor('lang-my')}<h2>{esc(label)}</h2>"``, not ``<h2><a name="lang-my"></a>…</h2>``
    (nor ``<h2 id="lang-my">``). Qt's HTML importer gives a named anchor inside text to the one
    character after it, with a character format of its own, and Qt shapes text with different
    formats separately. When a heading starts with a letter that takes marks (Burmese, Khmer...),
    the rest of that cluster (a medial like ြ, a subscript after ្, a vowel sign) is shaped
    without its base and drawn on a dotted circle (U+25CC). Between blocks the importer
    puts the anchor on the next block's own format instead: the heading's text is untouched and
    the anchor scrolls to the same place. It must follow some other block (the first thing in a
    document has no block to start, so the anchor would land on its first character again).
    """
    return f'<a name="{esc(name)}"></a>'


def badge(label: str, style: str | None = None) -> str:
    """A coloured label that also says what it means in words."""
    bg, fg = BADGE_COLOURS.get(style or label, ("#455a64", "#ffffff"))
    return f'<span style="background-color:{bg}; color:{fg};">&nbsp;{esc(label)}&nbsp;</span>'


def status_label(status: str) -> str:
    """Translated words for term, review and ratification statuses."""
    words = {
        "draft": QCoreApplication.translate("Html", "draft translation"),
        "reviewed": QCoreApplication.translate("Html", "reviewed"),
        "preferred": QCoreApplication.translate("Html", "preferred"),
        "admitted": QCoreApplication.translate("Html", "admitted"),
        "deprecated": QCoreApplication.translate("Html", "deprecated"),
        "ratified": QCoreApplication.translate("Html", "ratified"),
        "signed": QCoreApplication.translate("Html", "signed, not ratified"),
        "not-ratified": QCoreApplication.translate("Html", "not ratified"),
    }
    return words.get(status, status)


def review_label(review: str, translated: bool) -> str:
    """How a text's review state is said: a translation is a "draft translation" until a native
    speaker has reviewed it; an original text (the English the works were written in) is a
    "draft, not yet reviewed"."""
    if review == "draft" and not translated:
        return QCoreApplication.translate("Html", "draft, not yet reviewed")
    return status_label(review)


def review_badge(review: str, translated: bool) -> str:
    return badge(review_label(review, translated), review)


def status_badge(status: str) -> str:
    return badge(status_label(status), status)


def legal_disclaimer() -> str:
    """core.render_text.LEGAL_DISCLAIMER in the user's language (a literal here, so lupdate sees it)."""
    return QCoreApplication.translate(
        "Html",
        "A summary, not legal advice. Laws change: check the law itself and ask a lawyer or a legal aid "
        "organisation before acting on it.",
    )


def disclaimer_block() -> str:
    not_advice = QCoreApplication.translate("Html", "Not legal advice.")
    return (
        '<table width="100%" cellpadding="6" style="background-color:#fff3cd; color:#3d2f00;"><tr><td>'
        f"<b>{esc(not_advice)}</b> {esc(legal_disclaimer())}</td></tr></table>"
    )


def draft_note() -> str:
    return QCoreApplication.translate("Html", "Draft: not yet reviewed by a native speaker.")


@lru_cache(maxsize=1)
def _markdown():  # type: ignore[no-untyped-def]
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).enable("table")


def markdown(text: str) -> str:
    """Markdown (CommonMark + tables, raw HTML off) to HTML; ``mmn:`` links are kept as written."""
    return str(_markdown().render(text))

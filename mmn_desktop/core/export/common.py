"""What the bibliography exporters share: names, creators, journals, languages, keywords.

Bibliography records write people as ``"Family, Given"`` (the house style of the sources), an
editor with ``" (ed.)"`` after the name; ``"Given Family"`` is understood too. Organisations are
kept whole, as corporate authors. For a journal article the record's ``publisher`` holds the
journal, sometimes with a volume (``"Marine Policy, vol. 68"``) or the journal's publisher in
brackets (``"... (Cambridge University Press)"``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mmn_desktop.core.models import BibRecord

LANGUAGE_NAMES = {
    "en": "English",
    "my": "Burmese",
    "zh": "Chinese",
    "km": "Khmer",
    "lo": "Lao",
    "th": "Thai",
    "vi": "Vietnamese",
}

_EDITOR_RE = re.compile(r"\s*\((?:eds?|editors?)\.?\)\s*$", re.IGNORECASE)
_PARTICLES = frozenset(
    {
        "van",
        "von",
        "der",
        "den",
        "de",
        "del",
        "della",
        "di",
        "da",
        "das",
        "dos",
        "du",
        "la",
        "le",
        "ter",
        "ten",
        "zu",
        "af",
        "av",
        "bin",
        "binti",
        "al",
        "el",
    }
)
_VOLUME_RE = re.compile(r"^(?P<journal>.+?),\s*(?:vol\.?|volume)\s*(?P<volume>[\w.\-]+)\s*$", re.IGNORECASE)
_JOURNAL_PUBLISHER_RE = re.compile(
    r"^(?P<journal>.+?)\s*\((?P<publisher>[^()]*\b(?:Press|Publishing|Publishers)\b[^()]*)\)\s*$"
)
_SPACE_RE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Name:
    """A person's name split for export, or an organisation's name kept whole (``literal``)."""

    family: str = ""
    given: str = ""
    suffix: str = ""
    literal: str = ""

    @property
    def particle(self) -> str:
        """Leading lowercase particles of the family name ("van" in "van Hove")."""
        words = self.family.split()
        lead = []
        for word in words[:-1]:
            if word != word.lower():
                break
            lead.append(word)
        return " ".join(lead)

    def display(self) -> str:
        """``Family, Given`` (``Family, Given, Suffix``), or the organisation's name."""
        if self.literal:
            return self.literal
        return ", ".join(p for p in (self.family, self.given, self.suffix) if p)


@dataclass(frozen=True, slots=True)
class Creators:
    authors: tuple[Name, ...] = ()
    editors: tuple[Name, ...] = ()


@dataclass(frozen=True, slots=True)
class Journal:
    title: str
    volume: str = ""
    publisher: str = ""


def clean(text: str) -> str:
    """One line: runs of whitespace (newlines included) become one space; ends stripped."""
    return _SPACE_RE.sub(" ", text).strip()


def is_editor(name: str) -> bool:
    return bool(_EDITOR_RE.search(name))


def parse_person(name: str) -> Name:
    """``"Family, Given"``, ``"Family, Suffix, Given"`` or ``"Given Family"`` -> :class:`Name`."""
    name = clean(_EDITOR_RE.sub("", name))
    if "," in name:
        parts = [p.strip() for p in name.split(",")]
        if len(parts) == 2:
            return Name(family=parts[0], given=parts[1])
        return Name(family=parts[0], suffix=parts[1], given=", ".join(parts[2:]))
    words = name.split()
    if len(words) <= 1:
        return Name(family=name)
    cut = len(words) - 1
    while cut > 1 and words[cut - 1] in _PARTICLES:  # "Jeroen van Hove" -> family "van Hove"
        cut -= 1
    return Name(family=" ".join(words[cut:]), given=" ".join(words[:cut]))


def creators(record: BibRecord) -> Creators:
    """Authors and editors of a record.

    People are the authors (those marked ``(ed.)`` the editors). When no person is an author,
    the organisations are the (corporate) authors; when there are people, the organisation is
    the publisher or institution and is not repeated as an author.
    """
    people = [(parse_person(a), is_editor(a)) for a in record.authors if clean(a)]
    authors = tuple(n for n, editor in people if not editor)
    editors = tuple(n for n, editor in people if editor)
    if not authors:
        authors = tuple(Name(literal=clean(o)) for o in record.organisation if clean(o))
    return Creators(authors, editors)


def journal(record: BibRecord) -> Journal:
    """The journal of an article (kept in ``publisher``), its volume and its publisher if given."""
    text = clean(record.publisher)
    m = _VOLUME_RE.match(text)
    if m:
        return Journal(m.group("journal"), m.group("volume"))
    m = _JOURNAL_PUBLISHER_RE.match(text)
    if m:
        return Journal(m.group("journal"), publisher=m.group("publisher").strip())
    return Journal(text)


def language_names(record: BibRecord) -> tuple[str, ...]:
    return tuple(LANGUAGE_NAMES.get(code, code) for code in record.languages)


def keywords(record: BibRecord) -> tuple[str, ...]:
    """Countries then topics, without repeats."""
    return tuple(dict.fromkeys(k for k in (*record.countries, *record.topics) if k))

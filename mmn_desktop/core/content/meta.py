"""meta.yaml: languages, countries and topics every work refers to."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mmn_desktop.core.content.common import Collector, Fields
from mmn_desktop.core.models import LANGUAGES, Country, Language


@dataclass(frozen=True)
class Meta:
    languages: tuple[Language, ...]
    countries: tuple[Country, ...]
    topics: tuple[str, ...]

    @property
    def lang_codes(self) -> frozenset[str]:
        return frozenset(lang.code for lang in self.languages)

    @property
    def country_slugs(self) -> frozenset[str]:
        return frozenset(c.slug for c in self.countries)


def load(col: Collector, root: Path) -> Meta:
    path = root / "meta.yaml"
    rel = col.rel(path)
    data = col.load_yaml(path) if path.exists() else None
    if data is None and not path.exists():
        col.add(rel, "", "", "file is missing")
    top = Fields(col, rel, "", data or {})
    languages = []
    for i, item in enumerate(top.data.get("languages") or []):
        f = Fields(col, rel, f"languages[{i}]", item)
        code = f.text("code")
        if code and code not in LANGUAGES:
            f.problem("code", f"unknown language code {code!r} (supported: {' '.join(LANGUAGES)})")
        languages.append(Language(code, f.text("name"), f.text("native"), f.text("script")))
    countries = []
    for i, item in enumerate(top.data.get("countries") or []):
        f = Fields(col, rel, f"countries[{i}]", item)
        countries.append(Country(f.slug("slug"), f.text("iso"), f.text("name")))
    topics = top.texts("topics", required=True)
    if not languages:
        top.problem("languages", "required field is missing")
    if not countries:
        top.problem("countries", "required field is missing")
    return Meta(tuple(languages), tuple(countries), topics)

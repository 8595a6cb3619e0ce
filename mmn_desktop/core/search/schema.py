"""The Whoosh schema of the one index over every work."""

from __future__ import annotations

from whoosh.analysis import Analyzer, CompositeAnalyzer
from whoosh.fields import ID, KEYWORD, STORED, TEXT, Schema

from mmn_desktop.core.search.analysis import ExactTokenizer, GramTokenizer, WordTokenizer

# Bump when analysis or schema changes: an index with another version is rebuilt.
INDEX_VERSION = 1


def _analyzer(tokenizer: object) -> Analyzer:
    return CompositeAnalyzer(tokenizer)


def make_schema() -> Schema:
    words = _analyzer(WordTokenizer())
    grams = _analyzer(GramTokenizer())
    return Schema(
        key=ID(unique=True, stored=True),  # id@lang: one document per entry and language
        id=ID(stored=True, sortable=True),  # kind:slug, the collapse key
        kind=ID(stored=True),
        lang=ID(stored=True),
        countries=KEYWORD(stored=True, commas=True, lowercase=True),
        title=TEXT(analyzer=words, stored=True, phrase=True, field_boost=3.0),
        body=TEXT(analyzer=words, stored=True, phrase=True),
        title_gram=TEXT(analyzer=grams, phrase=True, field_boost=3.0),
        body_gram=TEXT(analyzer=grams, phrase=True),
        exact=TEXT(analyzer=_analyzer(ExactTokenizer()), phrase=False, field_boost=1.0),
        order=STORED(),
    )

"""The Whoosh schema of the one index over every work.

Title and body go into the same analysed fields, joined by ``TITLE_SEPARATOR``; the
tokenizers give title words three times the weight. One field per kind of match keeps
each query to a few posting lists:

* ``text``: words, with their folded, stemmed and apostrophe-less forms at the same position;
* ``prefix``: edge prefixes (2-8 letters) of Latin words, so the word being typed is one term;
* ``gram``: grapheme-cluster bigrams (and single clusters) of Thai, Lao, Khmer, Burmese and
  Chinese runs;
* ``exact`` and ``name_prefix``: the whole names of the entry and their beginnings, so that
  entries named by the query (or by what is typed so far) rank first.
"""

from __future__ import annotations

from whoosh.analysis import CompositeAnalyzer
from whoosh.fields import ID, KEYWORD, STORED, TEXT, Schema

from mmn_desktop.core.search.analysis import (
    ExactTokenizer,
    GramTokenizer,
    NamePrefixTokenizer,
    PrefixTokenizer,
    WordTokenizer,
)

# Bump when analysis or schema changes: an index with another version is rebuilt.
INDEX_VERSION = 6


def make_schema() -> Schema:
    return Schema(
        key=ID(unique=True, stored=True),  # id@lang: one document per entry and language
        id=ID(stored=True, sortable=True),  # kind:slug; hits are collapsed on it
        kind=ID(stored=True),
        lang=ID(stored=True),
        countries=KEYWORD(stored=True, commas=True, lowercase=True),
        title=STORED(),
        body=STORED(),
        text=TEXT(analyzer=CompositeAnalyzer(WordTokenizer()), phrase=True),
        prefix=TEXT(analyzer=CompositeAnalyzer(PrefixTokenizer()), phrase=False),
        gram=TEXT(analyzer=CompositeAnalyzer(GramTokenizer()), phrase=True),
        exact=TEXT(analyzer=CompositeAnalyzer(ExactTokenizer()), phrase=False),
        name_prefix=TEXT(analyzer=CompositeAnalyzer(NamePrefixTokenizer()), phrase=False),
    )

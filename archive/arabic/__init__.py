"""The one Arabic core that ingest and every search backend share: pure Python, no
Django, no search engine.

- ``text``: normalization with offsets, words (``PRINTED_WORD``, ``MARKS``), tokens,
  stop words;
- ``stems``: clitics (``CLITICS``), nisba endings (``NISBA_ENDINGS``), the light
  stemmer and the singulars of broken plurals (``term``);
- ``names``: the registry of known names and their spellings, passed in where needed;
- ``analysis``: index terms of a text, and what each place of a query may match;
- ``highlight``: snippets with ``<mark>``.
"""

from archive.arabic.analysis import (
    Slot,
    analyze,
    analyze_tokens,
    analyze_with_offsets,
    query_slots,
)
from archive.arabic.highlight import highlight
from archive.arabic.names import DEFAULT_NAMES, Name, NameRegistry, name_words
from archive.arabic.stems import CLITICS, NISBA_ENDINGS, nisba_base, stem, term
from archive.arabic.text import (
    MARKS,
    PRINTED_WORD,
    STOP_WORDS,
    Token,
    normalize,
    normalize_with_offsets,
    tokenize,
)

__all__ = [
    "CLITICS",
    "DEFAULT_NAMES",
    "MARKS",
    "NISBA_ENDINGS",
    "PRINTED_WORD",
    "STOP_WORDS",
    "Name",
    "NameRegistry",
    "Slot",
    "Token",
    "analyze",
    "analyze_tokens",
    "analyze_with_offsets",
    "highlight",
    "name_words",
    "nisba_base",
    "normalize",
    "normalize_with_offsets",
    "query_slots",
    "stem",
    "term",
    "tokenize",
]

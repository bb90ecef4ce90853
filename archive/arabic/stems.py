"""Words to index terms: clitics, adjective (nisba) endings, a light stemmer and the
singulars of broken plurals. Works on normalized words (``text.normalize``)."""

from __future__ import annotations

import functools

from archive.arabic.data import rows, words
from archive.arabic.text import normalize

MIN_STEM = 3
_ARTICLES = ("وبال", "وال", "بال", "كال", "فال", "ولل", "لل", "ال")
_SUFFIXES = ("هما", "ها", "هم", "ه", "ات", "ان", "ون", "ين", "يه", "ي", "ا")
_PRONOUNS = ("هما", "ها", "هم", "ه")
_WAW_STEMS = frozenset(words("waw_stems.txt"))

# What may stand before a word: conjunction, preposition, article (لل = ل + ال),
# shortest first. Normalized.
CLITICS = tuple(
    sorted(
        {
            conj + prep + art
            for conj in ("", "و", "ف")
            for prep in ("", "ب", "ك", "ل")
            for art in ("", "ال", "ل" if prep == "ل" else "ال")
        },
        key=lambda clitics: (len(clitics), clitics),
    )
)
# Endings of relative adjectives (nisba) in number and gender, normalized, longest
# first: الصينيتين، الصينيين، الصينية ... all come from صيني.
NISBA_ENDINGS = ("يتين", "يتان", "يين", "يون", "يان", "يات", "يه", "ي")


def strip_clitics(word: str) -> list[tuple[str, str]]:
    """(clitics, rest) for each way ``word`` may split, least stripped first; the
    rest keeps two letters at least."""
    return [
        (c, word[len(c) :])
        for c in CLITICS
        if word.startswith(c) and len(word) > len(c) + 1
    ]


def nisba_base(word: str) -> str | None:
    """A relative adjective without its ending ("صينيين" -> "صين"), or None."""
    for ending in NISBA_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            return word[: -len(ending)]
    return None


@functools.lru_cache(maxsize=262144)  # news repeats its vocabulary: once a word
def term(word: str) -> str:
    """The index term of a normalized word: its stem, or its singular's for a broken
    plural."""
    found = stem(word)
    return _SINGULARS.get(found, found)


def stem(word: str) -> str:
    """Strip one clitic prefix group and the inflection suffixes of a normalized word.

    Measured against light10, Snowball and Tashaphyne in tests/relevance.
    """
    return _strip_suffixes(strip_prefix(word))


def strip_prefix(word: str) -> str:
    """A normalized word without the clitics the stemmer strips before it."""
    for article in _ARTICLES:
        if word.startswith(article) and len(word) - len(article) >= 2:
            return word[len(article) :]
    # As light10: "and" only on words of 4+ letters, but not on وزير, وزارة ...
    if word.startswith("و") and len(word) > MIN_STEM:
        if _strip_suffixes(word) not in _WAW_STEMS:
            return word[1:]
    return word


def _strip_suffixes(word: str) -> str:
    # Each ending once at most, as light10: stripped again and again, ي and ا took
    # الكيميائي down to كيم (Kim), a name.
    used: set[str] = set()
    while True:
        for suffix in _SUFFIXES:
            if suffix in used:
                continue
            if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
                used.add(suffix)
                word = word[: -len(suffix)]
                # ة is written ت before a pronoun: زيارته -> زيارت -> زيار
                if suffix in _PRONOUNS and word.endswith("ت") and len(word) > MIN_STEM:
                    word = word[:-1]
                break
        else:
            return word


def _singulars() -> dict[str, str]:
    """Stem of each broken plural in the table -> stem of its singular."""
    return {
        stem(normalize(plural)): stem(normalize(singular))
        for plural, singular, *_ in rows("plurals.tsv")
    }


_SINGULARS = _singulars()

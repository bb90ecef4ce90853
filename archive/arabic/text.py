"""Arabic text as search and ingest read it: normalization with offsets, words, stop
words.

Every token keeps offsets into the original text, so snippets show it as written,
marks and all.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from archive.arabic.data import words

# --- normalization --------------------------------------------------------------------

# Tashkeel, Quranic annotation marks, tatweel, isolated harakat presentation forms and
# Latin combining accents: readers do not tell words apart by them. A character class.
MARKS = (
    "\u0300-\u036f\u0610-\u061a\u0640\u064b-\u065f\u0670\u0674"
    "\u06d6-\u06ed\u08d3-\u08ff\ufe70-\ufe7f"
)
_DROPPED = re.compile(f"[{MARKS}]")
# A word as printed, marks and joiners (ZWNJ, ZWJ) inside it: what ingest reads.
PRINTED_WORD = re.compile(f"(?:[^\\W_]|[{MARKS}\u200c\u200d])+")
_LETTER_FOLDS = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ة": "ه",
    "ؤ": "و",
    "ئ": "ي",
    "ی": "ي",  # Persian yeh
    "ک": "ك",  # Persian keheh
    "ھ": "ه",
    "ە": "ه",
}


def _fold_char(char: str) -> str:
    if char in _LETTER_FOLDS:
        return _LETTER_FOLDS[char]
    category = unicodedata.category(char)
    if category == "Cf" or _DROPPED.match(char):  # Cf: bidi marks, ZWJ/ZWNJ, BOM
        return ""
    if category == "Nd":
        return str(unicodedata.decimal(char))
    # Compatibility decomposition unpacks presentation forms and ligatures; its
    # parts are folded in turn (ﻷ -> ل + ا + hamza mark -> لا).
    decomposed = unicodedata.normalize("NFKD", char)
    if decomposed == char:
        return char
    return "".join(map(_fold_char, decomposed))


class _FoldTable(dict):
    """str.translate table filled lazily, one code point at a time."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


_FOLDS = _FoldTable()


def normalize(text: str) -> str:
    """Fold the spellings a reader does not distinguish: marks, hamza seats, digits."""
    return text.translate(_FOLDS)


def normalize_with_offsets(text: str) -> tuple[str, list[int]]:
    """Normalize, and give for each character of the result its index in ``text``."""
    pieces: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        folded = _FOLDS[ord(char)]
        pieces.append(folded)
        offsets.extend([index] * len(folded))
    return "".join(pieces), offsets


# --- tokens ---------------------------------------------------------------------------


class Token(NamedTuple):
    text: str
    start: int  # offsets into the original text, end exclusive
    end: int
    pos: int


_WORD = r"[^\W_]+"
_JOINERS = "-\u2010_"  # hyphen, Unicode hyphen, underscore (hashtags)
_TOKEN = re.compile(rf"\d+(?:[.,]\d+)+|{_WORD}(?:[{_JOINERS}]{_WORD})*")
_JOINER = re.compile(f"[{_JOINERS}]")


def tokenize(text: str, *, compounds: bool = True) -> list[Token]:
    """Cut ``text`` into normalized, lowercased tokens with offsets into ``text``.

    Marks are removed before cutting, so a voweled word stays one token. A
    hyphenated term gives its parts and, when ``compounds``, the whole term too, at
    the position of its first part.
    """
    folded, offsets = normalize_with_offsets(text)
    tokens: list[Token] = []
    pos = 0
    for match in _TOKEN.finditer(folded):
        if compounds and _JOINER.search(match[0]):
            tokens.append(_token(text, offsets, match[0], match.start(), pos))
        start = match.start()
        for part in _JOINER.split(match[0]):
            tokens.append(_token(text, offsets, part, start, pos))
            start += len(part) + 1
            pos += 1
    return tokens


def is_compound(token: str) -> bool:
    """Whether ``token`` is a hyphenated whole, which ``tokenize`` gives beside its
    parts."""
    return bool(_JOINER.search(token))


def _token(text: str, offsets: list[int], word: str, start: int, pos: int) -> Token:
    end = offsets[start + len(word) - 1] + 1
    while end < len(text) and not _FOLDS[ord(text[end])]:
        end += 1  # take the word's trailing marks along, for highlighting
    return Token(word.lower(), offsets[start], end, pos)


# --- stop words -----------------------------------------------------------------------

# Jacques Savoy's list as shipped by Lucene (BSD licence), normalized here.
STOP_WORDS = frozenset(map(normalize, words("stop_words.txt")))

"""Words of Arabic news text, each normalized on its own, with offsets.

The text is cut into words as printed and each word is normalized on its own
(``archive.arabic.normalize``), so matching ignores hamza seats, marks and final
letters while every mention keeps the offsets of the words it covers.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from archive.arabic import normalize
from archive.arabic.names import fold_transliteration

_WORD = re.compile(
    r"(?:[^\W_]|[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d])+"
)
_SENTENCE_BREAK = re.compile(r"[.!?؟؛…\n]")
HASHTAG = re.compile("[#_]")
NORMALIZED = functools.partial(map, normalize)


@dataclass(frozen=True)
class Token:
    text: str  # as printed
    norm: str
    start: int
    end: int
    glued: bool  # only spaces since the previous word: a name may run on
    sentence: int


def tokenize(text: str) -> list[Token]:
    """The words of ``text``, each normalized, with offsets and what lies between;
    a hashtag's marks ("#", "_") and a hyphen between letters part words as spaces
    do."""
    tokens: list[Token] = []
    sentence, previous_end = 0, 0
    for match in _WORD.finditer(text):
        gap = text[previous_end : match.start()]
        sentence += bool(_SENTENCE_BREAK.search(gap))
        # A hashtag joins its words with "_" ("#مايك_بومبيو"), a hyphen the parts of
        # a name ("كيم يونغ-أون"): still one name.
        glued = bool(tokens) and (
            gap == "-" or not HASHTAG.sub(" ", gap).strip() and "\n" not in gap
        )
        norm = normalize(match[0])
        tokens.append(
            Token(match[0], norm, match.start(), match.end(), glued, sentence)
        )
        previous_end = match.end()
    return tokens


def name_words(name: str) -> tuple[str, ...]:
    return tuple(normalize(word) for word in _WORD.findall(name))


def glued_run(tokens: list[Token], first: int, count: int) -> bool:
    """Whether ``count`` words from ``first`` exist with nothing but spaces between."""
    last = first + count
    return last <= len(tokens) and all(t.glued for t in tokens[first + 1 : last])


@functools.lru_cache(maxsize=65536)
def unclitic(word: str) -> tuple[str, ...]:
    """A normalized word and what it may be without a conjunction and a preposition,
    least stripped first ("والصين" -> "الصين"; "للصين" -> "لصين", "الصين")."""
    forms = [word]
    for conjunction in ("", "و", "ف"):
        if not word.startswith(conjunction):
            continue
        rest = word[len(conjunction) :]
        for preposition in ("", "ب", "ل", "ك"):
            if (conjunction or preposition) and rest.startswith(preposition):
                bare = rest[len(preposition) :]
                forms.append(bare)
                if preposition == "ل" and bare.startswith("ل"):  # لل = ل + ال
                    forms.append("ا" + bare)
    return tuple(form for form in dict.fromkeys(forms) if len(form) >= 2)


# "يا": the indefinite accusative ("وفدا أميركيا").
_NISBA_ENDINGS = ("يتين", "يتان", "يين", "يون", "يان", "يات", "يه", "يا", "ي")


def _nisba(word: str) -> str | None:
    """The masculine singular of a relative adjective: "الصينيين" -> "الصيني"."""
    for ending in _NISBA_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            return word[: -len(ending)] + "ي"
    return None


def adjective_key(name: str) -> tuple[str, ...]:
    # Only a bare alif starts an article: "ألماني" keeps its alif, "الصيني" loses "ال".
    words = [
        word[2:] if word.startswith("ال") else word for word in _WORD.findall(name)
    ]
    return tuple(_nisba(normalize(w)) or normalize(w) for w in words)


@functools.lru_cache(maxsize=65536)
def adjective_forms(word: str, first: bool) -> tuple[str, ...]:
    """What an adjective may be in the masculine without its article and, first in
    its name, its clitics ("والصينيين" -> "صيني")."""
    forms = []
    for bare in unclitic(word) if first else (word,):
        for form in (bare, bare[2:] if bare.startswith("ال") else ""):
            if nisba := _nisba(form):
                forms.append(nisba)
    return tuple(dict.fromkeys(forms))


def inside(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    """Whether ``part`` is a run of consecutive words of ``whole``."""
    size = len(part)
    return any(whole[i : i + size] == part for i in range(len(whole) - size + 1))


def skeleton(words: Iterable[str]) -> str:
    """Consonants only, transliteration's letters folded as search folds them:
    spellings of one foreign name differ mostly in long vowels ("رحمن", "رحمان",
    "رحمون"; "كازاكباييف", "كازاكبايف"), غ and ج, doubled letters."""
    return re.sub("[اويهء]", "", "".join(map(fold_transliteration, words)))


def comma_after(text: str, tokens: list[Token], last: int) -> bool:
    """Whether a comma, and nothing else, follows word ``last - 1``."""
    end = tokens[last - 1].end
    stop = tokens[last].start if last < len(tokens) else len(text)
    return text[end:stop].strip() in {",", "،"}

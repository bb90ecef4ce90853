"""Known names and their spellings: which words of a text name whom.

A registry is built from (canonical name, spellings, is a person) entries and never
changes; whoever loads names from elsewhere builds a new one and passes it on.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from archive.arabic.data import rows
from archive.arabic.stems import nisba_base, strip_clitics
from archive.arabic.text import STOP_WORDS, tokenize

# What may stand where a nisba ending was: الروسية -> روس(يا), الأمريكية -> امريك(ا).
_NAME_ENDINGS = ("", "ي", "ا", "يا")
# Foreign personal names are transliterated with غ or ج for /g/ and with or without
# a doubled letter (جاويش / غاويش أوغلو, خامنئي / خامني, توكاييف / توكايف). Checked on
# 10,000 articles of the 2018 corpus for the gazetteer's people: every spelling these
# two folds joined was the same person. ي for /j/ (كيم يونغ أون) is not regular enough
# to fold (it makes يونسون, a company, Boris Johnson): ``transliterations`` proposes
# such spellings and only those verified in the corpus, data/name_variants.tsv, count.
_DOUBLED = re.compile(r"(.)\1")
_J_SOUNDS = "جغ"  # what ي may stand for at the start of a syllable, and the reverse
_SHORTEST_FOLDED = 5  # one-word names shorter than this are too easily other words


@dataclass(frozen=True)
class Name:
    canonical: str
    spellings: frozenset[str]
    person: bool = False  # foreign personal names never take the article


def name_words(name: str) -> tuple[str, ...]:
    """The words of a name as the registry keys them: normalized, no stop words."""
    return tuple(
        token.text
        for token in tokenize(name, compounds=False)
        if token.text not in STOP_WORDS
    )


def transliterations(words: tuple[str, ...]) -> set[tuple[str, ...]]:
    """Other spellings of a person's name (normalized words) by the alternation of ي
    with ج or غ, one letter at a time: كيم جونغ اون -> كيم يونغ اون. Only
    candidates: most are no spelling at all, and some are other words."""
    found = set()
    for index, word in enumerate(words):
        for at, letter in enumerate(word):
            if letter in _J_SOUNDS:
                others = "ي"
            elif letter == "ي" and at < len(word) - 1:  # a final ي is a vowel
                others = _J_SOUNDS
            else:
                continue
            for other in others:
                changed = word[:at] + other + word[at + 1 :]
                found.add((*words[:index], changed, *words[index + 1 :]))
    return found


def verified_transliterations() -> dict[tuple[str, ...], frozenset[tuple[str, ...]]]:
    """The spellings of ``transliterations`` the corpus verified (data file
    name_variants.tsv), by the folded words of the spelling they come from."""
    found: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for spelling, variant, *_ in rows("name_variants.tsv"):
        key = _folded(name_words(spelling))
        found.setdefault(key, set()).add(name_words(variant))
    return {key: frozenset(variants) for key, variants in found.items()}


def default_names() -> list[Name]:
    """The names of ``data/names.tsv``: those no record holds, such as شنغهاي."""
    names = []
    for canonical, kind, *others in rows("names.tsv"):
        spellings = {canonical, *"|".join(others).split("|")} - {""}
        names.append(Name(canonical, frozenset(spellings), kind == "person"))
    return names


class NameRegistry:
    """Spellings of names (normalized word tuples) mapped to a canonical spelling.

    A spelling two names claim belongs to the first.
    """

    def __init__(self, names: Iterable[Name] = ()) -> None:
        self.names = tuple(names)
        verified = _VERIFIED()
        table: dict[tuple[str, ...], tuple[str, ...]] = {}
        spellings: dict[tuple[str, ...], set[str]] = {}
        bare: set[tuple[str, ...]] = set()
        folded: dict[tuple[str, ...], tuple[str, ...]] = {}
        for name in self.names:
            target = name_words(name.canonical)
            if not target:
                continue
            spellings.setdefault(target, set()).update(name.spellings)
            keys = {name_words(spelling) for spelling in name.spellings} - {()}
            if name.person:  # and the transliterations the corpus verified
                for key in list(keys):
                    variants = verified.get(_folded(key), ())
                    keys.update(variants)
                    spellings[target].update(" ".join(v) for v in variants)
            for key in sorted(keys):
                table.setdefault(key, target)
                if name.person:
                    bare.update({key, target})
                    if len(key) > 1 or len(key[0]) >= _SHORTEST_FOLDED:
                        folded.setdefault(_folded(key), target)
        self._table = table
        self._folded = folded
        self._folded_first = frozenset(key[0] for key in folded)
        self._first = frozenset(key[0] for key in table)
        self._bare = frozenset(bare)
        self._longest = max(map(len, table), default=1)
        self._spellings = {
            key: tuple(sorted(found)) for key, found in spellings.items()
        }

    def __len__(self) -> int:
        return len(self._table)

    def canonical(self, name: str) -> str | None:
        """The canonical spelling of ``name``, or None when it is not a known name."""
        words = name_words(name)
        found = self.match(words, 0)
        if found and found[0] == len(words):
            return " ".join(found[1])
        return None

    def is_person(self, canonical: tuple[str, ...]) -> bool:
        """Whether the name whose canonical words are ``canonical`` is a person's."""
        return canonical in self._bare

    def _may_start(self, word: str) -> bool:
        """Whether any form of ``word`` starts a known name: most words start none,
        and one look at their forms spares trying every length of name after them."""
        return any(
            form in self._first or folded in self._folded_first
            for form, _, folded in _name_forms(word, True)
        )

    def spellings(self, canonical: tuple[str, ...]) -> tuple[str, ...]:
        """Every spelling of the name whose canonical words are ``canonical``."""
        return self._spellings.get(canonical, ())

    def match(
        self, words: list[str] | tuple[str, ...], start: int
    ) -> tuple[int, tuple[str, ...]] | None:
        """Longest known name at ``words[start:]``: (words used, canonical words)."""
        if not self._may_start(words[start]):
            return None
        for length in range(min(self._longest, len(words) - start), 0, -1):
            rest = tuple(words[start + 1 : start + length])
            for first, marked, folded in _name_forms(words[start], length == 1):
                key = (first, *rest)
                target = self._table.get(key)
                if target and not (marked and key in self._bare):
                    return length, target
                # Another transliteration of a person's name (never marked).
                if not marked and folded in self._folded_first:
                    target = self._folded.get((folded, *_folded(rest)))
                    if target:
                        return length, target
        return None


@functools.lru_cache(maxsize=65536)
def _name_forms(word: str, single: bool) -> tuple[tuple[str, bool, str], ...]:
    """``word`` with its clitics stripped and, for one-word names, adjective endings:
    each form, whether it was marked as no person's name is (an article or an
    adjective ending stripped to reach it: الرحمن is not رحمن, روحانيين "spiritual" not
    روحاني, تشيني Cheney not تشين Chen), and its transliteration fold."""
    bare = [
        (rest, "ال" in clitics or clitics.endswith("لل"))
        for clitics, rest in strip_clitics(word)
    ]
    forms = list(bare)
    for form, _ in bare if single else ():
        base = nisba_base(form)
        if base:
            forms += [(base + ending, True) for ending in _NAME_ENDINGS]
    return tuple((f, marked, fold_transliteration(f)) for f, marked in forms)


def _folded(key: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(map(fold_transliteration, key))


@functools.lru_cache(maxsize=65536)
def fold_transliteration(word: str) -> str:
    """A normalized word of a foreign name with the letters transliterations vary
    made one: غ as ج (جونغ, جونج), doubled letters single (ماكرون, ماكّرون)."""
    return _DOUBLED.sub(r"\1", word.replace("غ", "ج"))


def verified_variants(words: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    """The spellings of a person's name (normalized words) that name_variants.tsv
    verified for it: كيم يونغ اون for كيم جونغ أون."""
    return _VERIFIED().get(_folded(words), frozenset())


_VERIFIED = functools.cache(verified_transliterations)
DEFAULT_NAMES = NameRegistry(default_names())

"""From text to index terms, and from a query to the terms it may match.

Index: every word as printed (normalized, stemmed) keeps its term, and a known
name's canonical terms and its words exactly as printed ("=" terms) stand beside its
words, at the same positions, never instead of them. So a reader finds an article by
any word it shows, and any spelling of a name finds every other; a person's name is
asked for by its canonical terms and spellings as printed, not by stems that other
words share (رحمون must not find عبد الرحمن).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from archive.arabic.names import DEFAULT_NAMES, NameRegistry
from archive.arabic.stems import strip_prefix, term
from archive.arabic.text import STOP_WORDS, Token, is_compound, tokenize

# Alternative term sequences that may stand at one place of a query.
Slot = frozenset[tuple[str, ...]]
# A one-word name's term is asked for only when the stemmer left this many letters
# at least, and cut at most ``LONGEST_CUT``: shorter stems, or stems of names cut
# more than one ending, are what other words give too (رحمون -> رحم as رحمة,
# روحاني -> روح, عبداللهيان -> عبدالل as عبدالله, شانغهاي -> شانغ).
DISTINCT_TERM = 5
LONGEST_CUT = 2
# Marks the term of a word of a known name as printed, apart from every stem: no
# token holds it ("=رحمن" is رحمن printed, never the stem of الرحمن).
EXACT = "="


def analyze_tokens(
    tokens: Iterable[Token],
    names: NameRegistry = DEFAULT_NAMES,
    *,
    index: bool = True,
) -> list[Token]:
    """Index terms: stop words out, each word's term, and the canonical terms of the
    names it holds and their words as printed (``exact``) beside them. With
    ``index`` false, what Whoosh's own query parser needs, since it requires every
    term a word gives: one term a word, and a known name's canonical terms in place
    of its words.

    Positions are renumbered without gaps (Whoosh phrases need adjacent positions);
    tokens that shared a position (a hyphenated whole and its first part) still do.
    """
    kept = [token for token in tokens if token.text not in STOP_WORDS]
    positions: dict[int, int] = {}
    for token in kept:
        positions.setdefault(token.pos, len(positions))
    # A hyphenated whole keeps its term, but names are read in its parts, as a
    # query reads them: كيم يونغ-أون is كيم يونغ أون.
    result = [
        Token(term(t.text), t.start, t.end, positions[t.pos])
        for t in kept
        if is_compound(t.text)
    ]
    kept = [token for token in kept if not is_compound(token.text)]
    words = [token.text for token in kept]
    start = 0
    while start < len(kept):
        found = names.match(words, start)
        used = found[0] if found else 1
        span = kept[start : start + used]
        if index or not found:
            result += [
                Token(term(t.text), t.start, t.end, positions[t.pos]) for t in span
            ]
        if found:
            if index:  # the words as printed too, which a query for one asks for
                result += [
                    Token(exact(t.text), t.start, t.end, positions[t.pos]) for t in span
                ]
            result += _beside(found[1], span, positions)
        start += used
    # A term once at a position: a canonical word that is also printed there
    # (شي of شي جينبينغ) must not count twice.
    once: dict[tuple[str, int], Token] = {}
    for token in sorted(result, key=lambda token: token.pos):
        once.setdefault((token.text, token.pos), token)
    return list(once.values())


def _beside(
    canonical: tuple[str, ...], span: list[Token], positions: dict[int, int]
) -> list[Token]:
    """A name's canonical terms at the positions of its printed words; a spelling in
    another number of words marks its whole span for each."""
    first = positions[span[0].pos]
    if len(canonical) == len(span):
        return [
            Token(text, t.start, t.end, positions[t.pos])
            for text, t in zip(canonical, span, strict=True)
        ]
    start, end = span[0].start, span[-1].end
    return [Token(text, start, end, first + i) for i, text in enumerate(canonical)]


def analyze_with_offsets(text: str, names: NameRegistry = DEFAULT_NAMES) -> list[Token]:
    """Index terms with the offsets of the words they come from in ``text``."""
    return analyze_tokens(tokenize(text), names)


def analyze(text: str, names: NameRegistry = DEFAULT_NAMES) -> list[str]:
    """The index terms of ``text``."""
    return [token.text for token in analyze_with_offsets(text, names)]


def query_slots(
    text: str, names: NameRegistry = DEFAULT_NAMES, *, fewest: bool = True
) -> list[Slot]:
    """What each place of a query may match, in order: a word's own term (for a
    one-word person's name whose stem is not distinct, the word as printed); for a
    known name, also the forms of ``name_forms``.

    A hyphenated term gives only its parts, which the index holds too. With
    ``fewest`` (``_fewest``), no form of a country's or a place's slot holds another
    of its forms; a person's keep their full names, since a person named in full is
    more likely the subject (tune half of tests/relevance: MAP 0.799 when persons'
    slots lost them too, 0.813 when only places' did).
    """
    words = [
        token.text
        for token in tokenize(text, compounds=False)
        if token.text not in STOP_WORDS
    ]
    slots: list[Slot] = []
    index = 0
    while index < len(words):
        found = names.match(words, index)
        used = found[0] if found else 1
        printed = tuple(map(term, words[index : index + used]))
        if found and used == 1 and names.is_person(found[1]):
            if not _distinct(words[index]):
                # A one-word name wherever printed stands in a name's span, whose
                # words the index holds as printed: its stem finds other words.
                printed = (exact(words[index]),)
        alone = frozenset({printed})
        slot = name_forms(found[1], names) | alone if found else alone
        if fewest and not (found and names.is_person(found[1])):
            slot = _fewest(slot)
        slots.append(slot)
        index += used
    return slots


def _fewest(slot: Slot) -> Slot:
    """``slot`` without the forms that hold another of its forms as consecutive
    terms: they find no article the shorter form does not, and, OR'ed, they only
    count one name again and again against the other words of a query
    (الولايات المتحدة found as ولا متحد, as ولا متحد امريك and by its canonical terms
    outweighed التجارية in الحرب التجارية بين الصين والولايات المتحدة). With the
    registry production builds from the gazetteer, on the tune half of
    tests/relevance: recall@10 and MAP 0.755 / 0.807 -> 0.769 / 0.813, topic queries
    0.736 -> 0.762."""
    return frozenset(
        form
        for form in slot
        if not any(other != form and _holds(form, other) for other in slot)
    )


def _holds(form: tuple[str, ...], part: tuple[str, ...]) -> bool:
    return any(
        form[at : at + len(part)] == part for at in range(len(form) - len(part) + 1)
    )


@functools.lru_cache(maxsize=4096)
def name_forms(canonical: tuple[str, ...], names: NameRegistry) -> Slot:
    """Term sequences a name may have in the index: its canonical terms, which stand
    beside every name known at indexing, and for each of its spellings:

    - a person's: the spelling exactly as printed (``exact``), never its stems,
      which other words and names share (رحمان -> رحم as رحمة, روحاني -> روح);
    - a place's or a country's: the terms of its words, so that a spelling added
      later finds the articles indexed before (كزخستان), where they are distinct
      (``_distinct``) for a one-word spelling (not شانغهاي -> شانغ).
    """
    forms = {canonical}
    person = names.is_person(canonical)
    for spelling in names.spellings(canonical):
        words = tuple(t.text for t in tokenize(spelling, compounds=False))
        words = tuple(w for w in words if w not in STOP_WORDS)
        if words and person:
            forms.add(tuple(map(exact, words)))
        elif len(words) > 1 or (words and _distinct(words[0])):
            forms.add(tuple(map(term, words)))
    return frozenset(forms)


def _distinct(word: str) -> bool:
    """Whether the term of ``word``, a word of a name, is unlikely to be another
    word's."""
    found = term(word)
    cut = len(strip_prefix(word)) - len(found)
    return len(found) >= DISTINCT_TERM and cut <= LONGEST_CUT


def exact(word: str) -> str:
    """The term of a normalized word of a name exactly as printed, clitics and all."""
    return EXACT + word

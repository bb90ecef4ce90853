"""The query language readers type: words, "exact phrases", -exclusions and OR.

Every word must match; OR (or أو) between two parts lets either match; a leading
minus excludes. Parsing never fails: whatever does not fit is read as plain words,
and what holds no searchable word (punctuation, lone operators, stop words) drops out.
"""

from __future__ import annotations

import datetime
import itertools
import re
from dataclasses import dataclass, field, replace

from archive.arabic import DEFAULT_NAMES, NameRegistry, Slot, query_slots
from archive.arabic.kinds import kinds_in, wordings

QUOTES = '"“”«»„'
OR_WORDS = frozenset({"OR", "أو", "او"})
KIND_FIELD = "kinds"  # the index field of the kinds of an article's meetings
WORDING_SLOP = 4  # how far apart the words of a kind's wording may stand
# Caps on what one query may ask: each word costs index lookups, and an unknown one a
# "did you mean" search. A long headline has about 15 words and 120 characters.
MAX_QUERY_CHARS = 300
MAX_WORDS = 24
TOO_LONG = f"نص البحث أطول من {MAX_QUERY_CHARS} حرف: اختصره إلى أهم كلماته."
TOO_MANY_WORDS = f"البحث بأكثر من {MAX_WORDS} كلمة غير ممكن: اختر أهم الكلمات."
MAX_PARTS = 2 * MAX_WORDS  # a word and an operator each: what the caps let through
_PART = re.compile(rf"(-?)[{QUOTES}]([^{QUOTES}]*)[{QUOTES}]|(\S+)")


@dataclass(frozen=True)
class Part:
    text: str
    phrase: bool = False


@dataclass(frozen=True)
class ParsedQuery:
    """Groups that must all match (any part of a group will do) and excluded parts."""

    required: tuple[tuple[Part, ...], ...] = ()
    excluded: tuple[Part, ...] = ()

    @property
    def words(self) -> list[str]:
        """The words a match must show, as typed."""
        return [
            w for group in self.required for part in group for w in part.text.split()
        ]

    @property
    def plain(self) -> list[str]:
        """Words that stand alone: neither in a phrase nor in an OR group."""
        return [g[0].text for g in self.required if _is_plain(g)]

    @property
    def grouped(self) -> list[tuple[Part, ...]]:
        return [g for g in self.required if not _is_plain(g)]


def _is_plain(group: tuple[Part, ...]) -> bool:
    return len(group) == 1 and not group[0].phrase


def over_cap(text: str) -> str | None:
    """Why `text` asks too much of one search, or None when it is within the caps."""
    if len(text) > MAX_QUERY_CHARS:
        return TOO_LONG
    if sum(word not in OR_WORDS for word in text.split()) > MAX_WORDS:
        return TOO_MANY_WORDS
    return None


def parse(text: str) -> ParsedQuery:
    groups: list[list[Part]] = []
    excluded: list[Part] = []
    join_next = after_required = False
    for match in itertools.islice(_PART.finditer(text), MAX_PARTS):
        minus, quoted, word = match.groups()
        if word in OR_WORDS:
            join_next = after_required
            continue
        if word and word.startswith("-") and len(word) > 1:
            minus, word = "-", word[1:]
        part = Part(quoted, phrase=True) if quoted is not None else Part(word)
        if minus:
            excluded.append(part)
        elif join_next:
            groups[-1].append(part)
        else:
            groups.append([part])
        join_next, after_required = False, not minus
    return ParsedQuery(tuple(map(tuple, groups)), tuple(excluded))


@dataclass(frozen=True)
class Sequence:
    """Slots at consecutive positions: one typed word, a name, or a phrase."""

    slots: tuple[Slot, ...]


@dataclass(frozen=True)
class KindWording:
    """A kind of meeting as a query words it: any of its wordings (their words at
    most WORDING_SLOP apart, in order), or an article with a meeting of that kind."""

    kind: str
    wordings: tuple[tuple[str, ...], ...]


Clause = Sequence | KindWording


@dataclass(frozen=True)
class Matching:
    """A parsed query analysed into index terms, for any engine to compile: groups
    that must all match (any clause of a group will do) and excluded sequences."""

    required: tuple[tuple[Clause, ...], ...] = ()
    excluded: tuple[Sequence, ...] = ()
    words: tuple[str, ...] = ()  # typed words, to mark in snippets
    terms: frozenset[str] = frozenset()  # index terms a match may show

    @property
    def loose(self) -> Matching | None:
        """Any one required clause: the nearest matches, or None without words."""
        if not self.required:
            return None
        anyone = tuple(clause for group in self.required for clause in group)
        return replace(self, required=(anyone,))


@dataclass(frozen=True)
class SearchQuery:
    """One search as every backend receives it."""

    matching: Matching = Matching()  # no required group: every article qualifies
    filters: dict[str, str] = field(default_factory=dict)  # index field -> value
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None
    sort: str = "relevance"  # SORTS
    facets: tuple[str, ...] = ()  # index fields to count values of
    page: int = 1
    per_page: int = 20


SORTS = ("relevance", "-date", "date")  # undated articles last either way


def analyse(parsed: ParsedQuery, names: NameRegistry = DEFAULT_NAMES) -> Matching:
    """The index terms each part of `parsed` may match, names known to `names`
    under every spelling.

    Plain words are analysed together, so that a name of several words is found
    whole, and a kind of meeting in any of its wordings; each phrase and each part
    of an OR group is analysed on its own.
    """
    plain = query_slots(" ".join(parsed.plain), names)
    grouped = [[query_slots(p.text, names) for p in g] for g in parsed.grouped]
    excluded = [query_slots(p.text, names) for p in parsed.excluded]
    required, kind_terms = _plain(plain)
    required += [tuple(Sequence(tuple(s)) for s in group if s) for group in grouped]
    slots = itertools.chain(plain, *itertools.chain(*grouped))
    return Matching(
        required=tuple(group for group in required if group),
        excluded=tuple(Sequence(tuple(s)) for s in excluded if s),
        words=tuple(parsed.words),
        terms=frozenset(t for slot in slots for form in slot for t in form)
        | kind_terms,
    )


def _plain(slots: list[Slot]) -> tuple[list[tuple[Clause, ...]], frozenset[str]]:
    """A group for each slot, but one for each run of slots that words a kind of
    meeting; and the terms of those wordings."""
    groups: list[tuple[Clause, ...]] = []
    terms, start = set(), 0
    for first, end, kind in kinds_in(slots):
        groups += [(Sequence((slot,)),) for slot in slots[start:first]]
        said = tuple(wordings(kind))
        terms.update(*said)
        groups.append((KindWording(kind, said),))
        start = end
    groups += [(Sequence((slot,)),) for slot in slots[start:]]
    return groups, frozenset(terms)


def compile_query(parsed: ParsedQuery, fields: tuple[str, ...], names=DEFAULT_NAMES):
    """`parsed` as the Whoosh backend runs it over `fields`: `.query` and `.loose`
    (the relevance harness, tests/relevance, evaluates those)."""
    from archive.search.backend import Compiled  # Whoosh only when asked for

    return Compiled.of(analyse(parsed, names), fields)

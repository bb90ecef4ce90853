"""The query language readers type: words, "exact phrases", -exclusions and OR.

Every word must match; OR (or أو) between two parts lets either match; a leading
minus excludes. Parsing never fails: whatever does not fit is read as plain words,
and what holds no searchable word (punctuation, lone operators, stop words) drops out.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from whoosh import query as wq

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
class Compiled:
    """A parsed query as Whoosh queries over the text fields."""

    query: wq.Query | None  # None: nothing to match, so every document qualifies
    loose: wq.Query | None  # any one required part: the nearest matches
    words: tuple[str, ...]  # typed words, to mark in snippets
    terms: frozenset[str]  # index terms a match may show, to find its passage


def compile_query(
    parsed: ParsedQuery,
    fields: tuple[str, ...],
    names: NameRegistry = DEFAULT_NAMES,
) -> Compiled:
    """Whoosh queries matching in any of `fields` (their boosts live in the schema),
    names known to `names` under every spelling.

    Plain words are analyzed together, so that a name of several words is found
    whole, and a kind of meeting in any of its wordings; each phrase and each part
    of an OR group is analyzed on its own.
    """
    plain = query_slots(" ".join(parsed.plain), names)
    grouped = [[query_slots(p.text, names) for p in g] for g in parsed.grouped]
    excluded = [query_slots(p.text, names) for p in parsed.excluded]
    required, kind_terms = _plain(plain, fields)
    required += [_any([_sequence(s, fields) for s in group]) for group in grouped]
    required = [q for q in required if q]
    negative = _any([_sequence(s, fields) for s in excluded])
    slots = itertools.chain(plain, *itertools.chain(*grouped))
    return Compiled(
        query=_without(wq.And(required) if required else None, negative),
        loose=_without(_any(required), negative),
        words=tuple(parsed.words),
        terms=frozenset(t for slot in slots for form in slot for t in form)
        | kind_terms,
    )


def _plain(
    slots: list[Slot], fields: tuple[str, ...]
) -> tuple[list[wq.Query], frozenset[str]]:
    """A query for each slot, but one for each run of slots that words a kind of
    meeting: any of its wordings, or a meeting of that kind; and the terms of those
    wordings."""
    queries, terms, start = [], set(), 0
    for first, end, kind in kinds_in(slots):
        queries += [_slot(slot, fields) for slot in slots[start:first]]
        said = wordings(kind)
        terms.update(*said)
        # The subject may stand inside a wording: "تحدث الرئيس الروسي هاتفيا".
        near = [wq.Phrase(f, list(w), slop=WORDING_SLOP) for w in said for f in fields]
        queries.append(_any([*near, wq.Term(KIND_FIELD, kind)]))
        start = end
    queries += [_slot(slot, fields) for slot in slots[start:]]
    return queries, frozenset(terms)


def _without(query: wq.Query | None, negative: wq.Query | None) -> wq.Query | None:
    return wq.AndNot(query or wq.Every(), negative) if negative else query


def _sequence(slots: list[Slot], fields: tuple[str, ...]) -> wq.Query | None:
    """Slots at consecutive positions (a phrase, or one typed word) in any field."""
    if len(slots) < 2:
        return _slot(slots[0], fields) if slots else None
    if all(len(slot) == 1 for slot in slots):
        words = [word for slot in slots for form in slot for word in form]
        return _any([wq.Phrase(field, words) for field in fields])
    return _any([wq.Sequence([_slot(s, (field,)) for s in slots]) for field in fields])


def _slot(slot: Slot, fields: tuple[str, ...]) -> wq.Query:
    return _any([_form(form, field) for form in sorted(slot) for field in fields])


def _form(form: tuple[str, ...], field: str) -> wq.Query:
    return wq.Term(field, form[0]) if len(form) == 1 else wq.Phrase(field, list(form))


def _any(queries: list[wq.Query | None]) -> wq.Query | None:
    queries = [q for q in queries if q]
    if len(queries) > 1:
        return wq.Or(queries)
    return queries[0] if queries else None

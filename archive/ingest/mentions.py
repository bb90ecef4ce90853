"""Where a text names countries and people of a gazetteer: spans of words."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from itertools import product

from archive.ingest.gazetteer import Gazetteer, Names
from archive.ingest.words import (
    Token,
    adjective_forms,
    glued_run,
    skeleton,
    unclitic,
)


@dataclass(frozen=True)
class Mention:
    key: Hashable
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Span:
    """Words ``first`` to ``last`` (exclusive) of a text name ``key``."""

    key: Hashable
    first: int
    last: int
    adjective: bool = False


def _same(word: str) -> tuple[str, ...]:
    return (word,)


def _first_adjective(word: str) -> tuple[str, ...]:
    return adjective_forms(word, True)


def _other_adjective(word: str) -> tuple[str, ...]:
    return adjective_forms(word, False)


def match_name(tokens: list[Token], i: int, names: Names, first_forms, other_forms):
    """The longest name of ``names`` starting at word ``i``: (length, value) or None."""
    firsts = [form for form in first_forms(tokens[i].norm) if form in names.firsts]
    if not firsts:
        return None
    for count in range(min(names.longest, len(tokens) - i), 0, -1):
        if not glued_run(tokens, i, count):
            continue
        forms = [firsts, *(other_forms(t.norm) for t in tokens[i + 1 : i + count])]
        for words in product(*forms):
            if words in names:
                return count, names[words]
    return None


def country_at(tokens: list[Token], i: int, gazetteer: Gazetteer) -> Span | None:
    name = match_name(tokens, i, gazetteer.countries, unclitic, _same)
    adjective = match_name(
        tokens, i, gazetteer.adjectives, _first_adjective, _other_adjective
    )
    if adjective and (not name or adjective[0] > name[0]):
        return Span(adjective[1], i, i + adjective[0], adjective=True)
    return Span(name[1], i, i + name[0]) if name else None


def organization_at(tokens: list[Token], i: int, gazetteer: Gazetteer) -> Span | None:
    found = match_name(tokens, i, gazetteer.organizations, unclitic, _same)
    return Span(found[1], i, i + found[0]) if found else None


def scan(tokens: list[Token], find) -> list[Span]:
    """Non-overlapping spans, left to right, each the longest at its first word."""
    spans, i = [], 0
    while i < len(tokens):
        span = find(i)
        if span:
            spans.append(span)
        i = span.last if span else i + 1
    return spans


def _respelled(
    tokens: list[Token], i: int, gazetteer: Gazetteer, title_country: str | None
) -> Span | None:
    """A full name in another spelling ("عبدالفتاح" for "عبد الفتاح"), trusted only
    right after a title of the person's country."""
    if not title_country:
        return None
    for count in range(min(4, len(tokens) - i), 1, -1):
        if glued_run(tokens, i, count):
            key = gazetteer.skeletons.get(
                skeleton(t.norm for t in tokens[i : i + count])
            )
            if key is not None and gazetteer.person_country.get(key) == title_country:
                return Span(key, i, i + count)
    return None


def person_at(
    tokens: list[Token],
    i: int,
    gazetteer: Gazetteer,
    seen: dict[Hashable, int],
    title_country: str | None,
) -> Span | None:
    found = match_name(tokens, i, gazetteer.full_names, unclitic, _same)
    if found:
        return Span(found[1], i, i + found[0])
    found = match_name(tokens, i, gazetteer.short_names, unclitic, _same)
    if not found:
        return _respelled(tokens, i, gazetteer, title_country)
    count, keys = found
    # The person most recently named in full, else the only one of the country a
    # title just named ("الرئيس الصيني شي").
    named = sorted((k for k in keys if k in seen), key=seen.__getitem__)
    titled = [k for k in keys if gazetteer.person_country.get(k) == title_country]
    if named:
        return Span(named[-1], i, i + count)
    if title_country and len(titled) == 1:
        return Span(titled[0], i, i + count)
    return None

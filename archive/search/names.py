"""Every spelling of a country, a person or a place, from the alias records, for search.

The records drive two things. The analyzer's registry (`analysis.variants()`) maps
each spelling to its entity's canonical name as text is indexed and queried. Query
expansion then ORs, for a name in a query, every form each spelling of that name may
have left in the index: the canonical terms, and the plain terms a spelling got if
it was indexed before anyone recorded it. So a spelling added in the admin works at
once, with no reindexing. A change to a record marks the registry stale; the next
search or index write reloads it from the database.
"""

from __future__ import annotations

import functools
import threading
from collections import defaultdict
from dataclasses import dataclass

from django.db import transaction

from archive import analysis
from archive.models import Country, Person, Place

_lock = threading.Lock()
_generation = 0  # bumped by every change to a name record


@dataclass(frozen=True)
class _Loaded:
    generation: int
    version: int  # of the registry, which others may also replace
    groups: dict[tuple[str, ...], tuple[str, ...]]  # canonical terms -> spellings


_loaded: _Loaded | None = None


# What may stand at one place of a query: alternative term sequences.
Slot = frozenset[tuple[str, ...]]


def mark_stale(**signal_kwargs) -> None:
    """Receiver for changes to name records: stale now, and again once committed
    (a thread that reloaded in between saw the old rows)."""
    global _generation
    _generation += 1
    if signal_kwargs:
        transaction.on_commit(mark_stale)


def ensure_current() -> dict[tuple[str, ...], tuple[str, ...]]:
    """The spelling groups, reloading them and the registry if they are stale."""
    global _loaded
    with _lock:
        loaded = _loaded
        if (
            loaded is None
            or loaded.generation != _generation
            or loaded.version != analysis.variants().version
        ):
            generation = _generation
            groups = _load()
            loaded = _loaded = _Loaded(generation, analysis.variants().version, groups)
        return loaded.groups


def expand(terms: list[str]) -> list[Slot]:
    """Analyzed query terms as slots; a known name's terms give the forms of all its
    spellings."""
    groups = ensure_current()
    version = analysis.variants().version
    longest = max(map(len, groups), default=1)
    slots, start = [], 0
    while start < len(terms):
        for length in range(min(longest, len(terms) - start), 0, -1):
            spellings = groups.get(tuple(terms[start : start + length]))
            if spellings:
                slots.append(_slot(spellings, version))
                break
        else:
            length = 1
            slots.append(frozenset({(terms[start],)}))
        start += length
    return slots


def _load() -> dict[tuple[str, ...], tuple[str, ...]]:
    entities = list(_entities())
    mapping: dict[str, str] = {}
    for _, canonical, spellings in entities:
        for spelling in spellings:
            mapping.setdefault(spelling, canonical)  # the first claim wins
    people = set(analysis.DEFAULT_PERSON_NAMES)
    people.update(*(spellings for model, _, spellings in entities if model is Person))
    analysis.variants().replace(mapping, people=people)
    groups: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for _, canonical, spellings in entities:
        groups[tuple(analysis.analyze(canonical))].update(spellings)
    return {key: tuple(sorted(group)) for key, group in groups.items() if key}


def _entities():
    """(model, canonical name, all its spellings) for each country, person and place,
    then the analysis module's own list (names no record holds, such as شنغهاي)."""
    # A country wins a spelling it shares with a place (الكويت, عمان).
    for model in (Country, Person, Place):
        for record in model.objects.prefetch_related("aliases").order_by("pk"):
            spellings = {alias.text for alias in record.aliases.all()}
            yield model, record.name_ar, spellings | {record.name_ar}
    for variant, canonical in analysis.DEFAULT_NAME_VARIANTS.items():
        yield None, canonical, {variant, canonical}


@functools.lru_cache(maxsize=1024)
def _slot(spellings: tuple[str, ...], version: int) -> Slot:
    # `version` only keys the cache: analyses change when the registry does.
    return frozenset().union(*map(_forms, spellings))


def _forms(spelling: str) -> frozenset[tuple[str, ...]]:
    """Term sequences `spelling` may have in the index: its analysis now, its words
    (as a canonical name), and their plain stems (indexed before it was recorded)."""
    words = analysis.name_words(spelling)
    forms = {tuple(analysis.analyze(spelling)), words, tuple(map(analysis.stem, words))}
    return frozenset(form for form in forms if form)

"""Every spelling of a country, a person or a place, from the alias records, for search.

The records fill the name registry of the Arabic core (`archive.arabic.names`),
which the analyzer and query expansion are given. A change to a record marks the
registry stale; the next search or index write builds it again from the database.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from django.db import transaction

from archive.arabic import Name, NameRegistry
from archive.arabic.names import default_names
from archive.models import Country, Person, Place

_lock = threading.Lock()
_generation = 0  # bumped by every change to a name record


@dataclass(frozen=True)
class _Loaded:
    generation: int
    registry: NameRegistry


_loaded: _Loaded | None = None


def mark_stale(**signal_kwargs) -> None:
    """Receiver for changes to name records: stale now, and again once committed
    (a thread that reloaded in between saw the old rows)."""
    global _generation
    _generation += 1
    if signal_kwargs:
        transaction.on_commit(mark_stale)


def registry() -> NameRegistry:
    """The registry of the names the records hold, rebuilt if they changed."""
    global _loaded
    with _lock:
        if _loaded is None or _loaded.generation != _generation:
            generation = _generation
            _loaded = _Loaded(generation, _load())
        return _loaded.registry


def _load() -> NameRegistry:
    return NameRegistry(
        Name(canonical, frozenset(spellings), model is Person)
        for model, canonical, spellings in _entities()
    )


def _entities():
    """(model, canonical name, all its spellings) for each country, person and place,
    then the Arabic core's own list (names no record holds, such as شنغهاي)."""
    # A country wins a spelling it shares with a place (الكويت, عمان).
    for model in (Country, Person, Place):
        for record in model.objects.prefetch_related("aliases").order_by("pk"):
            spellings = {alias.text for alias in record.aliases.all()}
            yield model, record.name_ar, spellings | {record.name_ar}
    for name in default_names():
        yield Person if name.person else None, name.canonical, name.spellings

"""Every spelling of a country, a person or a place, from the alias records, for search.

The records fill the name registry of the Arabic core (`archive.arabic.names`),
which the analyzer and query expansion are given. A change to a record marks the
registry stale; the next search or index write builds it again from the database.
Other processes learn of the change from `NameSpellingsVersion`, raised in the
change's own transaction and read at most once every CHECK_EVERY seconds.
"""

from __future__ import annotations

import contextlib
import threading
import time
from dataclasses import dataclass

from django.db import transaction
from django.db.models import F

from archive.arabic import Name, NameRegistry
from archive.arabic.names import default_names
from archive.models import Country, NameSpellingsVersion, Person, Place

CHECK_EVERY = 1.0  # seconds a process trusts the shared version it last read

_lock = threading.Lock()
_generation = 0  # bumped by every change to a name record this process makes


@dataclass(frozen=True)
class _Loaded:
    generation: int
    shared: int | None  # NameSpellingsVersion's number when loaded
    registry: NameRegistry


@dataclass(frozen=True)
class _Read:
    at: float  # time.monotonic()
    number: int | None


_loaded: _Loaded | None = None
_shared = _Read(float("-inf"), None)
_batch = threading.local()  # a `told_once` block: whether it changed names
_watching = threading.local()  # a `watched` block: whether it used the registry


@dataclass
class Watch:
    used: bool = False


def mark_stale(**signal_kwargs) -> None:
    """Receiver for changes to name records: stale now, for every process once
    committed, and here again once committed (a thread that reloaded in between
    saw the old rows). Called alone, it also reads the shared version again."""
    global _generation, _shared
    _generation += 1
    if not signal_kwargs:
        _shared = _Read(float("-inf"), None)
        return
    if getattr(_batch, "open", False):
        _batch.changed = True
    else:
        announce_change()
    transaction.on_commit(mark_stale)


@contextlib.contextmanager
def told_once():
    """Other processes learn of the block's name changes once, as it ends, not of
    each as it commits: an ingest proposes people by the hundred, and each web
    worker rebuilding its registry for every one would cost readers more than the
    wait (this process sees each change at once)."""
    _batch.open, _batch.changed = True, False
    try:
        yield
    finally:
        _batch.open = False
        if _batch.changed:
            announce_change()


def announce_change() -> None:
    """Have every process build its registry again (in the current transaction):
    for writes that send no signal, such as the gazetteer's bulk loads."""
    versions = NameSpellingsVersion.objects
    if not versions.filter(pk=1).update(number=F("number") + 1):
        versions.get_or_create(pk=1, defaults={"number": 1})


def _shared_version() -> int | None:
    """NameSpellingsVersion's number, read again once CHECK_EVERY has passed."""
    global _shared
    now = time.monotonic()
    if now - _shared.at >= CHECK_EVERY:
        rows = NameSpellingsVersion.objects.filter(pk=1).values_list("number")
        _shared = _Read(now, next((number for (number,) in rows), None))
    return _shared.number


@contextlib.contextmanager
def watched():
    """Within the block, whether this thread used the registry: a page rendered
    there depends on the names' version."""
    watch = _watching.current = Watch()
    try:
        yield watch
    finally:
        _watching.current = None


def registry() -> NameRegistry:
    """The registry of the names the records hold, rebuilt if they changed."""
    global _loaded
    if watch := getattr(_watching, "current", None):
        watch.used = True
    with _lock:
        current = (_generation, _shared_version())
        if _loaded is None or (_loaded.generation, _loaded.shared) != current:
            _loaded = _Loaded(*current, _load())
        return _loaded.registry


def version() -> int | None:
    """The shared version of the names the registry holds (built again first if
    stale): a page rendered with the registry depends on it."""
    registry()
    return _loaded.shared


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

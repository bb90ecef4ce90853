"""The search outbox: the database says what the index still lacks.

Every write to an article queues its id in `PendingIndex` inside the same transaction
(signals.py), so a run killed at any point leaves the index's debt on record. A drain
indexes what is queued and forgets exactly the rows it indexed. Ingest drains as it
goes and at its end (with what a killed run left), an edit indexes its own articles
once committed, and `check_index` repairs any drift.

With PostgreSQL as the index (a backend whose `transactional` is true), the index is a
table of the same database: a transaction's queued articles are indexed in it, just
before it commits (archive.search.database) or when a search in it must see them, so
the outbox is empty again at every commit.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import operator
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass

from django.db import connections as databases
from django.db import transaction
from django.db.models import Max, Q
from haystack import connections

from archive.models import Article, IndexAction, PendingIndex
from archive.search.base import RETRY_EVERY, IndexBusy

log = logging.getLogger(__name__)

BATCH = 100  # articles per index commit (about a second of the writer's lock)
LOCK_WAIT = 60  # seconds a waiting drain gives another index writer

_state = threading.local()
__all__ = ["IndexBusy", "drain", "index_articles", "indexed_ids", "queue"]


def queue(article_ids: Iterable[int], action: str = IndexAction.UPDATE) -> None:
    """Record, in the current transaction, that the index must catch up on these
    articles; once committed, drain (unless a `queued_together` block collects)."""
    actions = dict.fromkeys(article_ids, action)
    batch = getattr(_state, "batch", None)
    if batch is not None:
        batch.update(actions)
        return
    _write(actions)
    if _backend().transactional:
        _pending(set(actions))
    # A save indexes its own articles, not a backlog a running ingest will index.
    # (After a transactional index's commit, there is nothing left to drain.)
    transaction.on_commit(functools.partial(drain_soon, set(actions)))


def _pending(article_ids: set[int]) -> None:
    """With an index in the records' database: index in the open transaction just
    before it commits (archive.search.database), once whatever the signals; with no
    transaction open, now."""
    connection = transaction.get_connection()
    if connection.in_atomic_block and hasattr(connection, "search_pending"):
        connection.search_pending.update(article_ids)
    else:
        drain(only=article_ids)


def flush(connection=None) -> int:
    """Index what this connection's open transaction queued (before its commit, or
    before a search that must see it)."""
    connection = connection or transaction.get_connection()
    pending = getattr(connection, "search_pending", None)
    if not pending:
        return 0
    article_ids = set(pending)
    pending.clear()
    return drain(only=article_ids)


@dataclass
class Block:
    indexed: int = 0  # articles indexed as the block ended (a transactional index)


@contextlib.contextmanager
def queued_together():
    """Write the block's queued ids once, as it ends, instead of once per signal (an
    ingested file sends dozens). Enter it inside the transaction it belongs to; the
    caller drains, unless the index is transactional: then the block's articles
    are indexed as it ends, in its transaction (`Block.indexed` says how many)."""
    previous = getattr(_state, "batch", None)
    _state.batch = {}
    block = Block()
    try:
        yield block
        _write(_state.batch)
        if _state.batch and _backend().transactional:
            block.indexed = drain(only=set(_state.batch))
    finally:
        _state.batch = previous


def _write(actions: dict[int, str]) -> None:
    # One upsert: a row already queued keeps its id and gets a new queued_at.
    PendingIndex.objects.bulk_create(
        [PendingIndex(article_id=pk, action=act) for pk, act in actions.items()],
        update_conflicts=True,
        unique_fields=["article_id"],
        update_fields=["action", "queued_at"],
    )


def drain(*, wait: bool = True, only: Iterable[int] | None = None) -> int:
    """Index what the outbox holds (or its rows for the articles `only`), a batch
    per index commit; return how many.

    Rows queued after the drain began (a staff edit saved while an ingest drains its
    backlog) go before the rest of the backlog: they wait for one batch, not all.
    Each row is forgotten only if it is still the row that was read: an article
    queued again meanwhile stays queued for the next drain. Without `wait`, raise
    IndexBusy instead of waiting for another process's index writer.
    """
    pending = PendingIndex.objects.order_by("pk")
    if only is not None:
        pending = pending.filter(article_id__in=only)
    began = pending.aggregate(last=Max("pk"))["last"] or 0
    done, after, newest = 0, 0, began
    while True:
        rows = _rows(pending.filter(pk__gt=newest))
        if rows:
            newest = rows[-1][0]
        elif rows := _rows(pending.filter(pk__gt=after, pk__lte=began)):
            after = rows[-1][0]
        else:
            return done
        if not wait and index_busy():
            raise IndexBusy
        index_articles((pk for _, pk, _ in rows), wait=wait)
        matches = (Q(article_id=pk, queued_at=at) for _, pk, at in rows)
        PendingIndex.objects.filter(functools.reduce(operator.or_, matches)).delete()
        done += len(rows)


def _rows(pending) -> list[tuple]:
    return list(pending.values_list("pk", "article_id", "queued_at")[:BATCH])


def drain_soon(article_ids: set[int]) -> None:
    """After a commit: index these articles now if the index is free, else from a
    background thread once it is. A save never waits behind another process's index
    write, and a failing index never fails a save that is already committed. (The
    other callbacks of one save find its rows already drained.)"""
    try:
        drain(wait=False, only=article_ids)
    except IndexBusy:
        thread = threading.Thread(target=_drain_when_free, args=[article_ids])
        thread.daemon = True
        thread.start()
    except Exception:
        log.exception("search index not updated; the outbox keeps the articles")


def _drain_when_free(article_ids: set[int]) -> None:
    try:
        deadline = time.monotonic() + LOCK_WAIT
        while time.monotonic() < deadline:
            time.sleep(RETRY_EVERY)
            with contextlib.suppress(IndexBusy):
                drain(wait=False, only=article_ids)
                return
        log.warning("search index busy for %s s; the outbox keeps the rest", LOCK_WAIT)
    except Exception:
        log.exception("search index not updated; the outbox keeps the articles")
    finally:
        databases.close_all()  # this thread's own connections


def index_busy() -> bool:
    """Whether another writer holds the index's lock (PostgreSQL's rows lock
    themselves)."""
    return _backend().index_busy()


def _backend():
    backend = connections["default"].get_backend()
    if not backend.setup_complete:
        backend.setup()
    return backend


class _Articles:
    """Articles by id, fetched a batch at a time; Haystack's Whoosh backend wants
    `len()` and writes whatever it iterates in one commit."""

    def __init__(self, queryset, ids):
        self.queryset, self.ids = queryset, sorted(ids)

    def __len__(self):
        return len(self.ids)

    def __iter__(self):
        for start in range(0, len(self.ids), BATCH):
            yield from self.queryset.filter(pk__in=self.ids[start : start + BATCH])


def index_articles(article_ids: Iterable[int], *, wait: bool = True) -> None:
    """Write these articles to the index in one commit, removing those now gone.

    Haystack's Whoosh backend waits for the writer lock to update, but a removal
    that finds it taken is only logged: here it waits too, or raises IndexBusy.
    """
    index = connections["default"].get_unified_index().get_index(Article)
    backend = index.get_backend()
    wanted = set(article_ids)
    present = set(Article.objects.filter(pk__in=wanted).values_list("pk", flat=True))
    if present:
        backend.update(index, _Articles(index.index_queryset(), present))
    for gone in wanted - present:
        _remove(backend, gone, wait=wait)


def _remove(backend, article_id: int, *, wait: bool) -> None:
    backend.remove_waiting(f"archive.article.{article_id}", LOCK_WAIT if wait else 0)


def indexed_ids() -> set[int]:
    """Ids of the articles the index holds."""
    return _backend().indexed_ids()

"""What every search backend shares, engine-neutral: the page of hits it answers
with, and the few rules both engines apply alike.

A backend (backend.py for Whoosh, postgres.py for PostgreSQL) is a Haystack backend
(update, remove, clear, so rebuild_index and the outbox work unchanged) that also
answers the archive's own calls:

- ``find(SearchQuery) -> Hits``: compile the engine-neutral query and run it;
- ``doc_frequency(term)``, ``closest_term(term, maxdist)``, ``first_doc(term)``: what
  "did you mean" asks of the index's vocabulary;
- ``indexed_ids()``, ``index_busy()``, ``remove_waiting(doc_id, wait)``: what the
  outbox and ``check_index`` ask;
- ``transactional``: whether a write joins the database transaction (then a save is
  indexed before it commits, never after);
- ``generation()``: a number that changes with every write to the index, for the
  page cache (None when the backend keeps none: pages are then not kept).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

TEXT_FIELDS = ("title", "text")  # the analysed fields a query matches in
RETRY_EVERY = 0.25  # seconds between tries for a busy index


class IndexBusy(Exception):
    """Another process holds the index's writer lock."""


@dataclass
class Hits:
    """One page of a search: stored fields of each hit, total count, facet counts.

    Each doc holds the index's fields (``django_id``, ``title``, ``text``, ``date``
    as a datetime, ``countries`` comma-joined, ...) and ``offsets``: the (start, end)
    of the query's terms in ``text``, to cut the snippet around.
    """

    total: int = 0
    docs: list[dict] = field(default_factory=list)
    facets: dict[str, dict[str, int]] = field(default_factory=dict)


def as_datetime(day: datetime.date | None) -> datetime.datetime | None:
    return day and datetime.datetime.combine(day, datetime.time.min)

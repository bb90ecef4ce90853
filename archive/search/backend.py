"""Haystack's Whoosh backend, with Arabic analysis where its defaults assume English.

Haystack makes every text field stored and English-stemmed, highlights with an
English stemmer and opens a new searcher per query. Here the schema follows each
index field's own settings (analyzer, boost, stored or not; the body is read from the
database instead), highlighting uses the Arabic analysis, and `find` runs a ready
Whoosh query on one searcher per index, shared by every thread and reopened only when
the index has changed. Until then the searcher keeps what it worked out: totals and
facets come from set algebra over the documents of a query's parts, a phrase's
matches are found once and ranked from their kept scores, and a recent search's
answer is given again.
"""

from __future__ import annotations

import heapq
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from haystack import connections
from haystack.backends.whoosh_backend import WhooshEngine, WhooshSearchBackend
from haystack.constants import DJANGO_CT, DJANGO_ID, ID
from whoosh import fields
from whoosh import query as wq
from whoosh.index import LockError
from whoosh.query import Query, QueryError, Term

from archive import arabic
from archive.search import names
from archive.search.base import RETRY_EVERY, TEXT_FIELDS, Hits, IndexBusy, as_datetime
from archive.search.query import (
    KIND_FIELD,
    WORDING_SLOP,
    Clause,
    KindWording,
    Matching,
    SearchQuery,
    Sequence,
)
from archive.search.whoosh_facets import FacetTable, facet_values
from archive.search.whoosh_segments import Segments
from archive.search.whoosh_vectors import CompactCharacters, CompactPositions

log = logging.getLogger(__name__)

CACHED_SEARCHES = 256  # answers kept per searcher: the home page, popular queries
CACHED_PARTS = 64  # document sets of query parts kept per searcher (country names)


class _Shared:
    """A searcher and what holds until the index changes: the facet table and the
    answers of recent searches (a write reopens the searcher, so none is stale).
    What is read from the index goes through its segments, which keep it across
    writes."""

    def __init__(self, path: str, searcher):
        self.searcher = searcher
        self.segments = Segments(path, searcher)
        self.facet_table = FacetTable(
            lambda field: self.segments.column(("facet", field), facet_values(field))
        )
        self.answers: OrderedDict[tuple, Hits] = OrderedDict()
        self._parts: OrderedDict[Query, frozenset[int] | _Scored] = OrderedDict()
        self._date_keys: list[tuple[bool, int]] | None = None

    def docs(self, query: Query) -> frozenset[int]:
        """The documents matching `query`: its And, Or and AndNot as set algebra
        over the documents of its other parts, those kept for the next searches
        (a phrase or a name is worked out once, not once per query holding it)."""
        if isinstance(query, wq.And):
            return frozenset.intersection(
                *sorted(map(self.docs, query.subqueries), key=len)
            )
        if isinstance(query, wq.Or):
            return frozenset().union(*map(self.docs, query.subqueries))
        if isinstance(query, wq.AndNot):
            return self.docs(query.a) - self.docs(query.b)
        if isinstance(query, (wq.Term, wq.Phrase)):
            return self.scored(query).docs
        return self._kept(query, lambda: self.segments.docs(query))

    def scored(self, query: wq.Term | wq.Phrase) -> _Scored:
        return self._kept(query, lambda: _Scored.of(self.segments.scores(query)))

    def best(self, query: Query, docs: frozenset[int], limit: int) -> list | None:
        """The `limit` best of `docs` by relevance: a document's score is the sum of
        its scores in the words and phrases of `query` that it holds, as Whoosh adds
        them up (ties go to the first indexed, as in Whoosh). None when the query has
        a part whose scores are not kept."""
        parts = _scored_parts(query)
        if parts is None:
            return None
        total = dict.fromkeys(docs, 0.0)
        for part in parts:
            scores = self.scored(part).scores
            for docnum in docs & scores.keys():
                total[docnum] += scores[docnum]
        return heapq.nlargest(limit, docs, key=lambda docnum: (total[docnum], -docnum))

    def _kept(self, query: Query, work):
        if query in self._parts:
            self._parts.move_to_end(query)
            return self._parts[query]
        found = self._parts[query] = work()
        if len(self._parts) > CACHED_PARTS:
            self._parts.popitem(last=False)
        return found

    def first_in_order(self, sort: str, docs: Collection[int], limit: int) -> list:
        """The first `limit` of `docs` by date (`sort` "date" or "-date"), undated
        last either way, ties in index order."""
        if self._date_keys is None:
            self._date_keys = self.segments.column(("date order",), _date_keys)
        keys, sign = self._date_keys, -1 if sort.startswith("-") else 1
        return heapq.nsmallest(
            limit, docs, key=lambda n: (keys[n][0], sign * keys[n][1], n)
        )

    def remember(self, key: tuple, hits: Hits) -> Hits:
        self.answers[key] = hits
        if len(self.answers) > CACHED_SEARCHES:
            self.answers.popitem(last=False)
        return hits


@dataclass(frozen=True)
class _Scored:
    """Every document matching a word or a phrase, with the score Whoosh gives it
    there (BM25F, the field's boost in)."""

    scores: dict[int, float]
    docs: frozenset[int]

    @classmethod
    def of(cls, scores: dict[int, float]) -> _Scored:
        return cls(scores, frozenset(scores))


def _date_keys(reader) -> list[tuple[bool, int]]:
    """Each document of a segment as the date sorts compare it: undated or not, and
    its date as Whoosh stores it."""
    count = reader.doc_count_all()
    dated = _raw_column(reader, "dated", count, b"false")
    dates = _raw_column(reader, "date", count, 0)
    return [(flag != b"true", date) for flag, date in zip(dated, dates, strict=True)]


def _raw_column(reader, field: str, count: int, default) -> list:
    if not reader.has_column(field):
        return [default] * count
    return list(reader.column_reader(field, translate=False))


def _scored_parts(query: Query, in_or: bool = False) -> list[Query] | None:
    """The words and phrases whose scores add up to a match's, or None when the
    query holds a part of another kind. Under an Or, an And or an AndNot may hold
    words of a document it does not match: None too."""
    if isinstance(query, (wq.Term, wq.Phrase)):
        return [query]
    if isinstance(query, wq.AndNot) and not in_or:
        return _scored_parts(query.a)  # what it excludes adds nothing
    if isinstance(query, wq.Or) or (isinstance(query, wq.And) and not in_or):
        under_or = in_or or isinstance(query, wq.Or)
        parts = [_scored_parts(q, under_or) for q in query.subqueries]
        return None if None in parts else [q for found in parts for q in found]
    return None


# One searcher per index folder for the whole process, with what is worked out from
# it, used and replaced only under this lock (replacing closes the old one).
_searchers: dict[str, _Shared] = {}
_lock = threading.Lock()


def whoosh_field(search_field) -> fields.FieldType:
    """The Whoosh field for a Haystack field, as its own settings ask."""
    if not search_field.indexed:
        return fields.STORED()
    if search_field.is_multivalued:
        return fields.KEYWORD(stored=search_field.stored, commas=True, scorable=True)
    if search_field.field_type in ("date", "datetime"):
        return fields.DATETIME(stored=search_field.stored, sortable=True)
    if search_field.analyzer is not None:
        text = fields.TEXT(
            analyzer=search_field.analyzer,
            # The body is read from the database for the page shown: no copy here.
            stored=search_field.stored and not search_field.document,
            field_boost=search_field.boost,
            # Where each term is, so a snippet finds its passage without analysing
            # the whole text again.
            vector=CompactCharacters() if search_field.document else None,
        )
        text.format = CompactPositions(field_boost=search_field.boost)  # phrases
        return text
    # Codes, slugs, years, flags: exact values to filter, facet and sort on.
    return fields.ID(stored=search_field.stored, sortable=True)


class ArabicWhooshSearchBackend(WhooshSearchBackend):
    def build_schema(self, search_fields):
        schema = {
            ID: fields.ID(stored=True, unique=True),
            DJANGO_CT: fields.ID(stored=True),
            DJANGO_ID: fields.ID(stored=True),
        }
        content_field = ""
        for search_field in search_fields.values():
            schema[search_field.index_fieldname] = whoosh_field(search_field)
            if search_field.document:
                content_field = search_field.index_fieldname
        return content_field, fields.Schema(**schema)

    def delete_index(self):
        with _lock:
            _searchers.pop(self.path, None)  # a new index restarts at generation 0
        super().delete_index()

    transactional = False  # the index commits apart from the database

    def find(self, search: SearchQuery) -> Hits:
        """A page of hits for an engine-neutral search; asked again before the
        index changes, the same page from memory."""
        key = _cache_key(search)
        with _lock:
            shared = self._shared()
            if key in shared.answers:
                shared.answers.move_to_end(key)
                return shared.answers[key]
            matching = search.matching
            hits = self._answer(
                shared,
                whoosh_query(matching, TEXT_FIELDS) or wq.Every(),
                within=_filters(search),
                sort=search.sort,
                page=search.page,
                per_page=search.per_page,
                facets=search.facets,
                offsets_of=matching.terms,
            )
            return shared.remember(key, hits)

    def _run(self, query: Query, **options) -> Hits:
        with _lock:
            return self._answer(self._shared(), query, **options)

    def _answer(
        self,
        shared: _Shared,
        query: Query,
        *,
        within: Query | None = None,
        sort: str = "relevance",
        page: int = 1,
        per_page: int = 20,
        facets: Iterable[str] = (),
        offsets_of: Collection[str] = (),
    ) -> Hits:
        """A page of hits for `query` among documents matching `within`, each with
        the (start, end) offsets in the content field of the terms `offsets_of`.

        A query Whoosh cannot run gives no hits, never an error page.
        """
        try:
            searcher = shared.searcher
            matched = shared.docs(query)
            if within is not None:
                matched &= shared.docs(within)
            limit = page * per_page
            if sort != "relevance":
                ranked = shared.first_in_order(sort, matched, limit)
            else:
                ranked = shared.best(query, matched, limit)
            if ranked is None:  # a part whose scores are not kept: Whoosh ranks
                allowed = set(matched) if within else None  # a set, not a frozenset
                found = searcher.search(query, limit=limit, filter=allowed)
                ranked = [docnum for _, docnum in found.top_n]
            docs = [
                {
                    **searcher.stored_fields(docnum),
                    "offsets": self._offsets(searcher, docnum, offsets_of),
                }
                for docnum in ranked[(page - 1) * per_page :]
            ]
            texts = self._texts(doc[DJANGO_ID] for doc in docs)
            for doc in docs:
                doc[self.content_field_name] = texts.get(int(doc[DJANGO_ID]), "")
            return Hits(
                total=len(matched),
                docs=docs,
                facets=shared.facet_table.count(matched, facets) if facets else {},
            )
        except (QueryError, ValueError, OSError) as error:
            log.exception("search failed: %r", query)
            if isinstance(error, OSError):  # index files gone: reopen next time
                _searchers.pop(self.path, None)
            return Hits()

    def doc_frequency(self, term: str) -> int:
        """How many documents hold `term` in the content field."""
        with _lock:
            return self._shared().searcher.doc_frequency(self.content_field_name, term)

    def closest_term(self, term: str, maxdist: int) -> str | None:
        """The most frequent other term of the content field within `maxdist` edits
        that starts with the same letter (which keeps the lexicon scan short)."""
        with _lock:
            reader = self._shared().searcher.reader()
            name = self.content_field_name
            near = reader.terms_within(name, term, maxdist, prefix=1)
            found = sorted(t for t in set(near) if t != term)  # ties: first in order
            return max(found, key=lambda t: reader.doc_frequency(name, t), default=None)

    def first_doc(self, term: str) -> dict | None:
        """Stored fields of the best document holding `term`."""
        hits = self._run(Term(self.content_field_name, term), per_page=1)
        return hits.docs[0] if hits.docs else None

    def _texts(self, pks: Iterable) -> dict[int, str]:
        """The content field's text of these articles, read from the database in one
        query: the index keeps no copy of it."""
        from archive.models import Article  # models load after search backends

        index = (
            connections[self.connection_alias].get_unified_index().get_index(Article)
        )
        source = index.fields[self.content_field_name].model_attr
        found = Article.objects.filter(pk__in=[int(pk) for pk in pks])
        return dict(found.values_list("pk", source))

    def _offsets(
        self, searcher, docnum: int, terms: Collection[str]
    ) -> list[tuple[int, int]]:
        name = self.content_field_name
        if not terms or not searcher.has_vector(docnum, name):
            return []
        vector = searcher.reader().vector(docnum, name)
        found = []
        for term in sorted(terms):
            vector.skip_to(term)
            if not vector.is_active():
                break
            if vector.id() == term:
                found += [
                    (start, end) for _, start, end in vector.value_as("characters")
                ]
        return sorted(found)

    def _shared(self) -> _Shared:
        """The shared searcher, reopened if the index changed since it was opened.

        Not `Searcher.refresh()`: in Whoosh-Reloaded 2.7.5 it reuses segment
        readers with their old deletions, so an updated document shows twice.
        """
        if not self.setup_complete:
            self.setup()
        shared = _searchers.get(self.path)
        if shared is None or not shared.searcher.up_to_date():
            if shared is not None:
                shared.searcher.close()
            shared = _searchers[self.path] = _Shared(self.path, self.index.searcher())
        return shared

    def _process_results(self, raw_page, highlight=False, query_string="", **kwargs):
        """Haystack's results, highlighted with the Arabic analysis, not English."""
        processed = super()._process_results(
            raw_page, highlight=False, query_string=query_string, **kwargs
        )
        if highlight:
            name = self.content_field_name
            texts = self._texts(result.pk for result in processed["results"])
            for result in processed["results"]:
                text = texts.get(int(result.pk), "")
                snippet = arabic.highlight(
                    text, query_string.split(), names=names.registry()
                )
                result.highlighted = {name: [snippet]}
        return processed

    def index_busy(self) -> bool:
        """Whether another writer holds the index's lock."""
        lock = self.index.lock("WRITELOCK")
        if not lock.acquire(blocking=False):
            return True
        lock.release()
        return False

    def remove_waiting(self, doc_id: str, wait: float) -> None:
        """Haystack's remove, which only logs a taken lock: here it waits up to
        `wait` seconds for it, then raises IndexBusy."""
        deadline = time.monotonic() + wait
        self.silently_fail, quiet = False, self.silently_fail
        try:
            while True:
                try:
                    return self.remove(doc_id)
                except LockError:
                    if time.monotonic() >= deadline:
                        raise IndexBusy from None
                    time.sleep(RETRY_EVERY)
        finally:
            self.silently_fail = quiet

    def generation(self) -> int | None:
        """The index's commit number: it changes with every write."""
        if not self.setup_complete:
            self.setup()
        return self.index.latest_generation()

    def indexed_ids(self) -> set[int]:
        """Ids of the articles the index holds, read from its id terms (not from
        every stored document)."""
        if not self.setup_complete:
            self.setup()
        with self.index.reader() as reader:
            # A deleted document's term stays in the lexicon until segments merge.
            return {
                int(term)
                for term in reader.field_terms(DJANGO_ID)
                if reader.postings(DJANGO_ID, term).is_active()
            }


def _cache_key(search: SearchQuery) -> tuple:
    """What makes one search's answer: the search, its filters made hashable."""
    return (
        search.matching,
        tuple(sorted(search.filters.items())),
        search.date_from,
        search.date_to,
        search.sort,
        search.facets,
        search.page,
        search.per_page,
    )


def _filters(search: SearchQuery) -> Query | None:
    filters = [wq.Term(name, value) for name, value in search.filters.items()]
    if search.date_from or search.date_to:
        start, end = as_datetime(search.date_from), as_datetime(search.date_to)
        filters.append(wq.DateRange("date", start, end))
    return wq.And(filters) if filters else None


@dataclass(frozen=True)
class Compiled:
    """An analysed query as Whoosh queries over some fields."""

    query: Query | None  # None: nothing to match, so every document qualifies
    loose: Query | None  # any one required part: the nearest matches

    @classmethod
    def of(cls, matching: Matching, fields: tuple[str, ...]) -> Compiled:
        loose = matching.loose
        return cls(
            whoosh_query(matching, fields), loose and whoosh_query(loose, fields)
        )


def whoosh_query(matching: Matching, fields: tuple[str, ...]) -> Query | None:
    """Whoosh queries matching in any of `fields` (their boosts live in the schema);
    None when the query asks nothing."""
    required = [
        _any([_clause(c, fields) for c in group]) for group in matching.required
    ]
    query = wq.And(required) if required else None
    negative = _any([_sequence(s, fields) for s in matching.excluded])
    return wq.AndNot(query or wq.Every(), negative) if negative else query


def _clause(clause: Clause, fields: tuple[str, ...]) -> Query | None:
    if isinstance(clause, KindWording):
        # The subject may stand inside a wording: "تحدث الرئيس الروسي هاتفيا".
        near = [
            wq.Phrase(f, list(w), slop=WORDING_SLOP)
            for w in clause.wordings
            for f in fields
        ]
        return _any([*near, wq.Term(KIND_FIELD, clause.kind)])
    return _sequence(clause, fields)


def _sequence(sequence: Sequence, fields: tuple[str, ...]) -> Query | None:
    """Slots at consecutive positions (a phrase, or one typed word) in any field."""
    slots = sequence.slots
    if len(slots) < 2:
        return _slot(slots[0], fields) if slots else None
    if all(len(slot) == 1 for slot in slots):
        words = [word for slot in slots for form in slot for word in form]
        return _any([wq.Phrase(field, words) for field in fields])
    return _any([wq.Sequence([_slot(s, (field,)) for s in slots]) for field in fields])


def _slot(slot, fields: tuple[str, ...]) -> Query:
    return _any([_form(form, field) for form in sorted(slot) for field in fields])


def _form(form: tuple[str, ...], field: str) -> Query:
    return wq.Term(field, form[0]) if len(form) == 1 else wq.Phrase(field, list(form))


def _any(queries: list[Query | None]) -> Query | None:
    queries = [q for q in queries if q]
    if len(queries) > 1:
        return wq.Or(queries)
    return queries[0] if queries else None


class ArabicWhooshEngine(WhooshEngine):
    backend = ArabicWhooshSearchBackend

"""Haystack's Whoosh backend, with Arabic analysis where its defaults assume English.

Haystack makes every text field stored and English-stemmed, highlights with an
English stemmer and opens a new searcher per query. Here the schema follows each
index field's own settings (analyzer, boost, stored or not), highlighting uses the
Arabic analysis, and `find` runs a ready Whoosh query on one searcher per index,
shared by every thread and reopened only when the index has changed.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

from haystack.backends.whoosh_backend import WhooshEngine, WhooshSearchBackend
from haystack.constants import DJANGO_CT, DJANGO_ID, ID
from whoosh import fields, formats, sorting
from whoosh.query import Query, QueryError, Term

from archive import arabic
from archive.search import names

log = logging.getLogger(__name__)

# One searcher per index folder for the whole process, used and replaced only under
# this lock (replacing closes the old one).
_searchers: dict[str, object] = {}
_lock = threading.Lock()


@dataclass
class Hits:
    """One page of a search: stored fields of each hit, total count, facet counts."""

    total: int = 0
    docs: list[dict] = field(default_factory=list)
    facets: dict[str, dict[str, int]] = field(default_factory=dict)


def whoosh_field(search_field) -> fields.FieldType:
    """The Whoosh field for a Haystack field, as its own settings ask."""
    if not search_field.indexed:
        return fields.STORED()
    if search_field.is_multivalued:
        return fields.KEYWORD(stored=search_field.stored, commas=True, scorable=True)
    if search_field.field_type in ("date", "datetime"):
        return fields.DATETIME(stored=search_field.stored, sortable=True)
    if search_field.analyzer is not None:
        return fields.TEXT(
            analyzer=search_field.analyzer,
            stored=search_field.stored,
            field_boost=search_field.boost,
            # Where each term is, so a snippet finds its passage without analysing
            # the whole text again.
            vector=formats.Characters() if search_field.document else None,
        )
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

    def find(
        self,
        query: Query,
        *,
        within: Query | None = None,
        sortedby: list | None = None,
        page: int = 1,
        per_page: int = 20,
        facets: Iterable[str] = (),
        offsets_of: Collection[str] = (),
    ) -> Hits:
        """A page of hits for `query` among documents matching `within`, each with
        the (start, end) offsets in the content field of the terms `offsets_of`.

        A query Whoosh cannot run gives no hits, never an error page.
        """
        facets = list(facets)
        groups = [
            sorting.FieldFacet(name, allow_overlap=True, maptype=sorting.Count)
            for name in facets
        ]
        with _lock:
            try:
                results = self._searcher().search(
                    query,
                    limit=page * per_page,
                    filter=within,
                    sortedby=sortedby,
                    groupedby=groups or None,
                    optimize=False,  # exact totals and facet counts
                )
                return Hits(
                    total=len(results),
                    docs=[
                        {**hit.fields(), "offsets": self._offsets(hit, offsets_of)}
                        for hit in results[(page - 1) * per_page : page * per_page]
                    ],
                    facets={name: _counts(results.groups(name)) for name in facets},
                )
            except (QueryError, ValueError, OSError) as error:
                log.exception("search failed: %r", query)
                if isinstance(error, OSError):  # index files gone: reopen next time
                    _searchers.pop(self.path, None)
                return Hits()

    def doc_frequency(self, term: str) -> int:
        """How many documents hold `term` in the content field."""
        with _lock:
            return self._searcher().doc_frequency(self.content_field_name, term)

    def closest_term(self, term: str, maxdist: int) -> str | None:
        """The most frequent other term of the content field within `maxdist` edits
        that starts with the same letter (which keeps the lexicon scan short)."""
        with _lock:
            reader = self._searcher().reader()
            name = self.content_field_name
            near = reader.terms_within(name, term, maxdist, prefix=1)
            found = sorted(t for t in set(near) if t != term)  # ties: first in order
            return max(found, key=lambda t: reader.doc_frequency(name, t), default=None)

    def first_doc(self, term: str) -> dict | None:
        """Stored fields of the best document holding `term`."""
        hits = self.find(Term(self.content_field_name, term), per_page=1)
        return hits.docs[0] if hits.docs else None

    def _offsets(self, hit, terms: Collection[str]) -> list[tuple[int, int]]:
        name = self.content_field_name
        if not terms or not hit.searcher.has_vector(hit.docnum, name):
            return []
        vector = hit.searcher.reader().vector(hit.docnum, name)
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

    def _searcher(self):
        """The shared searcher, reopened if the index changed since it was opened.

        Not `Searcher.refresh()`: in Whoosh-Reloaded 2.7.5 it reuses segment
        readers with their old deletions, so an updated document shows twice.
        """
        if not self.setup_complete:
            self.setup()
        searcher = _searchers.get(self.path)
        if searcher is None or not searcher.up_to_date():
            if searcher is not None:
                searcher.close()
            searcher = _searchers[self.path] = self.index.searcher()
        return searcher

    def _process_results(self, raw_page, highlight=False, query_string="", **kwargs):
        """Haystack's results, highlighted with the Arabic analysis, not English."""
        processed = super()._process_results(
            raw_page, highlight=False, query_string=query_string, **kwargs
        )
        if highlight:
            name = self.content_field_name
            for result in processed["results"]:
                text = getattr(result, name, "") or ""
                snippet = arabic.highlight(
                    text, query_string.split(), names=names.registry()
                )
                result.highlighted = {name: [snippet]}
        return processed


def _counts(groups: dict) -> dict[str, int]:
    return {value: count for value, count in groups.items() if value}


class ArabicWhooshEngine(WhooshEngine):
    backend = ArabicWhooshSearchBackend

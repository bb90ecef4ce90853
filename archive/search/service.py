"""One search, from a form's cleaned parameters to a page of results.

Results render from the index's stored fields alone: whatever the page size, a
search costs the same few database queries (the labels of the facet values).
"""

from __future__ import annotations

import datetime
import functools
import itertools
from dataclasses import dataclass, field

from django.conf import settings
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe
from haystack import connections

from archive import arabic
from archive.models import Country, MeetingKind, Person, Source
from archive.search import names
from archive.search.base import Hits
from archive.search.query import OR_WORDS, Matching, SearchQuery, analyse, parse

PER_PAGE = settings.HAYSTACK_SEARCH_RESULTS_PER_PAGE
SNIPPET_CHARS = 300
MAX_CORRECTIONS = 4  # unknown words "did you mean" looks up in one query
# Search parameter -> index field; the order facets are shown in.
FACETS = {
    "country": "countries",
    "person": "people",
    "kind": "kinds",
    "source": "source",
    "year": "year",
}
# Facet values named by a record: parameter -> (model, field the value is).
_RECORDS = {
    "country": (Country, "code"),
    "person": (Person, "slug"),
    "source": (Source, "slug"),
}


@dataclass(frozen=True)
class Result:
    id: int
    title: str
    date: datetime.date | None
    date_text: str
    countries: list[str]  # ISO2 codes
    country_names: list[str]
    source_file: str
    url: str
    snippet: SafeString  # only <mark> tags; everything else escaped


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int


@dataclass(frozen=True)
class SearchPage:
    count: int
    page: int
    results: list[Result]
    facets: dict[str, list[FacetValue]]
    suggestion: str | None = None  # the query with its unknown words corrected
    nearest: list[Result] = field(default_factory=list)  # when nothing matched


def search(params: dict) -> SearchPage:
    """Run a search from SearchForm's cleaned data."""
    backend = connections["default"].get_backend()
    q = params.get("q") or ""
    registry = names.registry()
    matching = analyse(parse(q), registry)
    asked = _asks(matching)
    query = SearchQuery(
        matching=matching,
        filters=_filters(params),
        date_from=params.get("from"),
        date_to=params.get("to"),
        sort=_sort(params.get("sort"), asked),
        facets=tuple(FACETS.values()),
        page=params.get("page") or 1,
        per_page=PER_PAGE,
    )
    hits = backend.find(query)
    suggestion, nearest, near_words = None, Hits(), ()
    if asked and hits.total < PER_PAGE:
        # Few articles hold every word: those with some of them follow, since
        # what a reader asks in several words is often told with one of them
        # (tests/relevance/archive.py: held-out recall@10 0.68 -> 0.81).
        if not hits.total:
            suggestion = did_you_mean(q, backend)
        shown = {doc["django_id"] for doc in hits.docs}
        nearest, near_words = _nearest(query, suggestion, backend, registry, shown)
    labels = _labels(hits.facets, [*hits.docs, *nearest.docs])
    result = functools.partial(_result, country_names=labels["country"], names=registry)
    return SearchPage(
        count=hits.total,
        page=query.page,
        results=[result(doc, matching.words) for doc in hits.docs],
        facets=_facets(hits.facets, labels),
        suggestion=suggestion,
        nearest=[result(doc, near_words) for doc in nearest.docs],
    )


def _asks(matching: Matching) -> bool:
    """Whether the query has anything to match (else every article qualifies)."""
    return bool(matching.required or matching.excluded)


def _sort(sort: str | None, asked: bool) -> str:
    if not asked and sort in ("", None, "relevance"):
        return "-date"  # nothing to rank by
    return sort or "relevance"


def _nearest(
    query: SearchQuery, suggestion: str | None, backend, registry, shown: set[str]
) -> tuple[Hits, tuple[str, ...]]:
    """Articles with any word of the query, or else of the suggested query, other
    than those ``shown`` already (django ids) as holding every word."""
    tried = [query.matching]
    if suggestion:
        tried.append(analyse(parse(suggestion), registry))
    for matching in tried:
        if (loose := matching.loose) is None or loose == query.matching:
            continue  # one clause: any word is every word, all shown already
        near = SearchQuery(
            matching=loose,
            filters=query.filters,
            date_from=query.date_from,
            date_to=query.date_to,
            per_page=PER_PAGE + len(shown),
        )
        hits = backend.find(near)
        docs = [doc for doc in hits.docs if doc["django_id"] not in shown]
        if docs:
            return Hits(docs=docs[:PER_PAGE]), matching.words
    return Hits(), ()


def did_you_mean(q: str, backend) -> str | None:
    """`q` with each word the index does not hold replaced by its nearest word.

    Only the first MAX_CORRECTIONS unknown words are looked up: each lookup walks the
    index's vocabulary, and a query that many words off is not a typing slip.
    """
    pieces, cursor = [], 0
    unknown = (
        (token, term)
        for token in arabic.tokenize(q, compounds=False)
        if (term := _unknown_term(q[token.start : token.end], backend))
    )
    for token, term in itertools.islice(unknown, MAX_CORRECTIONS):
        fixed = _correction(term, backend)
        if fixed:
            pieces += [q[cursor : token.start], fixed]
            cursor = token.end
    return "".join([*pieces, q[cursor:]]) if pieces else None


def _unknown_term(word: str, backend) -> str | None:
    """The word's index term when a correction may help: one term the index lacks."""
    found = [t.text for t in arabic.tokenize(word) if t.text not in arabic.STOP_WORDS]
    if word in OR_WORDS or len(found) != 1 or found[0].isdigit():
        return None
    term = arabic.term(found[0])
    return None if backend.doc_frequency(term) else term


def _correction(term: str, backend) -> str | None:
    closest = backend.closest_term(term, maxdist=1 if len(term) < 5 else 2)
    return closest and _as_printed(closest, backend)


def _as_printed(term: str, backend) -> str | None:
    """A word of the index as an article prints it (the term may be a stem)."""
    doc = backend.first_doc(term) or {}
    text = doc.get("text", "")
    spans = (t for t in arabic.analyze_with_offsets(text) if t.text == term)
    return next((text[t.start : t.end] for t in spans), None)


def _filters(params: dict) -> dict[str, str]:
    """Index field -> the value an article must have there."""
    values = {
        "countries": params.get("country") and params["country"].code,
        "people": params.get("person") and params["person"].slug,
        "source": params.get("source") and params["source"].slug,
        "kinds": params.get("kind"),
        "year": params.get("year") and str(params["year"]),
    }
    return {name: value for name, value in values.items() if value}


def _result(doc: dict, words: tuple[str, ...], country_names: dict, names) -> Result:
    pk = int(doc["django_id"])
    date = doc.get("date")
    countries = [code for code in doc.get("countries", "").split(",") if code]
    snippet = arabic.highlight(
        doc.get("text", ""),
        words,
        SNIPPET_CHARS,
        names=names,
        matches=doc["offsets"],
    )
    return Result(
        id=pk,
        title=doc.get("title", ""),
        date=date and date.date(),
        date_text=doc.get("date_text", ""),
        countries=countries,
        country_names=[country_names.get(code, code) for code in countries],
        source_file=doc.get("source_file", ""),
        url=reverse("article_detail", args=[pk]),
        snippet=mark_safe(snippet),  # arabic.highlight escapes all but <mark>
    )


def _facets(counts: dict, labels: dict) -> dict[str, list[FacetValue]]:
    """Facet values with their labels, most frequent first (years latest first)."""
    facets = {}
    for param, name in FACETS.items():
        values = [
            FacetValue(value, labels[param].get(value, value), count)
            for value, count in counts.get(name, {}).items()
        ]
        values.sort(key=lambda f: (-f.count, f.label))
        if param == "year":
            values.sort(key=lambda f: f.value, reverse=True)
        facets[param] = values
    return facets


def _labels(counts: dict, docs: list[dict]) -> dict[str, dict[str, str]]:
    """Labels of facet values and of the docs' countries: one query per kind of
    record that has values to name."""
    wanted = {param: set(counts.get(FACETS[param], ())) for param in _RECORDS}
    wanted["country"].update(
        c for doc in docs for c in doc.get("countries", "").split(",")
    )
    labels = {"kind": dict(MeetingKind.choices), "year": {}}
    for param, (model, key) in _RECORDS.items():
        found = model.objects.filter(**{f"{key}__in": wanted[param]})
        labels[param] = dict(found.values_list(key, "name_ar")) if wanted[param] else {}
    return labels

"""PostgreSQL full-text search with the archive's own Arabic analysis
(SEARCH_URL=postgres://, the database of DATABASE_URL or one of its own).

Each article is a row of `SearchDocument`: the Arabic core's index terms, exactly
those Whoosh indexes (words as printed, their stems, canonical names beside them),
in a `tsvector` of the `simple` configuration at their positions, title terms
weighted A and body terms D, with a GIN index; its filter and facet values; what a
result shows; and where each body term stands, for the snippet. A query compiles to
a `tsquery` of the same terms (phrases with <->, OR with |, NOT with !), ranked by
`ts_rank` with the title's weight; facets are counted by SQL over the matched rows.

In the records' database, rows are written in the transaction of the records they
index (outbox.py), so an admin save or an ingest is searchable the moment it
commits, never before. In a database of its own (records in SQLite, or on another
server), rows follow each commit through the outbox, as Whoosh's index does, and
the backend creates its two tables there itself: `migrate` prepares the records'.
Every lexeme reaches SQL as a bound parameter, quoted by `_lexeme`, never formatted
into the statement.
"""

from __future__ import annotations

import datetime
import itertools
import json
import logging
from collections import defaultdict
from collections.abc import Iterable

from django.db import DEFAULT_DB_ALIAS, transaction
from django.db import connections as databases
from haystack.backends import (
    BaseEngine,
    BaseSearchBackend,
    BaseSearchQuery,
    SearchNode,
)
from haystack.models import SearchResult
from haystack.utils import get_identifier

from archive import arabic
from archive.search import names
from archive.search.base import Hits
from archive.search.query import (
    KIND_FIELD,
    WORDING_SLOP,
    Clause,
    KindWording,
    Matching,
    SearchQuery,
    Sequence,
    analyse,
    parse,
)

log = logging.getLogger(__name__)

TABLE = "archive_searchdocument"
TERMS = "archive_searchterm"
MAX_POSITION = 16383  # a tsvector's last position
MAX_POSITIONS = 256  # positions a tsvector keeps of one lexeme
FIELD_GAP = 10  # positions between title and body: no phrase or wording spans both
TERM_CHARS = 64  # SearchTerm.term
TITLE, BODY = "A", "D"  # tsvector weights
# The tables of SearchDocument and SearchTerm (migration 0005) in a search database
# apart from the records', made by the backend on its first use.
SCHEMA_SQL = [
    f"CREATE TABLE IF NOT EXISTS {TABLE} (article_id bigint PRIMARY KEY, date date, "
    "facets jsonb NOT NULL, doc jsonb NOT NULL, spans jsonb NOT NULL, "
    "vector tsvector NOT NULL DEFAULT '')",
    f"CREATE TABLE IF NOT EXISTS {TERMS} (term varchar({TERM_CHARS}) PRIMARY KEY)",
    f"CREATE INDEX IF NOT EXISTS {TABLE}_vector ON {TABLE} USING gin (vector)",
    f"CREATE INDEX IF NOT EXISTS {TABLE}_facets ON {TABLE} "
    "USING gin (facets jsonb_path_ops)",
    f"CREATE INDEX IF NOT EXISTS {TABLE}_date ON {TABLE} (date)",
]
SCHEMA_LOCK = 0x41524348  # pg_advisory_xact_lock key: workers starting at once
SORTS = {
    "relevance": None,  # by rank, when the query has words to rank by
    "-date": "date IS NULL, date DESC, article_id",
    "date": "date IS NULL, date, article_id",
}


def _lexeme(term: str, weight: str = "") -> str:
    """A term as a quoted lexeme of tsvector or tsquery input."""
    quoted = "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"
    return f"{quoted}:{weight}" if weight else quoted


# ----------------------------------------------------------------------------------
# Documents


def tsvector(title: list[arabic.Token], body: list[arabic.Token]) -> str:
    """tsvector input of a document's analysed title and body."""
    positions: dict[str, list[str]] = defaultdict(list)
    for token in title:
        positions[token.text].append(f"{_position(token.pos)}{TITLE}")
    start = max((t.pos for t in title), default=0) + FIELD_GAP
    for token in body:
        positions[token.text].append(str(_position(start + token.pos)))
    return " ".join(
        f"{_lexeme(term)}:{','.join(found[:MAX_POSITIONS])}"
        for term, found in positions.items()
        if term
    )


def _position(pos: int) -> int:
    return min(pos + 1, MAX_POSITION)


def _stored(value):
    if isinstance(value, list | tuple):
        return ",".join(map(str, value))  # as Whoosh stores a keyword field
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def _values(value) -> list[str]:
    """A filter field's values, as strings."""
    if value in (None, ""):
        return []
    values = value if isinstance(value, list | tuple) else [value]
    return [str(v) for v in values if v not in (None, "")]


def filter_fields(index) -> list[str]:
    """The index fields an article is filtered and faceted on: exact values."""
    return [
        name
        for name, field in index.fields.items()
        if field.indexed
        and not field.document
        and getattr(field, "analyzer", None) is None
        and field.field_type not in ("date", "datetime")
    ]


# ----------------------------------------------------------------------------------
# Queries


def tsquery(matching: Matching, weight: str = "") -> str | None:
    """All required groups and none of the excluded, as tsquery input; None when
    the query asks nothing of the text. Kinds of meeting match by their wordings
    here; `conditions` adds their kind field."""
    parts = [_any([_clause(c, weight) for c in group]) for group in matching.required]
    excluded = _any([_sequence(s, weight) for s in matching.excluded])
    if excluded:
        parts.append(f"!{excluded}")
    return " & ".join(parts) or None


def rank_query(matching: Matching) -> str | None:
    """Any required clause: what ts_rank scores."""
    return _any([_clause(c) for group in matching.required for c in group])


def _clause(clause: Clause, weight: str = "") -> str:
    if isinstance(clause, KindWording):
        return _any([_near(w, weight) for w in clause.wordings])
    return _sequence(clause, weight)


def _near(wording: tuple[str, ...], weight: str) -> str:
    """The words of a kind's wording in order, each at most WORDING_SLOP after the
    one before (as Whoosh's phrase with that slop)."""
    gaps = itertools.product(range(1, WORDING_SLOP + 1), repeat=len(wording) - 1)
    return _any(
        [
            " ".join(
                _lexeme(term, weight)
                if i == 0
                else f"<{gap[i - 1]}> {_lexeme(term, weight)}"
                for i, term in enumerate(wording)
            )
            for gap in gaps
        ]
    )


def _sequence(sequence: Sequence, weight: str = "") -> str:
    return "(" + " <-> ".join(_slot(s, weight) for s in sequence.slots) + ")"


def _slot(slot: arabic.Slot, weight: str) -> str:
    forms = [" <-> ".join(_lexeme(t, weight) for t in form) for form in sorted(slot)]
    return _any(forms)


def _any(parts: list[str]) -> str:
    parts = [p for p in parts if p]
    if len(parts) == 1:
        return f"({parts[0]})"
    return "(" + " | ".join(f"({p})" for p in parts) + ")" if parts else ""


def conditions(matching: Matching, weight: str = "") -> tuple[list[str], list]:
    """SQL conditions (and their parameters) a matching document meets."""
    sql, params = [], []
    text = tsquery(_without_kinds(matching), weight)
    if text:
        sql.append("vector @@ %s::tsquery")
        params.append(text)
    for group in matching.required:
        kinds = [c for c in group if isinstance(c, KindWording)]
        if kinds:
            either = ["vector @@ %s::tsquery"] + ["facets @> %s::jsonb"] * len(kinds)
            sql.append("(" + " OR ".join(either) + ")")
            params += [_any([_clause(c, weight) for c in group])]
            params += [json.dumps({KIND_FIELD: [k.kind]}) for k in kinds]
    return sql, params


def _without_kinds(matching: Matching) -> Matching:
    plain = tuple(
        g for g in matching.required if not any(isinstance(c, KindWording) for c in g)
    )
    return Matching(plain, matching.excluded)


def filters(search: SearchQuery) -> tuple[list[str], list]:
    sql, params = [], []
    for name, value in search.filters.items():
        sql.append("facets @> %s::jsonb")
        params.append(json.dumps({name: [value]}))
    if search.date_from:
        sql.append("date >= %s")
        params.append(search.date_from)
    if search.date_to:
        sql.append("date <= %s")
        params.append(search.date_to)
    return sql, params


def _where(sql: list[str]) -> str:
    return " AND ".join(sql) or "TRUE"


# ----------------------------------------------------------------------------------
# The backend


class PostgresSearchBackend(BaseSearchBackend):
    """Haystack's calls (update, remove, clear, search) and the archive's (find and
    what "did you mean" asks), on the tables of archive.models."""

    def __init__(self, connection_alias, **connection_options):
        super().__init__(connection_alias, **connection_options)
        self.database = connection_options.get("DATABASE", DEFAULT_DB_ALIAS)
        # In the records' database, rows join the transaction of what they index.
        self.transactional = self.database == DEFAULT_DB_ALIAS
        self.setup_complete = self.transactional  # (migrate made its tables)
        from archive.search_indexes import TITLE_BOOST

        # ts_rank's weights of D, C, B and A: a title term counts TITLE_BOOST times.
        self.weights = [1 / TITLE_BOOST, 1 / TITLE_BOOST, 1 / TITLE_BOOST, 1.0]

    def setup(self):
        """A search database of its own gets its tables (once, whoever comes first)."""
        database = databases[self.database]
        with transaction.atomic(using=self.database), database.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [SCHEMA_LOCK])
            for statement in SCHEMA_SQL:
                cursor.execute(statement)
        self.setup_complete = True

    def _cursor(self):
        if not self.setup_complete:
            self.setup()
        return databases[self.database].cursor()

    def _rows(self, sql: str, params: Iterable = ()) -> list[tuple]:
        with self._cursor() as cursor:
            cursor.execute(sql, list(params))
            return cursor.fetchall()

    # Haystack -------------------------------------------------------------------

    def update(self, index, iterable, commit=True):
        registry = names.registry()
        fields = filter_fields(index)
        rows, vocabulary = [], set()
        for obj in iterable:
            prepared = index.full_prepare(obj)
            title = arabic.analyze_with_offsets(prepared.get("title") or "", registry)
            body = arabic.analyze_with_offsets(prepared.get("text") or "", registry)
            spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
            for token in body:
                spans[token.text].append((token.start, token.end))
            vocabulary.update(t for t in spans if len(t) <= TERM_CHARS)
            stored = {
                name: _stored(value)
                for name, value in prepared.items()
                if name not in index.fields or index.fields[name].stored
            }
            rows.append(
                [
                    int(prepared["django_id"]),
                    prepared.get("date"),
                    json.dumps({name: _values(prepared.get(name)) for name in fields}),
                    json.dumps(stored, ensure_ascii=False),
                    json.dumps(spans, ensure_ascii=False),
                    tsvector(title, body),
                ]
            )
        with self._cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {TABLE} (article_id, date, facets, doc, spans, vector) "
                "VALUES (%s, %s, %s::jsonb, %s::jsonb, %s::jsonb, %s::tsvector) "
                "ON CONFLICT (article_id) DO UPDATE SET date = EXCLUDED.date, "
                "facets = EXCLUDED.facets, doc = EXCLUDED.doc, "
                "spans = EXCLUDED.spans, vector = EXCLUDED.vector",
                rows,
            )
            if vocabulary:
                # Sorted: two writers insert shared terms in one order, never deadlock.
                cursor.execute(
                    f"INSERT INTO {TERMS} (term) SELECT unnest(%s::text[]) "
                    "ON CONFLICT DO NOTHING",
                    [sorted(vocabulary)],
                )

    def remove(self, obj_or_string, commit=True):
        pk = get_identifier(obj_or_string).rsplit(".", 1)[-1]
        self._rows(f"DELETE FROM {TABLE} WHERE article_id = %s RETURNING 1", [int(pk)])

    def clear(self, models=None, commit=True):
        with self._cursor() as cursor:
            cursor.execute(f"DELETE FROM {TABLE}")
            cursor.execute(f"DELETE FROM {TERMS}")

    def search(self, query_string, **kwargs):
        """Haystack's SearchQuerySet: `query_string` is the filter tree
        (PostgresSearchQuery.build_query)."""
        _flush()
        where, params = self._node(query_string)
        start = kwargs.get("start_offset") or 0
        end = kwargs.get("end_offset")
        total = self._rows(f"SELECT count(*) FROM {TABLE} WHERE {where}", params)[0][0]
        limit = "" if end is None else f"LIMIT {int(end) - int(start)}"
        found = self._rows(
            f"SELECT article_id, doc FROM {TABLE} WHERE {where} "
            f"ORDER BY article_id {limit} OFFSET {int(start)}",
            params,
        )
        words = _content_words(query_string)
        result_class = kwargs.get("result_class") or SearchResult
        results = []
        for pk, doc in found:
            fields = {
                k: v for k, v in _doc(doc).items() if k not in ("id", "django_id")
            }
            app_label, model_name = fields.pop("django_ct").split(".")
            result = result_class(app_label, model_name, pk, 1.0, **fields)
            if kwargs.get("highlight"):
                snippet = arabic.highlight(
                    fields.get("text", ""), words, names=names.registry()
                )
                result.highlighted = {"text": [snippet]}
            results.append(result)
        return {"results": results, "hits": total}

    def _node(self, node) -> tuple[str, list]:
        if not isinstance(node, SearchNode):
            return "TRUE", []
        parts, params = [], []
        for child in node.children:
            if isinstance(child, SearchNode):
                sql, more = self._node(child)
            else:
                sql, more = self._leaf(*child)
            parts.append(f"({sql})")
            params += more
        sql = f" {node.connector} ".join(parts) or "TRUE"
        return (f"NOT ({sql})" if node.negated else sql), params

    def _leaf(self, expression: str, value) -> tuple[str, list]:
        field, _, kind = expression.partition("__")
        values = value if kind == "in" else [value]
        if field in ("content", "text", "title"):
            weight = TITLE if field == "title" else ""
            words = analyse(parse(" ".join(map(str, values))), names.registry())
            text = tsquery(words, weight)
            return ("vector @@ %s::tsquery", [text]) if text else ("TRUE", [])
        if field in ("django_id", "id"):
            pks = [int(str(v).rsplit(".", 1)[-1]) for v in values]
            return "article_id = ANY(%s)", [pks]
        either = ["facets @> %s::jsonb"] * len(values)
        return " OR ".join(either), [json.dumps({field: [str(v)]}) for v in values]

    # The archive's calls --------------------------------------------------------

    def find(self, search: SearchQuery) -> Hits:
        _flush()
        matching = search.matching
        text_sql, text_params = conditions(matching)
        filter_sql, filter_params = filters(search)
        where = _where(text_sql + filter_sql)
        params = text_params + filter_params
        total, facets = self._counts(where, params, search.facets)
        ranked = rank_query(matching)
        if SORTS[search.sort] or not ranked:
            order, order_params = SORTS[search.sort] or "article_id", []
        else:
            order = "ts_rank(%s::float4[], vector, %s::tsquery) DESC, article_id"
            order_params = [self.weights, ranked]
        found = self._rows(
            f"SELECT doc, spans FROM {TABLE} WHERE {where} ORDER BY {order} "
            "LIMIT %s OFFSET %s",
            [
                *params,
                *order_params,
                search.per_page,
                (search.page - 1) * search.per_page,
            ],
        )
        return Hits(
            total=total,
            docs=[
                {**_doc(doc), "offsets": _offsets(spans, matching.terms)}
                for doc, spans in found
            ],
            facets=facets,
        )

    def _counts(
        self, where: str, params: list, fields: Iterable[str]
    ) -> tuple[int, dict[str, dict[str, int]]]:
        """The number of matches and, for each facet field, its values' counts."""
        fields = list(fields)
        counted = "".join(
            " UNION ALL SELECT %s, value, count(*) FROM hit, "
            "jsonb_array_elements_text(hit.facets -> %s) AS value "
            "WHERE value <> '' GROUP BY value"
            for _ in fields
        )
        rows = self._rows(
            f"WITH hit AS (SELECT facets FROM {TABLE} WHERE {where}) "
            f"SELECT NULL, NULL, count(*) FROM hit{counted}",
            [*params, *itertools.chain.from_iterable((f, f) for f in fields)],
        )
        facets: dict[str, dict[str, int]] = {name: {} for name in fields}
        total = 0
        for name, value, count in rows:
            if name is None:
                total = count
            else:
                facets[name][value] = count
        return total, facets

    def doc_frequency(self, term: str) -> int:
        """How many bodies hold `term`."""
        return self._rows(
            f"SELECT count(*) FROM {TABLE} WHERE vector @@ %s::tsquery",
            [_lexeme(term, BODY)],
        )[0][0]

    def closest_term(self, term: str, maxdist: int) -> str | None:
        """The body term within `maxdist` edits, starting with the same letter (as on
        Whoosh), that most bodies hold; ties go to the first in order. Only terms of
        that letter and a near length are compared: one lookup reads at most the
        vocabulary once (and the service looks up at most MAX_CORRECTIONS words)."""
        if not term:
            return None
        near = self._rows(
            # left(), not a range: a range on text follows the database's collation.
            f"SELECT term FROM {TERMS} WHERE left(term, 1) = %s "
            "AND char_length(term) BETWEEN %s AND %s AND term <> %s",
            [term[0], len(term) - maxdist, len(term) + maxdist, term],
        )
        found = sorted(t for (t,) in near if _within(term, t, maxdist))
        if not found:
            return None
        counts = dict(
            self._rows(
                f"SELECT t, (SELECT count(*) FROM {TABLE} "
                "WHERE vector @@ (quote_literal(t) || ':D')::tsquery) "
                "FROM unnest(%s::text[]) AS t",
                [found],
            )
        )
        best = max(found, key=lambda t: counts.get(t, 0))
        return best if counts.get(best) else None

    def first_doc(self, term: str) -> dict | None:
        """What the best document holding `term` in its body shows."""
        found = self._rows(
            f"SELECT doc FROM {TABLE} WHERE vector @@ %s::tsquery "
            "ORDER BY ts_rank(%s::float4[], vector, %s::tsquery) DESC, article_id "
            "LIMIT 1",
            [_lexeme(term, BODY), self.weights, _lexeme(term)],
        )
        return _doc(found[0][0]) if found else None

    def generation(self) -> int | None:
        """None: search rows also change where the records' version does not see
        it (rebuild_index, check_index's repairs), and no number of their own is
        kept, so pages are not kept either (archive/pagecache.py)."""
        return None

    def indexed_ids(self) -> set[int]:
        return {pk for (pk,) in self._rows(f"SELECT article_id FROM {TABLE}")}

    def index_busy(self) -> bool:
        return False  # rows lock one by one, in the writer's transaction

    def remove_waiting(self, doc_id: str, wait: float) -> None:
        self.remove(doc_id)


def _flush() -> None:
    """A search in a transaction that wrote articles sees them: index them now."""
    from archive.search import outbox

    outbox.flush()


def _json(value):
    """A jsonb value as Django's cursor gives it: text, left for the caller to load."""
    return json.loads(value) if isinstance(value, str) else value


def _doc(doc) -> dict:
    """Stored fields as the service reads them: dates as datetimes (as Whoosh)."""
    doc = _json(doc)
    date = doc.get("date")
    if date:
        doc = {**doc, "date": datetime.datetime.fromisoformat(date)}
    return doc


def _offsets(spans, terms: Iterable[str]) -> list[tuple[int, int]]:
    spans = _json(spans)
    return sorted((s, e) for term in terms for s, e in spans.get(term, ()))


def _content_words(node) -> list[str]:
    words = []
    if isinstance(node, SearchNode):
        for child in node.children:
            if isinstance(child, SearchNode):
                words += _content_words(child)
            elif child[0].partition("__")[0] == "content":
                words += str(child[1]).split()
    return words


def _within(a: str, b: str, maxdist: int) -> bool:
    """Whether the Levenshtein distance of `a` and `b` is at most `maxdist`."""
    if abs(len(a) - len(b)) > maxdist:
        return False
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y))
            )
        if min(current) > maxdist:
            return False
        previous = current
    return previous[-1] <= maxdist


class PostgresSearchQuery(BaseSearchQuery):
    """Haystack's query, handed to the backend as its filter tree."""

    def build_query(self):
        return self.query_filter

    def build_query_fragment(self, field, filter_type, value):
        raise NotImplementedError("the backend reads the filter tree itself")

    def matching_all_fragment(self):
        return ""


class PostgresEngine(BaseEngine):
    backend = PostgresSearchBackend
    query = PostgresSearchQuery

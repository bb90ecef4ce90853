"""What is read from a Whoosh segment is kept across writes, and what is worked out
from it is what a freshly opened searcher finds: the same documents, the same scores,
the same date order, deletions in old segments respected."""

from datetime import datetime

import pytest
from whoosh import fields, index, sorting
from whoosh import query as wq

from archive.search.backend import _Shared
from archive.search.whoosh_segments import Segments

SCHEMA = fields.Schema(
    id=fields.ID(stored=True, unique=True),
    title=fields.TEXT(field_boost=2.0),
    text=fields.TEXT(),
    countries=fields.KEYWORD(commas=True, scorable=True),
    dated=fields.ID(sortable=True),
    date=fields.DATETIME(sortable=True),
)
WORDS = "وزير خارجية صين روسيا مجلس امن لقاء بحث تعاون اقتصاد".split()
QUERIES = [
    wq.Term("text", "وزير"),
    wq.Term("title", "صين"),
    wq.Term("countries", "CN"),
    wq.Phrase("text", ["مجلس", "امن"]),
    wq.Phrase("text", ["وزير", "بحث"], slop=3),
    wq.Term("text", "absent"),
]


def _document(n: int, version: int = 0) -> dict:
    words = [WORDS[(n * k + version) % len(WORDS)] for k in range(1, 9 + n % 5)]
    if n % 4 == 0:
        words += ["مجلس", "امن"]
    dated = n % 3 != 0
    return {
        "id": str(n),
        "title": " ".join(words[:3]),
        "text": " ".join(words),
        "countries": "CN" if n % 2 else "RU,CN",
        "dated": "true" if dated else "false",
        "date": datetime(2018, 1 + n % 12, 1 + n % 7) if dated else None,
    }


def _commit(ix, documents: list[dict]) -> None:
    writer = ix.writer()
    for document in documents:
        if document["date"] is None:
            document = {k: v for k, v in document.items() if k != "date"}
        writer.update_document(**document)
    writer.commit(merge=False)  # one segment per commit, as small commits start


@pytest.fixture
def ix(tmp_path):
    ix = index.create_in(str(tmp_path), SCHEMA)
    for start in (0, 12, 24):
        _commit(ix, [_document(n) for n in range(start, start + 12)])
    return ix


def _whoosh_scores(searcher, query) -> dict[int, float]:
    return {doc: score for score, doc in searcher.search(query, limit=None).top_n}


def test_scores_are_whooshs_own_across_a_write_that_deletes_in_old_segments(ix):
    with ix.searcher() as before:
        for query in QUERIES:  # read and kept from the three segments
            assert Segments("ix", before).scores(query) == _whoosh_scores(before, query)
    _commit(ix, [_document(n, version=1) for n in (3, 14, 40)])  # 2 updated, 1 new
    with ix.searcher() as after:
        assert len(after.leaf_searchers()) == 4
        segments = Segments("ix", after)
        for query in QUERIES:
            assert segments.scores(query) == _whoosh_scores(after, query)
            assert segments.docs(query) == set(after.docs_for_query(query))


def test_a_write_keeps_what_was_read_from_unchanged_segments_only(ix):
    with ix.searcher() as before:
        first = [leaf.memory for leaf in Segments("ix", before).leaves]
    _commit(ix, [_document(50)])
    with ix.searcher() as after:
        kept = [leaf.memory for leaf in Segments("ix", after).leaves]
    assert kept[:3] == first and kept[3] not in first
    ix.optimize()  # every segment merged into one: nothing read before holds
    with ix.searcher() as merged:
        (leaf,) = Segments("ix", merged).leaves
    assert leaf.memory not in kept


@pytest.mark.parametrize("sort", ["-date", "date"])
def test_date_order_is_whooshs_undated_last(ix, sort):
    _commit(ix, [_document(n, version=1) for n in (5, 30)])
    facets = [
        sorting.FieldFacet("dated", reverse=True),
        sorting.FieldFacet("date", reverse=sort == "-date"),
    ]
    with ix.searcher() as searcher:
        every = searcher.search(wq.Every(), sortedby=facets, limit=None)
        expected = [doc for _, doc in every.top_n]
        shared = _Shared("ix", searcher)
        docs = shared.docs(wq.Every())
        assert shared.first_in_order(sort, docs, len(docs)) == expected

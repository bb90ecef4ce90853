"""What searches read from each segment of a Whoosh index, kept while it lives.

A commit (an ingest batch, an admin save) adds a small segment and merges a few
small ones; the large segments stay as they were, save for documents marked
deleted, which only ever grow in number. So what a search reads from a segment (the
documents of a query part, the weights of a word in them, facet values and sort
keys) is read once, and the first search after a write reads only the new
segments. Scores are worked out again from the kept weights and field lengths with
the index's statistics of the moment, through Whoosh's own scorer, so a ranking is
the one a freshly opened searcher gives.
"""

from __future__ import annotations

import threading
from array import array
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from whoosh import query as wq
from whoosh.scoring import WeightLengthScorer

CACHED_PARTS = 64  # query parts kept per segment (country and person names)

# Per index folder, what was read from each of its segments (by segment id), kept
# for as long as the segment is in the index.
_memories: dict[str, dict[str, SegmentMemory]] = {}
_lock = threading.Lock()


@dataclass(frozen=True)
class Postings:
    """Where a word or a phrase matches in one segment: each document, the field's
    length there and the weight of each of the phrase's words."""

    docs: array
    lengths: array
    weights: tuple[array, ...]


class SegmentMemory:
    """What was read from one segment."""

    def __init__(self):
        self.parts: OrderedDict[tuple, object] = OrderedDict()
        self.columns: dict[tuple, list] = {}

    def kept(self, key: tuple, read: Callable, *args):
        """What `read(*args)` gives, read once and kept under `key`."""
        if key in self.parts:
            self.parts.move_to_end(key)
            return self.parts[key]
        found = self.parts[key] = read(*args)
        if len(self.parts) > CACHED_PARTS:
            self.parts.popitem(last=False)
        return found


@dataclass(frozen=True)
class _Leaf:
    """One segment as one searcher sees it."""

    memory: SegmentMemory
    searcher: object  # the segment's own searcher (its parent's statistics)
    offset: int
    deleted: frozenset[int]


class Segments:
    """The segments of one searcher, each with what was kept from it."""

    def __init__(self, path: str, searcher):
        with _lock:
            known = _memories.get(path, {})
            leaves, kept = [], {}
            for sub, offset in searcher.leaf_searchers():
                reader = sub.reader()
                if reader.segment() is None:  # an empty index: no segment yet
                    continue
                key = reader.segment().segment_id()
                memory = kept[key] = known.get(key) or SegmentMemory()
                deleted = reader.deleted_docs_set
                leaves.append(_Leaf(memory, sub, offset, deleted))
            _memories[path] = kept  # segments merged away are forgotten
        self.searcher = searcher
        self.leaves = leaves

    def docs(self, query: wq.Query) -> frozenset[int]:
        """The documents (index-wide numbers) matching `query`."""
        found = []
        for leaf in self.leaves:
            local = leaf.memory.kept(("docs", query), _docs, leaf.searcher, query)
            found += [leaf.offset + d for d in local if d not in leaf.deleted]
        return frozenset(found)

    def scores(self, query: wq.Term | wq.Phrase) -> dict[int, float]:
        """Every document matching a word or a phrase, with Whoosh's score there: the
        sum of its words' scores, as Whoosh adds them up."""
        field = query.fieldname
        words = [query.text] if isinstance(query, wq.Term) else list(query.words)
        if field not in self.searcher.schema or any(
            (field, w) not in self.searcher.reader() for w in words
        ):
            return {}
        weighting = self.searcher.weighting
        scorers = [weighting.scorer(self.searcher, field, w) for w in words]
        found = {}
        for leaf in self.leaves:
            postings = leaf.memory.kept(
                ("postings", query), _postings, leaf.searcher, query, words
            )
            by_word = list(zip(scorers, postings.weights, strict=True))
            for i, doc in enumerate(postings.docs):
                if doc not in leaf.deleted:
                    length = postings.lengths[i]
                    found[leaf.offset + doc] = sum(
                        _score(scorer, weights[i], length)
                        for scorer, weights in by_word
                    )
        return found

    def column(self, key: tuple, read: Callable) -> list:
        """Per-document values of every document, index-wide: `read(reader)` gives
        one segment's, kept under `key`."""
        values = []
        for leaf in self.leaves:
            columns = leaf.memory.columns
            if key not in columns:
                columns[key] = read(leaf.searcher.reader())
            values += columns[key]
        return values


def _docs(searcher, query: wq.Query) -> frozenset[int]:
    return frozenset(query.docs(searcher))


def _postings(searcher, query: wq.Term | wq.Phrase, words: list[str]) -> Postings:
    """Read one segment's matches of `query` and its words' weights there."""
    reader, field = searcher.reader(), query.fieldname
    docs = array("i", sorted(query.docs(searcher)))
    wanted = set(docs)
    weights = []
    for word in words:
        weight = {}
        if (field, word) in reader:
            matcher = reader.postings(field, word)
            while matcher.is_active():
                if matcher.id() in wanted:
                    weight[matcher.id()] = matcher.weight()
                matcher.next()
        weights.append(array("d", [weight.get(d, 0.0) for d in docs]))
    lengths = array("i", [reader.doc_field_length(d, field, 1) for d in docs])
    return Postings(docs, lengths, tuple(weights))


def _score(scorer, weight: float, length: int) -> float:
    if isinstance(scorer, WeightLengthScorer):
        return scorer._score(weight, length)
    return weight  # an unscorable field: Whoosh scores the weight alone

"""Compare Arabic analyses on the relevance set: recall@10 and MAP, Whoosh BM25F.

Every analysis shares the tokenizer, normalization and stop words of the Arabic core
(``archive.arabic``) and differs only in how a word becomes an index term.

The archive's own analysis is measured twice: with the name registry production
builds from the gazetteer (``tests.relevance.registry``), the row the README and the
test floors are about, and with the core's built-in list alone.

Run: ``.venv/bin/python -m tests.relevance.evaluate`` (``--per-query`` prints each
tune query's scores under both registries; the held-out half is not shown query by
query, so that no rule is fitted to it).
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import sys
import uuid
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from statistics import fmean

import django
import Stemmer
from tashaphyne.stemming import ArabicLightStemmer
from whoosh.analysis import Filter
from whoosh.fields import ID, TEXT, Schema
from whoosh.filedb.filestore import RamStorage
from whoosh.qparser import OrGroup, QueryParser
from whoosh.query import Query

from archive import arabic
from archive.search.analyzer import ArabicTokenizer, arabic_analyzer
from archive.search.query import compile_query, parse
from tests.relevance.registry import production_registry

HERE = Path(__file__).resolve().parent
FIXTURES = HERE.parents[1] / "fixtures"
CORPUS_SAMPLE = HERE / "corpus_sample.jsonl"
QUERIES = HERE / "queries.json"
CUTOFF = 10
OURS = "light + plurals + names, production registry (archive.arabic)"
CORE_ONLY = "light + plurals + names, core's list only"

# --- the reductions compared ----------------------------------------------------------

_LIGHT10_PREFIXES = ("ال", "وال", "بال", "كال", "فال", "لل", "و")
_LIGHT10_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي")


def light10(word: str) -> str:
    """Larkey's light10 as Lucene's ArabicStemmer applies it."""
    for prefix in _LIGHT10_PREFIXES:
        shortest = 4 if len(prefix) == 1 else len(prefix) + 2
        if len(word) >= shortest and word.startswith(prefix):
            word = word[len(prefix) :]
            break
    for suffix in _LIGHT10_SUFFIXES:
        if len(word) >= len(suffix) + 2 and word.endswith(suffix):
            word = word[: -len(suffix)]
    return word


@functools.cache
def snowball(word: str) -> str:
    return _snowball_stemmer().stemWord(word)


@functools.cache
def _snowball_stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("arabic")


@functools.cache
def tashaphyne(word: str) -> str:
    return ArabicLightStemmer().light_stem(word) or word


STEMMERS: dict[str, Callable[[str], str]] = {
    "light, no plurals, no name registry": arabic.stem,
    "light10 (Lucene rules)": light10,
    "Snowball (PyStemmer)": snowball,
    "Tashaphyne": tashaphyne,
    "no stemming": str,
}


def default_names() -> arabic.NameRegistry:
    """The core's own names: the database adds more."""
    return arabic.DEFAULT_NAMES


REGISTRIES: dict[str, Callable[[], arabic.NameRegistry]] = {
    OURS: production_registry,
    CORE_ONLY: default_names,
}


class StemmerFilter(Filter):
    """Stop words out, then one of ``STEMMERS``, named so that schemas pickle."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, tokens: Iterable) -> Iterator:
        reduce = STEMMERS[self.name]
        for token in tokens:
            if token.text not in arabic.STOP_WORDS:
                token.text = reduce(token.text)
                yield token


class Ours:
    """The archive's own query: every word's alternatives (names under all their
    spellings, clitics, meeting kinds), any of them matching."""

    def __init__(self, names: Callable[[], arabic.NameRegistry]) -> None:
        self.names = names

    def __call__(self, text: str, schema: Schema) -> Query | None:
        return compile_query(parse(text), ("body",), self.names()).loose


def whoosh_parser(text: str, schema: Schema) -> Query:
    """Whoosh's query parser over the field's analyzer, terms OR'ed."""
    return QueryParser("body", schema, group=OrGroup).parse(text)


def analyses() -> dict[str, tuple]:
    """(Whoosh analyzer, query builder) by the name the table prints."""
    found = {
        name: (arabic_analyzer(names), Ours(names))
        for name, names in REGISTRIES.items()
    }
    for name in STEMMERS:
        found[name] = (ArabicTokenizer() | StemmerFilter(name), whoosh_parser)
    return found


# --- data -----------------------------------------------------------------------------


def load_documents() -> dict[str, str]:
    """Fixture texts (id: file stem) and the corpus sample (id: docno)."""
    documents = {path.stem: path.read_text("utf-8") for path in FIXTURES.glob("*.txt")}
    with CORPUS_SAMPLE.open(encoding="utf-8") as lines:
        for line in lines:
            article = json.loads(line)
            documents[article["docno"]] = f"{article['title']}\n{article['text']}"
    return documents


def load_queries(half: str | None = None) -> list[dict]:
    """[{"query", "kind": "name" | "topic", "need", "relevant": [doc id, ...]}], all
    of them or one ``half``: "tune" or "held-out"."""
    queries = json.loads(QUERIES.read_text("utf-8"))
    return [q for q in queries if half in (None, split(q["query"]))]


def split(query: str) -> str:
    """A fixed rule, blind to the judgements: the parity of the query's SHA-256."""
    return ("tune", "held-out")[hashlib.sha256(query.encode()).digest()[-1] % 2]


# --- measurement ----------------------------------------------------------------------


def rank(
    analysis: tuple, documents: dict[str, str], queries: list[str]
) -> list[list[str]]:
    """Doc ids ranked by BM25F for each query, best first."""
    analyzer, build_query = analysis
    schema = Schema(id=ID(stored=True), body=TEXT(analyzer=analyzer))
    # Whoosh spills an index named N to /tmp/N.tmp: a name of its own, so that runs
    # at the same time on one machine do not delete each other's files.
    index = RamStorage().create_index(schema, indexname=f"relevance-{uuid.uuid4().hex}")
    with index.writer() as writer:
        for doc_id, text in documents.items():
            writer.add_document(id=doc_id, body=text)
    with index.searcher() as searcher:
        return [
            [hit["id"] for hit in searcher.search(found, limit=100)] if found else []
            for query in queries
            for found in [build_query(query, schema)]
        ]


def average_precision(ranking: list[str], relevant: set[str]) -> float:
    found, total = 0, 0.0
    for place, doc_id in enumerate(ranking, start=1):
        if doc_id in relevant:
            found += 1
            total += found / place
    return total / len(relevant)


def recall_at(ranking: list[str], relevant: set[str], cutoff: int = CUTOFF) -> float:
    return len(relevant.intersection(ranking[:cutoff])) / len(relevant)


def evaluate(analysis: tuple, documents=None, queries=None) -> dict[str, float]:
    """Mean recall@10 and MAP of ``analysis``, and MAP by kind of query."""
    documents = documents or load_documents()
    queries = queries or load_queries()
    rankings = rank(analysis, documents, [query["query"] for query in queries])
    scored = [
        (query["kind"], recall_at(ranking, judged), average_precision(ranking, judged))
        for query, ranking in zip(queries, rankings, strict=True)
        for judged in [set(query["relevant"])]
    ]
    scores = {
        "recall@10": fmean(recall for _, recall, _ in scored),
        "MAP": fmean(ap for _, _, ap in scored),
    }
    for kind in sorted({kind for kind, _, _ in scored}):
        scores[f"MAP, {kind} queries"] = fmean(ap for k, _, ap in scored if k == kind)
    return scores


def table(results: dict[str, dict[str, float]]) -> str:
    columns = list(next(iter(results.values())))
    lines = [
        "| analysis | " + " | ".join(columns) + " |",
        "| --- |" + " ---: |" * len(columns),
    ]
    for name, scores in results.items():
        lines.append(
            f"| {name} | " + " | ".join(f"{scores[c]:.3f}" for c in columns) + " |"
        )
    return "\n".join(lines)


def per_query(half: str = "tune") -> str:
    """Each query's recall@10 and average precision under both registries, the
    largest losses of the production registry first. Tune half only."""
    if half != "tune":
        raise SystemExit("per-query scores are shown for the tune half only")
    documents, queries = load_documents(), load_queries(half)
    texts = [query["query"] for query in queries]
    ranked = {name: rank(analyses()[name], documents, texts) for name in REGISTRIES}
    rows = []
    for i, query in enumerate(queries):
        judged = set(query["relevant"])
        scores = [
            (
                recall_at(ranked[name][i], judged),
                average_precision(ranked[name][i], judged),
            )
            for name in REGISTRIES
        ]
        rows.append((scores[0][1] - scores[1][1], query, scores))
    lines = [
        "| query | kind | production R@10 / AP | core's list R@10 / AP | AP change |",
        "| --- | --- | ---: | ---: | ---: |",
    ]
    for change, query, ((r1, a1), (r2, a2)) in sorted(rows, key=lambda r: r[0]):
        lines.append(
            f"| {query['query']} | {query['kind']} | {r1:.2f} / {a1:.2f} "
            f"| {r2:.2f} / {a2:.2f} | {change:+.3f} |"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--per-query"]:
        sys.stdout.write(per_query(*argv[1:2]))
        return
    documents = load_documents()
    for half in (None, "tune", "held-out"):
        queries = load_queries(half)
        results = {
            name: evaluate(analysis, documents, queries)
            for name, analysis in analyses().items()
        }
        kinds = {k: sum(q["kind"] == k for q in queries) for k in ("name", "topic")}
        sys.stdout.write(
            f"\n{half or 'all'}: {len(queries)} queries ({kinds['name']} on names, "
            f"{kinds['topic']} on topics) over {len(documents)} documents; "
            "Whoosh BM25F.\n\n" + table(results) + "\n"
        )


if __name__ == "__main__":
    # The archive's query compiles in its Whoosh backend, which reads Django settings.
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")
    django.setup()
    main()

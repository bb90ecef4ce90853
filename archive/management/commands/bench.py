"""`manage.py bench --corpus PATH`: the archive's speed, each figure beside a peer.

Machines here are shared and noisy, so every figure is a median over repeats and comes
with a peer measured in the same process: the Arabic analysis against Whoosh's English
default (what Haystack gives out of the box), one shared searcher against a searcher
opened per query. Nothing is written to the archive; indexes go to a temporary folder.
"""

import gzip
import itertools
import json
import statistics
import tempfile
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from whoosh import index
from whoosh.analysis import StemmingAnalyzer
from whoosh.fields import ID, TEXT, Schema
from whoosh.qparser import QueryParser

from archive.ingest.entities import Gazetteer
from archive.ingest.parse import link_entities, proposals_in, read_article
from archive.search import names
from archive.search.analyzer import arabic_analyzer

QUERIES = [
    "وزير الخارجية",
    "قازاقستان",
    "محادثات هاتفية",
    "الرئيس الروسي",
    "قمة شنغهاي",
    "الأمم المتحدة",
    "اتفاقية التعاون",
    "الصِّينُ",
    "ترامب",
    "مجلس الأمن",
]


NEWS = {"internationalNews", "middleEast"}  # where the diplomacy is


def read_corpus(path: Path, limit: int) -> list[str]:
    texts = []
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record["cat"] not in NEWS:
                continue
            texts.append(f"{record['title']}\n{record['text']}")
            if len(texts) == limit:
                break
    return texts


def median_ms(run, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


class Command(BaseCommand):
    help = "Benchmark parsing, indexing and searching on real Arabic news."

    def add_arguments(self, parser):
        parser.add_argument("--corpus", type=Path, required=True)
        parser.add_argument("--articles", type=int, default=1000)
        parser.add_argument("--repeat", type=int, default=5)

    def handle(self, *, corpus, articles, repeat, **options):
        if not corpus.exists():
            raise CommandError(f"no corpus at {corpus}")
        texts = read_corpus(corpus, articles)
        self.stdout.write(
            f"{len(texts)} articles from {corpus.name}, median of {repeat}"
        )
        self._parsing(texts)
        with tempfile.TemporaryDirectory() as folder:
            arabic = self._indexing(
                texts, Path(folder), "arabic", arabic_analyzer(names.registry)
            )
            english = self._indexing(texts, Path(folder), "english", StemmingAnalyzer())
            self._ratio("index build", arabic[1], english[1])
            self._searching(arabic[0], english[0], repeat)

    def _parsing(self, texts):
        """Ingest's reading and linking, with proposed officials kept in memory."""
        gazetteer, new_keys = Gazetteer.from_db(), itertools.count(-1, -1)
        start = time.perf_counter()
        meetings = proposed = 0
        for text in texts:
            article = read_article(text)
            for proposal in proposals_in(article, gazetteer):
                gazetteer.add_person(
                    next(new_keys), [proposal.name], proposal.country_key
                )
                proposed += 1
            meetings += len(link_entities(article, gazetteer).meetings)
        per_article = (time.perf_counter() - start) * 1000 / len(texts)
        self.stdout.write(
            f"parse: {per_article:.2f} ms per article, "
            f"{meetings} meetings, {proposed} officials proposed"
        )

    def _indexing(self, texts, folder, name, analyzer):
        schema = Schema(id=ID(stored=True), text=TEXT(analyzer=analyzer))
        start = time.perf_counter()
        (folder / name).mkdir()
        ix = index.create_in(folder / name, schema)
        with ix.writer(limitmb=256) as writer:
            for number, text in enumerate(texts):
                writer.add_document(id=str(number), text=text)
        return ix, (time.perf_counter() - start) * 1000

    def _searching(self, arabic, english, repeat):
        for label, ix in (("arabic", arabic), ("english default", english)):
            parser = QueryParser("text", ix.schema)
            with ix.searcher() as searcher:
                shared = median_ms(
                    lambda p=parser, s=searcher: [
                        s.search(p.parse(q)) for q in QUERIES
                    ],
                    repeat,
                )
            hits = self._hits(ix, parser)
            self.stdout.write(
                f"search ({label}): {shared / len(QUERIES):.2f} ms per query, "
                f"{hits} hits over {len(QUERIES)} queries"
            )
        parser = QueryParser("text", arabic.schema)

        def reopen():
            for q in QUERIES:
                with arabic.searcher() as searcher:
                    searcher.search(parser.parse(q))

        with arabic.searcher() as searcher:
            shared = median_ms(
                lambda: [searcher.search(parser.parse(q)) for q in QUERIES], repeat
            )
        self._ratio(
            "searcher opened per query vs shared", median_ms(reopen, repeat), shared
        )

    def _hits(self, ix, parser) -> int:
        with ix.searcher() as searcher:
            return sum(
                len(searcher.search(parser.parse(q), limit=None)) for q in QUERIES
            )

    def _ratio(self, label, ours, peer):
        self.stdout.write(
            f"{label}: {ours:.0f} ms vs {peer:.0f} ms (ratio {ours / peer:.2f})"
        )

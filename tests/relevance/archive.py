"""The relevance set measured through the archive itself, on whichever engine runs.

`evaluate.py` compares analyses on an index of its own; this ingests the same texts
with `manage.py ingest` (the fixtures as files, the corpus sample as an export with
titles, times and URLs) and asks each query as a reader does, through the search
service, page after page. What it measures is everything between a text and a ranked
page: cleaning, titles, the index's fields and weights, the engine's ranking.
"""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

from django.core.management import call_command

from archive.models import Article
from archive.search import service
from tests.relevance.evaluate import (
    CORPUS_SAMPLE,
    FIXTURES,
    average_precision,
    recall_at,
)

DEPTH = 100  # results ranked per query, as evaluate.py ranks them


def ingest_relevance_set(folder: Path) -> dict[int, str]:
    """Ingest the set's texts; return each article's id in the set by its pk."""
    lines = [json.loads(line) for line in CORPUS_SAMPLE.read_text("utf-8").splitlines()]
    export = folder / "corpus_sample.jsonl"
    export.write_text(
        "\n".join(json.dumps(line, ensure_ascii=False) for line in lines), "utf-8"
    )
    out = StringIO()
    call_command("ingest", str(FIXTURES), str(export), stdout=out, stderr=StringIO())
    by_url = {line["url"]: line["docno"] for line in lines}
    set_ids = {}
    for pk, url, source_file in Article.objects.values_list("pk", "url", "source_file"):
        set_ids[pk] = by_url.get(url) or Path(source_file).stem
    return set_ids


def ranking(query: str, set_ids: dict[int, str]) -> list[str]:
    """The set's ids of the first DEPTH results the archive shows for ``query``:
    the articles with every word, then those with some (`SearchPage.nearest`)."""
    ranked, page = [], 1
    while len(ranked) < DEPTH:
        found = service.search({"q": query, "page": page})
        ranked += [set_ids[result.id] for result in found.results + found.nearest]
        if len(found.results) < service.PER_PAGE:
            break
        page += 1
    return ranked[:DEPTH]


def scores(queries: list[dict], set_ids: dict[int, str]) -> dict[str, float]:
    """Mean recall@10 and MAP of the archive's rankings of ``queries``."""
    measured = [
        (recall_at(ranked, judged), average_precision(ranked, judged))
        for query in queries
        for judged in [set(query["relevant"])]
        for ranked in [ranking(query["query"], set_ids)]
    ]
    return {
        "recall@10": sum(r for r, _ in measured) / len(measured),
        "MAP": sum(ap for _, ap in measured) / len(measured),
    }

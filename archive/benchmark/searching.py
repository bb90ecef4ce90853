"""One size's searches, in a process of its own whose ARCHIVE_DATA_DIR is that size's
archive (Django's settings are read once per process):

    ARCHIVE_DATA_DIR=DIR python -m archive.benchmark.searching ROUNDS [--no-postgres]
    DATABASE_URL=U SEARCH_URL=U python -m archive.benchmark.searching ROUNDS --archive

Times the query mix through the search service, as the API calls it (form, then
service): repeated, as the shared searcher answers a query it has seen since the
index last changed, and just after an index write (one article indexed again, as an
admin save does), which no answer outlives; and through each peer loaded with the
archive's own articles (with --archive, through the service alone); prints JSON.
"""

from __future__ import annotations

import itertools
import json
import os
import sys

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")
django.setup()

from archive.benchmark.peers import (  # noqa: E402  (after django.setup())
    Fts5,
    Postgres,
    initdb,
    postgres_server,
)
from archive.benchmark.queries import MIX  # noqa: E402
from archive.benchmark.timing import time_mix  # noqa: E402
from archive.forms import SearchForm  # noqa: E402
from archive.models import Article  # noqa: E402
from archive.search import service  # noqa: E402
from archive.search.outbox import index_articles  # noqa: E402


def archive_search(params: dict) -> int:
    form = SearchForm(params)
    if not form.is_valid():
        raise ValueError(f"the mix has a bad query {params}: {form.errors}")
    return service.search(form.cleaned_data).count


def peer_count(answer: dict) -> int:
    return answer["count"][0][0]


def articles() -> list[dict]:
    """The texts and fields the peers index, as the archive holds them."""
    return [
        {
            "id": article.pk,
            "title": article.title,
            "body": article.body,
            "date": article.date and article.date.isoformat(),
            "year": article.date and str(article.date.year),
            "countries": [country.code for country in article.countries.all()],
        }
        for article in Article.objects.prefetch_related("countries")
    ]


def measured(search, count, rounds: int) -> dict:
    """p50/p95 over the mix, and what each query found (the price buys recall)."""
    hits = {label: count(search(params)) for label, params in MIX.items()}
    return {**time_mix(search, MIX.values(), rounds), "hits": hits}


class Rewrites:
    """Index writes between searches: each commits one article indexed again, the
    articles taken in turn (their old versions deleted across the segments)."""

    def __init__(self):
        self._ids = itertools.cycle(Article.objects.values_list("pk", flat=True))

    def __call__(self) -> None:
        index_articles([next(self._ids)])


def main(rounds: int, postgres: bool) -> dict:
    texts = articles()
    peers = {Fts5.name: measured(Fts5(texts).search, peer_count, rounds)}
    if not postgres:
        peers[Postgres.name] = {"skipped": "not asked for"}
    elif initdb():
        with postgres_server() as connection:
            pg = Postgres(texts, connection)
            peers[Postgres.name] = measured(pg.search, peer_count, rounds)
    else:
        peers[Postgres.name] = {"skipped": "PostgreSQL not installed"}
    return {
        "search_ms": measured(archive_search, lambda count: count, rounds),
        "search_after_write_ms": time_mix(
            archive_search, MIX.values(), rounds, before_each=Rewrites()
        ),
        "peers": peers,
    }


if __name__ == "__main__":
    rounds, postgres = int(sys.argv[1]), "--no-postgres" not in sys.argv
    if "--archive" in sys.argv:
        found = measured(archive_search, lambda count: count, rounds)
    else:
        found = main(rounds, postgres)
    json.dump(found, sys.stdout, ensure_ascii=False)

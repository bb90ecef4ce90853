"""`manage.py bench --corpus PATH --sizes 2000,10000 --json FILE`: what users feel at
each archive size, beside peers measured in the same run on the same texts and queries.

Each size gets a fresh archive in a temporary folder (the user's archive is never
touched), filled by the real `manage.py ingest`. Figures are medians and 95th
percentiles over repeated rounds of a fixed query mix: the machines are shared.
"""

from __future__ import annotations

import datetime
import json
import os
import tempfile
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from archive.benchmark.corpus import read_corpus
from archive.benchmark.measure import measure_size
from archive.benchmark.report import hits_table, table


def sizes(text: str) -> list[int]:
    try:
        found = [int(size.replace("_", "")) for size in text.split(",")]
    except ValueError:
        found = []
    if not found or min(found) < 1:
        raise CommandError(f"--sizes wants positive numbers with commas, not {text!r}")
    return found


class Command(BaseCommand):
    help = "Benchmark ingest, disk and search per archive size, beside SQL peers."

    def add_arguments(self, parser):
        parser.add_argument("--corpus", type=Path, required=True)
        parser.add_argument("--sizes", type=sizes, default=[2000])
        parser.add_argument(
            "--json", type=Path, dest="json_path", help="write the runs here"
        )
        parser.add_argument("--seed", type=int, default=7)
        parser.add_argument(
            "--no-postgres",
            dest="postgres",
            action="store_false",
            help="leave out the PostgreSQL peer (it starts a server of its own)",
        )
        parser.add_argument(
            "--rounds", type=int, default=10, help="times each query of the mix runs"
        )

    def handle(self, *, corpus, sizes, json_path, seed, rounds, postgres, **options):
        if not corpus.exists():
            raise CommandError(f"no corpus at {corpus}")
        records = read_corpus(corpus)
        runs = []
        for size in sizes:
            self.stdout.write(f"{size:,} articles ...")
            with tempfile.TemporaryDirectory(prefix="bench-") as folder:
                runs.append(
                    measure_size(
                        size=size,
                        corpus=records,
                        seed=seed,
                        rounds=rounds,
                        postgres=postgres,
                        folder=Path(folder),
                    )
                )
        self.stdout.write(table(runs))
        self.stdout.write(f"\nHits per query at {runs[-1]['size']:,} articles:")
        self.stdout.write(hits_table(runs[-1]))
        if json_path:
            self._write(json_path, corpus, seed, rounds, runs)

    def _write(self, path, corpus, seed, rounds, runs):
        document = {
            "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
            "corpus": corpus.name,
            "seed": seed,
            "rounds": rounds,
            "cpus": os.cpu_count(),
            "load_average": os.getloadavg(),
            "runs": runs,
        }
        path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n")

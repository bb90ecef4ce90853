"""`manage.py ingest PATH ...`: news text files and exports into the archive and its
index."""

import contextlib
import os
from collections import Counter
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from tqdm import tqdm

from archive.ingest.exports import count_lines, is_export
from archive.ingest.pipeline import (
    ADDED,
    OUTCOMES,
    REJECTED,
    UPDATED,
    Ingester,
    discover,
)
from archive.search import names
from archive.search.outbox import BATCH, drain

PROGRESS_FROM = 20  # articles; shorter runs finish before a bar would help
# Changed articles between drains. A drain commits the index once per outbox batch
# (100), but first rebuilds the search name registry whenever the run proposed a
# person since the last one (0.1 s CPU with the 2018 gazetteer, more as it grows):
# every 1,000 articles keeps a long run searchable as it goes without paying that at
# every batch.
DRAIN_EVERY = 10 * BATCH
CHANGED = {ADDED, UPDATED}
KEPT = "kept"


class Command(BaseCommand):
    help = (
        "Ingest .txt news files and JSON Lines exports (.jsonl, .jsonl.gz), "
        "or folders of them, into the archive."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", type=Path, metavar="PATH")
        parser.add_argument(
            "--reparse",
            action="store_true",
            help="read unchanged files again (after the gazetteer or the rules grew)",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="report what would change; write nothing",
        )
        parser.add_argument(
            "--workers",
            type=int,
            default=os.cpu_count() or 1,
            help="processes reading export lines (default: one per core; 1: none)",
        )

    def handle(
        self,
        *,
        paths,
        reparse=False,
        dry_run=False,
        workers=None,
        verbosity=1,
        **options,
    ):
        if workers is None:
            workers = os.cpu_count() or 1
        if workers < 1:
            raise CommandError("--workers must be 1 or more")
        found = list(discover(paths))
        counts = Counter()
        # Each article commits on its own with its search outbox row, and the outbox
        # drains as the run goes; a dry run wraps them all and rolls back.
        run = transaction.atomic() if dry_run else contextlib.nullcontext()
        # The people it proposes reach other processes' queries as it ends.
        with run, names.told_once():
            try:
                ingester = Ingester(reparse=reparse, workers=workers)
                try:
                    self._ingest(found, ingester, counts, verbosity, dry_run)
                finally:
                    ingester.close()
            finally:
                if dry_run:
                    transaction.set_rollback(True)
                else:
                    drain()  # also what a killed earlier run left queued
        if counts[KEPT]:
            self.stdout.write(f"kept {counts[KEPT]} staff edits")
        summary = ", ".join(f"{status} {counts[status]}" for status in OUTCOMES)
        self.stdout.write(summary)
        if counts[REJECTED]:
            raise CommandError(f"{counts[REJECTED]} article(s) rejected", returncode=1)

    def _ingest(self, found, ingester, counts, verbosity, dry_run):
        # Exports are counted line by line first (a stream, never held) for the bar.
        total = sum(count_lines(f.path) if is_export(f.path) else 1 for f in found)
        quiet = total < PROGRESS_FROM
        with tqdm(total=total, unit="article", disable=True if quiet else None) as bar:
            for entry in found:
                for outcome in ingester.ingest(entry):
                    counts[outcome.status] += 1
                    counts[KEPT] += outcome.kept
                    self._report(outcome, verbosity)
                    if not dry_run and drain_due(outcome, counts):
                        drain()
                    bar.update()

    def _report(self, outcome, verbosity):
        if outcome.status == REJECTED:
            self.stderr.write(f"rejected {outcome.name}: {outcome.reason}")
        elif verbosity >= 2:
            self.stdout.write(f"{outcome.status} {outcome.name}")
        if outcome.warning:
            self.stderr.write(f"warning {outcome.name}: {outcome.warning}")


def drain_due(outcome, counts) -> bool:
    """Every DRAIN_EVERY changed articles: a long run is searchable as it goes."""
    changed = counts[ADDED] + counts[UPDATED]
    return outcome.status in CHANGED and changed % DRAIN_EVERY == 0

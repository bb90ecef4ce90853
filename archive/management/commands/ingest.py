"""`manage.py ingest PATH ...`: news text files into the archive and its index."""

import contextlib
from collections import Counter
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from tqdm import tqdm

from archive.ingest.pipeline import (
    ADDED,
    OUTCOMES,
    REJECTED,
    UPDATED,
    Ingester,
    text_files,
)
from archive.search.outbox import drain

PROGRESS_FROM = 20  # files; shorter runs finish before a bar would help
DRAIN_EVERY = 100  # changed files: a long run is searchable as it goes
CHANGED = {ADDED, UPDATED}
KEPT = "kept"


class Command(BaseCommand):
    help = "Ingest .txt news files (or folders of them) into the archive."

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

    def handle(self, *, paths, reparse=False, dry_run=False, verbosity=1, **options):
        files = list(text_files(paths))
        counts = Counter()
        # Each file commits on its own with its search outbox row, and the outbox
        # drains as the run goes; a dry run wraps them all and rolls back.
        run = transaction.atomic() if dry_run else contextlib.nullcontext()
        with run:
            try:
                ingester = Ingester(reparse=reparse)
                self._ingest(files, ingester, counts, verbosity, dry_run)
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
            raise CommandError(f"{counts[REJECTED]} file(s) rejected", returncode=1)

    def _ingest(self, files, ingester, counts, verbosity, dry_run):
        quiet = len(files) < PROGRESS_FROM
        for path in tqdm(files, unit="file", disable=True if quiet else None):
            outcome = ingester.ingest_path(path)
            counts[outcome.status] += 1
            counts[KEPT] += outcome.kept
            self._report(path, outcome, verbosity)
            changed = counts[ADDED] + counts[UPDATED]
            if outcome.status in CHANGED and changed % DRAIN_EVERY == 0 and not dry_run:
                drain()

    def _report(self, path, outcome, verbosity):
        if outcome.status == REJECTED:
            self.stderr.write(f"rejected {path}: {outcome.reason}")
        elif verbosity >= 2:
            self.stdout.write(f"{outcome.status} {path}")

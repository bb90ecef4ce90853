"""`manage.py check_index`: the search index against the database, drift repaired."""

from django.core.management.base import BaseCommand
from django.db import transaction

from archive.models import Article, IndexAction, PendingIndex
from archive.search.outbox import drain, indexed_ids, queue, queued_together


class Command(BaseCommand):
    help = (
        "Compare the articles in the database with those in the search index; queue "
        "the missing and the extra in the outbox and index them."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="report the drift; repair nothing"
        )

    def handle(self, *, dry_run=False, **options):
        stored = set(Article.objects.values_list("pk", flat=True))
        indexed = indexed_ids()
        missing, extra = stored - indexed, indexed - stored
        pending = PendingIndex.objects.count()
        self.stdout.write(
            f"database {len(stored)}, index {len(indexed)}: missing {len(missing)}, "
            f"extra {len(extra)}, queued before {pending}"
        )
        if dry_run:
            return
        with transaction.atomic(), queued_together() as block:
            queue(missing)
            queue(extra, IndexAction.DELETE)
        indexed = block.indexed + drain()
        self.stdout.write(self.style.SUCCESS(f"indexed {indexed}"))

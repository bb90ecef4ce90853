"""`manage.py load_gazetteer`: add what the gazetteer's lists and data files hold and
the archive lacks (`migrate` does this too, after every run)."""

from django.core.management.base import BaseCommand
from django.db import transaction

from archive import pagecache
from archive.gazetteer.load import load_all
from archive.search import names


class Command(BaseCommand):
    help = (
        "Load countries, people, sources, organisations and places from "
        "archive/gazetteer/; records staff created or edited are kept."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="report what would change, write nothing",
        )

    def handle(self, *args, dry_run=False, verbosity=1, **options):
        with transaction.atomic():
            report = load_all()
            # Its bulk inserts send no signals.
            names.announce_change()
            pagecache.archive_changed()
            transaction.set_rollback(dry_run)
        if verbosity:
            for model, counts in report.items():
                self.stdout.write(
                    f"{model}: "
                    + ", ".join(f"{what} {n}" for what, n in counts.items())
                )
            self.stdout.write(
                self.style.SUCCESS("dry run: nothing written" if dry_run else "done")
            )

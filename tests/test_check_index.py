"""`manage.py check_index` finds and repairs drift between the database and search."""

from io import StringIO
from unittest import mock

import pytest
from django.core.management import call_command
from haystack import connections

from archive.models import Article, PendingIndex
from archive.search.outbox import indexed_ids

pytestmark = pytest.mark.django_db


def check_index(**options) -> str:
    out = StringIO()
    call_command("check_index", stdout=out, **options)
    return out.getvalue()


@pytest.fixture
def drifted(seeded):
    """One article missing from the index, and one the database no longer has."""
    backend = connections["default"].get_backend()
    missing = seeded["002"]
    backend.remove(missing)
    extra = Article.objects.get(pk=seeded["003"].pk)
    with mock.patch("archive.search.outbox.queue"):  # as a restore of a backup
        Article.objects.filter(pk=extra.pk).delete()
    PendingIndex.objects.all().delete()  # and the outbox forgot them
    return missing, extra


def test_dry_run_reports_the_drift_and_changes_nothing(drifted):
    before = indexed_ids()
    assert check_index(dry_run=True).startswith(
        "database 4, index 4: missing 1, extra 1, queued before 0"
    )
    assert indexed_ids() == before


def test_repairs_the_drift(drifted):
    missing, extra = drifted
    assert missing.pk not in indexed_ids() and extra.pk in indexed_ids()
    assert "indexed 2" in check_index()
    assert indexed_ids() == set(Article.objects.values_list("pk", flat=True))
    assert not PendingIndex.objects.exists()
    assert "missing 0, extra 0" in check_index()

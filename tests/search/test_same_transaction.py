"""On PostgreSQL the index is a table of the records' own database: an edit is
searchable when it commits, in the same transaction, and a rolled-back one never."""

import pytest
from django.db import transaction

from archive.models import PendingIndex, SearchDocument
from archive.search.outbox import queued_together
from tests.conftest import ON_WHOOSH
from tests.search.factories import api, article, ids

pytestmark = pytest.mark.skipif(
    ON_WHOOSH, reason="Whoosh commits apart from the database: test_outbox.py"
)


def test_a_save_is_searchable_before_any_commit_callback(client):
    saved = article("خبر عن الزراعة")  # no on-commit callback runs here
    assert ids(api(client, q="الزراعة")) == {saved.pk}
    # Kept for the drain after commit, which catches writes no signal reports.
    assert set(PendingIndex.objects.values_list("article_id", flat=True)) == {saved.pk}


def test_a_rolled_back_save_leaves_neither_index_nor_outbox():
    with pytest.raises(RuntimeError), transaction.atomic():
        rolled = article("خبر ملغى")
        assert SearchDocument.objects.filter(pk=rolled.pk).exists()
        raise RuntimeError
    assert not SearchDocument.objects.exists()
    assert not PendingIndex.objects.exists()


def test_a_bulk_run_indexes_its_articles_as_its_block_ends(client):
    with queued_together():
        for n in range(3):
            article(f"دفعة {n}")
        assert api(client, q="دفعة")["count"] == 0
    assert api(client, q="دفعة")["count"] == 3
    assert not PendingIndex.objects.exists()


def test_a_deleted_article_leaves_the_index_in_its_transaction(client):
    gone = article("خبر سيحذف")
    gone.delete()
    assert api(client, q="سيحذف")["count"] == 0
    assert not SearchDocument.objects.exists()

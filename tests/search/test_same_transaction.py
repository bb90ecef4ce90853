"""On PostgreSQL the index is a table of the records' own database: the articles a
transaction wrote are indexed in it, just before it commits, and a rolled-back one
never reaches search."""

import pytest
from django.db import transaction

from archive.models import Meeting, MeetingKind, PendingIndex, SearchDocument
from archive.search import outbox
from archive.search.outbox import queued_together
from tests.conftest import ON_WHOOSH
from tests.search.factories import api, article, country, ids

pytestmark = pytest.mark.skipif(
    ON_WHOOSH, reason="Whoosh commits apart from the database: test_outbox.py"
)


@pytest.fixture
def no_drain_after_commit(monkeypatch):
    """Only what the transaction itself wrote: no drain once it has committed."""
    monkeypatch.setattr(outbox, "drain_soon", lambda article_ids: None)


@pytest.mark.django_db(transaction=True)
def test_a_save_commits_with_its_search_row(no_drain_after_commit, client):
    with transaction.atomic():
        saved = article("خبر عن الزراعة")
        saved.countries.add(country("KZ"))
        Meeting.objects.create(article=saved, kind=MeetingKind.PHONE, sentence="x")
        assert not SearchDocument.objects.exists()  # once, as it commits
    assert ids(api(client, q="الزراعة", country="KZ", kind="phone")) == {saved.pk}
    assert not PendingIndex.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_a_rolled_back_save_leaves_neither_index_nor_outbox(no_drain_after_commit):
    with pytest.raises(RuntimeError), transaction.atomic():
        article("خبر ملغى")
        raise RuntimeError
    assert not SearchDocument.objects.exists()
    assert not PendingIndex.objects.exists()


def test_a_search_in_the_writing_transaction_sees_its_writes(client):
    saved = article("خبر عن الزراعة")  # no commit, no on-commit callback here
    assert ids(api(client, q="الزراعة")) == {saved.pk}
    assert not PendingIndex.objects.exists()


def test_a_bulk_run_indexes_its_articles_as_its_block_ends(client):
    with queued_together():
        for n in range(3):
            article(f"دفعة {n}")
    assert SearchDocument.objects.count() == 3
    assert not PendingIndex.objects.exists()
    assert api(client, q="دفعة")["count"] == 3


def test_a_deleted_article_leaves_the_index_in_its_transaction(client):
    gone = article("خبر سيحذف")
    gone.delete()
    assert api(client, q="سيحذف")["count"] == 0
    assert not SearchDocument.objects.exists()

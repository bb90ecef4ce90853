"""The search outbox: queued with the article, drained into the index, never lost."""

import pytest
from django.db import transaction
from haystack import connections

from archive.models import IndexAction, PendingIndex
from archive.search import outbox
from archive.search.outbox import queued_together
from tests.search.factories import api, article, ids, indexed


def queued() -> set[int]:
    return set(PendingIndex.objects.values_list("article_id", flat=True))


@pytest.fixture
def writer_lock():
    """Whoosh's writer lock, to hold as another process's index write holds it."""
    lock = connections["default"].get_backend().index.lock("WRITELOCK")
    yield lock
    if lock.fd is not None:
        lock.release()


@pytest.mark.whoosh  # its index commits apart (PostgreSQL: test_same_transaction)
def test_an_article_and_its_outbox_row_commit_or_roll_back_together():
    kept = article("خبر محفوظ")
    with pytest.raises(RuntimeError), transaction.atomic():
        article("خبر ملغى")
        raise RuntimeError
    assert queued() == {kept.pk}


@pytest.mark.whoosh  # its index commits apart (PostgreSQL: test_same_transaction)
def test_drain_indexes_and_removes_and_empties_the_outbox(client):
    gone = indexed(article("خبر سيحذف"))[0]
    new, gone_id = article("خبر جديد"), gone.pk
    gone.delete()
    assert PendingIndex.objects.get(article_id=gone_id).action == IndexAction.DELETE
    assert outbox.drain() == 2
    assert ids(api(client, q="خبر")) == {new.pk}
    assert not PendingIndex.objects.exists()


@pytest.mark.whoosh  # its index commits apart (PostgreSQL: test_same_transaction)
def test_a_row_queued_again_during_a_drain_stays_for_the_next(monkeypatch, client):
    edited = article("نص أول")
    index = outbox.index_articles

    def index_then_edit(article_ids, **kwargs):
        index(article_ids, **kwargs)
        edited.body = "نص ثان"
        edited.save()  # committed while the drain was writing the old text

    monkeypatch.setattr(outbox, "index_articles", index_then_edit)
    outbox.drain()
    assert queued() == {edited.pk}
    monkeypatch.setattr(outbox, "index_articles", index)
    outbox.drain()
    assert ids(api(client, q="ثان")) == {edited.pk} and not queued()


@pytest.mark.whoosh  # its index commits apart (PostgreSQL: test_same_transaction)
def test_an_edit_saved_during_a_long_drain_waits_for_one_batch_not_all(monkeypatch):
    monkeypatch.setattr(outbox, "BATCH", 2)
    with queued_together():  # an ingest's backlog: three batches
        backlog = [article(f"خبر رقم {n}") for n in range(6)]
    batches, edited = [], []
    index = outbox.index_articles

    def index_and_record(article_ids, **kwargs):
        batches.append(set(article_ids))
        if not edited:  # staff save a new article while the first batch is written
            with queued_together():
                edited.append(article("خبر أضافه المحرر"))
        index(article_ids, **kwargs)

    monkeypatch.setattr(outbox, "index_articles", index_and_record)
    assert outbox.drain() == 7 and not queued()
    assert batches[0] == {a.pk for a in backlog[:2]}
    assert batches[1] == {edited[0].pk}  # before the rest of the backlog
    assert set().union(*batches[2:]) == {a.pk for a in backlog[2:]}


@pytest.mark.whoosh  # its index commits apart (PostgreSQL: test_same_transaction)
def test_a_save_indexes_its_own_article_not_an_ingest_backlog(
    client, django_capture_on_commit_callbacks
):
    with queued_together():  # as a running ingest leaves rows for its next drain
        backlog = article("خبر من الدفعة")
    with django_capture_on_commit_callbacks(execute=True):
        edited = article("خبر عن الزراعة")
    assert ids(api(client, q="الزراعة")) == {edited.pk}
    assert queued() == {backlog.pk}


@pytest.mark.whoosh  # its index commits apart (PostgreSQL: test_same_transaction)
def test_a_busy_index_keeps_the_rows_and_says_so(writer_lock, client):
    waiting = article("خبر ينتظر")
    writer_lock.acquire()
    with pytest.raises(outbox.IndexBusy):
        outbox.drain(wait=False)
    assert queued() == {waiting.pk}
    writer_lock.release()
    outbox.drain(wait=False)
    assert ids(api(client, q="ينتظر")) == {waiting.pk}


@pytest.mark.whoosh  # its index commits apart (PostgreSQL: test_same_transaction)
def test_a_removal_waits_for_a_busy_index_instead_of_dropping_it(writer_lock, client):
    gone = indexed(article("خبر سيحذف"))[0]
    gone_id = gone.pk
    gone.delete()
    writer_lock.acquire()
    with pytest.raises(outbox.IndexBusy):
        outbox.index_articles([gone_id], wait=False)
    writer_lock.release()
    outbox.drain()
    assert api(client, q="سيحذف")["count"] == 0


def test_indexed_ids_leave_out_removed_documents():
    a, b = indexed(article("واحد"), article("اثنان"))
    b.delete()
    outbox.drain()
    assert outbox.indexed_ids() == {a.pk}

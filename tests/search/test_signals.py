"""Edits reach search as soon as they are committed, as an admin save makes them."""

import pytest

from archive.models import Meeting, MeetingKind, PendingIndex
from archive.search.outbox import drain, queued_together
from tests.search.factories import api, article, country, ids, indexed


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run the block's on-commit callbacks, as the end of a request would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def test_a_saved_edit_is_searchable_at_once(client, committed):
    with committed():
        edited = article("نص عن الزراعة")
    assert ids(api(client, q="الزراعة")) == {edited.pk}
    with committed():
        edited.body = "نص عن الطاقة"
        edited.save()
    assert ids(api(client, q="الزراعة")) == set()
    assert ids(api(client, q="الطاقة")) == {edited.pk}


def test_links_changed_from_either_side_reach_the_filters(client, committed):
    kz = country("KZ")
    linked = indexed(article("قمة"))[0]
    with committed():
        linked.countries.add(kz)
    assert ids(api(client, country="KZ")) == {linked.pk}
    with committed():
        kz.articles.remove(linked)
    assert ids(api(client, country="KZ")) == set()
    with committed():
        kz.articles.add(linked)
    with committed():
        kz.articles.clear()
    assert ids(api(client, country="KZ")) == set()


def test_a_new_meeting_reaches_the_kind_filter(client, committed):
    reported = indexed(article("اتصال هاتفي بين الوزيرين"))[0]
    with committed():
        Meeting.objects.create(
            article=reported, kind=MeetingKind.PHONE, sentence="اتصال"
        )
    assert ids(api(client, kind="phone")) == {reported.pk}


def test_a_deleted_article_leaves_the_index(client, committed):
    gone = indexed(article("خبر سيحذف"))[0]
    with committed():
        gone.delete()
    assert api(client, q="سيحذف")["count"] == 0


@pytest.mark.whoosh  # its index commits apart (PostgreSQL: test_same_transaction)
def test_a_bulk_run_queues_each_article_once_and_indexes_when_drained(client):
    with queued_together():
        made = [article(f"دفعة {n}") for n in range(3)]
        assert not PendingIndex.objects.exists()  # written as the block ends
    assert set(PendingIndex.objects.values_list("article_id", flat=True)) == {
        a.pk for a in made
    }
    assert api(client, q="دفعة")["count"] == 0
    assert drain() == 3
    assert api(client, q="دفعة")["count"] == 3
    assert not PendingIndex.objects.exists()

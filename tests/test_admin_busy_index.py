"""An admin save never waits behind another process's index write (issue 9.8)."""

import threading
import time

import pytest
from django.urls import reverse
from haystack import connections
from haystack.query import SearchQuerySet

from archive.models import Article, PendingIndex
from archive.search.outbox import drain
from tests.search.factories import article
from tests.test_admin import change_form_data, inline_management

# Committed for real: the background drain reads with a connection of its own.
pytestmark = pytest.mark.django_db(transaction=True)
PROMPT = 2.0  # seconds; an ingest's index write holds the lock far longer


def titled(word: str) -> set[int]:
    return {int(hit.pk) for hit in SearchQuerySet().models(Article).filter(title=word)}


@pytest.mark.whoosh  # Whoosh's writer lock; PostgreSQL locks rows, in the save
def test_a_save_during_another_index_write_commits_at_once_and_follows(
    admin_client, clean_index
):
    edited = article("نص عن الزراعة", title="عنوان أول")
    drain()
    lock = connections["default"].get_backend().index.lock("WRITELOCK")
    assert lock.acquire(blocking=False)
    # Before the outbox the save waited for the lock: let it go in the end.
    guard = threading.Timer(3 * PROMPT, lock.release)
    guard.start()
    url = reverse("admin:archive_article_change", args=[edited.pk])
    data = change_form_data(admin_client, url) | inline_management(admin_client, url)
    data["title"] = "عنوان عن الطاقة"
    started = time.monotonic()
    assert admin_client.post(url, data).status_code == 302
    assert time.monotonic() - started < PROMPT
    assert Article.objects.get(pk=edited.pk).title == "عنوان عن الطاقة"
    assert PendingIndex.objects.filter(article_id=edited.pk).exists()
    guard.cancel()
    lock.release()
    deadline = time.monotonic() + PROMPT
    while PendingIndex.objects.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not PendingIndex.objects.exists()
    assert titled("الطاقة") == {edited.pk}

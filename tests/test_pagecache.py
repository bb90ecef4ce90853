"""Public pages are kept until the archive changes, and never served stale: any write
to the records or to the index makes the next reader's page new."""

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings
from django.urls import reverse
from pytest_django.asserts import assertContains, assertNotContains

from archive import pagecache
from archive.models import ArchiveVersion, Article, Country, Person, PersonStatus
from archive.search import outbox
from tests.conftest import ON_WHOOSH
from tests.pages.sample import build_archive


@pytest.fixture
def archive(db):
    return build_archive()


def _queries(client, url: str) -> tuple[int, object]:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries), response


@pytest.mark.whoosh  # PostgreSQL search keeps no generation: nothing is kept
@pytest.mark.parametrize("url", ["/countries/TJ/", "/search/?q=طاجيكستان", "/feeds/"])
def test_a_page_seen_again_costs_one_query(client, archive, url):
    rendered, first = _queries(client, url)
    kept, again = _queries(client, url)
    assert rendered > kept == 1  # the version's token, nothing else
    assert again.content == first.content


def test_an_edit_is_on_the_next_page(client, archive):
    article = archive["000"]
    url = f"/articles/{article.pk}/"
    assertContains(client.get(url), article.title)
    before = ArchiveVersion.objects.get().token
    article.title = "عنوان صححه المحرر"
    article.save()
    assert ArchiveVersion.objects.get().token != before
    assertContains(client.get(url), "عنوان صححه المحرر")


def test_a_link_changed_alone_is_on_the_next_page(client, archive):
    url = "/countries/KZ/"
    article = archive["000"]
    assertNotContains(client.get(url), article.display_title)
    article.countries.add(Country.objects.get(code="KZ"))  # no save of the article
    assertContains(client.get(url), article.display_title)


def test_a_deleted_record_leaves_no_page_behind(client, archive):
    article = archive["001"]
    assertContains(client.get("/countries/TJ/"), article.display_title)
    Article.objects.get(pk=article.pk).delete()
    assertNotContains(client.get("/countries/TJ/"), article.display_title)


def test_search_follows_the_index_not_only_the_records(client, seeded):
    url = "/search/?q=طاجيكستان"
    found = client.get(url).context["page"].count
    assert found > 1
    # The index loses an article while the records stay as they were.
    outbox._backend().remove(f"archive.article.{seeded['000'].pk}")
    assert client.get(url).context["page"].count == found - 1


def test_staff_and_errors_and_other_methods_are_never_kept(
    client, admin_client, archive, monkeypatch
):
    kept = []
    pages = caches[pagecache.CACHE]
    monkeypatch.setattr(pages, "set", lambda key, value, *a, **k: kept.append(key))
    monkeypatch.setattr(pages, "set_many", lambda values, *a, **k: kept.extend(values))
    admin_client.get("/countries/TJ/")  # staff
    assert client.get("/api/search/?from=not-a-date").status_code == 400
    client.head("/countries/TJ/")
    assert kept == []
    client.get("/countries/TJ/")  # an anonymous GET is kept (where pages are)
    assert len(kept) == (1 if ON_WHOOSH else 0)


@override_settings(PAGE_CACHE=False)
def test_nothing_is_kept_when_turned_off(client, archive):
    _queries(client, "/countries/TJ/")
    assert _queries(client, "/countries/TJ/")[0] > 1


def test_confirming_people_in_bulk_is_a_change(admin_client, db):
    person = Person.objects.create(
        name_ar="ماكي سال", name_en="Macky Sall", status=PersonStatus.PROPOSED
    )
    before = ArchiveVersion.objects.get().token
    changelist = reverse("admin:archive_person_changelist")
    admin_client.post(
        changelist, {"action": "confirm", "_selected_action": [person.pk]}
    )
    person.refresh_from_db()
    assert person.status == PersonStatus.CONFIRMED  # by update(), with no signal
    assert ArchiveVersion.objects.get().token != before


def test_the_gazetteer_loaded_after_migrate_is_a_change(db):
    from archive.gazetteer.load import load_after_migrate

    before = ArchiveVersion.objects.get().token
    load_after_migrate(sender=None)  # bulk inserts, no signals
    assert ArchiveVersion.objects.get().token != before


@pytest.mark.skipif(ON_WHOOSH, reason="PostgreSQL search: pages are not kept there")
def test_with_postgresql_search_every_page_is_rendered(client, archive):
    _queries(client, "/countries/TJ/")
    assert _queries(client, "/countries/TJ/")[0] > 1

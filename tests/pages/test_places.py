"""/places/ and /places/<slug>/: cities of meetings and datelines, every spelling."""

import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from pytest_django.asserts import assertContains, assertNotContains

from archive.models import Article, Meeting, Place
from tests.pages.sample import add_more

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture
def dushanbe(archive):
    """Dushanbe with the sample's meetings of Rahmon and one dateline."""
    place = Place.objects.get(name_en="Dushanbe")
    Meeting.objects.filter(participations__person__slug="emomali-rahmon").update(
        city=place
    )
    Article.objects.filter(pk=archive["000"].pk).update(city=place)
    return place


def test_the_list_shows_cities_with_meetings_and_every_spelling(client, dushanbe):
    response = client.get("/places/")
    assertContains(response, f'href="{dushanbe.get_absolute_url()}"')
    assertContains(response, "<bdi>دوشانبي</bdi>")
    assertContains(response, "لقاءات: <bdi>3</bdi>")
    assertContains(response, "(العاصمة)")
    assertNotContains(response, "<bdi>جنيف</bdi>")
    assertContains(client.get("/places/?all=1"), "<bdi>جنيف</bdi>")


def test_an_empty_list_points_to_every_known_city(client, db):
    assertContains(client.get("/places/"), 'href="/places/?all=1"')


def test_a_place_shows_its_country_spellings_meetings_and_datelines(client, dushanbe):
    response = client.get(dushanbe.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assertContains(response, "<h1><bdi>دوشنبه</bdi></h1>")
    assertContains(response, 'عاصمة <a href="/countries/TJ/">')
    assertContains(response, "<bdi>دوشانبي</bdi>")
    assertContains(response, '<bdi dir="ltr">38.56, 68.79</bdi>')
    assertContains(response, "لقاءات: <bdi>3</bdi>")
    assert len(response.context["meetings"].object_list) == 3
    assert list(response.context["articles"]) == [
        Article.objects.get(pk=dushanbe.articles.get().pk)
    ]


def test_an_unknown_place_is_404(client, db):
    assert client.get("/places/no-such-city/").status_code == 404


@pytest.mark.parametrize("url", ["/places/", "/places/dushanbe/"])
def test_place_pages_query_counts_do_not_grow(client, dushanbe, url):
    def queries() -> int:
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(url).status_code == 200
        return len(ctx.captured_queries)

    before = queries()
    add_more(4)
    Meeting.objects.filter(city=None).update(city=dushanbe)
    Article.objects.filter(city=None)[:1].get().meetings.update(
        city=Place.objects.get(name_en="Geneva")
    )
    assert queries() == before


def test_home_and_sitemap_lead_to_the_places(client, dushanbe):
    assertContains(client.get("/"), 'href="/places/"')
    root = ET.fromstring(client.get("/sitemap.xml").content)
    urls = {u.find(f"{SITEMAP}loc").text for u in root.findall(f"{SITEMAP}url")}
    assert {"http://testserver/places/", "http://testserver/places/dushanbe/"} <= urls
    assert "http://testserver/places/geneva/" not in urls


def test_meetings_and_datelines_link_to_their_place(client, dushanbe, archive):
    link = f'<a href="{dushanbe.get_absolute_url()}"><bdi>دوشنبه</bdi></a>'
    assertContains(client.get("/meetings/?person=emomali-rahmon"), f"في {link}")
    assertContains(client.get(archive["000"].get_absolute_url()), f"<dd>{link}</dd>")


def test_every_page_leads_to_the_places_and_marks_them_when_there(client, db):
    assertContains(client.get("/"), '<a href="/places/">الأماكن</a>', html=False)
    assertContains(client.get("/places/"), 'href="/places/" aria-current="page"')

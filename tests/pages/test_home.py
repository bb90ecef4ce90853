import re

from pytest_django.asserts import assertContains


def test_home_puts_a_labelled_search_box_first(client, archive):
    html = client.get("/").content.decode()
    form = re.search(
        r'<form[^>]*action="/search/"[^>]*method="get".*?</form>', html, re.S
    )
    assert form, "no GET form to /search/"
    assert 'name="q"' in form.group(0)
    assert re.search(r'<label for="q">', form.group(0))
    # The search box comes before any other section of the page.
    assert html.index('action="/search/"') < html.index('id="holdings"')


def test_home_says_what_the_archive_holds(client, archive):
    response = client.get("/")
    stats = response.context["stats"]
    assert stats == {
        "articles": 7,
        "meetings": 8,
        "countries": 5,
        "people": 7,
        "first_year": 2017,
        "last_year": 2024,
    }
    assertContains(response, "من <bdi>2017</bdi> إلى <bdi>2024</bdi>")
    for url in ("/countries/", "/people/", "/dates/", "/meetings/"):
        assertContains(response, f'href="{url}"')


def test_home_lists_the_latest_articles_first(client, archive):
    latest = list(client.get("/").context["latest"])
    assert latest[0] == archive["001"]
    assertContains(client.get("/"), archive["001"].title)


def test_home_of_an_empty_archive_says_so(client, db):
    assertContains(client.get("/"), "الأرشيف فارغ بعد")


def test_every_page_is_arabic_and_right_to_left(client, archive):
    for url in ("/", "/countries/", "/people/", "/dates/", "/meetings/", "/nope/"):
        html = client.get(url).content.decode()
        assert '<html lang="ar" dir="rtl">' in html, url
        assert 'class="skip-link" href="#main"' in html, url


def test_home_query_count_does_not_grow_with_the_archive(query_growth):
    before, after = query_growth("/")
    assert before == after <= 12

"""Every page, at phone and desktop widths, in a real browser."""

import pytest

from archive.models import Article, Country, Person, Place
from tests.browser.checks import problems_on

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


def pages_to_visit() -> list[str]:
    article = Article.objects.filter(date__isnull=False).order_by("-date").first()
    country = Country.objects.filter(articles__isnull=False).first()
    person = Person.objects.filter(participations__isnull=False).first()
    # The fixtures' meetings are in Dushanbe; the list shows every city if none is.
    place = Place.objects.get(name_en="Dushanbe")
    day = article.date
    return [
        "/",
        "/countries/",
        country.get_absolute_url(),
        "/people/",
        person.get_absolute_url(),
        "/dates/",
        f"/dates/{day.year}/",
        f"/dates/{day.year}/{day.month:02d}/",
        f"/dates/{day.year}/{day.month:02d}/{day.day:02d}/",
        "/meetings/",
        f"/meetings/?country={country.code}",
        "/places/?all=1",
        place.get_absolute_url(),
        article.get_absolute_url(),
    ]


def test_every_page_answers_fits_and_labels_its_controls(site, page):
    problems = [p for url in pages_to_visit() for p in problems_on(page, site + url)]
    problems += problems_on(page, site + "/no/such/page/", status=404)
    assert problems == []


def test_the_first_tab_reaches_a_visible_skip_link(site, desktop):
    desktop.goto(site + "/")
    desktop.keyboard.press("Tab")
    focused = desktop.evaluate(
        """() => { const el = document.activeElement;
           const top = el.getBoundingClientRect().top;
           return [el.textContent, getComputedStyle(el).outlineStyle, top >= 0]; }"""
    )
    assert focused == ["انتقل إلى المحتوى", "solid", True]


def test_the_raw_text_opens_without_javascript(site, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    article = Article.objects.order_by("pk").first()
    page.goto(site + article.get_absolute_url())
    page.click("details.raw summary")
    assert page.is_visible("details.raw pre")
    context.close()

"""Searching from the home page, narrowing by a facet, and a hostile query."""

import re

import pytest

from tests.browser.checks import problems_on

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


def search_from_home(page, site: str, query: str) -> None:
    page.goto(site + "/")
    page.get_by_label("ابحث في الأرشيف").fill(query)
    with page.expect_navigation():
        page.keyboard.press("Enter")


def test_typing_a_query_and_enter_gives_highlighted_results(site, page):
    search_from_home(page, site, "طاجيكستان")
    assert re.search(r"/search/\?q=", page.url)
    assert page.locator(".result").count() >= 1
    assert page.locator(".result mark").count() >= 1
    assert problems_on(page, page.url) == []


def test_clicking_a_facet_narrows_the_results(site, desktop):
    search_from_home(desktop, site, "الصين")
    before = desktop.locator(".result").count()
    assert before > 1
    with desktop.expect_navigation():
        desktop.locator('.facets a[href*="KG"]').first.click()
    after = desktop.locator(".result").count()
    assert 1 <= after < before
    assert "KG" in desktop.url


INJECTED = """() => document.querySelectorAll('img[src="x"], script').length"""


@pytest.mark.parametrize(
    "query", ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>']
)
def test_a_hostile_query_runs_no_script(site, desktop, query):
    dialogs = []
    desktop.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    search_from_home(desktop, site, query)
    assert desktop.evaluate(INJECTED) == 0
    assert desktop.get_by_label("ابحث في الأرشيف").first.input_value() == query
    desktop.goto(site + "/meetings/?kind=" + query)
    assert desktop.evaluate(INJECTED) == 0
    assert dialogs == []

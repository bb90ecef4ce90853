"""The search page: restated query, facets that add filters, pages, messages."""

import re
from html import unescape
from html.parser import HTMLParser
from urllib.parse import parse_qsl

import pytest
from django.http import QueryDict

from archive.dates import PartialDate
from archive.forms import INVALID_KIND, INVALID_YEAR
from archive.models import MeetingKind
from archive.views.search import Links
from tests.search.factories import article, country, indexed


@pytest.fixture
def archive(db):
    tj, cn = country("TJ", "طاجيكستان"), country("CN", "الصين")
    return indexed(
        *(
            article(
                f"وزير الخارجية يزور طاجيكستان، الزيارة {n}",
                countries=[tj, cn] if n % 2 else [tj],
                date=PartialDate(2021 if n % 3 else 2020, 1 + n % 12),
                kinds=[MeetingKind.PHONE] if n % 4 == 0 else [],
            )
            for n in range(45)
        )
    )


def page(client, **params):
    response = client.get("/search/", params)
    return response.status_code, response.content.decode()


def links(html: str) -> list[dict]:
    """The parameters of every link to this page with other parameters."""
    return [
        dict(parse_qsl(unescape(href)))
        for href in re.findall(r'href="\?([^"]*)"', html)
    ]


def text_of(html: str, name: str) -> str:
    """The text of the paragraph or heading with this class or id."""
    element = re.search(rf'(?:class|id)="{name}"[^>]*>(.*?)</(p|h2)>', html, re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", element[1])).strip()


def test_the_query_is_restated_with_a_link_to_drop_each_filter(client, archive):
    status, html = page(client, q="وزير الخارجية", country="TJ", year="2021")
    assert status == 200
    restated = text_of(html, "restatement")
    assert restated == "نتائج البحث عن «وزير الخارجية» في طاجيكستان ×، 2021 ×"
    assert {"q": "وزير الخارجية", "year": "2021"} in links(html)
    assert {"q": "وزير الخارجية", "country": "TJ"} in links(html)
    assert 'aria-label="إزالة: في طاجيكستان"' in html


def test_a_facet_link_adds_its_filter_and_shows_its_count(client, archive):
    status, html = page(client, q="وزير")
    assert re.search(
        r'country=CN"><bdi>الصين</bdi></a> <span class="count">'
        r"\(<bdi>22</bdi>\)",
        html,
    )
    assert {"q": "وزير", "country": "CN"} in links(html)
    status, narrowed = page(client, q="وزير", country="CN")
    assert text_of(narrowed, "results-heading") == "النتائج: 22"


def test_page_links_keep_the_other_parameters(client, archive):
    status, html = page(client, q="وزير", country="TJ", sort="-date")
    pages = [link for link in links(html) if "page" in link]
    assert [link.pop("page") for link in pages] == ["2", "3", "2"]
    assert all(
        link == {"q": "وزير", "country": "TJ", "sort": "-date"} for link in pages
    )
    assert 'aria-current="page">1<' in html
    status, third = page(client, q="وزير", country="TJ", sort="-date", page=3)
    assert third.count('class="result"') == 5


def test_bad_parameters_get_a_friendly_message(client, archive):
    status, html = page(client, q="وزير", kind="boat", year="abc")
    assert status == 400
    assert 'role="alert"' in html
    assert INVALID_KIND in html and INVALID_YEAR in html
    assert 'class="result"' not in html


def test_nothing_found_says_so_and_offers_a_way_on(client, archive):
    status, html = page(client, q="الخارجيه الفضاء")
    assert status == 200
    assert "لم نجد مقالات تطابق بحثك" in html
    assert "أقرب النتائج" in html
    status, html = page(client, q="الخارحية")
    assert "هل تقصد" in html and "الخارجية" in html


def test_hostile_text_is_escaped_and_isolated(client, archive):
    status, html = page(client, q='<script>alert(1)</script> "><img src=x>')
    assert status == 200
    assert "<script>alert" not in html and "<img src=x>" not in html
    assert "«<bdi>&lt;script&gt;alert(1)&lt;/script&gt;" in html


class Controls(HTMLParser):
    """Form controls, and the ids that labels point to."""

    def __init__(self):
        super().__init__()
        self.controls, self.labelled = [], set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "label" and "for" in attrs:
            self.labelled.add(attrs["for"])
        if tag in {"input", "select", "textarea"} and attrs.get("type") != "hidden":
            self.controls.append(attrs)


@pytest.mark.parametrize("params", [{"q": "وزير"}, {"q": "وزير", "year": "abc"}])
def test_every_control_has_a_label(client, archive, params):
    parser = Controls()
    parser.feed(page(client, **params)[1])
    assert parser.controls
    for control in parser.controls:
        assert control.get("id") in parser.labelled or control.get("aria-label"), (
            control
        )


def test_snippets_are_isolated_for_right_to_left_display(client, archive):
    status, html = page(client, q="وزير")
    assert '<p class="snippet" dir="auto">' in html
    assert "<mark>وزير</mark>" in html


def test_a_page_past_the_last_links_back_to_the_first(client, archive):
    status, html = page(client, q="وزير", page=99)
    assert status == 200
    assert 'class="result"' not in html
    assert {"q": "وزير"} in links(html)


def test_search_page_advertises_its_atom_feed(client):
    response = client.get("/search/", {"q": "وزير <b>"})
    assert b'type="application/atom+xml"' in response.content
    assert b"/feeds/search/?q=%D9%88%D8%B2%D9%8A%D8%B1%20%3Cb%3E" in response.content


@pytest.mark.parametrize(
    "query", ["q=%D9%82%D9%85%D8%A9&page=3&country=CN&year=2018", "page=2", ""]
)
def test_a_facets_links_are_the_search_with_that_one_filter_changed(query):
    links = Links(QueryDict(query))
    for param in ("country", "year", "kind"):
        url = links.with_each(param)
        for value in ("KZ", "2019", None):
            assert url(value) == links.with_(**{param: value})

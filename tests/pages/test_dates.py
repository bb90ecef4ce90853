import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from pytest_django.asserts import assertContains, assertNotContains

from tests.pages.sample import add_more


def titles(response, name="object_list"):
    return {a.display_title for a in response.context[name]}


def test_index_lists_years_and_the_articles_without_a_year(client, archive):
    response = client.get("/dates/")
    assert response.context["year_counts"] == [
        (2024, 1),
        (2021, 2),
        (2019, 1),
        (2017, 1),
    ]
    assert list(response.context["yearless"]) == [archive["003"]]
    assert list(response.context["undated"]) == [archive["004"]]
    assertContains(response, "سنة غير معروفة")
    assertContains(response, "18 مايو (السنة غير مذكورة)")
    assertContains(response, 'href="/dates/2021/"')


def test_year_page_lists_year_only_articles_apart(client, archive):
    response = client.get("/dates/2019/")
    assert list(response.context["coarse_list"]) == [archive["year"]]
    assert list(response.context["page_obj"].object_list) == []
    assertContains(response, "مقالات لا يُعرف من تاريخها إلا السنة")
    assertContains(response, "الشهر واليوم غير مذكورين")


def test_year_only_article_is_not_put_in_january(client, archive):
    response = client.get("/dates/2019/01/")
    assert list(response.context["object_list"]) == []
    assert list(response.context["coarse_list"]) == []
    assertNotContains(response, archive["year"].title)


def test_month_page_marks_month_only_articles(client, archive):
    response = client.get("/dates/2021/07/")
    assert list(response.context["coarse_list"]) == [archive["month"]]
    assert list(response.context["object_list"]) == [archive["000"]]
    assertContains(response, "مقالات لا يُعرف من تاريخها إلا الشهر")
    assertContains(response, "اليوم غير مذكور")
    assertContains(response, 'href="/dates/2021/07/13/"')


def test_month_only_article_is_not_put_on_the_first(client, archive):
    response = client.get("/dates/2021/07/01/")
    assert list(response.context["object_list"]) == []


def test_year_page_counts_months(client, archive):
    months = dict(client.get("/dates/2021/").context["months"])
    assert months[7] == 2 and months[1] == 0


def test_day_page_lists_the_day_with_its_hijri_date(client, archive):
    response = client.get("/dates/2021/07/13/")
    assert list(response.context["object_list"]) == [archive["000"]]
    assertContains(response, "13 يوليو 2021")
    assertContains(response, "3 ذو الحجة 1442 هـ")


def test_neighbouring_periods_skip_empty_ones(client, archive):
    response = client.get("/dates/2021/")
    assert response.context["previous_year"].year == 2019
    assert response.context["next_year"].year == 2024
    month = client.get("/dates/2021/07/").context
    assert (month["previous_month"].year, month["previous_month"].month) == (2017, 6)


def test_an_empty_year_is_a_page_that_says_so(client, archive):
    assertContains(client.get("/dates/1990/"), "لا مقالات")


@pytest.mark.parametrize(
    "url", ["/dates/2021/13/", "/dates/2021/00/", "/dates/2021/02/30/", "/dates/0/"]
)
def test_impossible_dates_are_404(client, archive, url):
    assert client.get(url).status_code == 404


@pytest.mark.parametrize(
    "url", ["/dates/", "/dates/2021/", "/dates/2021/07/", "/dates/2021/07/13/"]
)
def test_date_pages_query_count_does_not_grow(query_growth, url):
    before, after = query_growth(url)
    assert before == after <= 12


@pytest.mark.parametrize("url", ["/dates/2021/07/", "/dates/2021/07/13/"])
def test_a_busy_month_or_day_is_shown_fifty_articles_a_page(client, archive, url):
    add_more(60)  # 61 articles on 13 July 2021
    first = client.get(url)
    assert len(first.context["object_list"]) == 50
    assertContains(first, "صفحة <bdi>1</bdi> من <bdi>2</bdi>")
    rest = client.get(url, {"page": 2}).context["object_list"]
    assert len(rest) == 11
    assert not {a.pk for a in rest} & {a.pk for a in first.context["object_list"]}


def test_listings_leave_the_original_text_unread(client, archive):
    with CaptureQueriesContext(connection) as queries:
        client.get("/dates/2021/07/")
    assert not any("raw_text" in q["sql"] for q in queries.captured_queries)

"""Results, snippets, sorting, pages and the answer to a search that finds nothing."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from archive.dates import PartialDate
from archive.search import service
from tests.search.factories import api, article, country, ids, indexed


def test_snippets_mark_the_words_as_printed_with_their_marks(client):
    indexed(article("افتتح الرئيس المؤتمر وقال إنَّ الصِّينَ شريكٌ موثوقٌ للمنطقة"))
    snippet = api(client, q="الصين")["results"][0]["snippet"]
    assert "<mark>الصِّينَ</mark>" in snippet


def test_a_snippet_shows_the_passage_where_the_words_are(client):
    filler = "كلام عام عن الطقس والرياضة. " * 80
    indexed(article(f"{filler}وقع وزير الخارجية اتفاقية. {filler}"))
    snippet = api(client, q="اتفاقية")["results"][0]["snippet"]
    assert "<mark>اتفاقية</mark>" in snippet
    assert snippet.startswith("…") and snippet.endswith("…")
    assert len(snippet) < 2 * service.SNIPPET_CHARS


def test_article_text_is_escaped_in_snippets_and_titles(client):
    indexed(
        article(
            'قال <b>الوزير</b> & "الصين" <script>x()</script>', title="<i>عنوان</i>"
        )
    )
    found = api(client, q="الوزير")["results"][0]
    assert found["snippet"].startswith(
        "قال &lt;b&gt;<mark>الوزير</mark>&lt;/b&gt; &amp;"
    )
    assert "<script>" not in found["snippet"]
    assert found["title"] == "<i>عنوان</i>"  # JSON data; the page escapes it
    page = client.get("/search/", {"q": "الوزير"}).content.decode()
    assert "&lt;i&gt;عنوان&lt;/i&gt;" in page and "<b>" not in page


@pytest.fixture
def dated(db):
    return indexed(
        article("قمة ثانية", date=PartialDate(2021, 5)),
        article("قمة بلا تاريخ"),
        article("قمة أولى", date=PartialDate(2019)),
        article("قمة ثالثة", date=PartialDate(2023, 1, 2)),
    )


@pytest.mark.parametrize(
    ("sort", "order"), [("-date", [3, 0, 2, 1]), ("date", [2, 0, 3, 1])]
)
def test_sorting_by_date_puts_undated_articles_last(client, dated, sort, order):
    found = api(client, q="قمة", sort=sort)
    assert [r["id"] for r in found["results"]] == [dated[i].pk for i in order]


def test_relevance_ranks_the_closer_match_first(client):
    weak = article("قمة عادية عن الاقتصاد والتجارة والطاقة والنقل والزراعة")
    strong = article("قمة القمة: قمة الطاقة")
    indexed(weak, strong)
    found = api(client, q="قمة الطاقة", sort="relevance")
    assert [r["id"] for r in found["results"]] == [strong.pk, weak.pk]


def test_results_come_twenty_to_a_page(client):
    indexed(*(article(f"خبر رقم {n}", date=PartialDate(2000 + n)) for n in range(23)))
    first, second = api(client, q="خبر"), api(client, q="خبر", page=2)
    assert (first["count"], first["page"], len(first["results"])) == (23, 1, 20)
    assert (second["page"], len(second["results"])) == (2, 3)
    assert not ids(first) & ids(second)
    assert api(client, q="خبر", page=3)["results"] == []


def test_results_need_no_query_per_result(client):
    cn = country("CN")

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert len(api(client, q="الصين")["results"]) == found
        return len(captured)

    indexed(*(article("الصين", countries=[cn]) for _ in range(2)))
    found = 2
    few = queries()
    # Still under a page: both searches also look for partial matches.
    indexed(*(article("الصين", countries=[cn]) for _ in range(17)))
    found = 19
    assert queries() == few


def test_nothing_found_offers_a_correction_and_the_nearest_matches(client):
    near = indexed(article("وقع البلدان اتفاقية التعاون الاقتصادي"))[0]
    found = api(client, q="التعاوون الفضائي")
    assert found["count"] == 0 and found["results"] == []
    assert found["suggestion"] == "التعاون الفضائي"
    assert [r["id"] for r in found["nearest"]] == [near.pk]  # by the suggestion

    found = api(client, q="التعاون الفضائي")
    assert found["suggestion"] is None
    assert [r["id"] for r in found["nearest"]] == [near.pk]
    assert "<mark>التعاون</mark>" in found["nearest"][0]["snippet"]


def test_a_known_word_gets_no_correction(client):
    indexed(article("اتفاقية التعاون"))
    assert api(client, q="التعاون -اتفاقية")["suggestion"] is None


def test_few_full_matches_are_followed_by_articles_with_some_of_the_words(client):
    every = indexed(article("مفاوضات بريكست في بروكسل"))[0]
    some = indexed(*(article(f"بريكست يقترب {n}") for n in range(3)))
    unrelated = indexed(article("سعر النفط"))[0]
    found = api(client, q="مفاوضات بريكست")
    assert found["count"] == 1
    assert [r["id"] for r in found["results"]] == [every.pk]
    nearest = {r["id"] for r in found["nearest"]}
    assert nearest == {a.pk for a in some}  # neither the full match again nor noise
    assert unrelated.pk not in nearest
    assert found["suggestion"] is None


def test_a_full_page_of_matches_has_no_partial_ones(client):
    indexed(*(article("مفاوضات بريكست") for _ in range(20)))
    indexed(article("بريكست وحده"))
    assert api(client, q="مفاوضات بريكست")["nearest"] == []

import xml.etree.ElementTree as ET

import pytest
from django.db import connection

from archive.models import Article
from archive.search.outbox import index_articles
from archive.search.query import MAX_QUERY_CHARS, TOO_LONG, TOO_MANY_WORDS

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def atom(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    return ET.fromstring(response.content)


def test_latest_feed_is_atom_with_the_newest_first(client, archive):
    feed = atom(client, "/feeds/")
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 7
    assert entries[0].find(f"{ATOM}title").text == archive["001"].title
    link = entries[0].find(f"{ATOM}link").get("href")
    assert link == f"http://testserver/articles/{archive['001'].pk}/"
    assert all(e.find(f"{ATOM}updated") is not None for e in entries)


def test_country_feed_holds_only_its_articles(client, archive):
    feed = atom(client, "/feeds/countries/KG/")
    assert "قيرغيزستان" in feed.find(f"{ATOM}title").text
    assert len(feed.findall(f"{ATOM}entry")) == 1


def test_unknown_country_feed_is_404(client, archive):
    assert client.get("/feeds/countries/ZZ/").status_code == 404


def test_search_feed_lists_the_matches(client, archive, monkeypatch):
    monkeypatch.setattr(
        "archive.feeds.search_articles", lambda q: [archive["002"]] if q else []
    )
    feed = atom(client, "/feeds/search/?q=أستانا")
    assert "أستانا" in feed.find(f"{ATOM}title").text
    assert len(feed.findall(f"{ATOM}entry")) == 1


def test_search_feed_finds_articles_in_the_index(client, archive, search_index):
    index_articles(a.pk for a in archive.values())
    feed = atom(client, "/feeds/search/?q=أستانا")
    titles = [e.find(f"{ATOM}title").text for e in feed.findall(f"{ATOM}entry")]
    assert archive["002"].display_title in titles


def test_search_feed_without_a_query_is_empty_but_valid(client, archive):
    assert atom(client, "/feeds/search/").findall(f"{ATOM}entry") == []


@pytest.mark.parametrize("query", ["<script>alert(1)</script>", '"', "((("])
def test_search_feed_survives_odd_queries(client, archive, monkeypatch, query):
    monkeypatch.setattr("archive.feeds.search_articles", lambda q: [])
    feed = atom(client, "/feeds/search/?" + f"q={query}")
    assert feed.find(f"{ATOM}title") is not None


def test_sitemap_lists_pages_articles_countries_and_people(client, archive):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    urls = {u.find(f"{SITEMAP}loc").text for u in root.findall(f"{SITEMAP}url")}
    assert "http://testserver/" in urls
    assert f"http://testserver/articles/{archive['000'].pk}/" in urls
    assert "http://testserver/countries/TJ/" in urls
    assert "http://testserver/people/wang-yi/" in urls
    assert "http://testserver/dates/" in urls


@pytest.mark.parametrize("url", ["/feeds/", "/feeds/countries/TJ/", "/sitemap.xml"])
def test_feed_and_sitemap_query_counts_do_not_grow(query_growth, url):
    before, after = query_growth(url)
    assert before == after <= 8


def test_control_characters_never_break_a_feed(client, archive, search_index):
    nul = "\x00" if connection.vendor == "sqlite" else ""  # PostgreSQL text has none
    Article.objects.filter(pk=archive["001"].pk).update(
        title="لقاء\x1b وزيرين", body=f"نص\x1b فيه{nul} محارف تحكم\x7f أستانا"
    )
    index_articles(a.pk for a in archive.values())
    for url in ["/feeds/", "/feeds/countries/CN/", "/feeds/search/?q=أستانا"]:
        entries = atom(client, url).findall(f"{ATOM}entry")
        assert "لقاء وزيرين" in [e.find(f"{ATOM}title").text for e in entries]
        assert "نص فيه محارف تحكم أستانا" in [
            e.find(f"{ATOM}summary").text for e in entries
        ]


def test_a_control_character_in_the_query_is_left_out_of_the_feed(client, archive):
    feed = atom(client, "/feeds/search/?q=%1B%C2%85")
    assert feed.find(f"{ATOM}title").text.endswith("«»")


def test_summaries_are_plain_text_never_markup(client, archive):
    body = "<b>قمة</b> <script>alert(1)</script> في أستانا"
    Article.objects.filter(pk=archive["001"].pk).update(body=body)
    entries = atom(client, "/feeds/").findall(f"{ATOM}entry")
    summaries = [e.find(f"{ATOM}summary") for e in entries]
    assert {s.get("type") for s in summaries} == {"text"}
    assert body in [s.text for s in summaries]


@pytest.mark.parametrize(
    "query, message",
    [
        ("ب" * (MAX_QUERY_CHARS + 1), TOO_LONG),
        (" ".join(["كلمة"] * 25), TOO_MANY_WORDS),
    ],
    ids=["too-long", "too-many-words"],
)
def test_a_search_feed_asking_too_much_is_refused_with_the_reason(
    client, archive, query, message
):
    response = client.get("/feeds/search/", {"q": query})
    assert response.status_code == 400
    assert message in response.content.decode()


def test_a_search_feed_with_a_bad_filter_is_refused(client, archive):
    response = client.get("/feeds/search/", {"q": "أستانا", "country": "ZZ"})
    assert response.status_code == 400

"""Atom feeds: the latest articles, one country's, and a search's."""

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.http import urlencode
from django.utils.text import Truncator

from archive.models import Article, Country
from archive.search.service import search

ITEMS = 30
SITE = "أرشيف الأخبار الدبلوماسية"


class LatestArticlesFeed(Feed):
    feed_type = Atom1Feed
    language = "ar"
    title = f"{SITE}: أحدث المقالات"
    subtitle = "أحدث ما في الأرشيف من أخبار اللقاءات الدبلوماسية، بحسب تاريخ الحدث"

    def link(self):
        return reverse("home")

    def items(self):
        return Article.objects.for_listing().by_date()[:ITEMS]

    def item_title(self, article):
        return article.display_title

    def item_description(self, article):
        return Truncator(article.body).words(60)

    def item_pubdate(self, article):
        return article.published_at

    def item_updateddate(self, article):
        return article.updated_at

    def item_categories(self, article):
        return [country.name_ar for country in article.countries.all()]


class CountryFeed(LatestArticlesFeed):
    def get_object(self, request, code):
        return get_object_or_404(Country, code=code.upper())

    def title(self, country):
        return f"{SITE}: {country.name_ar}"

    def subtitle(self, country):
        return f"أحدث المقالات عن {country.name_ar}"

    def link(self, country):
        return country.get_absolute_url()

    def items(self, country):
        return country.articles.for_listing().by_date()[:ITEMS]


def search_articles(query: str) -> list[Article]:
    """The newest articles matching a query, as the search page finds them."""
    if not query:
        return []
    ids = [result.id for result in search({"q": query, "sort": "-date"}).results]
    found = Article.objects.for_listing().in_bulk(ids)
    return [found[pk] for pk in ids if pk in found]


class SearchFeed(LatestArticlesFeed):
    def get_object(self, request):
        return request.GET.get("q", "").strip()

    def title(self, query):
        return f"{SITE}: نتائج البحث عن «{query}»"

    def subtitle(self, query):
        return f"المقالات التي تطابق «{query}»"

    def link(self, query):
        return f"/search/?{urlencode({'q': query})}"

    def items(self, query):
        return search_articles(query)

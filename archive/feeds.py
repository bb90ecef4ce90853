"""Atom feeds: the latest articles, one country's, and a search's."""

import re

from django.contrib.syndication.views import Feed
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.http import urlencode
from django.utils.text import Truncator

from archive.forms import SearchForm
from archive.models import Article, Country
from archive.search.service import search

ITEMS = 30
SITE = "أرشيف الأخبار الدبلوماسية"
# Characters XML 1.0 cannot carry (C0 controls but tab and newlines, and U+FFFE/F);
# C1 controls too, which no reader shows.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


def _xml_safe(value):
    if isinstance(value, str):
        return _NOT_XML.sub("", value)
    if isinstance(value, list | tuple):
        return [_xml_safe(v) for v in value]
    return value


class ArchiveAtomFeed(Atom1Feed):
    """Atom whose text holds no control character (one would make the whole feed
    fail) and whose summaries are plain text: a body's angle brackets reach readers
    as text, never as markup."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **{k: _xml_safe(v) for k, v in kwargs.items()})

    def add_item(self, *args, **kwargs):
        super().add_item(*args, **{k: _xml_safe(v) for k, v in kwargs.items()})

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, {**item, "description": None})
        if item["description"]:
            handler.addQuickElement("summary", item["description"], {"type": "text"})


class LatestArticlesFeed(Feed):
    feed_type = ArchiveAtomFeed
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


def search_articles(params: dict) -> list[Article]:
    """The newest articles matching a search (SearchForm's cleaned data), as the
    search page finds them; none without words to search for."""
    if not params.get("q"):
        return []
    ids = [result.id for result in search({**params, "sort": "-date"}).results]
    found = Article.objects.for_listing().in_bulk(ids)
    return [found[pk] for pk in ids if pk in found]


class _Refused(Exception):
    """Search parameters the search page would refuse too."""


class SearchFeed(LatestArticlesFeed):
    def __call__(self, request, *args, **kwargs):
        try:
            return super().__call__(request, *args, **kwargs)
        except _Refused as refused:
            return HttpResponseBadRequest(
                str(refused), content_type="text/plain; charset=utf-8"
            )

    def get_object(self, request):
        form = SearchForm(request.GET)
        if not form.is_valid():
            raise _Refused(form.error_text())
        return form.cleaned_data

    def title(self, params):
        return f"{SITE}: نتائج البحث عن «{params['q']}»"

    def subtitle(self, params):
        return f"المقالات التي تطابق «{params['q']}»"

    def link(self, params):
        return f"/search/?{urlencode({'q': params['q']})}"

    def items(self, params):
        return search_articles(params)

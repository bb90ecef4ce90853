"""sitemap.xml: every page a crawler should find, articles with their last edit."""

from django.contrib.sitemaps import Sitemap
from django.db.models import Q
from django.urls import reverse

from archive.models import Article, Country, Person, Place


class PagesSitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        return [
            "home",
            "country_list",
            "person_list",
            "date_index",
            "meeting_list",
            "place_list",
        ]

    def location(self, name):
        return reverse(name)


class ArticleSitemap(Sitemap):
    changefreq = "yearly"
    limit = 5000

    def items(self):
        return Article.objects.order_by("pk").only("pk", "updated_at")

    def lastmod(self, article):
        return article.updated_at


class CountrySitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        return (
            Country.objects.filter(articles__isnull=False).distinct().order_by("code")
        )


class PersonSitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        appears = Q(participations__isnull=False) | Q(articles__isnull=False)
        return Person.objects.filter(appears).distinct().order_by("slug")


class PlaceSitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        named = Q(meetings__isnull=False) | Q(articles__isnull=False)
        return Place.objects.filter(named).distinct().order_by("slug")


SITEMAPS = {
    "pages": PagesSitemap,
    "articles": ArticleSitemap,
    "countries": CountrySitemap,
    "people": PersonSitemap,
    "places": PlaceSitemap,
}

"""The browse pages, feeds and sitemap (paths fixed by the interface document)."""

from django.contrib.sitemaps.views import sitemap
from django.urls import path

from archive.feeds import CountryFeed, LatestArticlesFeed, SearchFeed
from archive.sitemaps import SITEMAPS
from archive.views import by_date, meetings, pages

urlpatterns = [
    path("", pages.home, name="home"),
    path("countries/", pages.country_list, name="country_list"),
    path(
        "countries/<str:code>/",
        pages.CountryDetailView.as_view(),
        name="country_detail",
    ),
    path("people/", pages.PersonListView.as_view(), name="person_list"),
    path("people/<str:slug>/", pages.PersonDetailView.as_view(), name="person_detail"),
    path("dates/", by_date.DateIndexView.as_view(), name="date_index"),
    path("dates/<int:year>/", by_date.DateYearView.as_view(), name="date_year"),
    path(
        "dates/<int:year>/<int:month>/",
        by_date.DateMonthView.as_view(),
        name="date_month",
    ),
    path(
        "dates/<int:year>/<int:month>/<int:day>/",
        by_date.DateDayView.as_view(),
        name="date_day",
    ),
    path("places/", pages.place_list, name="place_list"),
    path("places/<str:slug>/", pages.PlaceDetailView.as_view(), name="place_detail"),
    path("meetings/", meetings.MeetingListView.as_view(), name="meeting_list"),
    path(
        "articles/<int:pk>/", pages.ArticleDetailView.as_view(), name="article_detail"
    ),
    path("feeds/", LatestArticlesFeed(), name="feed_latest"),
    path("feeds/countries/<str:code>/", CountryFeed(), name="feed_country"),
    path("feeds/search/", SearchFeed(), name="feed_search"),
    path(
        "sitemap.xml",
        sitemap,
        {"sitemaps": SITEMAPS},
        name="django.contrib.sitemaps.views.sitemap",
    ),
]

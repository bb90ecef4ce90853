"""The search page, under /search/."""

from django.urls import path

from archive.views import search

urlpatterns = [path("", search.search, name="search")]

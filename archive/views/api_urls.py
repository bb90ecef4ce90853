"""The JSON API, under /api/."""

from django.urls import path

from archive.views import api

urlpatterns = [
    path("search/", api.search, name="api_search"),
    path("articles/<int:pk>/", api.article, name="api_article"),
]

"""Every public path of the archive (see the interface document)."""

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    # -- api (JSON) --
    path("api/", include("archive.views.api_urls")),
    # -- search page --
    path("search/", include("archive.views.search_urls")),
    # -- browse pages, feeds, sitemap --
    path("", include("archive.views.pages_urls")),
]

handler404 = "archive.views.errors.not_found"
handler500 = "archive.views.errors.server_error"

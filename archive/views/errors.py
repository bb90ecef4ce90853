"""Error pages in Arabic that help the reader on."""

from django.http import HttpResponseServerError
from django.shortcuts import render
from django.template import loader

# Sections a mistyped address most likely meant, by its first path segment.
SECTIONS = {
    "articles": ("المقالات بحسب التاريخ", "date_index"),
    "countries": ("قائمة الدول", "country_list"),
    "people": ("قائمة الأشخاص", "person_list"),
    "dates": ("الأرشيف بحسب التاريخ", "date_index"),
    "meetings": ("قائمة اللقاءات", "meeting_list"),
}


def not_found(request, exception=None):
    section = SECTIONS.get(request.path.strip("/").split("/")[0])
    return render(request, "404.html", {"section": section}, status=404)


def server_error(request):
    """Rendered without the request: whatever failed must not fail again here."""
    return HttpResponseServerError(loader.get_template("500.html").render())

"""The read-only JSON API: `/api/search/` and `/api/articles/<id>/`."""

from django.db.models import Prefetch
from django.http import JsonResponse

from archive.forms import SearchForm
from archive.models import Article, Meeting, Participation
from archive.search import service
from archive.search_indexes import date_in_words
from archive.views import queries

NOT_FOUND = "لا يوجد مقال بهذا الرقم."


def json_response(data: dict, status: int = 200) -> JsonResponse:
    return JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})


def search(request):
    form = SearchForm(request.GET)
    if not form.is_valid():
        return json_response({"error": form.error_text()}, status=400)
    page = service.search(form.cleaned_data)
    return json_response(
        {
            "count": page.count,
            "page": page.page,
            "results": [_result(r) for r in page.results],
            "facets": {
                param: [
                    {"value": v.value, "label": v.label, "count": v.count}
                    for v in values
                ]
                for param, values in page.facets.items()
            },
            "suggestion": page.suggestion,
            "nearest": [_result(r) for r in page.nearest],
        }
    )


def _result(result: service.Result) -> dict:
    return {
        "id": result.id,
        "title": result.title,
        "date": result.date and result.date.isoformat(),
        "countries": result.countries,
        "source_file": result.source_file,
        "url": result.url,
        "snippet": str(result.snippet),
    }


def article(request, pk: int):
    meetings = Meeting.objects.prefetch_related(
        Prefetch("participations", queryset=queries.participations_with_people())
    )
    found = (
        Article.objects.select_related("source")
        .prefetch_related(
            "countries", "people__country", Prefetch("meetings", queryset=meetings)
        )
        .filter(pk=pk)
        .first()
    )
    if found is None:
        return json_response({"error": NOT_FOUND}, status=404)
    return json_response(_article(found))


def _article(article: Article) -> dict:
    return {
        "id": article.pk,
        "title": article.display_title,
        "date": article.date and article.date.isoformat(),
        "date_precision": article.api_precision,
        "month": article.partial_month,  # null unless day_no_year
        "day": article.partial_day,
        "date_text": date_in_words(article),
        "published_at": article.published_at and article.published_at.isoformat(),
        "url": article.url or None,
        "source": article.source and article.source.name_ar,
        "place": article.place or None,
        "countries": [c.code for c in article.countries.all()],
        "people": [_person(p, p.country) for p in article.people.all()],
        "meetings": [_meeting(m) for m in article.meetings.all()],
        "source_file": article.source_file,
        "body": article.body,
    }


def _meeting(meeting: Meeting) -> dict:
    return {
        "date": meeting.date and meeting.date.isoformat(),
        "date_precision": meeting.api_precision,
        "kind": meeting.kind,
        "place": meeting.place or None,
        "participants": [_participant(p) for p in meeting.participations.all()],
    }


def _participant(part: Participation) -> dict:
    """Whoever took part as the text names them: a person, an office, a body."""
    person = part.person
    country = part.country or (person and person.country)
    return {
        "name": person and person.name_ar,
        "office": part.office or None,
        "country": country and country.code,
        "organization": part.organization and part.organization.name_ar,
    }


def _person(person, country) -> dict:
    return {"name": person.name_ar, "country": country and country.code}

"""The browse pages: home, countries, people and one article. Queries: queries.py."""

from django.core.paginator import Paginator
from django.db.models import Prefetch, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.views.generic import DetailView, ListView

from archive.charts import BarChart, Series
from archive.models import Article, Country, Meeting, Person, Place
from archive.views import queries

PER_PAGE = 20
LATEST_ON_HOME = 8


def paginate(request, rows, per_page=PER_PAGE):
    return Paginator(rows, per_page, orphans=3).get_page(request.GET.get("page"))


def home(request):
    return render(
        request,
        "archive/home.html",
        {
            "stats": queries.archive_stats(),
            "latest": Article.objects.for_listing().by_date()[:LATEST_ON_HOME],
        },
    )


def country_list(request):
    return render(
        request,
        "archive/country_list.html",
        {"countries": queries.countries_with_counts()},
    )


class CountryDetailView(DetailView):
    model = Country
    slug_field = slug_url_kwarg = "code"
    template_name = "archive/country_detail.html"

    def get(self, request, *args, **kwargs):
        code = kwargs["code"]
        if code != code.upper():
            return redirect("country_detail", code.upper(), permanent=True)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        country = self.object
        meetings = queries.meetings_of_country(country)
        articles = country.articles.for_listing().by_date()
        return super().get_context_data(
            articles=paginate(self.request, articles),
            meetings=queries.meetings_for_listing(meetings)[:10],
            meeting_count=meetings.count(),
            chart=BarChart(
                f"مقالات {country.name_ar} ولقاءاتها في كل سنة",
                [
                    Series("المقالات", queries.per_year(articles)),
                    Series("اللقاءات", queries.per_year(meetings)),
                ],
            ),
            counterparts=queries.counterpart_countries(country),
            officials=queries.officials_met_by_country(country),
            **kwargs,
        )


class PersonListView(ListView):
    template_name = "archive/person_list.html"
    paginate_by = 60
    paginate_orphans = 5

    def get_queryset(self):
        people = queries.people_with_counts()
        if self.request.GET.get("all"):
            return people
        # Officials the archive's texts name come first; the rest are one link away.
        return people.filter(Q(n_meetings__gt=0) | Q(n_articles__gt=0))

    def get_context_data(self, **kwargs):
        everyone = Person.objects.count()
        return super().get_context_data(
            showing_all=bool(self.request.GET.get("all")), everyone=everyone, **kwargs
        )


class PersonDetailView(DetailView):
    """A person by slug; an id is redirected to the slug, the permanent address."""

    template_name = "archive/person_detail.html"

    def get_queryset(self):
        return Person.objects.select_related("country").prefetch_related(
            Prefetch("offices", queryset=queries.offices_with_country()), "aliases"
        )

    def get(self, request, *args, **kwargs):
        key = kwargs["slug"]
        if key.isdigit() and not Person.objects.filter(slug=key).exists():
            person = get_object_or_404(Person, pk=int(key))
            return redirect(person, permanent=True)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        person = self.object
        meetings = Meeting.objects.filter(participations__person=person)
        return super().get_context_data(
            meetings=paginate(self.request, queries.meetings_for_listing(meetings)),
            chart=BarChart(
                f"لقاءات {person.name_ar} في كل سنة",
                [Series("اللقاءات", queries.per_year(meetings))],
            ),
            counterparts=queries.counterparts_of_person(person),
            articles=person.articles.for_listing().by_date()[:10],
            article_count=person.articles.count(),
            **kwargs,
        )


def place_list(request):
    everything = bool(request.GET.get("all"))
    return render(
        request,
        "archive/place_list.html",
        {
            "places": queries.places_with_counts(everything),
            "showing_all": everything,
            "everywhere": Place.objects.count(),
        },
    )


class PlaceDetailView(DetailView):
    template_name = "archive/place_detail.html"

    def get_queryset(self):
        return Place.objects.select_related("country").prefetch_related("aliases")

    def get_context_data(self, **kwargs):
        place = self.object
        meetings = place.meetings.all()
        return super().get_context_data(
            meetings=paginate(self.request, queries.meetings_for_listing(meetings)),
            articles=place.articles.for_listing().by_date()[:10],
            article_count=place.articles.count(),
            chart=BarChart(
                f"لقاءات {place.name_ar} في كل سنة",
                [Series("اللقاءات", queries.per_year(meetings))],
            ),
            **kwargs,
        )


class ArticleDetailView(DetailView):
    template_name = "archive/article_detail.html"

    def get_queryset(self):
        return Article.objects.select_related("source", "city").prefetch_related(
            "countries",
            Prefetch("people", queryset=Person.objects.select_related("country")),
            Prefetch("meetings", queryset=queries.meetings_for_listing()),
        )

    def get_context_data(self, **kwargs):
        previous, following = queries.article_neighbours(self.object)
        permalink = self.request.build_absolute_uri(self.object.get_absolute_url())
        return super().get_context_data(
            previous=previous, following=following, permalink=permalink, **kwargs
        )

"""The questions the browse pages ask of the database, each in a bounded number of
queries whatever the size of the archive."""

from __future__ import annotations

from django.db.models import (
    Count,
    F,
    Func,
    IntegerField,
    Max,
    Min,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
)
from django.db.models.functions import Coalesce, ExtractMonth, ExtractYear

from archive.models import (
    Article,
    Country,
    Meeting,
    Office,
    Participation,
    Person,
    Place,
    Region,
)
from archive.vocabulary import Precision

REGION_ORDER = {value: i for i, value in enumerate(Region.values)}


def count_of(rows) -> Coalesce:
    """A correlated COUNT of `rows` (filtered on an OuterRef), free of join fan-out."""
    counted = rows.order_by().annotate(n=Func(F("pk"), function="COUNT")).values("n")
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def _per(rows, part) -> dict[int, int]:
    counted = (
        rows.filter(date__isnull=False)
        .prefetch_related(None)
        .order_by()
        .annotate(part=part("date"))
        .values("part")
        .annotate(n=Count("pk", distinct=True))
    )
    return {row["part"]: row["n"] for row in counted}


def per_year(rows) -> dict[int, int]:
    """How many of these dated records fall in each year."""
    return _per(rows, ExtractYear)


def per_month(rows) -> dict[int, int]:
    """How many of these dated records fall in each month (of one year)."""
    return _per(rows, ExtractMonth)


def archive_stats() -> dict:
    span = Article.objects.aggregate(first=Min("date"), last=Max("date"))
    # Subqueries, not joins: joining a person to both his meetings and his articles
    # multiplies the rows to count (180 ms at 10,000 articles, not 2).
    mentioned = Article.people.through.objects.values("person")
    people = Person.objects.filter(
        Q(pk__in=Participation.objects.values("person")) | Q(pk__in=mentioned)
    )
    countries = Article.countries.through.objects.values("country")
    return {
        "articles": Article.objects.count(),
        "meetings": Meeting.objects.count(),
        "countries": Country.objects.filter(pk__in=countries).count(),
        "people": people.count(),
        "first_year": span["first"] and span["first"].year,
        "last_year": span["last"] and span["last"].year,
    }


def countries_with_counts() -> list[Country]:
    """Every country with articles, with its counts, in region order then by name."""
    countries = (
        Country.objects.annotate(
            n_articles=count_of(
                Article.countries.through.objects.filter(country=OuterRef("pk"))
            ),
            n_meetings=count_of(
                Meeting.countries.through.objects.filter(country=OuterRef("pk"))
            ),
        )
        .filter(n_articles__gt=0)
        .order_by("name_ar")
    )
    return sorted(
        countries, key=lambda c: REGION_ORDER.get(c.region, len(REGION_ORDER))
    )


def participations_with_people():
    """Who took part, in the order the text names them; person, office or body."""
    return Participation.objects.select_related(
        "person__country", "country", "organization"
    ).order_by("pk")


def meetings_for_listing(meetings=None):
    """Meetings with who, where and which article, in four queries for any page."""
    meetings = Meeting.objects.all() if meetings is None else meetings
    return (
        meetings.select_related("article__source", "city")
        .defer("article__raw_text")  # a list never shows the original text
        .prefetch_related(
            Prefetch("participations", queryset=participations_with_people()),
            "countries",
        )
    )


def meetings_of_country(country: Country):
    return Meeting.objects.filter(countries=country)


def counterpart_countries(country: Country, limit: int = 10):
    """The countries that met this one most often."""
    return (
        Country.objects.filter(meetings__countries=country)
        .exclude(pk=country.pk)
        .annotate(n=Count("meetings", distinct=True))
        .order_by("-n", "name_ar")[:limit]
    )


def officials_met_by_country(country: Country, limit: int = 10):
    """Officials of other countries who took part most often in its meetings."""
    return (
        Person.objects.filter(participations__meeting__countries=country)
        .exclude(country=country)
        .select_related("country")
        .annotate(n=Count("participations__meeting", distinct=True))
        .order_by("-n", "name_ar")[:limit]
    )


def counterparts_of_person(person: Person, limit: int = 20):
    """Whom this person met, most often first."""
    return (
        Person.objects.filter(participations__meeting__participations__person=person)
        .exclude(pk=person.pk)
        .select_related("country")
        .annotate(n=Count("participations__meeting", distinct=True))
        .order_by("-n", "name_ar")[:limit]
    )


def people_with_counts():
    """Officials with their country, offices and how often they appear."""
    return (
        Person.objects.select_related("country")
        .prefetch_related(Prefetch("offices", queryset=offices_with_country()))
        .annotate(
            n_meetings=count_of(Participation.objects.filter(person=OuterRef("pk"))),
            n_articles=count_of(
                Article.people.through.objects.filter(person=OuterRef("pk"))
            ),
        )
        .order_by(F("country__name_ar").asc(nulls_last=True), "name_ar")
    )


def offices_with_country():
    return Office.objects.select_related("country")


def places_with_counts(everything: bool = False):
    """Places with their country, spellings and counts of meetings held there and of
    datelines written there; only those the archive's texts name, unless everything."""
    places = (
        Place.objects.select_related("country")
        .prefetch_related("aliases")
        .annotate(
            n_meetings=count_of(Meeting.objects.filter(city=OuterRef("pk"))),
            n_articles=count_of(Article.objects.filter(city=OuterRef("pk"))),
        )
        .order_by("country__name_ar", "-is_capital", "name_ar")
    )
    return (
        places
        if everything
        else places.filter(Q(n_meetings__gt=0) | Q(n_articles__gt=0))
    )


def article_neighbours(article: Article) -> tuple[Article | None, Article | None]:
    """The articles just before and after this one in date order (id breaks ties)."""
    if article.date is None:
        return None, None
    dated = Article.objects.filter(date__isnull=False)
    d, pk = article.date, article.pk
    before = dated.filter(Q(date__lt=d) | Q(date=d, pk__lt=pk)).order_by("-date", "-pk")
    after = dated.filter(Q(date__gt=d) | Q(date=d, pk__gt=pk)).order_by("date", "pk")
    return before.first(), after.first()


def undated_articles():
    """Articles the dates pages cannot place: day and month without a year, or none."""
    rows = Article.objects.for_listing().filter(date__isnull=True)
    return (
        rows.filter(date_precision=Precision.DAY_NO_YEAR).order_by(
            "partial_month", "partial_day", "pk"
        ),
        rows.filter(date_precision=Precision.UNKNOWN).order_by("-pk"),
    )

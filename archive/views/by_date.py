"""The archive by year, month and day, on Django's date-based generic views.

An article stands in the smallest period its date fills: one dated only "July 2021"
is listed on the July page as month-only, never on 1 July; one dated only "2021"
is listed on the 2021 page as year-only, never in January. Dates without a year
are listed on the index, apart.
"""

import datetime

from django.views.generic.dates import (
    ArchiveIndexView,
    DayArchiveView,
    MonthArchiveView,
    YearArchiveView,
)

from archive.charts import BarChart, Series
from archive.models import Article
from archive.views import queries
from archive.vocabulary import Precision

# The precisions that place an article in a period of each size.
PLACED_IN = {
    "year": (Precision.DAY, Precision.MONTH, Precision.YEAR),
    "month": (Precision.DAY, Precision.MONTH),
    "day": (Precision.DAY,),
}
UNDATED_SHOWN = 30  # the latest of each kind: each listed article costs rendering


def period_bounds(
    day: datetime.date, period: str
) -> tuple[datetime.date, datetime.date]:
    """The first day of the period holding `day`, and the first day after it."""
    if period == "year":
        start = day.replace(month=1, day=1)
        return start, start.replace(year=start.year + 1)
    if period == "month":
        start = day.replace(day=1)
        return start, (start + datetime.timedelta(days=32)).replace(day=1)
    return day, day + datetime.timedelta(days=1)


def placed(period: str):
    return Article.objects.filter(date_precision__in=PLACED_IN[period])


class ArticleDateMixin:
    date_field = "date"
    allow_empty = True
    # A busy month of news holds thousands of articles: a page shows 50 of them.
    paginate_by = 50
    paginate_orphans = 5
    allow_future = True
    month_format = "%m"
    day_format = "%d"
    ordering = ("date", "pk")
    listed = PLACED_IN["year"]  # what the main list holds
    coarse = None  # the precision shown apart, as "only this period is known"

    def get_queryset(self):
        return Article.objects.for_listing().filter(date_precision__in=self.listed)

    def _adjacent(self, day, period, before):
        """The nearest period with articles, rather than an empty neighbour."""
        start, end = period_bounds(day, period)
        rows = placed(period)
        if before:
            rows = rows.filter(date__lt=start).order_by("-date")
        else:
            rows = rows.filter(date__gte=end).order_by("date")
        found = rows.values_list("date", flat=True).first()
        return found and period_bounds(found, period)[0]

    def get_previous_year(self, date):
        return self._adjacent(date, "year", before=True)

    def get_next_year(self, date):
        return self._adjacent(date, "year", before=False)

    def get_previous_month(self, date):
        return self._adjacent(date, "month", before=True)

    def get_next_month(self, date):
        return self._adjacent(date, "month", before=False)

    def get_previous_day(self, date):
        return self._adjacent(date, "day", before=True)

    def get_next_day(self, date):
        return self._adjacent(date, "day", before=False)

    def coarse_articles(self, start, period):
        if self.coarse is None:
            return Article.objects.none()
        end = period_bounds(start, period)[1]
        return (
            Article.objects.for_listing()
            .filter(date_precision=self.coarse, date__gte=start, date__lt=end)
            .order_by("pk")
        )


class DateIndexView(ArticleDateMixin, ArchiveIndexView):
    template_name = "archive/dates_index.html"
    paginate_by = None  # it lists years and undated articles, not object_list

    def get_context_data(self, **kwargs):
        counts = queries.per_year(self.object_list)
        yearless, undated = queries.undated_articles()
        return super().get_context_data(
            year_counts=sorted(counts.items(), reverse=True),
            chart=BarChart("عدد المقالات في كل سنة", [Series("المقالات", counts)]),
            yearless=yearless[:UNDATED_SHOWN],
            yearless_count=yearless.count(),
            undated=undated[:UNDATED_SHOWN],
            undated_count=undated.count(),
            **kwargs,
        )


class DateYearView(ArticleDateMixin, YearArchiveView):
    template_name = "archive/dates_year.html"
    listed = PLACED_IN["month"]
    coarse = Precision.YEAR
    make_object_list = True

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        counts = queries.per_month(self.object_list)
        context["months"] = [(m, counts.get(m, 0)) for m in range(1, 13)]
        context["coarse_list"] = self.coarse_articles(context["year"], "year")
        return context


class DateMonthView(ArticleDateMixin, MonthArchiveView):
    template_name = "archive/dates_month.html"
    listed = PLACED_IN["day"]
    coarse = Precision.MONTH

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["coarse_list"] = self.coarse_articles(context["month"], "month")
        return context


class DateDayView(ArticleDateMixin, DayArchiveView):
    template_name = "archive/dates_day.html"
    listed = PLACED_IN["day"]

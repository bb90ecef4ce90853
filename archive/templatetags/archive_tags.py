"""Template helpers for dates as the texts give them, and text as paragraphs.

Digits stay Western (0-9) throughout, as the sources print them, so that a date or
count on a page matches the article text and what a reader types into search.
"""

import datetime
from html import escape

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from archive.dates import ARABIC_MONTHS, PartialDate, format_arabic, hijri_of
from archive.vocabulary import Precision

register = template.Library()

# format_arabic already says when the year is missing; these say what else is.
_PRECISION_NOTES = {
    Precision.MONTH: "اليوم غير مذكور",
    Precision.YEAR: "الشهر واليوم غير مذكورين",
}


def _partial(value) -> PartialDate:
    """A PartialDate from a PartialDate, a whole date or a Dated record."""
    if isinstance(value, PartialDate):
        return value
    if isinstance(value, datetime.date):
        return PartialDate.from_date(value)
    return value.event_date


def _machine_date(pd: PartialDate) -> str:
    """The HTML `datetime` value for as much of the date as is known."""
    if pd.year is None:
        return f"--{pd.month:02d}-{pd.day:02d}" if pd.day else ""
    parts = [f"{pd.year:04d}"]
    parts += [f"{n:02d}" for n in (pd.month, pd.day) if n is not None]
    return "-".join(parts)


@register.filter
def arabic_date(value) -> str:
    """A record's, date's or PartialDate's date in words: "14 يوليو 2021"."""
    return "" if value is None else format_arabic(_partial(value))


@register.simple_tag
def event_date(value):
    """`<time>` with the date in Arabic, noting when the text gives less than a day."""
    pd = _partial(value)
    note = _PRECISION_NOTES.get(pd.precision)
    machine = _machine_date(pd)
    html = (
        format_html('<time datetime="{}">{}</time>', machine, format_arabic(pd))
        if machine
        else format_html("<span>{}</span>", format_arabic(pd))
    )
    if note:
        html += format_html(' <span class="precision">({})</span>', note)
    return html


@register.filter
def hijri(value) -> str:
    """The Hijri date of a day-precise record, or "" when the day is not known."""
    pd = _partial(value)
    return (hijri_of(pd.as_date()) or "") if pd.is_complete else ""


@register.filter
def month_of(day: datetime.date) -> PartialDate:
    """The month a date falls in, to print as "يوليو 2021"."""
    return day and PartialDate(day.year, day.month)


@register.filter
def month_name(number) -> str:
    return ARABIC_MONTHS[int(number)]


@register.filter
def paragraphs(text: str):
    """Each non-empty line of the text as an escaped `<p>`: the sources break lines
    between paragraphs, single or double."""
    lines = (line.strip() for line in text.splitlines())
    return format_html_join("\n", "<p>{}</p>", ((line,) for line in lines if line))


NAV = [
    ("/search/", "البحث", "search"),
    ("/countries/", "الدول", "countries"),
    ("/people/", "الأشخاص", "people"),
    ("/dates/", "التواريخ", "dates"),
    ("/meetings/", "اللقاءات", "meetings"),
    ("/places/", "الأماكن", "places"),
]


@register.inclusion_tag("includes/nav.html", takes_context=True)
def site_nav(context):
    """The main sections, the reader's own marked `aria-current`."""
    request = context.get("request")
    here = request.path.strip("/").split("/")[0] if request else ""
    return {"items": [(url, label, key == here) for url, label, key in NAV]}


@register.filter
def citation_date(value) -> str:
    """The date as `citation_*` meta tags want it: 2021/07/14, 2021/07 or 2021."""
    pd = _partial(value)
    if pd.year is None:
        return ""
    return "/".join(f"{n:02d}" for n in (pd.year, pd.month, pd.day) if n is not None)


_CURRENT = ' aria-current="true" title="إزالة هذا الشرط"'


@register.filter
def facet_items(links) -> str:
    """A facet's values as list items, built here: a page has hundreds, and as
    template loops (or format_html, a call per value) they cost more than the
    search behind them."""
    return mark_safe(  # every value below is escaped
        "".join(
            f'<li><a href="{escape(link.url)}"{_CURRENT if link.current else ""}>'
            f'<bdi>{escape(link.text)}</bdi></a> <span class="count">'
            f"(<bdi>{link.count:d}</bdi>)</span></li>"
            for link in links
        )
    )

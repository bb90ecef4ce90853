"""The search page: results with snippets, facets, the query restated, pages."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import QueryDict
from django.shortcuts import render

from archive.dates import PartialDate, format_arabic
from archive.forms import SearchForm
from archive.models import MeetingKind
from archive.search import service

TEMPLATE = "search/search.html"
FACET_TITLES = {
    "country": "الدول",
    "person": "الأشخاص",
    "kind": "نوع اللقاء",
    "source": "المصادر",
    "year": "السنوات",
}


@dataclass(frozen=True)
class Link:
    text: str
    url: str
    count: int | None = None
    current: bool = False


class Links:
    """URLs of this search with some parameters changed; any change but the page's
    own starts again from page 1."""

    def __init__(self, query: QueryDict):
        self.query = query

    def with_(self, **change) -> str:
        """This search with one parameter set (or, given None, removed)."""
        ((name, value),) = change.items()
        return self.with_each(name)(value)

    def with_each(self, name: str):
        """`with_(name=value)` for a facet's many values: the rest of the query is
        encoded once, not once a value (a page has hundreds)."""
        params = self.query.copy()
        for gone in ("page", name):
            params.pop(gone, None)
        rest = params.urlencode()

        def url(value: str | None) -> str:
            added = [urlencode({name: value})] if value is not None else []
            return "?" + "&".join([rest, *added] if rest else added)

        return url


def search(request):
    form = SearchForm(request.GET)
    if not form.is_valid():
        return render(request, TEMPLATE, {"form": form}, status=400)
    page = service.search(form.cleaned_data)
    links = Links(request.GET)
    return render(
        request,
        TEMPLATE,
        {
            "form": form,
            "page": page,
            "filters": _filters(form.cleaned_data, links),
            "facets": _facets(page, request.GET, links),
            "pages": _pages(page, links),
            "suggestion_url": page.suggestion and links.with_(q=page.suggestion),
        },
    )


def _filters(cleaned: dict, links: Links) -> list[Link]:
    """Each filter in words ("في طاجيكستان"), with the URL that removes it."""
    words = {
        "country": lambda c: f"في {c.name_ar}",
        "person": lambda p: f"عن {p.name_ar}",
        "kind": lambda k: MeetingKind(k).label,
        "source": lambda s: f"من {s.name_ar}",
        "year": str,
        "from": lambda d: f"منذ {format_arabic(PartialDate.from_date(d))}",
        "to": lambda d: f"حتى {format_arabic(PartialDate.from_date(d))}",
    }
    return [
        Link(say(cleaned[name]), links.with_(**{name: None}))
        for name, say in words.items()
        if cleaned.get(name)
    ]


def _facets(page: service.SearchPage, query: QueryDict, links: Links) -> list:
    """(title, links) of each facet with values: a link adds its filter, or removes
    it when it is the one in force."""
    return [
        (FACET_TITLES[param], _facet_links(param, values, query.get(param), links))
        for param, values in page.facets.items()
        if values
    ]


def _facet_links(param, values, current, links: Links) -> list[Link]:
    url = links.with_each(param)
    return [
        Link(
            v.label,
            url(None if v.value == current else v.value),
            v.count,
            current=v.value == current,
        )
        for v in values
    ]


def _pages(page: service.SearchPage, links: Links) -> list[Link]:
    """Previous, nearby pages ("…" for those left out), next."""
    paginator = Paginator(range(page.count), service.PER_PAGE)
    if paginator.num_pages < 2:
        return []
    number = min(page.page, paginator.num_pages)
    nearby = [
        Link(str(n), links.with_(page=n), current=n == number)
        if n != Paginator.ELLIPSIS
        else Link(n, "")
        for n in paginator.get_elided_page_range(number, on_each_side=2, on_ends=1)
    ]
    previous = [Link("السابقة", links.with_(page=number - 1))] if number > 1 else []
    later = number < paginator.num_pages
    following = [Link("التالية", links.with_(page=number + 1))] if later else []
    return [*previous, *nearby, *following]

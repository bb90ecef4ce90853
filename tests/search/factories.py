"""Records for the search tests, made with the models and indexed on request.

The gazetteer migration may already hold the countries and people named here, so
every builder reuses a record with the same natural key.
"""

from __future__ import annotations

import hashlib
import itertools

from django.test import Client

from archive import arabic
from archive.dates import PartialDate
from archive.models import (
    Article,
    Country,
    CountryAlias,
    Meeting,
    Person,
    PersonAlias,
    Source,
)
from archive.search import names
from archive.search.outbox import index_articles

_numbers = itertools.count(1)


def country(code: str, name_ar: str = "", *aliases: str) -> Country:
    found, _ = Country.objects.get_or_create(
        code=code, defaults={"name_ar": name_ar or code, "name_en": code}
    )
    for text in aliases:
        country_alias(found, text)
    return found


def country_alias(owner: Country, text: str, adjective: bool = False):
    alias = CountryAlias.objects.filter(normalized=arabic.normalize(text)).first()
    return alias or CountryAlias.objects.create(
        country=owner, text=text, is_adjective=adjective
    )


def person(slug: str, name_ar: str, home: Country | None = None) -> Person:
    found, _ = Person.objects.get_or_create(
        slug=slug, defaults={"name_ar": name_ar, "country": home}
    )
    return found


def person_alias(owner: Person, text: str) -> PersonAlias:
    found, _ = PersonAlias.objects.get_or_create(
        person=owner, normalized=arabic.normalize(text), defaults={"text": text}
    )
    return found


def source(slug: str = "xinhua", name_ar: str = "شينخوا") -> Source:
    found, _ = Source.objects.get_or_create(slug=slug, defaults={"name_ar": name_ar})
    return found


def article(
    body: str,
    *,
    title: str = "",
    date: PartialDate | None = None,
    countries=(),
    people=(),
    kinds=(),
    **fields,
) -> Article:
    """An article; `kinds` adds one meeting of each kind."""
    number = next(_numbers)
    made = Article(
        title=title,
        body=body,
        raw_text=body,
        source_file=f"{number:03d}_test.txt",
        content_hash=hashlib.sha256(f"{number}{body}".encode()).hexdigest(),
        **fields,
    )
    made.event_date = date
    made.save()
    made.countries.set(countries)
    made.people.set(people)
    for kind in kinds:
        Meeting.objects.create(article=made, kind=kind, sentence=body[:50])
    return made


def indexed(*articles: Article) -> list[Article]:
    """Write the articles to the search index, as ingest does: in one batch."""
    index_articles([a.pk for a in articles])
    return list(articles)


def restore_registry() -> None:
    """Have search build its name registry again from this test's database (a rolled
    back test leaves no signal behind)."""
    names.mark_stale()


def api(client: Client, **params) -> dict:
    response = client.get("/api/search/", params)
    assert response.status_code == 200, response.content
    return response.json()


def ids(found: dict) -> set[int]:
    return {result["id"] for result in found["results"]}

"""Loading the gazetteer: an idempotent upsert of countries, people and sources.

`load_all` runs after every `migrate` (a post_migrate handler, so `migrate` alone
prepares an archive) and from `manage.py load_gazetteer`; it adds organisations and
places from the data files too (archive/gazetteer/additions.py). Called with no
`apps` it uses the project's models.

Countries, people and sources are matched on their natural keys (Country.code,
CountryAlias.normalized, Person.slug, PersonAlias (person, normalized), Office (person,
role, country, start), Source.slug) and only the missing ones are created: a field of
a row that exists is never written, since it runs after every `migrate` and staff
corrections must survive it. A second run changes nothing; rows staff added and the
lists lack are left alone; a row staff deleted comes back until the data file drops it.

Historical models have no custom `save()`, so `normalized` is computed here with
`archive.arabic.normalize`, exactly as `Alias.save` would.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable

from django.apps import apps as global_apps
from django.db import DEFAULT_DB_ALIAS, transaction

from archive import pagecache
from archive.arabic import normalize
from archive.gazetteer.additions import add_organizations, add_places
from archive.gazetteer.countries import country_rows
from archive.gazetteer.people import PEOPLE
from archive.gazetteer.sources import SOURCES

BATCH = 500


def load_all(apps=None, *, using: str = DEFAULT_DB_ALIAS) -> dict[str, dict]:
    """The whole gazetteer, in one transaction: countries first, places need them."""
    apps = apps or global_apps
    with transaction.atomic(using=using):
        report: dict[str, dict] = load_gazetteer(apps, using=using)
        report.update(add_organizations(apps, using=using))
        report.update(add_places(apps, using=using))
    return report


def load_after_migrate(
    sender, apps=global_apps, using=DEFAULT_DB_ALIAS, **kwargs
) -> None:
    """post_migrate: load once the archive's tables exist (not after a migration
    back to before them). `flush` sends it too, without `apps`: a flushed archive
    (a transactional test's) gets its gazetteer back."""
    try:
        apps.get_model("archive", "PlaceAlias")
    except LookupError:
        return
    load_all(apps, using=using)
    # Its bulk inserts send no signals: pages kept before are obsolete.
    try:
        versions = apps.get_model("archive", "ArchiveVersion").objects.using(using)
    except LookupError:  # migrated back to before the page cache
        return
    pagecache.new_token(versions)


def load_gazetteer(apps=None, *, using: str = DEFAULT_DB_ALIAS) -> dict[str, dict]:
    """Create every missing gazetteer row; return {model: {"created": n}}."""
    apps = apps or global_apps

    def model(name):
        return apps.get_model("archive", name)

    report: dict[str, dict] = {}
    with transaction.atomic(using=using):
        report.update(_load_countries(model("Country"), model("CountryAlias"), using))
        report.update(_load_sources(model("Source"), using))
        report.update(
            _load_people(
                model("Country"),
                model("Person"),
                model("PersonAlias"),
                model("Office"),
                using,
            )
        )
    return report


def _upsert(
    model,
    rows: dict[Hashable, dict],
    key_of: Callable[[object], Hashable],
    using: str,
    existing: Iterable | None = None,
) -> dict[str, int]:
    """Create the rows whose key is new; leave the others as staff keep them."""
    manager = model._default_manager.db_manager(using)
    if existing is None:
        existing = manager.all()
    have = {key_of(obj) for obj in existing}
    new = [model(**values) for key, values in rows.items() if key not in have]
    manager.bulk_create(new, batch_size=BATCH)
    return {"created": len(new)}


def _load_countries(Country, CountryAlias, using: str) -> dict[str, dict]:
    rows = country_rows()
    report = {
        "Country": _upsert(
            Country,
            {
                r.code: {
                    "code": r.code,
                    "name_ar": r.name_ar,
                    "name_en": r.name_en,
                    "region": r.region,
                }
                for r in rows
            },
            lambda c: c.code,
            using,
        )
    }
    ids = dict(Country._default_manager.db_manager(using).values_list("code", "id"))
    aliases = {}
    for row in rows:
        for text, adjective in row.aliases:
            aliases[normalize(text)] = {
                "text": text,
                "normalized": normalize(text),
                "country_id": ids[row.code],
                "is_adjective": adjective,
            }
    report["CountryAlias"] = _upsert(
        CountryAlias, aliases, lambda a: a.normalized, using
    )
    return report


def _load_sources(Source, using: str) -> dict[str, dict]:
    manager = Source._default_manager.db_manager(using)
    existing = list(manager.all())
    # A source staff created under the same Arabic name is adopted, not duplicated.
    by_name = {s.name_ar: s for s in existing}
    known = {s.slug for s in existing}
    for data in SOURCES:
        other = by_name.get(data.name_ar)
        if data.slug not in known and other is not None:
            other.slug = data.slug
            manager.filter(pk=other.pk).update(slug=other.slug)
    rows = {
        s.slug: {
            "slug": s.slug,
            "name_ar": s.name_ar,
            "name_en": s.name_en,
            "url": s.url,
            "other_names": "\n".join(s.other_names),
        }
        for s in SOURCES
    }
    return {"Source": _upsert(Source, rows, lambda s: s.slug, using, existing)}


def _load_people(Country, Person, PersonAlias, Office, using: str) -> dict[str, dict]:
    countries = dict(
        Country._default_manager.db_manager(using).values_list("code", "id")
    )
    people = Person._default_manager.db_manager(using)
    existing = list(people.all())
    _adopt_proposed(people, existing)
    rows = {
        p.slug: {
            "slug": p.slug,
            "name_ar": p.name_ar,
            "name_en": p.name_en,
            "country_id": countries[p.country],
        }
        for p in PEOPLE
    }
    if any(f.name == "normalized_name" for f in Person._meta.get_fields()):
        # bulk_create skips Person.save(), which fills the name the constraint keys on;
        # migrations older than the field load people without it.
        for row in rows.values():
            row["normalized_name"] = normalize(row["name_ar"].strip())
    report = {"Person": _upsert(Person, rows, lambda p: p.slug, using, existing)}
    ids = dict(people.filter(slug__in=list(rows)).values_list("slug", "id"))

    aliases = {}
    for person in PEOPLE:
        for text in person.all_spellings:
            key = (ids[person.slug], normalize(text))
            aliases.setdefault(
                key, {"person_id": key[0], "text": text, "normalized": key[1]}
            )
    report["PersonAlias"] = _upsert(
        PersonAlias,
        aliases,
        lambda a: (a.person_id, a.normalized),
        using,
        PersonAlias._default_manager.db_manager(using).filter(
            person_id__in=list(ids.values())
        ),
    )

    offices = {}
    for person in PEOPLE:
        for office in person.offices:
            country_id = countries[office.country]
            key = (ids[person.slug], office.role, country_id, office.start)
            offices[key] = {
                "person_id": key[0],
                "role": office.role,
                "country_id": country_id,
                "start": office.start,
                "title_ar": office.title,
                "end": office.end,
            }
    report["Office"] = _upsert(
        Office,
        offices,
        lambda o: (o.person_id, o.role, o.country_id, o.start),
        using,
        Office._default_manager.db_manager(using).filter(
            person_id__in=list(ids.values())
        ),
    )
    return report


def _adopt_proposed(people, existing: list) -> None:
    """A person the ingester proposed under one of our names becomes ours, instead of a
    second record for the same official: it takes our slug and is confirmed. Only an
    unambiguous match (one person carrying that exact normalized name) counts.
    """
    ours = {p.slug for p in PEOPLE}
    have = {p.slug for p in existing}
    by_name = defaultdict(list)
    for person in existing:
        if person.slug not in ours:
            by_name[normalize(person.name_ar)].append(person)
    for data in PEOPLE:
        if data.slug in have:
            continue
        candidates = by_name.get(normalize(data.name_ar), [])
        if len(candidates) == 1:
            candidate = candidates[0]
            candidate.slug, candidate.status = data.slug, "confirmed"
            people.filter(pk=candidate.pk).update(
                slug=candidate.slug, status="confirmed"
            )
            have.add(data.slug)

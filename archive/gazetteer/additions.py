"""Adding organisations and places from the data files: add-only, so staff edits win.

A record matches an existing row when one of its spellings (or its Arabic name) is
already that row's (a renamed row stays matched through its spellings); a matched
row is never written, only its missing spellings are added. Each table costs one
read and at most one bulk insert. bulk_create skips save(), so slugs and
`normalized` are computed here exactly as the models' save() would.
"""

from __future__ import annotations

from django.db import DEFAULT_DB_ALIAS

from archive.arabic import normalize
from archive.gazetteer.records import (
    OrganizationRecord,
    PlaceRecord,
    read_organizations,
    read_places,
)
from archive.models import free_slug


def add_organizations(
    apps, records: list[OrganizationRecord] | None = None, *, using=DEFAULT_DB_ALIAS
) -> dict[str, dict]:
    Organization = apps.get_model("archive", "Organization")
    OrganizationAlias = apps.get_model("archive", "OrganizationAlias")
    records = read_organizations() if records is None else records
    orgs = Organization._default_manager.db_manager(using)
    aliases = OrganizationAlias._default_manager.db_manager(using)
    existing = list(orgs.all())
    owner = {normalize(o.name_ar): o.pk for o in existing}
    owner.update(aliases.values_list("normalized", "organization_id"))
    slugs = {o.slug for o in existing}

    new = {}
    for record in records:
        if _owner_of(record, owner) is None:
            new[record] = Organization(
                name_ar=record.name_ar,
                name_en=record.name_en,
                slug=_free_slug(record.name_en or record.name_ar, slugs),
            )
    orgs.bulk_create(new.values())
    for record, org in new.items():
        owner[normalize(record.name_ar)] = org.pk

    spelled = set(aliases.values_list("normalized", flat=True))
    rows = []
    for record in records:
        org_id = _owner_of(record, owner)
        for text, key in _spellings(record):
            if key not in spelled:
                spelled.add(key)
                rows.append(
                    OrganizationAlias(text=text, normalized=key, organization_id=org_id)
                )
    aliases.bulk_create(rows)
    return {
        "Organization": {"created": len(new)},
        "OrganizationAlias": {"created": len(rows)},
    }


def add_places(
    apps, records: list[PlaceRecord] | None = None, *, using=DEFAULT_DB_ALIAS
) -> dict[str, dict]:
    Country = apps.get_model("archive", "Country")
    Place = apps.get_model("archive", "Place")
    PlaceAlias = apps.get_model("archive", "PlaceAlias")
    records = read_places() if records is None else records
    places = Place._default_manager.db_manager(using)
    aliases = PlaceAlias._default_manager.db_manager(using)
    countries = dict(
        Country._default_manager.db_manager(using).values_list("code", "id")
    )
    existing = list(places.all())
    # Spellings are unique per place only (طرابلس): a place is known in its country.
    owner = {(p.country_id, normalize(p.name_ar)): p.pk for p in existing}
    known = set(aliases.values_list("place_id", "normalized"))
    country_of = {p.pk: p.country_id for p in existing}
    owner.update(((country_of[pk], key), pk) for pk, key in known)
    slugs = {p.slug for p in existing}

    records = [r for r in records if r.country in countries]
    new = {}
    for record in records:
        if _place_of(record, owner, countries) is None:
            new[record] = Place(
                name_ar=record.name_ar,
                name_en=record.name_en,
                slug=_free_slug(record.name_en or record.name_ar, slugs),
                country_id=countries[record.country],
                is_capital=record.is_capital,
                latitude=record.latitude,
                longitude=record.longitude,
            )
    places.bulk_create(new.values())
    for record, place in new.items():
        owner[(place.country_id, normalize(record.name_ar))] = place.pk

    rows = []
    for record in records:
        place_id = _place_of(record, owner, countries)
        for text, key in _spellings(record):
            if (place_id, key) not in known:
                known.add((place_id, key))
                rows.append(PlaceAlias(text=text, normalized=key, place_id=place_id))
    aliases.bulk_create(rows)
    return {"Place": {"created": len(new)}, "PlaceAlias": {"created": len(rows)}}


def _spellings(record) -> list[tuple[str, str]]:
    return [(text, normalize(text)) for text in record.all_spellings]


def _owner_of(record: OrganizationRecord, owner: dict[str, int]) -> int | None:
    return next((owner[k] for _, k in _spellings(record) if k in owner), None)


def _place_of(record: PlaceRecord, owner: dict, countries: dict) -> int | None:
    country_id = countries[record.country]
    keys = ((country_id, k) for _, k in _spellings(record))
    return next((owner[k] for k in keys if k in owner), None)


def _free_slug(text: str, taken: set[str]) -> str:
    """The slug Place.save()/Organization.save() would give, reserved in `taken`
    (bulk_create skips save())."""
    slug = free_slug(text, taken.__contains__)
    taken.add(slug)
    return slug

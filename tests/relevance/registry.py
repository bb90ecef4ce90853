"""The name registry production builds, from the gazetteer's data files, with no
database.

Production (``archive.search.names.registry``) reads the alias rows that
``archive.gazetteer.load.load_all`` writes after ``migrate``: countries (their curated
names, inflected adjectives and demonyms, and pycountry's spellings, as
``archive.gazetteer.countries.country_rows`` gives them), people (name, full names and
short forms), places (name and spellings), then the core's own list;
organisations are not names there. This builds the same entries in the same order
from the same functions over the data files; what staff add in the database is not
in it.
"""

from __future__ import annotations

import functools

from archive import arabic
from archive.arabic.names import default_names
from archive.gazetteer.countries import country_rows
from archive.gazetteer.people import PEOPLE
from archive.gazetteer.records import read_places


def production_names() -> list[arabic.Name]:
    """(canonical, spellings, is a person) as ``archive.search.names._entities``
    yields them once the data files are loaded."""
    names = [
        arabic.Name(row.name_ar, frozenset({row.name_ar, *(t for t, _ in row.aliases)}))
        for row in country_rows()
    ]
    names += [
        arabic.Name(person.name_ar, frozenset(person.all_spellings), person=True)
        for person in PEOPLE
    ]
    # One place a record: add_places merges records of one country that share a
    # spelling, and places.tsv has none.
    names += [
        arabic.Name(record.name_ar, frozenset(record.all_spellings))
        for record in read_places()
    ]
    return names + default_names()


@functools.cache
def production_registry() -> arabic.NameRegistry:
    return arabic.NameRegistry(production_names())

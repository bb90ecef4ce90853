"""Which place a dateline or a meeting names, behind its clitics."""

import pytest

from archive.arabic import normalize
from archive.gazetteer.places import Candidate, load_place_index, place_index, resolve
from archive.models import Country, Place

DUSHANBE, BEIJING, LONDON, RIYADH, TRIPOLI_LY, TRIPOLI_LB = range(1, 7)
INDEX = place_index(
    [
        (normalize("دوشنبه"), DUSHANBE, "TJ"),
        (normalize("دوشانبي"), DUSHANBE, "TJ"),
        (normalize("بكين"), BEIJING, "CN"),
        (normalize("لندن"), LONDON, "GB"),
        (normalize("الرياض"), RIYADH, "SA"),
        (normalize("طرابلس"), TRIPOLI_LY, "LY"),
        (normalize("طرابلس"), TRIPOLI_LB, "LB"),
    ]
)


@pytest.mark.parametrize(
    ("name", "place"),
    [
        ("دوشنبه", DUSHANBE),
        ("دوشانبى", DUSHANBE),
        ("في دوشانبي", DUSHANBE),
        ("بدوشنبه", DUSHANBE),
        ("بكين", BEIJING),  # its ب is its own
        ("ببكين", BEIJING),
        ("لندن", LONDON),  # and so is its ل
        ("بالرياض", RIYADH),
        ("للرياض", RIYADH),
        ("وفي الرياض", RIYADH),
        ("والرياض", RIYADH),
        ("باريس", None),
        ("", None),
        ("في", None),
    ],
)
def test_a_name_resolves_behind_its_clitics(name, place):
    assert resolve(name, INDEX) == place


def test_a_shared_spelling_resolves_only_by_the_articles_countries():
    assert resolve("طرابلس", INDEX) is None
    assert resolve("طرابلس", INDEX, ["LB", "SY"]) == TRIPOLI_LB
    assert INDEX[normalize("طرابلس")] == (
        Candidate(TRIPOLI_LY, "LY"),
        Candidate(TRIPOLI_LB, "LB"),
    )


@pytest.mark.django_db
def test_the_index_holds_every_spelling_and_a_place_staff_added_bare():
    tajikistan = Country.objects.get(code="TJ")
    bare = Place.objects.create(name_ar="قرغان تبه", country=tajikistan)
    index = load_place_index()
    astana = Place.objects.get(name_en="Astana").pk
    assert resolve("بنور سلطان", index) == astana
    assert resolve("قرغان تبه", index) == bare.pk

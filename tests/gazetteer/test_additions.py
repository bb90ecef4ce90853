"""Organisations and places from the data files: loaded by `migrate`, added to but
never overwritten, in a bounded number of queries."""

from io import StringIO

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from archive.arabic import normalize
from archive.gazetteer.additions import add_organizations, add_places
from archive.gazetteer.load import load_all
from archive.gazetteer.records import read_organizations, read_places
from archive.ingest.gazetteer import Gazetteer
from archive.ingest.meetings import find_meetings
from archive.models import (
    NameSpellingsVersion,
    Organization,
    OrganizationAlias,
    Place,
    PlaceAlias,
)

ORGANIZATIONS = read_organizations()
PLACES = read_places()


def place_of(spelling: str) -> str:
    return PlaceAlias.objects.get(normalized=normalize(spelling)).place.name_en


def organization_of(spelling: str) -> str:
    alias = OrganizationAlias.objects.get(normalized=normalize(spelling))
    return alias.organization.name_en


@pytest.mark.django_db
def test_migrate_alone_loads_every_organisation_and_place():
    assert Organization.objects.count() == len(ORGANIZATIONS) >= 60
    assert Place.objects.count() == len(PLACES) >= 80
    assert organization_of("منظمة الأمم المتحدة") == "United Nations"
    assert organization_of("الأممية") == "United Nations"
    assert organization_of("مجلس الأمن") == "UN Security Council"
    assert organization_of("أنصار الله") == "Houthis"
    assert organization_of("حلف الناتو") == "NATO"


# The spellings news gives these bodies (ANT Corpus v2.1, 2018): their sessions and
# talks are found only by name (see archive.ingest.meetings).
@pytest.mark.django_db
@pytest.mark.parametrize(
    ("spelling", "body"),
    [
        ("مجموعة الدول الصناعية السبع", "G7"),
        ("الدول الصناعية السبع", "G7"),
        ("الحوثية", "Houthis"),  # "الميليشيات الحوثية"
        ("مجلس سوريا الديمقراطية", "Syrian Democratic Council"),
        ("قوات سوريا الديمقراطية", "Syrian Democratic Forces"),  # not its arm
    ],
)
def test_organisations_know_the_spellings_news_uses(spelling, body):
    assert organization_of(spelling) == body


@pytest.mark.django_db
def test_a_summit_of_a_body_by_its_long_name_is_an_encounter():
    text = (
        "قال الرئيس الأميركي دونالد ترامب، السبت، في اختتام أعمال قمة مجموعة "
        "الدول الصناعية السبع الكبرى في كندا إن"
    )
    gazetteer = Gazetteer.from_db()
    (meeting,) = find_meetings(text, gazetteer=gazetteer, article_date=None, place="")
    bodies = [p.organization for p in meeting.participants if p.organization]
    assert Organization.objects.get(pk=bodies[0]).name_en == "G7"
    assert "US" in meeting.countries


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("spelling", "city"),
    [
        ("تاشكنت", "Tashkent"),
        ("دوشانبي", "Dushanbe"),
        ("بشكيك", "Bishkek"),
        ("نور سلطان", "Astana"),
        ("آستانا", "Astana"),
        ("ألما آتا", "Almaty"),
        ("عشقاباد", "Ashgabat"),
        ("بيجين", "Beijing"),
        ("أبو ظبي", "Abu Dhabi"),
    ],
)
def test_places_know_the_spellings_news_uses(spelling, city):
    assert place_of(spelling) == city


@pytest.mark.django_db
def test_places_carry_their_country_and_capital_flag():
    astana = Place.objects.select_related("country").get(name_en="Astana")
    assert (astana.country.code, astana.is_capital) == ("KZ", True)
    assert 51 < astana.latitude < 52
    geneva = Place.objects.get(name_en="Geneva")
    assert (geneva.country.code, geneva.is_capital) == ("CH", False)
    assert geneva.slug == "geneva"


def test_a_spelling_names_one_organisation():
    owners = {}
    for record in ORGANIZATIONS:
        for key in {normalize(s) for s in record.all_spellings}:
            assert owners.setdefault(key, record.name_ar) == record.name_ar, key


def test_places_are_unique_in_their_country_with_valid_coordinates():
    keys = [(r.country, normalize(r.name_ar)) for r in PLACES]
    assert len(keys) == len(set(keys))
    for record in PLACES:
        if record.latitude is not None:  # coordinates are optional
            assert -90 <= record.latitude <= 90 and -180 <= record.longitude <= 180


@pytest.mark.django_db
def test_staff_edits_win_and_missing_spellings_come_back():
    un = Organization.objects.get(name_en="United Nations")
    un.name_ar = "منظمة الأمم المتحدة"
    un.save()
    un.aliases.filter(normalized=normalize("الأممي")).delete()
    astana = Place.objects.get(name_en="Astana")
    Place.objects.filter(pk=astana.pk).update(name_ar="نور سلطان", latitude=None)
    astana.aliases.filter(normalized=normalize("تاشكنت")).delete()  # not its own
    astana.aliases.filter(normalized=normalize("آستانا")).delete()

    load_all()

    un.refresh_from_db()
    assert un.name_ar == "منظمة الأمم المتحدة"
    assert organization_of("الأممي") == "United Nations"
    astana.refresh_from_db()
    assert (astana.name_ar, astana.latitude) == ("نور سلطان", None)
    assert place_of("آستانا") == "Astana"
    assert Organization.objects.count() == len(ORGANIZATIONS)
    assert Place.objects.count() == len(PLACES)


@pytest.mark.django_db
def test_a_spelling_staff_gave_another_organisation_stays_there():
    other = Organization.objects.create(name_ar="هيئة أخرى")
    OrganizationAlias.objects.filter(normalized=normalize("الناتو")).delete()
    OrganizationAlias.objects.create(organization=other, text="الناتو")

    report = add_organizations(apps)

    alias = OrganizationAlias.objects.get(normalized=normalize("الناتو"))
    assert alias.organization == other
    assert report["OrganizationAlias"] == {"created": 0}


@pytest.mark.django_db
def test_each_table_costs_one_read_and_one_insert():
    Place.objects.filter(name_en="Geneva").delete()
    OrganizationAlias.objects.filter(normalized=normalize("قسد")).delete()
    with CaptureQueriesContext(connection) as organizations:
        assert add_organizations(apps)["OrganizationAlias"] == {"created": 1}
    with CaptureQueriesContext(connection) as places:
        report = add_places(apps)
    assert report == {"Place": {"created": 1}, "PlaceAlias": {"created": 1}}
    assert len(organizations) <= 4
    assert len(places) <= 6


@pytest.mark.django_db
def test_the_command_adds_what_is_missing_and_a_dry_run_writes_nothing():
    Place.objects.filter(name_en="Davos").delete()
    out = StringIO()
    call_command("load_gazetteer", "--dry-run", stdout=out)
    assert "Place: created 1" in out.getvalue()
    assert not Place.objects.filter(name_en="Davos").exists()

    call_command("load_gazetteer", stdout=StringIO())
    assert place_of("دافوس") == "Davos"


@pytest.mark.django_db
def test_the_command_has_every_process_read_the_names_again():
    """Its bulk inserts send no signals: running web workers learn of the new
    spellings from the shared version (archive.search.names)."""
    versions = NameSpellingsVersion.objects
    before = versions.first().number if versions.exists() else 0
    call_command("load_gazetteer", stdout=StringIO())
    assert versions.get().number == before + 1
    call_command("load_gazetteer", "--dry-run", stdout=StringIO())
    assert versions.get().number == before + 1


@pytest.mark.django_db(transaction=True)
def test_a_flushed_archive_gets_its_gazetteer_back():
    call_command("flush", interactive=False, verbosity=0)
    assert Place.objects.count() == len(PLACES)
    assert Organization.objects.count() == len(ORGANIZATIONS)

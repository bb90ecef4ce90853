"""The gazetteer `migrate` loads: countries, officials, sources."""

import datetime
import re
from collections import Counter
from pathlib import Path

import pycountry
import pytest

from archive.arabic import normalize
from archive.gazetteer.countries import (
    CURATED,
    NAME_AR,
    REGIONS,
    country_rows,
    curated_aliases,
    curated_collisions,
)
from archive.gazetteer.load import load_gazetteer
from archive.gazetteer.people import PEOPLE, SHARED_SHORT_FORMS
from archive.gazetteer.sources import SOURCES
from archive.ingest.pipeline import Ingester, _source_key
from archive.models import (
    Country,
    CountryAlias,
    Office,
    OfficeRole,
    Person,
    PersonAlias,
    PersonStatus,
    Region,
    Source,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
ARAB_LEAGUE = "DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE"
ALL_MODELS = (Country, CountryAlias, Person, PersonAlias, Office, Source)

# Officials as the seed articles spell them: full names, then the short forms.
FIXTURE_PEOPLE = {
    "wang-yi": ["وانغ يي", "وانغ"],
    "xi-jinping": ["شي جين بينغ", "شي"],
    "emomali-rahmon": ["إمام علي رحمن", "إمام على رحمون", "إمام علي رحمان", "رحمن"],
    "murat-nurtleu": ["مراد نورتلو", "نورتلو"],
    "sirojiddin-muhriddin": ["سراج الدين مهر الدين", "مهر الدين"],
    "bakhtiyor-saidov": ["بختيار سعيدوف", "سعيدوف"],
    "ruslan-kazakbaev": ["رسلان كازاكباييف", "كازاكباييف"],
}


def fixture_text() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in FIXTURES.glob("*.txt"))


def country_of(spelling: str) -> str:
    return CountryAlias.objects.get(normalized=normalize(spelling)).country.code


def counts() -> dict[str, int]:
    return {m.__name__: m.objects.count() for m in ALL_MODELS}


# --- Countries --------------------------------------------------------------------


@pytest.mark.django_db
def test_every_iso_country_is_loaded_with_a_region():
    assert Country.objects.count() == len(pycountry.countries) >= 249
    regions = dict(Country.objects.values_list("code", "region"))
    assert set(regions.values()) <= set(Region.values)
    assert [c for c, r in regions.items() if r == Region.OTHER] == ["AQ"]
    assert {c for c, r in regions.items() if r == Region.CENTRAL_ASIA} == {
        "KZ",
        "KG",
        "TJ",
        "TM",
        "UZ",
    }
    assert {c for c, r in regions.items() if r == Region.ARAB_WORLD} == set(
        ARAB_LEAGUE.split()
    )
    assert regions["AF"] == Region.SOUTH_ASIA
    assert regions["IR"] == regions["TR"] == Region.WEST_ASIA
    assert regions["CN"] == Region.EAST_ASIA


@pytest.mark.django_db
def test_display_names_follow_news_usage():
    names = dict(Country.objects.values_list("code", "name_ar"))
    assert names["CN"] == "الصين"
    assert names["RU"] == "روسيا"
    assert names["US"] == "الولايات المتحدة"
    assert names["SA"] == "المملكة العربية السعودية"
    assert names["KG"] == "قيرغيزستان"
    assert names["TR"] == "تركيا"
    assert Country.objects.get(code="RU").name_en == "Russia"


@pytest.mark.django_db
def test_arabic_names_carry_no_tashkeel():
    texts = [
        *Country.objects.values_list("name_ar", flat=True),
        *CountryAlias.objects.values_list("text", flat=True),
        *Person.objects.values_list("name_ar", flat=True),
        *PersonAlias.objects.values_list("text", flat=True),
        *Office.objects.values_list("title_ar", flat=True),
    ]
    assert [t for t in texts if MARKS.search(t)] == []
    assert all(t == t.strip() and "  " not in t for t in texts)


def test_curated_spellings_never_name_two_countries():
    assert curated_collisions() == {}
    country_rows()  # raises on a collision


@pytest.mark.django_db
def test_every_curated_alias_resolves_to_its_country():
    owners = dict(CountryAlias.objects.values_list("normalized", "country__code"))
    wrong = {
        (code, text): owners.get(normalize(text))
        for code in NAME_AR
        for text, _ in curated_aliases(code)
        if owners.get(normalize(text)) != code
    }
    assert wrong == {}


@pytest.mark.django_db
def test_curated_countries_cover_the_brief():
    required = "CN KZ KG TJ TM UZ AF RU IR TR PK IN MN US GB FR DE JP " + ARAB_LEAGUE
    assert set(required.split()) <= set(CURATED)
    for code in set(required.split()) - {"KM", "DJ"}:  # no unambiguous adjective
        assert CountryAlias.objects.filter(
            country__code=code, is_adjective=True
        ).exists(), code


@pytest.mark.django_db
@pytest.mark.parametrize(
    "spelling, code",
    [
        ("كازاخستان", "KZ"),
        ("قازاقستان", "KZ"),
        ("كازخستان", "KZ"),
        ("قيرغيزستان", "KG"),
        ("قرغيزستان", "KG"),
        ("قيرغزستان", "KG"),
        ("قرغيزيا", "KG"),
        ("طاجيكستان", "TJ"),
        ("طاجكستان", "TJ"),
        ("أوزبكستان", "UZ"),
        ("اوزبكستان", "UZ"),
        ("أوزبكيستان", "UZ"),
        ("تركمانستان", "TM"),
        ("تركمنستان", "TM"),
        ("الصين", "CN"),
        ("جمهورية الصين الشعبية", "CN"),
        ("الصّين", "CN"),  # pycountry's voweled spelling folds to the same
        ("الولايات المتحدة الأمريكية", "US"),
        ("السعودية", "SA"),
        ("بريطانيا", "GB"),
        ("روسيا البيضاء", "BY"),
        ("الكونغو", "CG"),
        ("الكونغو الديمقراطية", "CD"),
    ],
)
def test_news_spellings_of_names(spelling, code):
    alias = CountryAlias.objects.get(normalized=normalize(spelling))
    assert (alias.country.code, alias.is_adjective) == (code, False)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "adjective, code",
    [
        ("صيني", "CN"),
        ("صينية", "CN"),
        ("صينيون", "CN"),
        ("صينيين", "CN"),
        ("كازاخستاني", "KZ"),
        ("كازاخي", "KZ"),
        ("قازاقي", "KZ"),
        ("قازاقستاني", "KZ"),
        ("قيرغيزي", "KG"),
        ("قرغيزي", "KG"),
        ("طاجيكي", "TJ"),
        ("طاجيكية", "TJ"),
        ("أوزبكي", "UZ"),
        ("أوزبكستاني", "UZ"),
        ("روسي", "RU"),
        ("روسية", "RU"),
        ("إيراني", "IR"),
        ("أمريكي", "US"),
        ("أميركية", "US"),
        ("كوري جنوبي", "KR"),
    ],
)
def test_adjectives_are_stored_without_the_article(adjective, code):
    alias = CountryAlias.objects.get(normalized=normalize(adjective))
    assert (alias.country.code, alias.is_adjective) == (code, True)
    assert not CountryAlias.objects.filter(normalized=normalize("ال" + adjective))


@pytest.mark.django_db
def test_ambiguous_adjectives_are_left_out():
    for word in ["كوري", "كونغولي", "غيني", "قمري", "إنجليزي"]:
        assert not CountryAlias.objects.filter(normalized=normalize(word)), word


@pytest.mark.django_db
def test_fixture_countries_resolve():
    text = fixture_text()
    for spelling, code in [
        ("طاجيكستان", "TJ"),
        ("كازاخستان", "KZ"),
        ("قازاقستان", "KZ"),
        ("قيرغيزستان", "KG"),
        ("قرغيزستان", "KG"),
        ("أوزبكستان", "UZ"),
        ("أفغانستان", "AF"),
        ("الصين", "CN"),
    ]:
        assert spelling in text
        assert country_of(spelling) == code
    assert country_of("قيرغيزي") == "KG"  # "القيرغيزي" without its article


# --- People -----------------------------------------------------------------------


def test_people_data_is_consistent():
    slugs = [p.slug for p in PEOPLE]
    assert len(slugs) == len(set(slugs))
    assert all(re.fullmatch(r"[a-z]+(-[a-z]+)*", s) for s in slugs)
    for person in PEOPLE:
        assert person.aliases[0] == person.name_ar, person.slug
        spellings = [normalize(a) for a in person.all_spellings]
        assert len(spellings) == len(set(spellings)), person.slug
        assert person.country in NAME_AR
        for office in person.offices:
            assert office.role in OfficeRole.values
            assert office.title and office.country in NAME_AR
            for day in (office.start, office.end):
                assert day is None or isinstance(day, datetime.date)


def test_no_two_people_share_a_full_name():
    owners = Counter(normalize(a) for p in PEOPLE for a in {*p.aliases, *p.surnames})
    shared = {a for a, n in owners.items() if n > 1}
    assert shared == {normalize(s) for s in SHARED_SHORT_FORMS}


@pytest.mark.django_db
@pytest.mark.parametrize("slug, spellings", FIXTURE_PEOPLE.items())
def test_everyone_in_the_fixtures_is_known(slug, spellings):
    text = fixture_text()
    person = Person.objects.get(slug=slug)
    assert person.status == PersonStatus.CONFIRMED
    assert person.offices.exists()
    known = set(person.aliases.values_list("normalized", flat=True))
    for spelling in spellings:
        assert spelling in text
        assert normalize(spelling) in known


@pytest.mark.django_db
def test_full_names_come_before_short_forms():
    person = next(p for p in PEOPLE if p.slug == "emomali-rahmon")
    stored = person.all_spellings
    assert stored[0] == "إمام علي رحمن"
    assert stored.index("رحمن") > stored.index("إمام علي رحمانوف")


@pytest.mark.django_db
def test_every_office_ends_after_it_starts():
    assert Office.objects.count() >= len(PEOPLE)
    for office in Office.objects.all():
        if office.start and office.end:
            assert office.start <= office.end, office


@pytest.mark.django_db
def test_wang_yi_is_foreign_minister_on_the_fixture_dates():
    wang = Person.objects.get(slug="wang-yi")
    for day in [datetime.date(2021, 7, 14), datetime.date(2024, 12, 1)]:
        held = [o for o in wang.offices.all() if o.held_on(day)]
        assert OfficeRole.FOREIGN_MINISTER in {o.role for o in held}, day
        assert wang.office_on(day).role == OfficeRole.FOREIGN_MINISTER
    # Qin Gang held the post in between.
    assert not any(
        o.held_on(datetime.date(2023, 3, 1))
        for o in wang.offices.filter(role=OfficeRole.FOREIGN_MINISTER)
    )


@pytest.mark.django_db
def test_one_foreign_minister_at_a_time():
    for code in ["CN", "KZ", "KG", "TJ", "TM", "UZ"]:
        offices = Office.objects.filter(
            country__code=code, role=OfficeRole.FOREIGN_MINISTER, start__isnull=False
        ).order_by("start")
        for before, after in zip(offices, offices[1:], strict=False):
            if before.person_id != after.person_id:
                assert before.end and before.end <= after.start, (before, after)


@pytest.mark.django_db
def test_heads_of_state_on_known_days():
    def head(code, day):
        return {
            o.person.slug
            for o in Office.objects.filter(
                country__code=code, role=OfficeRole.HEAD_OF_STATE
            )
            if o.held_on(day)
        }

    assert head("UZ", datetime.date(2018, 1, 1)) == {"shavkat-mirziyoyev"}
    assert head("KZ", datetime.date(2017, 6, 9)) == {"nursultan-nazarbayev"}
    assert head("TM", datetime.date(2023, 1, 1)) == {"serdar-berdimuhamedow"}
    assert head("KG", datetime.date(2020, 11, 1)) == {"sadyr-japarov"}
    assert head("TJ", datetime.date(2023, 5, 18)) == {"emomali-rahmon"}


# Officials of the states world news names most often, on a day each held office.
HELD_ON = [
    ("vladimir-putin", "RU", OfficeRole.HEAD_OF_STATE, "2018-06-01"),
    ("sergey-lavrov", "RU", OfficeRole.FOREIGN_MINISTER, "2018-06-01"),
    ("donald-trump", "US", OfficeRole.HEAD_OF_STATE, "2018-06-01"),
    ("donald-trump", "US", OfficeRole.HEAD_OF_STATE, "2025-06-01"),
    ("mike-pompeo", "US", OfficeRole.FOREIGN_MINISTER, "2018-06-01"),
    ("recep-tayyip-erdogan", "TR", OfficeRole.HEAD_OF_STATE, "2018-06-01"),
    ("mevlut-cavusoglu", "TR", OfficeRole.FOREIGN_MINISTER, "2018-06-01"),
    ("hassan-rouhani", "IR", OfficeRole.HEAD_OF_STATE, "2018-06-01"),
    ("mohammad-javad-zarif", "IR", OfficeRole.FOREIGN_MINISTER, "2018-06-01"),
    ("abdel-fattah-el-sisi", "EG", OfficeRole.HEAD_OF_STATE, "2018-06-01"),
    ("adel-al-jubeir", "SA", OfficeRole.FOREIGN_MINISTER, "2018-06-01"),
    ("mohammed-bin-salman", "SA", OfficeRole.HEAD_OF_GOVERNMENT, "2023-01-01"),
    ("emmanuel-macron", "FR", OfficeRole.HEAD_OF_STATE, "2018-06-01"),
    ("angela-merkel", "DE", OfficeRole.HEAD_OF_GOVERNMENT, "2018-06-01"),
    ("benjamin-netanyahu", "IL", OfficeRole.HEAD_OF_GOVERNMENT, "2018-06-01"),
]


@pytest.mark.django_db
@pytest.mark.parametrize("slug, code, role, day", HELD_ON)
def test_world_officials_hold_office_on_known_days(slug, code, role, day):
    person = Person.objects.get(slug=slug)
    held = [
        (o.country.code, o.role)
        for o in person.offices.all()
        if o.held_on(datetime.date.fromisoformat(day))
    ]
    assert (code, role) in held


@pytest.mark.django_db
@pytest.mark.parametrize(
    "spelling, slug",
    [
        ("بوتين", "vladimir-putin"),
        ("فلاديمير بوتن", "vladimir-putin"),
        ("ترمب", "donald-trump"),
        ("دونالد ترامب", "donald-trump"),
        ("إردوغان", "recep-tayyip-erdogan"),
        ("اردوغان", "recep-tayyip-erdogan"),
        ("تشاووش أوغلو", "mevlut-cavusoglu"),
        ("جاويش أوغلو", "mevlut-cavusoglu"),
        ("عبدالفتاح السيسي", "abdel-fattah-el-sisi"),
        ("محمد بن سلمان", "mohammed-bin-salman"),
        ("بنيامين نتانياهو", "benjamin-netanyahu"),
        ("أنجيلا ميركل", "angela-merkel"),
    ],
)
def test_world_officials_by_news_spellings(spelling, slug):
    owners = set(
        PersonAlias.objects.filter(normalized=normalize(spelling)).values_list(
            "person__slug", flat=True
        )
    )
    assert owners == {slug}


def test_ambiguous_words_are_no_short_forms():
    stored = {normalize(a) for p in PEOPLE for a in p.all_spellings}
    for word in ["الأسد", "عباس", "سلمان", "محمد", "عبدالله", "خان", "علي", "آبي"]:
        assert normalize(word) not in stored, word


def test_one_head_of_state_at_a_time():
    for code in ["RU", "US", "TR", "IR", "EG", "SA", "FR", "SY", "DZ"]:
        offices = sorted(
            (o.start, o.end, p.slug)
            for p in PEOPLE
            for o in p.offices
            if o.role == OfficeRole.HEAD_OF_STATE and o.country == code
        )
        for (_, end, before), (start, _, after) in zip(
            offices, offices[1:], strict=False
        ):
            if before != after:
                assert end and end <= start, (code, before, after)


# --- Sources ----------------------------------------------------------------------


def test_source_names_are_unique_once_normalized():
    names = Counter(normalize(n) for s in SOURCES for n in [s.name_ar, *s.other_names])
    assert [n for n, c in names.items() if c > 1] == []
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", s.slug) for s in SOURCES)


@pytest.mark.django_db
def test_sources_as_datelines_name_them():
    by_name = {normalize(n): s.slug for s in Source.objects.all() for n in s.names()}
    assert by_name[normalize("شينخوا")] == "xinhua"
    assert by_name[normalize("وكالة أنباء شينخوا")] == "xinhua"
    assert by_name[normalize("خوفار")] == "khovar"
    assert by_name[normalize("وكالة الأنباء السعودية")] == "spa"
    assert by_name[normalize("ا ف ب")] == "afp"
    assert by_name[normalize("سكاي نيوز عربية")] == "sky-news-arabia"
    assert Source.objects.count() == len(SOURCES) >= 20


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("code", "slug"),
    [
        ("alarabia", "al-arabiya"),
        ("skynews", "sky-news-arabia"),
        ("france24", "france24"),
        ("BBC", "bbc-arabic"),
        ("CNN", "cnn-arabic"),
    ],
)
def test_the_ant_export_codes_name_their_sources(code, slug):
    ingester = Ingester()
    assert ingester.sources[_source_key(code)].slug == slug


# --- The loader -------------------------------------------------------------------


@pytest.mark.django_db
def test_loading_again_changes_nothing():
    before = counts()
    report = load_gazetteer()
    assert counts() == before
    assert all(r == {"created": 0} for r in report.values()), report
    assert before["Country"] == len(pycountry.countries)
    assert before["Person"] == len(PEOPLE)


@pytest.mark.django_db
def test_loading_completes_and_never_overwrites_staff_edits():
    Country.objects.filter(code="CN").update(name_ar="جمهورية الصين", region="other")
    CountryAlias.objects.filter(normalized=normalize("قرغيزستان")).delete()
    Office.objects.filter(person__slug="wang-yi").delete()
    Source.objects.filter(slug="kabar").delete()
    staff_alias = CountryAlias.objects.create(
        country=Country.objects.get(code="KZ"), text="بلاد الكازاخ"
    )

    report = load_gazetteer()

    china = Country.objects.get(code="CN")
    assert (china.name_ar, china.region) == ("جمهورية الصين", "other")
    assert country_of("قرغيزستان") == "KG"
    assert Office.objects.filter(person__slug="wang-yi").count() == 4
    assert Source.objects.filter(slug="kabar").exists()
    assert CountryAlias.objects.filter(pk=staff_alias.pk).exists()
    assert report["Country"] == {"created": 0}
    assert report["CountryAlias"]["created"] == 1
    assert report["Office"]["created"] == 4


@pytest.mark.django_db
def test_a_proposed_person_with_our_name_is_adopted_not_duplicated():
    Person.objects.filter(slug="murat-nurtleu").delete()
    proposed = Person.objects.create(
        name_ar="مراد نورتلو", status=PersonStatus.PROPOSED
    )
    PersonAlias.objects.create(person=proposed, text="مراد نورتلو")

    load_gazetteer()

    person = Person.objects.get(slug="murat-nurtleu")
    assert person.pk == proposed.pk
    assert person.status == PersonStatus.CONFIRMED
    assert Person.objects.filter(name_ar="مراد نورتلو").count() == 1
    assert person.aliases.filter(normalized=normalize("نورتلو")).exists()


def test_every_country_has_one_known_region():
    assert set(REGIONS) == set(Region.values)
    assert REGIONS[Region.OTHER] == {"AQ"}
    assert set().union(*REGIONS.values()) == set(NAME_AR)


def test_the_data_files_hold_all_the_python_lists_held():
    """Counts when the lists moved from Python to data/: nothing may get lost."""
    rows = country_rows()
    assert (len(rows), sum(len(r.aliases) for r in rows)) == (249, 938)
    assert sum(adjective for r in rows for _, adjective in r.aliases) == 512
    assert len(PEOPLE) == 111
    assert sum(len(p.all_spellings) for p in PEOPLE) == 428
    assert sum(len(p.offices) for p in PEOPLE) == 145
    # 122 other names, and the ANT export codes of Al Arabiya and Sky News Arabia.
    assert (len(SOURCES), sum(len(s.other_names) for s in SOURCES)) == (46, 124)

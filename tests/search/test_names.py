"""Every spelling of a name finds every article, driven by the alias records."""

import pytest

from archive.models import CountryAlias, NameSpellingsVersion
from archive.search import names
from tests.search.factories import (
    api,
    article,
    country,
    country_alias,
    ids,
    indexed,
    person,
    person_alias,
)


@pytest.fixture
def gazetteer(db):
    """The spellings the examples need, whether or not the gazetteer holds them."""
    kz = country("KZ", "كازاخستان", "قازاقستان")
    kg = country("KG", "قيرغيزستان", "قرغيزستان", "قيرغزستان")
    tj = country("TJ", "طاجيكستان")
    country_alias(tj, "طاجيكي", adjective=True)
    rahmon = person("emomali-rahmon", "إمام علي رحمن", tj)
    for text in ("رحمن", "رحمون", "رحمان", "إمام علي رحمون"):
        person_alias(rahmon, text)
    tokayev = person("kassym-jomart-tokayev", "قاسم جومارت توكاييف", kz)
    for text in ("توكاييف", "توكايف"):
        person_alias(tokayev, text)
    names.mark_stale()
    return {"KZ": kz, "KG": kg, "TJ": tj}


# Each name: (spelling, a text that uses it).
SPELLINGS = {
    "Kazakhstan": [
        ("قازاقستان", "زار الوزير قازاقستان أمس"),
        ("كازاخستان", "وصل الوفد إلى كازاخستان صباحا"),
    ],
    "Kyrgyzstan": [
        ("قيرغيزستان", "التقى رئيس قيرغيزستان"),
        ("قرغيزستان", "محادثات في قرغيزستان"),
        ("قيرغزستان", "اتفاقية مع قيرغزستان"),
    ],
    "Rahmon": [
        ("رحمن", "استقبل الرئيس رحمن الضيوف"),
        ("رحمون", "وصف رحمون البلدين"),
        ("رحمان", "قال الرئيس رحمان"),
    ],
    "Shanghai": [
        ("شانغهاي", "قمة منظمة شانغهاي للتعاون"),
        ("شنغهاي", "اجتماع منظمة شنغهاي للتعاون"),
    ],
    "Tokayev": [("توكاييف", "صرح توكاييف للصحفيين"), ("توكايف", "أكد توكايف دعمه")],
    # Places come from the gazetteer's data file, loaded by migrate.
    "Dushanbe": [("دوشنبه", "قمة في دوشنبه اليوم"), ("دوشانبي", "وصل إلى دوشانبي")],
    "Astana": [
        ("أستانا", "محادثات أستانا حول سوريا"),
        ("آستانا", "عقدت الجولة في آستانا"),
        ("نور سلطان", "افتتح المعرض في نور سلطان"),
    ],
}


@pytest.mark.parametrize("name", SPELLINGS)
def test_each_spelling_finds_the_articles_of_every_other(client, gazetteer, name):
    articles = indexed(*(article(text) for _, text in SPELLINGS[name]))
    for spelling, _ in SPELLINGS[name]:
        assert ids(api(client, q=spelling)) == {a.pk for a in articles}, spelling


def test_an_adjective_finds_the_articles_about_its_country(client, gazetteer):
    about = indexed(article("وقعت طاجيكستان اتفاقية للطاقة"))[0]
    indexed(article("وقعت أوزبكستان اتفاقية للطاقة"))
    assert ids(api(client, q="الطاجيكي")) == {about.pk}


def test_a_spelling_added_at_runtime_works_without_reindexing(client, gazetteer):
    # Indexed while nobody knew "كزخستان" is Kazakhstan.
    odd = indexed(article("زيارة رسمية إلى كزخستان الأسبوع المقبل"))[0]
    usual = indexed(article("زيارة رسمية إلى كازاخستان"))[0]
    assert ids(api(client, q="كازاخستان")) == {usual.pk}

    CountryAlias.objects.create(country=gazetteer["KZ"], text="كزخستان")

    assert ids(api(client, q="كازاخستان")) == {usual.pk, odd.pk}
    assert ids(api(client, q="كزخستان")) == {usual.pk, odd.pk}


def test_a_deleted_spelling_stops_joining_names(client, gazetteer):
    alias = country_alias(gazetteer["KZ"], "كزخستان")
    odd = indexed(article("زيارة إلى كزخستان"))[0]
    usual = indexed(article("زيارة إلى كازاخستان"))[0]
    assert ids(api(client, q="كازاخستان")) == {usual.pk, odd.pk}
    alias.delete()
    indexed(odd, usual)
    assert ids(api(client, q="كازاخستان")) == {usual.pk}


def test_a_name_of_several_words_is_found_whole(client, gazetteer):
    full = indexed(article("استقبل إمام علي رحمون الوفد"))[0]
    indexed(article("قال علي إن الإمام استقبل الوفد"))
    assert ids(api(client, q="إمام علي رحمان")) == {full.pk}
    assert ids(api(client, q='"إمام علي رحمن"')) == {full.pk}


def test_snippets_mark_every_spelling_of_the_name(client, gazetteer):
    indexed(article("قال رحمون إن طاجيكستان ترحب، وأكد رحمن ذلك"))
    snippet = api(client, q="رحمان")["results"][0]["snippet"]
    assert "<mark>رحمون</mark>" in snippet
    assert "<mark>رحمن</mark>" in snippet


def test_records_fill_the_registry(gazetteer):
    assert names.registry().canonical("قرغيزستان") == "قيرغيزستان"
    assert names.registry().canonical("الطاجيكي") == "طاجيكستان"


def test_a_spelling_another_process_saved_reaches_this_ones_queries(
    client, gazetteer, monkeypatch
):
    """Each gunicorn worker (each app server) keeps its own registry: a spelling
    saved through another one reaches it by the shared version, within
    names.CHECK_EVERY, with no restart."""
    odd = indexed(article("زيارة رسمية إلى كزخستان"))[0]
    usual = indexed(article("زيارة رسمية إلى كازاخستان"))[0]
    monkeypatch.setattr(names, "CHECK_EVERY", 3600)
    assert ids(api(client, q="كازاخستان")) == {usual.pk}
    before = names._generation
    CountryAlias.objects.create(country=gazetteer["KZ"], text="كزخستان")
    # This process forgets its own signal, as one that did not save it never had it.
    monkeypatch.setattr(names, "_generation", before)

    assert ids(api(client, q="كازاخستان")) == {usual.pk}  # the version read before
    monkeypatch.setattr(names, "CHECK_EVERY", 0)
    assert ids(api(client, q="كازاخستان")) == {usual.pk, odd.pk}


def test_a_block_of_name_changes_tells_other_processes_once(gazetteer):
    def version():
        return NameSpellingsVersion.objects.get().number

    CountryAlias.objects.create(country=gazetteer["KZ"], text="كزخستان")
    first = version()  # told at once, outside a block
    with names.told_once():
        for text in ("كازخستن", "قزخستن", "كزاخستن"):
            CountryAlias.objects.create(country=gazetteer["KZ"], text=text)
        assert version() == first  # nothing yet: readers keep their registry
    assert version() == first + 1
    with names.told_once():
        pass
    assert version() == first + 1  # no change, nothing to rebuild

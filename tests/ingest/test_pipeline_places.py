"""Ingest links datelines and meetings to the places of the gazetteer."""

from archive.models import Article, Meeting


def test_datelines_and_meetings_link_to_their_places(seeded):
    assert seeded["000"].city.name_en == "Dushanbe"
    assert seeded["001"].city.name_en == "Chengdu"
    assert seeded["002"].city.name_en == "Astana"
    astana = Meeting.objects.filter(article=seeded["002"])
    assert astana.exists()
    assert {m.city.name_en for m in astana} == {"Astana"}


def test_every_place_the_seed_articles_name_is_linked(seeded):
    named = Meeting.objects.exclude(place="")
    assert named.count() >= 3
    assert list(named.filter(city=None).values_list("place", flat=True)) == []
    assert not Article.objects.exclude(place="").filter(city=None).exists()

"""archive.ingest.parse: linking reads the text once and finds what the finders of
entities.py find on it, and hands a worker the words it read."""

from archive.ingest.entities import find_countries, find_people
from archive.ingest.gazetteer import Gazetteer
from archive.ingest.parse import ParsedArticle, link_entities, link_words
from archive.ingest.words import tokenize

TITLE = "وزير الخارجية الصيني يزور كازاخستان"
BODY = (
    "أستانا (رويترز) - التقى الرئيس الكازاخستاني قاسم جومارت توكاييف وزير الخارجية "
    "الصيني وانغ يي يوم الاثنين، وبحثا التعاون بين الصين وكازاخستان. "
    "وقال وانغ إن بلاده تدعم ألمانيا."
)


def gazetteer() -> Gazetteer:
    gaz = Gazetteer(
        countries={"الصين": "CN", "كازاخستان": "KZ", "ألمانيا": "DE"},
        adjectives={"صيني": "CN", "كازاخستاني": "KZ"},
    )
    gaz.add_person("wang", ["وانغ يي"], "CN")
    gaz.add_person("tokayev", ["قاسم جومارت توكاييف"], "KZ")
    return gaz


def article() -> ParsedArticle:
    return ParsedArticle(
        title=TITLE, body=BODY, date=None, published_at=None, place="", source_name=""
    )


def test_linking_finds_the_people_and_countries_the_finders_find():
    gaz, text = gazetteer(), f"{TITLE}\n{BODY}"
    linked = link_entities(article(), gaz)
    assert linked.people == list(dict.fromkeys(m.key for m in find_people(text, gaz)))
    mentioned = list(dict.fromkeys(m.key for m in find_countries(text, gaz)))
    assert linked.countries[: len(mentioned)] == mentioned
    assert {"wang", "tokayev"} <= set(linked.people)
    assert {"CN", "KZ", "DE"} <= set(linked.countries)


def test_link_words_links_as_link_entities_and_gives_the_words_it_read():
    gaz = gazetteer()
    once, again = article(), article()
    words = link_words(once, gaz)
    assert words == tokenize(f"{TITLE}\n{BODY}")
    assert once == link_entities(again, gaz)

"""Through the real search service: a word as an article prints it finds the article,
whatever names the records hold (issue 8)."""

import pytest

from archive import arabic
from archive.models import Article
from archive.search import names
from tests.conftest import FIXTURES, ingest
from tests.search.factories import api, article, ids, indexed, person


@pytest.mark.parametrize(("word", "seed"), [("رحمون", "002"), ("رسلان", "004")])
def test_a_name_as_a_seed_prints_it_finds_the_seed(client, word, seed):
    ingest(FIXTURES)
    found = Article.objects.get(source_file__startswith=seed)
    assert found.pk in ids(api(client, q=word))


def test_every_word_of_the_seeds_finds_its_seed(client):
    ingest(FIXTURES)
    for found in Article.objects.all():
        words = {found.body[t.start : t.end] for t in arabic.tokenize(found.body)}
        misses = [
            word
            for word in sorted(words)
            if arabic.query_slots(word) and found.pk not in ids(api(client, q=word))
        ]
        assert misses == [], found.source_file


@pytest.mark.parametrize(
    ("name", "text", "part"),
    [
        ("فيصل بن فرحان", "استقبل الأمير فيصل بن فرحان نظيره", "فرحان"),
        ("عبد المجيد تبون", "قال الرئيس عبد المجيد تبون أمس", "المجيد"),
        ("شي جين بينغ", "التقى الرئيس شي جينبينغ نظيره", "جينبينغ"),
    ],
)
def test_part_of_a_known_name_finds_the_article(client, name, text, part):
    person(f"p-{len(name)}", name)
    names.mark_stale()
    (made,) = indexed(article(text))
    assert ids(api(client, q=part)) == {made.pk}


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("تاشكنت", "وصل الوفد إلى طشقند"),
        ("دوشانبي", "عقدت القمة في دوشنبه"),
        ("بيشكيك", "زار الوزير بشكيك"),
    ],
)
def test_city_spellings_fold(client, query, text):
    (made,) = indexed(article(text))
    assert ids(api(client, q=query)) == {made.pk}


def test_a_plural_query_finds_the_singular(client):
    (made,) = indexed(article("دعا إلى نزع الأسلحة النووية في شبه الجزيرة"))
    assert ids(api(client, q="نزع السلاح النووي")) == {made.pk}


def test_kim_jong_un_under_each_spelling_the_corpus_prints(client):
    spellings = ("كيم جونغ أون", "كيم يونغ أون", "كيم جونج أون")
    made = indexed(*(article(f"التقى الزعيم {s} بالوفد") for s in spellings))
    for spelling in spellings:
        assert ids(api(client, q=spelling)) == {a.pk for a in made}

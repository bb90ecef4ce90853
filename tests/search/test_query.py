"""The query language: words, "phrases", -exclusions, OR; malformed input never
errors."""

import pytest

from archive.dates import PartialDate
from archive.search.query import MAX_PARTS, Part, analyse, over_cap, parse
from tests.search.factories import api, article, ids, indexed

HOSTILE = [
    '"unbalanced quote',
    'حزام "الطريق',
    "-",
    "- -- ---",
    "OR",
    "OR OR",
    "الصين OR OR",
    "OR الصين",
    "-OR",
    "<script>alert(1)</script>",
    "'; DROP TABLE archive_article; --",
    "؟!.،:؛()[]{}*~^",
    "text:الصين AND (title:x",
    "\u200f\u200e\u202e",
    "الصين " * 400,
    "ك" * 2000,
    '""',
    "«»",
]


def test_words_phrases_exclusions_and_or_are_read():
    parsed = parse('الصين "الحزام والطريق" -روسيا طاجيكستان OR قيرغيزستان')
    assert parsed.required == (
        (Part("الصين"),),
        (Part("الحزام والطريق", phrase=True),),
        (Part("طاجيكستان"), Part("قيرغيزستان")),
    )
    assert parsed.excluded == (Part("روسيا"),)


def test_arabic_or_and_typographic_quotes_count_too():
    parsed = parse("«مجلس الأمن» الصين أو روسيا -«الأمم المتحدة»")
    assert parsed.required == (
        (Part("مجلس الأمن", phrase=True),),
        (Part("الصين"), Part("روسيا")),
    )
    assert parsed.excluded == (Part("الأمم المتحدة", phrase=True),)


def test_a_hyphenated_term_is_a_word_not_an_exclusion():
    assert parse("كوفيد-19").required == ((Part("كوفيد-19"),),)


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_malformed_queries_parse_and_compile(db, text):
    parsed = parse(text)
    assert sum(map(len, parsed.required)) + len(parsed.excluded) <= MAX_PARTS
    analyse(parsed)


# Queries over the caps are refused before parsing (tests/search/test_caps.py).
WITHIN_CAPS = [text for text in HOSTILE if not over_cap(text)]


@pytest.mark.parametrize("text", WITHIN_CAPS, ids=range(len(WITHIN_CAPS)))
def test_malformed_queries_answer_through_the_api(client, text):
    indexed(article("الصين وطاجيكستان توقعان اتفاقية الحزام والطريق"))
    assert isinstance(api(client, q=text)["count"], int)


def test_nothing_searchable_compiles_to_nothing(db):
    matching = analyse(parse("في من -- ؟! OR"))
    assert (matching.required, matching.excluded) == ((), ())


@pytest.fixture
def texts(db):
    return dict(
        zip(
            ["both", "china", "phrase", "road"],
            indexed(
                article("الصين وروسيا توقعان اتفاقية", date=PartialDate(2019)),
                article("الصين توقع اتفاقية للتجارة", date=PartialDate(2020)),
                article("مبادرة الحزام والطريق تجمع البلدين", date=PartialDate(2021)),
                article("الطريق إلى الحزام الاقتصادي طويل", date=PartialDate(2022)),
            ),
            strict=True,
        )
    )


def pks(texts, *keys):
    return {texts[key].pk for key in keys}


def test_every_word_must_match(client, texts):
    assert ids(api(client, q="الصين روسيا")) == pks(texts, "both")


def test_a_quoted_phrase_matches_only_in_order(client, texts):
    assert ids(api(client, q="الحزام والطريق")) == pks(texts, "phrase", "road")
    assert ids(api(client, q='"الحزام والطريق"')) == pks(texts, "phrase")


def test_a_minus_excludes(client, texts):
    assert ids(api(client, q="الصين -روسيا")) == pks(texts, "china")
    assert ids(api(client, q='-"الحزام والطريق" الطريق')) == pks(texts, "road")


def test_or_lets_either_match(client, texts):
    assert ids(api(client, q="روسيا OR مبادرة")) == pks(texts, "both", "phrase")
    assert ids(api(client, q="روسيا أو مبادرة")) == pks(texts, "both", "phrase")


def test_marks_and_hamza_do_not_matter_in_a_query(client, texts):
    assert ids(api(client, q="الصِّينُ اتفاقيّة")) == pks(texts, "both", "china")


def test_an_empty_query_lists_everything_newest_first(client, texts):
    found = api(client, q="")
    order = [texts[key].pk for key in ("road", "phrase", "china", "both")]
    assert [r["id"] for r in found["results"]] == order

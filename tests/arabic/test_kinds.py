"""Kinds of meeting as a query words them, found among the query's slots."""

from archive.arabic import DEFAULT_NAMES, query_slots
from archive.arabic.kinds import kinds_in, wordings


def test_a_wording_is_found_in_any_inflection_among_other_words():
    assert kinds_in(query_slots("رحمون مكالمات هاتفية")) == [(1, 3, "phone")]
    assert kinds_in(query_slots("اتصالا هاتفيا وعبر الفيديو")) == [
        (0, 2, "phone"),
        (2, 4, "video"),
    ]


def test_a_word_alone_or_a_name_is_no_wording():
    assert kinds_in(query_slots("هاتفي")) == []
    assert kinds_in(query_slots("اتصال رحمون", DEFAULT_NAMES)) == []


def test_each_kind_has_its_wordings():
    assert ("مكالم", "هاتف") in wordings("phone")
    assert wordings("in_person") == []

"""A kind of meeting asked for in words finds its other wordings and its meetings."""

from archive.arabic.data import rows
from archive.vocabulary import MeetingKind
from tests.search.factories import api, article, ids, indexed


def test_the_wordings_name_the_archives_kinds():
    kinds = {MeetingKind.IN_PERSON, MeetingKind.PHONE, MeetingKind.VIDEO}
    assert {kind for kind, *_ in rows("meeting_kinds.tsv")} <= kinds


def test_a_phone_call_in_words_finds_every_wording_and_phone_meetings(client):
    made = indexed(
        article("أجرى الرئيس اتصالا هاتفيا مع نظيره"),
        article("تحدث الوزير هاتفيا مع نظيره الصيني"),
        article("تلقى الرئيس مكالمة هاتفية من نظيره"),
        article("بحث الرئيسان العلاقات", kinds=[MeetingKind.PHONE]),
    )
    indexed(article("زار الرئيس المعرض"), article("اشترى هاتفا جديدا"))
    assert ids(api(client, q="اتصال هاتفي")) == {a.pk for a in made}


def test_a_kind_in_words_is_one_requirement_among_the_others(client):
    call = article("تحدث رحمون هاتفيا مع نظيره", kinds=[MeetingKind.PHONE])
    indexed(call, article("تحدث الرئيس هاتفيا مع نظيره"))
    assert ids(api(client, q="رحمون مكالمة هاتفية")) == {call.pk}

"""archive.ingest.meetings: the five real articles, then each rule on invented text."""

import datetime
from pathlib import Path

import pytest

from archive.dates import PartialDate
from archive.ingest.gazetteer import Gazetteer
from archive.ingest.meetings import ParticipantDraft, find_meetings, split_sentences

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"

PEOPLE = {
    "wang": ("CN", "وانغ يي", "وانغ"),
    "xi": ("CN", "شي جين بينغ", "شي"),
    "rahmon": ("TJ", "إمام علي رحمن", "إمام علي رحمون", "إمام علي رحمان", "رحمن"),
    "nurtleu": ("KZ", "مراد نورتلو", "نورتلو"),
    "muhriddin": ("TJ", "سراج الدين مهر الدين", "مهر الدين"),
    "saidov": ("UZ", "بختيار سعيدوف", "سعيدوف"),
    "kazakbaev": ("KG", "رسلان كازاكباييف", "كازاكباييف"),
    "lavrov": ("RU", "سيرغي لافروف", "لافروف"),
    "tokayev": ("KZ", "قاسم جومارت توكاييف", "توكاييف"),
}


def gazetteer(*names: str) -> Gazetteer:
    """The countries of these articles and exactly the people named."""
    gaz = Gazetteer(
        countries={
            "الصين": "CN",
            "جمهورية الصين الشعبية": "CN",
            "طاجيكستان": "TJ",
            "جمهورية طاجيكستان": "TJ",
            "كازاخستان": "KZ",
            "أوزبكستان": "UZ",
            "قيرغيزستان": "KG",
            "روسيا": "RU",
        },
        adjectives={
            "صيني": "CN",
            "طاجيكي": "TJ",
            "قيرغيزي": "KG",
            "روسي": "RU",
            "كازاخستاني": "KZ",
        },
    )
    for key in names:
        country, *spellings = PEOPLE[key]
        gaz.add_person(key, spellings, country)
    return gaz


def fixture(number: str) -> str:
    (path,) = FIXTURES.glob(f"{number}_*.txt")
    return path.read_text(encoding="utf-8")


def offices(meeting) -> dict:
    return {p.person: p.office for p in meeting.participants}


def summary(meetings) -> list[tuple]:
    return [(m.kind, m.people, m.date) for m in meetings]


# The five articles


def test_000_wang_yi_meets_rahmon_on_the_tuesday_of_the_lead():
    meetings = find_meetings(
        fixture("000"),
        gazetteer=gazetteer("wang", "rahmon"),
        article_date=PartialDate(2021, 7, 14),
        place="دوشنبه",
    )
    assert summary(meetings) == [
        ("in_person", ["wang", "rahmon"], PartialDate(2021, 7, 13))
    ]
    (meeting,) = meetings
    assert meeting.sentence.startswith("أدلى وانغ بهذه التصريحات خلال اجتماع")
    assert meeting.countries == ["CN", "TJ"]
    assert meeting.place == "دوشنبه"
    assert offices(meeting) == {"wang": "وزير الخارجية", "rahmon": "الرئيس"}


def test_001_three_encounters_told_in_one_sentence():
    meetings = find_meetings(
        fixture("001"),
        gazetteer=gazetteer("wang", "nurtleu", "muhriddin", "saidov"),
        article_date=PartialDate(2024, 12, 1),
        place="تشنغدو",
    )
    day = PartialDate(2024, 12, 1)
    assert summary(meetings) == [
        ("in_person", ["wang", "nurtleu"], day),
        ("in_person", ["wang", "muhriddin"], day),
        ("in_person", ["wang", "saidov"], day),
    ]
    assert [m.countries for m in meetings] == [["CN", "KZ"], ["CN", "TJ"], ["CN", "UZ"]]
    assert offices(meetings[0]) == {"wang": "وزير الخارجية", "nurtleu": "وزير الخارجية"}
    assert offices(meetings[2])["saidov"] == "وزير الخارجية"


def test_002_xi_jinping_meets_rahmon():
    meetings = find_meetings(
        fixture("002"),
        gazetteer=gazetteer("xi", "rahmon"),
        article_date=PartialDate(2017, 6, 9),
        place="أستانا",
    )
    assert summary(meetings) == [
        ("in_person", ["xi", "rahmon"], PartialDate(2017, 6, 9))
    ]
    assert offices(meetings[0]) == {"xi": "الرئيس", "rahmon": "الرئيس"}


def test_003_a_private_meeting_dated_without_a_year():
    meetings = find_meetings(
        fixture("003"),
        gazetteer=gazetteer("xi", "rahmon"),
        article_date=None,
        place=None,
    )
    assert summary(meetings) == [
        ("in_person", ["rahmon", "xi"], PartialDate(None, 5, 18))
    ]
    assert "لقاء خاص" in meetings[0].sentence
    assert meetings[0].place == "شيان"  # "إلى مدينة شيان", the article has no dateline


def test_004_a_phone_call_with_a_counterpart():
    meetings = find_meetings(
        fixture("004"),
        gazetteer=gazetteer("wang", "kazakbaev"),
        article_date=None,
        place=None,
    )
    assert summary(meetings) == [("phone", ["wang", "kazakbaev"], None)]
    assert meetings[0].countries == ["CN", "KG"]
    assert meetings[0].place == ""
    assert offices(meetings[0])["kazakbaev"] == "وزير الخارجية"


# Cues

EVERYONE = tuple(PEOPLE)


def meet(text: str, date: PartialDate | None = None, place: str | None = None):
    return find_meetings(
        text, gazetteer=gazetteer(*EVERYONE), article_date=date, place=place
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "التقى وانغ يي مع سيرغي لافروف في بكين.",
        "والتقت وانغ يي بسيرغي لافروف.",
        "يلتقي وانغ يي سيرغي لافروف.",
        "اجتمع وانغ يي مع سيرغي لافروف.",
        "استقبل وانغ يي سيرغي لافروف.",
        "ويستقبل وانغ يي سيرغي لافروف.",
        "عقد وانغ يي لقاء مع سيرغي لافروف.",
        "قال وانغ يي خلال اجتماع مع سيرغي لافروف إن العلاقات جيدة.",
        "قال وانغ يي خلال اجتماعه مع سيرغي لافروف إن العلاقات جيدة.",
        "أجرى وانغ يي محادثات مع سيرغي لافروف.",
        "بحث وانغ يي في مباحثات مع سيرغي لافروف العلاقات.",
        "جرت مفاوضات بين وانغ يي وسيرغي لافروف.",
        "عقد وانغ يي وسيرغي لافروف قمة ثنائية.",
        "أكد وانغ يي لدى استقباله سيرغي لافروف أن",
        "بحث وانغ يي مع سيرغي لافروف العلاقات الثنائية.",
        "وناقش وانغ يي في بكين مع سيرغي لافروف الأزمة.",
        "وتباحث وانغ يي مع سيرغي لافروف.",
        "جاء ذلك خلال القمة التي جمعت بين وانغ يي وسيرغي لافروف.",
        "جاء ذلك خلال لقاء جمع وانغ يي بسيرغي لافروف في بكين.",
        "صرح وانغ يي بعد لقاء جمعه بسيرغي لافروف.",
        "قال #وانغ_يي بعد لقائه مع #سيرغي_لافروف إن العلاقات جيدة.",
    ],
)
def test_in_person_cues(sentence):
    assert summary(meet(sentence)) == [("in_person", ["wang", "lavrov"], None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "أجرى وانغ يي محادثة هاتفية مع سيرغي لافروف.",
        "أجرى وانغ يي اتصالا هاتفيا مع سيرغي لافروف.",
        "تلقى وانغ يي اتصالا هاتفيا من سيرغي لافروف.",
        "تلقى وانغ يي اتصالا من سيرغي لافروف.",
        "بحث وانغ يي في مكالمة هاتفية مع سيرغي لافروف العلاقات.",
        "تحدث وانغ يي هاتفيا مع سيرغي لافروف.",
        "بحث وانغ يي، مع سيرغي لافروف، في اتصال هاتفي العلاقات.",
        "بحث وانغ يي مع سيرغي لافروف هاتفيا العلاقات.",
        "جرى اتصال هاتفي بين وانغ يي وسيرغي لافروف.",
    ],
)
def test_phone_cues_win_over_in_person_ones(sentence):
    assert summary(meet(sentence)) == [("phone", ["wang", "lavrov"], None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "عقد وانغ يي اجتماعا عبر الفيديو مع سيرغي لافروف.",
        "أجرى وانغ يي محادثات عبر تقنية الفيديو مع سيرغي لافروف.",
        "اجتمع وانغ يي عبر الاتصال المرئي مع سيرغي لافروف.",
        "التقى وانغ يي افتراضيا مع سيرغي لافروف.",
    ],
)
def test_video_cues_win_over_in_person_ones(sentence):
    assert summary(meet(sentence)) == [("video", ["wang", "lavrov"], None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "قال وانغ يي إن سيرغي لافروف محق.",
        "ألقى وانغ يي كلمة عبر الفيديو أشاد فيها بسيرغي لافروف.",
        "من المقرر أن يلتقي وانغ يي مع سيرغي لافروف.",
        "سيلتقي وانغ يي مع سيرغي لافروف الأسبوع المقبل.",
        "لم يلتق وانغ يي مع سيرغي لافروف.",
        "وانغ يي يستعد للقاء سيرغي لافروف.",
        "عقد الاجتماع الخامس لوزراء الخارجية بحضور وانغ يي وسيرغي لافروف.",
        "قال وانغ يي: سأزور موسكو وألتقي مع سيرغي لافروف.",
        "بحث وانغ يي الملف قبل أن يغادر إلى موسكو حيث سيرغي لافروف.",
        "بحث وانغ يي عن حل، وقال سيرغي لافروف إن",
        "ناقشت الصين مع روسيا ملف العلاقات بحضور وانغ يي وسيرغي لافروف.",
        "وسيعقد اللقاء بين وانغ يي وسيرغي لافروف في بكين.",
        "وكان من المقرر أن يعقد وانغ يي وسيرغي لافروف قمة في بكين.",
        "وافق وانغ يي على لقاء سيرغي لافروف في موسكو في الأسبوع الذي يليه.",
        "أكد وانغ يي مجددا التزامه بلقاء سيرغي لافروف.",
        "ينفي وانغ يي أي علاقة بالاجتماع الوشيك بين سيرغي لافروف ومراد نورتلو.",
    ],
)
def test_no_meeting(sentence):
    assert meet(sentence) == []


def test_who_speaks_after_a_colon_did_not_meet():
    text = (
        "التقى وانغ يي مع سيرغي لافروف. وقال رحمن بعد اجتماع مع مراد نورتلو: "
        '"لا أعرف ما سيقرره وانغ يي"'
    )
    assert summary(meet(text)) == [("in_person", ["wang", "lavrov"], None)]


def test_someone_unknown_to_the_gazetteer_takes_part_by_office_and_country():
    """A participant given by a title the gazetteer cannot name is still one (the
    guide: "نظيره الطاجيكي", "سفير الصين")."""
    (meeting,) = meet("التقى وانغ يي مع وزير الخارجية الروسي فلاديمير فلاديميروف.")
    assert meeting.participants[1:] == [
        ParticipantDraft(None, "وزير الخارجية", "RU", None)
    ]
    assert meeting.countries == ["CN", "RU"]


# Who met whom


def test_each_encounter_of_a_list_told_one_after_another():
    text = (
        "التقى وانغ يي كلا من مراد نورتلو، وبختيار سعيدوف، وسيرغي لافروف، على التوالي."
    )
    assert [m.people for m in meet(text)] == [
        ["wang", "nurtleu"],
        ["wang", "saidov"],
        ["wang", "lavrov"],
    ]


def test_a_list_met_together_is_one_meeting():
    text = "اجتمع وانغ يي مع مراد نورتلو وبختيار سعيدوف."
    assert [m.people for m in meet(text)] == [["wang", "nurtleu", "saidov"]]


def test_follow_up_sentences_tell_the_same_meeting():
    text = (
        "التقى وانغ يي مع سيرغي لافروف في بكين. "
        "وخلال الاجتماع، قال وانغ إن الصين مستعدة. "
        "وخلال اجتماعه مع لافروف، أكد وانغ أهمية التعاون. "
        "وفي اجتماعهما، بحث وانغ ولافروف مع قاسم جومارت توكاييف الوضع."
    )
    assert [m.people for m in meet(text)] == [["wang", "lavrov"]]


def test_a_new_encounter_in_the_same_text_is_a_new_meeting():
    text = "التقى وانغ يي مع سيرغي لافروف. ثم اجتمع وانغ مع قاسم جومارت توكاييف."
    assert [m.people for m in meet(text)] == [["wang", "lavrov"], ["wang", "tokayev"]]


def test_his_meeting_is_the_previous_sentence_subject():
    text = (
        "وصل وانغ يي إلى أستانا اليوم. "
        "وخلال لقائه مع الرئيس قاسم جومارت توكاييف، أكد أهمية التعاون."
    )
    assert [m.people for m in meet(text)] == [["wang", "tokayev"]]


def test_the_subject_named_after_the_meeting_phrase():
    text = "وخلال اجتماعه مع قاسم جومارت توكاييف، قال وانغ يي إن"
    assert [m.people for m in meet(text)] == [["wang", "tokayev"]]


def test_people_bound_to_with_need_someone_who_met_them():
    """ "خلال اجتماع مع" whose subject the gazetteer lacks tells no meeting."""
    text = "وقال الوزير خلال اجتماع مع سيرغي لافروف ووانغ يي إن"
    assert meet(text) == []


def test_a_counterpart_title_resolves_to_the_named_person():
    text = (
        "أجرى وزير الخارجية الصيني وانغ يي محادثة هاتفية مع نظيره الروسي سيرغي لافروف."
    )
    (meeting,) = meet(text)
    assert meeting.people == ["wang", "lavrov"]
    assert offices(meeting) == {"wang": "وزير الخارجية", "lavrov": "وزير الخارجية"}


def test_a_title_alone_stands_for_whom_it_introduced():
    text = (
        "وصل وزير الخارجية الروسي سيرغي لافروف إلى بكين. "
        "والتقى وانغ يي مع وزير الخارجية الروسي، وبحثا العلاقات."
    )
    assert [m.people for m in meet(text)] == [["wang", "lavrov"]]


def test_a_reported_clause_keeps_its_speaker_out():
    text = "قال قاسم جومارت توكاييف إن وانغ يي التقى سيرغي لافروف أمس."
    assert [m.people for m in meet(text)] == [["wang", "lavrov"]]


def test_two_encounters_in_one_sentence():
    text = "التقى وانغ يي قاسم جومارت توكاييف بعد يوم من لقائه سيرغي لافروف في موسكو."
    assert [m.people for m in meet(text)] == [["wang", "tokayev"], ["wang", "lavrov"]]


# Dates and places


def test_a_weekday_resolved_against_the_publication_day_without_a_dateline():
    text = "التقى وانغ يي مع سيرغي لافروف يوم الثلاثاء."
    (meeting,) = find_meetings(
        text,
        gazetteer=gazetteer(*EVERYONE),
        article_date=None,
        place=None,
        published=datetime.date(2021, 7, 14),
    )
    assert meeting.date == PartialDate(2021, 7, 13)


def test_the_publication_day_is_no_meetings_date_by_default():
    (meeting,) = find_meetings(
        "التقى وانغ يي مع سيرغي لافروف.",
        gazetteer=gazetteer(*EVERYONE),
        article_date=None,
        place=None,
        published=datetime.date(2021, 7, 14),
    )
    assert meeting.date is None


def test_the_sentence_date_resolved_against_the_article_date():
    text = "التقى وانغ يي مع سيرغي لافروف يوم الثلاثاء."
    (meeting,) = meet(text, date=PartialDate(2021, 7, 14))
    assert meeting.date == PartialDate(2021, 7, 13)


def test_an_explicit_date_wins():
    text = "التقى وانغ يي مع سيرغي لافروف في 3 مارس 2020."
    (meeting,) = meet(text, date=PartialDate(2020, 3, 5))
    assert meeting.date == PartialDate(2020, 3, 3)


@pytest.mark.parametrize(
    ("sentence", "news"),
    [
        # SK-internationalNews-2286-20180623 (corpus)
        (
            "ووافقت كوريا الشمالية على إرسال رفات جنود الولايات المتحدة خلال اجتماع "
            "12 يونيو بين وانغ يي وسيرغي لافروف.",
            PartialDate(2018, 6, 23),
        ),
        # a month of an earlier year (SK-middleEast-3931-20181017, shaped after)
        (
            "وكان وانغ يي التقى سيرغي لافروف في أغسطس 2014.",
            PartialDate(2018, 10, 17),
        ),
        # CN-middleEast-507-20180407 (corpus)
        (
            "وكان وانغ يي التقى سيرغي لافروف في 20 مارس/ آذار الماضي.",
            PartialDate(2018, 4, 7),
        ),
        # a month alone said to be past (FR-middleEast-852-20180729, shaped after)
        (
            "واستقبل وانغ يي سيرغي لافروف في أنقرة في نيسان/أبريل الماضي.",
            PartialDate(2018, 7, 29),
        ),
    ],
)
def test_an_encounter_dated_over_a_week_before_the_news_is_none(sentence, news):
    assert meet(sentence, date=news) == []


# AL-internationalNews-1685-20180618 (corpus), the people put in for the gazetteer's:
# the borders' date is no encounter's.
BORDERS = (
    "أكد وانغ يي خلال لقائه، الاثنين، مع سيرغي لافروف، الذي غادر الأردن بعد زيارة"
    " قصيرة، ضرورة قيام الدولة الفلسطينية على خطوط الرابع من يونيو/ حزيران عام 1967،"
    " وعاصمتها القدس الشرقية."
)


def test_an_encounter_takes_its_weekday_not_a_date_a_noun_names():
    (meeting,) = find_meetings(
        BORDERS,
        gazetteer=gazetteer(*EVERYONE),
        article_date=None,
        place=None,
        published=datetime.date(2018, 6, 18),
    )
    assert meeting.date == PartialDate(2018, 6, 18)


def test_an_encounter_of_an_undated_article_stays_undated():
    (meeting,) = meet(BORDERS)
    assert meeting.date is None


def test_an_encounter_takes_no_date_from_a_sentence_telling_history():
    # AL-internationalNews-248-20180227 (corpus), shaped after: the talks are today's.
    text = (
        "وكان وانغ يي قد زار موسكو في 3 نوفمبر 2017. "
        "وقال وانغ يي عقب الاجتماع مع سيرغي لافروف إن التعاون مهم."
    )
    (meeting,) = meet(text, date=PartialDate(2018, 2, 26))
    assert meeting.date == PartialDate(2018, 2, 26)


def test_an_encounter_takes_the_date_of_an_earlier_sentence_of_the_news():
    text = "وصل وانغ يي إلى موسكو أمس. والتقى وانغ يي مع سيرغي لافروف."
    (meeting,) = meet(text, date=PartialDate(2018, 2, 26))
    assert meeting.date == PartialDate(2018, 2, 25)


def test_an_encounter_of_the_week_is_news():
    text = "التقى وانغ يي مع سيرغي لافروف في 3 مارس 2020."
    assert len(meet(text, date=PartialDate(2020, 3, 10))) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        # the month is this one's
        "واستقبل وانغ يي سيرغي لافروف في يوليو الجاري.",
        # a day says more than the month: the encounter's is "اليوم"
        "التقى وانغ يي اليوم سيرغي لافروف، بعد لقائهما في نيسان/أبريل الماضي.",
    ],
)
def test_an_encounter_with_a_month_of_the_news_is_news(sentence):
    (meeting,) = meet(sentence, date=PartialDate(2018, 7, 29))
    assert meeting.date == PartialDate(2018, 7, 29)


def test_a_month_alone_dates_no_encounter():
    text = "قال وانغ يي في يونيو الماضي إن التعاون مهم. والتقى وانغ سيرغي لافروف."
    assert meet(text, date=PartialDate(2018, 7, 29))[0].date == PartialDate(2018, 7, 29)


def test_the_date_of_an_earlier_sentence_naming_a_participant():
    text = (
        "قال وانغ يي يوم الأحد إن التعاون مهم. "
        "وأضاف وانغ ذلك خلال لقاء مع سيرغي لافروف."
    )
    (meeting,) = meet(text, date=PartialDate(2021, 7, 14))
    assert meeting.date == PartialDate(2021, 7, 11)


def test_the_article_date_when_no_sentence_gives_one():
    text = "التقى وانغ يي مع سيرغي لافروف."
    assert meet(text, date=PartialDate(2021, 7, 14))[0].date == PartialDate(2021, 7, 14)
    assert meet(text)[0].date is None


def test_a_weekday_without_a_reference_is_no_date():
    text = "أجرى وانغ يي اليوم (الاثنين) محادثة هاتفية مع سيرغي لافروف."
    assert meet(text)[0].date is None


def test_the_dateline_place_and_a_city_the_text_names():
    text = "التقى وانغ يي مع سيرغي لافروف في مدينة شيان."
    assert meet(text, place="بكين")[0].place == "بكين"
    assert meet(text)[0].place == "شيان"
    text = "التقى وانغ يي مع سيرغي لافروف في العاصمة الروسية موسكو."
    assert meet(text)[0].place == "موسكو"


# Sentences


def test_sentences_end_at_arabic_punctuation_and_lines_not_abbreviations():
    text = "قال د. وانغ إن النمو بلغ 3.5 في المئة؛ وأضاف: هل نجحنا؟ نعم!\nسطر آخر"
    sentences = [text[start:end] for start, end in split_sentences(text)]
    assert sentences == [
        "قال د. وانغ إن النمو بلغ 3.5 في المئة؛",
        "وأضاف: هل نجحنا؟",
        "نعم!",
        "سطر آخر",
    ]


# Meetings announced, not held


@pytest.mark.parametrize(
    "sentence",
    [
        "يلتقي وانغ يي سيرغي لافروف الأربعاء في موسكو.",
        "ويلتقي وانغ يي وسيرغي لافروف عند الساعة 13.15 بتوقيت غرينتش.",
        "سيزور وانغ يي موسكو ويلتقي سيرغي لافروف.",
        "يلتقي وانغ يي سيرغي لافروف غدا في بكين.",
        "ويجري وانغ يي لاحقا محادثات مع سيرغي لافروف.",
        "يخشى خبراء احتمال أن يتخذ وانغ يي قرارات خلال لقائه مع سيرغي لافروف.",
        "اتفق الجانبان على عقد قمة قريبا بين وانغ يي وسيرغي لافروف.",
        "يزور وانغ يي بريطانيا قبل عقد اجتماع مع سيرغي لافروف.",
    ],
)
def test_a_meeting_to_come_is_none(sentence):
    assert meet(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "يلتقي وانغ يي اليوم (الأحد) سيرغي لافروف في بكين.",
        # "سنغافورة" is no future verb ("سـ")
        "يلتقي وانغ يي اليوم (الأحد) سيرغي لافروف في سنغافورة.",
        "يلتقي وانغ يي سيرغي لافروف في السياسة والأمن.",
        "من المتوقع أن تتركز المحادثات على الاتفاق الذي وضع خلال محادثات وانغ يي "
        "مع سيرغي لافروف.",
        "التقى وانغ يي سيرغي لافروف الأحد الماضي.",
    ],
)
def test_a_meeting_of_today_or_before_is_kept(sentence):
    assert summary(meet(sentence)) == [("in_person", ["wang", "lavrov"], None)]


# Hosts and guests


def test_co_hosts_receiving_someone_unknown_met_no_one():
    text = "استقبل وانغ يي، والرئيس قاسم جومارت توكاييف، اليوم الشيخ سلطان والوفد."
    assert meet(text) == []


def test_co_hosts_receiving_a_known_guest_met_together():
    text = "استقبل وانغ يي، والرئيس قاسم جومارت توكاييف، سيرغي لافروف في بكين."
    assert [m.people for m in meet(text)] == [["wang", "tokayev", "lavrov"]]


def test_a_host_receives_a_guest_and_his_companion():
    text = "استقبل وانغ يي سيرغي لافروف ومراد نورتلو."
    assert [m.people for m in meet(text)] == [["wang", "lavrov", "nurtleu"]]


def test_objects_joined_after_a_comma_are_encounters_one_by_one():
    text = "التقى وانغ يي سيرغي لافروف، ووزير خارجية أوزبكستان بختيار سعيدوف."
    assert [m.people for m in meet(text)] == [["wang", "lavrov"], ["wang", "saidov"]]


def test_whom_a_meeting_to_come_binds_met_no_one_yet():
    text = (
        "التقى وانغ يي سيرغي لافروف في بكين خلال زيارة مفاجئة قبل قمته المرتقبة "
        "مع قاسم جومارت توكاييف."
    )
    assert [m.people for m in meet(text)] == [["wang", "lavrov"]]

"""archive.ingest.datelines: datelines, explicit dates, weekdays, publication stamps."""

import datetime
from pathlib import Path

import pytest

from archive.dates import PartialDate
from archive.ingest.cleaning import clean
from archive.ingest.datelines import (
    WEEKDAYS,
    Dateline,
    article_date,
    date_in_sentence,
    find_dates,
    find_publication_stamp,
    parse_dateline,
    resolve_weekday,
)

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
NO_DATELINE = Dateline(None, None, None)


def body(number: str) -> str:
    (path,) = FIXTURES.glob(f"{number}_*.txt")
    return clean(path.read_text(encoding="utf-8")).body


def dates(text: str) -> list[PartialDate]:
    return [found.date for found in find_dates(text)]


def only_date(text: str) -> PartialDate:
    (date,) = dates(text)
    return date


# Datelines


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "دوشنبه 14 يوليو 2021 (شينخوا) قال الوزير",
            Dateline("دوشنبه", PartialDate(2021, 7, 14), "شينخوا"),
        ),
        (
            "تشنغدو أول ديسمبر 2024 (شينخوا) التقى",
            Dateline("تشنغدو", PartialDate(2024, 12, 1), "شينخوا"),
        ),
        (
            "أستانا 9 يونيو 2017 / التقى الرئيس",
            Dateline("أستانا", PartialDate(2017, 6, 9), None),
        ),
        (
            "بكين، 3 مارس (شينخوا) - قال",
            Dateline("بكين", PartialDate(None, 3, 3), "شينخوا"),
        ),
        (
            "القاهرة - 5 كانون الثاني/يناير 2019 - قال",
            Dateline("القاهرة", PartialDate(2019, 1, 5), None),
        ),
        (
            "الرياض 15 شوال 1445 هـ الموافق 24 أبريل 2024 م (واس) - رفع",
            Dateline("الرياض", PartialDate(2024, 4, 24), "واس"),
        ),
        (
            "الرياض، الخميس 18 مايو 2023 (واس) - قال",
            Dateline("الرياض", PartialDate(2023, 5, 18), "واس"),
        ),
        ("(وكالات) — قال مسؤولون", Dateline(None, None, "وكالات")),
        (
            "دبي، الإمارات العربية المتحدة (CNN) -- أعلنت الشركة",
            Dateline("دبي", None, "CNN"),
        ),
        ("في 18 مايو ، استمرت الزيارة", NO_DATELINE),
        ("أجرى وزير الخارجية اليوم (الاثنين) محادثة هاتفية", NO_DATELINE),
        ("قالت وكالة أنباء الصين الجديدة (شينخوا)، الأربعاء، إن", NO_DATELINE),
    ],
)
def test_parse_dateline(text, expected):
    assert parse_dateline(text) == expected


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("000", Dateline("دوشنبه", PartialDate(2021, 7, 14), "شينخوا")),
        ("001", Dateline("تشنغدو", PartialDate(2024, 12, 1), "شينخوا")),
        ("002", Dateline("أستانا", PartialDate(2017, 6, 9), None)),
        ("003", NO_DATELINE),
        ("004", NO_DATELINE),
    ],
)
def test_fixture_datelines(number, expected):
    assert parse_dateline(body(number)) == expected


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("000", PartialDate(2021, 7, 14)),
        ("001", PartialDate(2024, 12, 1)),
        ("002", PartialDate(2017, 6, 9)),
        ("003", PartialDate(None, 5, 18)),
        ("004", None),
    ],
)
def test_fixture_article_dates(number, expected):
    assert article_date(body(number)) == expected


def test_article_date_looks_only_at_the_first_paragraph():
    assert (
        article_date("أجرى الوزير محادثة هاتفية.\n\nوكان قد زار بكين في 5 مايو.")
        is None
    )


# Explicit dates, by month family


@pytest.mark.parametrize(
    ("month", "number"),
    [
        ("يناير", 1), ("فبراير", 2), ("مارس", 3), ("أبريل", 4), ("إبريل", 4),
        ("ابريل", 4), ("مايو", 5), ("يونيو", 6), ("يونيه", 6), ("يوليو", 7),
        ("يوليه", 7), ("أغسطس", 8), ("اغسطس", 8), ("سبتمبر", 9), ("أكتوبر", 10),
        ("اكتوبر", 10), ("نوفمبر", 11), ("ديسمبر", 12),
    ],
)  # fmt: skip
def test_egyptian_and_gulf_months(month, number):
    assert only_date(f"وصل في 12 {month} 2019 إلى") == PartialDate(2019, number, 12)


@pytest.mark.parametrize(
    ("month", "number"),
    [
        ("كانون الثاني", 1), ("شباط", 2), ("آذار", 3), ("نيسان", 4), ("أيار", 5),
        ("حزيران", 6), ("تموز", 7), ("آب", 8), ("أيلول", 9), ("تشرين الأول", 10),
        ("تشرين الثاني", 11), ("كانون الأول", 12), ("تشرين أول", 10),
    ],
)  # fmt: skip
def test_levantine_months(month, number):
    assert only_date(f"وصل في 12 {month} 2019 إلى") == PartialDate(2019, number, 12)


@pytest.mark.parametrize(
    ("month", "number"),
    [
        ("جانفي", 1), ("فيفري", 2), ("مارس", 3), ("أفريل", 4), ("ماي", 5),
        ("جوان", 6), ("جويلية", 7), ("أوت", 8), ("سبتمبر", 9), ("ديسمبر", 12),
    ],
)  # fmt: skip
def test_maghreb_months(month, number):
    assert only_date(f"وصل في 12 {month} 2019 إلى") == PartialDate(2019, number, 12)


@pytest.mark.parametrize(
    "text",
    [
        "في 5 تشرين الأول/أكتوبر 2019",
        "في 5 أكتوبر/تشرين الأول 2019",
        "في 5 أكتوبر/ تشرين الأول 2019",
        "في 5 أكتوبر (تشرين الأول) 2019",
        "في 5 أكتوبر تشرين الأول 2019",
    ],
)
def test_paired_month_names_are_one_date(text):
    (found,) = find_dates(text)
    assert found.date == PartialDate(2019, 10, 5)
    assert text[found.start : found.end].endswith("2019")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تشنغدو أول ديسمبر 2024", PartialDate(2024, 12, 1)),
        ("في الأول من آذار/مارس الحالي", PartialDate(None, 3, 1)),
        ("اعتبارا من أول يوليو", PartialDate(None, 7, 1)),
        ("في السادس من كانون الأول/ديسمبر", PartialDate(None, 12, 6)),
        ("في الحادي والعشرين من مارس 2020", PartialDate(2020, 3, 21)),
        ("في الثاني عشر من ديسمبر 2018", PartialDate(2018, 12, 12)),
    ],
)
def test_first_and_ordinal_days(text, expected):
    assert only_date(text) == expected


def test_ordinal_after_definite_noun_is_no_day():
    assert dates("في الأسبوع الأول من أكتوبر") == []
    assert dates("في النصف الثاني من مارس 2019") == [PartialDate(2019, 3)]


def test_start_of_month_is_not_its_first_day():
    assert dates("في مطلع يونيو 2017") == [PartialDate(2017, 6)]
    assert dates("في مطلع يونيو") == []


def test_first_inside_month_names_is_no_day():
    assert dates("في تشرين الأول 2019 وكانون الأول") == [PartialDate(2019, 10)]


@pytest.mark.parametrize(
    "text", ["في يونيو 2017", "في يونيو من العام 2017", "في حزيران/يونيو 2017"]
)
def test_month_and_year(text):
    assert only_date(text) == PartialDate(2017, 6)


def test_day_without_year_stays_yearless():
    assert only_date("في 18 مايو ، استمرت الزيارة") == PartialDate(None, 5, 18)


@pytest.mark.parametrize("text", ["في ١٥ مارس ٢٠٢٠", "في ۱۵ مارس ۲۰۲۰"])
def test_arabic_indic_and_persian_digits(text):
    (found,) = find_dates(text)
    assert found.date == PartialDate(2020, 3, 15)
    assert text[found.start : found.end] == text[3:]


@pytest.mark.parametrize(
    "text", ["2019/06/15", "15/06/2019", "2019-06-15", "15-6-2019", "15.06.2019"]
)
def test_numeric_dates_are_day_first(text):
    assert only_date(f"بتاريخ {text} صدر القرار") == PartialDate(2019, 6, 15)


def test_numeric_hijri_date():
    assert only_date("بتاريخ 14/10/1439 هـ") == PartialDate(2018, 6, 28)


@pytest.mark.parametrize(
    "text", ["6 رمضان 1444 هـ", "6 رمضان 1444ه", "6 رمضان 1444", "٦ رمضان ١٤٤٤ هـ"]
)
def test_hijri_dates_become_gregorian(text):
    assert only_date(text) == PartialDate(2023, 3, 28)


@pytest.mark.parametrize(
    ("month", "number"),
    [
        ("محرم", 1), ("صفر", 2), ("ربيع الأول", 3), ("ربيع الآخر", 4),
        ("ربيع الثاني", 4), ("جمادى الأولى", 5), ("جمادى الآخرة", 6),
        ("جمادى الثانية", 6), ("رجب", 7), ("شعبان", 8), ("رمضان", 9), ("شوال", 10),
        ("ذو القعدة", 11), ("ذي القعدة", 11), ("ذو الحجة", 12), ("ذي الحجة", 12),
    ],
)  # fmt: skip
def test_hijri_months(month, number):
    from hijridate import Hijri

    expected = PartialDate.from_date(Hijri(1445, number, 10).to_gregorian())
    assert only_date(f"في 10 {month} 1445 هـ") == expected


@pytest.mark.parametrize(
    "text",
    [
        "15 شوال 1445 هـ الموافق 24 أبريل 2024 م",
        "15 شوال 1445 هـ (24 أبريل 2024م)",
        "24 أبريل 2024 الموافق 15 شوال 1445 هـ",
    ],
)
def test_hijri_with_gregorian_equivalent_counts_once(text):
    assert dates(text) == [PartialDate(2024, 4, 24)]


@pytest.mark.parametrize(
    "text",
    [
        "الاحتفال بالذكرى الـ30 لتأسيس العلاقات",
        "في معركتها ضد (كوفيد-19)، وتعميق التعاون",
        "طريق الحرير البحري للقرن الـ21",
        "التي اقترحها الرئيس في عام 2013",
        "وصل عدد الزوار إلى 2019 زائرا",
        "مارس الرياضة 15 عاما في مارسيليا",
        "في شهر مايو الماضي",
        "ارتفع بنسبة 1.50-1.75% خلال العام",
    ],
)
def test_no_false_dates(text):
    assert dates(text) == []


def test_invalid_days_are_skipped():
    assert dates("في 31 فبراير 2020 و 29 فبراير 2023") == []
    assert dates("في 29 فبراير 2024") == [PartialDate(2024, 2, 29)]


def test_dates_come_in_text_order_with_offsets():
    text = "بين 28 أيار/مايو و12 آب/أغسطس 2013 سافرا"
    found = find_dates(text)
    assert [f.date for f in found] == [
        PartialDate(None, 5, 28),
        PartialDate(2013, 8, 12),
    ]
    assert [text[f.start : f.end] for f in found] == [
        "28 أيار/مايو",
        "12 آب/أغسطس 2013",
    ]


# Publication stamps


@pytest.mark.parametrize(
    "text",
    [
        "/مصدر: شينخوا/   2024:12:02.10:20",
        "2024-12-02 10:20",
        "نشر في: 02/12/2024 10:20",
        "٢٠٢٤-١٢-٠٢ ١٠:٢٠",
    ],
)
def test_publication_stamps(text):
    assert find_publication_stamp(text) == datetime.datetime(2024, 12, 2, 10, 20)


def test_publication_stamp_afternoon_mark():
    stamp = find_publication_stamp("آخر تحديث: 02/12/2024 10:20 م")
    assert stamp == datetime.datetime(2024, 12, 2, 22, 20)


def test_date_without_time_is_no_stamp():
    assert find_publication_stamp("في 2024-12-02 التقى الوزيران") is None


# Weekdays and relative days


def test_weekday_names_map_to_python_numbers():
    assert WEEKDAYS["الاثنين"] == WEEKDAYS["الإثنين"] == WEEKDAYS["اثنين"] == 0
    assert WEEKDAYS["الثلاثاء"] == WEEKDAYS["يوم الثلاثاء"] == 1
    assert WEEKDAYS["الأربعاء"] == 2
    assert WEEKDAYS["الخميس"] == 3
    assert WEEKDAYS["الجمعة"] == WEEKDAYS["جمعة"] == 4
    assert WEEKDAYS["السبت"] == 5
    assert WEEKDAYS["الأحد"] == WEEKDAYS["يوم الأحد"] == 6


def test_resolve_weekday_looks_back_at_most_six_days():
    wednesday = datetime.date(2021, 7, 14)
    assert resolve_weekday(1, wednesday) == datetime.date(2021, 7, 13)
    assert resolve_weekday(2, wednesday) == wednesday
    assert resolve_weekday(3, wednesday) == datetime.date(2021, 7, 8)


def test_fixture_000_meeting_was_on_tuesday():
    first_sentence = body("000").split("\n")[0]
    assert date_in_sentence(first_sentence, PartialDate(2021, 7, 14)) == PartialDate(
        2021, 7, 13
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("التقى الوزير نظيره يوم الثلاثاء", PartialDate(2021, 7, 13)),
        ("التقى الوزير نظيره اليوم (الأحد)", PartialDate(2021, 7, 11)),
        ("اجتمع الطرفان الثلاثاء الماضي", PartialDate(2021, 7, 13)),
        ("اجتمع الطرفان الأربعاء الماضي", PartialDate(2021, 7, 7)),
        ("يجتمع الطرفان الثلاثاء المقبل", PartialDate(2021, 7, 20)),
        ("وكان الرئيس قد وصل الاربعاء إلى هنا", PartialDate(2021, 7, 14)),
        ("قال الوزير أمس إن", PartialDate(2021, 7, 13)),
        ("قال الوزير أول أمس إن", PartialDate(2021, 7, 12)),
        ("قال الوزير اليوم إن", PartialDate(2021, 7, 14)),
        ("أشاد الوزير بالعلاقات الثنائية", None),
    ],
)
def test_relative_days_against_dateline(sentence, expected):
    assert date_in_sentence(sentence, PartialDate(2021, 7, 14)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("وصل في 5 مايو 2019 إلى بكين", PartialDate(2019, 5, 5)),
        ("وصل في 18 مايو إلى بكين", PartialDate(2021, 5, 18)),
        ("وصل في 18 ديسمبر إلى بكين", PartialDate(2020, 12, 18)),
        ("يصل في 18 ديسمبر المقبل إلى بكين", PartialDate(2021, 12, 18)),
        ("وصل في 18 يوليو الجاري إلى بكين", PartialDate(2021, 7, 18)),
        ("وصل في 18 مايو يوم الثلاثاء", PartialDate(2021, 5, 18)),
    ],
)
def test_explicit_date_wins_and_takes_the_reference_year(sentence, expected):
    assert date_in_sentence(sentence, PartialDate(2021, 7, 14)) == expected


def test_explicit_date_stays_yearless_without_reference_year():
    sentence = "وصل في 18 مايو إلى بكين"
    assert date_in_sentence(sentence, None) == PartialDate(None, 5, 18)
    assert date_in_sentence(sentence, PartialDate(None, 5, 20)) == PartialDate(
        None, 5, 18
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("التقى الوزير نظيره في مارس الماضي", PartialDate(2021, 3)),
        ("التقى الوزير نظيره في آب/أغسطس الماضي", PartialDate(2020, 8)),
        ("يلتقي الوزير نظيره في أغسطس المقبل", PartialDate(2021, 8)),
        ("التقى الوزير نظيره في 5 مارس الماضي", PartialDate(2021, 3, 5)),
        ("التقى الوزير نظيره أمس بعد لقاء في مارس الماضي", PartialDate(2021, 7, 13)),
        ("التقى الوزير نظيره منذ مارس الماضي", None),  # history, "منذ"
        ("التقى الوزير نظيره في مارس", None),  # which March?
    ],
)
def test_a_month_alone_said_past_or_to_come_is_vague(sentence, expected):
    assert date_in_sentence(sentence, PartialDate(2021, 7, 14), vague=True) == expected
    explicit = date_in_sentence(sentence, PartialDate(2021, 7, 14))
    assert explicit is None or explicit.day is not None  # none unless asked for


def test_a_month_alone_of_no_known_year_is_no_date():
    assert (
        date_in_sentence("التقى الوزير نظيره في مارس الماضي", None, vague=True) is None
    )


def test_weekday_needs_a_complete_reference():
    assert date_in_sentence("التقى الوزير نظيره يوم الثلاثاء", None) is None
    assert date_in_sentence("قال الوزير أمس", PartialDate(None, 3, 3)) is None


# ANT corpus, 2018: dates that name a border, an attack, a war or a birth.
@pytest.mark.parametrize(
    "sentence",
    [
        "قيام الدولة الفلسطينية على خطوط الرابع من يونيو/ حزيران عام 1967، وعاصمتها"
        " القدس الشرقية",
        "اللذين يعتقد بمشاركتهما في التخطيط لتفجيرات سبتمبر 2001",
        "ويعتبر جمال بغال مرشد منفذي اعتداءات كانون الثاني/يناير 2015 في باريس.",
        "بأنها اشتهرت بعد حرب حزيران/يونيو 1967 برصدها",
        "من مواليد 1 أكتوبر 1956، و",
        "الاسم هنومة خليل حبيب علي.. من مواليد 3 ديسمبر العام 1921، تلميذة",
    ],
)
def test_a_date_a_noun_names_dates_no_event(sentence):
    assert date_in_sentence(sentence, None) is None
    assert date_in_sentence(sentence, PartialDate(2018, 6, 18)) is None
    assert article_date(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A summit, a place, a time of day: the date is still the event's.
        (
            "وجاء التقرير في ظل تركيز الاهتمام على قمة الثاني عشر من يونيو بين كيم"
            " وترامب",
            PartialDate(2018, 6, 12),
        ),
        (
            "دخوله إلى قنصلية بلاده في إسطنبول 2 أكتوبر/ تشرين الأول الجاري",
            PartialDate(2018, 10, 2),
        ),
        (
            "عند الحدود مع بورما ولاوس، مساء الثالث والعشرين من حزيران/يونيو",
            PartialDate(2018, 6, 23),
        ),
        ("الانقلاب التي حدثت في يوم 15 يوليو/تموز عام 2016", PartialDate(2016, 7, 15)),
    ],
)
def test_a_date_after_other_words_still_dates_the_event(sentence, expected):
    assert date_in_sentence(sentence, PartialDate(2018, 10, 20)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # ANT corpus, 2018: a clause "منذ" opens starts a span at its date.
        "استعدادا لأول زيارة رسمية يجريها الرئيس الأميركي دونالد ترامب إلى بريطانيا"
        " منذ توليه المنصب في يناير 2017",
        "وإعادة إحياء المفاوضات بين الأطراف اليمنية، منذ توقفها عقب إفشال"
        " #ميليشيا_الحوثي الانقلابية لمشاورات الكويت في أغسطس 2016م",
    ],
)
def test_a_date_in_a_clause_since_opens_is_no_events(sentence):
    assert date_in_sentence(sentence, None) is None


def test_a_clause_since_opens_ends_at_a_comma():
    sentence = "لم يلتق الرئيسان منذ سنوات، والتقيا في 5 مارس 2017"
    assert date_in_sentence(sentence, None) == PartialDate(2017, 3, 5)


def test_a_weekday_wins_over_a_date_years_older():
    # shaped after AL-internationalNews-1685-20180618 (corpus)
    sentence = (
        "أكد الملك خلال لقائه، الاثنين، مع الرئيس التزامه بما اتفق عليه الطرفان في"
        " أكتوبر 2016."
    )
    assert date_in_sentence(sentence, PartialDate(2018, 6, 20)) == PartialDate(
        2018, 6, 18
    )
    # Months, not years, before: the explicit date is still the event's.
    assert date_in_sentence(sentence, PartialDate(2017, 6, 20)) == PartialDate(2016, 10)


def test_a_date_after_that_is_what_was_said():
    sentence = "أعلنت السلطات، الجمعة، أن الطائرة تحطمت في نوفمبر 2016."
    assert date_in_sentence(sentence, PartialDate(2018, 4, 28)) == PartialDate(2016, 11)
    sentence = "أعلنت السلطات، الجمعة، تحطم الطائرة في نوفمبر 2016."
    assert date_in_sentence(sentence, PartialDate(2018, 4, 28)) == PartialDate(
        2018, 4, 27
    )


def test_a_date_cited_as_history_is_not_the_events():
    sentence = "أكد الملك خلال لقائه الاثنين مع الرئيس قيام دولة على حدود 4 حزيران 1967"
    assert date_in_sentence(sentence, None) is None
    assert article_date(sentence) is None
    assert date_in_sentence("وقع البلدان في ذكرى اتفاق 3 مارس 2009", None) is None


# Against the publication time


def published(year, month, day, hour=10) -> datetime.datetime:
    return datetime.datetime(year, month, day, hour, tzinfo=datetime.UTC)


def test_dateline_year_comes_from_publication():
    body = "بكين، 3 مارس (شينخوا) - قال الوزير"
    assert article_date(body, published(2018, 3, 4)) == PartialDate(2018, 3, 3)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("31 ديسمبر", PartialDate(2018, 12, 31)),
        ("2 يناير", PartialDate(2019, 1, 2)),
        ("1 يناير", PartialDate(2019, 1, 1)),
    ],
)
def test_dateline_day_is_never_after_publication_at_the_year_boundary(day, expected):
    body = f"موسكو، {day} (رويترز) - قال الوزير"
    assert article_date(body, published(2019, 1, 2)) == expected


def test_yearless_dateline_stays_yearless_without_publication():
    assert article_date("بكين، 3 مارس (شينخوا) - قال") == PartialDate(None, 3, 3)


def test_publication_day_is_the_one_printed_in_its_time_zone():
    late_in_dubai = datetime.datetime(
        2018, 2, 27, 1, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=4))
    )
    lead = "قال الوزير اليوم إن المحادثات ناجحة."
    assert article_date(lead, late_in_dubai) == PartialDate(2018, 2, 27)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("التقى وزير الخارجية نظيره يوم الثلاثاء في موسكو.", PartialDate(2018, 2, 27)),
        ("التقى وزير الخارجية نظيره الاثنين في موسكو.", PartialDate(2018, 2, 26)),
        ("قال الوزير أمس إن المحادثات ناجحة.", PartialDate(2018, 2, 27)),
        ("قال الوزير اليوم إن المحادثات ناجحة.", PartialDate(2018, 2, 28)),
        ("أعلن الجيش في وقت سابق اليوم مقتل مسلحين.", PartialDate(2018, 2, 28)),
        ("وصل الوزير في 18 فبراير إلى موسكو.", PartialDate(2018, 2, 18)),
        ("(CNN) -- قال الوزير الثلاثاء إن", PartialDate(2018, 2, 27)),
    ],
)
def test_lead_date_resolves_against_publication(lead, expected):
    body = f"{lead}\nوأضاف أن الزيارة ناجحة يوم الجمعة."
    assert article_date(body, published(2018, 2, 28)) == expected


def test_no_date_in_the_text_is_no_date_whatever_the_publication():
    body = "أشاد الوزير بالعلاقات الثنائية.\nوقال اليوم إن"
    assert article_date(body, published(2018, 2, 28)) is None


@pytest.mark.parametrize(
    "lead",
    [
        "يزور الوزير موسكو الثلاثاء المقبل.",
        "يزور الوزير موسكو في 5 مارس 2018.",
        "يزور الوزير موسكو في 5 مارس المقبل.",
        "موسكو، 5 مارس 2018 (رويترز) - قال",
    ],
)
def test_no_event_date_falls_after_publication(lead):
    assert article_date(lead, published(2018, 2, 28)) is None


# Both calendars


def test_both_calendars_agreeing_give_the_gregorian_date():
    text = "6 رمضان 1444 هـ الموافق 28 مارس 2023 م"
    assert dates(text) == [PartialDate(2023, 3, 28)]


def test_a_one_day_disagreement_is_sighting_not_error():
    assert dates("6 رمضان 1444 هـ الموافق 29 مارس 2023 م") == [PartialDate(2023, 3, 29)]


def test_calendars_that_disagree_are_neither_trusted():
    assert dates("6 رمضان 1444 هـ الموافق 2 أبريل 2023 م") == []
    body = "الرياض 6 رمضان 1444 هـ الموافق 2 أبريل 2023 م (واس) - قال"
    assert article_date(body) is None


def test_gregorian_twin_without_year_takes_the_hijri_year():
    assert dates("6 رمضان 1444 هـ الموافق 28 مارس") == [PartialDate(2023, 3, 28)]


def test_hijri_only_dateline_converts_by_umm_al_qura():
    body = "الرياض 6 رمضان 1444 هـ (واس) - قال"
    assert article_date(body) == PartialDate(2023, 3, 28)


def test_in_a_lead_the_date_named_first_wins():
    lead = "أعلنت السلطات، الجمعة، أن نقص الوقود سبب تحطم الطائرة في نوفمبر 2016."
    assert article_date(lead, published(2018, 4, 28)) == PartialDate(2018, 4, 27)
    lead = "وصل الوزير في 18 أبريل 2018 إلى موسكو، وقال الجمعة إن"
    assert article_date(lead, published(2018, 4, 28)) == PartialDate(2018, 4, 18)


@pytest.mark.parametrize(
    "lead",
    [
        "نشرت القافلة في عددها لشهر شعبان 1390هـ ( أكتوبر 1970) استطلاعاً مصوراً",
        "وقع البلدان في مارس 2015 اتفاق الشراكة.",
    ],
)
def test_a_lead_date_years_before_publication_is_background(lead):
    assert article_date(lead, published(2018, 5, 30)) is None
    assert article_date(lead) is not None  # without a publication time, the text's


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("التقى الوزير نظيره في 30 مايو 2017.", PartialDate(2017, 5, 30)),
        ("زار الوزير موسكو في يونيو 2017.", PartialDate(2017, 6)),
    ],
)
def test_a_lead_date_within_a_year_of_publication_is_the_event(lead, expected):
    assert article_date(lead, published(2018, 5, 30)) == expected

"""archive.dates: display of partial dates in Arabic, Hijri equivalents."""

import datetime

from archive.dates import ARABIC_MONTHS, PartialDate, format_arabic, hijri_of


def test_arabic_months_are_indexed_from_one():
    assert len(ARABIC_MONTHS) == 13
    assert ARABIC_MONTHS[1] == "يناير"
    assert ARABIC_MONTHS[7] == "يوليو"
    assert ARABIC_MONTHS[12] == "ديسمبر"


def test_format_complete_date():
    assert format_arabic(PartialDate(2021, 7, 14)) == "14 يوليو 2021"


def test_format_day_without_year_says_so():
    assert format_arabic(PartialDate(None, 5, 18)) == "18 مايو (السنة غير مذكورة)"


def test_format_month_precision():
    assert format_arabic(PartialDate(2017, 6)) == "يونيو 2017"


def test_format_year_precision():
    assert format_arabic(PartialDate(2017)) == "2017"


def test_format_unknown_date():
    assert format_arabic(PartialDate()) == "تاريخ غير معروف"


def test_hijri_of_gives_umm_al_qura_date():
    assert hijri_of(datetime.date(2021, 7, 14)) == "4 ذو الحجة 1442 هـ"


def test_hijri_of_outside_calendar_range_is_none():
    assert hijri_of(datetime.date(1900, 1, 1)) is None
    assert hijri_of(datetime.date(2100, 1, 1)) is None


def test_format_month_without_year_says_so():
    assert format_arabic(PartialDate(None, 7)) == "يوليو (السنة غير مذكورة)"

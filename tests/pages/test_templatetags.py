import datetime

import pytest

from archive.dates import PartialDate
from archive.templatetags.archive_tags import (
    arabic_date,
    citation_date,
    event_date,
    hijri,
    paragraphs,
)


@pytest.mark.parametrize(
    ("pd", "html"),
    [
        (PartialDate(2021, 7, 13), '<time datetime="2021-07-13">13 يوليو 2021</time>'),
        (PartialDate(2021, 7), '<time datetime="2021-07">يوليو 2021</time>'),
        (PartialDate(2021), '<time datetime="2021">2021</time>'),
        (PartialDate(None, 5, 18), '<time datetime="--05-18">'),
        (PartialDate(), "<span>تاريخ غير معروف</span>"),
    ],
)
def test_event_date_marks_up_what_is_known(pd, html):
    assert html in event_date(pd)


def test_event_date_notes_a_missing_day_or_month():
    assert "اليوم غير مذكور" in event_date(PartialDate(2021, 7))
    assert "الشهر واليوم غير مذكورين" in event_date(PartialDate(2021))
    assert "precision" not in event_date(PartialDate(2021, 7, 13))


def test_dates_accept_plain_dates_and_none():
    assert arabic_date(datetime.date(2024, 12, 1)) == "1 ديسمبر 2024"
    assert arabic_date(None) == ""


def test_hijri_only_for_a_whole_day():
    assert hijri(PartialDate(2021, 7, 13)) == "3 ذو الحجة 1442 هـ"
    assert hijri(PartialDate(2021, 7)) == ""


def test_citation_date():
    assert citation_date(PartialDate(2021, 7, 3)) == "2021/07/03"
    assert citation_date(PartialDate(2021)) == "2021"
    assert citation_date(PartialDate(None, 7, 3)) == ""


def test_paragraphs_escape_and_skip_blank_lines():
    html = paragraphs("أول <b>\n\n  ثان  \n")
    assert html == "<p>أول &lt;b&gt;</p>\n<p>ثان</p>"

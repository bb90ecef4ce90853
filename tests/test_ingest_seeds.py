"""The five seed articles, ingested end to end, give the records a reader expects."""

import datetime

import pytest

from archive.dates import PartialDate
from archive.models import Article, Meeting
from archive.vocabulary import Precision
from tests.conftest import FIXTURES

pytestmark = pytest.mark.django_db


def participants(meeting: Meeting) -> set[str]:
    return {p.name_en for p in meeting.participants.all()}


def countries(article: Article) -> set[str]:
    return set(article.countries.values_list("code", flat=True))


def test_000_dateline_and_a_meeting_the_day_before(seeded):
    article = seeded["000"]
    assert article.event_date == PartialDate(2021, 7, 14)
    assert article.place == "دوشنبه"
    assert article.source.name_en == "Xinhua"
    assert article.title == ""
    assert {"CN", "TJ"} <= countries(article)
    [meeting] = article.meetings.all()
    assert meeting.kind == "in_person"
    assert meeting.event_date == PartialDate(2021, 7, 13)  # "يوم الثلاثاء"
    assert participants(meeting) == {"Wang Yi", "Emomali Rahmon"}


def test_001_title_stamp_and_three_meetings(seeded):
    article = seeded["001"]
    assert article.title.startswith("وزير الخارجية الصيني يلتقي")
    assert article.event_date == PartialDate(2024, 12, 1)
    assert article.published_at.replace(tzinfo=None) == datetime.datetime(
        2024, 12, 2, 10, 20
    )
    assert "الصفحة الرئيسية" not in article.body
    assert "صور ساخنة" not in article.body
    assert {"CN", "KZ", "TJ", "UZ"} <= countries(article)
    meetings = article.meetings.all()
    assert sorted(m.kind for m in meetings) == ["in_person"] * 3
    assert {frozenset(participants(m)) for m in meetings} == {
        frozenset({"Wang Yi", "Murat Nurtleu"}),
        frozenset({"Wang Yi", "Sirojiddin Muhriddin"}),
        frozenset({"Wang Yi", "Bakhtiyor Saidov"}),
    }
    assert {m.event_date for m in meetings} == {PartialDate(2024, 12, 1)}


def test_002_astana_meeting(seeded):
    article = seeded["002"]
    assert article.event_date == PartialDate(2017, 6, 9)
    assert article.place == "أستانا"
    assert {"CN", "TJ", "KZ"} <= countries(article)
    [meeting] = article.meetings.all()
    assert participants(meeting) == {"Xi Jinping", "Emomali Rahmon"}


def test_003_day_and_month_without_a_year(seeded):
    article = seeded["003"]
    assert article.date is None
    assert article.date_precision == Precision.DAY_NO_YEAR
    assert article.event_date == PartialDate(None, 5, 18)
    assert article.title == "اجتماعات ومفاوضات رفيعة المستوى بين طاجيكستان والصين"
    assert "مواضيع ذات صلة" not in article.body
    [meeting] = article.meetings.all()
    assert participants(meeting) == {"Xi Jinping", "Emomali Rahmon"}


def test_004_no_date_and_a_phone_call(seeded):
    article = seeded["004"]
    assert article.date is None
    assert article.date_precision == Precision.UNKNOWN
    assert "مشاركة :" not in article.body
    assert {"CN", "KG"} <= countries(article)
    [meeting] = article.meetings.all()
    assert meeting.kind == "phone"
    assert meeting.date is None
    assert participants(meeting) == {"Wang Yi", "Ruslan Kazakbaev"}


def test_raw_text_is_kept_exactly(seeded):
    for prefix, article in seeded.items():
        [path] = FIXTURES.glob(f"{prefix}_*.txt")
        assert article.raw_text == path.read_text(encoding="utf-8")

"""Shapes the seeds do not show, ingested end to end as correctly as the seeds."""

import pytest

from archive.dates import PartialDate
from archive.models import Article
from tests.conftest import ingest

pytestmark = pytest.mark.django_db

LEVANT_PHONE = (
    "بكين 5 كانون الثاني/يناير 2019 (شينخوا) -- أجرى الرئيس الصيني شي جين بينغ اليوم"
    " (السبت) اتصالا هاتفيا مع الرئيس الكازاخستاني نور سلطان نزارباييف، بحث خلاله"
    " الجانبان العلاقات الثنائية.\nوقال شي إن الصين مستعدة للعمل مع قازاقستان.\n"
)
INDIC_VIDEO = (
    "طشقند، ١٥ أيار ٢٠٢٣ — عقد وزير الخارجية الصيني تشين قانغ محادثات عبر تقنية"
    " الفيديو مع نظيره الأوزبكي بختيار سعيدوف يوم الأحد، وبحث الجانبان التعاون في"
    " إطار الحزام والطريق.\n"
)
HIJRI_CP1256 = (
    "الرياض 6 رمضان 1444 هـ (واس) - استقبل وزير الخارجية الصيني وانغ يي اليوم وزير"
    " خارجية تركمانستان رشيد مريدوف، وبحثا العلاقات الثنائية.\n"
)
MAGHREB = (
    "الجزائر في 3 جويلية 2022 (وأج) - التقى الرئيس القيرغيزي صادر جباروف اليوم"
    " بالرئيس الطاجيكي إمام علي رحمان على هامش القمة.\n"
)


@pytest.fixture
def shapes(tmp_path, clean_index):
    (tmp_path / "levant.txt").write_text(LEVANT_PHONE, encoding="utf-8")
    (tmp_path / "indic.txt").write_bytes(INDIC_VIDEO.encode("utf-16"))
    (tmp_path / "hijri.txt").write_bytes(HIJRI_CP1256.encode("cp1256"))
    (tmp_path / "maghreb.txt").write_bytes(MAGHREB.encode("iso-8859-6", "ignore"))
    summary = ingest(tmp_path).strip().splitlines()[-1]
    assert summary == "added 4, updated 0, unchanged 0, duplicate 0, rejected 0"
    return {a.source_file.split(".")[0]: a for a in Article.objects.all()}


def meeting_of(article):
    [meeting] = article.meetings.all()
    return meeting, {p.name_en for p in meeting.participants.all()}


def test_levantine_paired_month_and_a_phone_call(shapes):
    article = shapes["levant"]
    assert (article.event_date, article.place) == (PartialDate(2019, 1, 5), "بكين")
    meeting, people = meeting_of(article)
    assert meeting.kind == "phone"
    assert people == {"Xi Jinping", "Nursultan Nazarbayev"}


def test_arabic_indic_digits_video_call_on_the_weekday_before(shapes):
    article = shapes["indic"]
    assert article.event_date == PartialDate(2023, 5, 15)
    meeting, people = meeting_of(article)
    assert meeting.kind == "video"
    assert meeting.event_date == PartialDate(2023, 5, 14)  # Sunday before Monday
    assert people == {"Qin Gang", "Bakhtiyor Saidov"}


def test_hijri_date_in_windows_1256(shapes):
    article = shapes["hijri"]
    assert article.event_date == PartialDate(2023, 3, 28)  # 6 Ramadan 1444
    assert article.source.name_en == "Saudi Press Agency"
    assert {"CN", "TM"} <= set(article.countries.values_list("code", flat=True))


def test_maghreb_month_name(shapes):
    article = shapes["maghreb"]
    assert article.event_date == PartialDate(2022, 7, 3)
    _, people = meeting_of(article)
    assert people == {"Sadyr Japarov", "Emomali Rahmon"}

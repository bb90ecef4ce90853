"""archive.ingest.cleaning: page furniture goes, the article stays whole."""

import datetime
from pathlib import Path

import pytest

from archive.ingest.cleaning import CleanText, clean, clean_title

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
BODY = "قال وزير الخارجية إن الجانبين اتفقا على تعزيز التعاون.\nوأضاف أن الزيارة ناجحة."


def fixture(number: str) -> str:
    (path,) = FIXTURES.glob(f"{number}_*.txt")
    return path.read_text(encoding="utf-8")


def body_lines(result: CleanText) -> list[str]:
    return result.body.split("\n\n")


@pytest.mark.parametrize(
    "breadcrumb",
    [
        "الصفحة الرئيسية >> التبادلات الدولية",
        "الرئيسية » أخبار العالم » آسيا",
        "الرئيسية / أخبار / سياسة",
    ],
)
def test_breadcrumbs_are_removed(breadcrumb):
    assert clean(f"{breadcrumb}\n{BODY}").body == BODY.replace("\n", "\n\n")


def test_quotation_marks_are_no_breadcrumb():
    line = "ومن «الرحالة البرتغاليين» إلى «فلاسفة الإغريق» لعل المنتخب يستفيد."
    assert line in clean(f"{BODY}\n{line}").body


def test_publication_stamp_gives_time_and_agency():
    result = clean(f"/مصدر: شينخوا/\u00a0\u00a0 2024:12:02.10:20\n{BODY}")
    assert result.published_at == datetime.datetime(2024, 12, 2, 10, 20)
    assert result.source_name == "شينخوا"
    assert "2024" not in result.body


def test_labelled_publication_stamp():
    result = clean(f"نشر في: 02/12/2024 10:20\n{BODY}")
    assert result.published_at == datetime.datetime(2024, 12, 2, 10, 20)
    assert "نشر" not in result.body


def test_sentence_holding_a_timestamp_stays():
    line = (
        "وقال المتحدث إن الجلسة انتهت 2024-12-02 10:20 بعد مفاوضات طويلة بين الوفدين."
    )
    assert line in clean(f"{BODY}\n{line}").body


@pytest.mark.parametrize(
    "furniture",
    [
        "صور ساخنة",
        "مشاركة :",
        "مشاركة: فيسبوك تويتر واتساب",
        "مواضيع ذات صلة",
        "روابط ذات صلة",
        "اقرأ أيضا",
        "اقرأ أيضاً: الصين وطاجيكستان توقعان اتفاقية للتعاون",
        "إقرأ أيضا: عنوان خبر آخر",
        "شارك",
        "طباعة",
        "تابعونا",
        "تابعونا على فيسبوك وتويتر",
        "جميع الحقوق محفوظة © 2024",
        "حقوق الطبع والنشر محفوظة لأصحابها.",
        "الكلمات المفتاحية: الصين، طاجيكستان",
    ],
)
@pytest.mark.parametrize("position", ["start", "middle", "end"])
def test_boilerplate_lines_are_removed_wherever_they_stand(furniture, position):
    first, second = BODY.split("\n")
    text = {
        "start": f"{furniture}\n{BODY}",
        "middle": f"{first}\n{furniture}\n{second}",
        "end": f"{BODY}\n{furniture}",
    }[position]
    assert body_lines(clean(text)) == [first, second]


def test_source_line_is_removed_and_read():
    result = clean(f"{BODY}\nالمصدر: شينخوا")
    assert result.source_name == "شينخوا"
    assert "المصدر" not in result.body


@pytest.mark.parametrize(
    "sentence",
    [
        "شارك الرئيس في القمة التي عقدت في بكين.",
        "المصدر نفسه قال إن الوزير سيصل غدا.",
        "مشاركة واسعة في الانتخابات البرلمانية هذا العام.",
        "واشترت الدار مجموعة من الصور مع حقوق النشر مقابل 253 ألفا.",
    ],
)
def test_sentences_that_start_like_furniture_stay(sentence):
    assert sentence in body_lines(clean(f"{BODY}\n{sentence}"))


def test_whitespace_is_tidied():
    text = "\n\n  السطر   الأول\u00a0 من الخبر.  \n\n\n\nالسطر\tالثاني.   \n\n"
    assert clean(text).body == "السطر الأول من الخبر.\n\nالسطر الثاني."


def test_bidi_controls_are_dropped():
    assert clean("\u200fقال الوزير\u200e إن اللقاء مثمر.").body == (
        "قال الوزير إن اللقاء مثمر."
    )


def test_input_is_not_modified():
    text = f"صور ساخنة\n{BODY}"
    copy = str(text)
    clean(text)
    assert text == copy


def test_short_first_line_without_stop_is_the_title():
    result = clean(f"الصين وطاجيكستان تعززان التعاون\n{BODY}")
    assert result.title == "الصين وطاجيكستان تعززان التعاون"
    assert result.body == BODY.replace("\n", "\n\n")


def test_lone_line_is_no_title():
    assert clean("الصين وطاجيكستان تعززان التعاون في مجالات عدة").title == ""


def test_first_line_with_full_stop_is_no_title():
    assert clean(BODY).title == ""


def test_first_line_opening_with_dateline_is_no_title():
    assert clean(f"بكين، 3 مارس (شينخوا) - التقى الرئيسان\n{BODY}").title == ""


def test_long_lead_without_stop_is_no_title():
    lead = (
        "قالت المملكة المغربية إنها ستقطع علاقاتها الدبلوماسية مع إيران بسبب ما"
        " وصفته بدعم طهران للجبهة الشعبية لتحرير الساقية الحمراء ووادي الذهب"
    )
    assert clean(f"{lead}\n{BODY}").title == ""


def test_fixture_000_has_no_title_and_agency_from_dateline():
    result = clean(fixture("000"))
    assert result.title == ""
    assert result.body.startswith("دوشنبه 14 يوليو 2021 (شينخوا)")
    assert result.source_name == "شينخوا"
    assert result.published_at is None


def test_fixture_001_title_stamp_and_furniture():
    result = clean(fixture("001"))
    assert result.title == (
        "وزير الخارجية الصيني يلتقي نظرائه من كازاخستان وطاجيكستان وأوزبكستان"
    )
    assert result.published_at == datetime.datetime(2024, 12, 2, 10, 20)
    assert result.source_name == "شينخوا"
    assert result.body.startswith("تشنغدو أول ديسمبر 2024 (شينخوا)")
    for furniture in ("الصفحة الرئيسية", "صور ساخنة", "مصدر"):
        assert furniture not in result.body


def test_fixture_002_has_no_title():
    result = clean(fixture("002"))
    assert result.title == ""
    assert result.body.startswith("أستانا 9 يونيو 2017 /")


def test_fixture_003_title_and_related_heading_gone():
    result = clean(fixture("003"))
    assert result.title == "اجتماعات ومفاوضات رفيعة المستوى بين طاجيكستان والصين"
    assert "مواضيع ذات صلة" not in result.body
    assert result.body.startswith("في 18 مايو ،")


def test_fixture_004_has_no_title_and_share_bar_gone():
    result = clean(fixture("004"))
    assert result.title == ""
    assert "مشاركة :" not in result.body
    assert result.body.startswith("أجرى عضو مجلس الدولة")
    assert result.body.endswith("الخاصة باللقاحات.")


@pytest.mark.parametrize("number", ["000", "001", "002", "003", "004"])
def test_every_article_sentence_survives(number):
    original = fixture(number)
    body = clean(original).body
    for line in original.splitlines():
        if line.strip().endswith("."):
            assert " ".join(line.split()) in body


# HTML and control characters a scraper left in


def test_html_tags_entities_scripts_and_styles_go():
    page = (
        "<html><head><style>p {color: red}</style></head><body>"
        "<h1>وزير الخارجية يلتقي نظيره</h1>"
        "<script>var x = '<b>لا</b>';</script>"
        "<p>قال وزير الخارجية إن &quot;الجانبين&quot; اتفقا&nbsp;على التعاون.</p>"
        "<p>وأضاف أن الزيارة <b>ناجحة</b>.<br>وهذا سطر آخر.</p>"
        "</body></html>"
    )
    result = clean(page)
    assert result.title == "وزير الخارجية يلتقي نظيره"
    assert body_lines(result) == [
        'قال وزير الخارجية إن "الجانبين" اتفقا على التعاون.',
        "وأضاف أن الزيارة ناجحة.",
        "وهذا سطر آخر.",
    ]


def test_text_without_tags_or_entities_is_not_read_as_html():
    line = "قال الوزير إن العدد <5 وإن النسبة > 10% وإن الشركة A&B قائمة."
    assert clean(f"{BODY}\n{line}").body.endswith(line)


def test_control_characters_are_stripped():
    result = clean("قال وزير\x07 الخارجية\x1b إن\x00 الجانبين\x85 اتفقا.\nوأضاف.")
    assert body_lines(result)[0] == "قال وزير الخارجية إن الجانبين اتفقا."


def test_clean_title_is_plain_text_on_one_line():
    assert clean_title(" عاجل: &quot;لقاء&quot;\n<b>في</b>\x01 بكين ") == (
        'عاجل: "لقاء" في بكين'
    )


# Titles that look like trails


@pytest.mark.parametrize(
    "title", ["عاجل » الصين تستقبل وفدا", "أخبار > الصين", "روسيا > تستقبل الوفد"]
)
def test_title_with_an_arrow_is_kept(title):
    result = clean(f"{title}\n{BODY}")
    assert result.title == title
    assert result.body == BODY.replace("\n", "\n\n")


def test_trail_from_home_is_furniture_below_the_title():
    result = clean(f"عاجل » الصين تستقبل وفدا\nالرئيسية » أخبار » آسيا\n{BODY}")
    assert result.title == "عاجل » الصين تستقبل وفدا"
    assert "الرئيسية" not in result.body

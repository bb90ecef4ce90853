"""archive.ingest.meetings: the ways real news tells an encounter beyond "التقى".

The sentences are copied from the ANT Corpus v2.1 (Arabic News Texts), those of the
last two tests shaped after it; Apache 2.0 with its authors' citation licence:
A. Chouigui, O. Ben Khiroun, B. Elayeb. An Arabic Multi-source News Corpus:
Experimenting on Single-document Extractive Summarization. Arabian Journal for
Science and Engineering 46(8), 2021. https://antcorpus.github.io
"""

import pytest

from archive.ingest.gazetteer import Gazetteer
from archive.ingest.meetings import find_meetings


def gazetteer() -> Gazetteer:
    gaz = Gazetteer(
        countries={
            "الولايات المتحدة": "US",
            "كندا": "CA",
            "اليابان": "JP",
            "ألمانيا": "DE",
            "فرنسا": "FR",
            "بريطانيا": "GB",
            "إيطاليا": "IT",
            "كوريا الشمالية": "KP",
            "كوريا الجنوبية": "KR",
        },
        adjectives={
            "أمريكي": "US",
            "أميركي": "US",
            "كوري شمالي": "KP",
            "كوري جنوبي": "KR",
            "فرنسي": "FR",
            "روسي": "RU",
            "أسترالي": "AU",
            "إيراني": "IR",
        },
    )
    gaz.add_person("trump", ["دونالد ترامب", "ترامب"], "US")
    gaz.add_person("kim", ["كيم جونغ أون", "كيم"], "KP")
    gaz.add_person("pompeo", ["مايك بومبيو", "بومبيو"], "US")
    gaz.add_person("bolton", ["جون بولتن", "بولتن"], "US")
    gaz.add_person("putin", ["فلاديمير بوتين", "بوتين"], "RU")
    gaz.add_person("macron", ["إيمانويل ماكرون", "ماكرون"], "FR")
    return gaz


def meet(text: str):
    return find_meetings(text, gazetteer=gazetteer(), article_date=None, place=None)


@pytest.mark.parametrize(
    ("sentence", "countries"),
    [
        # both sides sign
        (
            "وقع الرئيس الأميركي دونالد ترامب وزعيم كوريا الشمالية كيم جونغ أون، "
            "الثلاثاء، وثيقة مشتركة شاملة.",
            ["US", "KP"],
        ),
        # a summit's name before the verb that gathers its states
        (
            "وذلك بعد قمة مجموعة السبع التي جمعت الولايات المتحدة وكندا واليابان "
            "وألمانيا وفرنسا وبريطانيا وإيطاليا.",
            ["US", "CA", "JP", "DE", "FR", "GB", "IT"],
        ),
        # "لقمة": of a summit, not to hold one (FR-internationalNews-1738-20180610)
        (
            "وجاء التصريح ردا على أسئلة الصحافيين حول البيان الختامي لقمة مجموعة "
            "السبع التي جمعت الولايات المتحدة وكندا واليابان وألمانيا وفرنسا "
            "وبريطانيا وإيطاليا.",
            ["US", "CA", "JP", "DE", "FR", "GB", "IT"],
        ),
        # credentials handed in person (BB-middleEast-574-20180603)
        (
            "وقال الرئيس الأميركي دونالد ترامب ذلك أثناء تسلم أوراق اعتماد سفير "
            "كوريا الشمالية مون جونغ-نام.",
            ["US", "KP"],
        ),
        # "قمتهما": the summit's "ة" written "ت" before a pronoun
        # (SK-internationalNews-2701-20180718, the name given in full)
        (
            "وأشار دونالد ترامب إلى أنه ناقش قضية كوريا الشمالية مع الرئيس الروسي "
            "فلاديمير بوتين الإثنين خلال قمتهما في هلسنكي.",
            ["US", "RU"],
        ),
        # "بين" past a relative clause
        (
            "على الرغم من المحادثات المكثفة التي استمرت ليومين بين وزير الخارجية "
            "الأمريكي مايك بومبيو ومسؤولين كوريين شماليين بشأن نزع السلاح النووي.",
            ["US", "KP"],
        ),
        # a counterpart whose subject's title the text never gave
        (
            "نقلا عن مصادر حصلت على معلوماتها من المستشار الأميركي للأمن القومي جون "
            "بولتن. والتقى بولتن نظيره الكوري الجنوبي تشونغ ويونغ في واشنطن لمناقشة "
            "خطط تتعلق بمكان اللقاء.",
            ["US", "KR"],
        ),
        # hosting
        (
            "استضاف الرئيس الفرنسي إيمانويل ماكرون رئيس الوزراء الأسترالي في باريس.",
            ["FR", "AU"],
        ),
    ],
)
def test_an_encounter(sentence, countries):
    (meeting,) = meet(sentence)
    assert meeting.kind == "in_person"
    assert meeting.countries == countries


@pytest.mark.parametrize(
    "sentence",
    [
        "ويعود آخر لقاء بين بوتين وترامب إلى تشرين الثاني/نوفمبر 2017 في فيتنام.",
        "وزار بومبيو بيونغيانغ الشهر الماضي، حيث التقى الزعيم الكوري الشمالي، وكان "
        "حينها يشغل منصب مدير وكالة الاستخبارات المركزية الأميركية.",
    ],
)
def test_an_encounter_older_than_the_news_is_none(sentence):
    assert meet(sentence) == []


def test_a_pronoun_stands_for_whom_the_sentence_before_named():
    text = (
        "وهبطت طائرة وزير الخارجية الأمريكي مايك بومبيو في مطار سونان الدولي في "
        "بيونغ يانغ، الجمعة. واستقبله نائب الرئيس الكوري الشمالي كيم يونغ تشول."
    )
    (meeting,) = meet(text)
    assert meeting.countries == ["KP", "US"]
    assert "pompeo" in meeting.people


def test_each_meeting_his_tells_is_the_subjects():
    text = (
        "وصل الرئيس الفرنسي إيمانويل ماكرون إلى سيدني. وفي لقائه مع رئيس الوزراء "
        "الأسترالي بحث التعاون. وفي لقائه مع الرئيس الأميركي دونالد ترامب بحث المناخ."
    )
    assert [m.countries for m in meet(text)] == [["FR", "AU"], ["FR", "US"]]


def test_a_second_call_leaves_out_its_subject():
    text = (
        "تلقى الرئيس الفرنسي إيمانويل ماكرون اتصالا هاتفيا من الرئيس الأميركي دونالد "
        "ترامب. كما تلقى اتصالا هاتفيا من الرئيس الروسي فلاديمير بوتين."
    )
    meetings = meet(text)
    assert [(m.kind, m.people) for m in meetings] == [
        ("phone", ["macron", "trump"]),
        ("phone", ["macron", "putin"]),
    ]


def test_a_call_that_brought_the_two_together():
    text = (
        "أكد الرئيس الإيراني، حسن روحاني، أن بلاده لن تقبل بأن يستمر السلوك الأمريكي "
        "كما هو، في حين شدد الرئيس الفرنسي إيمانويل ماكرون على أهمية الحفاظ على "
        "المكتسبات، وذلك في اتصال هاتفي جمع الرئيسين، الأحد، واستمر لأكثر من ساعة."
    )
    (meeting,) = meet(text)
    assert meeting.kind == "phone"
    assert meeting.countries == ["IR", "FR"]


def test_a_queen_receives():
    text = (
        "استقبلت ملكة بريطانيا إليزابيث بعد ظهر الجمعة الرئيس الأمريكي دونالد ترامب في "
        "قصر ويندسور."
    )
    (meeting,) = meet(text)
    assert meeting.countries == ["GB", "US"]


def test_speaking_to_a_counterpart_is_an_encounter():
    """SK-internationalNews-428-20180319: "تحدث ... الى نظيره", as "بحث مع"."""
    gaz = gazetteer()
    gaz.add_adjective("إيطالي", "IT")
    gaz.add_adjective("مصري", "EG")
    text = "وتحدث السفير الايطالي في بريطانيا رافاييل ترومبيتا الى نظيره المصري."
    meetings = find_meetings(text, gazetteer=gaz, article_date=None, place=None)
    assert [m.countries for m in meetings] == [["IT", "EG"]]


def test_a_joint_press_conference_is_an_encounter():
    """FR-internationalNews-768-20180417: a press conference held jointly with
    someone tells that the two met (one alone tells nothing)."""
    gaz = gazetteer()
    gaz.add_adjective("سعودي", "SA")
    gaz.add_organization("UN", ["الأمم المتحدة"])
    text = (
        "جدد وزير الخارجية السعودي عادل الجبير في مؤتمر صحفي مشترك مع الأمين العام "
        "للأمم المتحدة أنطونيو غوتيريس الثلاثاء موقف بلاده."
    )
    (meeting,) = find_meetings(text, gazetteer=gaz, article_date=None, place=None)
    assert meeting.kind == "in_person"
    assert meeting.countries == ["SA"]


def test_a_meeting_that_gathered_the_two_named_before():
    """SK-middleEast-464-20180321: "خلال اجتماع جمعهما" after a talk verb with no
    "مع"."""
    gaz = gazetteer()
    gaz.add_adjective("سعودي", "SA")
    gaz.add_person("mbs", ["محمد بن سلمان"], "SA")
    text = (
        "بحث الرئيس الأميركي دونالد ترامب وولي العهد السعودي الأمير محمد بن سلمان، "
        "الوضع في اليمن، خلال اجتماع جمعهما، الثلاثاء."
    )
    (meeting,) = find_meetings(text, gazetteer=gaz, article_date=None, place=None)
    assert meeting.people == ["trump", "mbs"]


@pytest.mark.parametrize(
    "text",
    [
        # FR-internationalNews-2380-20180719
        "أعلن الرئيس الأمريكي دونالد ترامب الأربعاء أنه أكد لنظيره الروسي فلاديمير "
        "بوتين خلال القمة الثنائية في هلسنكي أن واشنطن لن تتسامح.",
        # shaped after it
        "أعلن الرئيس الأمريكي دونالد ترامب الأربعاء أنه التقى نظيره الروسي فلاديمير "
        "بوتين في هلسنكي.",
    ],
)
def test_he_who_said_he_met_is_the_speaker(text):
    assert [m.people for m in meet(text)] == [["trump", "putin"]]


def test_a_summit_of_a_body_is_an_encounter_of_those_named_at_it():
    """Shortened from AL-internationalNews-1539-20180609: "وغادر ترمب بعد انتهاء قمة
    مجموعة السبع فى كيبيك"; the name given in full."""
    gaz = gazetteer()
    gaz.add_organization("G7", ["مجموعة السبع"])
    text = "وغادر دونالد ترامب بعد انتهاء قمة مجموعة السبع في كيبيك."
    (meeting,) = find_meetings(text, gazetteer=gaz, article_date=None, place=None)
    assert [(p.person, p.organization) for p in meeting.participants] == [
        (None, "G7"),
        ("trump", None),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # shaped after skynews, June 2018 (Buhari and the African Union): not
        # attending one to come
        "وقال بيان رسمي الأحد إن الرئيس الأميركي، دونالد ترامب، لن يحضر قمة مجموعة "
        "السبع، المقررة في كندا الأسبوع الجاري.",
        # shaped after FR, June 2018 (Conte): to come
        "وقال الرئيس الفرنسي إيمانويل ماكرون إنه سيمثل فرنسا في قمة مجموعة السبع "
        "الأسبوع المقبل في كندا.",
    ],
)
def test_a_summit_of_a_body_to_come_is_none(sentence):
    gaz = gazetteer()
    gaz.add_organization("G7", ["مجموعة السبع"])
    assert find_meetings(sentence, gazetteer=gaz, article_date=None, place=None) == []


def test_a_meeting_of_a_bodys_ministers_is_an_encounter_of_those_named_at_it():
    """Shortened from the corpus (skynews, May 2018): "وتحدث بومبيو عن المسألة عقب
    اجتماع لوزراء خارجية دول الناتو في بروكسل"."""
    gaz = gazetteer()
    gaz.add_organization("NATO", ["الناتو", "حلف شمال الأطلسي"])
    text = "وتحدث مايك بومبيو عن المسألة عقب اجتماع لوزراء خارجية دول الناتو في بروكسل."
    (meeting,) = find_meetings(text, gazetteer=gaz, article_date=None, place=None)
    assert [(p.person, p.organization) for p in meeting.participants] == [
        (None, "NATO"),
        ("pompeo", None),
    ]


def test_a_meeting_of_a_bodys_ministers_to_come_is_none():
    """Corpus (skynews, 2018), the envoy named: "وسيشارك المبعوث الدولي في اجتماع
    وزراء خارجية دول الاتحاد الأوروبي يوم الاثنين في لوكسمبورغ"."""
    gaz = gazetteer()
    gaz.add_organization("EU", ["الاتحاد الأوروبي"])
    text = (
        "وسيشارك مايك بومبيو في اجتماع وزراء خارجية دول الاتحاد الأوروبي يوم "
        "الاثنين في لوكسمبورغ."
    )
    assert find_meetings(text, gazetteer=gaz, article_date=None, place=None) == []

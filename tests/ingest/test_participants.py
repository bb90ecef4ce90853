"""archive.ingest.meetings: who takes part without a name, as real news prints it.

The sentences are copied from the ANT Corpus v2.1 (Arabic News Texts), Apache 2.0 with
its authors' citation licence: A. Chouigui, O. Ben Khiroun, B. Elayeb. An Arabic
Multi-source News Corpus: Experimenting on Single-document Extractive Summarization.
Arabian Journal for Science and Engineering 46(8), 2021. https://antcorpus.github.io
"""

from archive.ingest.gazetteer import Gazetteer
from archive.ingest.meetings import ParticipantDraft, find_meetings


def gazetteer() -> Gazetteer:
    gaz = Gazetteer(
        countries={
            "الولايات المتحدة": "US",
            "أمريكا": "US",
            "أفغانستان": "AF",
            "الصين": "CN",
            "اليابان": "JP",
            "كوريا الجنوبية": "KR",
            "كوريا الشمالية": "KP",
            "روسيا": "RU",
            "تركيا": "TR",
            "مصر": "EG",
        },
        adjectives={
            "أمريكي": "US",
            "أميركي": "US",
            "ياباني": "JP",
            "كوري شمالي": "KP",
            "روسي": "RU",
            "تركي": "TR",
            "فرنسي": "FR",
            "يمني": "YE",
            "مصري": "EG",
        },
    )
    gaz.add_person("lavrov", ["سيرغي لافروف", "لافروف"], "RU")
    gaz.add_person("macron", ["إيمانويل ماكرون", "ماكرون"], "FR")
    gaz.add_person("hadi", ["عبد ربه منصور هادي", "هادي"], "YE")
    gaz.add_person("griffiths", ["مارتن غريفيث", "غريفيث"], None)
    gaz.add_person("sisi", ["عبد الفتاح السيسي", "السيسي"], "EG")
    gaz.add_person("trump", ["دونالد ترامب", "ترامب"], "US")
    gaz.add_organization("UN", ["الأمم المتحدة", "الأممي", "الأممية"])
    gaz.add_organization("taliban", ["طالبان", "حركة طالبان"])
    gaz.add_organization("UNSC", ["مجلس الأمن", "مجلس الأمن الدولي"])
    return gaz


def meet(text: str):
    return find_meetings(text, gazetteer=gazetteer(), article_date=None, place=None)


def parties(meeting) -> list[tuple]:
    return [
        (p.person, p.office, p.country, p.organization) for p in meeting.participants
    ]


def test_a_counterpart_takes_the_office_of_the_official_named_before():
    text = (
        "قال وزير الخارجية الروسي سيرغي لافروف إن بلاده سترد. "
        "وصرح لافروف في أعقاب لقائه مع نظيره الياباني، تارو كونو، أنه سيرد."
    )
    (meeting,) = meet(text)
    assert parties(meeting) == [
        ("lavrov", "وزير الخارجية", "RU", None),
        (None, "وزير الخارجية", "JP", None),
    ]


def test_officials_and_a_delegation_given_by_their_country_take_part():
    text = (
        "ذكرت وزارة الخارجية الأميركية أن وفداً أميركياً أجرى محادثات مع مسؤولين "
        "كوريين شماليين في قرية بانمونجوم الحدودية."
    )
    (meeting,) = meet(text)
    assert meeting.countries == ["US", "KP"]
    assert [p.office for p in meeting.participants] == ["وفد", "مسؤولون"]


def test_a_delegation_received_after_an_earlier_date_is_a_meeting():
    text = (
        "رفضت تركيا عرض وساطة تقدم به الرئيس الفرنسي إيمانويل ماكرون بعد أن استقبل "
        "وفدا تركيا في الإليزيه في 29 آذار/مارس."
    )
    (meeting,) = meet(text)
    assert parties(meeting) == [
        ("macron", "الرئيس", "FR", None),
        (None, "وفد", "TR", None),
    ]


def test_an_envoy_of_an_organisation_takes_part_with_it():
    text = (
        "وتطرق الرئيس اليمني عبد ربه منصور هادي لحصيلة لقائه مع المبعوث الأممي "
        "مارتن غريفيث."
    )
    (meeting,) = meet(text)
    assert parties(meeting) == [
        ("hadi", "الرئيس", "YE", None),
        ("griffiths", "المبعوث", None, "UN"),
    ]


def test_an_organisation_and_a_state_envoy_met_between_them():
    text = (
        "وذكرت المصادر أن اجتماعا بين طالبان ومبعوث أمريكا إلى أفغانستان، قد عقد "
        "في العاصمة القطرية الدوحة."
    )
    (meeting,) = meet(text)
    assert set(parties(meeting)) == {
        (None, "", None, "taliban"),
        (None, "المبعوث", "US", None),
    }


def test_a_summit_of_states_named_one_after_another_is_one_meeting():
    (meeting,) = meet(
        "في موازاة ذلك، عقدت في طوكيو قمة ثلاثية بين الصين واليابان وكوريا الجنوبية."
    )
    assert meeting.countries == ["CN", "JP", "KR"]
    assert all(p == ParticipantDraft(country=p.country) for p in meeting.participants)


def test_a_topic_after_with_is_no_party():
    (meeting,) = meet(
        "بحث وزير الخارجية الروسي سيرغي لافروف مع نظيره التركي الوضع في أفغانستان."
    )
    assert meeting.countries == ["RU", "TR"]


def test_counterparts_in_the_dual_are_one_participant_each():
    text = (
        "وقال وزير الخارجية الروسي سيرغي لافروف إثر محادثات مع نظيريه الياباني "
        "والتركي إن الحوار مستمر."
    )
    (meeting,) = meet(text)
    assert parties(meeting) == [
        ("lavrov", "وزير الخارجية", "RU", None),
        (None, "وزير الخارجية", "JP", None),
        (None, "وزير الخارجية", "TR", None),
    ]


def test_a_summit_with_heads_of_states_is_one_meeting_with_its_chair():
    text = (
        "ترأس وزير الخارجية الروسي سيرغي لافروف الاجتماع بمشاركة وزراء خارجية روسيا "
        "والصين واليابان."
    )
    (meeting,) = meet(text)
    assert parties(meeting) == [
        ("lavrov", "وزير الخارجية", "RU", None),
        (None, "", "CN", None),
        (None, "", "JP", None),
    ]


def test_a_security_council_session_with_a_briefer_by_video():
    text = (
        "وعقد مجلس الأمن الدولي جلسة طارئة، الجمعة، تحدث فيها وزير الخارجية الروسي "
        "سيرغي لافروف عبر الفيديو."
    )
    (meeting,) = meet(text)
    assert meeting.kind == "video"
    assert parties(meeting) == [
        (None, "", None, "UNSC"),
        ("lavrov", "وزير الخارجية", "RU", None),
    ]


def test_a_session_to_come_or_of_one_body_alone_is_none():
    assert meet("من المقرر أن يعقد مجلس الأمن جلسة يتحدث فيها سيرغي لافروف.") == []
    assert meet("عقد مجلس الوزراء جلسة برئاسة سيرغي لافروف.") == []


def test_an_assistant_minister_stands_for_his_state():
    """AL-internationalNews-1300-20180524 (shortened): "مساعد وزير الدفاع" is an
    official of his own, not someone else's aide."""
    gaz = gazetteer()
    gaz.add_adjective("سعودي", "SA")
    gaz.add_adjective("سوداني", "SD")
    text = (
        "وصل إلى الخرطوم مساء الأربعاء الفريق طيار محمد بن عبد الله العايش مساعد "
        "وزير الدفاع السعودي والتقى بالرئيس السوداني."
    )
    (meeting,) = find_meetings(text, gazetteer=gaz, article_date=None, place=None)
    assert parties(meeting) == [
        (None, "مساعد وزير الدفاع", "SA", None),
        (None, "الرئيس", "SD", None),
    ]


def test_inspectors_of_an_organisation_take_part():
    """BB-middleEast-356-20180415: "بمفتشين من منظمة ..." stands for the body."""
    gaz = gazetteer()
    gaz.add_adjective("سوري", "SY")
    gaz.add_organization("OPCW", ["منظمة حظر الأسلحة الكيميائية"])
    text = (
        "وفي دمشق التقى نائب وزير الخارجية السوري فيصل المقداد بمفتشين من منظمة "
        "حظر الأسلحة الكيميائية لنحو ثلاث ساعات."
    )
    (meeting,) = find_meetings(text, gazetteer=gaz, article_date=None, place=None)
    assert parties(meeting) == [
        (None, "نائب وزير الخارجية", "SY", None),
        (None, "مفتشين", None, "OPCW"),
    ]


def test_consultations_with_someone_are_an_encounter():
    """Consultations count as talks (the annotation guide); shaped after the corpus
    (AL, 2018: "وأجرى عون مشاورات مع أعضاء مجلس النواب")."""
    (meeting,) = meet(
        "وأجرى وزير الخارجية الروسي سيرغي لافروف مشاورات مع نظيره الياباني في موسكو."
    )
    assert meeting.countries == ["RU", "JP"]


def test_consultations_of_one_state_with_its_own_parliament_are_none():
    """AL, 2018, the president given by office: one state's own consultations."""
    assert meet("وأجرى الرئيس الروسي مشاورات مع أعضاء مجلس النواب اليوم.") == []


# SK-middleEast-3753-20181006, and a reception shaped after it.
def test_a_first_lady_takes_part_for_her_state():
    text = (
        "التقت السيدة الأميركية الأولى ميلانيا ترامب، السبت، الرئيس المصري عبد "
        "الفتاح السيسي وقرينته في المحطة الرابعة والأخيرة من جولتها الأفريقية."
    )
    (meeting,) = meet(text)
    assert parties(meeting) == [
        (None, "السيدة الأولى", "US", None),
        ("sisi", "الرئيس", "EG", None),
    ]


def test_a_leaders_wife_takes_part_and_the_leader_named_after_her_title_does_not():
    text = (
        "وكانت قرينة الرئيس المصري عبد الفتاح السيسي استقبلت السيدة الأولى "
        "الأمريكية عند وصولها إلى مطار القاهرة."
    )
    (meeting,) = meet(text)
    assert parties(meeting) == [
        (None, "قرينة الرئيس", "EG", None),
        (None, "السيدة الأولى", "US", None),
    ]


def test_a_wife_who_speaks_meets_no_one():
    text = (
        "قالت زوجة الرئيس الأمريكي دونالد ترامب إن الرئيس المصري عبد الفتاح "
        "السيسي أحسن الاستقبال."
    )
    assert meet(text) == []

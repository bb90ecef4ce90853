"""archive.ingest.meetings: more shapes of encounters news tells, on invented text
written in the style of agency news (none copied from the labelled set)."""

import pytest

from archive.dates import PartialDate
from archive.ingest.gazetteer import Gazetteer
from archive.ingest.meetings import find_meetings


def gazetteer() -> Gazetteer:
    gaz = Gazetteer(
        countries={
            "روسيا": "RU",
            "قطر": "QA",
            "أوزبكستان": "UZ",
            "مصر": "EG",
            "الأردن": "JO",
            "الصين": "CN",
        },
        adjectives={
            "روسي": "RU",
            "صيني": "CN",
            "مصري": "EG",
            "أردني": "JO",
            "قطري": "QA",
        },
    )
    gaz.add_organization("taliban", ["طالبان", "حركة طالبان"])
    gaz.add_organization("unsc", ["مجلس الأمن الدولي", "مجلس الأمن"])
    gaz.add_person("wang", ["وانغ يي", "وانغ"], "CN")
    gaz.add_person("safadi", ["أيمن الصفدي", "الصفدي"], "JO")
    return gaz


def meet(text: str):
    today = PartialDate(2018, 6, 12)  # the dateline's day
    return find_meetings(text, gazetteer=gazetteer(), article_date=today, place=None)


def sides(meeting) -> set:
    return {p.country or p.organization for p in meeting.participants}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "زار وفد من حركة طالبان برئاسة مسؤول مكتبها في قطر أوزبكستان الأسبوع "
            "الجاري، حيث بحث سبل دعم المصالحة.",
            {"taliban", "UZ"},
        ),
        (
            "وزار وزير الخارجية الصيني وانغ يي مصر، والتقى كبار المسؤولين فيها.",
            {"CN", "EG"},
        ),
        (
            "وزير الخارجية أيمن الصفدي زار روسيا حيث أجرى مباحثات حول الأزمة السورية.",
            {"JO", "RU"},
        ),
    ],
)
def test_a_visit_with_talks_there_meets_the_hosts(sentence, expected):
    (meeting,) = meet(sentence)
    assert sides(meeting) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a visit alone, no talks told
        "زار وزير الخارجية الصيني وانغ يي مصر في جولة شملت عدة دول.",
        # a visit to come
        "ومن المقرر أن يزور أيمن الصفدي روسيا حيث يبحث الأزمة السورية.",
        # the state is where someone sits, not whom he visited
        "زار وفد من حركة طالبان مقيم في قطر معرضا للكتاب حيث ناقش أعضاؤه الكتب.",
        # a visit years ago
        "وكان وانغ يي قد زار مصر في مارس 2014 حيث بحث التعاون الاقتصادي.",
    ],
)
def test_no_visit_encounter(sentence):
    assert meet(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "دعا وزير الخارجية الأردني أيمن الصفدي إلى اجتماع عاجل مع نظيره الصيني "
        "وانغ يي لبحث الأزمة.",
        "وطالب أيمن الصفدي بعقد لقاء مع وانغ يي في أقرب وقت.",
        "ودعت مصر وروسيا إلى عقد جلسة طارئة بين وانغ يي وأيمن الصفدي.",
        "دعا وزير الخارجية الأردني أيمن الصفدي، في بيان صدر الأحد، إلى جلسة طارئة "
        "لمجلس الأمن الدولي.",
    ],
)
def test_a_meeting_called_for_is_none_yet(sentence):
    assert meet(sentence) == []


def test_a_call_made_during_a_meeting_leaves_it_held():
    (meeting,) = meet(
        "ودعا أيمن الصفدي خلال لقائه مع وانغ يي في عمان أمس إلى وقف التصعيد."
    )
    assert sides(meeting) == {"JO", "CN"}


def test_a_session_held_is_not_one_called_for():
    (meeting,) = meet(
        "وتحدث أيمن الصفدي أمام جلسة طارئة لمجلس الأمن الدولي الأحد عن الأزمة."
    )
    assert sides(meeting) == {"unsc", "JO"}


@pytest.mark.parametrize(
    "sentence",
    [
        "أيمن الصفدي، العائد من جولة خليجية، استقبل في مقر وزارة الخارجية بعمان "
        "أمس وزير الخارجية الصيني وانغ يي.",
        "ووانغ يي الذي عاد لتوه من جولة أفريقية استقبل بقصر الضيافة في العاصمة "
        "بكين نظيره الأردني أيمن الصفدي.",
    ],
)
def test_a_host_receives_past_where_and_when(sentence):
    (meeting,) = meet(sentence)
    assert sides(meeting) == {"JO", "CN"}


def test_a_place_that_received_visitors_is_no_host():
    text = (
        "وقال أيمن الصفدي إن المعرض استقبل في يومه الأول آلاف الزوار القادمين من الصين."
    )
    assert meet(text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "استقبل وزير الخارجية الصيني وانغ يي، الثلاثاء، وفدا برلمانيا أردنيا.",
        "والتقى وانغ يي في بكين الوفد الحكومي الأردني المشارك في المنتدى.",
    ],
)
def test_a_delegation_of_a_kind_stands_for_its_state(sentence):
    (meeting,) = meet(sentence)
    assert sides(meeting) == {"CN", "JO"}


def test_a_delegation_of_no_state_is_no_participant():
    assert meet("واستقبل وانغ يي، الثلاثاء، وفدا رفيع المستوى في بكين.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "واستقبل وزير الخارجية الأردني أيمن الصفدي ممثلين عن حركة طالبان.",
        "والتقى وانغ يي في بكين وفدا يمثل حركة طالبان برئاسة مسؤول مكتبها.",
    ],
)
def test_an_office_linked_to_its_body_takes_part(sentence):
    (meeting,) = meet(sentence)
    assert "taliban" in sides(meeting)


def test_a_body_spoken_about_takes_no_part():
    (meeting,) = meet("والتقى أيمن الصفدي وانغ يي في بكين، وتحدثا عن حركة طالبان.")
    assert sides(meeting) == {"JO", "CN"}


NAMED_BOTH = "وأشاد وزير الخارجية الأردني أيمن الصفدي بمواقف وانغ يي من القضية. "


@pytest.mark.parametrize(
    "sentence",
    [
        "وخلال اتصال هاتفي بينهما مساء الاثنين، أكد الصفدي أهمية التنسيق.",
        "وجرى اتصال هاتفي بين الوزيرين تناول الأوضاع في المنطقة.",
        "وفي مكالمة هاتفية، اعتبر الوزيران أن الحل السياسي هو الطريق الوحيد.",
    ],
)
def test_the_two_named_before_met(sentence):
    (meeting,) = meet(NAMED_BOTH + sentence)
    assert sides(meeting) == {"JO", "CN"}


@pytest.mark.parametrize(
    "sentence",
    [
        "وقالت الخارجية إن المباحثات بين الوزيرين ستركز على التعاون الاقتصادي.",
        "واعتبر الوزيران في تصريحات منفصلة أن الحل السياسي هو الطريق الوحيد.",
    ],
)
def test_the_two_named_before_did_not_meet(sentence):
    assert meet(NAMED_BOTH + sentence) == []


def test_a_plan_told_in_a_call_leaves_the_call_held():
    (meeting,) = meet(
        "وقال وزير الخارجية الأردني أيمن الصفدي لنظيره الصيني وانغ يي في اتصال "
        "هاتفي الخميس إنه يعتزم زيارة بكين قريبا."
    )
    assert meeting.kind == "phone" and sides(meeting) == {"JO", "CN"}


def test_a_meeting_he_said_he_plans_is_none():
    text = "وقال أيمن الصفدي إنه يعتزم لقاء وانغ يي في بكين قريبا."
    assert meet(text) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "وأكد الرئيسان المصري والروسي خلال اتصال هاتفي بينهما أهمية التعاون.",
            {"EG", "RU"},
        ),
        (
            "وتناولت مكالمة هاتفية جمعت وزيري الخارجية الأردني والصيني، الأحد، "
            "الأوضاع في المنطقة.",
            {"JO", "CN"},
        ),
    ],
)
def test_two_holders_of_one_office_are_two_participants(sentence, expected):
    (meeting,) = meet(sentence)
    assert sides(meeting) == expected


def test_two_holders_to_meet_have_not_met():
    text = "وقال مصدر إن الرئيسين المصري والروسي سيلتقيان في القاهرة الشهر المقبل."
    assert meet(text) == []


def test_the_two_of_a_meeting_to_come_have_not_met():
    text = (
        "ويجتمع أيمن الصفدي مع وانغ يي، الاثنين، في بكين، في أول لقاء بين الوزيرين "
        "منذ توليه منصبه."
    )
    assert meet(text) == []


def test_working_to_hold_a_meeting_holds_none():
    text = (
        "وذكر التقرير أن دبلوماسيين يعملون من أجل عقد اجتماع بين أيمن الصفدي ووانغ يي."
    )
    assert meet(text) == []


def test_a_meeting_held_to_discuss_something_was_held():
    (meeting,) = meet(
        "وعقد أيمن الصفدي اجتماعا مع وانغ يي في بكين أمس من أجل بحث الأزمة."
    )
    assert sides(meeting) == {"JO", "CN"}


def test_a_meeting_within_hours_is_to_come():
    assert meet("ويلتقي أيمن الصفدي وانغ يي خلال ساعات في بكين.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "وقال مسؤول إن المفاوضات بين مصر وروسيا لم تشمل ملف الطاقة.",
        "وأكد البيان أن المحادثات بين الأردن والصين ما زالت مستمرة.",
    ],
)
def test_talks_between_states_as_a_process_are_no_encounter(sentence):
    assert meet(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("وعقدت المحادثات بين مصر وروسيا أمس في القاهرة.", {"EG", "RU"}),
        (
            "وتناولت المحادثات بين وزير الخارجية الأردني ونظيره الصيني أمس الأزمة.",
            {"JO", "CN"},
        ),
    ],
)
def test_talks_held_or_between_officials_are_an_encounter(sentence, expected):
    (meeting,) = meet(sentence)
    assert sides(meeting) == expected


def test_a_meeting_one_has_hopes_for_is_talked_about():
    text = "وأبدى أيمن الصفدي تفاؤله إزاء لقائه مع وانغ يي في بكين."
    assert meet(text) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "والتقى رئيس مجلس النواب الأردني في عمان أمس وزير الخارجية الصيني وانغ يي.",
            {"JO", "CN"},
        ),
        ("واستقبل رئيس أركان الجيش المصري، الأحد، نظيره الأردني.", {"EG", "JO"}),
        ("وبحث مدير المخابرات المصرية مع وانغ يي الأوضاع في المنطقة.", {"EG", "CN"}),
    ],
)
def test_speakers_and_chiefs_stand_for_their_state(sentence, expected):
    (meeting,) = meet(sentence)
    assert sides(meeting) == expected


def test_a_speaker_of_no_state_named_is_no_participant():
    assert meet("والتقى رئيس مجلس النواب في مكتبه أمس وانغ يي.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "التقى السبت في موسكو، وزراء خارجية روسيا ومصر والأردن لبحث الأزمة.",
            {"RU", "EG", "JO"},
        ),
        ("وانتهى أمس في بكين اجتماع وزراء دفاع روسيا والصين.", {"RU", "CN"}),
    ],
)
def test_a_group_of_states_officials_met(sentence, expected):
    (meeting,) = meet(sentence)
    assert sides(meeting) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "وتأتي الغارات قبل قمة يعقدها رؤساء مصر وروسيا والأردن في القاهرة.",
        "واجتمع وزراء خارجية الدول العربية في القاهرة أمس.",
        "واجتمع وزراء خارجية روسيا في القاهرة أمس.",
    ],
)
def test_no_group_of_states_met(sentence):
    assert meet(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "وقال المتحدث إن عمان لا تستبعد عقد اجتماع بين أيمن الصفدي ووانغ يي هذا الصيف.",
        "وأعلن أيمن الصفدي أن لقاءه التاريخي مع نظيره الصيني وانغ يي سيتم في بكين.",
    ],
)
def test_a_meeting_not_ruled_out_or_that_will_take_place_is_none_yet(sentence):
    assert meet(sentence) == []


def test_what_was_said_before_a_meeting_is_no_record_of_it():
    text = "وقال أيمن الصفدي قبل لقائه مع وانغ يي إن الأزمة تحتاج إلى حل سياسي."
    assert meet(text) == []


def test_a_meeting_held_before_something_else_was_held():
    (meeting,) = meet("والتقى أيمن الصفدي وانغ يي في بكين أمس قبل افتتاح المنتدى.")
    assert sides(meeting) == {"JO", "CN"}


def test_a_commitment_stated_in_a_call_leaves_the_call_held():
    (meeting,) = meet(
        "وفي اتصال هاتفي مع وانغ يي، أكد أيمن الصفدي التزامه بدعم الحل السياسي."
    )
    assert meeting.kind == "phone" and sides(meeting) == {"JO", "CN"}


def test_a_commitment_to_meet_is_no_meeting():
    text = "وأكد أيمن الصفدي استعداده للقاء مع وانغ يي في أي وقت."
    assert meet(text) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "وعاد وزير الخارجية الأردني أيمن الصفدي بعد اختتام زيارته إلى روسيا حيث "
            "التقى كبار المسؤولين.",
            {"JO", "RU"},
        ),
        (
            "وجاء ذلك بعد زيارة وفد من حركة طالبان لقطر ولقائه بمسؤولين هناك.",
            {"taliban", "QA"},
        ),
    ],
)
def test_a_visit_named_by_its_noun_with_talks_there_meets_the_hosts(sentence, expected):
    (meeting,) = meet(sentence)
    assert sides(meeting) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "ويصل أيمن الصفدي الثلاثاء إلى بكين، حيث ينوي لقاء نظيره الصيني وانغ يي.",
        "وتأتي زيارة أيمن الصفدي إلى روسيا في ظل توتر إقليمي متصاعد.",
    ],
)
def test_an_intended_meeting_or_a_visit_alone_is_none(sentence):
    assert meet(sentence) == []


def test_agreeing_to_hold_meetings_holds_none():
    assert meet(NAMED_BOTH + "واتفق الوزيران على عقد اجتماعات دورية.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "وتحدث الصفدي عن لقاء قريب بينهما.",
        "وأحرزت الاتصالات تقدما باتجاه عقد القمة بينهما.",
        "ومن المتوقع أن يقر الوزيران اللذان يعقدان ثالث لقاء بينهما بالخلافات.",
        "وهذا أول إعلان لتوقيت أول اجتماع بين الوزيرين.",
        "وأكدا أهمية استئناف المفاوضات المباشرة بين الجانبين الفلسطيني والإسرائيلي.",
    ],
)
def test_the_two_named_before_have_yet_to_meet(sentence):
    assert meet(NAMED_BOTH + sentence) == []


def test_what_one_will_raise_at_a_meeting_tells_it_to_come():
    text = "وقال أيمن الصفدي إنه سيثير بحزم مع وانغ يي ملف اللاجئين خلال لقائهما."
    assert meet(text) == []


def test_an_encounter_told_of_last_month_is_history():
    text = (
        "وقد شاهد العالم الشهر الماضي وزير الخارجية الأردني أيمن الصفدي، وهو يتجول "
        "في شوارع العاصمة الصينية بكين، ويجري محادثات مع وانغ يي."
    )
    assert meet(text) == []


def test_an_encounter_of_today_about_last_month_is_news():
    (meeting,) = meet(
        "والتقى أيمن الصفدي اليوم وانغ يي لبحث الاتفاق الذي وقع الشهر الماضي."
    )
    assert sides(meeting) == {"JO", "CN"}


def test_talks_going_on_are_no_encounter_today():
    text = NAMED_BOTH + "وأكد الطرفان استمرار المحادثات بين البلدين حول التجارة."
    assert meet(text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "وتستضيف عمان الجمعة قمة لمجلس الأمن الدولي ويأمل أيمن الصفدي بنجاحها.",
        "وجاءت المناورات قبل ورود مشروع القمة بين أيمن الصفدي ووانغ يي.",
        "وشمل الاتفاق التحضيري للقمة بين أيمن الصفدي ووانغ يي تفاصيل دقيقة.",
    ],
)
def test_a_summit_hosted_ahead_or_only_prepared_is_none_yet(sentence):
    assert meet(sentence) == []


def test_talks_between_the_two_of_an_old_meeting_are_history():
    text = (
        "وكان أيمن الصفدي قد اجتمع مع وانغ يي في 3 مارس 2018. "
        "وتركزت المحادثات بين الجانبين على ملف اللاجئين."
    )
    assert meet(text) == []


def test_since_a_meeting_last_month_dates_not_todays():
    (meeting,) = meet(
        "وهذه هي المرة الثالثة التي يلتقي فيها أيمن الصفدي وانغ يي منذ القمة "
        "العربية الصينية الشهر الماضي."
    )
    assert sides(meeting) == {"JO", "CN"}


def test_their_counterpart_takes_part():
    (meeting,) = meet(
        "واجتمع وزراء خارجية مصر والأردن مع نظيرهم الصيني في القاهرة أمس."
    )
    assert sides(meeting) == {"EG", "JO", "CN"}


def test_their_counterparts_of_no_state_take_no_part():
    (meeting,) = meet("واجتمع وزراء خارجية مصر والأردن مع نظرائهم في القاهرة أمس.")
    assert sides(meeting) == {"EG", "JO"}


@pytest.mark.parametrize(
    "sentence",
    [
        "وأبدى أيمن الصفدي تفاؤله خلال لقائه مع وانغ يي في بكين أمس.",
        NAMED_BOTH + "واتفق الوزيران خلال لقائهما أمس على تعزيز التعاون.",
    ],
)
def test_a_meeting_held_while_hopes_or_agreements_are_told(sentence):
    (meeting,) = meet(sentence)
    assert sides(meeting) == {"JO", "CN"}

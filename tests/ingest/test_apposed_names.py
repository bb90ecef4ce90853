"""archive.ingest.proposals: a name printed before the title it holds, on invented
sentences in agency style ("قال أنور قرقاش، وزير الدولة الإماراتي")."""

import pytest

from archive.ingest.gazetteer import Gazetteer
from archive.ingest.proposals import propose_people
from archive.vocabulary import OfficeRole


def gazetteer() -> Gazetteer:
    gaz = Gazetteer(
        countries={"السنغال": "SN", "روسيا": "RU", "فرنسا": "FR"},
        adjectives={"بريطاني": "GB", "روسي": "RU", "سنغالي": "SN", "فرنسي": "FR"},
    )
    gaz.add_person("trump", ["دونالد ترامب", "ترامب"], "US")
    return gaz


def proposals(text: str) -> list[tuple]:
    return [
        (p.name, p.title, p.role, p.country_key)
        for p in propose_people(text, gazetteer())
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A comma between the name and its title.
        (
            "داكار (أ ش أ) - قال ماكي سال، رئيس السنغال، إن بلاده تدعم الحوار.",
            ("ماكي سال", "رئيس السنغال", OfficeRole.HEAD_OF_STATE, "SN"),
        ),
        # A reporting verb before the name.
        (
            "وقال ميخائيل بوغدانوف نائب وزير الخارجية الروسي في تصريح صحفي إن",
            (
                "ميخائيل بوغدانوف",
                "نائب وزير الخارجية الروسي",
                OfficeRole.OTHER,
                "RU",
            ),
        ),
        # Three words after a reporting verb.
        (
            "وقال جان إيف لودريان وزير الخارجية الفرنسي إن",
            (
                "جان إيف لودريان",
                "وزير الخارجية الفرنسي",
                OfficeRole.FOREIGN_MINISTER,
                "FR",
            ),
        ),
    ],
)
def test_a_name_before_its_title(text, expected):
    assert proposals(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # No comma, verb or second mention tells where the name starts.
        "وأثار تعيين جيمس سميث وزير الخارجية البريطاني جدلا واسعا.",
        # "مع" before a channel's name.
        "خلال مقابلة مع قناة فوكس الرئيس السنغالي أمس.",
        # After a verb with an object, the title is the object's: "Sall received
        # the British foreign minister", "Ashrawi called on Senegal's president".
        "واستقبل ماكي سال وزير الخارجية البريطاني أمس.",
        "ودعت حنان عشراوي رئيس السنغال إلى التراجع. وقالت عشراوي إن",
        # A participle of saying is no name.
        "وقال مادورو مخاطبا الرئيس السنغالي إن",
        # "ممثل" makes the title someone else's, and is no name.
        "وقال جيسون غرينبلات ممثل الرئيس الروسي إن",
        # A word before the run that may be a name too: where it starts is unclear.
        "قال صاحب الشركة ديفيد بيكر، وزير الخارجية البريطاني السابق، إن",
        # Another official joined by "و".
        "التقى ترامب جاستن ترودو والرئيس الفرنسي في القمة. وقال ترودو إن",
        # A verbal noun and a verb: no name.
        "وقال مسؤول إن أخذ طبيعة الرئيس الروسي في الحسبان ضروري.",
        # Four name-like words: too long to tell.
        "وقال مانويل خوسيه غارسيا لوبيز، وزير الخارجية الفرنسي، إن",
        # A counterpart after the subject's name: the subject's own office.
        "وبحث ترامب ماكي سال نظيره السنغالي. وقال سال إن",
    ],
)
def test_no_name_before_a_title(text):
    assert proposals(text) == []


def test_a_surname_used_alone_after_confirms_two_words():
    text = "وجرت المحادثات بين بيتر ماورر وزير الخارجية الفرنسي والوفد. وأضاف ماورر أن"
    assert [p[0] for p in proposals(text)] == ["بيتر ماورر"]


def test_a_title_naming_its_own_holder_after_it_keeps_it():
    text = "خلال مقابلة مع قناة فوكس الرئيس السنغالي، ماكي سال، أمس."
    assert [p[0] for p in proposals(text)] == ["ماكي سال"]


def test_an_aide_joined_to_a_known_person_holds_the_office_of_his_chief():
    gaz = gazetteer()
    gaz.add_adjective("أمريكي", "US")
    gaz.add_adjective("سعودي", "SA")
    gaz.add_person("mbs", ["محمد بن سلمان"], "SA")
    text = (
        "وجرى الاتصال بين ولي العهد السعودي الأمير محمد بن سلمان وجاريد كوشنر صهر "
        "ومستشار الرئيس الأمريكي دونالد ترامب، بشأن الأزمة."
    )
    (proposal,) = propose_people(text, gaz)
    assert (proposal.name, proposal.title, proposal.country_key) == (
        "جاريد كوشنر",
        "صهر ومستشار الرئيس الأمريكي",
        "US",
    )
    assert proposal.role == OfficeRole.OTHER


@pytest.mark.parametrize(
    "text",
    [
        # "و" after a word that is no known person's name: no name.
        "وذكرت الصحيفة ومصادر مطلعة مستشار الرئيس الأمريكي أن",
        # Two words joined to a known person, and no title after them.
        "التقى دونالد ترامب وجاريد كوشنر في البيت الأبيض.",
    ],
)
def test_no_name_joined_without_a_known_person_and_a_title(text):
    gaz = gazetteer()
    gaz.add_adjective("أمريكي", "US")
    assert propose_people(text, gaz) == []


# Headline verbs and nouns before a surname


def test_a_headline_verb_before_a_known_surname_is_no_given_name():
    text = (
        "وزير الخارجية البريطاني يحث ترامب على البقاء في الاتفاق\n"
        "حث وزير الخارجية البريطاني الرئيس الأمريكي دونالد ترامب على البقاء. "
        "وقال ترامب إن"
    )
    assert proposals(text) == []


def test_a_known_surname_of_another_person_not_named_in_full():
    """Only the full name printed in the text tells the words before it are none."""
    text = "قال وزير الخارجية البريطاني جيمس ترامب إن. وأضاف ترامب أن"
    assert [p[0] for p in proposals(text)] == ["جيمس ترامب"]


def test_of_two_names_with_one_surname_the_one_printed_more_often():
    text = (
        "الرئيس الفرنسي بخصوص احتجاز الحريري: لا تعليق\n"
        "التقى رئيس الوزراء اللبناني سعد الحريري الرئيس الفرنسي. وقال الحريري إن "
        "رئيس الوزراء اللبناني سعد الحريري عاد."
    )
    gaz = gazetteer()
    gaz.add_adjective("لبناني", "LB")
    assert [p.name for p in propose_people(text, gaz)] == ["سعد الحريري"]

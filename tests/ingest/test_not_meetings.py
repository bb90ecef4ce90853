"""archive.ingest.meetings: what real news says of meetings that are no encounter.

Each case is a sentence (a few shortened) of the ANT Corpus v2.1 (Arabic News Texts),
Apache 2.0 with its authors' citation licence: A. Chouigui, O. Ben Khiroun, B. Elayeb.
An Arabic Multi-source News Corpus: Experimenting on Single-document Extractive
Summarization. Arabian Journal for Science and Engineering 46(8), 2021.
https://antcorpus.github.io
"""

import pytest

from archive.ingest.gazetteer import Gazetteer
from archive.ingest.meetings import find_meetings


def gazetteer() -> Gazetteer:
    gaz = Gazetteer(
        countries={
            "الولايات المتحدة": "US",
            "كوريا الشمالية": "KP",
            "كوريا الجنوبية": "KR",
            "اليابان": "JP",
            "صربيا": "RS",
            "سويسرا": "CH",
        },
        adjectives={
            "أمريكي": "US",
            "أميركي": "US",
            "كوري شمالي": "KP",
            "روسي": "RU",
            "سوداني": "SD",
            "ياباني": "JP",
            "كوري جنوبي": "KR",
        },
    )
    gaz.add_country("روسيا", "RU")
    gaz.add_person("putin", ["فلاديمير بوتين", "بوتين"], "RU")
    gaz.add_person("bashir", ["عمر البشير", "البشير"], "SD")
    gaz.add_person("trump", ["دونالد ترامب", "دونالد ترمب", "ترامب", "ترمب"], "US")
    gaz.add_person("kim", ["كيم جونغ أون", "كيم يونغ أون", "كيم جونغ-أون"], "KP")
    gaz.add_person("pence", ["مايك بنس", "بنس"], "US")
    gaz.add_organization("IMF", ["صندوق النقد الدولي"])
    return gaz


@pytest.mark.parametrize(
    "sentence",
    [
        # planned, with the verb far from the noun
        "أفادت تقارير صحفية، الاثنين، أن القمة التاريخية بين الرئيس الأميركي دونالد "
        "ترامب والزعيم الكوري الشمالي كيم جونغ أون ستعقد على الأرجح في سنغافورة.",
        # planned: "اقتراب"
        "وتتزامن هذه التغييرات مع اقتراب لقاء قمة بين الرئيس الأميركي دونالد ترامب "
        "والزعيم الكوري الشمالي كيم جونغ أون.",
        # history: a week before today's news
        "قدم جو هايغين استقالته من منصب مساعد كبير موظفي البيت الأبيض بعد أسبوع من "
        "القمة التاريخية التي جمعت بين الرئيس دونالد ترامب والزعيم الكوري الشمالي "
        "كيم جونغ-أون.",
        # history: "منذ"
        "وهي المرة الأولى التي يفر فيها كوري شمالي منذ القمة التاريخية التي عقدت بين "
        "كوريا الشمالية وكوريا الجنوبية في نيسان/أبريل.",
        # cancelled
        "ألغى مسؤولون من كوريا الشمالية اجتماعا مقررا مع نائب الرئيس الأمريكي مايك "
        "بنس في سول على هامش دورة الألعاب الأولمبية الشتوية.",
        "كان من المقرر أن يعقد الرئيس الأميركي دونالد ترمب وزعيم كوريا الشمالية كيم "
        "يونغ أون قمة غير مسبوقة في سنغافورة، لكن ترمب ألغى القمة.",
        # denied
        "وفي أحدث تصريح له، نفى ألبيرق، في مؤتمر صحفي، عقد أي لقاء مع صندوق النقد "
        "الدولي، بشأن التطورات الأخيرة لاقتصاد بلاده.",
        # talks with a state, no one's encounter
        'وقال ماتيس: "نحن منخرطون حاليا في محادثات غير مسبوقة مع كوريا الشمالية".',
        # a match
        "فتح الاتحاد الدولي لكرة القدم إجراءات تأديبية بحق لاعبي المنتخب السويسري "
        "بعد التسجيل في مرمى صربيا خلال لقاء الفريقين في مونديال روسيا.",
        # a product
        "أعلنت الشركة المسؤولة عن تطبيق سناب شات اليوم إطلاق خاصية مكالمات الفيديو "
        "الجماعية لمستخدمي الولايات المتحدة واليابان.",
        # one body alone, on video
        "وبين أن جلسة مجلس الوزراء الأسبوعية عقدت بشكل مشترك بين الضفة الغربية وقطاع "
        "غزة عبر الفيديو كونفرنس.",
        # may be held
        "قال ديمتري بيسكوف المتحدث باسم الكرملين للصحفيين، الجمعة، إن قمة قد تعقد بين "
        "الرئيس الروسي فلاديمير بوتين والزعيم الكوري الشمالي كيم جونغ أون.",
        # history: "the last time"
        "وزار الرئيس السوداني عمر البشير روسيا آخر مرة في نوفمبر الماضي، حيث التقى "
        "نظيره الروسي، ووقعا عددا من الاتفاقيات.",
        # a purpose
        "بعد ذلك، عمل بابادوبولوس على مدى أشهر على تطوير هذه العلاقات بهدف تنظيم لقاء "
        "بين ترامب وبوتين.",
        # a meeting talked about
        "وقال مسؤولون إن بيونغ يانغ ضاعفت إنتاج الوقود النووي، خلال مفاوضات بشأن القمة "
        "التي جمعت ترامب والزعيم الكوري الشمالي كيم جونغ أون.",
        # history: two days before today's news
        "أكد وزير الخارجية الأميركي مايك بومبيو خلال زيارة إلى سيول الخميس بعد يومين "
        "من القمة التاريخية بين الولايات المتحدة وكوريا الشمالية أن رفع العقوبات "
        "مرهون بنزع السلاح النووي.",
        # any meeting at all, none held
        "وقال إنه يريد اجتماعات أخرى قبل أي قمة بين الرئيس الأميركي دونالد ترامب "
        "والزعيم الكوري الشمالي كيم جونغ أون.",
        # a proposal
        "سأتقدم باقتراح لقيادتنا العليا لإعادة النظر بالقمة بين كوريا الشمالية "
        "والولايات المتحدة.",
        # the course of talks briefed on, not talks with those briefed
        "ومع وصول بومبيو إلى طوكيو لإطلاع نظيريه الياباني والكوري الجنوبي على مجريات "
        "محادثاته، أصدرت كوريا الشمالية بيانا حاد اللهجة.",
        # a summit prepared for (SK-internationalNews-1898-20180601)
        "وتأتي المساعي الروسية لعقد القمة، في وقت تحضر الولايات المتحدة لقمة تجمع "
        "الرئيس الأميركي دونالد ترامب مع كيم في 12 يونيو الحالي.",
        # observers without credentials: no ambassador hands them to anyone
        # (FR, 24 June 2018, "تركيا: اعتقال أعضاء وفد أوروبي")
        "احتجزت السلطات الروسية الأحد أعضاء وفد من الولايات المتحدة لمراقبة "
        "الانتخابات، لاتهامهم بالتصرف على أنهم مراقبون دون أوراق اعتماد.",
        # agreed to (SK-internationalNews-864-20180409)
        "فاجأ الرئيس الأميركي دونالد ترامب العالم بموافقته بسرعة على لقاء كيم جونغ "
        "أون لبحث الأزمة.",
        # to be held: the imperfect verb after the noun (SK-internationalNews-1503-
        # 20180510, the name given in full)
        "مما يزيل عقبة كبيرة أمام قمة غير مسبوقة تعقد بين دونالد ترامب والزعيم "
        "الكوري الشمالي كيم جونغ أون.",
        # wished for (FR-internationalNews-1490-20180528, names given in full)
        "وقالت الصحيفة إن الزعيم الكوري الشمالي كيم جونغ أون أكد رغبته في لقاء "
        "دونالد ترامب ونزع السلاح النووي عن بلاده.",
        # an interview with a journalist
        'وقال الرئيس الأميركي دونالد ترامب في مقابلة مع تلفزيون "فوكس نيوز" إن '
        "الزعيم الكوري الشمالي كيم جونغ أون يريد السلام.",
    ],
)
def test_no_encounter(sentence):
    assert (
        find_meetings(sentence, gazetteer=gazetteer(), article_date=None, place=None)
        == []
    )


def test_a_governments_own_meeting_is_no_encounter():
    """Real: "وزير الخزانة الأمريكي يعلن عدم مشاركته في مؤتمر للاستثمار بالسعودية بعد
    لقاء مع ترامب وبومبيو"."""
    text = (
        "وزير الخزانة الأمريكي يعلن عدم مشاركته في مؤتمر للاستثمار بعد لقاء مع ترامب "
        "ومايك بنس."
    )
    gaz = gazetteer()
    assert find_meetings(text, gazetteer=gaz, article_date=None, place=None) == []


def test_a_reception_retold_in_a_quotation_is_one_encounter():
    """Real (Xi's name added to the first sentence): SK-middleEast-2998-20180719:
    one of the hosts tells in his own words the reception the sentence before
    reported."""
    gaz = gazetteer()
    gaz.add_country("الإمارات", "AE")
    gaz.add_country("الصين", "CN")
    gaz.add_person("xi", ["شي جين بينغ"], "CN")
    gaz.add_person("mbr", ["محمد بن راشد آل مكتوم", "محمد بن راشد"], "AE")
    gaz.add_person("mbz", ["محمد بن زايد آل نهيان", "محمد بن زايد"], "AE")
    text = (
        "وكان في استقبال رئيس الصين شي جين بينغ، في مطار الرئاسة في العاصمة "
        "الإماراتية، نائب "
        "رئيس دولة الإمارات رئيس الوزراء حاكم دبي، الشيخ محمد بن راشد آل مكتوم، "
        "وولي عهد أبوظبي الشيخ محمد بن زايد آل نهيان. وقال الشيخ محمد بن راشد "
        '"استقبلت دولة الإمارات اليوم بكل الترحيب الرئيس الصيني شي جين بينغ في أول '
        'زيارة خارجية له".'
    )
    meetings = find_meetings(text, gazetteer=gaz, article_date=None, place=None)
    assert len(meetings) == 1


def test_todays_programme_told_in_the_imperfect_is_no_encounter_yet():
    """FR-internationalNews-1963-20180622: the day's meetings to come; told in the
    past tense, the same words report one."""
    gaz = gazetteer()
    gaz.add_adjective("لبناني", "LB")
    gaz.add_person("merkel", ["أنغيلا ميركل", "ميركل"], "DE")
    lead = "حلت المستشارة الألمانية أنغيلا ميركل في بيروت. "
    planned = (
        "وتلتقي ميركل اليوم الرئيس اللبناني ميشال عون ورئيس البرلمان نبيه بري قبل "
        "أن تجتمع بالحريري مجددا."
    )
    held = "والتقت ميركل اليوم الرئيس اللبناني ميشال عون."
    meet = find_meetings(lead + planned, gazetteer=gaz, article_date=None, place=None)
    assert meet == []
    (met,) = find_meetings(lead + held, gazetteer=gaz, article_date=None, place=None)
    assert met.countries == ["DE", "LB"]


def test_the_eve_of_a_summit_is_no_encounter():
    """AL-internationalNews-1892-20180711, the name given in full."""
    gaz = gazetteer()
    gaz.add_organization("NATO", ["حلف الناتو", "حلف شمال الأطلسي"])
    text = (
        "ووصل الرئيس الأميركي دونالد ترامب، مساء الثلاثاء، إلى بروكسل عشية قمة لحلف "
        "الناتو تطغى عليها أجواء متوترة."
    )
    assert find_meetings(text, gazetteer=gaz, article_date=None, place=None) == []

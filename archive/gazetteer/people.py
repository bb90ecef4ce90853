"""Officials the archive knows from the start: every one the seed articles name, and the
heads of state, heads of government and foreign ministers since 2013 of China and the
five Central Asian states, then of the states Arabic world news names most often:
Russia, the United States, Turkey, Iran, Pakistan, India, Afghanistan, the Arab states,
Israel, France, the United Kingdom, Germany and Japan (migration 0003 loads these).

Each person is a plain dict:

* `slug`: ASCII, from the English name; the loader's key (`Person.slug`).
* `name_ar`: the preferred Arabic spelling (the one Xinhua's Arabic service uses).
* `aliases`: full names as Arabic news spells them, the preferred one first. Spellings
  that `archive.arabic.normalize` folds together (أ/ا, ى/ي, ة/ه, ئ/ي) are given once.
* `surnames`: the SHORT FORMS news uses alone after the first mention ("وانغ", "رحمن",
  "مهر الدين"). They are stored as `PersonAlias` rows too, after the full names, but the
  entity matcher should accept them only in context (the person named in full earlier
  in the same article, or next to a title): "شي", "رحمن" and "مهر الدين" are also
  ordinary words or names. `SHORT_FORMS` lists them all; `SHARED_SHORT_FORMS` those two
  people share (the two Berdimuhamedows), which only a date or a first name can settle.
  "لي" (Li Keqiang, Li Qiang) is no short form here: it is the Arabic word "to me".
  Nor are "الأسد" (lion), "عباس", "سلمان", "خان", "شريف", "غني", "رئيسي", "آبي" (folds
  to "my father") or "ماي": those people are known by their full names only. Arab
  surnames keep the article news prints ("السيسي", "الجبير").
* `offices`: (role, title_ar, country code, start, end), dates as "YYYY-MM-DD" or None
  (still in office). Roles are `archive.models.OfficeRole` values. An office ends on
  the day the successor took it up (the convention of Wikipedia's infoboxes), so on a
  handover day both hold; `Person.office_on` then prefers the later start. Where only
  the month is known the date is the 1st and a comment says so. `title_ar` is the title
  as news prints it next to the name.
"""

from __future__ import annotations

HEAD_OF_STATE = "head_of_state"
HEAD_OF_GOVERNMENT = "head_of_government"
FOREIGN_MINISTER = "foreign_minister"
OTHER = "other"

PEOPLE: list[dict] = [
    # --- China ----------------------------------------------------------------------
    {
        "slug": "xi-jinping",
        "name_en": "Xi Jinping",
        "name_ar": "شي جين بينغ",
        "country": "CN",
        "aliases": ["شي جين بينغ", "شي جينبينغ", "شي جين بينج", "شي جين بنغ"],
        "surnames": ["شي"],
        "offices": [
            (
                OTHER,
                "الأمين العام للجنة المركزية للحزب الشيوعي الصيني",
                "CN",
                "2012-11-15",
                None,
            ),
            (HEAD_OF_STATE, "الرئيس الصيني", "CN", "2013-03-14", None),
        ],
    },
    {
        "slug": "wang-yi",
        "name_en": "Wang Yi",
        "name_ar": "وانغ يي",
        "country": "CN",
        "aliases": ["وانغ يي", "وانج يي"],
        "surnames": ["وانغ", "وانج"],
        "offices": [
            (
                FOREIGN_MINISTER,
                "وزير الخارجية الصيني",
                "CN",
                "2013-03-16",
                "2018-03-19",
            ),
            # State Councilor and foreign minister, as Xinhua titles him in those years.
            (
                FOREIGN_MINISTER,
                "عضو مجلس الدولة وزير الخارجية الصيني",
                "CN",
                "2018-03-19",
                "2022-12-30",
            ),
            # Director of the Office of the Central Foreign Affairs Commission: named at
            # the turn of 2022/23 (Xinhua reported it on 1 January 2023).
            (
                OTHER,
                "مدير مكتب لجنة الشؤون الخارجية المركزية للحزب الشيوعي الصيني",
                "CN",
                "2023-01-01",
                None,
            ),
            (FOREIGN_MINISTER, "وزير الخارجية الصيني", "CN", "2023-07-25", None),
        ],
    },
    {
        "slug": "qin-gang",
        "name_en": "Qin Gang",
        "name_ar": "تشين قانغ",
        "country": "CN",
        "aliases": ["تشين قانغ", "تشين غانغ", "تشين جانغ", "تشين كانغ", "تشين قانج"],
        "surnames": ["تشين"],
        "offices": [
            (
                FOREIGN_MINISTER,
                "وزير الخارجية الصيني",
                "CN",
                "2022-12-30",
                "2023-07-25",
            ),
        ],
    },
    {
        "slug": "li-keqiang",
        "name_en": "Li Keqiang",
        "name_ar": "لي كه تشيانغ",
        "country": "CN",
        "aliases": [
            "لي كه تشيانغ",
            "لي كه تشيانج",
            "لي كه شيانغ",
            "لي كيتشيانغ",
            "لي كيه تشيانغ",
        ],
        "surnames": [],
        "offices": [
            (
                HEAD_OF_GOVERNMENT,
                "رئيس مجلس الدولة الصيني",
                "CN",
                "2013-03-15",
                "2023-03-11",
            ),
        ],
    },
    {
        "slug": "li-qiang",
        "name_en": "Li Qiang",
        "name_ar": "لي تشيانغ",
        "country": "CN",
        "aliases": ["لي تشيانغ", "لي تشيانج", "لي شيانغ"],
        "surnames": [],
        "offices": [
            (HEAD_OF_GOVERNMENT, "رئيس مجلس الدولة الصيني", "CN", "2023-03-11", None),
        ],
    },
    # --- Kazakhstan -----------------------------------------------------------------
    {
        "slug": "nursultan-nazarbayev",
        "name_en": "Nursultan Nazarbayev",
        "name_ar": "نور سلطان نزارباييف",
        "country": "KZ",
        "aliases": [
            "نور سلطان نزارباييف",
            "نور سلطان نزاربايف",
            "نورسلطان نزارباييف",
            "نور سلطان نازارباييف",
            "نور سلطان نزار باييف",
        ],
        "surnames": ["نزارباييف", "نزاربايف", "نازارباييف", "نازاربايف"],
        "offices": [
            # President of the Kazakh SSR from 24 April 1990, of Kazakhstan after 1991.
            (HEAD_OF_STATE, "رئيس كازاخستان", "KZ", "1990-04-24", "2019-03-20"),
            # Chairman of the Security Council until Tokayev took it over in the
            # January 2022 unrest.
            (OTHER, "رئيس مجلس الأمن الكازاخستاني", "KZ", "2019-03-20", "2022-01-05"),
        ],
    },
    {
        "slug": "kassym-jomart-tokayev",
        "name_en": "Kassym-Jomart Tokayev",
        "name_ar": "قاسم جومارت توكاييف",
        "country": "KZ",
        "aliases": [
            "قاسم جومارت توكاييف",
            "قاسم جومارت توكايف",
            "قاسم-جومارت توكاييف",
            "قاسم جومرت توكاييف",
            "قاسم توكاييف",
        ],
        "surnames": ["توكاييف", "توكايف"],
        "offices": [
            (OTHER, "رئيس مجلس الشيوخ الكازاخستاني", "KZ", "2013-10-16", "2019-03-20"),
            (HEAD_OF_STATE, "رئيس كازاخستان", "KZ", "2019-03-20", None),
        ],
    },
    {
        "slug": "erlan-idrissov",
        "name_en": "Erlan Idrissov",
        "name_ar": "يرلان إدريسوف",
        "country": "KZ",
        "aliases": ["يرلان إدريسوف", "إرلان إدريسوف"],
        "surnames": ["إدريسوف"],
        "offices": [
            (
                FOREIGN_MINISTER,
                "وزير خارجية كازاخستان",
                "KZ",
                "2012-09-28",
                "2016-12-28",
            ),
        ],
    },
    {
        "slug": "kairat-abdrakhmanov",
        "name_en": "Kairat Abdrakhmanov",
        "name_ar": "خيرات عبد الرحمانوف",
        "country": "KZ",
        "aliases": [
            "خيرات عبد الرحمانوف",
            "خيرات عبدالرحمانوف",
            "قيرات عبد الرحمانوف",
            "كايرات عبد الرحمانوف",
            "كايرات عبدالرحمانوف",
        ],
        "surnames": ["عبد الرحمانوف", "عبدالرحمانوف"],
        "offices": [
            (
                FOREIGN_MINISTER,
                "وزير خارجية كازاخستان",
                "KZ",
                "2016-12-28",
                "2018-12-26",
            ),
        ],
    },
    {
        "slug": "beibut-atamkulov",
        "name_en": "Beibut Atamkulov",
        "name_ar": "بيبوت أتامكولوف",
        "country": "KZ",
        "aliases": ["بيبوت أتامكولوف", "بيبيت أتامكولوف", "بيبوت أتامقولوف"],
        "surnames": ["أتامكولوف", "أتامقولوف"],
        "offices": [
            (
                FOREIGN_MINISTER,
                "وزير خارجية كازاخستان",
                "KZ",
                "2018-12-26",
                "2019-09-18",
            ),
        ],
    },
    {
        "slug": "mukhtar-tileuberdi",
        "name_en": "Mukhtar Tileuberdi",
        "name_ar": "مختار تيلوبيردي",
        "country": "KZ",
        "aliases": [
            "مختار تيلوبيردي",
            "مختار تليوبردي",
            "مختار تيليوبيردي",
            "مختار تلاوبردي",
            "مختار تلوبيردي",
        ],
        "surnames": ["تيلوبيردي", "تليوبردي", "تيليوبيردي", "تلاوبردي", "تلوبيردي"],
        "offices": [
            (
                FOREIGN_MINISTER,
                "وزير خارجية كازاخستان",
                "KZ",
                "2019-09-18",
                "2023-04-03",
            ),
        ],
    },
    {
        "slug": "murat-nurtleu",
        "name_en": "Murat Nurtleu",
        "name_ar": "مراد نورتلو",
        "country": "KZ",
        "aliases": ["مراد نورتلو", "مراد نورتليو", "مورات نورتليو", "مراد نورتيليو"],
        "surnames": ["نورتلو", "نورتليو", "نورتيليو"],
        "offices": [
            (
                FOREIGN_MINISTER,
                "نائب رئيس الوزراء وزير خارجية كازاخستان",
                "KZ",
                "2023-04-03",
                "2025-09-26",
            ),
        ],
    },
    {
        "slug": "yermek-kosherbayev",
        "name_en": "Yermek Kosherbayev",
        "name_ar": "يرمك كوشرباييف",
        "country": "KZ",
        "aliases": ["يرمك كوشرباييف", "يرمك كوشيرباييف", "إرمك كوشرباييف"],
        "surnames": ["كوشرباييف", "كوشيرباييف"],
        "offices": [
            (FOREIGN_MINISTER, "وزير خارجية كازاخستان", "KZ", "2025-09-26", None),
        ],
    },
    # --- Kyrgyzstan -----------------------------------------------------------------
    {
        "slug": "almazbek-atambayev",
        "name_en": "Almazbek Atambayev",
        "name_ar": "ألماز بيك أتامباييف",
        "country": "KG",
        "aliases": [
            "ألماز بيك أتامباييف",
            "ألمازبيك أتامباييف",
            "ألماز بك أتامباييف",
            "ألمظ بيك أتامباييف",
            "ألماز بيك أتامبايف",
        ],
        "surnames": ["أتامباييف", "أتامبايف"],
        "offices": [
            (HEAD_OF_STATE, "رئيس قيرغيزستان", "KG", "2011-12-01", "2017-11-24"),
        ],
    },
    {
        "slug": "sooronbay-jeenbekov",
        "name_en": "Sooronbay Jeenbekov",
        "name_ar": "سورونباي جينبيكوف",
        "country": "KG",
        "aliases": [
            "سورونباي جينبيكوف",
            "سورونباي جينبكوف",
            "سورونباي جيينبيكوف",
            "سورونباي جانبيكوف",
        ],
        "surnames": ["جينبيكوف", "جينبكوف", "جيينبيكوف", "جانبيكوف"],
        "offices": [
            (
                HEAD_OF_GOVERNMENT,
                "رئيس وزراء قيرغيزستان",
                "KG",
                "2016-04-13",
                "2017-08-22",
            ),
            (HEAD_OF_STATE, "رئيس قيرغيزستان", "KG", "2017-11-24", "2020-10-15"),
        ],
    },
    {
        "slug": "sadyr-japarov",
        "name_en": "Sadyr Japarov",
        "name_ar": "صدر جباروف",
        "country": "KG",
        "aliases": [
            "صدر جباروف",
            "صدر جاباروف",
            "صادر جباروف",
            "صادر جاباروف",
            "سادير جاباروف",
            "سادير جباروف",
        ],
        # Akylbek Japarov (head of the cabinet 2021-2024), no relative, shares them.
        "surnames": ["جباروف", "جاباروف"],
        "offices": [
            (
                HEAD_OF_GOVERNMENT,
                "رئيس وزراء قيرغيزستان",
                "KG",
                "2020-10-14",
                "2020-11-14",
            ),
            (
                HEAD_OF_STATE,
                "القائم بأعمال رئيس قيرغيزستان",
                "KG",
                "2020-10-16",
                "2020-11-14",
            ),
            (HEAD_OF_STATE, "رئيس قيرغيزستان", "KG", "2021-01-28", None),
        ],
    },
    {
        "slug": "erlan-abdyldayev",
        "name_en": "Erlan Abdyldayev",
        "name_ar": "إرلان عبد الداييف",
        "country": "KG",
        "aliases": [
            "إرلان عبد الداييف",
            "إرلان عبدالداييف",
            "إرلان عبديلدايف",
            "إرلان عبديلداييف",
        ],
        "surnames": ["عبد الداييف", "عبدالداييف", "عبديلدايف", "عبديلداييف"],
        "offices": [
            # Appointed in September 2012 (day unknown: the 1st); resigned 12 Oct 2018.
            (
                FOREIGN_MINISTER,
                "وزير خارجية قيرغيزستان",
                "KG",
                "2012-09-01",
                "2018-10-12",
            ),
        ],
    },
    {
        "slug": "chingiz-aidarbekov",
        "name_en": "Chingiz Aidarbekov",
        "name_ar": "جنكيز أيداربيكوف",
        "country": "KG",
        "aliases": [
            "جنكيز أيداربيكوف",
            "جنكيز أيداربكوف",
            "تشينغيز أيداربيكوف",
            "شينغيز أيداربيكوف",
        ],
        "surnames": ["أيداربيكوف", "أيداربكوف"],
        "offices": [
            (
                FOREIGN_MINISTER,
                "وزير خارجية قيرغيزستان",
                "KG",
                "2018-10-18",
                "2020-10-14",
            ),
        ],
    },
    {
        "slug": "ruslan-kazakbaev",
        "name_en": "Ruslan Kazakbaev",
        "name_ar": "رسلان كازاكباييف",
        "country": "KG",
        "aliases": [
            "رسلان كازاكباييف",
            "رسلان كازاكبايف",
            "روسلان كازاكباييف",
            "رسلان قزاقباييف",
        ],
        "surnames": ["كازاكباييف", "كازاكبايف", "قزاقباييف"],
        "offices": [
            # He was foreign minister once before, 2010-2012 (exact days not known).
            (
                FOREIGN_MINISTER,
                "وزير خارجية قيرغيزستان",
                "KG",
                "2020-10-14",
                "2022-04-22",
            ),
        ],
    },
    {
        "slug": "jeenbek-kulubaev",
        "name_en": "Jeenbek Kulubaev",
        "name_ar": "جينبيك كولوباييف",
        "country": "KG",
        "aliases": [
            "جينبيك كولوباييف",
            "جينبيك كولوبايف",
            "جنبيك كولوباييف",
            "جيينبيك كولوباييف",
        ],
        "surnames": ["كولوباييف", "كولوبايف"],
        "offices": [
            # Acting from 22 April 2022 until parliament confirmed him.
            (FOREIGN_MINISTER, "وزير خارجية قيرغيزستان", "KG", "2022-04-22", None),
        ],
    },
    # --- Tajikistan -----------------------------------------------------------------
    {
        "slug": "emomali-rahmon",
        "name_en": "Emomali Rahmon",
        "name_ar": "إمام علي رحمن",
        "country": "TJ",
        "aliases": [
            "إمام علي رحمن",
            "إمام علي رحمون",
            "إمام علي رحمان",
            "إمامعلي رحمن",
            "إيمومالي رحمون",
            "إمام علي رحمانوف",  # Rakhmonov, his surname until 2007
            "إمام علي رحمونوف",
        ],
        "surnames": ["رحمن", "رحمون", "رحمان", "رحمانوف", "رحمونوف"],
        "offices": [
            # Chairman of the Supreme Council (head of state) before the presidency.
            (
                HEAD_OF_STATE,
                "رئيس المجلس الأعلى لطاجيكستان",
                "TJ",
                "1992-11-19",
                "1994-11-16",
            ),
            (HEAD_OF_STATE, "رئيس طاجيكستان", "TJ", "1994-11-16", None),
        ],
    },
    {
        # Sirodjidin Aslov and Sirojiddin Muhriddin are ONE man: in May 2018 he dropped
        # the Russian-style surname Aslov for one made from his father's name.
        "slug": "sirojiddin-muhriddin",
        "name_en": "Sirojiddin Muhriddin",
        "name_ar": "سراج الدين مهر الدين",
        "country": "TJ",
        "aliases": [
            "سراج الدين مهر الدين",
            "سراج الدين مهرالدين",
            "سراج الدين محر الدين",
            "سراج الدين محرالدين",
            "سراج الدين محي الدين",
            "سراج الدين أصلوف",
            "سراج الدين أسلوف",
            "سيروج الدين أسلوف",
        ],
        "surnames": ["مهر الدين", "مهرالدين", "محرالدين", "أصلوف", "أسلوف"],
        "offices": [
            # Appointed in November 2013 (day not known: the 1st).
            (FOREIGN_MINISTER, "وزير خارجية طاجيكستان", "TJ", "2013-11-01", None),
        ],
    },
    # --- Turkmenistan ---------------------------------------------------------------
    {
        "slug": "gurbanguly-berdimuhamedow",
        "name_en": "Gurbanguly Berdimuhamedow",
        "name_ar": "قربان قولي بردي محمدوف",
        "country": "TM",
        "aliases": [
            "قربان قولي بردي محمدوف",
            "قربانقولي بردي محمدوف",
            "قربان قلي بردي محمدوف",
            "قربان قولي بيرديمحمدوف",
            "قربانغولي بيرديمحمدوف",
            "غوربانغولي بيرديموخاميدوف",
            "غوربانغولي بردي محمدوف",
        ],
        "surnames": ["بردي محمدوف", "بيرديمحمدوف", "بيرديموخاميدوف"],
        "offices": [
            (
                HEAD_OF_STATE,
                "القائم بأعمال رئيس تركمانستان",
                "TM",
                "2006-12-21",
                "2007-02-14",
            ),
            (HEAD_OF_STATE, "رئيس تركمانستان", "TM", "2007-02-14", "2022-03-19"),
            # Chairman of the Halk Maslahaty (People's Council) once it became the
            # supreme representative body, January 2023.
            (OTHER, "رئيس مجلس الشعب التركمانستاني", "TM", "2023-01-21", None),
        ],
    },
    {
        "slug": "serdar-berdimuhamedow",
        "name_en": "Serdar Berdimuhamedow",
        "name_ar": "سردار بردي محمدوف",
        "country": "TM",
        "aliases": [
            "سردار بردي محمدوف",
            "سردار بيرديمحمدوف",
            "سردار بيرديموخاميدوف",
        ],
        "surnames": ["بردي محمدوف", "بيرديمحمدوف", "بيرديموخاميدوف"],
        "offices": [
            (HEAD_OF_STATE, "رئيس تركمانستان", "TM", "2022-03-19", None),
        ],
    },
    {
        "slug": "rashid-meredov",
        "name_en": "Rashid Meredov",
        "name_ar": "رشيد مرادوف",
        "country": "TM",
        "aliases": ["رشيد مرادوف", "رشيد ميريدوف", "رشيد مريدوف"],
        "surnames": ["مرادوف", "ميريدوف", "مريدوف"],
        "offices": [
            # Foreign minister since July 2001 (day not known: the 1st); also a deputy
            # chairman of the Cabinet of Ministers for most of that time.
            (FOREIGN_MINISTER, "وزير خارجية تركمانستان", "TM", "2001-07-01", None),
        ],
    },
    # --- Uzbekistan -----------------------------------------------------------------
    {
        "slug": "islam-karimov",
        "name_en": "Islam Karimov",
        "name_ar": "إسلام كريموف",
        "country": "UZ",
        "aliases": ["إسلام كريموف", "إسلام كاريموف"],
        "surnames": ["كريموف", "كاريموف"],
        "offices": [
            # President of the Uzbek SSR from 24 March 1990; died in office.
            (HEAD_OF_STATE, "رئيس أوزبكستان", "UZ", "1990-03-24", "2016-09-02"),
        ],
    },
    {
        "slug": "shavkat-mirziyoyev",
        "name_en": "Shavkat Mirziyoyev",
        "name_ar": "شوكت ميرضيائيف",
        "country": "UZ",
        "aliases": [
            "شوكت ميرضيائيف",
            "شوكت ميرزيوييف",
            "شوكت ميرزيائيف",
            "شوكت ميرزيويف",
            "شافكات ميرزيوييف",
            "شوكت ميرضيايف",
        ],
        "surnames": ["ميرضيائيف", "ميرزيوييف", "ميرزيائيف", "ميرزيويف", "ميرضيايف"],
        "offices": [
            (
                HEAD_OF_GOVERNMENT,
                "رئيس وزراء أوزبكستان",
                "UZ",
                "2003-12-12",
                "2016-12-14",
            ),
            (
                HEAD_OF_STATE,
                "القائم بأعمال رئيس أوزبكستان",
                "UZ",
                "2016-09-08",
                "2016-12-14",
            ),
            (HEAD_OF_STATE, "رئيس أوزبكستان", "UZ", "2016-12-14", None),
        ],
    },
    {
        "slug": "abdulaziz-kamilov",
        "name_en": "Abdulaziz Kamilov",
        "name_ar": "عبد العزيز كاملوف",
        "country": "UZ",
        "aliases": [
            "عبد العزيز كاملوف",
            "عبد العزيز كاميلوف",
            "عبدالعزيز كاملوف",
            "عبدالعزيز كاميلوف",
        ],
        "surnames": ["كاملوف", "كاميلوف"],
        "offices": [
            (
                FOREIGN_MINISTER,
                "وزير خارجية أوزبكستان",
                "UZ",
                "2012-01-13",
                "2022-04-27",
            ),
        ],
    },
    {
        "slug": "vladimir-norov",
        "name_en": "Vladimir Norov",
        "name_ar": "فلاديمير نوروف",
        "country": "UZ",
        "aliases": ["فلاديمير نوروف"],
        "surnames": ["نوروف"],
        "offices": [
            # Acting from 27 April 2022, confirmed in September 2022. (He was foreign
            # minister once before, 2006-2010.)
            (
                FOREIGN_MINISTER,
                "وزير خارجية أوزبكستان",
                "UZ",
                "2022-04-27",
                "2022-12-30",
            ),
        ],
    },
    {
        "slug": "bakhtiyor-saidov",
        "name_en": "Bakhtiyor Saidov",
        "name_ar": "بختيار سعيدوف",
        "country": "UZ",
        "aliases": ["بختيار سعيدوف", "بختيور سعيدوف", "بختيار سيدوف", "بختيار سايدوف"],
        "surnames": ["سعيدوف", "سيدوف", "سايدوف"],
        "offices": [
            # Acting from 30 December 2022, confirmed on 25 April 2023.
            (FOREIGN_MINISTER, "وزير خارجية أوزبكستان", "UZ", "2022-12-30", None),
        ],
    },
    # --- Russia ---------------------------------------------------------------------
    {
        "slug": "vladimir-putin",
        "name_en": "Vladimir Putin",
        "name_ar": "فلاديمير بوتين",
        "country": "RU",
        "aliases": ["فلاديمير بوتين", "فلاديمير بوتن"],
        "surnames": ["بوتين", "بوتن"],
        "offices": [
            # His third term; he was president 2000-2008 and premier 2008-2012 too.
            (HEAD_OF_STATE, "الرئيس الروسي", "RU", "2012-05-07", None),
        ],
    },
    {
        "slug": "dmitry-medvedev",
        "name_en": "Dmitry Medvedev",
        "name_ar": "دميتري ميدفيديف",
        "country": "RU",
        "aliases": [
            "دميتري ميدفيديف",
            "ديمتري ميدفيديف",
            "ديميتري ميدفيديف",
            "دميتري مدفيديف",
        ],
        "surnames": ["ميدفيديف", "مدفيديف", "ميدفيدف"],
        "offices": [
            (
                HEAD_OF_GOVERNMENT,
                "رئيس الوزراء الروسي",
                "RU",
                "2012-05-08",
                "2020-01-16",
            ),
            (OTHER, "نائب رئيس مجلس الأمن الروسي", "RU", "2020-01-16", None),
        ],
    },
    {
        "slug": "mikhail-mishustin",
        "name_en": "Mikhail Mishustin",
        "name_ar": "ميخائيل ميشوستين",
        "country": "RU",
        "aliases": ["ميخائيل ميشوستين"],
        "surnames": ["ميشوستين"],
        "offices": [
            (HEAD_OF_GOVERNMENT, "رئيس الوزراء الروسي", "RU", "2020-01-16", None),
        ],
    },
    {
        "slug": "sergey-lavrov",
        "name_en": "Sergey Lavrov",
        "name_ar": "سيرغي لافروف",
        "country": "RU",
        "aliases": ["سيرغي لافروف", "سيرجي لافروف"],
        "surnames": ["لافروف"],
        "offices": [
            (FOREIGN_MINISTER, "وزير الخارجية الروسي", "RU", "2004-03-09", None),
        ],
    },
    # --- United States --------------------------------------------------------------
    {
        "slug": "barack-obama",
        "name_en": "Barack Obama",
        "name_ar": "باراك أوباما",
        "country": "US",
        "aliases": ["باراك أوباما"],
        "surnames": ["أوباما"],
        "offices": [
            (HEAD_OF_STATE, "الرئيس الأمريكي", "US", "2009-01-20", "2017-01-20"),
        ],
    },
    {
        "slug": "donald-trump",
        "name_en": "Donald Trump",
        "name_ar": "دونالد ترامب",
        "country": "US",
        "aliases": ["دونالد ترامب", "دونالد ترمب"],
        "surnames": ["ترامب", "ترمب"],
        "offices": [
            (HEAD_OF_STATE, "الرئيس الأمريكي", "US", "2017-01-20", "2021-01-20"),
            (HEAD_OF_STATE, "الرئيس الأمريكي", "US", "2025-01-20", None),
        ],
    },
    {
        "slug": "joe-biden",
        "name_en": "Joe Biden",
        "name_ar": "جو بايدن",
        "country": "US",
        "aliases": ["جو بايدن", "جوزيف بايدن"],
        "surnames": ["بايدن"],
        "offices": [
            (OTHER, "نائب الرئيس الأمريكي", "US", "2009-01-20", "2017-01-20"),
            (HEAD_OF_STATE, "الرئيس الأمريكي", "US", "2021-01-20", "2025-01-20"),
        ],
    },
    {
        "slug": "john-kerry",
        "name_en": "John Kerry",
        "name_ar": "جون كيري",
        "country": "US",
        "aliases": ["جون كيري"],
        "surnames": ["كيري"],
        "offices": [
            (
                FOREIGN_MINISTER,
                "وزير الخارجية الأمريكي",
                "US",
                "2013-02-01",
                "2017-01-20",
            ),
        ],
    },
    {
        "slug": "rex-tillerson",
        "name_en": "Rex Tillerson",
        "name_ar": "ريكس تيلرسون",
        "country": "US",
        "aliases": ["ريكس تيلرسون"],
        "surnames": ["تيلرسون"],
        "offices": [
            # Dismissed on 13 March 2018, in office until the end of the month.
            (
                FOREIGN_MINISTER,
                "وزير الخارجية الأمريكي",
                "US",
                "2017-02-01",
                "2018-03-31",
            ),
        ],
    },
    {
        "slug": "mike-pompeo",
        "name_en": "Mike Pompeo",
        "name_ar": "مايك بومبيو",
        "country": "US",
        "aliases": ["مايك بومبيو"],
        "surnames": ["بومبيو"],
        "offices": [
            (
                OTHER,
                "مدير وكالة المخابرات المركزية الأمريكية",
                "US",
                "2017-01-23",
                "2018-04-26",
            ),
            (
                FOREIGN_MINISTER,
                "وزير الخارجية الأمريكي",
                "US",
                "2018-04-26",
                "2021-01-20",
            ),
        ],
    },
    {
        "slug": "antony-blinken",
        "name_en": "Antony Blinken",
        "name_ar": "أنتوني بلينكن",
        "country": "US",
        "aliases": ["أنتوني بلينكن", "أنتوني بلينكين"],
        "surnames": ["بلينكن", "بلينكين"],
        "offices": [
            (
                FOREIGN_MINISTER,
                "وزير الخارجية الأمريكي",
                "US",
                "2021-01-26",
                "2025-01-20",
            ),
        ],
    },
    {
        "slug": "marco-rubio",
        "name_en": "Marco Rubio",
        "name_ar": "ماركو روبيو",
        "country": "US",
        "aliases": ["ماركو روبيو"],
        "surnames": ["روبيو"],
        "offices": [
            (FOREIGN_MINISTER, "وزير الخارجية الأمريكي", "US", "2025-01-21", None),
        ],
    },
    # --- Turkey ---------------------------------------------------------------------
    {
        "slug": "recep-tayyip-erdogan",
        "name_en": "Recep Tayyip Erdoğan",
        "name_ar": "رجب طيب أردوغان",
        "country": "TR",
        "aliases": ["رجب طيب أردوغان", "رجب طيب أردوجان"],
        "surnames": ["أردوغان", "أردوجان"],
        "offices": [
            (
                HEAD_OF_GOVERNMENT,
                "رئيس الوزراء التركي",
                "TR",
                "2003-03-14",
                "2014-08-28",
            ),
            (HEAD_OF_STATE, "الرئيس التركي", "TR", "2014-08-28", None),
        ],
    },
    {
        "slug": "ahmet-davutoglu",
        "name_en": "Ahmet Davutoğlu",
        "name_ar": "أحمد داود أوغلو",
        "country": "TR",
        "aliases": ["أحمد داود أوغلو", "أحمد داوود أوغلو"],
        "surnames": ["داود أوغلو", "داوود أوغلو"],
        "offices": [
            (
                FOREIGN_MINISTER,
                "وزير الخارجية التركي",
                "TR",
                "2009-05-01",
                "2014-08-29",
            ),
            (
                HEAD_OF_GOVERNMENT,
                "رئيس الوزراء التركي",
                "TR",
                "2014-08-28",
                "2016-05-24",
            ),
        ],
    },
    {
        "slug": "binali-yildirim",
        "name_en": "Binali Yıldırım",
        "name_ar": "بن علي يلدريم",
        "country": "TR",
        "aliases": ["بن علي يلدريم", "بن علي يلدرم"],
        "surnames": ["يلدريم", "يلدرم"],
        "offices": [
            # The office was abolished when the presidential system took effect.
            (
                HEAD_OF_GOVERNMENT,
                "رئيس الوزراء التركي",
                "TR",
                "2016-05-24",
                "2018-07-09",
            ),
        ],
    },
    {
        "slug": "mevlut-cavusoglu",
        "name_en": "Mevlüt Çavuşoğlu",
        "name_ar": "مولود جاويش أوغلو",
        "country": "TR",
        "aliases": [
            "مولود جاويش أوغلو",
            "مولود تشاووش أوغلو",
            "مولود تشاوش أوغلو",
            "مولود جاووش أوغلو",
            "مولود تشاويش أوغلو",
        ],
        "surnames": [
            "جاويش أوغلو",
            "تشاووش أوغلو",
            "تشاوش أوغلو",
            "جاووش أوغلو",
            "تشاويش أوغلو",
        ],
        "offices": [
            # Feridun Sinirlioğlu held the post in the interim government in between.
            (
                FOREIGN_MINISTER,
                "وزير الخارجية التركي",
                "TR",
                "2014-08-29",
                "2015-08-28",
            ),
            (
                FOREIGN_MINISTER,
                "وزير الخارجية التركي",
                "TR",
                "2015-11-24",
                "2023-06-04",
            ),
        ],
    },
    {
        "slug": "hakan-fidan",
        "name_en": "Hakan Fidan",
        "name_ar": "هاكان فيدان",
        "country": "TR",
        "aliases": ["هاكان فيدان"],
        "surnames": ["فيدان"],
        "offices": [
            (FOREIGN_MINISTER, "وزير الخارجية التركي", "TR", "2023-06-04", None),
        ],
    },
    # --- Iran -----------------------------------------------------------------------
    {
        "slug": "ali-khamenei",
        "name_en": "Ali Khamenei",
        "name_ar": "علي خامنئي",
        "country": "IR",
        "aliases": ["علي خامنئي", "آية الله علي خامنئي", "آية الله خامنئي"],
        "surnames": ["خامنئي"],
        "offices": [
            # Constitutionally the head of state; news gives "الرئيس الإيراني" to the
            # president, so the Supreme Leader is filed as another office.
            (OTHER, "المرشد الأعلى الإيراني", "IR", "1989-06-04", None),
        ],
    },
    {
        "slug": "hassan-rouhani",
        "name_en": "Hassan Rouhani",
        "name_ar": "حسن روحاني",
        "country": "IR",
        "aliases": ["حسن روحاني"],
        # Also the adjective "spiritual": a short form, in context only.
        "surnames": ["روحاني"],
        "offices": [
            (HEAD_OF_STATE, "الرئيس الإيراني", "IR", "2013-08-03", "2021-08-03"),
        ],
    },
    {
        "slug": "ebrahim-raisi",
        "name_en": "Ebrahim Raisi",
        "name_ar": "إبراهيم رئيسي",
        "country": "IR",
        "aliases": ["إبراهيم رئيسي"],
        "surnames": [],  # "رئيسي" is the adjective "main"
        "offices": [
            # Killed in a helicopter crash on 19 May 2024.
            (HEAD_OF_STATE, "الرئيس الإيراني", "IR", "2021-08-03", "2024-05-19"),
        ],
    },
    {
        "slug": "masoud-pezeshkian",
        "name_en": "Masoud Pezeshkian",
        "name_ar": "مسعود بزشكيان",
        "country": "IR",
        "aliases": ["مسعود بزشكيان", "مسعود بيزشكيان"],
        "surnames": ["بزشكيان", "بيزشكيان"],
        "offices": [
            # Endorsed by the Supreme Leader on 28 July 2024, sworn in on the 30th.
            (HEAD_OF_STATE, "الرئيس الإيراني", "IR", "2024-07-28", None),
        ],
    },
    {
        "slug": "mohammad-javad-zarif",
        "name_en": "Mohammad Javad Zarif",
        "name_ar": "محمد جواد ظريف",
        "country": "IR",
        "aliases": ["محمد جواد ظريف", "جواد ظريف"],
        "surnames": ["ظريف"],
        "offices": [
            (
                FOREIGN_MINISTER,
                "وزير الخارجية الإيراني",
                "IR",
                "2013-08-15",
                "2021-08-25",
            ),
        ],
    },
    {
        "slug": "hossein-amir-abdollahian",
        "name_en": "Hossein Amir-Abdollahian",
        "name_ar": "حسين أمير عبد اللهيان",
        "country": "IR",
        "aliases": ["حسين أمير عبد اللهيان", "حسين أمير عبداللهيان"],
        "surnames": [
            "أمير عبد اللهيان",
            "أمير عبداللهيان",
            "عبد اللهيان",
            "عبداللهيان",
        ],
        "offices": [
            # Killed in the same crash as Raisi.
            (
                FOREIGN_MINISTER,
                "وزير الخارجية الإيراني",
                "IR",
                "2021-08-25",
                "2024-05-19",
            ),
        ],
    },
    {
        "slug": "abbas-araghchi",
        "name_en": "Abbas Araghchi",
        "name_ar": "عباس عراقجي",
        "country": "IR",
        "aliases": ["عباس عراقجي", "عباس عراقتشي"],
        "surnames": ["عراقجي", "عراقتشي"],
        "offices": [
            # Confirmed by parliament on 21 August 2024.
            (FOREIGN_MINISTER, "وزير الخارجية الإيراني", "IR", "2024-08-21", None),
        ],
    },
    # --- Pakistan -------------------------------------------------------------------
    {
        "slug": "nawaz-sharif",
        "name_en": "Nawaz Sharif",
        "name_ar": "نواز شريف",
        "country": "PK",
        "aliases": ["نواز شريف", "محمد نواز شريف"],
        "surnames": [],  # "شريف": also Shehbaz, and a common name
        "offices": [
            (
                HEAD_OF_GOVERNMENT,
                "رئيس الوزراء الباكستاني",
                "PK",
                "2013-06-05",
                "2017-07-28",
            ),
        ],
    },
    {
        "slug": "imran-khan",
        "name_en": "Imran Khan",
        "name_ar": "عمران خان",
        "country": "PK",
        "aliases": ["عمران خان"],
        "surnames": [],  # "خان" is a title and a common name
        "offices": [
            (
                HEAD_OF_GOVERNMENT,
                "رئيس الوزراء الباكستاني",
                "PK",
                "2018-08-18",
                "2022-04-10",
            ),
        ],
    },
    {
        "slug": "shehbaz-sharif",
        "name_en": "Shehbaz Sharif",
        "name_ar": "شهباز شريف",
        "country": "PK",
        "aliases": ["شهباز شريف", "شاهباز شريف"],
        "surnames": [],
        "offices": [
            (
                HEAD_OF_GOVERNMENT,
                "رئيس الوزراء الباكستاني",
                "PK",
                "2022-04-11",
                "2023-08-14",
            ),
            (HEAD_OF_GOVERNMENT, "رئيس الوزراء الباكستاني", "PK", "2024-03-04", None),
        ],
    },
    {
        "slug": "shah-mahmood-qureshi",
        "name_en": "Shah Mahmood Qureshi",
        "name_ar": "شاه محمود قريشي",
        "country": "PK",
        "aliases": ["شاه محمود قريشي", "شاه محمود قرشي"],
        "surnames": [],  # "قريشي", "قرشي": Qurayshi, a common family name
        "offices": [
            (
                FOREIGN_MINISTER,
                "وزير الخارجية الباكستاني",
                "PK",
                "2018-08-20",
                "2022-04-10",
            ),
        ],
    },
    {
        "slug": "bilawal-bhutto-zardari",
        "name_en": "Bilawal Bhutto Zardari",
        "name_ar": "بلاول بوتو زرداري",
        "country": "PK",
        "aliases": ["بلاول بوتو زرداري", "بلاول بوتو"],
        "surnames": [],  # "بوتو", "زرداري": his mother and his father too
        "offices": [
            (
                FOREIGN_MINISTER,
                "وزير الخارجية الباكستاني",
                "PK",
                "2022-04-27",
                "2023-08-10",
            ),
        ],
    },
    {
        "slug": "ishaq-dar",
        "name_en": "Ishaq Dar",
        "name_ar": "إسحاق دار",
        "country": "PK",
        "aliases": ["إسحاق دار", "إسحق دار"],
        "surnames": [],  # "دار" is the word "house"
        "offices": [
            (FOREIGN_MINISTER, "وزير الخارجية الباكستاني", "PK", "2024-03-11", None),
        ],
    },
    # --- India ----------------------------------------------------------------------
    {
        "slug": "narendra-modi",
        "name_en": "Narendra Modi",
        "name_ar": "ناريندرا مودي",
        "country": "IN",
        "aliases": ["ناريندرا مودي", "ناريندا مودي", "نارندرا مودي"],
        "surnames": ["مودي"],
        "offices": [
            (HEAD_OF_GOVERNMENT, "رئيس الوزراء الهندي", "IN", "2014-05-26", None),
        ],
    },
    {
        "slug": "sushma-swaraj",
        "name_en": "Sushma Swaraj",
        "name_ar": "سوشما سواراج",
        "country": "IN",
        "aliases": ["سوشما سواراج"],
        "surnames": ["سواراج"],
        "offices": [
            (
                FOREIGN_MINISTER,
                "وزيرة الخارجية الهندية",
                "IN",
                "2014-05-26",
                "2019-05-30",
            ),
        ],
    },
    {
        "slug": "subrahmanyam-jaishankar",
        "name_en": "Subrahmanyam Jaishankar",
        "name_ar": "سوبرامانيام جايشانكار",
        "country": "IN",
        "aliases": ["سوبرامانيام جايشانكار", "سوبراهمانيام جايشانكار"],
        "surnames": ["جايشانكار", "جايشانكر"],
        "offices": [
            (FOREIGN_MINISTER, "وزير الخارجية الهندي", "IN", "2019-05-30", None),
        ],
    },
    # --- Afghanistan ----------------------------------------------------------------
    {
        "slug": "hamid-karzai",
        "name_en": "Hamid Karzai",
        "name_ar": "حامد كرزاي",
        "country": "AF",
        "aliases": ["حامد كرزاي"],
        "surnames": ["كرزاي"],
        "offices": [
            # Elected president from 7 December 2004; interim leader from December 2001.
            (HEAD_OF_STATE, "الرئيس الأفغاني", "AF", "2004-12-07", "2014-09-29"),
        ],
    },
    {
        "slug": "ashraf-ghani",
        "name_en": "Ashraf Ghani",
        "name_ar": "أشرف غني",
        "country": "AF",
        "aliases": ["أشرف غني", "محمد أشرف غني", "أشرف غاني"],
        "surnames": [],  # "غني" is the adjective "rich"
        "offices": [
            (HEAD_OF_STATE, "الرئيس الأفغاني", "AF", "2014-09-29", "2021-08-15"),
        ],
    },
    {
        "slug": "hibatullah-akhundzada",
        "name_en": "Hibatullah Akhundzada",
        "name_ar": "هبة الله أخوند زاده",
        "country": "AF",
        "aliases": ["هبة الله أخوند زاده", "هبة الله أخوندزاده"],
        "surnames": ["أخوند زاده", "أخوندزاده"],
        "offices": [
            (OTHER, "زعيم حركة طالبان", "AF", "2016-05-25", "2021-08-15"),
            # Supreme leader of the Taliban's Islamic Emirate, which few recognize.
            (HEAD_OF_STATE, "زعيم حركة طالبان", "AF", "2021-08-15", None),
        ],
    },
    {
        "slug": "amir-khan-muttaqi",
        "name_en": "Amir Khan Muttaqi",
        "name_ar": "أمير خان متقي",
        "country": "AF",
        "aliases": ["أمير خان متقي"],
        "surnames": [],  # "متقي" is the adjective "pious"
        "offices": [
            # Acting foreign minister of the Taliban government.
            (
                FOREIGN_MINISTER,
                "وزير الخارجية في حكومة طالبان",
                "AF",
                "2021-09-07",
                None,
            ),
        ],
    },
    # --- Saudi Arabia ---------------------------------------------------------------
    {
        "slug": "salman-bin-abdulaziz",
        "name_en": "Salman bin Abdulaziz Al Saud",
        "name_ar": "سلمان بن عبد العزيز",
        "country": "SA",
        "aliases": [
            "سلمان بن عبد العزيز",
            "سلمان بن عبدالعزيز",
            "سلمان بن عبد العزيز آل سعود",
            "سلمان بن عبدالعزيز آل سعود",
            "الملك سلمان",
        ],
        "surnames": [],  # "سلمان" is a common name
        "offices": [
            (OTHER, "ولي العهد السعودي", "SA", "2012-06-18", "2015-01-23"),
            (HEAD_OF_STATE, "العاهل السعودي", "SA", "2015-01-23", None),
            # The king chaired the council of ministers until he named his son premier.
            (HEAD_OF_GOVERNMENT, "العاهل السعودي", "SA", "2015-01-23", "2022-09-27"),
        ],
    },
    {
        "slug": "mohammed-bin-salman",
        "name_en": "Mohammed bin Salman",
        "name_ar": "محمد بن سلمان",
        "country": "SA",
        "aliases": [
            "محمد بن سلمان",
            "محمد بن سلمان بن عبد العزيز",
            "محمد بن سلمان بن عبدالعزيز",
        ],
        "surnames": ["بن سلمان"],
        "offices": [
            (OTHER, "ولي العهد السعودي", "SA", "2017-06-21", None),
            (
                HEAD_OF_GOVERNMENT,
                "ولي العهد رئيس مجلس الوزراء السعودي",
                "SA",
                "2022-09-27",
                None,
            ),
        ],
    },
    {
        "slug": "adel-al-jubeir",
        "name_en": "Adel al-Jubeir",
        "name_ar": "عادل الجبير",
        "country": "SA",
        "aliases": ["عادل الجبير"],
        "surnames": ["الجبير"],
        "offices": [
            (
                FOREIGN_MINISTER,
                "وزير الخارجية السعودي",
                "SA",
                "2015-04-29",
                "2018-12-27",
            ),
            (OTHER, "وزير الدولة للشؤون الخارجية السعودي", "SA", "2018-12-27", None),
        ],
    },
    {
        "slug": "faisal-bin-farhan",
        "name_en": "Faisal bin Farhan Al Saud",
        "name_ar": "فيصل بن فرحان",
        "country": "SA",
        "aliases": ["فيصل بن فرحان", "فيصل بن فرحان آل سعود"],
        "surnames": [],
        "offices": [
            (FOREIGN_MINISTER, "وزير الخارجية السعودي", "SA", "2019-10-23", None),
        ],
    },
    # --- Egypt ----------------------------------------------------------------------
    {
        "slug": "abdel-fattah-el-sisi",
        "name_en": "Abdel Fattah el-Sisi",
        "name_ar": "عبد الفتاح السيسي",
        "country": "EG",
        "aliases": ["عبد الفتاح السيسي", "عبدالفتاح السيسي"],
        "surnames": ["السيسي"],
        "offices": [
            (HEAD_OF_STATE, "الرئيس المصري", "EG", "2014-06-08", None),
        ],
    },
    {
        "slug": "sameh-shoukry",
        "name_en": "Sameh Shoukry",
        "name_ar": "سامح شكري",
        "country": "EG",
        "aliases": ["سامح شكري"],
        "surnames": [],  # "شكري" is a first name, and "my thanks"
        "offices": [
            (
                FOREIGN_MINISTER,
                "وزير الخارجية المصري",
                "EG",
                "2014-06-17",
                "2024-07-03",
            ),
        ],
    },
    {
        "slug": "badr-abdelatty",
        "name_en": "Badr Abdelatty",
        "name_ar": "بدر عبد العاطي",
        "country": "EG",
        "aliases": ["بدر عبد العاطي", "بدر عبدالعاطي"],
        "surnames": ["عبد العاطي", "عبدالعاطي"],
        "offices": [
            (FOREIGN_MINISTER, "وزير الخارجية المصري", "EG", "2024-07-03", None),
        ],
    },
    # --- United Arab Emirates -------------------------------------------------------
    {
        "slug": "khalifa-bin-zayed",
        "name_en": "Khalifa bin Zayed Al Nahyan",
        "name_ar": "خليفة بن زايد",
        "country": "AE",
        "aliases": ["خليفة بن زايد", "خليفة بن زايد آل نهيان"],
        "surnames": [],
        "offices": [
            # Died in office on 13 May 2022.
            (HEAD_OF_STATE, "رئيس دولة الإمارات", "AE", "2004-11-03", "2022-05-13"),
        ],
    },
    {
        "slug": "mohamed-bin-zayed",
        "name_en": "Mohamed bin Zayed Al Nahyan",
        "name_ar": "محمد بن زايد",
        "country": "AE",
        "aliases": ["محمد بن زايد", "محمد بن زايد آل نهيان"],
        "surnames": [],  # "بن زايد": Abdullah bin Zayed too
        "offices": [
            (OTHER, "ولي عهد أبوظبي", "AE", "2004-11-03", "2022-05-14"),
            (HEAD_OF_STATE, "رئيس دولة الإمارات", "AE", "2022-05-14", None),
        ],
    },
    {
        "slug": "mohammed-bin-rashid",
        "name_en": "Mohammed bin Rashid Al Maktoum",
        "name_ar": "محمد بن راشد",
        "country": "AE",
        "aliases": ["محمد بن راشد", "محمد بن راشد آل مكتوم"],
        "surnames": [],
        "offices": [
            (
                HEAD_OF_GOVERNMENT,
                "نائب رئيس دولة الإمارات رئيس مجلس الوزراء",
                "AE",
                "2006-01-05",
                None,
            ),
        ],
    },
    {
        "slug": "abdullah-bin-zayed",
        "name_en": "Abdullah bin Zayed Al Nahyan",
        "name_ar": "عبد الله بن زايد",
        "country": "AE",
        "aliases": [
            "عبد الله بن زايد",
            "عبدالله بن زايد",
            "عبد الله بن زايد آل نهيان",
            "عبدالله بن زايد آل نهيان",
        ],
        "surnames": [],
        "offices": [
            (FOREIGN_MINISTER, "وزير الخارجية الإماراتي", "AE", "2006-02-09", None),
        ],
    },
    # --- Qatar ----------------------------------------------------------------------
    {
        "slug": "tamim-bin-hamad",
        "name_en": "Tamim bin Hamad Al Thani",
        "name_ar": "تميم بن حمد",
        "country": "QA",
        "aliases": ["تميم بن حمد", "تميم بن حمد آل ثاني", "الشيخ تميم"],
        "surnames": [],
        "offices": [
            (HEAD_OF_STATE, "أمير قطر", "QA", "2013-06-25", None),
        ],
    },
    {
        "slug": "mohammed-bin-abdulrahman-al-thani",
        "name_en": "Mohammed bin Abdulrahman Al Thani",
        "name_ar": "محمد بن عبد الرحمن آل ثاني",
        "country": "QA",
        "aliases": [
            "محمد بن عبد الرحمن آل ثاني",
            "محمد بن عبدالرحمن آل ثاني",
            "محمد بن عبد الرحمن",
            "محمد بن عبدالرحمن",
        ],
        "surnames": [],
        "offices": [
            (FOREIGN_MINISTER, "وزير الخارجية القطري", "QA", "2016-01-27", None),
            (HEAD_OF_GOVERNMENT, "رئيس مجلس الوزراء القطري", "QA", "2023-03-07", None),
        ],
    },
    # --- Jordan ---------------------------------------------------------------------
    {
        "slug": "abdullah-ii",
        "name_en": "Abdullah II of Jordan",
        "name_ar": "عبد الله الثاني",
        "country": "JO",
        "aliases": [
            "عبد الله الثاني",
            "عبدالله الثاني",
            "عبد الله الثاني بن الحسين",
            "عبدالله الثاني بن الحسين",
        ],
        "surnames": [],
        "offices": [
            (HEAD_OF_STATE, "العاهل الأردني", "JO", "1999-02-07", None),
        ],
    },
    {
        "slug": "ayman-safadi",
        "name_en": "Ayman Safadi",
        "name_ar": "أيمن الصفدي",
        "country": "JO",
        "aliases": ["أيمن الصفدي"],
        "surnames": ["الصفدي"],
        "offices": [
            (FOREIGN_MINISTER, "وزير الخارجية الأردني", "JO", "2017-01-15", None),
        ],
    },
    # --- Syria ----------------------------------------------------------------------
    {
        "slug": "bashar-al-assad",
        "name_en": "Bashar al-Assad",
        "name_ar": "بشار الأسد",
        "country": "SY",
        "aliases": ["بشار الأسد", "بشار حافظ الأسد"],
        # "الأسد" is the word "lion" and his father's and brother's name too.
        "surnames": [],
        "offices": [
            (HEAD_OF_STATE, "الرئيس السوري", "SY", "2000-07-17", "2024-12-08"),
        ],
    },
    {
        "slug": "walid-muallem",
        "name_en": "Walid Muallem",
        "name_ar": "وليد المعلم",
        "country": "SY",
        "aliases": ["وليد المعلم"],
        "surnames": [],  # "المعلم" is the word "teacher"
        "offices": [
            # Died in office on 16 November 2020.
            (
                FOREIGN_MINISTER,
                "وزير الخارجية السوري",
                "SY",
                "2006-02-11",
                "2020-11-16",
            ),
        ],
    },
    {
        "slug": "faisal-mekdad",
        "name_en": "Faisal Mekdad",
        "name_ar": "فيصل المقداد",
        "country": "SY",
        "aliases": ["فيصل المقداد"],
        "surnames": ["المقداد"],
        "offices": [
            (
                FOREIGN_MINISTER,
                "وزير الخارجية السوري",
                "SY",
                "2020-11-22",
                "2024-12-08",
            ),
        ],
    },
    # --- Iraq -----------------------------------------------------------------------
    {
        "slug": "fuad-masum",
        "name_en": "Fuad Masum",
        "name_ar": "فؤاد معصوم",
        "country": "IQ",
        "aliases": ["فؤاد معصوم"],
        "surnames": [],  # "معصوم" is the word "infallible"
        "offices": [
            (HEAD_OF_STATE, "الرئيس العراقي", "IQ", "2014-07-24", "2018-10-02"),
        ],
    },
    {
        "slug": "barham-salih",
        "name_en": "Barham Salih",
        "name_ar": "برهم صالح",
        "country": "IQ",
        "aliases": ["برهم صالح"],
        "surnames": [],  # "صالح" is a common name
        "offices": [
            (HEAD_OF_STATE, "الرئيس العراقي", "IQ", "2018-10-02", "2022-10-17"),
        ],
    },
    {
        "slug": "abdul-latif-rashid",
        "name_en": "Abdul Latif Rashid",
        "name_ar": "عبد اللطيف رشيد",
        "country": "IQ",
        "aliases": ["عبد اللطيف رشيد", "عبداللطيف رشيد", "عبد اللطيف جمال رشيد"],
        "surnames": [],
        "offices": [
            (HEAD_OF_STATE, "الرئيس العراقي", "IQ", "2022-10-17", None),
        ],
    },
    {
        "slug": "haider-al-abadi",
        "name_en": "Haider al-Abadi",
        "name_ar": "حيدر العبادي",
        "country": "IQ",
        "aliases": ["حيدر العبادي"],
        "surnames": ["العبادي"],
        "offices": [
            (
                HEAD_OF_GOVERNMENT,
                "رئيس الوزراء العراقي",
                "IQ",
                "2014-09-08",
                "2018-10-25",
            ),
        ],
    },
    {
        "slug": "adil-abdul-mahdi",
        "name_en": "Adil Abdul-Mahdi",
        "name_ar": "عادل عبد المهدي",
        "country": "IQ",
        "aliases": ["عادل عبد المهدي", "عادل عبدالمهدي"],
        "surnames": ["عبد المهدي", "عبدالمهدي"],
        "offices": [
            (
                HEAD_OF_GOVERNMENT,
                "رئيس الوزراء العراقي",
                "IQ",
                "2018-10-25",
                "2020-05-07",
            ),
        ],
    },
    {
        "slug": "mustafa-al-kadhimi",
        "name_en": "Mustafa al-Kadhimi",
        "name_ar": "مصطفى الكاظمي",
        "country": "IQ",
        "aliases": ["مصطفى الكاظمي"],
        "surnames": ["الكاظمي"],
        "offices": [
            (
                HEAD_OF_GOVERNMENT,
                "رئيس الوزراء العراقي",
                "IQ",
                "2020-05-07",
                "2022-10-27",
            ),
        ],
    },
    {
        "slug": "mohammed-shia-al-sudani",
        "name_en": "Mohammed Shia al-Sudani",
        "name_ar": "محمد شياع السوداني",
        "country": "IQ",
        "aliases": ["محمد شياع السوداني"],
        "surnames": [],  # "السوداني" is the adjective "Sudanese"
        "offices": [
            (HEAD_OF_GOVERNMENT, "رئيس الوزراء العراقي", "IQ", "2022-10-27", None),
        ],
    },
    {
        "slug": "ibrahim-al-jaafari",
        "name_en": "Ibrahim al-Jaafari",
        "name_ar": "إبراهيم الجعفري",
        "country": "IQ",
        "aliases": ["إبراهيم الجعفري"],
        "surnames": [],  # "الجعفري": the Ja'fari school, a common name
        "offices": [
            (
                FOREIGN_MINISTER,
                "وزير الخارجية العراقي",
                "IQ",
                "2014-09-08",
                "2018-10-25",
            ),
        ],
    },
    {
        "slug": "fuad-hussein",
        "name_en": "Fuad Hussein",
        "name_ar": "فؤاد حسين",
        "country": "IQ",
        "aliases": ["فؤاد حسين"],
        "surnames": [],
        "offices": [
            # Approved by parliament on 6 June 2020.
            (FOREIGN_MINISTER, "وزير الخارجية العراقي", "IQ", "2020-06-06", None),
        ],
    },
    # --- Algeria --------------------------------------------------------------------
    {
        "slug": "abdelaziz-bouteflika",
        "name_en": "Abdelaziz Bouteflika",
        "name_ar": "عبد العزيز بوتفليقة",
        "country": "DZ",
        "aliases": ["عبد العزيز بوتفليقة", "عبدالعزيز بوتفليقة"],
        "surnames": ["بوتفليقة"],
        "offices": [
            (HEAD_OF_STATE, "الرئيس الجزائري", "DZ", "1999-04-27", "2019-04-02"),
        ],
    },
    {
        "slug": "abdelmadjid-tebboune",
        "name_en": "Abdelmadjid Tebboune",
        "name_ar": "عبد المجيد تبون",
        "country": "DZ",
        "aliases": ["عبد المجيد تبون", "عبدالمجيد تبون"],
        "surnames": ["تبون"],
        "offices": [
            (HEAD_OF_STATE, "الرئيس الجزائري", "DZ", "2019-12-19", None),
        ],
    },
    {
        "slug": "ramtane-lamamra",
        "name_en": "Ramtane Lamamra",
        "name_ar": "رمطان لعمامرة",
        "country": "DZ",
        "aliases": ["رمطان لعمامرة", "رمضان لعمامرة"],
        "surnames": ["لعمامرة"],
        "offices": [
            (
                FOREIGN_MINISTER,
                "وزير الخارجية الجزائري",
                "DZ",
                "2013-09-11",
                "2017-05-25",
            ),
            # Deputy premier and foreign minister for three weeks of the 2019 protests.
            (
                FOREIGN_MINISTER,
                "وزير الخارجية الجزائري",
                "DZ",
                "2019-03-11",
                "2019-03-31",
            ),
            (
                FOREIGN_MINISTER,
                "وزير الخارجية الجزائري",
                "DZ",
                "2021-07-07",
                "2023-03-16",
            ),
        ],
    },
    {
        "slug": "ahmed-attaf",
        "name_en": "Ahmed Attaf",
        "name_ar": "أحمد عطاف",
        "country": "DZ",
        "aliases": ["أحمد عطاف"],
        "surnames": ["عطاف"],
        "offices": [
            (FOREIGN_MINISTER, "وزير الخارجية الجزائري", "DZ", "2023-03-16", None),
        ],
    },
    # --- Morocco --------------------------------------------------------------------
    {
        "slug": "mohammed-vi",
        "name_en": "Mohammed VI of Morocco",
        "name_ar": "محمد السادس",
        "country": "MA",
        "aliases": ["محمد السادس"],
        "surnames": [],
        "offices": [
            (HEAD_OF_STATE, "العاهل المغربي", "MA", "1999-07-23", None),
        ],
    },
    {
        "slug": "nasser-bourita",
        "name_en": "Nasser Bourita",
        "name_ar": "ناصر بوريطة",
        "country": "MA",
        "aliases": ["ناصر بوريطة"],
        "surnames": ["بوريطة"],
        "offices": [
            (FOREIGN_MINISTER, "وزير الخارجية المغربي", "MA", "2017-04-05", None),
        ],
    },
    # --- Palestine ------------------------------------------------------------------
    {
        "slug": "mahmoud-abbas",
        "name_en": "Mahmoud Abbas",
        "name_ar": "محمود عباس",
        "country": "PS",
        "aliases": ["محمود عباس", "أبو مازن"],
        "surnames": [],  # "عباس" is a common name
        "offices": [
            (HEAD_OF_STATE, "الرئيس الفلسطيني", "PS", "2005-01-15", None),
        ],
    },
    {
        "slug": "riyad-al-maliki",
        "name_en": "Riyad al-Maliki",
        "name_ar": "رياض المالكي",
        "country": "PS",
        "aliases": ["رياض المالكي"],
        "surnames": [],  # "المالكي": Nouri al-Maliki of Iraq, and a common name
        "offices": [
            # From Salam Fayyad's government of 17 June 2007 to Mohammad Mustafa's of
            # 31 March 2024.
            (
                FOREIGN_MINISTER,
                "وزير الخارجية الفلسطيني",
                "PS",
                "2007-06-17",
                "2024-03-31",
            ),
        ],
    },
    # --- Israel ---------------------------------------------------------------------
    {
        "slug": "benjamin-netanyahu",
        "name_en": "Benjamin Netanyahu",
        "name_ar": "بنيامين نتنياهو",
        "country": "IL",
        "aliases": ["بنيامين نتنياهو", "بنيامين نتانياهو"],
        "surnames": ["نتنياهو", "نتانياهو"],
        "offices": [
            (
                HEAD_OF_GOVERNMENT,
                "رئيس الوزراء الإسرائيلي",
                "IL",
                "2009-03-31",
                "2021-06-13",
            ),
            (HEAD_OF_GOVERNMENT, "رئيس الوزراء الإسرائيلي", "IL", "2022-12-29", None),
        ],
    },
    # --- France, the United Kingdom, Germany ----------------------------------------
    {
        "slug": "francois-hollande",
        "name_en": "François Hollande",
        "name_ar": "فرانسوا هولاند",
        "country": "FR",
        "aliases": ["فرانسوا هولاند"],
        "surnames": ["هولاند"],
        "offices": [
            (HEAD_OF_STATE, "الرئيس الفرنسي", "FR", "2012-05-15", "2017-05-14"),
        ],
    },
    {
        "slug": "emmanuel-macron",
        "name_en": "Emmanuel Macron",
        "name_ar": "إيمانويل ماكرون",
        "country": "FR",
        "aliases": ["إيمانويل ماكرون", "إمانويل ماكرون", "إيمانيول ماكرون"],
        "surnames": ["ماكرون"],
        "offices": [
            (HEAD_OF_STATE, "الرئيس الفرنسي", "FR", "2017-05-14", None),
        ],
    },
    {
        "slug": "theresa-may",
        "name_en": "Theresa May",
        "name_ar": "تيريزا ماي",
        "country": "GB",
        "aliases": ["تيريزا ماي", "تريزا ماي", "تيريسا ماي"],
        "surnames": [],  # "ماي": too short and too common
        "offices": [
            (
                HEAD_OF_GOVERNMENT,
                "رئيسة الوزراء البريطانية",
                "GB",
                "2016-07-13",
                "2019-07-24",
            ),
        ],
    },
    {
        "slug": "boris-johnson",
        "name_en": "Boris Johnson",
        "name_ar": "بوريس جونسون",
        "country": "GB",
        "aliases": ["بوريس جونسون"],
        "surnames": ["جونسون"],
        "offices": [
            (
                FOREIGN_MINISTER,
                "وزير الخارجية البريطاني",
                "GB",
                "2016-07-13",
                "2018-07-09",
            ),
            (
                HEAD_OF_GOVERNMENT,
                "رئيس الوزراء البريطاني",
                "GB",
                "2019-07-24",
                "2022-09-06",
            ),
        ],
    },
    {
        "slug": "angela-merkel",
        "name_en": "Angela Merkel",
        "name_ar": "أنغيلا ميركل",
        "country": "DE",
        "aliases": ["أنغيلا ميركل", "أنجيلا ميركل"],
        "surnames": ["ميركل"],
        "offices": [
            (
                HEAD_OF_GOVERNMENT,
                "المستشارة الألمانية",
                "DE",
                "2005-11-22",
                "2021-12-08",
            ),
        ],
    },
    {
        "slug": "olaf-scholz",
        "name_en": "Olaf Scholz",
        "name_ar": "أولاف شولتس",
        "country": "DE",
        "aliases": ["أولاف شولتس", "أولاف شولتز", "أولاف شولز"],
        "surnames": ["شولتس", "شولتز", "شولز"],
        "offices": [
            (HEAD_OF_GOVERNMENT, "المستشار الألماني", "DE", "2021-12-08", "2025-05-06"),
        ],
    },
    # --- Japan ----------------------------------------------------------------------
    {
        "slug": "shinzo-abe",
        "name_en": "Shinzo Abe",
        "name_ar": "شينزو آبي",
        "country": "JP",
        "aliases": ["شينزو آبي"],
        "surnames": [],  # "آبي" folds to "ابي", "my father"
        "offices": [
            (
                HEAD_OF_GOVERNMENT,
                "رئيس الوزراء الياباني",
                "JP",
                "2012-12-26",
                "2020-09-16",
            ),
        ],
    },
    {
        "slug": "fumio-kishida",
        "name_en": "Fumio Kishida",
        "name_ar": "فوميو كيشيدا",
        "country": "JP",
        "aliases": ["فوميو كيشيدا"],
        "surnames": ["كيشيدا"],
        "offices": [
            (
                FOREIGN_MINISTER,
                "وزير الخارجية الياباني",
                "JP",
                "2012-12-26",
                "2017-08-03",
            ),
            (
                HEAD_OF_GOVERNMENT,
                "رئيس الوزراء الياباني",
                "JP",
                "2021-10-04",
                "2024-10-01",
            ),
        ],
    },
]


def all_aliases(person: dict) -> list[str]:
    """What the loader stores: name_ar, the full names, then the short forms."""
    seen, out = set(), []
    for text in [person["name_ar"], *person["aliases"], *person["surnames"]]:
        if text not in seen:
            seen.add(text)
            out.append(text)
    return out


SHORT_FORMS: frozenset[str] = frozenset(s for p in PEOPLE for s in p["surnames"])
SHARED_SHORT_FORMS: frozenset[str] = frozenset(
    s for s in SHORT_FORMS if sum(s in p["surnames"] for p in PEOPLE) > 1
)

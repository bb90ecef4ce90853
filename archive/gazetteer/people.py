"""Officials the archive knows from the start: every one the seed articles name, and the
heads of state, heads of government and foreign ministers of China and the five Central
Asian states since 2013.

Each person is a plain dict:

* `slug`: ASCII, from the English name; the loader's key (`Person.slug`).
* `name_ar`: the preferred Arabic spelling (the one Xinhua's Arabic service uses).
* `aliases`: full names as Arabic news spells them, the preferred one first. Spellings
  that `archive.analysis.normalize` folds together (أ/ا, ى/ي, ة/ه, ئ/ي) are given once.
* `surnames`: the SHORT FORMS news uses alone after the first mention ("وانغ", "رحمن",
  "مهر الدين"). They are stored as `PersonAlias` rows too, after the full names, but the
  entity matcher should accept them only in context (the person named in full earlier
  in the same article, or next to a title): "شي", "رحمن" and "مهر الدين" are also
  ordinary words or names. `SHORT_FORMS` lists them all; `SHARED_SHORT_FORMS` those two
  people share (the two Berdimuhamedows), which only a date or a first name can settle.
  "لي" (Li Keqiang, Li Qiang) is no short form here: it is the Arabic word "to me".
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

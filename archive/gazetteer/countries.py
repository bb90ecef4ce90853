"""Countries: every ISO 3166-1 entry, under the names Arabic news prints.

Conventions for `CountryAlias` rows (the entity matcher relies on them):

* Text is stored without tashkeel or tatweel; `normalized` is
  `archive.arabic.normalize` of the text and is unique across all countries: one
  spelling names one country.
* A country's name is stored as news writes it, with ال only when the name itself
  carries it: "الصين", "الهند", "الولايات المتحدة", but "كازاخستان", "روسيا".
  The matcher strips clitics (و ف ب ل ك) in front of a name, never its own ال.
* Adjectives and demonyms (`is_adjective=True`) are stored WITHOUT ال on every word:
  "صيني", "صينية", "صينيون", "صينيين", "كوري جنوبي". The matcher removes ال (and
  clitics: "والصيني", "بالصينية") before looking them up. Every adjective below is given
  in the masculine singular and `inflect` adds the feminine and the two plurals;
  irregular plurals ("روس", "أتراك", "كازاخ") are listed as they are.
* Ambiguous adjectives are left out on purpose: "كوري" (KR or KP), "كونغولي" (CG or CD),
  "غيني" (GN, GQ, GW or PG), "قمري" (Comoros, but also "lunar": التقويم القمري),
  "مالي" (Mali, but also "financial"; the country name "مالي" has to stay),
  "مجري" (Hungarian, but also مجرى "course"), "روماني" (Romanian or Roman),
  "إنجليزي" (the language; الدوري الإنجليزي), "عربي".

Regions (`archive.models.Region`) follow the UN M49 geoscheme, except that the 22 Arab
League states form `arab_world` wherever they lie, the five Central Asian states
`central_asia`, and:

* AF (Afghanistan) is `south_asia`, as M49 places it; Iran too would be south_asia in
  M49, but Arabic news treats it with Turkey and the Caucasus: `west_asia`.
* EH (Western Sahara) is not an Arab League member: `africa`.
* HK, MO and TW are `east_asia`; AQ (Antarctica) is `other`, the only one.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from dataclasses import dataclass, field

import pycountry

from archive.arabic import MARKS, normalize

_MARKS = re.compile(f"[{MARKS}]")


def strip_marks(text: str) -> str:
    """Text as news prints it: no harakat, shadda, sukun, dagger alef or tatweel."""
    text = _MARKS.sub("", unicodedata.normalize("NFC", text))
    text = re.sub(r"\sو\s+", " و", text)  # pycountry's "البوسنة و الهرسك"
    return " ".join(text.split())


# --- Regions ----------------------------------------------------------------------

CENTRAL_ASIA = {"KZ", "KG", "TJ", "TM", "UZ"}
EAST_ASIA = {"CN", "JP", "KR", "KP", "MN", "TW", "HK", "MO"}
SOUTH_ASIA = {"AF", "IN", "PK", "BD", "LK", "NP", "BT", "MV"}
SOUTHEAST_ASIA = {"BN", "KH", "ID", "LA", "MM", "MY", "PH", "SG", "TH", "TL", "VN"}
WEST_ASIA = {"IR", "TR", "IL", "CY", "AM", "AZ", "GE"}
# The 22 members of the League of Arab States (Syria's seat included).
ARAB_LEAGUE = {
    "DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR",
    "MA", "OM", "PS", "QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE",
}  # fmt: skip
EUROPE = {
    "AD", "AL", "AT", "AX", "BA", "BE", "BG", "BY", "CH", "CZ", "DE", "DK", "EE",
    "ES", "FI", "FO", "FR", "GB", "GG", "GI", "GR", "HR", "HU", "IE", "IM", "IS",
    "IT", "JE", "LI", "LT", "LU", "LV", "MC", "MD", "ME", "MK", "MT", "NL", "NO",
    "PL", "PT", "RO", "RS", "RU", "SE", "SI", "SJ", "SK", "SM", "UA", "VA",
}  # fmt: skip
AFRICA = {
    "AO", "BF", "BI", "BJ", "BW", "CD", "CF", "CG", "CI", "CM", "CV", "EH", "ER",
    "ET", "GA", "GH", "GM", "GN", "GQ", "GW", "IO", "KE", "LR", "LS", "MG", "ML",
    "MU", "MW", "MZ", "NA", "NE", "NG", "RE", "RW", "SC", "SH", "SL", "SN", "SS",
    "ST", "SZ", "TD", "TF", "TG", "TZ", "UG", "YT", "ZA", "ZM", "ZW",
}  # fmt: skip
AMERICAS = {
    "AG", "AI", "AR", "AW", "BB", "BL", "BM", "BO", "BQ", "BR", "BS", "BV", "BZ",
    "CA", "CL", "CO", "CR", "CU", "CW", "DM", "DO", "EC", "FK", "GD", "GF", "GL",
    "GP", "GS", "GT", "GY", "HN", "HT", "JM", "KN", "KY", "LC", "MF", "MQ", "MS",
    "MX", "NI", "PA", "PE", "PM", "PR", "PY", "SR", "SV", "SX", "TC", "TT", "US",
    "UY", "VC", "VE", "VG", "VI",
}  # fmt: skip
OCEANIA = {
    "AS", "AU", "CC", "CK", "CX", "FJ", "FM", "GU", "HM", "KI", "MH", "MP", "NC",
    "NF", "NR", "NU", "NZ", "PF", "PG", "PN", "PW", "SB", "TK", "TO", "TV", "UM",
    "VU", "WF", "WS",
}  # fmt: skip

REGIONS = {
    "central_asia": CENTRAL_ASIA,
    "east_asia": EAST_ASIA,
    "south_asia": SOUTH_ASIA,
    "southeast_asia": SOUTHEAST_ASIA,
    "west_asia": WEST_ASIA,
    "arab_world": ARAB_LEAGUE,
    "europe": EUROPE,
    "africa": AFRICA,
    "americas": AMERICAS,
    "oceania": OCEANIA,
}


def region_of(code: str) -> str:
    return next((r for r, codes in REGIONS.items() if code in codes), "other")


# --- Names ------------------------------------------------------------------------

# The display name, as Arabic news writes it (pycountry's translation is often a
# literal or dated one: "الاتحاد الروسي", "روسيا البيضاء", "Türkiye", "صربية"...).
NAME_AR = {
    "AD": "أندورا", "AE": "الإمارات العربية المتحدة", "AF": "أفغانستان",
    "AG": "أنتيغوا وباربودا", "AI": "أنغويلا", "AL": "ألبانيا", "AM": "أرمينيا",
    "AO": "أنغولا", "AQ": "أنتاركتيكا", "AR": "الأرجنتين", "AS": "ساموا الأمريكية",
    "AT": "النمسا", "AU": "أستراليا", "AW": "أروبا", "AX": "جزر آلاند",
    "AZ": "أذربيجان", "BA": "البوسنة والهرسك", "BB": "باربادوس", "BD": "بنغلاديش",
    "BE": "بلجيكا", "BF": "بوركينا فاسو", "BG": "بلغاريا", "BH": "البحرين",
    "BI": "بوروندي", "BJ": "بنين", "BL": "سان بارتيلمي", "BM": "برمودا",
    "BN": "بروناي", "BO": "بوليفيا", "BQ": "بونير وسينت أوستاتيوس وسابا",
    "BR": "البرازيل", "BS": "جزر البهاما", "BT": "بوتان", "BV": "جزيرة بوفيه",
    "BW": "بوتسوانا", "BY": "بيلاروسيا", "BZ": "بليز", "CA": "كندا",
    "CC": "جزر كوكوس", "CD": "الكونغو الديمقراطية", "CF": "أفريقيا الوسطى",
    "CG": "الكونغو", "CH": "سويسرا", "CI": "كوت ديفوار", "CK": "جزر كوك",
    "CL": "تشيلي", "CM": "الكاميرون", "CN": "الصين", "CO": "كولومبيا",
    "CR": "كوستاريكا", "CU": "كوبا", "CV": "الرأس الأخضر", "CW": "كوراساو",
    "CX": "جزيرة عيد الميلاد", "CY": "قبرص", "CZ": "التشيك", "DE": "ألمانيا",
    "DJ": "جيبوتي", "DK": "الدنمارك", "DM": "دومينيكا", "DO": "جمهورية الدومينيكان",
    "DZ": "الجزائر", "EC": "الإكوادور", "EE": "إستونيا", "EG": "مصر",
    "EH": "الصحراء الغربية", "ER": "إريتريا", "ES": "إسبانيا", "ET": "إثيوبيا",
    "FI": "فنلندا", "FJ": "فيجي", "FK": "جزر فوكلاند", "FM": "ميكرونيزيا",
    "FO": "جزر فارو", "FR": "فرنسا", "GA": "الغابون", "GB": "المملكة المتحدة",
    "GD": "غرينادا", "GE": "جورجيا", "GF": "غويانا الفرنسية", "GG": "غيرنزي",
    "GH": "غانا", "GI": "جبل طارق", "GL": "غرينلاند", "GM": "غامبيا", "GN": "غينيا",
    "GP": "غوادلوب", "GQ": "غينيا الاستوائية", "GR": "اليونان",
    "GS": "جورجيا الجنوبية وجزر ساندويتش الجنوبية", "GT": "غواتيمالا", "GU": "غوام",
    "GW": "غينيا بيساو", "GY": "غيانا", "HK": "هونغ كونغ",
    "HM": "جزيرة هيرد وجزر ماكدونالد", "HN": "هندوراس", "HR": "كرواتيا",
    "HT": "هايتي", "HU": "المجر", "ID": "إندونيسيا", "IE": "أيرلندا",
    "IL": "إسرائيل", "IM": "جزيرة مان", "IN": "الهند",
    "IO": "إقليم المحيط الهندي البريطاني", "IQ": "العراق", "IR": "إيران",
    "IS": "آيسلندا", "IT": "إيطاليا", "JE": "جيرسي", "JM": "جامايكا", "JO": "الأردن",
    "JP": "اليابان", "KE": "كينيا", "KG": "قيرغيزستان", "KH": "كمبوديا",
    "KI": "كيريباتي", "KM": "جزر القمر", "KN": "سانت كيتس ونيفيس",
    "KP": "كوريا الشمالية", "KR": "كوريا الجنوبية", "KW": "الكويت",
    "KY": "جزر كايمان", "KZ": "كازاخستان", "LA": "لاوس", "LB": "لبنان",
    "LC": "سانت لوسيا", "LI": "ليختنشتاين", "LK": "سريلانكا", "LR": "ليبيريا",
    "LS": "ليسوتو", "LT": "ليتوانيا", "LU": "لوكسمبورغ", "LV": "لاتفيا",
    "LY": "ليبيا", "MA": "المغرب", "MC": "موناكو", "MD": "مولدوفا",
    "ME": "الجبل الأسود", "MF": "سان مارتن", "MG": "مدغشقر", "MH": "جزر مارشال",
    "MK": "مقدونيا الشمالية", "ML": "مالي", "MM": "ميانمار", "MN": "منغوليا",
    "MO": "ماكاو", "MP": "جزر ماريانا الشمالية", "MQ": "مارتينيك", "MR": "موريتانيا",
    "MS": "مونتسرات", "MT": "مالطا", "MU": "موريشيوس", "MV": "جزر المالديف",
    "MW": "مالاوي", "MX": "المكسيك", "MY": "ماليزيا", "MZ": "موزمبيق",
    "NA": "ناميبيا", "NC": "كاليدونيا الجديدة", "NE": "النيجر", "NF": "جزيرة نورفولك",
    "NG": "نيجيريا", "NI": "نيكاراغوا", "NL": "هولندا", "NO": "النرويج",
    "NP": "نيبال", "NR": "ناورو", "NU": "نييوي", "NZ": "نيوزيلندا",
    "OM": "سلطنة عمان", "PA": "بنما", "PE": "بيرو", "PF": "بولينيزيا الفرنسية",
    "PG": "بابوا غينيا الجديدة", "PH": "الفلبين", "PK": "باكستان", "PL": "بولندا",
    "PM": "سان بيير وميكلون", "PN": "جزر بيتكيرن", "PR": "بورتوريكو",
    "PS": "فلسطين", "PT": "البرتغال", "PW": "بالاو", "PY": "باراغواي", "QA": "قطر",
    "RE": "ريونيون", "RO": "رومانيا", "RS": "صربيا", "RU": "روسيا", "RW": "رواندا",
    "SA": "المملكة العربية السعودية", "SB": "جزر سليمان", "SC": "سيشل",
    "SD": "السودان", "SE": "السويد", "SG": "سنغافورة", "SH": "سانت هيلينا",
    "SI": "سلوفينيا", "SJ": "سفالبارد ويان ماين", "SK": "سلوفاكيا",
    "SL": "سيراليون", "SM": "سان مارينو", "SN": "السنغال", "SO": "الصومال",
    "SR": "سورينام", "SS": "جنوب السودان", "ST": "ساو تومي وبرينسيب",
    "SV": "السلفادور", "SX": "سينت مارتن", "SY": "سوريا", "SZ": "إسواتيني",
    "TC": "جزر تركس وكايكوس", "TD": "تشاد", "TF": "الأقاليم الفرنسية الجنوبية",
    "TG": "توغو", "TH": "تايلاند", "TJ": "طاجيكستان", "TK": "توكيلاو",
    "TL": "تيمور الشرقية", "TM": "تركمانستان", "TN": "تونس", "TO": "تونغا",
    "TR": "تركيا", "TT": "ترينيداد وتوباغو", "TV": "توفالو", "TW": "تايوان",
    "TZ": "تنزانيا", "UA": "أوكرانيا", "UG": "أوغندا",
    "UM": "جزر الولايات المتحدة الصغيرة النائية", "US": "الولايات المتحدة",
    "UY": "الأوروغواي", "UZ": "أوزبكستان", "VA": "الفاتيكان",
    "VC": "سانت فنسنت والغرينادين", "VE": "فنزويلا", "VG": "جزر العذراء البريطانية",
    "VI": "جزر العذراء الأمريكية", "VN": "فيتنام", "VU": "فانواتو",
    "WF": "واليس وفوتونا", "WS": "ساموا", "YE": "اليمن", "YT": "مايوت",
    "ZA": "جنوب أفريقيا", "ZM": "زامبيا", "ZW": "زيمبابوي",
}  # fmt: skip

# English names where pycountry's (ISO's) form reads badly in a list.
NAME_EN = {
    "BN": "Brunei",
    "CD": "Democratic Republic of the Congo",
    "FK": "Falkland Islands",
    "FM": "Micronesia",
    "MF": "Saint Martin",
    "PS": "Palestine",
    "RU": "Russia",
    "SH": "Saint Helena",
    "SX": "Sint Maarten",
    "TW": "Taiwan",
    "VA": "Vatican City",
    "VG": "British Virgin Islands",
    "VI": "United States Virgin Islands",
}


@dataclass(frozen=True)
class Spellings:
    """Curated spellings: names, adjectives to inflect, forms to take as they are."""

    names: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()


def _s(names="", adjectives="", demonyms="") -> Spellings:
    """Spellings from '|'-separated strings (several words may make one spelling)."""

    def split(text):
        return tuple(p.strip() for p in text.split("|") if p.strip())

    return Spellings(split(names), split(adjectives), split(demonyms))


# Names first (the display name is added on its own), then adjectives in the masculine
# singular without ال, then irregular plurals / demonyms as written (without ال).
CURATED: dict[str, Spellings] = {
    # China and its neighbours
    "CN": _s(
        "الصين|جمهورية الصين الشعبية|الصين الشعبية|البر الرئيسي الصيني",
        "صيني",
    ),
    "KZ": _s(
        "كازاخستان|قازاقستان|كازخستان|قازاخستان|كزاخستان|جمهورية كازاخستان",
        "كازاخستاني|كازاخي|قازاقي|قازاقستاني|كازخستاني|قازاخستاني|كزاخستاني",
        "كازاخ|قازاق",
    ),
    "KG": _s(
        "قيرغيزستان|قرغيزستان|قيرغزستان|قرغزستان|قرغيزيا|قيرغيزيا|كيرغيزستان"
        "|جمهورية قيرغيزستان|الجمهورية القيرغيزية",
        "قيرغيزي|قرغيزي|قيرغزي|قرغزي|قيرغيزستاني|قرغيزستاني|كيرغيزي",
        "قيرغيز|قرغيز",
    ),
    "TJ": _s(
        "طاجيكستان|طاجكستان|طاجيكيستان|جمهورية طاجيكستان",
        "طاجيكي|طاجكي|طاجيكستاني|طاجكستاني",
        "طاجيك|طاجك",
    ),
    "TM": _s(
        "تركمانستان|تركمنستان|تركمينستان|جمهورية تركمانستان",
        "تركماني|تركمانستاني|تركمنستاني|تركمني",
        "تركمان",
    ),
    "UZ": _s(
        "أوزبكستان|أوزبكيستان|أوزباكستان|أوزبيكستان|جمهورية أوزبكستان",
        "أوزبكي|أوزبكستاني|أوزبيكي|أوزبكيستاني|أوزباكستاني",
        "أوزبك",
    ),
    "AF": _s(
        "أفغانستان|جمهورية أفغانستان الإسلامية|إمارة أفغانستان الإسلامية",
        "أفغاني",
        "أفغان",
    ),
    "RU": _s("روسيا|الاتحاد الروسي|روسيا الاتحادية", "روسي", "روس"),
    "IR": _s("إيران|الجمهورية الإسلامية الإيرانية|جمهورية إيران الإسلامية", "إيراني"),
    "TR": _s("تركيا|الجمهورية التركية|جمهورية تركيا", "تركي", "أتراك"),
    "PK": _s("باكستان|جمهورية باكستان الإسلامية", "باكستاني"),
    "IN": _s("الهند|جمهورية الهند", "هندي", "هنود"),
    "MN": _s("منغوليا|مونغوليا|منغوليا الخارجية", "منغولي|مونغولي"),
    "US": _s(
        "الولايات المتحدة|الولايات المتحدة الأمريكية|الولايات المتحدة الأميركية"
        "|أمريكا|أميركا",
        "أمريكي|أميركي",
        "أمريكان|أميركان",
    ),
    "GB": _s(
        "المملكة المتحدة|بريطانيا|بريطانيا العظمى"
        "|المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية",
        "بريطاني",
    ),
    "FR": _s("فرنسا|الجمهورية الفرنسية", "فرنسي"),
    "DE": _s("ألمانيا|جمهورية ألمانيا الاتحادية", "ألماني", "ألمان"),
    "JP": _s("اليابان", "ياباني"),
    # The 22 Arab League states
    "DZ": _s(
        "الجزائر|الجمهورية الجزائرية|الجمهورية الجزائرية الديمقراطية الشعبية",
        "جزائري",
    ),
    "BH": _s("البحرين|مملكة البحرين", "بحريني"),
    "KM": _s("جزر القمر|جمهورية القمر المتحدة|اتحاد جزر القمر"),
    "DJ": _s("جيبوتي|جمهورية جيبوتي"),
    "EG": _s("مصر|جمهورية مصر العربية", "مصري"),
    "IQ": _s("العراق|جمهورية العراق", "عراقي"),
    "JO": _s("الأردن|المملكة الأردنية الهاشمية|المملكة الأردنية", "أردني"),
    "KW": _s("الكويت|دولة الكويت", "كويتي"),
    "LB": _s("لبنان|الجمهورية اللبنانية", "لبناني"),
    "LY": _s("ليبيا|دولة ليبيا", "ليبي"),
    "MR": _s("موريتانيا|الجمهورية الإسلامية الموريتانية", "موريتاني"),
    "MA": _s("المغرب|المملكة المغربية", "مغربي", "مغاربة"),
    "OM": _s("سلطنة عمان|عمان", "عماني"),
    "PS": _s("فلسطين|دولة فلسطين|الأراضي الفلسطينية", "فلسطيني"),
    "QA": _s("قطر|دولة قطر", "قطري"),
    "SA": _s("المملكة العربية السعودية|السعودية|المملكة السعودية", "سعودي"),
    "SO": _s("الصومال|جمهورية الصومال|جمهورية الصومال الفيدرالية", "صومالي"),
    "SD": _s("السودان|جمهورية السودان", "سوداني"),
    "SY": _s("سوريا|سورية|الجمهورية العربية السورية", "سوري"),
    "TN": _s("تونس|الجمهورية التونسية", "تونسي", "توانسة"),
    "AE": _s(
        "الإمارات العربية المتحدة|الإمارات|دولة الإمارات|دولة الإمارات العربية المتحدة",
        "إماراتي",
    ),
    "YE": _s("اليمن|الجمهورية اليمنية", "يمني"),
    # Others often in diplomatic news
    "AM": _s("أرمينيا|أرمينية", "أرميني", "أرمن"),
    "AU": _s("أستراليا", "أسترالي"),
    "AR": _s("الأرجنتين", "أرجنتيني"),
    "AT": _s("النمسا", "نمساوي"),
    "AZ": _s("أذربيجان", "أذربيجاني|أذري"),
    "BD": _s("بنغلاديش|بنغلادش|بنجلاديش", "بنغلاديشي"),
    "BE": _s("بلجيكا", "بلجيكي"),
    "BG": _s("بلغاريا", "بلغاري"),
    "BR": _s("البرازيل", "برازيلي"),
    "BY": _s("بيلاروسيا|بيلاروس|روسيا البيضاء", "بيلاروسي"),
    "CA": _s("كندا", "كندي"),
    "CD": _s(
        "الكونغو الديمقراطية|جمهورية الكونغو الديمقراطية|الكونغو الديموقراطية"
        "|الكونغو كينشاسا"
    ),
    "CG": _s("الكونغو|جمهورية الكونغو|الكونغو برازافيل"),
    "CF": _s("أفريقيا الوسطى|جمهورية أفريقيا الوسطى|إفريقيا الوسطى"),
    "CH": _s("سويسرا", "سويسري"),
    "CI": _s("كوت ديفوار|ساحل العاج", "إيفواري"),
    "CO": _s("كولومبيا", "كولومبي"),
    "CU": _s("كوبا", "كوبي"),
    "CY": _s("قبرص", "قبرصي"),
    "CZ": _s("التشيك|جمهورية التشيك|تشيكيا", "تشيكي"),
    "DK": _s("الدنمارك", "دنماركي"),
    "ER": _s("إريتريا|أريتريا", "إريتري"),
    "ES": _s("إسبانيا|أسبانيا", "إسباني"),
    "ET": _s("إثيوبيا|أثيوبيا", "إثيوبي"),
    "FI": _s("فنلندا", "فنلندي"),
    "GE": _s("جورجيا", "جورجي"),
    "GR": _s("اليونان", "يوناني"),
    "HK": _s("هونغ كونغ|هونج كونج|هونغكونغ"),
    "HR": _s("كرواتيا", "كرواتي"),
    "ID": _s("إندونيسيا", "إندونيسي"),
    "IE": _s("أيرلندا|إيرلندا|جمهورية أيرلندا", "أيرلندي"),
    "IL": _s("إسرائيل", "إسرائيلي"),
    "IT": _s("إيطاليا", "إيطالي"),
    "KE": _s("كينيا", "كيني"),
    "KH": _s("كمبوديا", "كمبودي"),
    "KP": _s(
        "كوريا الشمالية|كوريا الديمقراطية|جمهورية كوريا الديمقراطية الشعبية",
        "كوري شمالي",
    ),
    "KR": _s("كوريا الجنوبية|جمهورية كوريا", "كوري جنوبي"),
    "LA": _s("لاوس"),
    "LK": _s("سريلانكا|سري لانكا", "سريلانكي"),
    "MK": _s("مقدونيا الشمالية|مقدونيا", "مقدوني"),
    "MM": _s("ميانمار|بورما", "ميانماري"),
    "MO": _s("ماكاو|مكاو"),
    "MX": _s("المكسيك", "مكسيكي"),
    "MY": _s("ماليزيا", "ماليزي"),
    "NE": _s("النيجر", "نيجري"),
    "NG": _s("نيجيريا", "نيجيري"),
    "NL": _s("هولندا", "هولندي"),
    "NO": _s("النرويج", "نرويجي"),
    "NP": _s("نيبال", "نيبالي"),
    "NZ": _s("نيوزيلندا|نيوزيلاندا", "نيوزيلندي"),
    "PH": _s("الفلبين", "فلبيني"),
    "PL": _s("بولندا|بولونيا", "بولندي"),
    "PT": _s("البرتغال", "برتغالي"),
    "RS": _s("صربيا", "صربي"),
    "SE": _s("السويد", "سويدي"),
    "SG": _s("سنغافورة", "سنغافوري"),
    "SN": _s("السنغال", "سنغالي"),
    "SS": _s("جنوب السودان|دولة جنوب السودان", "جنوب سوداني"),
    "SZ": _s("إسواتيني|سوازيلاند"),
    "TD": _s("تشاد", "تشادي"),
    "TH": _s("تايلاند|تايلند", "تايلاندي"),
    "TL": _s("تيمور الشرقية|تيمور ليشتي"),
    "TW": _s("تايوان", "تايواني"),
    "TZ": _s("تنزانيا", "تنزاني"),
    "UA": _s("أوكرانيا", "أوكراني"),
    "VA": _s("الفاتيكان|الكرسي الرسولي|دولة الفاتيكان", "فاتيكاني"),
    "VE": _s("فنزويلا", "فنزويلي"),
    "VN": _s("فيتنام|فييتنام", "فيتنامي"),
    "ZA": _s("جنوب أفريقيا|جنوب إفريقيا", "جنوب أفريقي"),
}

# Parts of pycountry's Arabic names that are no name news would print.
PYCOUNTRY_SKIP = {
    "محافظة صينية",  # TW: "تايوان، محافظة صينية"
    "فيرجن",  # VG and VI: "فيرجن، جزر فيرجن ..."
    "المقعد المقدس",  # VA: a literal "Holy See"
    "ولاية مدينة الفاتيكان",
    "تريستان دا كونا",  # SH
    "الكونغو",  # CD's first part: the name of CG
    "كوريا",  # KR and KP
    "القطاع الفرنسي",  # MF: "سانت مارتين (القطاع الفرنسي)"
    "الجزء الهولندي",  # SX
    "سانت مارتن",  # SX, but the island's French half is MF
}


def inflect(adjective: str) -> list[str]:
    """Masculine singular, feminine, nominative and oblique plurals: صيني → صينية ..."""
    words = adjective.split()

    def form(suffix: str) -> str:
        return " ".join(w + suffix if w.endswith("ي") else w for w in words)

    return [adjective, form("ة"), form("ون"), form("ين")]


@dataclass
class CountryRow:
    code: str
    name_en: str
    name_ar: str
    region: str
    # (text, is_adjective), curated first; each normalized spelling once per country
    aliases: list[tuple[str, bool]] = field(default_factory=list)


def _translator():
    return gettext.translation(
        "iso3166-1", pycountry.LOCALES_DIR, languages=["ar"], fallback=True
    ).gettext


def _pycountry_parts(translated: str) -> list[str]:
    """Both parts of "كوريا، جمهورية كوريا" and of "المجر (هنغاريا)", marks removed."""
    text = strip_marks(translated)
    if not re.search("[\u0621-\u064a]", text):
        return []  # left untranslated ("Türkiye")
    parts = re.split(r"[،,()]", text)
    return [p.strip() for p in parts if p.strip() and p.strip() not in PYCOUNTRY_SKIP]


def curated_aliases(code: str) -> list[tuple[str, bool]]:
    """The hand-written spellings of one country: (text, is_adjective)."""
    spellings = CURATED.get(code, Spellings())
    out = [(NAME_AR[code], False)]
    out += [(strip_marks(n), False) for n in spellings.names]
    for adjective in spellings.adjectives:
        out += [(strip_marks(a), True) for a in inflect(adjective)]
    out += [(strip_marks(d), True) for d in spellings.demonyms]
    return out


def curated_collisions() -> dict[str, set[str]]:
    """Normalized curated spellings that two countries claim (should be empty)."""
    owners: dict[str, set[str]] = {}
    for code in NAME_AR:
        for text, _ in curated_aliases(code):
            owners.setdefault(normalize(text), set()).add(code)
    return {n: codes for n, codes in owners.items() if len(codes) > 1}


def country_rows() -> list[CountryRow]:
    """Every ISO 3166-1 country with its names, region and aliases, ready to load.

    Curated spellings must not collide across countries (ValueError); a spelling that
    only pycountry's translation gives is dropped when another country already has it.
    """
    clashes = curated_collisions()
    if clashes:
        raise ValueError(f"one spelling, several countries: {clashes}")
    translate = _translator()
    rows, taken = [], {}
    for entry in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        code = entry.alpha_2
        name_en = NAME_EN.get(code) or getattr(entry, "common_name", None) or entry.name
        row = CountryRow(code, name_en, NAME_AR[code], region_of(code))
        for text, adjective in curated_aliases(code):
            key = normalize(text)
            if key not in taken:
                taken[key] = code
                row.aliases.append((text, adjective))
        rows.append(row)
    for row, entry in zip(
        rows, sorted(pycountry.countries, key=lambda c: c.alpha_2), strict=True
    ):
        for text in _pycountry_parts(translate(entry.name)):
            key = normalize(text)
            if key not in taken:
                taken[key] = row.code
                row.aliases.append((text, False))
    return rows

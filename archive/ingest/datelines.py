"""Dates as Arabic news prints them: datelines, explicit dates, weekdays, stamps.

Every pattern runs on a copy of the text whose Arabic-Indic and Persian digits are
folded to ASCII one for one, so offsets found in the copy hold in the original.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from hijridate import Hijri

from archive.arabic import MARKS
from archive.dates import PartialDate

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)
_MARKS = re.compile(f"[{MARKS}]")
_LETTER_FOLDS = str.maketrans("أإآٱىة", "اااايه")

# Egypt and the Gulf, the Levant and Iraq, Algeria and Tunisia, Morocco.
GREGORIAN_MONTHS = {
    1: ("يناير", "كانون الثاني", "كانون ثاني", "جانفي"),
    2: ("فبراير", "شباط", "فيفري"),
    3: ("مارس", "آذار"),
    4: ("أبريل", "نيسان", "أفريل"),
    5: ("مايو", "أيار", "ماي"),
    6: ("يونيو", "يونيه", "حزيران", "جوان"),
    7: ("يوليو", "يوليه", "تموز", "جويلية", "يوليوز"),
    8: ("أغسطس", "آب", "أوت", "غشت"),
    9: ("سبتمبر", "أيلول", "شتنبر"),
    10: ("أكتوبر", "تشرين الأول", "تشرين أول"),
    11: ("نوفمبر", "تشرين الثاني", "تشرين ثاني", "نونبر"),
    12: ("ديسمبر", "كانون الأول", "كانون أول", "دجنبر"),
}
HIJRI_MONTHS = {
    1: ("محرم", "المحرم"),
    2: ("صفر",),
    3: ("ربيع الأول",),
    4: ("ربيع الآخر", "ربيع الثاني"),
    5: ("جمادى الأولى", "جمادى الأول"),
    6: ("جمادى الآخرة", "جمادى الثانية", "جمادى الآخر"),
    7: ("رجب",),
    8: ("شعبان",),
    9: ("رمضان",),
    10: ("شوال",),
    11: ("ذو القعدة", "ذي القعدة"),
    12: ("ذو الحجة", "ذي الحجة"),
}
_WEEKDAY_NAMES = {
    0: ("الاثنين", "الإثنين", "الأثنين"),
    1: ("الثلاثاء",),
    2: ("الأربعاء", "الاربعاء"),
    3: ("الخميس",),
    4: ("الجمعة",),
    5: ("السبت",),
    6: ("الأحد", "الاحد"),
}
WEEKDAYS = {
    form: number
    for number, names in _WEEKDAY_NAMES.items()
    for name in names
    for form in (name, name[2:], f"يوم {name}", f"يوم {name[2:]}")
}


def _ordinal_days() -> dict[str, int]:
    """Day ordinals in words ("السادس من آذار"); "الحادي" stands only in compounds."""
    units = "الحادي الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع".split()
    days = {"الأول": 1, "العاشر": 10, "العشرين": 20, "الثلاثين": 30}
    days["الحادي والثلاثين"] = 31
    for number, unit in enumerate(units, 1):
        if number > 1:
            days[unit] = number
        days[f"{unit} عشر"] = 10 + number
        days[f"{unit} والعشرين"] = 20 + number
    return days


def _fold(text: str) -> str:
    """Spelling-blind key: no marks, one alef, final ya and ta marbuta folded."""
    return " ".join(_MARKS.sub("", text).translate(_LETTER_FOLDS).split())


def _fuzzy(names) -> str:
    """An alternation matching each name however its hamza and last letter are spelt."""
    classes = {"ا": "[اأإآ]", "ي": "[يى]", "ه": "[هة]"}
    patterns = (
        r"\s+".join("".join(classes.get(c, c) for c in word) for word in name.split())
        for name in sorted({_fold(n) for n in names}, key=len, reverse=True)
    )
    return "(?:" + "|".join(patterns) + ")"


def _lookup(table: dict[int, tuple[str, ...]]) -> dict[str, int]:
    return {_fold(name): number for number, names in table.items() for name in names}


_GREGORIAN_BY_NAME = _lookup(GREGORIAN_MONTHS)
_HIJRI_BY_NAME = _lookup(HIJRI_MONTHS)
_ORDINAL_BY_NAME = {_fold(word): day for word, day in _ordinal_days().items()}
_G_NAME = _fuzzy(_GREGORIAN_BY_NAME)

# A day: digits, "أول"/"الأول" (the first), or an ordinal word followed by "من". The
# look-behinds keep "تشرين الأول", "ربيع الثاني" and the like from reading as days.
_DAY = rf"""
    (?:
        (?<![\d./])(?P<day>\d{{1,2}})(?!\d)\s*
      | (?<!\w)(?<!تشرين\s)(?<!كانون\s)(?<!ربيع\s)(?<!جمادى\s)(?<!جمادي\s)
        (?:(?P<first>(?:ال)?[أا]وّ?ل)\s+|(?P<ordinal>{_fuzzy(_ORDINAL_BY_NAME)})\s+من\s+)
    )
    (?:من\s+)?(?:شهر\s+)?
"""
_YEAR_WORD = r"(?:من\s+)?(?:(?:ال|ل)?عام|سنة|السنة)?\s*"
_GREGORIAN = re.compile(
    rf"""
    (?:{_DAY})?
    (?<![^\W\d_])(?P<month>{_G_NAME})
    (?:(?:\s*/\s*|\s+){_G_NAME}|\s*\(\s*{_G_NAME}\s*\))?  # "تشرين الأول/أكتوبر"
    (?!\w)
    (?:\s*{_YEAR_WORD}(?P<year>[12]\d{{3}})(?!\d)(?:\s*م(?!\w))?)?
    """,
    re.VERBOSE,
)
_HIJRI = re.compile(
    rf"""
    {_DAY}
    (?P<month>{_fuzzy(_HIJRI_BY_NAME)})(?!\w)
    \s*{_YEAR_WORD}(?P<year>1[34]\d\d)(?!\d)
    (?:\s*(?:هـ+|ه(?!\w)|هجري[ةه]?(?!\w)|للهجرة))?
    """,
    re.VERBOSE,
)
# One separator throughout; day first in d/m/y, as Arabic usage writes it.
_NUMERIC = re.compile(
    r"""
    (?<![\d./-])
    (?:(?P<year>\d{4})(?P<sep>[/.-])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})
      |(?P<day2>\d{1,2})(?P<sep2>[/.-])(?P<month2>\d{1,2})(?P=sep2)(?P<year2>\d{4}))
    (?!\d|[./-]\d)
    """,
    re.VERBOSE,
)
_DEFINITE_WORD_END = re.compile(r"(?<!\S)ال\w+\s+$")
# "هـ الموافق", "(", "م -": what stands between a Hijri date and its Gregorian twin.
_EQUIVALENT_GAP = re.compile(
    r"[\s،,:()\[\]/–—-]*(?:(?:ال)?موافق[ةه]?\s*(?:لـ?)?)?[\s(]*"
)


@dataclass(frozen=True)
class FoundDate:
    """An explicit date and where it stands in the text (a Hijri date and its
    Gregorian equivalent count as one, spanning both)."""

    date: PartialDate
    start: int
    end: int


@dataclass(frozen=True)
class Dateline:
    """The opening "place date (agency) -" of a news report; any part may be absent."""

    place: str | None
    date: PartialDate | None
    source_name: str | None


def _day(match: re.Match) -> int | None:
    """The day a date gives, or None: "الأسبوع الأول من أكتوبر" names a week, since an
    ordinal after a definite noun qualifies that noun."""
    if match["day"]:
        return int(match["day"])
    word = match["first"] or match["ordinal"]
    if not word:
        return None
    before = match.string[max(0, match.start() - 20) : match.start()]
    if word.startswith("ال") and _DEFINITE_WORD_END.search(before):
        return None
    return _ORDINAL_BY_NAME.get(_fold(word), 1)  # "أول" is the first


def _gregorian(match: re.Match) -> tuple[PartialDate, bool] | None:
    day = _day(match)
    if not (match["year"] or day):  # a month name alone is no date
        return None
    year = int(match["year"]) if match["year"] else None
    month = _GREGORIAN_BY_NAME[_fold(match["month"])]
    return PartialDate(year, month, day), False


def _hijri(match: re.Match) -> tuple[PartialDate, bool] | None:
    day = _day(match)
    if day is None:
        return None
    month = _HIJRI_BY_NAME[_fold(match["month"])]
    return _from_hijri(int(match["year"]), month, day), True


def _from_hijri(year: int, month: int, day: int) -> PartialDate:
    return PartialDate.from_date(Hijri(year, month, day).to_gregorian())


def _numeric(match: re.Match) -> tuple[PartialDate, bool] | None:
    parts = ("year", "month", "day") if match["year"] else ("year2", "month2", "day2")
    year, month, day = (int(match[name]) for name in parts)
    if 1343 <= year <= 1500:  # Saudi papers print Hijri dates this way: 14/10/1439
        return _from_hijri(year, month, day), True
    if not 1800 <= year <= 2199:  # a reference number, not a date
        return None
    return PartialDate(year, month, day), False


@dataclass(frozen=True)
class _Found:
    date: PartialDate
    hijri: bool
    start: int
    end: int


def _scan(text: str) -> list[_Found]:
    """Every explicit date in text order; where two overlap, the one starting first."""
    text = text.translate(_DIGITS)
    found = []
    for pattern, convert in (
        (_GREGORIAN, _gregorian),
        (_HIJRI, _hijri),
        (_NUMERIC, _numeric),
    ):
        for match in pattern.finditer(text):
            try:
                converted = convert(match)
            except (ValueError, OverflowError):  # 31 February, years out of range
                continue
            if converted:
                found.append(_Found(*converted, match.start(), match.end()))
    found.sort(key=lambda f: (f.start, -f.end))
    kept: list[_Found] = []
    for item in found:
        if not kept or item.start >= kept[-1].end:
            kept.append(item)
    return kept


def find_dates(text: str) -> list[FoundDate]:
    """Every explicit date in text order; a Hijri date printed beside its Gregorian
    equivalent ("... هـ الموافق ...") yields the Gregorian one, once, when the two
    agree (see `_agreed`); when they do not, neither is trusted."""
    found = _scan(text)
    dates = []
    i = 0
    while i < len(found):
        item = found[i]
        twin = found[i + 1] if i + 1 < len(found) else None
        if (
            twin
            and item.hijri != twin.hijri
            and _EQUIVALENT_GAP.fullmatch(text, item.end, twin.start)
        ):
            hijri, gregorian = (item, twin) if item.hijri else (twin, item)
            if agreed := _agreed(hijri.date, gregorian.date):
                dates.append(FoundDate(agreed, item.start, twin.end))
            i += 2
        else:
            dates.append(FoundDate(item.date, item.start, item.end))
            i += 1
    return dates


# Umm al-Qura tables and a moon sighted a day early or late differ by one day.
MAX_CALENDAR_DISAGREEMENT = datetime.timedelta(days=1)


def _agreed(hijri: PartialDate, gregorian: PartialDate) -> PartialDate | None:
    """The Gregorian date of a pair, its year taken from the Hijri one when it prints
    none, if the two name the same day give or take one; else None."""
    day = hijri.as_date()
    if gregorian.day is None:
        same_month = (gregorian.year, gregorian.month) == (day.year, day.month)
        return hijri if same_month else None
    years = (
        [gregorian.year] if gregorian.year else [day.year - 1, day.year, day.year + 1]
    )
    for year in years:
        try:
            candidate = datetime.date(year, gregorian.month, gregorian.day)
        except ValueError:  # 29 February in a common year
            continue
        if abs(candidate - day) <= MAX_CALENDAR_DISAGREEMENT:
            return PartialDate.from_date(candidate)
    return None


_STAMP = re.compile(
    r"""
    (?<!\d)
    (?:(?P<year>[12]\d{3})[-/.:](?P<month>\d{1,2})[-/.:](?P<day>\d{1,2})
      |(?P<day2>\d{1,2})[-/.](?P<month2>\d{1,2})[-/.](?P<year2>[12]\d{3}))
    (?:\s*[T.,،-]\s*|\s+)(?:الساعة\s*)?
    (?P<hour>\d{1,2}):(?P<minute>\d{2})(?::\d{2})?(?!\d)
    (?:\s*(?P<half>ص|م)(?!\w))?
    """,
    re.VERBOSE,
)


def locate_publication_stamp(text: str) -> tuple[datetime.datetime, int, int] | None:
    """The first date-and-time stamp ("2024:12:02.10:20", "02/12/2024 10:20") and its
    span; a stamp carries a time, which sets it apart from dates in the prose."""
    for match in _STAMP.finditer(text.translate(_DIGITS)):
        parts = (
            ("year", "month", "day") if match["year"] else ("year2", "month2", "day2")
        )
        hour = int(match["hour"]) % 12 if match["half"] else int(match["hour"])
        hour += 12 if match["half"] == "م" else 0
        try:
            stamp = datetime.datetime(
                *(int(match[name]) for name in parts), hour, int(match["minute"])
            )
        except ValueError:
            continue
        return stamp, match.start(), match.end()
    return None


def find_publication_stamp(text: str) -> datetime.datetime | None:
    """The publication time a page prints, naive, as printed."""
    located = locate_publication_stamp(text)
    return located[0] if located else None


_SOURCE = r"\(\s*(?P<source>[^()\d\n]{1,40}?)\s*\)"
_DASH = r"(?:-+|[–—])"
_SOURCE_ONLY = re.compile(rf"\s*{_SOURCE}\s*{_DASH}")
_PLACE_AND_SOURCE = re.compile(
    rf"\s*(?P<place>[^\d()\n]{{2,80}}?)\s*{_SOURCE}\s*{_DASH}"
)
_AFTER_DATE = re.compile(rf"\s*(?:{_SOURCE})?\s*(?P<separator>{_DASH}|[/:])?")
_WORD = re.compile(r"[^\W\d_]+")
# Words that begin a sentence ("في 18 مايو، ...") rather than name a place.
_NOT_PLACES = {
    _fold(word)
    for word in """في منذ يوم حتى بتاريخ تاريخ خلال قبل بعد من إلى على عن مع اليوم أمس
    عام العام سنة شهر مساء صباح ليلة نهاية بداية مطلع منتصف أواخر أوائل ابتداء اعتبارا
    بدءا و أو ثم لكن هذا هذه ذلك وذلك التي الذي وفي""".split()
}
# What may stand between the place and the date: "الرياض، الخميس 18 مايو".
_FILLERS = {_fold(name) for name in WEEKDAYS if " " not in name} | {"يوم", "في"}


def _place(prefix: str) -> str | None:
    """The place before a dateline's date: "" when there is none, None when the
    words there are not a place. "دبي، الإمارات العربية المتحدة" names the city."""
    words = _WORD.findall(prefix)
    while words and _fold(words[-1]) in _FILLERS:
        words.pop()
    if len(words) > 4 or re.search(r"\d", prefix):
        return None
    if any(_fold(word) in _NOT_PLACES for word in words):
        return None
    city = _WORD.findall(re.split(r"[،,]|\s[-–—]", prefix)[0])
    return " ".join(word for word in city if _fold(word) not in _FILLERS)


def _read_dateline(text: str) -> tuple[Dateline, int]:
    """The dateline at the start of text and where it ends (0 when there is none)."""
    skipped = len(text) - len(text.lstrip())
    first_line = text[skipped:].split("\n", 1)[0]
    if match := _SOURCE_ONLY.match(first_line):
        return Dateline(None, None, match["source"]), skipped + match.end()
    dates = find_dates(first_line)
    if dates:
        place = _place(first_line[: dates[0].start])
        after = _AFTER_DATE.match(first_line, dates[0].end)
        # A date alone may open a plain sentence; a dateline is marked off.
        if place is not None and (after["source"] or after["separator"]):
            dateline = Dateline(place or None, dates[0].date, after["source"])
            return dateline, skipped + after.end()
    match = _PLACE_AND_SOURCE.match(first_line)
    if match and (place := _place(match["place"])):
        return Dateline(place, None, match["source"]), skipped + match.end()
    return Dateline(None, None, None), 0


def parse_dateline(body: str) -> Dateline:
    """Place, date and agency opening a report: "دوشنبه 14 يوليو 2021 (شينخوا)"."""
    return _read_dateline(body)[0]


def resolve_weekday(weekday: int, reference: datetime.date) -> datetime.date:
    """The latest date on or before reference falling on weekday (Monday is 0): news
    names the weekday of an event in the six days up to its dateline."""
    return reference - datetime.timedelta((reference.weekday() - weekday) % 7)


_PAST = r"الماضي|الماضية|المنصرم|الفائت|السابق"
_NEXT = r"المقبل|المقبلة|القادم|القادمة"
_CURRENT = r"الجاري|الحالي"
_WEEKDAY = re.compile(
    rf"""
    (?<!\w)(?:(?P<tomorrow>غد(?:ا|اً|ًا))\s+)?
    [وب]?(?P<name>{_fuzzy(n for n in WEEKDAYS if n.startswith(("ال", "يوم")))})
    (?!\w)(?:\s*\))?
    (?:\s+(?:(?P<past>{_PAST})|(?P<next>{_NEXT}))(?!\w))?
    """,
    re.VERBOSE,
)
_WHEN = re.compile(rf"\s*(?:(?P<past>{_PAST})|(?P<next>{_NEXT})|{_CURRENT})(?!\w)")
# Most specific first: "أول أمس" is two days back, not one.
_RELATIVE_DAYS = (
    (re.compile(r"(?<!\w)(?:[أا]ول\s+(?:من\s+)?[أا]مس|[أا]مس\s+الأول)(?!\w)"), -2),
    (re.compile(r"(?<!\w)[وب]?(?:ال)?[أا]مس(?!\w)"), -1),
    (re.compile(r"(?<!\w)[وب]?اليوم(?!\w)"), 0),
)
_WEEKDAY_BY_NAME = {_fold(name): number for name, number in WEEKDAYS.items()}


# How old a lead's date may be and still be the event a news article reports.
NEWS_WINDOW_DAYS = 366

# Words that put a date in the past of the story ("قبل ..."), and nouns a date names
# rather than the sentence's verb: "حدود 4 حزيران 1967", "هجمات 11 سبتمبر", "ثورة
# 25 يناير", "الاتفاق الموقع في 14 يوليو 2015". A clitic (و، ب، ل، ف) may lead
# them: "لهجمات 11 سبتمبر". "منذ" reaches further: a clause it opens up to a date
# starts a span at that date ("منذ توليه المنصب في يناير 2017").
_BACKGROUND_WORDS = """قبل ذكرى حدود خطوط حرب حروب هجوم هجمات ضربات اعتداءات
    تفجيرات أحداث ثورة انتفاضة انقلاب نكسة نصر انتخابات استفتاء اتفاق اتفاقية اتفاقات
    معاهدة قرار قرارات إعلان مسيرة مسيرات مظاهرة مظاهرات تظاهرات احتجاجات احتفالات
    مهرجان مجزرة غزو احتلال عدوان زلزال كارثة حادث حادثة مواليد الموقع الموقعة
    المبرم المبرمة""".split()
_BACKGROUND = re.compile(
    rf"""(?<!\w)(?:
        (?:[وفبل]|لل)?(?:{_fuzzy(_BACKGROUND_WORDS)})(?:\s+\S+)?
      | [وف]?منذ(?:\s+[^\s،,.؛:]+){{0,8}}
    )\s*$""",
    re.VERBOSE,
)
_BACKGROUND_REACH = 110  # characters before a date: "منذ" and eight words


def _background(found: FoundDate, text: str) -> bool:
    """A date the sentence cites as history or as the name of something else, marked
    by a word such as منذ or حدود before it."""
    start = max(0, found.start - _BACKGROUND_REACH)
    return bool(_BACKGROUND.search(text, start, found.start))


def _with_year(
    found: FoundDate, text: str, reference: PartialDate | None
) -> PartialDate:
    """A yearless date in the text, placed by `_in_year_of` and the "المقبل" or
    "الماضي" that may follow it."""
    return _in_year_of(found.date, reference, _WHEN.match(text, found.end))


def _in_year_of(
    date: PartialDate, reference: PartialDate | None, when: re.Match | None = None
) -> PartialDate:
    """A yearless date placed on or before its reference (a day never falls after
    the dateline or the publication that reports it: 31 December published on 2
    January is the year before), or after it when `when` says "المقبل"; kept
    yearless when the reference has no year either."""
    if date.year is not None or reference is None or reference.year is None:
        return date
    after = (date.month, date.day or 0) > (reference.month or 12, reference.day or 31)
    year = reference.year
    if when and when["next"]:
        year += 0 if after else 1
    elif not when or when["past"]:
        year -= 1 if after else 0
    try:
        return PartialDate(year, date.month, date.day)
    except ValueError:  # 29 February in a common year
        return date


def _weekday_date(match: re.Match, reference: datetime.date) -> datetime.date:
    weekday = _WEEKDAY_BY_NAME[_fold(match["name"])]
    if match["next"] or match["tomorrow"]:
        return reference + datetime.timedelta(
            (weekday - reference.weekday() - 1) % 7 + 1
        )
    if match["past"]:
        reference -= datetime.timedelta(1)
    return resolve_weekday(weekday, reference)


def date_in_sentence(
    sentence: str,
    reference: PartialDate | None,
    *,
    first_named: bool = False,
    vague: bool = False,
) -> PartialDate | None:
    """The date of the event a sentence reports: an explicit date, else a weekday or
    "أمس" / "اليوم" counted from a complete reference date (the dateline's).

    With `first_named`, whichever of the two the sentence names first wins, as in a
    lead: "أعلنت السلطات، الجمعة، أن الطائرة التي سقطت في نوفمبر 2016" reports Friday.
    An explicit date over a year before the weekday's day is one the sentence
    recalls ("خلال لقائه، الاثنين، ... خطوط 1967"): the weekday wins, unless an
    "أن" between them opens what was said, which has a date of its own.
    With `vague`, a month alone said to be past or to come dates the sentence too
    ("في مارس الماضي"): enough to tell an event told as the past, too little for a
    lead.
    """
    text = sentence[_read_dateline(sentence)[1] :]
    dates = [found for found in find_dates(text) if not _background(found, text)]
    relative = None
    if reference is not None and reference.is_complete:
        relative = _relative_day(text, reference.as_date())
    if relative and (
        not dates
        or (first_named and relative[0] < dates[0].start)
        or _recalled(text, relative, dates[0], reference)
    ):
        return PartialDate.from_date(relative[1])
    if not dates and vague:  # the last resort: "أمس" or "20 مارس" says more
        dates = [found for found in _vague_dates(text) if not _background(found, text)]
        date = _with_year(dates[0], text, reference) if dates else None
        return date if date and (date.year or date.day) else None  # a month, no year
    return _with_year(dates[0], text, reference) if dates else None


# A month said to be past, to come or current: "في مارس الماضي", "آذار/مارس
# المنصرم" (a year alone, "في 2016", as often dates something else the sentence
# names: "التدخل في الانتخابات الأمريكية في 2016").
_MONTH_ALONE = re.compile(
    rf"""
    (?<![^\W\d_])(?P<month>{_G_NAME})
    (?:(?:\s*/\s*|\s+){_G_NAME}|\s*\(\s*{_G_NAME}\s*\))?
    (?=\s*(?:{_PAST}|{_NEXT}|{_CURRENT})(?!\w))
    """,
    re.VERBOSE,
)


def _vague_dates(text: str) -> list[FoundDate]:
    """Months alone, where no explicit date covers them, in text order."""
    text = text.translate(_DIGITS)
    explicit = [(f.start, f.end) for f in _scan(text)]
    found = (
        FoundDate(PartialDate(None, _GREGORIAN_BY_NAME[_fold(m["month"])]), *m.span())
        for m in _MONTH_ALONE.finditer(text)
    )
    return [f for f in found if not any(s < f.end and f.start < e for s, e in explicit)]


def _relative_day(text: str, day: datetime.date) -> tuple[int, datetime.date] | None:
    """Where text names a weekday (else "أمس", "اليوم") and the date it means."""
    if match := _WEEKDAY.search(text):
        return match.start(), _weekday_date(match, day)
    for pattern, offset in _RELATIVE_DAYS:
        if match := pattern.search(text):
            return match.start(), day + datetime.timedelta(offset)
    return None


def article_date(
    body: str, published_at: datetime.datetime | None = None
) -> PartialDate | None:
    """The event date of an article: its dateline's, else what its first paragraph
    gives (an explicit date, or a weekday, "أمس" or "اليوم" counted from the
    publication day), else None: never a guess, never a day after publication.

    The publication day is the one printed where it was published (the export's
    time zone), and it supplies a year the dateline leaves out."""
    published = PartialDate.from_date(published_at.date()) if published_at else None
    dateline = parse_dateline(body)
    if dateline.date:
        date = _in_year_of(dateline.date, published)
    else:
        first_paragraph = next((line for line in body.split("\n") if line.strip()), "")
        date = date_in_sentence(first_paragraph, published, first_named=True)
        if date and published and _older_than_news(date, published):
            return None
    if date and published and date.year and date.as_date() > published.as_date():
        return None
    return date


# "أن" and its kin opening a reported clause: "أعلنت، الجمعة، أن الطائرة تحطمت".
_THAT = re.compile(r"(?<!\w)[أإ]ن(?:ه|ها|هم)?(?!\w)")


def _recalled(
    text: str,
    relative: tuple[int, datetime.date],
    found: FoundDate,
    reference: PartialDate | None,
) -> bool:
    """Whether an explicit date is too old to be the news of a sentence that names
    a weekday (or "أمس"), and no "أن" after the weekday gives it a clause of its own."""
    start, day = relative
    if start < found.start and _THAT.search(text, start, found.start):
        return False
    date = _with_year(found, text, reference)
    return _older_than_news(date, PartialDate.from_date(day))


def _older_than_news(date: PartialDate, published: PartialDate) -> bool:
    """A lead's date over a year before publication is background (a birth, a war,
    an anniversary), not the event a news article reports."""
    if date.year is None:
        return False
    # The last day the date may mean: a month or a year counts at its end.
    latest = date.as_date() + datetime.timedelta(
        days=0 if date.day else 31 if date.month else 366
    )
    return latest < published.as_date() - datetime.timedelta(days=NEWS_WINDOW_DAYS)

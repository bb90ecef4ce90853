"""Dates as Arabic news gives them: often whole, sometimes without a year or a day.

`PartialDate` is the one value that ingest produces and the models store, so that a
date the text does not give is never invented.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from hijridate import Gregorian

from archive.vocabulary import Precision


@dataclass(frozen=True)
class PartialDate:
    """A date with any of its parts missing; `year`, `month`, `day` are validated."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    def __post_init__(self):
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month out of range: {self.month}")
        if self.day is not None:
            if self.month is None:
                raise ValueError("a day needs a month")
            # 2024 is a leap year, so 29 February passes when the year is unknown.
            datetime.date(self.year or 2024, self.month, self.day)

    @classmethod
    def from_date(cls, value: datetime.date) -> PartialDate:
        return cls(value.year, value.month, value.day)

    @property
    def precision(self) -> str:
        if self.year is None:
            return Precision.DAY_NO_YEAR if self.day else Precision.UNKNOWN
        if self.day is not None:
            return Precision.DAY
        return Precision.MONTH if self.month is not None else Precision.YEAR

    @property
    def is_complete(self) -> bool:
        return self.precision == Precision.DAY

    def as_date(self) -> datetime.date | None:
        """The first day the partial date covers, or None without a year."""
        if self.year is None:
            return None
        return datetime.date(self.year, self.month or 1, self.day or 1)


UNKNOWN_DATE = PartialDate()


# Egyptian/Gulf names, the most widely read; index 0 is empty like calendar.month_name.
ARABIC_MONTHS = (
    "",
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
)


def format_arabic(pd: PartialDate) -> str:
    """The date as a reader expects it, saying plainly which parts the text omits."""
    if pd.month is None:
        return str(pd.year) if pd.year is not None else "تاريخ غير معروف"
    month = ARABIC_MONTHS[pd.month]
    text = f"{pd.day} {month}" if pd.day is not None else month
    return f"{text} {pd.year}" if pd.year is not None else f"{text} (السنة غير مذكورة)"


def hijri_of(d: datetime.date) -> str | None:
    """The Umm al-Qura date, e.g. "4 ذو الحجة 1442 هـ"; None outside its range."""
    try:
        hijri = Gregorian.fromdate(d).to_hijri()
    except OverflowError:
        return None
    return f"{hijri.day} {hijri.month_name('ar')} {hijri.year} هـ"

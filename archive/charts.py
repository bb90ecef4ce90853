"""Bar charts drawn on the server as SVG geometry; templates/includes/chart.html
turns it into markup with a title, a text summary and a table of the same numbers.

Time runs right to left, as Arabic is read: the earliest year stands at the right.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import cached_property

WIDTH, HEIGHT = 400, 190
PAD_TOP, PAD_BOTTOM, PAD_START, PAD_END = 16, 28, 36, 8  # start = right, for the axis
MAX_YEAR_LABELS = 10
# The years a chart draws, up to the latest: a date centuries back (an anniversary
# article's) would squeeze the rest into a sliver. Older years stay in its table.
MAX_YEARS = 40


@dataclass(frozen=True)
class Series:
    name: str
    counts: dict[int, int]  # year -> count


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    value: int
    series: int
    year: int


@dataclass(frozen=True)
class Tick:
    y: float
    value: int


@dataclass(frozen=True)
class YearLabel:
    x: float
    year: int


def nice_ceiling(value: int) -> int:
    """The smallest of 1, 2, 5 x 10^k at or above `value`, for a readable axis."""
    if value <= 1:
        return 1
    power = 10 ** math.floor(math.log10(value))
    return next(step * power for step in (1, 2, 5, 10) if step * power >= value)


@dataclass
class BarChart:
    title: str
    series: list[Series]
    width: int = WIDTH
    height: int = HEIGHT
    years: list[int] = field(init=False)

    def __post_init__(self):
        known = self._known_years
        first = max(min(known), max(known) - MAX_YEARS + 1) if known else 0
        self.years = list(range(first, max(known) + 1)) if known else []

    @property
    def _known_years(self) -> list[int]:
        """Years with any count, latest first."""
        years = {year for s in self.series for year, n in s.counts.items() if n}
        return sorted(years, reverse=True)

    @property
    def older(self) -> int:
        """How many years with counts the chart leaves to its table."""
        return sum(1 for year in self._known_years if year < self.years[0])

    @property
    def is_empty(self) -> bool:
        return not any(any(s.counts.values()) for s in self.series)

    def _drawn(self, series: Series) -> list[int]:
        """A series' counts in the years the chart draws."""
        return [series.counts.get(year, 0) for year in self.years]

    @cached_property
    def top(self) -> int:
        return nice_ceiling(max(max(self._drawn(s), default=0) for s in self.series))

    @property
    def _slot(self) -> float:
        return (self.width - PAD_START - PAD_END) / max(len(self.years), 1)

    def _x_of(self, index: int) -> float:
        """The left edge of a year's slot; index 0, the earliest, is at the right."""
        return self.width - PAD_START - (index + 1) * self._slot

    def _y_of(self, value: int) -> float:
        plot = self.height - PAD_TOP - PAD_BOTTOM
        return self.height - PAD_BOTTOM - plot * value / self.top

    @cached_property
    def bars(self) -> list[Bar]:
        slot, n = self._slot, len(self.series)
        bar_width = slot * 0.8 / n
        bars = []
        for i, year in enumerate(self.years):
            # Within a year, the first series stands on the right too.
            for j, s in enumerate(self.series):
                value = s.counts.get(year, 0)
                if not value:  # nothing to draw (a span of centuries has many)
                    continue
                x = self._x_of(i) + slot * 0.1 + (n - 1 - j) * bar_width
                y = self._y_of(value)
                bars.append(Bar(x, y, bar_width, self._y_of(0) - y, value, j, year))
        return bars

    @property
    def ticks(self) -> list[Tick]:
        # A middle line only where it falls on a whole number: 0-1-2, 0-5-10.
        middle = [self.top // 2] if self.top % 2 == 0 else []
        return [Tick(self._y_of(v), v) for v in [0, *middle, self.top]]

    @property
    def year_labels(self) -> list[YearLabel]:
        step = math.ceil(len(self.years) / MAX_YEAR_LABELS) or 1
        half = self._slot / 2
        return [
            YearLabel(self._x_of(i) + half, year)
            for i, year in enumerate(self.years)
            if i % step == 0
        ]

    @property
    def axis_x(self) -> float:
        return self.width - PAD_START

    @property
    def baseline(self) -> float:
        return self._y_of(0)

    @property
    def label_y(self) -> float:
        return self.height - 8

    @property
    def rows(self) -> list[tuple[int, list[int]]]:
        """The numbers as a table, older years the chart leaves out too: one row a
        year with any, latest first."""
        return [
            (year, [s.counts.get(year, 0) for s in self.series])
            for year in self._known_years
        ]

    @property
    def summary(self) -> str:
        """What the chart shows, in one sentence, for screen readers."""
        if not self.years:
            return f"{self.title}: لا بيانات"
        totals = "، ".join(f"{s.name} {sum(self._drawn(s))}" for s in self.series)
        span = f"من {self.years[0]} إلى {self.years[-1]}"
        older = f" وسنوات أقدم ({self.older}) في الجدول." if self.older else ""
        return f"{self.title} {span}: المجموع {totals}. الأقدم على اليمين.{older}"

import pytest

from archive.charts import BarChart, Series, nice_ceiling


@pytest.mark.parametrize(
    ("value", "expected"), [(0, 1), (1, 1), (3, 5), (7, 10), (12, 20), (60, 100)]
)
def test_axis_tops_are_round(value, expected):
    assert nice_ceiling(value) == expected


def test_time_runs_right_to_left():
    chart = BarChart("t", [Series("a", {2019: 1, 2020: 2, 2021: 3})])
    assert chart.years == [2019, 2020, 2021]
    x = {bar.year: bar.x for bar in chart.bars}
    assert x[2019] > x[2020] > x[2021]
    labels = [label.year for label in chart.year_labels]
    assert labels == [2019, 2020, 2021]
    assert chart.year_labels[0].x > chart.year_labels[-1].x


def test_bars_stand_on_the_baseline_and_scale_to_the_top():
    chart = BarChart("t", [Series("a", {2020: 2, 2021: 5})])
    tallest = max(chart.bars, key=lambda b: b.value)
    assert tallest.y == pytest.approx(chart.ticks[-1].y)
    for bar in chart.bars:
        assert bar.y + bar.height == pytest.approx(chart.baseline)
        assert 0 <= bar.x and bar.x + bar.width <= chart.width


def test_two_series_share_a_year_side_by_side():
    chart = BarChart("t", [Series("a", {2020: 1}), Series("b", {2020: 2})])
    first, second = chart.bars
    assert first.series == 0 and first.x > second.x  # the first on the right


def test_table_and_summary_say_the_same_as_the_bars():
    chart = BarChart("لقاءات", [Series("a", {2019: 1, 2021: 3})])
    assert chart.rows == [(2021, [3]), (2019, [1])]  # no row, no bar for 2020
    assert sorted(bar.year for bar in chart.bars) == [2019, 2021]
    assert "من 2019 إلى 2021" in chart.summary and "a 4" in chart.summary


def test_a_chart_without_data_is_empty():
    chart = BarChart("t", [Series("a", {})])
    assert chart.is_empty and chart.years == [] and chart.bars == []


def test_a_date_centuries_back_leaves_the_chart_to_recent_years_and_goes_to_the_table():
    chart = BarChart("t", [Series("a", {1187: 1, 1990: 2, 2017: 5, 2018: 3})])
    assert chart.years == list(range(1979, 2019))  # forty years up to the latest
    assert chart.older == 1 and sorted(bar.year for bar in chart.bars) == [
        1990,
        2017,
        2018,
    ]
    assert chart.rows[-1] == (1187, [1])  # the table keeps every year
    assert chart.top == 5
    assert "من 1979 إلى 2018: المجموع a 10" in chart.summary
    assert "أقدم (1)" in chart.summary


def test_many_years_get_a_readable_number_of_labels():
    chart = BarChart("t", [Series("a", {1990: 1, 2024: 1})])
    assert len(chart.year_labels) <= 10


@pytest.mark.parametrize(("top", "ticks"), [(1, [0, 1]), (2, [0, 1, 2]), (5, [0, 5])])
def test_axis_lines_fall_on_whole_numbers(top, ticks):
    chart = BarChart("t", [Series("a", {2020: top})])
    assert [tick.value for tick in chart.ticks] == ticks

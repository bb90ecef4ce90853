"""The load test's figures are computed as the README's table says."""

from tests.load.report import Sample, percentile, table


def test_percentiles_are_nearest_rank():
    values = [float(n) for n in range(1, 101)]
    assert [percentile(values, p) for p in (50, 95, 99, 100)] == [50, 95, 99, 100]
    assert percentile([7.0], 99) == 7.0


def test_table_has_a_row_per_kind_and_counts_every_failure_as_an_error():
    samples = [
        Sample("search", 0.1, 200, "/search/?q=a"),
        Sample("search", 0.3, 500, "/search/?q=b"),
        Sample("feed", 0.2, "ConnectionResetError", "/feeds/"),
        Sample("page", 0.05, 200, "/"),
    ]
    rows = table(samples, seconds=2.0).splitlines()[2:]
    assert [row.split(" | ")[0] for row in rows] == [
        "| feed",
        "| page",
        "| search",
        "| **all**",
    ]
    assert rows[-1] == "| **all** | 4 | 2.0 | 100 | 300 | 300 | 2 |"

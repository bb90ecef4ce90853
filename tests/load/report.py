"""The load test's figures: throughput, latency percentiles and errors by kind."""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass


@dataclass(frozen=True)
class Sample:
    kind: str  # "search", "page" or "feed"
    seconds: float
    status: int | str  # HTTP status, or the name of the error that stopped it
    path: str


def percentile(values: list[float], p: float) -> float:
    """The nearest-rank percentile: the smallest value with p% at or below it."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def table(samples: list[Sample], seconds: float) -> str:
    """A Markdown table, one row a kind of request and one for them all."""
    rows = [
        "| requests | count | per second | p50 ms | p95 ms | p99 ms | errors |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    kinds = sorted({s.kind for s in samples})
    for name, group in [*((k, [s for s in samples if s.kind == k]) for k in kinds)]:
        rows.append(_row(name, group, seconds))
    rows.append(_row("**all**", samples, seconds))
    return "\n".join(rows)


def _row(name: str, group: list[Sample], seconds: float) -> str:
    if not group:
        return f"| {name} | 0 | 0 | – | – | – | 0 |"
    ms = [s.seconds * 1000 for s in group]
    errors = sum(s.status != 200 for s in group)
    cells = [percentile(ms, p) for p in (50, 95, 99)]
    return (
        f"| {name} | {len(group)} | {len(group) / seconds:.1f} | "
        + " | ".join(f"{c:.0f}" for c in cells)
        + f" | {errors} |"
    )


def edit_latency(seconds: list[float]) -> str:
    return (
        f"{len(seconds)} edits, median {statistics.median(seconds):.2f} s, "
        f"max {max(seconds):.2f} s"
    )

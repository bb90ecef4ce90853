"""Percentiles of repeated runs: what a user waits, typically and on a bad day."""

import statistics
import time
from collections.abc import Callable, Iterable


def percentiles(samples_ms: list[float]) -> dict[str, float]:
    cuts = statistics.quantiles(samples_ms, n=20, method="inclusive")
    return {"p50": round(statistics.median(samples_ms), 2), "p95": round(cuts[18], 2)}


def time_mix(
    run: Callable[[dict], object],
    mix: Iterable[dict],
    rounds: int,
    before_each: Callable[[], object] = lambda: None,
) -> dict:
    """p50/p95 in ms of `run` over every query of the mix, `rounds` times, after one
    untimed round (caches, a first searcher) that no later user pays for again;
    `before_each` runs untimed before each timed run."""
    mix = list(mix)
    for params in mix:
        run(params)
    samples = []
    for _ in range(rounds):
        for params in mix:
            before_each()
            start = time.perf_counter()
            run(params)
            samples.append((time.perf_counter() - start) * 1000)
    return percentiles(samples)

"""The bench's table, as printed and as the README keeps it (Markdown)."""

from __future__ import annotations

from archive.benchmark.peers import ARCHIVE_POSTGRES, Fts5, Postgres
from archive.benchmark.queries import MIX

PEERS = (Fts5.name, Postgres.name, ARCHIVE_POSTGRES)


def table(runs: list[dict]) -> str:
    header = [
        "articles",
        "ingest articles/s",
        "ingest peak RSS MB",
        "disk MB (text MB)",
        "search p50/p95 ms, repeated",
        "search p50/p95 ms, after a write",
        "`/api/search/` p50/p95 ms",
        "`/search/` p50/p95 ms",
        *(f"{name} p50/p95 ms" for name in PEERS),
    ]
    rows = [
        [
            f"{run['size']:,}",
            f"{run['ingest_articles_per_s']:.1f}",
            f"{run['peak_rss_mb']:.0f}",
            f"{run['disk_mb']:.1f} ({run['text_mb']:.1f})",
            latency(run["search_ms"]),
            latency(run["search_after_write_ms"]),
            latency(run["api_ms"]),
            latency(run["page_ms"]),
            *(latency(run["peers"][name]) for name in PEERS),
        ]
        for run in runs
    ]
    return markdown(header, rows)


def hits_table(run: dict) -> str:
    """What each engine found for each query of the mix, at one size."""
    engines = {"archive": run["search_ms"], **run["peers"]}
    measured = {name: found for name, found in engines.items() if "hits" in found}
    rows = [
        [label, *(f"{found['hits'][label]:,}" for found in measured.values())]
        for label in MIX
    ]
    return markdown(["query", *measured], rows)


def latency(figures: dict) -> str:
    if "skipped" in figures:
        return figures["skipped"]
    return f"{figures['p50']:.1f} / {figures['p95']:.1f}"


def markdown(header: list[str], rows: list[list[str]]) -> str:
    lines = [header, ["---", *["---:"] * (len(header) - 1)], *rows]
    return "\n".join(f"| {' | '.join(cells)} |" for cells in lines)

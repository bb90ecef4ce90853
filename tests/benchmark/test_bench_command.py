"""`manage.py bench` end to end on a tiny slice: the JSON's shape, every figure
positive. Never its speed: the machines are shared."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from archive.benchmark.peers import ARCHIVE_POSTGRES, Fts5, Postgres

SAMPLE = Path(__file__).resolve().parents[1] / "relevance" / "corpus_sample.jsonl"
FIGURES = ("ingest_articles_per_s", "peak_rss_mb", "disk_mb", "text_mb")
LATENCIES = ("search_ms", "search_after_write_ms", "api_ms", "page_ms")


@pytest.fixture(scope="module")
def bench(tmp_path_factory):
    out, path = StringIO(), tmp_path_factory.mktemp("bench") / "bench.json"
    call_command(
        "bench", "--corpus", str(SAMPLE), "--sizes", "30", "--rounds", "2",
        "--json", str(path), "--no-postgres", stdout=out,
    )  # fmt: skip
    return out.getvalue(), json.loads(path.read_text())


def test_one_run_per_size_with_every_figure_positive(bench):
    _, document = bench
    [run] = document["runs"]
    assert run["size"] == 30
    assert run["ingest_summary"].startswith("added 30,")
    for name in FIGURES:
        assert run[name] > 0, name


def test_latencies_of_the_archive_and_its_peer(bench):
    _, document = bench
    [run] = document["runs"]
    for figures in [*(run[name] for name in LATENCIES), run["peers"][Fts5.name]]:
        assert 0 < figures["p50"] <= figures["p95"]


def test_peers_left_out_say_why(bench):
    _, document = bench
    peers = document["runs"][0]["peers"]
    assert peers[Postgres.name] == {"skipped": "not asked for"}
    assert peers[ARCHIVE_POSTGRES] == {"skipped": "not asked for"}


def test_table_printed_with_the_size(bench):
    printed, _ = bench
    assert "| 30 |" in printed
    assert "not asked for" in printed


def test_sizes_must_be_positive_numbers():
    with pytest.raises(CommandError, match="--sizes"):
        call_command("bench", "--corpus", str(SAMPLE), "--sizes", "0,x")

"""An ingest killed at any moment hides nothing from search once it runs again."""

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from whoosh.index import open_dir

CORPUS = Path(__file__).parent / "relevance" / "corpus_sample.jsonl"
ARTICLES = 40
KILLS = 5
SEED = 20261203  # the kill times are random, and the same on every run


def isolated_env(data: Path) -> dict:
    """A child with its own SQLite and Whoosh, never the suite's database."""
    env = {
        k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "SEARCH_URL"}
    }
    env["ARCHIVE_DATA_DIR"] = str(data)
    return env


def manage(*args) -> list[str]:
    return [sys.executable, "manage.py", *args]


def write_articles(folder: Path, count: int) -> None:
    folder.mkdir()
    with CORPUS.open(encoding="utf-8") as lines:
        for number, line in zip(range(count), lines, strict=False):
            record = json.loads(line)
            text = f"{record['title']}\n{record['text']}"
            (folder / f"{number:03d}.txt").write_text(text, encoding="utf-8")


def wait_for_more_articles(data: Path, run: subprocess.Popen) -> None:
    before = len(database_ids(data))
    deadline = time.monotonic() + 20
    while run.poll() is None and time.monotonic() < deadline:
        if len(database_ids(data)) > before:
            return
        time.sleep(0.02)


def database_ids(data: Path) -> set[int]:
    with sqlite3.connect(data / "archive.sqlite3") as db:
        return {pk for (pk,) in db.execute("SELECT id FROM archive_article")}


def index_ids(data: Path) -> set[int]:
    with open_dir(data / "whoosh_index").reader() as reader:
        return {int(fields["django_id"]) for fields in reader.all_stored_fields()}


def test_runs_killed_at_random_then_run_again_leave_database_and_index_equal(
    tmp_path,
):
    data, folder = tmp_path / "data", tmp_path / "in"
    env = isolated_env(data)
    write_articles(folder, ARTICLES)
    subprocess.run(manage("migrate", "-v0"), env=env, check=True)
    ingest = manage("ingest", str(folder))
    rng = random.Random(SEED)
    killed = 0
    for _ in range(KILLS):
        run = subprocess.Popen(ingest, env=env, stdout=subprocess.DEVNULL)
        # Once the run has committed something new: while it parses, or indexes.
        wait_for_more_articles(data, run)
        time.sleep(rng.uniform(0, 0.8))
        if run.poll() is None:
            run.send_signal(signal.SIGKILL)
            killed += 1
        run.wait()
    assert killed, "every run ended before its kill: the test proved nothing"
    final = subprocess.run(ingest, env=env, capture_output=True, text=True)
    assert final.returncode == 0, final.stderr
    assert len(database_ids(data)) == ARTICLES
    assert index_ids(data) == database_ids(data)

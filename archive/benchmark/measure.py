"""One size, end to end: a fresh archive in a temporary folder (never the user's),
filled by the real `manage.py ingest`, then searched in-process, through the peers and
over HTTP against gunicorn on 127.0.0.1."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

from django.conf import settings

from archive.benchmark.corpus import choose, write_export
from archive.benchmark.peers import (
    ARCHIVE_POSTGRES,
    free_port,
    initdb,
    postgres_server,
)
from archive.benchmark.queries import MIX
from archive.benchmark.timing import time_mix

HOST = "127.0.0.1"  # the bench's server listens on loopback only
MB = 2**20
SERVER_START_S = 60


def measure_size(
    *,
    size: int,
    corpus: list[dict],
    seed: int,
    rounds: int,
    postgres: bool,
    folder: Path,
) -> dict:
    export, data = folder / "articles.jsonl", folder / "data"
    text_bytes = write_export(choose(corpus, size, seed), export)
    env = {**_own_archive(), "ARCHIVE_DATA_DIR": str(data)}
    manage(["migrate", "--verbosity", "0"], env=env)
    seconds, peak_kb, summary = timed_ingest(export, env, folder / "ingest.log")
    searched = searching([str(rounds)] + ([] if postgres else ["--no-postgres"]), env)
    if not postgres:
        searched["peers"][ARCHIVE_POSTGRES] = {"skipped": "not asked for"}
    elif not initdb():
        searched["peers"][ARCHIVE_POSTGRES] = {"skipped": "PostgreSQL not installed"}
    else:
        searched["peers"][ARCHIVE_POSTGRES] = on_postgres(export, rounds, folder)
    with server(env) as base:
        api_ms = time_mix(
            lambda p: fetch(f"{base}/api/search/", p), MIX.values(), rounds
        )
        page_ms = time_mix(lambda p: fetch(f"{base}/search/", p), MIX.values(), rounds)
    return {
        "size": size,
        "ingest_articles_per_s": round(size / seconds, 2),
        "ingest_summary": summary,
        "peak_rss_mb": round(peak_kb / 1024, 1),
        "disk_mb": round(folder_bytes(data) / MB, 2),
        "text_mb": round(text_bytes / MB, 2),
        **searched,
        "api_ms": api_ms,
        "page_ms": page_ms,
    }


def _own_archive() -> dict:
    """The environment without the user's databases: the bench never touches them."""
    return {
        k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "SEARCH_URL")
    }


def searching(args: list[str], env: dict) -> dict:
    return json.loads(
        subprocess.run(
            [sys.executable, "-m", "archive.benchmark.searching", *args],
            cwd=settings.BASE_DIR,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    )


def on_postgres(export: Path, rounds: int, folder: Path) -> dict:
    """The same export ingested by the archive with records and search on a
    throwaway PostgreSQL server, and the mix searched there."""
    with postgres_server() as connection:
        connection.execute("CREATE DATABASE archive")
        url = f"postgres://bench@{HOST}:{connection.info.port}/archive"
        env = {
            **_own_archive(),
            "ARCHIVE_DATA_DIR": str(folder / "data-postgres"),
            "DATABASE_URL": url,
            "SEARCH_URL": url,
        }
        manage(["migrate", "--verbosity", "0"], env=env)
        seconds, _, _ = timed_ingest(export, env, folder / "ingest-postgres.log")
        found = searching([str(rounds), "--archive"], env)
        rows = connection.execute("SELECT pg_database_size('archive')").fetchone()[0]
    return {
        **found,
        "ingest_articles_per_s": round(_count(export) / seconds, 2),
        "database_mb": round(rows / MB, 2),
    }


def _count(export: Path) -> int:
    with export.open() as lines:
        return sum(1 for _ in lines)


def manage(args: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        check=True,
        **kwargs,
    )


def timed_ingest(export: Path, env: dict, log: Path) -> tuple[float, int, str]:
    """Wall seconds, peak RSS (KB) and summary line of `manage.py ingest EXPORT`.

    os.wait4 gives this one child's resource use, whatever other children ran.
    """
    with log.open("w") as errors:
        start = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "manage.py", "ingest", str(export)],
            cwd=settings.BASE_DIR,
            env=env,
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
        )
        printed = child.stdout.read()
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode not in (0, 1):  # 1: some lines rejected, the rest ingested
        raise RuntimeError(f"ingest failed ({child.returncode}), see {log}")
    return seconds, usage.ru_maxrss, printed.strip().splitlines()[-1]


@contextlib.contextmanager
def server(env: dict):
    """gunicorn (`make serve`'s configuration) with one worker on a free loopback
    port: requests are sent one at a time, so one worker serves them all."""
    port = free_port()
    env = {
        **env,
        "ARCHIVE_BIND": f"{HOST}:{port}",
        "WEB_CONCURRENCY": "1",
        # The mix repeats its queries: kept pages would time the cache, not the page.
        "ARCHIVE_PAGE_CACHE": "off",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn"],
        cwd=settings.BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://{HOST}:{port}"
        wait_for(base, process)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)


def wait_for(base: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + SERVER_START_S
    while time.monotonic() < deadline and process.poll() is None:
        with contextlib.suppress(OSError):
            urllib.request.urlopen(f"{base}/", timeout=5).close()
            return
        time.sleep(0.2)
    raise RuntimeError(f"the bench's server did not start at {base}")


def fetch(url: str, params: dict) -> None:
    with urllib.request.urlopen(f"{url}?{urlencode(params)}", timeout=60) as answer:
        answer.read()


def folder_bytes(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())

"""`make loadtest`: a bounded load on loopback against `make serve`.

Builds (once) an archive of N corpus articles in a folder of its own, starts
`make serve` on it at 127.0.0.1, and for a fixed time runs C clients over a mix of
searches, pages and feeds while `manage.py ingest` adds more articles and staff
edits are saved (each one polled through the search API until it is found).
Prints throughput, p50/p95/p99 and errors as the README's table. Only loopback is
ever addressed; every loop stops at its deadline.

    python -m tests.load.run --data-dir var/load --articles 10000 --corpus PATH
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import secrets
import signal
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

from tests.load.corpus import write_articles
from tests.load.report import Sample, edit_latency, table

ROOT = Path(__file__).resolve().parents[2]
HOST = "127.0.0.1"  # never any other address
# What the TLS proxy in front would add: without it production settings redirect.
HEADERS = {"X-Forwarded-Proto": "https", "Host": HOST}
QUERIES = [
    "وزير الخارجية",
    "الرئيس الروسي",
    "مجلس الأمن",
    "الأمم المتحدة",
    "محادثات هاتفية",
    "قمة",
    '"وزير الخارجية" -ترامب',
    "السعودية OR الإمارات",
    "الصين",
    "الخارجيه الامريكيه",
]
ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
EDIT_LIMIT = 10.0  # seconds an edit may take to become searchable before it fails
# The ingest runs below the web workers, as the README's ingest timer runs it.
INGEST_NICENESS = 10


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--ingest", type=int, default=200, help="articles added")
    parser.add_argument("--edit-every", type=float, default=5.0, help="seconds")
    return parser.parse_args(argv)


def say(text: str) -> None:
    sys.stdout.write(f"{text}\n")
    sys.stdout.flush()


def manage(*args: str, env: dict, **kwargs) -> subprocess.CompletedProcess:
    command = [sys.executable, "manage.py", *args]
    return subprocess.run(command, cwd=ROOT, env=env, check=False, **kwargs)


def prepare(options, env: dict) -> None:
    """Migrate, and ingest N corpus articles unless the folder already holds them."""
    manage("migrate", "--verbosity", "0", env=env).check_returncode()
    folder = options.data_dir / "articles"
    if len(list(folder.glob("*.txt"))) >= options.articles:
        return
    write_articles(options.corpus, folder, options.articles)
    say(f"ingesting {options.articles} articles into {options.data_dir} …")
    manage("ingest", str(folder), env=env)


@contextmanager
def server(options, env: dict):
    """`make serve` on loopback until the block ends."""
    bind = f"{HOST}:{options.port}"
    process = subprocess.Popen(
        # -o: this runs in the installed .venv already; never reinstall it here.
        ["make", "--no-print-directory", "-o", ".venv/.installed", "serve"],
        cwd=ROOT,
        env={**env, "ARCHIVE_BIND": bind},
        start_new_session=True,  # its own group: gunicorn's workers stop with it
    )
    try:
        _wait_until_up(options.port, process)
        yield
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


def _wait_until_up(port: int, process, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit("make serve stopped before answering")
        try:
            if get(port, "/")[0] == 200:
                return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"make serve did not answer within {seconds:.0f} s")


def get(port: int, path: str) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection(HOST, port, timeout=30)
    try:
        connection.request("GET", path, headers=HEADERS)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


class Mix:
    """Requests as readers make them: half searches, then pages, then feeds."""

    def __init__(self, rng: random.Random):
        from archive.models import Article, Country

        self.rng = rng
        ids = list(Article.objects.values_list("pk", flat=True))
        self.articles = rng.sample(ids, min(300, len(ids)))
        self.countries = list(
            Country.objects.filter(articles__isnull=False)
            .values_list("code", flat=True)
            .distinct()[:40]
        )
        self.kinds = [
            ("search", 50, self.search),
            ("page", 35, self.page),
            ("feed", 15, self.feed),
        ]

    def next(self) -> tuple[str, str]:
        weights = [weight for _, weight, _ in self.kinds]
        kind, _, make = self.rng.choices(self.kinds, weights)[0]
        return kind, make()

    def search(self) -> str:
        params = {"q": self.rng.choice(QUERIES)}
        if self.rng.random() < 0.3:
            params["country"] = self.rng.choice(self.countries)
        if self.rng.random() < 0.2:
            params["page"] = 2
        path = self.rng.choice(["/search/", "/api/search/"])
        return f"{path}?{urlencode(params)}"

    def page(self) -> str:
        return self.rng.choice(
            [
                f"/articles/{self.rng.choice(self.articles)}/",
                f"/api/articles/{self.rng.choice(self.articles)}/",
                f"/countries/{self.rng.choice(self.countries)}/",
                "/",
                "/countries/",
                "/dates/",
                "/people/",
                "/meetings/",
            ]
        )

    def feed(self) -> str:
        return self.rng.choice(
            [
                "/feeds/",
                f"/feeds/countries/{self.rng.choice(self.countries)}/",
                f"/feeds/search/?{urlencode({'q': self.rng.choice(QUERIES)})}",
            ]
        )


def client(port: int, mix: Mix, deadline: float, samples: list, lock) -> None:
    while time.monotonic() < deadline:
        with lock:
            kind, path = mix.next()
        start = time.perf_counter()
        try:
            status = get(port, path)[0]
        except OSError as error:
            status = type(error).__name__
        samples.append(Sample(kind, time.perf_counter() - start, status, path))


def edits(port: int, every: float, deadline: float, rng, found: list, failed: list):
    """Save a staff edit (a new word in a title) every `every` s; time until the
    search API finds it."""
    from archive.models import Article

    ids = list(Article.objects.values_list("pk", flat=True))
    while time.monotonic() + every < deadline:
        word = "".join(rng.choice(ARABIC) for _ in range(9))
        article = Article.objects.get(pk=rng.choice(ids))
        start = time.perf_counter()
        try:
            article.title = f"{article.title} {word}"
            article.save()
        except Exception as error:  # noqa: BLE001 - a failed save is a result here
            failed.append(f"save: {error!r}")
            continue
        seconds = _until_found(port, word, start, limit=EDIT_LIMIT)
        if seconds is None:
            failed.append(f"not searchable within {EDIT_LIMIT:.0f} s: {word}")
        else:
            found.append(seconds)
        time.sleep(max(0.0, every - (time.perf_counter() - start)))


def _until_found(port: int, word: str, start: float, limit: float) -> float | None:
    path = f"/api/search/?{urlencode({'q': word})}"
    while time.perf_counter() - start < limit:
        status, body = get(port, path)
        if status == 200 and json.loads(body)["count"]:
            return time.perf_counter() - start
        time.sleep(0.05)
    return None


@dataclass
class Results:
    samples: list = field(default_factory=list)  # one Sample a request
    edits_found: list = field(default_factory=list)  # seconds until searchable
    edits_failed: list = field(default_factory=list)  # what went wrong
    seconds: float = 0.0
    ingest: str = ""  # the ingest's summary line and its duration


def load(options, env: dict, mix: Mix, extra: Path) -> Results:
    """Clients, an ingest of `extra` and staff edits, together until the deadline."""
    results, lock = Results(), threading.Lock()
    start = time.monotonic()
    deadline = start + options.seconds
    ingest = subprocess.Popen(
        ["nice", "-n", str(INGEST_NICENESS), sys.executable, "manage.py", "ingest"]
        + [str(extra)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    clients = [(client, (options.port, mix, deadline, results.samples, lock))]
    clients *= options.clients
    editor = (options.port, options.edit_every, deadline, random.Random(7))
    editor += (results.edits_found, results.edits_failed)
    threads = [
        threading.Thread(target=f, args=a) for f, a in [*clients, (edits, editor)]
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    results.seconds = time.monotonic() - start
    output, _ = ingest.communicate(timeout=600)
    summary = (output.strip().splitlines() or ["(no summary)"])[-1]
    results.ingest = f"{summary} ({time.monotonic() - start:.0f} s)"
    return results


def report(results: Results, size: int, options) -> int:
    """Print the figures; exit status 1 if any request or edit failed."""
    say(
        f"archive: {size} articles in {options.data_dir}; {options.clients} clients "
        f"for {results.seconds:.0f} s on {os.cpu_count()} cores"
    )
    say(f"ingest during the load: {results.ingest}")
    say(table(results.samples, results.seconds))
    errors = [s for s in results.samples if s.status != 200]
    for sample in errors[:10]:
        say(f"error: {sample.status} {sample.path}")
    if results.edits_found:
        say(f"staff edits searchable: {edit_latency(results.edits_found)}")
    for problem in results.edits_failed:
        say(f"staff edit failed: {problem}")
    return 1 if errors or results.edits_failed else 0


def main(argv=None) -> int:
    options = parse_args(argv)
    if not options.corpus.exists():
        raise SystemExit(f"no corpus at {options.corpus}: pass --corpus (CORPUS=)")
    options.data_dir = options.data_dir.resolve()
    env = {
        **os.environ,
        "ARCHIVE_DATA_DIR": str(options.data_dir),
        "DJANGO_ALLOWED_HOSTS": HOST,
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_SETTINGS_MODULE": "archive.settings",
    }
    prepare(options, env)
    os.environ.update(env)  # this process saves the staff edits on the same archive
    import django

    django.setup()
    from archive.models import Article

    size = Article.objects.count()
    mix = Mix(random.Random(2018))
    # Articles after every file already written, by this run's preparation or an
    # earlier run's ingest (duplicates among them made fewer articles): the ingest
    # during the load adds new ones.
    written = sum(1 for _ in options.data_dir.glob("*/*.txt"))
    extra = options.data_dir / f"during-load-{written}"
    write_articles(options.corpus, extra, options.ingest, skip=written)
    with server(options, env):
        results = load(options, env, mix, extra)
    return report(results, size, options)


if __name__ == "__main__":
    sys.exit(main())

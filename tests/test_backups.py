"""A backup is the database alone: dumpdata, loaddata into a fresh archive, and the
search index rebuilt from it finds what the original found (issue 9.16)."""

import json
import subprocess

from tests.conftest import FIXTURES
from tests.test_durability import isolated_env, manage

# As the README says: Django documents these exclusions for a whole-site dump.
BACKUP = ["--natural-foreign", "--exclude=contenttypes", "--exclude=auth.permission"]
QUERIES = ["", "وانغ يي", "طاجيكستان", "محادثة هاتفية"]
SEARCHES = (
    "import json; from django.test import Client; pages = [Client().get('/api/"
    f"search/', {{'q': q}}).json() for q in {QUERIES!r}]; print(json.dumps(pages))"
)


def run(env, *args) -> str:
    done = subprocess.run(manage(*args), env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout


def searched(env) -> list[dict]:
    """Each query's page, its results by id: articles that tie on the sort key (no
    date) come in the order the index was written, which a rebuild may change."""
    pages = json.loads(run(env, "shell", "-v0", "-c", SEARCHES))
    for page in pages:
        page["results"].sort(key=lambda result: result["id"])
    return pages


# Not content: a counter processes compare to know that name spellings changed, which
# migrate and loaddata raise themselves (any number serves).
RUNTIME_STATE = {"archive.namespellingsversion"}


def archive_records(dump: str) -> list[dict]:
    return [
        r
        for r in json.loads(dump)
        if r["model"].startswith("archive.") and r["model"] not in RUNTIME_STATE
    ]


def test_dump_and_restore_round_trip_and_search_rebuilds(tmp_path):
    original, restored = isolated_env(tmp_path / "a"), isolated_env(tmp_path / "b")
    backup = tmp_path / "backup.json"
    run(original, "migrate", "-v0")
    run(original, "ingest", str(FIXTURES))
    run(original, "dumpdata", *BACKUP, "-o", str(backup))
    run(restored, "migrate", "-v0")
    run(restored, "loaddata", str(backup))
    run(restored, "rebuild_index", "--noinput")
    assert archive_records(run(restored, "dumpdata", "archive")) == archive_records(
        backup.read_text(encoding="utf-8")
    )
    found = searched(restored)
    assert found == searched(original)
    assert found[0]["count"] == 5 and all(page["count"] for page in found)
    assert "missing 0, extra 0" in run(restored, "check_index", "--dry-run")

"""`manage.py ingest` as interface.md promises: summary, reruns, duplicates, rejects."""

import os
import shutil
import subprocess
import sys

import pytest
from django.core.management.base import CommandError
from haystack.query import SearchQuerySet

from archive.models import Article, Meeting
from tests.conftest import FIXTURES, ingest

pytestmark = pytest.mark.django_db
SEED = "000_943589fec1d3b5be.txt"


def last_line(output: str) -> str:
    return output.strip().splitlines()[-1]


def test_first_run_adds_then_rerun_changes_nothing(clean_index):
    assert last_line(ingest(FIXTURES)) == (
        "added 5, updated 0, unchanged 0, duplicate 0, rejected 0"
    )
    stamps = dict(Article.objects.values_list("pk", "updated_at"))
    meetings = set(Meeting.objects.values_list("pk", flat=True))
    assert last_line(ingest(FIXTURES)) == (
        "added 0, updated 0, unchanged 5, duplicate 0, rejected 0"
    )
    assert dict(Article.objects.values_list("pk", "updated_at")) == stamps
    assert set(Meeting.objects.values_list("pk", flat=True)) == meetings


def test_same_text_under_another_name_or_encoding_is_a_duplicate(tmp_path, clean_index):
    text = (FIXTURES / SEED).read_text(encoding="utf-8")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(text.replace("\n", "\r\n").encode("cp1256"))
    (tmp_path / "c.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert last_line(ingest(tmp_path)) == (
        "added 1, updated 0, unchanged 0, duplicate 2, rejected 0"
    )
    assert Article.objects.count() == 1


def test_bad_files_are_rejected_and_the_rest_ingested(tmp_path, clean_index):
    shutil.copy(FIXTURES / SEED, tmp_path)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "english.txt").write_text("Only English words here. " * 20)
    with pytest.raises(CommandError) as raised:
        ingest(tmp_path)
    assert raised.value.returncode == 1
    assert Article.objects.count() == 1


def test_changed_file_updates_its_article(tmp_path, clean_index):
    path = tmp_path / SEED
    text = (FIXTURES / SEED).read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    ingest(path)
    article = Article.objects.get()
    path.write_text(text.replace("إمام علي رحمن", "إمام علي رحمون"), encoding="utf-8")
    assert last_line(ingest(path)) == (
        "added 0, updated 1, unchanged 0, duplicate 0, rejected 0"
    )
    article.refresh_from_db()
    assert "رحمون" in article.body and article.meetings.count() == 1


def test_index_is_up_to_date_when_ingest_returns(clean_index):
    ingest(FIXTURES / SEED)
    assert SearchQuerySet().models(Article).count() == 1


def test_dry_run_writes_nothing(clean_index):
    assert last_line(ingest(FIXTURES, dry_run=True)).startswith("added 5,")
    assert Article.objects.count() == 0
    assert SearchQuerySet().models(Article).count() == 0


def test_command_line_exit_status_and_reasons(tmp_path):
    """The real process: exit 1, the rejected file named with its reason on stderr."""
    (tmp_path / "data").mkdir()
    (tmp_path / "in").mkdir()
    shutil.copy(FIXTURES / SEED, tmp_path / "in")
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    # The child uses its own SQLite and Whoosh, never the database the suite runs on.
    outside = {"DATABASE_URL", "SEARCH_URL"}
    env = {k: v for k, v in os.environ.items() if k not in outside}
    env["ARCHIVE_DATA_DIR"] = str(tmp_path / "data")

    def manage(*args):
        return subprocess.run(
            [sys.executable, "manage.py", *args],
            env=env,
            capture_output=True,
            text=True,
        )

    assert manage("migrate", "-v0").returncode == 0
    run = manage("ingest", str(tmp_path / "in"))
    assert run.returncode == 1
    assert "empty.txt" in run.stderr
    assert last_line(run.stdout) == (
        "added 1, updated 0, unchanged 0, duplicate 0, rejected 1"
    )
    assert manage("ingest", str(tmp_path / "in" / SEED)).returncode == 0

"""`manage.py ingest` as interface.md promises: summary, reruns, duplicates, rejects."""

import contextlib
import os
import shutil
import subprocess
import sys
from io import StringIO

import pytest
from django.core.management import call_command
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


def run(*paths, **options) -> tuple[str, str]:
    """The summary line and what went to stderr, whatever the exit status."""
    out, err = StringIO(), StringIO()
    with contextlib.suppress(CommandError):
        call_command("ingest", *map(str, paths), stdout=out, stderr=err, **options)
    return last_line(out.getvalue()), err.getvalue()


def seed_text(number: int) -> str:
    return sorted(FIXTURES.glob("*.txt"))[number].read_text(encoding="utf-8")


def test_two_files_with_one_name_in_two_folders_are_two_articles(tmp_path, clean_index):
    for folder, number in (("a", 0), ("b", 1)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "same.txt").write_text(seed_text(number), encoding="utf-8")
    assert run(tmp_path)[0] == (
        "added 2, updated 0, unchanged 0, duplicate 0, rejected 0"
    )
    assert set(Article.objects.values_list("source_file", flat=True)) == {
        "a/same.txt",
        "b/same.txt",
    }
    assert run(tmp_path)[0].startswith("added 0, updated 0, unchanged 2,")
    (tmp_path / "b" / "same.txt").write_text(seed_text(2), encoding="utf-8")
    assert run(tmp_path)[0] == (
        "added 0, updated 1, unchanged 1, duplicate 0, rejected 0"
    )
    assert Article.objects.get(source_file="a/same.txt").raw_text == seed_text(0)


def test_two_files_given_with_one_name_are_not_mixed_up(tmp_path, clean_index):
    for folder, number in (("a", 0), ("b", 1)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "same.txt").write_text(seed_text(number), encoding="utf-8")
    summary, errors = run(tmp_path / "a" / "same.txt", tmp_path / "b" / "same.txt")
    assert summary == "added 1, updated 0, unchanged 0, duplicate 0, rejected 1"
    assert f"rejected {tmp_path / 'b' / 'same.txt'}: " in errors
    assert Article.objects.get().raw_text == seed_text(0)


def test_archives_that_stored_bare_names_keep_their_articles(tmp_path, clean_index):
    (tmp_path / "sub").mkdir()
    shutil.copy(FIXTURES / SEED, tmp_path / "sub")
    ingest(tmp_path / "sub")  # stored as the bare name, as archives before paths were
    assert Article.objects.get().source_file == SEED
    assert run(tmp_path)[0] == (
        "added 0, updated 0, unchanged 1, duplicate 0, rejected 0"
    )


def test_a_fifo_given_or_found_is_rejected_not_waited_for(tmp_path, clean_index):
    shutil.copy(FIXTURES / SEED, tmp_path)
    os.mkfifo(tmp_path / "pipe.txt")
    os.mkfifo(tmp_path / "pipe.jsonl")
    summary, errors = run(tmp_path)
    assert summary == "added 1, updated 0, unchanged 0, duplicate 0, rejected 2"
    assert f"rejected {tmp_path / 'pipe.txt'}: a FIFO (named pipe)" in errors
    assert f"rejected {tmp_path / 'pipe.jsonl'}: a FIFO (named pipe)" in errors
    assert "a FIFO" in run(tmp_path / "pipe.txt")[1]


def test_looping_links_are_rejected_by_name(tmp_path, clean_index):
    shutil.copy(FIXTURES / SEED, tmp_path)
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "back").symlink_to(tmp_path, target_is_directory=True)
    summary, errors = run(tmp_path)
    assert summary == "added 1, updated 0, unchanged 0, duplicate 0, rejected 2"
    assert f"rejected {tmp_path / 'loop.txt'}: Too many levels of symbolic links" in (
        errors
    )
    assert f"rejected {tmp_path / 'back'}: a link to a folder already read" in errors


def test_a_file_over_the_size_limit_is_rejected(tmp_path, settings, clean_index):
    settings.ARCHIVE_MAX_ARTICLE_BYTES = 1000
    shutil.copy(FIXTURES / SEED, tmp_path)
    summary, errors = run(tmp_path / SEED)
    assert summary.endswith("rejected 1")
    assert "over the limit of 1000 for one article (ARCHIVE_MAX_ARTICLE_BYTES)" in (
        errors
    )


def test_one_bad_byte_keeps_utf8_and_warns(tmp_path, clean_index):
    path = tmp_path / SEED
    path.write_bytes((FIXTURES / SEED).read_bytes().replace(b".", b".\xff", 1))
    summary, errors = run(path)
    assert summary.startswith("added 1,")
    assert f"warning {path}: UTF-8 with 1 invalid byte sequence" in errors
    article = Article.objects.get()
    assert "دوشنبه" in article.body
    assert article.countries.count() > 0 and article.meetings.count() == 1


def test_control_characters_leave_the_body_but_stay_raw(tmp_path, clean_index):
    path = tmp_path / SEED
    path.write_text(seed_text(0).replace("الصين", "الصين\x07", 1), encoding="utf-8")
    run(path)
    article = Article.objects.get()
    assert "\x07" not in article.body and "\x07" in article.raw_text


def test_a_folder_that_cannot_be_listed_is_rejected_by_name(
    tmp_path, monkeypatch, clean_index
):
    shutil.copy(FIXTURES / SEED, tmp_path)
    (tmp_path / "locked").mkdir()
    shutil.copy(FIXTURES / SEED, tmp_path / "locked" / "other.txt")
    scandir = os.scandir

    def refuse_locked(path):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refuse_locked)
    summary, errors = run(tmp_path)
    assert summary == "added 1, updated 0, unchanged 0, duplicate 0, rejected 1"
    assert f"rejected {tmp_path / 'locked'}: Permission denied" in errors

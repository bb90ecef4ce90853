"""Turning parsed articles into records: what concurrent runs must not break."""

import json
import sqlite3
import subprocess
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from archive.ingest.pipeline import ADDED, Ingester, Origin
from archive.models import NameSpellingsVersion, Person, PersonStatus
from tests.test_durability import isolated_env, manage

pytestmark = pytest.mark.django_db
CORPUS = Path(__file__).parents[1] / "relevance" / "corpus_sample.jsonl"
KIM = "كيم جونغ أون"  # an official the gazetteer lacks: ingest proposes him


def corpus_text(line_number: int) -> str:
    with CORPUS.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if number == line_number:
                record = json.loads(line)
                return f"{record['title']}\n{record['text']}"
    raise LookupError(line_number)


def test_two_runs_proposing_one_official_make_one_person(clean_index):
    """Two runs read the gazetteer before either proposed him: the second, finding
    the database's constraint in its way, links the first run's person."""
    text = corpus_text(27)
    first, second = Ingester(), Ingester()
    for run, name, body in ((first, "a.txt", text), (second, "b.txt", text + "\nثان")):
        assert run.ingest_text(body, Origin(name), name).status == ADDED
    [kim] = Person.objects.filter(name_ar=KIM)
    assert kim.status == PersonStatus.PROPOSED
    assert sorted(kim.articles.values_list("source_file", flat=True)) == [
        "a.txt",
        "b.txt",
    ]


def test_two_ingest_processes_at_once_make_one_person(tmp_path):
    """The same, with two real runs started together on one archive."""
    data = tmp_path / "data"
    env = isolated_env(data)
    subprocess.run(manage("migrate", "-v0"), env=env, check=True)
    runs = []
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        text = corpus_text(27) + f"\n{name}"
        (tmp_path / name / f"{name}.txt").write_text(text, encoding="utf-8")
        ingest = manage("ingest", str(tmp_path / name))
        runs.append(subprocess.Popen(ingest, env=env, stderr=subprocess.PIPE))
    assert [run.wait() for run in runs] == [0, 0], [r.stderr.read() for r in runs]
    with sqlite3.connect(data / "archive.sqlite3") as db:
        query = "SELECT count(*) FROM archive_person WHERE name_ar = ?"
        found = db.execute(query, [KIM])
        assert found.fetchone() == (1,)


def test_a_run_tells_other_processes_of_the_people_it_proposed_once(
    tmp_path, clean_index
):
    """Each proposal is one signal; web workers rebuild their registries of names
    for the run once, as it ends (archive.search.names.told_once)."""
    versions = NameSpellingsVersion.objects
    before = versions.first().number if versions.exists() else 0
    for number in (27, 28):
        (tmp_path / f"{number}.txt").write_text(corpus_text(number), "utf-8")
    call_command("ingest", str(tmp_path), stdout=StringIO(), stderr=StringIO())
    assert Person.objects.filter(status=PersonStatus.PROPOSED).count() >= 1
    assert versions.get().number == before + 1

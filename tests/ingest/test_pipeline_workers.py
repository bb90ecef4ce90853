"""Exports read by worker processes give the records one process gives, people the
run proposes included; the original text is stored compressed and reads back
exactly."""

import json
from pathlib import Path

import pytest
from django.db import connection

from archive.ingest.pipeline import Found, Ingester
from archive.models import Article, Person, PersonStatus

pytestmark = pytest.mark.django_db
SAMPLE = Path(__file__).parent.parent / "relevance" / "corpus_sample.jsonl"
LINES = 40
# The first names him with his title (a proposal); the second only by his name, which
# a worker reading it alongside the first cannot know yet.
INTRODUCES = (
    "واشنطن (رويترز) - قال وزير الدفاع الأمريكي جيمس ماتيس يوم الاثنين إن الولايات "
    "المتحدة ستواصل دعم حلفائها في المنطقة. وقال ماتيس للصحفيين إن الوضع يتحسن."
)
NAMES_AGAIN = (
    "كابول (رويترز) - وصل جيمس ماتيس إلى العاصمة الأفغانية في زيارة لم يعلن عنها "
    "مسبقا، والتقى الرئيس الأفغاني أشرف غني لبحث الوضع الأمني في البلاد."
)


def export(path: Path) -> Path:
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()[:LINES]
    extra = [
        json.dumps({"text": text, "url": f"https://example.com/{n}"})
        for n, text in enumerate([INTRODUCES, NAMES_AGAIN])
    ]
    path.write_text("\n".join([*extra, *lines]) + "\n", encoding="utf-8")
    return path


def records() -> list:
    found = []
    for article in Article.objects.order_by("source_file"):
        meetings = [
            (
                m.kind,
                str(m.event_date),
                m.sentence,
                sorted(
                    str((p.person and p.person.name_ar, p.office, p.country_id))
                    for p in m.participations.all()
                ),
            )
            for m in article.meetings.order_by("sentence")
        ]
        found.append(
            (
                article.source_file,
                article.title,
                str(article.event_date),
                article.raw_text,
                sorted(c.code for c in article.countries.all()),
                sorted(p.name_ar for p in article.people.all()),
                meetings,
            )
        )
    return found


def ingest(path: Path, workers: int) -> tuple[list, int]:
    """The outcomes, and how many drafts the run read again itself."""
    ingester = Ingester(workers=workers)
    try:
        outcomes = list(ingester.ingest(Found(path, path.name)))
    finally:
        ingester.close()
    assert {o.status for o in outcomes} <= {"added", "rejected"}
    return [o.status for o in outcomes], ingester.reread


def forget_run() -> None:
    Article.objects.all().delete()
    Person.objects.filter(status=PersonStatus.PROPOSED).delete()


def test_workers_make_the_records_one_process_makes(tmp_path):
    path = export(tmp_path / "news.jsonl")
    alone, _ = ingest(path, workers=1)
    expected = records()
    mattis = Article.objects.get(url="https://example.com/1")
    assert "جيمس ماتيس" in {p.name_ar for p in mattis.people.all()}
    forget_run()
    statuses, reread = ingest(path, workers=2)
    assert statuses == alone
    assert reread >= 1  # the second article, read before the first was saved
    assert records() == expected


def test_raw_text_is_stored_compressed_and_reads_back_exactly(tmp_path):
    path = export(tmp_path / "news.jsonl")
    ingest(path, workers=1)
    article = Article.objects.get(url="https://example.com/0")
    assert article.raw_text == INTRODUCES
    with connection.cursor() as cursor:
        cursor.execute("SELECT raw_text, body FROM archive_article")
        rows = cursor.fetchall()
    stored = sum(len(bytes(raw)) for raw, _ in rows)
    assert stored < sum(len(body.encode()) for _, body in rows) / 2

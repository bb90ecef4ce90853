"""`manage.py ingest` on JSON Lines exports: each line an article, known by its URL."""

import datetime
import gzip
import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from archive.models import Article, Source
from archive.vocabulary import Precision
from tests.conftest import FIXTURES

pytestmark = pytest.mark.django_db
SEEDS = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]
TIME = "Wed, 28 Feb 2018 11:34:31 +0400"


def row(n: int, **fields) -> dict:
    return {
        "text": SEEDS[n],
        "title": f"عنوان {n}",
        "time": TIME,
        "url": f"https://example.com/{n}",
        "src": "skynews",
        **fields,
    }


def export(path, *rows):
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode()
    path.write_bytes(gzip.compress(data) if path.name.endswith(".gz") else data)
    return path


def run(*paths, **options) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    try:
        call_command("ingest", *map(str, paths), stdout=out, stderr=err, **options)
    except CommandError:
        pass
    return out.getvalue().strip().splitlines()[-1], err.getvalue()


def test_export_lines_become_articles_with_url_time_and_source(tmp_path, clean_index):
    path = export(tmp_path / "news.jsonl.gz", row(0), row(1))
    assert run(path)[0] == "added 2, updated 0, unchanged 0, duplicate 0, rejected 0"
    article = Article.objects.get(url="https://example.com/1")
    assert article.title == "عنوان 1"
    assert article.source_file == "news.jsonl.gz:2"
    assert article.raw_text == SEEDS[1]
    assert article.published_at == datetime.datetime(
        2018, 2, 28, 7, 34, 31, tzinfo=datetime.UTC
    )
    # skynews is Sky News Arabia's export code, one of its names in the gazetteer.
    assert article.source.slug == "sky-news-arabia"
    assert Source.objects.filter(slug="sky-news-arabia").count() == 1


def test_an_unknown_source_becomes_one_new_source(tmp_path, clean_index):
    run(export(tmp_path / "news.jsonl", row(0, src="newsite"), row(1, src="newsite")))
    assert Source.objects.filter(name_ar="newsite").count() == 1
    assert Article.objects.filter(source__name_ar="newsite").count() == 2


def test_known_source_is_found_by_any_of_its_names(tmp_path, clean_index):
    export(tmp_path / "news.jsonl", row(0), row(1, src="CNN"))
    run(tmp_path / "news.jsonl")
    sources = set(Article.objects.values_list("source__name_ar", flat=True))
    assert sources == {"سكاي نيوز عربية", "سي إن إن بالعربية"}


def test_rerun_changes_nothing_and_a_changed_line_updates(tmp_path, clean_index):
    path = export(tmp_path / "news.jsonl", row(0), row(1), row(2))
    run(path)
    stamps = dict(Article.objects.values_list("pk", "updated_at"))
    assert run(path)[0] == "added 0, updated 0, unchanged 3, duplicate 0, rejected 0"
    assert dict(Article.objects.values_list("pk", "updated_at")) == stamps
    # Lines reordered, one text and one title changed: articles follow their URLs.
    changed = row(0, text=SEEDS[0].replace("إمام علي رحمن", "إمام علي رحمون"))
    export(path, row(2, title="عنوان جديد"), row(1), changed)
    assert run(path)[0] == "added 0, updated 2, unchanged 1, duplicate 0, rejected 0"
    assert Article.objects.count() == 3
    assert "رحمون" in Article.objects.get(url="https://example.com/0").body
    assert Article.objects.get(url="https://example.com/2").title == "عنوان جديد"


def test_lines_without_url_are_known_by_file_and_line(tmp_path, clean_index):
    path = export(tmp_path / "news.jsonl", row(0, url=None), row(1, url=None))
    run(path)
    assert set(Article.objects.values_list("source_file", flat=True)) == {
        "news.jsonl:1",
        "news.jsonl:2",
    }
    assert run(path)[0] == "added 0, updated 0, unchanged 2, duplicate 0, rejected 0"


def test_new_article_on_a_taken_line_gets_a_name_of_its_own(tmp_path, clean_index):
    path = export(tmp_path / "news.jsonl", row(0))
    run(path)
    export(path, row(1), row(0))
    assert run(path)[0] == "added 1, updated 0, unchanged 1, duplicate 0, rejected 0"
    assert Article.objects.get(url="https://example.com/1").source_file == (
        "news.jsonl:1#2"
    )


def test_bad_lines_are_rejected_by_file_and_line_and_the_rest_go_on(
    tmp_path, clean_index
):
    path = tmp_path / "news.jsonl"
    export(path, row(0), row(1))
    with path.open("a", encoding="utf-8") as stream:
        stream.write('{"title": "لا نص"}\n[1, 2]\n{broken\n')
        stream.write(json.dumps(row(2, time="أمس")) + "\n")
        stream.write(json.dumps(row(3, text="Only English words.")) + "\n")
        stream.write(json.dumps(row(4)) + "\n")
    summary, errors = run(path)
    reasons = dict(line.split(": ", 1) for line in errors.splitlines())
    assert summary == "added 3, updated 0, unchanged 0, duplicate 0, rejected 5"
    for number, reason in [
        (3, "no text"),
        (4, "not a JSON object"),
        (5, "not valid JSON"),
        (6, "neither RFC 822 nor ISO 8601"),
        (7, "no Arabic text"),
    ]:
        assert reason in reasons[f"rejected {path}:{number}"]


def test_exit_status_is_1_when_a_line_was_rejected(tmp_path, clean_index):
    path = export(tmp_path / "news.jsonl", row(0))
    with path.open("a") as stream:
        stream.write("{broken\n")
    with pytest.raises(CommandError) as raised:
        call_command("ingest", str(path), stdout=StringIO(), stderr=StringIO())
    assert raised.value.returncode == 1


def test_weekday_in_the_lead_resolves_against_the_export_time(tmp_path, clean_index):
    lead = (
        "(CNN) -- التقى وزير الخارجية الصيني وانغ يي نظيره الطاجيكي يوم الثلاثاء "
        "في بكين، وبحث الجانبان العلاقات الثنائية والتعاون الاقتصادي بين البلدين."
    )
    export(tmp_path / "news.jsonl", row(0, text=lead))
    run(tmp_path / "news.jsonl")
    article = Article.objects.get()
    assert article.date_precision == Precision.DAY
    assert article.date == datetime.date(2018, 2, 27)


def test_html_in_an_export_is_gone_from_body_and_title_but_kept_raw(
    tmp_path, clean_index
):
    text = f"<p>{SEEDS[0]}</p><script>alert('x')</script>&nbsp;"
    export(
        tmp_path / "news.jsonl", row(0, text=text, title="&quot;لقاء&quot; <b>هام</b>")
    )
    run(tmp_path / "news.jsonl")
    article = Article.objects.get()
    assert article.title == '"لقاء" هام'
    assert "<p>" not in article.body and "alert" not in article.body
    assert article.raw_text == text


def test_article_page_shows_the_original_url(client, tmp_path, clean_index):
    export(tmp_path / "news.jsonl", row(0))
    run(tmp_path / "news.jsonl")
    page = client.get(Article.objects.get().get_absolute_url()).content.decode()
    assert 'href="https://example.com/0"' in page


def test_a_url_exported_twice_is_one_article_and_reruns_stay_unchanged(
    tmp_path, clean_index
):
    """The ANT corpus holds 63 pages exported twice, in two categories, with edits."""
    edited = row(0, text=SEEDS[0].replace("إمام علي رحمن", "إمام علي رحمون"))
    path = export(tmp_path / "news.jsonl", row(0), row(1), edited)
    summary, errors = run(path)
    assert summary == "added 2, updated 0, unchanged 0, duplicate 1, rejected 0"
    assert "رحمون" not in Article.objects.get(url="https://example.com/0").body
    assert run(path)[0] == "added 0, updated 0, unchanged 2, duplicate 1, rejected 0"


@pytest.mark.parametrize("content", [b"", b"\n  \n"])
def test_an_empty_export_is_rejected(tmp_path, clean_index, content):
    path = tmp_path / "news.jsonl"
    path.write_bytes(content)
    summary, errors = run(path)
    assert summary == "added 0, updated 0, unchanged 0, duplicate 0, rejected 1"
    assert f"rejected {path}: empty export" in errors
